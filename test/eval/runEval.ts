/**
 * `npm run eval`: runs the labelled claims and quotations of
 * test/fixtures/claims.jsonl through the analyzer and prints, for the dev
 * part and the held-out part separately: precision, recall and F1 per
 * verdict, the confusion matrix, macro-F1, how many supported claims were
 * called contradicted, and how often a correct supported or contradicted
 * verdict cites an article the label names. `--json FILE` also writes the
 * figures; `--only dev|heldout` limits the run; `--show-errors` lists misses and right verdicts citing another article.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS, type AnalysisSettings } from '../../server/src/core/analysis/draftAnalyzer';
import { CorroborateSession } from '../../server/src/session/session';
import { CLAIM_LABELS, QUOTE_LABELS, labelledFiles, readLabelledItems, type LabelledItem as Item } from './labelledItems';



const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
// Bundled into out/eval.js: the repository is one level up.
const root = path.resolve(__dirname, '..');
// Every labelled file (dev and held-out parts), or the one given.
const files = arg('--file') ? [arg('--file')!] : labelledFiles(path.join(root, 'test', 'fixtures'));
const only = arg('--only');
const showErrors = args.includes('--show-errors');

const claimSettings: AnalysisSettings = { ...DEFAULT_SETTINGS, checks: { variants: false, nearMisses: false, claims: true, quotes: false } };
const quoteSettings: AnalysisSettings = { ...DEFAULT_SETTINGS, checks: { variants: false, nearMisses: false, claims: false, quotes: true } };

interface Outcome {
  item: Item;
  predicted: string;
  citedRightArticle: boolean;
  reason: string;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function report(name: string, outcomes: Outcome[], labels: string[]) {
  const rows: Record<string, { precision: number; recall: number; f1: number; support: number }> = {};
  const matrix: Record<string, Record<string, number>> = {};
  for (const gold of labels) matrix[gold] = Object.fromEntries(labels.map((l) => [l, 0]));
  for (const o of outcomes) if (matrix[o.item.label] && o.predicted in matrix[o.item.label]!) matrix[o.item.label]![o.predicted]!++;
  let macro = 0;
  let counted = 0;
  for (const l of labels) {
    const tp = outcomes.filter((o) => o.item.label === l && o.predicted === l).length;
    const predicted = outcomes.filter((o) => o.predicted === l).length;
    const support = outcomes.filter((o) => o.item.label === l).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    rows[l] = { precision, recall, f1: f1(precision, recall), support };
    if (support > 0) {
      macro += rows[l]!.f1;
      counted++;
    }
  }
  const macroF1 = counted ? macro / counted : 0;
  const accuracy = outcomes.length ? outcomes.filter((o) => o.predicted === o.item.label).length / outcomes.length : 0;
  const lines: string[] = [];
  lines.push(`${name}: ${outcomes.length} items, accuracy ${(accuracy * 100).toFixed(1)}%, macro-F1 ${macroF1.toFixed(3)}`);
  lines.push(`  ${'label'.padEnd(14)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)} ${'n'.padStart(4)}`);
  for (const l of labels) {
    const r = rows[l]!;
    lines.push(`  ${l.padEnd(14)} ${r.precision.toFixed(2).padStart(6)} ${r.recall.toFixed(2).padStart(6)} ${r.f1.toFixed(2).padStart(6)} ${String(r.support).padStart(4)}`);
  }
  lines.push(`  confusion (rows: label, columns: predicted)`);
  lines.push(`  ${''.padEnd(14)} ${labels.map((l) => l.slice(0, 8).padStart(9)).join('')}`);
  for (const gold of labels) lines.push(`  ${gold.padEnd(14)} ${labels.map((l) => String(matrix[gold]![l]).padStart(9)).join('')}`);
  return { text: lines.join('\n'), macroF1, accuracy, rows, matrix };
}

async function main() {
  const items: Item[] = readLabelledItems(files).filter((i) => !only || i.split === only);
  const session = new CorroborateSession({});
  await session.loadCorpus([path.join(root, 'corpus')]);
  const outcomes: Outcome[] = [];
  const started = Date.now();
  for (const item of items) {
    if (item.kind === 'claim') {
      const analysis = session.analyzer.analyze(item.text, claimSettings);
      const claim = analysis.claims.find((c) => c.kind === 'claim');
      const predicted = claim ? claim.verdict : 'not-claim';
      const goldArticles = new Set((item.evidence ?? []).map((e) => e.article));
      const cited = claim ? claim.evidence.some((e) => goldArticles.has(e.articleId) && e.stance !== 'mentions') : false;
      outcomes.push({ item, predicted, citedRightArticle: cited, reason: claim?.reason ?? '' });
    } else {
      const analysis = session.analyzer.analyze(item.text, quoteSettings);
      const quotes = analysis.claims.filter((c) => c.kind === 'quote');
      const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
      const target = quotes.find((q) => item.quote && norm(item.text.slice(q.start, q.end)) === norm(item.quote)) ?? quotes.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
      const predicted = target ? target.verdict : 'none';
      const goldArticles = new Set((item.evidence ?? []).map((e) => e.article));
      outcomes.push({ item, predicted, citedRightArticle: target ? target.evidence.some((e) => goldArticles.has(e.articleId)) : false, reason: target?.reason ?? '' });
    }
  }
  const result: Record<string, unknown> = { items: items.length, milliseconds: Date.now() - started };
  for (const split of ['dev', 'heldout'] as const) {
    const part = outcomes.filter((o) => o.item.split === split);
    if (part.length === 0) continue;
    const claims = report(`${split} claims`, part.filter((o) => o.item.kind === 'claim'), CLAIM_LABELS);
    const quotes = report(`${split} quotations`, part.filter((o) => o.item.kind === 'quote'), QUOTE_LABELS);
    const all = report(`${split} all verdicts`, part, [...CLAIM_LABELS, ...QUOTE_LABELS]);
    const supportedAsContradicted = part.filter((o) => o.item.label === 'supported' && o.predicted === 'contradicted').length;
    const rightVerdicts = part.filter((o) => (o.item.label === 'supported' || o.item.label === 'contradicted') && o.predicted === o.item.label);
    const rightArticle = rightVerdicts.filter((o) => o.citedRightArticle).length;
    console.log(`\n===== ${split.toUpperCase()} =====`);
    console.log(claims.text);
    console.log(quotes.text);
    console.log(`${split}: macro-F1 over all ${CLAIM_LABELS.length + QUOTE_LABELS.length} verdicts: ${all.macroF1.toFixed(3)}`);
    console.log(`${split}: supported claims reported as contradicted: ${supportedAsContradicted}`);
    console.log(`${split}: correct supported/contradicted verdicts citing an article the label names: ${rightArticle}/${rightVerdicts.length}`);
    result[split] = { claims: { macroF1: claims.macroF1, accuracy: claims.accuracy, perLabel: claims.rows, confusion: claims.matrix }, quotes: { macroF1: quotes.macroF1, accuracy: quotes.accuracy, perLabel: quotes.rows, confusion: quotes.matrix }, allMacroF1: all.macroF1, supportedAsContradicted, evidenceFromRightArticle: { right: rightArticle, of: rightVerdicts.length } };
    if (showErrors) {
      for (const o of part.filter((x) => x.predicted !== x.item.label)) console.log(`  MISS ${o.item.id} [${o.item.category}] label=${o.item.label} got=${o.predicted}: ${o.item.text}\n       ${o.reason}`);
      for (const o of rightVerdicts.filter((x) => !x.citedRightArticle)) console.log(`  OTHER-ARTICLE ${o.item.id} [${o.item.category}] label=${o.item.label}: ${o.item.text}\n       ${o.reason}`);
    }
  }
  console.log(`\n${items.length} items in ${result.milliseconds} ms`);
  const json = arg('--json');
  if (json) fs.writeFileSync(json, JSON.stringify(result, null, 2));
}

void main();
