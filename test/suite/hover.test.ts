/**
 * Hovers, through vscode.executeHoverProvider as the editor asks for them: a
 * name's card has the preferred name, its type, how many articles name it, the
 * outlet, an exact quote from an article and a file:///…#L<line> link to it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openDraft, positionOf, readText, revertAndCloseAll, uri, waitFor, withCode } from './helpers';
import { suite, suiteTeardown, test } from './tdd';

/** Text of a hover with markdown escapes, emphasis and spacing taken out, for comparing with article text. */
function plain(s: string): string {
  return s
    .replace(/\\(.)/g, '$1')
    .replace(/[*_]/g, '')
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where a source line's passage starts: `title — “quote”` (a title may have quotation marks of its own). */
const QUOTE_START = ' \u2014 \u201c';

async function corpusArticles(): Promise<{ name: string; text: string; outlet?: string }[]> {
  const dir = uri('corpus');
  const out: { name: string; text: string; outlet?: string }[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
    if (type !== vscode.FileType.File || !/\.(md|markdown|txt)$/.test(name)) continue;
    const text = await readText(vscode.Uri.joinPath(dir, name));
    const outlet = /^outlet:\s*"?([^"\n]+)"?\s*$/m.exec(text)?.[1];
    out.push({ name, text, ...(outlet ? { outlet } : {}) });
  }
  return out;
}

async function hoverOn(doc: vscode.TextDocument, text: string, expect: string): Promise<string> {
  const at = positionOf(doc, text, 0, Math.min(2, text.length - 1));
  return waitFor(`a hover on '${text}' that mentions '${expect}'`, async () => {
    const h = await hoverText(doc.uri, at);
    return h.includes(expect) ? h : undefined;
  });
}

suite('Corroborate: hover', () => {
  suiteTeardown(revertAndCloseAll);

  test('hover over a person names the preferred spelling, type, article count, outlet, a quote and a link', async () => {
    const { doc } = await openDraft('drafts/variants.md', (ds) => withCode(ds, 'variant').length > 0);
    const text = await hoverOn(doc, 'Oleg Nikolenko', 'Oleh Nikolenko');
    const articles = await corpusArticles();

    assert.match(text, /\bperson\b/i, `entity type missing:\n${text}`);
    assert.match(text, /\b\d+ (?:of \d+ )?articles?\b/, `article count missing:\n${text}`);

    const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => !!o))];
    assert.ok(outlets.some((o) => text.includes(o)), `no outlet of the corpus (${outlets.join(', ')}) in:\n${text}`);

    const quotes = [...text.matchAll(/\u201c([\s\S]+?)\u201d/g)].map((m) => m[1]!);
    const corpusText = articles.map((a) => plain(a.text));
    const exact = quotes.some((q) =>
      plain(q)
        .split('\u2026')
        .map((piece) => piece.trim())
        .filter((piece) => piece.length >= 20)
        .some((piece) => corpusText.some((t) => t.includes(piece))),
    );
    assert.ok(exact, `no quote in the hover is word for word in an article:\n${text}`);

    const link = /\((file:\/\/\/[^)\s]+?)#L(\d+)(?:,\d+)?\)/.exec(text);
    assert.ok(link, `no file:///…#L<line> link in:\n${text}`);
    const target = vscode.Uri.parse(link[1]!);
    const name = target.path.split('/').pop()!;
    const article = articles.find((a) => a.name === name);
    assert.ok(article, `the link points at ${target.toString()}, not at an article of the corpus`);
    const line = Number(link[2]);
    assert.ok(line >= 1 && line <= article.text.split('\n').length, `line ${line} is outside ${name}`);
    // The linked line holds the passage quoted next to the link.
    const bullet = text.split('\n').find((l) => l.includes(link[0]!)) ?? '';
    const opens = bullet.indexOf(QUOTE_START);
    const closes = bullet.lastIndexOf('\u201d');
    const quoted = opens >= 0 && closes > opens ? bullet.slice(opens + QUOTE_START.length, closes) : '';
    const pieces = plain(quoted)
      .split('\u2026')
      .map((piece) => piece.trim())
      .filter((piece) => piece.length >= 20);
    const atLine = plain(article.text.split('\n')[line - 1]!);
    assert.ok(pieces.length > 0 && pieces.every((piece) => atLine.includes(piece)), `line ${line} of ${name} does not hold the quote next to the link:\n  ${bullet}\n  line: ${atLine}`);
  });

  test('hover over a place variant names the preferred spelling', async () => {
    const { doc } = await openDraft('drafts/variants.md', (ds) => withCode(ds, 'variant').length > 0);
    const text = await hoverOn(doc, 'Lugansk', 'Luhansk');
    assert.match(text, /\bplace\b/i, `entity type missing:\n${text}`);
  });
});
