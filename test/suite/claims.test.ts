/**
 * Claims and quotations in drafts/claims.md, checked against the corpus the
 * way a writer meets them in the editor: a diagnostic per verdict with the
 * article passages as related information, a hover with the verdict and the
 * sources, the misquote's quick fix, the claim counts above each paragraph,
 * corroborate.checks.claims switched off and on, and a disable comment.
 *
 * The analysis behind the verdicts is still being tuned, so the tests look at
 * what a person notices — codes, severities, the first word of a message,
 * evidence that exists, links that open the right line, the text a fix puts
 * in — and not at the exact wording of a reason.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  applyCodeAction,
  codeOf,
  describeDiagnostics,
  hoverText,
  openDraft,
  readText,
  revertAndCloseAll,
  setSetting,
  uri,
  waitFor,
  waitForCodeAction,
  waitForDiagnostics,
  waitForText,
  withCode,
} from './helpers';
import { suite, suiteTeardown, teardown, test } from './tdd';

const DRAFT = 'drafts/claims.md';

/** The sentences of drafts/claims.md and what the writer should see on each. */
const CLAIMS = {
  supported: { code: 'claim-supported', line: 'Ukraine severed diplomatic relations with North Korea.', severity: vscode.DiagnosticSeverity.Hint, prefix: 'Supported:' },
  contradicted: { code: 'claim-contradicted', line: 'North Korea is the first country to recognise', severity: vscode.DiagnosticSeverity.Warning, prefix: 'Contradicted:' },
  unsupported: { code: 'claim-unsupported', line: 'The European Union imposed new sanctions', severity: vscode.DiagnosticSeverity.Information, prefix: 'Unsupported:' },
  disputed: { code: 'claim-disputed', line: 'Ukraine cut ties with North Korea on Thursday.', severity: vscode.DiagnosticSeverity.Warning, prefix: 'Disputed:' },
} as const;

const QUOTES = {
  verbatim: { code: 'quote-verbatim', quote: 'fruitful cooperation', severity: vscode.DiagnosticSeverity.Hint, message: /^Quoted word for word\b|^Verbatim\b/i, evidence: true },
  misquoted: { code: 'quote-misquoted', quote: 'just cause of defending justice', severity: vscode.DiagnosticSeverity.Warning, message: /^Misquoted\b/, evidence: true },
  misattributed: { code: 'quote-misattributed', quote: 'we consider this decision as an attempt by Pyongyang', severity: vscode.DiagnosticSeverity.Warning, message: /^Misattributed\b/, evidence: true },
  notFound: { code: 'quote-not-found', quote: 'the Donbas will be free forever', severity: vscode.DiagnosticSeverity.Information, message: /not found/i, evidence: false },
} as const;

/** Lines that are not claims: a question and an opinion. */
const NOT_CLAIMS = ['Should newsrooms trust what state media report?', 'I think this was a terrible decision.'];

/** A contradicted sentence that the fixture silences with `<!-- corroborate-disable-next-line claim -->`. */
const SILENCED = 'Kim met with Putin in 2015 for a summit in Moscow.';
const DISABLE_COMMENT = '<!-- corroborate-disable-next-line claim -->';

const ALL_CODES = [...Object.values(CLAIMS).map((c) => c.code), ...Object.values(QUOTES).map((q) => q.code)];
const isClaimCode = (code: string): boolean => code.startsWith('claim-');

// ---- helpers ---------------------------------------------------------------------------

/** 0-based line of the first line containing `text`. */
function lineOf(doc: vscode.TextDocument, text: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(text)) return i;
  assert.fail(`"${text}" is not in ${vscode.workspace.asRelativePath(doc.uri)}`);
}

/** The diagnostic of `code` on the line that contains `text`. */
function onLine(doc: vscode.TextDocument, ds: vscode.Diagnostic[], code: string, text: string): vscode.Diagnostic | undefined {
  const line = lineOf(doc, text);
  return ds.find((d) => codeOf(d) === code && d.range.start.line <= line && d.range.end.line >= line);
}

/** The diagnostic of `code` whose range covers the quoted words `quote`. */
function onQuote(doc: vscode.TextDocument, ds: vscode.Diagnostic[], code: string, quote: string): vscode.Diagnostic | undefined {
  return ds.find((d) => codeOf(d) === code && doc.getText(d.range).includes(quote));
}

/** Every verdict of the fixture is in: the checks have run on the whole draft. */
function allVerdicts(ds: vscode.Diagnostic[], doc: vscode.TextDocument): boolean {
  return (
    Object.values(CLAIMS).every((c) => !!onLine(doc, ds, c.code, c.line)) &&
    Object.values(QUOTES).every((q) => !!onQuote(doc, ds, q.code, q.quote))
  );
}

async function openClaims(): Promise<{ doc: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  const { doc, diagnostics } = await openDraft(DRAFT, allVerdicts, `a diagnostic for each of ${ALL_CODES.join(', ')} in ${DRAFT}`);
  return { doc, diagnostics };
}

/** Text compared across the draft, hovers and articles: no markdown escapes or emphasis, one kind of quote, single spaces. */
function plain(s: string): string {
  return s
    .replace(/\\(.)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case words of four letters or more. */
function words(s: string): string[] {
  return (plain(s).toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]{3,}/gu) ?? []);
}

function corpusFolder(): vscode.Uri {
  return uri('corpus');
}

function inCorpus(target: vscode.Uri): boolean {
  const dir = corpusFolder().path.replace(/\/$/, '') + '/';
  return target.scheme === 'file' && target.path.startsWith(dir);
}

async function lines(target: vscode.Uri): Promise<string[]> {
  return (await readText(target)).split(/\r?\n/);
}

/** The front matter's `key: value` of an article. */
function frontMatter(text: string, key: string): string | undefined {
  return new RegExp(`^${key}:\\s*"?([^"\\n]+?)"?\\s*$`, 'm').exec(text)?.[1];
}

/**
 * Checks the related information of a diagnostic: each entry points at a
 * file of the corpus, at a line that exists, and that line holds the passage
 * the entry quotes (most of its words). Returns the entries.
 */
async function checkRelated(d: vscode.Diagnostic, what: string): Promise<vscode.DiagnosticRelatedInformation[]> {
  const related = d.relatedInformation ?? [];
  assert.ok(related.length > 0, `${what}: no relatedInformation (no article passage) on [${codeOf(d)}] ${d.message}`);
  for (const r of related) {
    const target = r.location.uri;
    assert.ok(inCorpus(target), `${what}: related information points outside the corpus folder: ${target.toString()}`);
    const text = await lines(target).catch(() => undefined);
    assert.ok(text, `${what}: related information points at a file that does not exist: ${target.toString()}`);
    const line = r.location.range.start.line;
    assert.ok(line >= 0 && line < text.length, `${what}: line ${line + 1} is outside ${target.path} (${text.length} lines)`);
    const passage = r.message.includes('): ') ? r.message.slice(r.message.indexOf('): ') + 3) : r.message;
    const wanted = words(passage.replace(/(?:\.\.\.|\u2026)\s*$/, '').replace(/\S+$/, '')); // the last word may be cut off
    const have = new Set(words(text[line]!));
    const found = wanted.filter((w) => have.has(w));
    assert.ok(
      wanted.length >= 3 && found.length >= Math.max(3, Math.ceil(wanted.length * 0.7)),
      `${what}: line ${line + 1} of ${target.path.split('/').pop()} does not hold the passage quoted in the related information\n` +
        `  related: ${r.message}\n  line:    ${text[line]}`,
    );
  }
  return related;
}

/** Where a source line's passage starts: `title — “quote”` (a title may have quotation marks of its own). */
const QUOTE_START = ' \u2014 \u201c';

interface SourceLine {
  outlet: string;
  quote: string;
  link: vscode.Uri;
  line: number;
  raw: string;
}

/** The sources of a claim hover: one bullet per article, `*outlet*, date: title — “quote” … [open](file:///…#L<line>,<col>)`. */
function sourceLines(hover: string): SourceLine[] {
  const out: SourceLine[] = [];
  for (const raw of hover.split('\n')) {
    const link = /\[open\]\((file:\/\/\/[^)\s]+?)#L(\d+)(?:,\d+)?\)/.exec(raw);
    if (!link) continue;
    const outlet = /\*([^*]+)\*/.exec(raw)?.[1] ?? '';
    const open = raw.indexOf(QUOTE_START);
    const close = raw.lastIndexOf('\u201d', link.index);
    const quote = open >= 0 && close > open ? raw.slice(open + QUOTE_START.length, close) : '';
    out.push({ outlet: plain(outlet), quote, link: vscode.Uri.parse(link[1]!), line: Number(link[2]), raw });
  }
  return out;
}

/** Waits for a hover at `position` that `accept` likes (the server answers empty while it indexes). */
async function waitForHover(doc: vscode.TextDocument, position: vscode.Position, accept: (h: string) => boolean, what: string): Promise<string> {
  let last = '';
  try {
    return await waitFor(what, async () => {
      last = await hoverText(doc.uri, position);
      return accept(last) ? last : undefined;
    });
  } catch (err) {
    throw new Error(`${(err as Error).message}; last hover:\n${last || '(none)'}`);
  }
}

/** Checks that a hover source line's link opens an article of the corpus at a line that holds the quoted passage. */
async function checkSourceLine(s: SourceLine, what: string): Promise<void> {
  assert.ok(inCorpus(s.link), `${what}: the link points outside the corpus: ${s.link.toString()}\n${s.raw}`);
  const text = await lines(s.link).catch(() => undefined);
  assert.ok(text, `${what}: the link's file does not exist: ${s.link.toString()}`);
  assert.ok(s.line >= 1 && s.line <= text.length, `${what}: #L${s.line} is outside ${s.link.path} (${text.length} lines)`);
  const target = plain(text[s.line - 1]!);
  const pieces = plain(s.quote)
    .split(/\u2026|\.\.\./)
    .map((p) => p.trim())
    .filter((p) => p.length >= 20);
  assert.ok(pieces.length > 0, `${what}: no passage quoted in the source line:\n${s.raw}`);
  assert.ok(
    pieces.every((p) => target.includes(p)),
    `${what}: line ${s.line} of ${s.link.path.split('/').pop()} does not hold the quoted passage\n  quoted: ${plain(s.quote)}\n  line:   ${target}`,
  );
}

// ---- the tests ---------------------------------------------------------------------------

suite('Corroborate: claims and quotations', () => {
  teardown(async () => {
    await setSetting('corroborate.checks.claims', undefined);
    await setSetting('corroborate.severity.claim-unsupported', undefined);
    await setSetting('corroborate.severity.claim-contradicted', undefined);
    await revertAndCloseAll();
  });
  suiteTeardown(revertAndCloseAll);

  test('each claim verdict is a diagnostic with its code, severity, reason and article passages', async () => {
    const { doc, diagnostics } = await openClaims();
    for (const [verdict, c] of Object.entries(CLAIMS)) {
      const d = onLine(doc, diagnostics, c.code, c.line);
      assert.ok(d, `no ${c.code} on "${c.line}":\n${describeDiagnostics(diagnostics)}`);
      assert.equal(d.source, 'corroborate');
      assert.equal(d.severity, c.severity, `default severity of ${c.code}`);
      assert.ok(d.message.startsWith(c.prefix), `${verdict}: the message should start with "${c.prefix}": ${d.message}`);
      assert.ok(d.message.slice(c.prefix.length).trim().length >= 10, `${verdict}: the message gives no reason: ${d.message}`);
      const related = await checkRelated(d, c.code);
      if (verdict === 'disputed') {
        const articles = new Set(related.map((r) => r.location.uri.toString()));
        assert.ok(articles.size >= 2, `a dispute needs passages from two articles at least, got ${[...articles].join(', ')}`);
      }
    }
  });

  test('the contradicted claim names the value the article gives', async () => {
    const { doc, diagnostics } = await openClaims();
    const d = onLine(doc, diagnostics, CLAIMS.contradicted.code, CLAIMS.contradicted.line)!;
    // The draft says "first"; the StarAvis article says North Korea is the third country.
    assert.match(d.message, /\bthird\b/, `the reason should give the article's 'third': ${d.message}`);
    const related = await checkRelated(d, d.message);
    const texts = await Promise.all(related.map(async (r) => (await lines(r.location.uri))[r.location.range.start.line]!));
    assert.ok(texts.some((t) => /\bthird country\b/.test(t)), `no passage says 'third country':\n${texts.join('\n')}`);
  });

  test('each quotation verdict is a diagnostic on the quoted words', async () => {
    const { doc, diagnostics } = await openClaims();
    for (const [verdict, q] of Object.entries(QUOTES)) {
      const d = onQuote(doc, diagnostics, q.code, q.quote);
      assert.ok(d, `no ${q.code} covering "${q.quote}":\n${describeDiagnostics(diagnostics)}`);
      assert.equal(d.source, 'corroborate');
      assert.equal(d.severity, q.severity, `default severity of ${q.code}`);
      assert.match(d.message, q.message, `${verdict}: message`);
      const covered = doc.getText(d.range);
      assert.ok(!/["\u201c\u201d]/.test(covered.slice(1, -1)), `${verdict}: the range should cover the quoted words, not the sentence: ${JSON.stringify(covered)}`);
      if (q.evidence) await checkRelated(d, q.code);
    }
  });

  test('a question and an opinion get no claim diagnostic', async () => {
    const { doc, diagnostics } = await openClaims();
    for (const sentence of NOT_CLAIMS) {
      const line = lineOf(doc, sentence);
      const here = diagnostics.filter((d) => d.range.start.line <= line && d.range.end.line >= line);
      assert.deepEqual(here.map(codeOf), [], `"${sentence}" is not a claim:\n${describeDiagnostics(here)}`);
    }
  });

  test('hover on a contradicted claim shows the verdict, the outlet, the passage and a link to it', async () => {
    const { doc, diagnostics } = await openClaims();
    const d = onLine(doc, diagnostics, CLAIMS.contradicted.code, CLAIMS.contradicted.line)!;
    const at = d.range.start.translate(0, 1);
    const hover = await waitForHover(doc, at, (h) => h.includes('**Contradicted**'), "a hover with '**Contradicted**'");

    assert.match(hover, /Sources:/, `no "Sources:" in the hover:\n${hover}`);
    assert.ok(/\bthird\b/.test(plain(hover)), `the hover should give the article's 'third':\n${hover}`);
    const sources = sourceLines(hover);
    assert.ok(sources.length >= 1, `no source lines with an [open](file:///…#L…) link in the hover:\n${hover}`);
    for (const s of sources) {
      await checkSourceLine(s, 'contradicted hover');
      const article = await readText(s.link);
      const outlet = frontMatter(article, 'outlet');
      const date = frontMatter(article, 'date');
      assert.ok(outlet && s.outlet === outlet, `the source line should name the outlet "${outlet}" in italics:\n${s.raw}`);
      if (date) assert.ok(plain(s.raw).includes(date), `the source line should give the date ${date}:\n${s.raw}`);
      const title = frontMatter(article, 'title');
      if (title) assert.ok(plain(s.raw).includes(plain(title)), `the source line should give the title "${title}":\n${s.raw}`);
    }
    const star = sources.find((s) => s.link.path.endsWith('/ukraine-cuts-n-korea-ties.md'));
    assert.ok(star, `the StarAvis article (the one that says 'third') is not among the sources:\n${hover}`);
    assert.match(star.quote, /\*\*[^*]+\*\*/, `the words the passage shares with the claim should be in bold:\n${star.raw}`);
  });

  test('hover on a misquotation shows where the words come from', async () => {
    const { doc, diagnostics } = await openClaims();
    const d = onQuote(doc, diagnostics, QUOTES.misquoted.code, QUOTES.misquoted.quote)!;
    const at = d.range.start.translate(0, 3);
    const hover = await waitForHover(doc, at, (h) => h.includes('**Misquoted**'), "a hover with '**Misquoted**'");
    assert.match(hover, /Where it comes from:/, `no "Where it comes from:" in the hover:\n${hover}`);
    const sources = sourceLines(hover);
    assert.ok(sources.length >= 1, `no source lines with a link in the hover:\n${hover}`);
    for (const s of sources) await checkSourceLine(s, 'misquote hover');
    assert.ok(sources.some((s) => plain(s.quote).includes('protecting justice')), `no source gives the article's 'protecting justice':\n${hover}`);
  });

  test("the misquote's quick fix puts the article's wording between the quotation marks", async () => {
    const { doc, diagnostics } = await openClaims();
    const d = onQuote(doc, diagnostics, QUOTES.misquoted.code, QUOTES.misquoted.quote)!;
    const fix = await waitForCodeAction(
      doc.uri,
      d.range,
      vscode.CodeActionKind.QuickFix,
      (a) => a.title.startsWith("Use the article's wording") && !!a.edit,
      `a "Use the article's wording: …" quick fix`,
    );
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind is ${fix.kind?.value}`);

    const line = d.range.start.line;
    const beforeLine = doc.lineAt(line).text;
    const open = beforeLine.indexOf('\u201c');
    const close = beforeLine.indexOf('\u201d', open + 1);
    const before = doc.getText();
    await applyCodeAction(fix);
    const after = await waitForText(doc, (t) => t !== before, 'the quick fix to change the text');

    // Only that line changed, and only between the quotation marks.
    const beforeLines = before.split('\n');
    const afterLines = after.split('\n');
    assert.equal(afterLines.length, beforeLines.length, 'the fix should not add or remove lines');
    for (let i = 0; i < beforeLines.length; i++) if (i !== line) assert.equal(afterLines[i], beforeLines[i], `line ${i + 1} changed`);
    const fixed = afterLines[line]!;
    assert.ok(fixed.startsWith(beforeLine.slice(0, open + 1)), `the text before the quotation changed:\n  ${beforeLine}\n  ${fixed}`);
    assert.ok(fixed.endsWith(beforeLine.slice(close)), `the text after the quotation changed:\n  ${beforeLine}\n  ${fixed}`);
    const quoted = fixed.slice(open + 1, fixed.length - (beforeLine.length - close));
    assert.ok(!quoted.includes('defending'), `the misquoted word is still there: ${quoted}`);
    // The whole quotation is corrected, not cut short or swapped for another passage:
    // the words the draft got right are all still there, about as many of them.
    const original = beforeLine.slice(open + 1, close);
    const kept = new Set(words(quoted));
    const lost = words(original).filter((w) => w !== 'defending' && !kept.has(w));
    assert.deepEqual(lost, [], `the fix dropped words the draft quoted correctly:\n  before: ${original}\n  after:  ${quoted}`);
    const count = (s: string) => plain(s).split(' ').length;
    assert.ok(Math.abs(count(quoted) - count(original)) <= 2, `the fix changed the length of the quotation:\n  before: ${original}\n  after:  ${quoted}`);
    assert.ok(plain(fix.title).includes(plain(quoted).slice(0, 30)), `the title "${fix.title}" should show the words the fix puts in: ${quoted}`);

    // What is quoted now is word for word in an article.
    const dir = uri('corpus');
    const articles = await Promise.all((await vscode.workspace.fs.readDirectory(dir)).map(async ([name]) => plain(await readText(vscode.Uri.joinPath(dir, name)))));
    assert.ok(articles.some((a) => a.includes(plain(quoted))), `the quotation is not word for word in any article after the fix: “${quoted}”`);

    // And the extension agrees: no misquote left on it.
    await waitForDiagnostics(
      doc.uri,
      (ds) => !ds.some((x) => codeOf(x) === QUOTES.misquoted.code && x.range.start.line === line) && ds.some((x) => isClaimCode(codeOf(x))),
      'the misquote finding to go after the fix',
    );
  });

  test('code lenses above each paragraph count its claims', async () => {
    const { doc } = await openClaims();
    const wanted: [text: string, counts: RegExp[]][] = [
      [CLAIMS.supported.line, [/\b1 supported\b/, /\b1 contradicted\b/]],
      [CLAIMS.unsupported.line, [/\b1 unsupported\b/]],
      [CLAIMS.disputed.line, [/\b1 disputed\b/]],
    ];
    let seen: vscode.CodeLens[] = [];
    const titleAt = (line: number): string | undefined => seen.find((l) => l.range.start.line === line)?.command?.title;
    try {
      await waitFor('a claim count lens above each paragraph with claims', async () => {
        seen = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 100)) ?? [];
        return wanted.every(([text]) => titleAt(lineOf(doc, text))?.startsWith('Claims:')) ? true : undefined;
      });
    } catch (err) {
      const got = seen.map((l) => `  line ${l.range.start.line + 1}: ${l.command?.title ?? '(unresolved)'}`).join('\n') || '  (none)';
      throw new Error(`${(err as Error).message}; lenses:\n${got}`);
    }
    for (const [text, counts] of wanted) {
      const title = titleAt(lineOf(doc, text))!;
      for (const c of counts) assert.match(title, c, `lens above "${text}"`);
    }
    assert.equal(
      titleAt(lineOf(doc, CLAIMS.supported.line)),
      'Claims: 1 supported · 1 contradicted',
      'the lens over the first paragraph',
    );
    for (const sentence of NOT_CLAIMS) {
      assert.equal(titleAt(lineOf(doc, sentence)), undefined, `no lens above "${sentence}"`);
    }
  });

  test('corroborate.checks.claims=false removes the claim diagnostics without a restart', async () => {
    const { doc } = await openClaims();
    await setSetting('corroborate.checks.claims', false);
    const off = await waitForDiagnostics(
      doc.uri,
      (ds) => !ds.some((d) => isClaimCode(codeOf(d))) && !!onQuote(doc, ds, QUOTES.misquoted.code, QUOTES.misquoted.quote),
      'no claim-* diagnostics, the quotations still checked',
    );
    assert.ok(withCode(off, QUOTES.misattributed.code).length > 0, `quotations are still checked:\n${describeDiagnostics(off)}`);

    await setSetting('corroborate.checks.claims', undefined);
    await waitForDiagnostics(doc.uri, (ds) => allVerdicts(ds, doc), 'every claim verdict back');
  });

  test('corroborate.severity.claim-* changes or hides a verdict', async () => {
    const { doc } = await openClaims();
    await setSetting('corroborate.severity.claim-unsupported', 'warning');
    await waitForDiagnostics(
      doc.uri,
      (ds) => onLine(doc, ds, CLAIMS.unsupported.code, CLAIMS.unsupported.line)?.severity === vscode.DiagnosticSeverity.Warning,
      'the unsupported claim as a warning',
    );
    await setSetting('corroborate.severity.claim-contradicted', 'off');
    const off = await waitForDiagnostics(
      doc.uri,
      (ds) => withCode(ds, CLAIMS.contradicted.code).length === 0 && !!onLine(doc, ds, CLAIMS.disputed.code, CLAIMS.disputed.line),
      'no contradicted claims, the others still there',
    );
    assert.ok(onLine(doc, off, CLAIMS.supported.code, CLAIMS.supported.line), `the supported claim stays:\n${describeDiagnostics(off)}`);
  });

  test('<!-- corroborate-disable-next-line claim --> silences the claim below it', async () => {
    const { doc, diagnostics } = await openClaims();
    const comment = lineOf(doc, DISABLE_COMMENT);
    assert.equal(lineOf(doc, SILENCED), comment + 1, 'the fixture puts the comment right above the sentence');
    const silenced = (ds: vscode.Diagnostic[]) => ds.filter((d) => isClaimCode(codeOf(d)) && d.range.start.line <= lineOf(doc, SILENCED) && d.range.end.line >= lineOf(doc, SILENCED));
    assert.deepEqual(silenced(diagnostics).map(codeOf), [], `"${SILENCED}" should be silenced:\n${describeDiagnostics(silenced(diagnostics))}`);

    // Take the comment out: the sentence is flagged, so it was the comment that silenced it.
    const edit = new vscode.WorkspaceEdit();
    edit.delete(doc.uri, new vscode.Range(comment, 0, comment + 1, 0));
    assert.ok(await vscode.workspace.applyEdit(edit), 'deleting the comment line');
    await waitForText(doc, (t) => !t.includes(DISABLE_COMMENT), 'the comment to be gone');
    const flagged = await waitForDiagnostics(doc.uri, (ds) => silenced(ds).length > 0, `a claim diagnostic on "${SILENCED}" once the comment is gone`);
    assert.deepEqual(silenced(flagged).map(codeOf), ['claim-contradicted'], `without the comment:\n${describeDiagnostics(silenced(flagged))}`);
  });
});
