/**
 * corroborate check FILE... [--corpus DIR]... [--style FILE]
 *                  [--format text|json|sarif] [--fail-on error|warning|none]
 *
 * Runs the same analysis as the editor. Exit codes: 0 clean, 1 findings at or
 * above --fail-on, 2 usage or IO error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS } from '../core/analysis/draftAnalyzer';
import type { Severity } from '../core/analysis/findings';
import { defaultCacheDir } from '../io/indexCache';
import { bundledCorpusPath } from '../io/resources';
import { readTextFile } from '../io/textFile';
import { CorroborateSession } from '../session/session';
import { formatJson, formatText, type CheckedFile } from './formatters';
import { formatSarif } from './sarif';

const USAGE = `Usage: corroborate check FILE... [--corpus DIR]... [--style FILE]
                         [--format text|json|sarif] [--fail-on error|warning|none]
                         [--cache DIR | --no-cache]

Checks markdown drafts against a corpus of articles: name spellings, claims
and quotations. Without --corpus it uses ./corpus if present, else the corpus
that ships with Corroborate. Without --style it uses .corroborate/style.yaml
if present. The corpus index is kept in --cache (default
$XDG_CACHE_HOME/corroborate or ~/.cache/corroborate) and reused while the
articles are unchanged; delete the folder at any time.

Exit codes: 0 no findings at or above --fail-on (default: error),
            1 findings at or above it, 2 usage or file error.`;

interface Options {
  files: string[];
  corpus: string[];
  style?: string;
  format: 'text' | 'json' | 'sarif';
  failOn: 'error' | 'warning' | 'none';
  cache?: string | false;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') throw new UsageError('');
  if (command !== 'check') throw new UsageError(command ? `Unknown command '${command}'.` : 'No command given.');
  const options: Options = { files: [], corpus: [], format: 'text', failOn: 'error' };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
      return v;
    };
    if (arg === '--corpus') options.corpus.push(value());
    else if (arg === '--style') options.style = value();
    else if (arg === '--cache') options.cache = value();
    else if (arg === '--no-cache') options.cache = false;
    else if (arg === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not '${f}'.`);
      options.format = f;
    } else if (arg === '--fail-on') {
      const f = value();
      if (f !== 'error' && f !== 'warning' && f !== 'none') throw new UsageError(`--fail-on must be error, warning or none, not '${f}'.`);
      options.failOn = f;
    } else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('No draft files given.');
  return options;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

function progressBar(done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  process.stderr.write(`\rIndexing corpus [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

export async function main(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      if (err.message) process.stderr.write(`corroborate: ${err.message}\n\n`);
      process.stderr.write(USAGE + '\n');
      return err.message ? 2 : 0;
    }
    throw err;
  }
  let corpus = options.corpus;
  if (corpus.length === 0) {
    const local = path.resolve('corpus');
    const bundled = bundledCorpusPath();
    corpus = fs.existsSync(local) ? [local] : bundled ? [bundled] : [];
  }
  for (const folder of corpus) {
    if (!fs.existsSync(folder)) {
      process.stderr.write(`corroborate: corpus folder not found: ${folder}\n`);
      return 2;
    }
  }
  const styleFile = options.style ?? (fs.existsSync('.corroborate/style.yaml') ? '.corroborate/style.yaml' : undefined);
  if (options.style && !fs.existsSync(options.style)) {
    process.stderr.write(`corroborate: style file not found: ${options.style}\n`);
    return 2;
  }
  const warnings: string[] = [];
  const cacheDir = options.cache === false ? undefined : (options.cache ?? defaultCacheDir());
  const session = new CorroborateSession({ ...(styleFile ? { styleFile } : {}), ...(cacheDir ? { cacheDir } : {}), log: (m) => warnings.push(m) });
  const report = await session.loadCorpus(corpus, process.stderr.isTTY ? (p) => progressBar(p.done, p.total) : undefined);
  for (const p of session.styleProblems) process.stderr.write(`corroborate: ${p.origin}:${p.line + 1}: ${p.message}\n`);
  for (const s of report.skipped) process.stderr.write(`corroborate: skipped ${s.path}: ${s.message}\n`);
  if (report.articles === 0) {
    process.stderr.write(`corroborate: no usable articles in ${corpus.join(', ')}\n`);
    return 2;
  }

  const checked: CheckedFile[] = [];
  let ioError = false;
  for (const file of options.files) {
    const decoded = readTextFile(file, 64 * 1024 * 1024);
    if (decoded.refused || decoded.text === undefined) {
      process.stderr.write(`corroborate: cannot check ${file}: ${decoded.problem}\n`);
      ioError = true;
      continue;
    }
    if (decoded.problem) process.stderr.write(`corroborate: ${file}: ${decoded.problem}\n`);
    const analysis = session.analyzer.analyze(decoded.text, DEFAULT_SETTINGS);
    if (analysis.truncated) process.stderr.write(`corroborate: ${file}: only the first ${DEFAULT_SETTINGS.maxFindings} findings are reported\n`);
    checked.push({ path: file, text: decoded.text, findings: analysis.findings });
  }

  const corpusInfo = { folders: corpus, articles: report.articles };
  if (options.format === 'json') process.stdout.write(formatJson(checked, corpusInfo) + '\n');
  else if (options.format === 'sarif') process.stdout.write(formatSarif(checked) + '\n');
  else {
    const text = formatText(checked);
    if (text) process.stdout.write(text + '\n');
    const all = checked.flatMap((c) => c.findings);
    const bySeverity = (['error', 'warning', 'information', 'hint'] as Severity[])
      .map((s) => [s, all.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`);
    process.stdout.write(`${all.length} finding${all.length === 1 ? '' : 's'}${bySeverity.length ? ` (${bySeverity.join(', ')})` : ''} in ${checked.length} file${checked.length === 1 ? '' : 's'}; corpus: ${report.articles} articles\n`);
  }
  if (ioError) return 2;
  if (options.failOn === 'none') return 0;
  const threshold = RANK[options.failOn];
  return checked.some((c) => c.findings.some((f) => RANK[f.severity] >= threshold)) ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`corroborate: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
