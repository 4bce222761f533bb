import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../server/src/core/corpus/article';
import { loadLexicon } from '../../server/src/io/resources';

const furniture = loadLexicon().raw.data.furniture;
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'articles');

describe('corpus articles', () => {
  it('reads front matter and ignores unknown keys', () => {
    const a = parseArticle('/c/x.md', '---\nid: a1\ntitle: "T"\noutlet: Daily\ndate: 2022-07-13\ndate_estimated: true\nurl: https://e.org/a\nmood: sunny\n---\nBody text.\n', furniture);
    expect(a.error).toBeUndefined();
    expect(a.meta).toMatchObject({ id: 'a1', title: 'T', outlet: 'Daily', date: '2022-07-13', dateEstimated: true, url: 'https://e.org/a' });
  });
  it('without front matter uses the file name as id and the first line as title', () => {
    const a = parseArticle('/c/harbour-pier.txt', '\nHarbour votes on pier\n\nText.\n', furniture);
    expect(a.meta).toMatchObject({ id: 'harbour-pier', title: 'Harbour votes on pier', outlet: 'unknown' });
  });
  it('reports broken YAML with its line and skips the article', () => {
    const a = parseArticle('/c/b.md', '---\nid: b\ntitle: [unclosed\n---\nText.\n', furniture);
    expect(a.error?.message).toMatch(/not valid YAML/);
    expect(a.error!.line).toBeGreaterThanOrEqual(1);
  });
  it('reports front matter that is never closed', () => {
    expect(parseArticle('/c/c.md', '---\nid: c\nText.\n', furniture).error?.message).toMatch(/never closed/);
  });
  it('reports an empty article', () => {
    expect(parseArticle('/c/e.md', '---\nid: e\n---\n\n', furniture).error?.message).toMatch(/no text/);
  });
  it('warns about a date that is not a date but keeps the article', () => {
    const a = parseArticle('/c/d.md', '---\ndate: someday\n---\nText.\n', furniture);
    expect(a.error).toBeUndefined();
    expect(a.problems[0]!.message).toMatch(/not a date/);
  });
  it('finds page furniture by general rules, keeping line numbers', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'scraped-page.txt'), 'utf8');
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'scraped-page.furniture.json'), 'utf8')).furniture as number[];
    const a = parseArticle('/c/scraped-page.txt', text, furniture);
    const lines = text.split('\n');
    const found = [...a.furnitureLines].filter((i) => lines[i]!.trim()).sort((x, y) => x - y);
    expect(found).toEqual(expected);
    // Furniture never reaches analysis; article text does, at its own offsets.
    const prose = a.scanned.blocks.map((b) => b.prose).join('\n');
    expect(prose).not.toMatch(/Advertisement|READ MORE|Share This Article|Local bakery/);
    expect(prose).toMatch(/Opposition councillors/);
  });
});
