/**
 * The labelled evaluation set (`test/fixtures/claims*.jsonl`) is only worth its
 * figures if its evidence is real: every quote an exact passage of the article
 * it names, outside page furniture, and every quotation item quoting what its
 * text says. This checks the data; `npm run eval` measures the product on it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../server/src/core/corpus/article';
import { loadLexicon } from '../../server/src/io/resources';
import { CLAIM_LABELS, QUOTE_LABELS, labelledFiles, readLabelledItems } from '../eval/labelledItems';
import { CORPUS } from '../helpers/workspace';


const items = readLabelledItems(labelledFiles(path.join(__dirname, '..', 'fixtures')));

// Each article's text with furniture lines blanked, by front-matter id.
const furniture = loadLexicon().raw.data.furniture;
const articles = new Map<string, string>();
for (const name of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.md'))) {
  const full = path.join(CORPUS, name);
  const parsed = parseArticle(full, fs.readFileSync(full, 'utf8'), furniture);
  const lines = parsed.text.split('\n').map((line, i) => (parsed.furnitureLines.has(i) ? '' : line));
  articles.set(parsed.meta.id, lines.join('\n'));
}


describe('the labelled claims and quotations', () => {
  it('has at least 100 items with unique ids, every label, and a held-out part', () => {
    expect(items.length).toBeGreaterThanOrEqual(100);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const label of [...CLAIM_LABELS, ...QUOTE_LABELS]) expect(items.some((i) => i.label === label), label).toBe(true);
    for (const i of items) expect(i.kind === 'claim' ? CLAIM_LABELS : QUOTE_LABELS, i.id).toContain(i.label);
    const heldout = items.filter((i) => i.split === 'heldout');
    expect(heldout.length).toBeGreaterThanOrEqual(50);
    for (const label of CLAIM_LABELS) expect(heldout.some((i) => i.label === label), `held-out ${label}`).toBe(true);
  });

  it('quotes only exact passages of the named articles, never page furniture', () => {
    const wrong: string[] = [];
    for (const item of items) {
      for (const e of item.evidence ?? []) {
        const text = articles.get(e.article);
        if (text === undefined) wrong.push(`${item.file} ${item.id}: no article with id ${e.article}`);
        else if (!text.includes(e.quote)) wrong.push(`${item.file} ${item.id}: not in ${e.article}: ${e.quote}`);
        if (!['supports', 'contradicts'].includes(e.stance)) wrong.push(`${item.file} ${item.id}: stance ${e.stance}`);
      }
      if (['supported', 'contradicted', 'disputed'].includes(item.label) && !(item.evidence ?? []).length) wrong.push(`${item.file} ${item.id}: ${item.label} without evidence`);
      if (item.label === 'disputed' && !(item.evidence ?? []).some((e) => e.stance === 'contradicts')) wrong.push(`${item.file} ${item.id}: a dispute needs a contradicting passage`);
    }
    expect(wrong).toEqual([]);
  });

  it('quotation items quote what their text says, and misquotations give the article wording', () => {
    const wrong: string[] = [];
    for (const item of items.filter((i) => i.kind === 'quote')) {
      if (!item.quote || !item.text.includes(item.quote)) wrong.push(`${item.id}: quote not in text`);
      if (item.label === 'misquoted') {
        const found = [...articles.values()].some((text) => item.correct !== undefined && text.includes(item.correct));
        if (!found) wrong.push(`${item.id}: the article wording is not in any article`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
