/**
 * `npm run bench`: speed and memory of Corroborate on this machine, as medians
 * over repeated runs, each beside its budget. Not a test: it reports.
 *
 *   npm run bench                 every figure (about 10 minutes on 2 cores)
 *   npm run bench -- --quick      100 and 1,000 articles only, fewer runs
 *   npm run bench -- --json FILE  also write the figures as JSON
 *
 * Corpora of 100, 1,000 and 10,000 articles and drafts of 1,000, 5,000 and
 * 20,000 words are generated deterministically (bench/generate.ts) into
 * $TMPDIR/corroborate-bench. Scenarios that measure a whole process (first
 * index, start from a persisted index, peak memory) run in child processes.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_SETTINGS } from '../server/src/core/analysis/draftAnalyzer';
import { hoverAt } from '../server/src/lsp/features/hover';
import { CorroborateSession } from '../server/src/session/session';
import { TestLspClient } from '../test/helpers/lspClient';
import { generateCorpus, generateDraft, random, templates } from './generate';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const root = path.resolve(__dirname, '..');
const work = path.join(os.tmpdir(), 'corroborate-bench');
const bundled = path.join(root, 'corpus');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time<T>(fn: () => T): [number, T] {
  const t = process.hrtime.bigint();
  const r = fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, r];
}

function peakRssMb(): number {
  try {
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.memoryUsage().rss / 1048576;
}

// ---------------------------------------------------------------- children

/** Child: index a corpus (optionally from a persisted index), then check a draft. Prints JSON. */
async function child(): Promise<void> {
  const [, corpus, cacheDir, draftFile, repeats] = args;
  const session = new CorroborateSession(cacheDir !== '-' ? { cacheDir: cacheDir! } : {});
  const [loadMs, report] = await (async () => {
    const t = process.hrtime.bigint();
    const r = await session.loadCorpus([corpus!]);
    return [Number(process.hrtime.bigint() - t) / 1e6, r] as const;
  })();
  session.saveIndex();
  const draft = fs.readFileSync(draftFile!, 'utf8');
  session.analyzer.analyze(draft, DEFAULT_SETTINGS); // warm JIT and sentence caches
  const checks: number[] = [];
  for (let i = 0; i < Number(repeats); i++) {
    session.analyzer.clearCache();
    checks.push(time(() => session.analyzer.analyze(draft, DEFAULT_SETTINGS))[0]);
  }
  process.stdout.write(JSON.stringify({ loadMs, articles: report.articles, analyzed: report.analyzed, fromCache: report.fromCache, checkMs: median(checks), peakMb: peakRssMb() }));
}

interface ChildResult {
  loadMs: number;
  articles: number;
  analyzed: number;
  fromCache: number;
  checkMs: number;
  peakMb: number;
}

function runChild(corpus: string, cacheDir: string | undefined, draftFile: string, repeats: number): ChildResult {
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', __filename, '--child', corpus, cacheDir ?? '-', draftFile, String(repeats)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`benchmark child failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildResult;
}

// ---------------------------------------------------------------- main

interface Row {
  figure: string;
  value: number;
  unit: string;
  budget?: number;
  note?: string;
}

async function main(): Promise<void> {
  if (args[0] === '--child') return child();
  const started = Date.now();
  const rows: Row[] = [];
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
  log(`machine: ${machine}`);

  // Material.
  const session = new CorroborateSession({});
  await session.loadCorpus([bundled]);
  const tpls = templates(session);
  fs.mkdirSync(work, { recursive: true });
  const sizes = quick ? [100, 1000] : [100, 1000, 10000];
  for (const n of sizes) {
    const dir = path.join(work, `corpus-${n}`);
    const marker = path.join(dir, '.generated-v1');
    if (!fs.existsSync(marker)) {
      log(`generating ${n} articles...`);
      generateCorpus(dir, n, tpls, n);
      fs.writeFileSync(marker, '');
    }
  }
  const drafts: Record<number, string> = {};
  for (const words of [1000, 5000, 20000]) {
    drafts[words] = generateDraft(words, tpls, session, words);
    fs.writeFileSync(path.join(work, `draft-${words}.md`), drafts[words]!);
  }
  const runs = quick ? 5 : 15;

  // In process, bundled corpus: full checks, one-word edits, hovers.
  const analyzer = session.analyzer;
  for (const words of [1000, 5000, 20000]) {
    const draft = drafts[words]!;
    analyzer.analyze(draft, DEFAULT_SETTINGS);
    const full: number[] = [];
    for (let i = 0; i < (words === 20000 ? Math.max(3, runs / 3) : runs); i++) {
      analyzer.clearCache();
      full.push(time(() => analyzer.analyze(draft, DEFAULT_SETTINGS))[0]);
    }
    rows.push({ figure: `full check of a ${words.toLocaleString('en')}-word draft, warm`, value: median(full), unit: 'ms', ...(words === 5000 ? { budget: 300 } : {}) });
  }
  const draft5k = drafts[5000]!;
  analyzer.analyze(draft5k, DEFAULT_SETTINGS);
  const rnd = random(42);
  const edits: number[] = [];
  let current = draft5k;
  for (let i = 0; i < runs * 2; i++) {
    // Replace one word in a random paragraph with another word.
    const words = [...current.matchAll(/\b[a-z]{4,}\b/g)];
    const w = words[Math.floor(rnd() * words.length)]!;
    current = current.slice(0, w.index!) + (i % 2 ? 'report' : 'statement') + current.slice(w.index! + w[0].length);
    edits.push(time(() => analyzer.analyze(current, DEFAULT_SETTINGS))[0]);
  }
  rows.push({ figure: 're-check after a one-word edit, 5,000-word draft', value: median(edits), unit: 'ms', budget: 15 });
  const analysis = analyzer.analyze(current, DEFAULT_SETTINGS);
  const targets = [...analysis.mentions.map((m) => m.start + 1), ...analysis.claims.map((c) => c.start + 2)];
  const hovers: number[] = [];
  for (let i = 0; i < 300; i++) {
    const offset = targets[Math.floor(rnd() * targets.length)]!;
    hovers.push(time(() => hoverAt(analysis, offset, session.index))[0]);
  }
  rows.push({ figure: 'hover', value: median(hovers), unit: 'ms', budget: 5 });

  // Server start to first diagnostics over stdio, bundled corpus.
  const startups: number[] = [];
  for (let i = 0; i < (quick ? 3 : 7); i++) {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-bench-ws-'));
    const t = Date.now();
    const client = new TestLspClient({ workspace: ws, serverPath: path.join(root, 'dist', 'server.js') });
    await client.initialize();
    const uri = client.open('draft.md', fs.readFileSync(path.join(root, 'examples', 'draft.md'), 'utf8'));
    await client.waitForDiagnostics(uri, (d) => d.length > 0, 30000);
    startups.push(Date.now() - t);
    await client.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
  }
  rows.push({ figure: 'server start to first diagnostics, bundled corpus, over stdio', value: median(startups), unit: 'ms', budget: 1000 });

  // Corpus sizes: first index, persisted start, check latency, peak memory (child processes).
  const draftFile = path.join(work, 'draft-1000.md');
  // One process's median moves with its heap and compiler choices: the baseline is the median over several processes.
  const baseline = { checkMs: median(Array.from({ length: quick ? 3 : 5 }, () => runChild(bundled, undefined, draftFile, runs).checkMs)) };
  let largest: { n: number; first: ChildResult; persisted: number; check: number } | undefined;
  for (const n of sizes) {
    const corpus = path.join(work, `corpus-${n}`);
    const firsts: ChildResult[] = [];
    const persisted: number[] = [];
    const checks: number[] = [];
    const peaks: number[] = [];
    const repeats = n >= 10000 ? (quick ? 1 : 3) : quick ? 2 : 3;
    for (let i = 0; i < repeats; i++) {
      const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-bench-cache-'));
      log(`indexing ${n} articles (run ${i + 1}/${repeats})...`);
      const first = runChild(corpus, cache, draftFile, 3);
      firsts.push(first);
      const again = runChild(corpus, cache, draftFile, runs);
      if (again.analyzed !== 0) log(`warning: ${again.analyzed} articles were analyzed again on a persisted start`);
      persisted.push(again.loadMs);
      peaks.push(first.peakMb, again.peakMb);
      checks.push(again.checkMs);
      fs.rmSync(cache, { recursive: true, force: true });
    }
    const first = firsts.sort((a, b) => a.loadMs - b.loadMs)[Math.floor(firsts.length / 2)]!;
    rows.push({ figure: `first index of ${n.toLocaleString('en')} articles`, value: first.loadMs / 1000, unit: 's', ...(n === 10000 ? { budget: 60 } : {}) });
    rows.push({ figure: `start with a persisted ${n.toLocaleString('en')}-article index`, value: median(persisted) / 1000, unit: 's', ...(n === 10000 ? { budget: 3 } : {}) });
    rows.push({ figure: `peak memory with ${n.toLocaleString('en')} articles (first index or persisted start, + check)`, value: Math.max(...peaks), unit: 'MB', ...(n === 10000 ? { budget: 1024 } : {}) });
    rows.push({ figure: `full check of the 1,000-word draft at ${n.toLocaleString('en')} articles`, value: median(checks), unit: 'ms' });
    largest = { n, first, persisted: median(persisted), check: median(checks) };
  }
  rows.push({ figure: 'full check of the 1,000-word draft at 5 articles', value: baseline.checkMs, unit: 'ms' });
  if (largest) {
    rows.push({ figure: `check latency at ${largest.n.toLocaleString('en')} articles ÷ at 5`, value: largest.check / baseline.checkMs, unit: '×', ...(largest.n === 10000 ? { budget: 2 } : {}) });
  }

  // Report.
  const fmt = (v: number, unit: string): string => (unit === 's' || unit === '×' ? v.toFixed(2) : v.toFixed(unit === 'MB' ? 0 : 1)) + (unit === '×' ? '×' : ` ${unit}`);
  const lines = [`Corroborate benchmark — ${machine} — ${new Date().toISOString().slice(0, 10)}${quick ? ' (quick)' : ''}`, ''];
  lines.push(`| figure | median | budget | median ÷ budget | |`);
  lines.push(`|---|---:|---:|---:|---|`);
  for (const r of rows) {
    const ratio = r.budget !== undefined ? r.value / r.budget : undefined;
    lines.push(`| ${r.figure} | ${fmt(r.value, r.unit)} | ${r.budget !== undefined ? fmt(r.budget, r.unit) : ''} | ${ratio !== undefined ? ratio.toFixed(2) : ''} | ${ratio === undefined ? '' : ratio <= 1 ? 'met' : 'NOT met'} |`);
  }
  lines.push('', `Medians of ${runs} runs (fewer for the slowest figures); took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  process.stdout.write(lines.join('\n') + '\n');
  const json = args.includes('--json') ? args[args.indexOf('--json') + 1] : path.join(root, 'bench', 'results', 'latest.json');
  if (json) {
    fs.mkdirSync(path.dirname(json), { recursive: true });
    fs.writeFileSync(json, JSON.stringify({ machine, date: new Date().toISOString(), quick, rows }, null, 2));
    log(`wrote ${json}`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
