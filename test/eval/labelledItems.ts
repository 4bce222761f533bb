/** The labelled claims and quotations in `test/fixtures/claims*.jsonl`, shared by the eval and its data test. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface LabelledItem {
  id: string;
  split: 'dev' | 'heldout';
  kind: 'claim' | 'quote';
  text: string;
  label: string;
  category?: string;
  quote?: string;
  /** Misquotations: the article's wording. */
  correct?: string;
  evidence?: { article: string; quote: string; stance: string }[];
}

export const CLAIM_LABELS = ['supported', 'contradicted', 'disputed', 'unsupported', 'not-claim'];
export const QUOTE_LABELS = ['verbatim', 'misquoted', 'misattributed', 'not-found'];

/** Every labelled file in a fixtures folder, in name order. */
export function labelledFiles(fixtures: string): string[] {
  return fs
    .readdirSync(fixtures)
    .filter((f) => /^claims.*\.jsonl$/.test(f))
    .sort()
    .map((f) => path.join(fixtures, f));
}

/** The items of some files, each with the file it came from. */
export function readLabelledItems(files: readonly string[]): (LabelledItem & { file: string })[] {
  return files.flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => ({ ...(JSON.parse(line) as LabelledItem), file: path.basename(file) })),
  );
}
