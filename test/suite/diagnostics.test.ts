/**
 * Diagnostics in the editor: variant spellings and near-miss names are
 * flagged with source "corroborate" and a string code; names inside code are
 * not; drafts that use the preferred spellings get no spelling findings.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, openDraft, revertAndCloseAll, VARIANTS, withCode } from './helpers';
import { suite, suiteTeardown, test } from './tdd';

/** Line ranges and inline spans of code in a markdown document (fences, indented blocks, backticks). */
function codeRanges(doc: vscode.TextDocument): vscode.Range[] {
  const ranges: vscode.Range[] = [];
  let fence: { marker: string; start: number } | undefined;
  let previousBlank = true;
  for (let line = 0; line < doc.lineCount; line++) {
    const text = doc.lineAt(line).text;
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (fence) {
      if (opener && opener[1]!.startsWith(fence.marker)) {
        ranges.push(new vscode.Range(fence.start, 0, line, text.length));
        fence = undefined;
      }
    } else if (opener) {
      fence = { marker: opener[1]!, start: line };
    } else if (previousBlank && /^( {4}|\t)\S/.test(text)) {
      ranges.push(doc.lineAt(line).range);
    } else {
      for (const m of text.matchAll(/`[^`]+`/g)) ranges.push(new vscode.Range(line, m.index!, line, m.index! + m[0].length));
    }
    previousBlank = text.trim() === '' || (previousBlank && /^( {4}|\t)/.test(text));
  }
  return ranges;
}

suite('Corroborate: diagnostics', () => {
  suiteTeardown(revertAndCloseAll);

  test('variant spellings are flagged with the preferred spelling', async () => {
    const { doc, diagnostics } = await openDraft(
      'drafts/variants.md',
      (ds, d) => VARIANTS.every(([variant]) => withCode(ds, 'variant').some((x) => d.getText(x.range) === variant)),
      'a variant diagnostic on each of ' + VARIANTS.map(([v]) => v).join(', '),
    );
    for (const [variant, preferred] of VARIANTS) {
      const d = withCode(diagnostics, 'variant').find((x) => doc.getText(x.range) === variant);
      assert.ok(d, `no variant diagnostic covers '${variant}':\n${describeDiagnostics(diagnostics)}`);
      assert.equal(d.source, 'corroborate');
      assert.equal(typeof d.code === 'object' ? typeof d.code.value : typeof d.code, 'string', 'the code is a string');
      assert.ok(d.message.includes(`'${variant}' is a variant of '${preferred}'`), `message: ${d.message}`);
      assert.match(d.message, /house style/);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, `default severity of '${variant}'`);
    }
  });

  test('a near-miss of a corpus name suggests the name', async () => {
    const { doc, diagnostics } = await openDraft(
      'drafts/variants.md',
      (ds) => withCode(ds, 'near-miss').length > 0,
      'a near-miss diagnostic',
    );
    const d = withCode(diagnostics, 'near-miss').find((x) => doc.getText(x.range).includes('Pushilen'));
    assert.ok(d, `no near-miss diagnostic covers 'Pushilen':\n${describeDiagnostics(diagnostics)}`);
    assert.ok(d.message.includes("did you mean 'Denis Pushilin'?"), `message: ${d.message}`);
    assert.equal(d.source, 'corroborate');
  });

  test('nothing inside code blocks or inline code is flagged', async () => {
    // The last line is prose with one variant: once it is flagged, the check has run.
    const { doc, diagnostics } = await openDraft(
      'drafts/in-code.md',
      (ds, d) => withCode(ds, 'variant').some((x) => x.range.start.line === d.lineCount - 1 || x.range.start.line === d.lineCount - 2),
      'the variant on the prose line of drafts/in-code.md',
    );
    const code = codeRanges(doc);
    assert.ok(code.length >= 5, `the fixture should have code in it (found ${code.length} code ranges)`);
    for (const d of diagnostics) {
      const inside = code.find((r) => r.intersection(d.range) !== undefined);
      assert.equal(inside, undefined, `flagged inside code at ${d.range.start.line + 1}:${d.range.start.character + 1}: [${codeOf(d)}] ${d.message}`);
    }
    assert.equal(withCode(diagnostics, 'variant').length, 1, `only the prose 'Kiev' is a variant:\n${describeDiagnostics(diagnostics)}`);
    assert.equal(withCode(diagnostics, 'near-miss').length, 0, `no near-miss in code:\n${describeDiagnostics(diagnostics)}`);
  });

  test('preferred spellings are not flagged', async () => {
    const { doc, diagnostics } = await openDraft(
      'drafts/preferred.md',
      (ds, d) => withCode(ds, 'variant').some((x) => d.getText(x.range) === 'Kiev'),
      "the one deliberate variant ('Kiev') in drafts/preferred.md",
    );
    const spelling = diagnostics.filter((d) => ['variant', 'near-miss'].includes(codeOf(d)));
    assert.deepEqual(
      spelling.map((d) => doc.getText(d.range)),
      ['Kiev'],
      `only the deliberate 'Kiev' is a spelling finding:\n${describeDiagnostics(diagnostics)}`,
    );
  });
});
