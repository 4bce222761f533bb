/**
 * The bundled language server over the real stdio transport: what an editor
 * sends, and what it gets back.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../helpers/lspClient';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace';

const DRAFT = [
  '# Notes on the coverage',
  '',
  'Separatists hold parts of Lugansk, and talks in Kiev stalled.',
  '',
  'DPR leader Denis Pushilen said he hoped for trade.',
  '',
  'Code stays as it is: `Lugansk`.',
  '',
].join('\n');

const variantsOf = (d: Diagnostic[]) => d.filter((x) => x.code === 'variant');

describe('language server over stdio', () => {
  let ws: string;
  let client: TestLspClient;
  let uri: string;

  beforeAll(async () => {
    ws = makeWorkspace({ 'drafts/notes.md': DRAFT });
    client = new TestLspClient({ workspace: ws, settings: { checks: { claims: false, quotes: false } } });
    const init = await client.initialize();
    expect(init.capabilities.hoverProvider).toBe(true);
    uri = client.open('drafts/notes.md', DRAFT);
  });
  afterAll(async () => {
    await client.shutdown();
    removeWorkspace(ws);
  });

  it('publishes variant and near-miss diagnostics, none inside code', async () => {
    const diags = await client.waitForDiagnostics(uri, (d) => d.length >= 3);
    const brief = diags.map((d) => `${d.code}:${client.docs.get(uri)!.getText(d.range)}`).sort();
    expect(brief).toEqual(['near-miss:Pushilen', 'variant:Kiev', 'variant:Lugansk']);
    const lugansk = diags.find((d) => d.code === 'variant' && String(d.message).includes('Lugansk'))!;
    expect(lugansk.source).toBe('corroborate');
    expect(lugansk.message).toMatch(/'Lugansk' is a variant of 'Luhansk' \(house style: Ukrainian romanization/);
    expect(lugansk.range.start).toEqual(client.positionOf(uri, 'Lugansk'));
    expect(diags.find((d) => d.code === 'near-miss')!.message).toMatch(/did you mean 'Denis Pushilin'\?/);
  });

  it('hovers a name with the entity card: preferred name, type, articles, quote, link to the line', async () => {
    const hover = await client.hover(uri, client.positionOf(uri, 'Kiev'));
    const text = (hover!.contents as { value: string }).value;
    expect(text).toMatch(/^\*\*Kyiv\*\* · place/);
    expect(text).toMatch(/Spellings in the corpus: Kyiv \(\d+\), Kiev \(\d+\)/);
    expect(text).toMatch(/in \d of 5 articles/);
    expect(text).toMatch(/\*Breitbart\*/);
    const link = /\[open\]\((file:\/\/[^)#]+)#L(\d+),(\d+)\)/.exec(text)!;
    const file = decodeURIComponent(link[1]!.replace('file://', ''));
    expect(fs.existsSync(file)).toBe(true);
    // The link opens the line that holds the quoted passage.
    const line = fs.readFileSync(file, 'utf8').split('\n')[Number(link[2]) - 1]!;
    expect(line).toMatch(/Kyiv|Kiev/);
  });

  it('quick fix replaces the variant, and nothing else', async () => {
    const range = client.rangeOf(uri, 'Lugansk');
    const diags = variantsOf(client.lastDiagnostics(uri)!);
    const actions = await client.codeActions(uri, range, diags);
    const fix = actions.find((a) => a.title === "Replace with 'Luhansk'")!;
    expect(fix.kind).toBe('quickfix');
    expect(fix.isPreferred).toBe(true);
    expect(client.applyEdit(uri, fix.edit!)).toBe(DRAFT.replace('parts of Lugansk', 'parts of Luhansk'));
    expect(actions.map((a) => a.title)).toContain("Accept spelling 'Lugansk' (add to workspace style)");
    expect(actions.map((a) => a.title)).toContain('Fix all variant spellings in this file');
  });

  it('fix-all and source.fixAll.corroborate fix every variant and leave the rest', async () => {
    const all = await client.codeActions(uri, client.rangeOf(uri, 'Kiev'), [], ['source.fixAll.corroborate']);
    expect(all).toHaveLength(1);
    expect(all[0]!.kind).toBe('source.fixAll.corroborate');
    const fixed = client.applyEdit(uri, all[0]!.edit!);
    expect(fixed).toBe(DRAFT.replace('parts of Lugansk', 'parts of Luhansk').replace('in Kiev', 'in Kyiv'));
    const quick = (await client.codeActions(uri, client.rangeOf(uri, 'Kiev'))).find((a) => a.title === 'Fix all variant spellings in this file')!;
    expect(client.applyEdit(uri, quick.edit!)).toBe(fixed);
  });

  it('re-checks after an incremental edit', async () => {
    const range = client.rangeOf(uri, 'Kiev');
    client.change(uri, range, 'Kyiv');
    const diags = await client.waitForDiagnostics(uri, (d) => !d.some((x) => String(x.message).includes("'Kiev'")));
    expect(variantsOf(diags).map((d) => client.docs.get(uri)!.getText(d.range))).toEqual(['Lugansk']);
    client.change(uri, client.rangeOf(uri, 'Kyiv'), 'Kiev');
    await client.waitForDiagnostics(uri, (d) => variantsOf(d).length === 2);
  });

  it('a severity setting takes effect without a restart', async () => {
    client.settings = { checks: { claims: false, quotes: false }, severity: { variant: 'error', 'near-miss': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0 && d.every((x) => x.code === 'variant' && x.severity === 1));
    expect(diags).toHaveLength(2);
    client.settings = { checks: { claims: false, quotes: false } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'near-miss'));
  });

  it('accepting a spelling writes the workspace style and the finding goes', async () => {
    await client.executeCommand('corroborate.acceptSpelling', [uri, 'Lugansk']);
    const style = fs.readFileSync(path.join(ws, '.corroborate', 'style.yaml'), 'utf8');
    expect(style).toMatch(/accept:\s*\n\s*- Lugansk/);
    const diags = await client.waitForDiagnostics(uri, (d) => !d.some((x) => String(x.message).includes("'Lugansk'")));
    expect(variantsOf(diags).map((d) => client.docs.get(uri)!.getText(d.range))).toEqual(['Kiev']);
  });

  it('editing a corpus article changes the draft findings', async () => {
    // A new article spells the near-missed name the way the draft does: it becomes a corpus name.
    const article = path.join(ws, 'corpus', 'new-article.md');
    fs.writeFileSync(article, '---\nid: new-article\ntitle: A new report\noutlet: Test Wire\ndate: 2022-07-20\n---\nA new report\n\nDenis Pushilen, as this outlet spells him, spoke again on Monday.\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uriOf('corpus/new-article.md'), type: 1 }] });
    await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'near-miss'));
    fs.rmSync(article);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uriOf('corpus/new-article.md'), type: 3 }] });
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'near-miss'));
  });

  it('reports a broken corpus file on that file and keeps the rest', async () => {
    const broken = path.join(ws, 'corpus', 'broken.md');
    fs.writeFileSync(broken, '---\nid: broken\ntitle: [oops\n---\nText.\n');
    const brokenUri = client.uriOf('corpus/broken.md');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: brokenUri, type: 1 }] });
    const diags = await client.waitForDiagnostics(brokenUri, (d) => d.length > 0);
    expect(diags[0]!.message).toMatch(/not valid YAML.*skipped/);
    const hover = await client.hover(uri, client.positionOf(uri, 'Kiev'));
    expect((hover!.contents as { value: string }).value).toMatch(/of 5 articles/);
  });
});

describe('language server under bad input', () => {
  let ws: string;
  let client: TestLspClient;
  beforeAll(async () => {
    const evil = [
      '---',
      'id: evil',
      'title: "[click me](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>"',
      'outlet: "**Bold** [link](https://evil.example)"',
      '---',
      'Evil page',
      '',
      'Officials in Zaporizhzhia met [a link](command:workbench.action.openSettings) and <script>alert(1)</script> today.',
      '',
    ].join('\n');
    ws = makeWorkspace({ 'corpus/evil.md': evil, 'corpus/binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) });
    client = new TestLspClient({ workspace: ws, settings: { checks: { claims: false, quotes: false } } });
    await client.initialize();
  });
  afterAll(async () => {
    await client.shutdown();
    removeWorkspace(ws);
  });

  it('corpus text cannot put links, commands or HTML into a hover', async () => {
    const uri = client.open('d1.md', 'Officials in Zaporizhzhia spoke.\n');
    await client.waitForDiagnostics(uri);
    const hover = await client.hover(uri, client.positionOf(uri, 'Zaporizhzhia'));
    const text = (hover!.contents as { value: string }).value;
    const links = [...text.matchAll(/(?<!\\)\]\((?<target>[^)]*)\)/g)].map((m) => m.groups!.target!);
    expect(links.length).toBeGreaterThan(0);
    for (const target of links) expect(target).toMatch(/^file:\/\//);
    expect(text).not.toMatch(/(?<!\\)<(img|script)/);
    expect(text).not.toMatch(/(?<!\\)\*\*Bold/);
  });

  it('reports a binary corpus file and skips it', async () => {
    const diags = await client.waitForDiagnostics(client.uriOf('corpus/binary.md'), (d) => d.length > 0);
    expect(diags[0]!.message).toMatch(/binary/);
  });

  it('survives an unclosed front matter, NUL bytes and odd characters in a draft', async () => {
    const uri = client.open('odd.md', '---\ntitle: never closed\n\u0000\u0001 Kiev \uFFFF\uD800 [[[ ``` <!--\n');
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    expect(diags.some((d) => /never closed/.test(String(d.message)))).toBe(true);
  });

  it('checks a 100,000-line draft and stays responsive', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) lines.push(i % 25 === 0 ? `Talks in Kiev, part ${i}.` : i % 2 ? '' : `Line ${i} of a very long draft about the council budget.`);
    const uri = client.open('huge.md', lines.join('\n'));
    // A hover on another document is answered while the big one is checked.
    const small = client.open('small.md', 'Talks in Kiev.\n');
    const hover = await client.hover(small, client.positionOf(small, 'Kiev'));
    expect(hover).not.toBeNull();
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0, 120_000);
    expect(diags.length).toBe(2000 + 1); // capped at corroborate.maxFindings, plus a note saying so
    expect(diags.at(-1)!.message).toMatch(/Only the first 2000 findings/);
  });

  it('checks names but not claims in a draft too long for claim checks, and says so', async () => {
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const lines: string[] = [];
    for (let i = 0; i < 60_000; i++) lines.push(i % 4 === 0 ? `North Korea recognized the republics on Wednesday, report ${i}, and talks in Kiev went on.` : '');
    const uri = client.open('long.md', lines.join('\n'));
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0, 120_000);
    expect(diags[0]!.message).toMatch(/claims and quotations are checked in drafts up to/);
    expect(diags.some((d) => d.code === 'variant')).toBe(true);
    expect(diags.some((d) => String(d.code).startsWith('claim-'))).toBe(false);
    client.settings = { checks: { claims: false, quotes: false } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  });

  it('an edit storm ends in the same diagnostics as a fresh check', async () => {
    const base = 'Separatists hold parts of Lugansk.\n\nTalks in Kiev stalled.\n\n';
    const uri = client.open('storm.md', base);
    for (let i = 0; i < 300; i++) {
      const doc = client.docs.get(uri)!;
      const end = doc.positionAt(doc.getText().length);
      client.change(uri, { start: end, end }, i % 10 === 9 ? 'Donbass.\n\n' : 'x');
    }
    const finalText = client.docs.get(uri)!.getText();
    const stormed = await client.waitForDiagnostics(uri, (d) => d.length > 0, 30_000);
    const fresh = client.open('fresh.md', finalText);
    const expected = await client.waitForDiagnostics(fresh, (d) => d.length > 0, 30_000);
    const brief = (d: Diagnostic[]) => d.map((x) => `${x.range.start.line}:${x.range.start.character}:${x.code}:${x.message}`);
    expect(brief(stormed)).toEqual(brief(expected));
    expect(client.exited).toBe(false);
  });
});

describe('language server while indexing a larger corpus', () => {
  let ws: string;
  let client: TestLspClient;
  beforeAll(() => {
    const files: Record<string, string> = {};
    const sources = fs.readdirSync(path.join(__dirname, '..', '..', 'corpus'));
    for (let i = 0; i < 600; i++) {
      const source = fs.readFileSync(path.join(__dirname, '..', '..', 'corpus', sources[i % sources.length]!), 'utf8');
      files[`corpus/batch-${Math.floor(i / 100)}/copy-${i}.md`] = source.replace(/^id: .*$/m, `id: copy-${i}`);
    }
    ws = makeWorkspace(files, false);
    client = new TestLspClient({ workspace: ws, settings: { checks: { claims: false, quotes: false } } });
  });
  afterAll(async () => {
    await client.shutdown();
    removeWorkspace(ws);
  });

  it('answers requests at once while indexing, reports progress, then checks', async () => {
    await client.initialize();
    const uri = client.open('draft.md', 'Separatists hold Lugansk.\n');
    const asked = Date.now();
    const early = await client.hover(uri, client.positionOf(uri, 'Lugansk'));
    const answeredIn = Date.now() - asked;
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0, 60_000);
    const indexedIn = Date.now() - asked;
    expect(early).toBeNull();
    expect(answeredIn).toBeLessThan(indexedIn);
    expect(diags[0]!.code).toBe('variant');
    expect(client.progress[0]?.kind).toBe('begin');
    expect(client.progress.at(-1)?.kind).toBe('end');
    expect(client.progress.some((p) => p.kind === 'report' && (p.percentage ?? 0) > 0 && (p.percentage ?? 0) < 100)).toBe(true);
    const hover = await client.hover(uri, client.positionOf(uri, 'Lugansk'));
    expect((hover!.contents as { value: string }).value).toMatch(/Luhansk/);
  });
});
