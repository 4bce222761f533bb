/**
 * Claim and quotation verdicts over the real stdio transport: the fixture
 * draft has one sentence for each verdict, and an editor gets each as a
 * diagnostic with its code, severity, reason and article passages; hovers
 * cite the sources; the misquotation's quick fix puts in the article's words;
 * code lenses count the verdicts of each paragraph.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../helpers/lspClient';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace';

const DRAFT = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'workspace', 'drafts', 'claims.md'), 'utf8');

/** A sentence of the draft for each claim verdict, and the severity an editor should show. */
const CLAIMS = [
  ['claim-supported', 'Ukraine severed diplomatic relations', DiagnosticSeverity.Hint],
  ['claim-contradicted', 'North Korea is the first country', DiagnosticSeverity.Warning],
  ['claim-unsupported', 'The European Union imposed', DiagnosticSeverity.Information],
  ['claim-disputed', 'Ukraine cut ties with North Korea on Thursday', DiagnosticSeverity.Warning],
] as const;
/** Words inside each quotation, and its verdict. */
const QUOTES = [
  ['quote-verbatim', 'fruitful cooperation', DiagnosticSeverity.Hint],
  ['quote-misquoted', 'just cause of defending justice', DiagnosticSeverity.Warning],
  ['quote-misattributed', 'we consider this decision', DiagnosticSeverity.Warning],
  ['quote-not-found', 'will be free forever', DiagnosticSeverity.Information],
] as const;

describe('claims and quotations over stdio', () => {
  let ws: string;
  let client: TestLspClient;
  let uri: string;
  let diags: Diagnostic[];

  const lineText = (d: Diagnostic) => DRAFT.split('\n')[d.range.start.line]!;
  const find = (code: string, needle: string) => diags.find((d) => d.code === code && lineText(d).includes(needle));

  beforeAll(async () => {
    ws = makeWorkspace({ 'drafts/claims.md': DRAFT });
    client = new TestLspClient({ workspace: ws });
    await client.initialize();
    uri = client.open('drafts/claims.md', DRAFT);
    const codes = [...CLAIMS, ...QUOTES].map(([code]) => code);
    diags = await client.waitForDiagnostics(uri, (d) => codes.every((c) => d.some((x) => x.code === c)), 60_000);
  }, 90_000);
  afterAll(async () => {
    await client.shutdown();
    removeWorkspace(ws);
  });

  it.each(CLAIMS)('%s: on its sentence, with a reason and the article passages', (code, needle, severity) => {
    const d = find(code, needle);
    expect(d, `${code} on "${needle}"`).toBeDefined();
    expect(d!.severity).toBe(severity);
    expect(d!.source).toBe('corroborate');
    expect(String(d!.message).length).toBeGreaterThan(20);
    if (code !== 'claim-unsupported') {
      const related = d!.relatedInformation ?? [];
      expect(related.length).toBeGreaterThan(0);
      // Each passage is where the link says: its line in the article holds the quoted words.
      for (const r of related) {
        const file = decodeURIComponent(r.location.uri.replace('file://', ''));
        const line = fs.readFileSync(file, 'utf8').split('\n')[r.location.range.start.line]!;
        const quoted = /"([^"]{12,})/.exec(r.message)?.[1] ?? /: (.{12,})$/.exec(r.message)?.[1];
        expect(quoted && line.replace(/[“”]/g, '"').includes(quoted.replace(/[“”]/g, '"').slice(0, 30).replace(/…$/, '')), `${r.message}\nline: ${line}`).toBeTruthy();
      }
      if (code === 'claim-disputed') expect(new Set(related.map((r) => r.location.uri)).size).toBeGreaterThanOrEqual(2);
    }
  });

  it('names what the article says against a contradicted claim', () => {
    const d = find('claim-contradicted', 'first country')!;
    expect(d.message).toMatch(/says '\w+'; the draft says 'first'/);
  });

  it('questions and opinions get no verdict', () => {
    const claimLines = diags.filter((d) => String(d.code).startsWith('claim-')).map(lineText);
    for (const line of DRAFT.split('\n').filter((l) => l.endsWith('?') || /^I think\b/.test(l))) expect(claimLines).not.toContain(line);
  });

  it.each(QUOTES)('%s: on the quoted words', (code, words, severity) => {
    const d = diags.find((x) => x.code === code && client.docs.get(uri)!.getText(x.range).includes(words));
    expect(d, `${code} on "${words}"`).toBeDefined();
    expect(d!.severity).toBe(severity);
  });

  it('hover on a contradicted claim gives the verdict, outlet, date, the passage and a link to its line', async () => {
    const hover = await client.hover(uri, client.positionOf(uri, 'first country'));
    const text = (hover!.contents as { value: string }).value;
    expect(text).toMatch(/\*\*Contradicted\*\*/);
    expect(text).toMatch(/\d{4}\\?-\d{2}\\?-\d{2}/);
    expect(text).toMatch(/\*\*third\*\*|\*\*third country\*\*/);
    const link = /\[open\]\((file:\/\/[^)#]+)#L(\d+),(\d+)\)/.exec(text)!;
    expect(link).toBeTruthy();
    const line = fs.readFileSync(decodeURIComponent(link[1]!.replace('file://', '')), 'utf8').split('\n')[Number(link[2]) - 1]!;
    expect(line).toMatch(/third/);
  });

  it('hover on a quotation says where the words come from and who says them', async () => {
    const hover = await client.hover(uri, client.positionOf(uri, 'fruitful cooperation'));
    const text = (hover!.contents as { value: string }).value;
    expect(text).toMatch(/word for word/i);
    expect(text).toMatch(/Pushilin/);
    expect(text).toMatch(/\[open\]\(file:\/\//);
  });

  it("the misquotation's quick fix puts the article's words between the quotation marks, and nothing else changes", async () => {
    const d = diags.find((x) => x.code === 'quote-misquoted')!;
    const actions = await client.codeActions(uri, d.range, [d]);
    const fix = actions.find((a) => a.title.startsWith("Use the article's wording"))!;
    expect(fix).toBeDefined();
    const fixed = client.applyEdit(uri, fix.edit!);
    expect(fixed).toBe(DRAFT.replace('just cause of defending justice', 'just cause of protecting justice'));
  });

  it('code lenses count the verdicts of each paragraph', async () => {
    const lenses = (await client.codeLenses(uri)) ?? [];
    const titles = lenses.map((l) => l.command?.title ?? '');
    expect(titles.some((t) => /1 supported/.test(t) && /1 contradicted/.test(t))).toBe(true);
    expect(titles.some((t) => /1 disputed/.test(t))).toBe(true);
    expect(titles.some((t) => /1 unsupported/.test(t))).toBe(true);
  });
});
