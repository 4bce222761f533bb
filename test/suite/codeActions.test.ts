/**
 * Code actions, through vscode.executeCodeActionProvider and workspace.applyEdit
 * as the lightbulb applies them: a quick fix per finding, "Fix all variant
 * spellings in this file", and source.fixAll.corroborate.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  applyCodeAction,
  diagnosticFor,
  describeDiagnostics,
  openDraft,
  revertAndCloseAll,
  waitForDiagnostics,
  waitForText,
  VARIANTS,
  waitForCodeAction,
  withCode,
} from './helpers';
import { setup, suite, suiteTeardown, teardown, test } from './tdd';

const FIX_ALL_TITLE = 'Fix all variant spellings in this file';
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('corroborate');

function allFixed(text: string): string {
  let out = text;
  for (const [variant, preferred] of VARIANTS) out = out.split(variant).join(preferred);
  return out;
}

suite('Corroborate: code actions', () => {
  setup(revertAndCloseAll);
  teardown(revertAndCloseAll);
  suiteTeardown(revertAndCloseAll);

  test('the quick fix of a variant replaces it with the preferred spelling', async () => {
    const { doc, diagnostics } = await openDraft('drafts/variants.md', (ds, d) => !!diagnosticFor(d, ds, 'variant', 'Lugansk'));
    const d = diagnosticFor(doc, diagnostics, 'variant', 'Lugansk')!;
    const fix = await waitForCodeAction(doc.uri, d.range, vscode.CodeActionKind.QuickFix, (a) => a.title.includes('Luhansk') && !!a.edit, "a quick fix with 'Luhansk' in its title");
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind is ${fix.kind?.value}`);
    const before = doc.getText();
    await applyCodeAction(fix);
    const after = await waitForText(doc, (t) => t !== before, 'the quick fix to change the text');
    assert.equal(after, before.replace('Donetsk and Lugansk', 'Donetsk and Luhansk'));
    await waitForDiagnostics(doc.uri, (ds) => !diagnosticFor(doc, ds, 'variant', 'Lugansk'), "the 'Lugansk' finding to go away");
  });

  test('the quick fix of a near-miss puts in the corpus name', async () => {
    const { doc, diagnostics } = await openDraft('drafts/variants.md', (ds, d) => !!diagnosticFor(d, ds, 'near-miss', 'Pushilen'));
    const d = diagnosticFor(doc, diagnostics, 'near-miss', 'Pushilen')!;
    const fix = await waitForCodeAction(doc.uri, d.range, vscode.CodeActionKind.QuickFix, (a) => a.title.includes('Pushilin') && !!a.edit, "a quick fix with 'Pushilin' in its title");
    const before = doc.getText();
    await applyCodeAction(fix);
    const after = await waitForText(doc, (t) => t !== before, 'the quick fix to change the text');
    assert.equal(after, before.replace('Denis Pushilen', 'Denis Pushilin'));
    await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'near-miss').length === 0, 'the near-miss to go away');
  });

  test('"Fix all variant spellings in this file" fixes every variant', async () => {
    const { doc, diagnostics } = await openDraft('drafts/fix-all.md', (ds) => withCode(ds, 'variant').length >= 6);
    const first = withCode(diagnostics, 'variant')[0]!;
    const fixAll = await waitForCodeAction(doc.uri, first.range, vscode.CodeActionKind.QuickFix, (a) => a.title === FIX_ALL_TITLE, `a "${FIX_ALL_TITLE}" quick fix`);
    assert.ok(fixAll.kind && vscode.CodeActionKind.QuickFix.contains(fixAll.kind), `kind is ${fixAll.kind?.value}`);
    const before = doc.getText();
    await applyCodeAction(fixAll);
    await waitForText(doc, (t) => t === allFixed(before), 'every variant to be replaced');
    const left = await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'variant').length === 0, 'no variant findings left');
    assert.equal(withCode(left, 'variant').length, 0, describeDiagnostics(left));
  });

  test('source.fixAll.corroborate fixes every variant', async () => {
    const { doc } = await openDraft('drafts/fix-all.md', (ds) => withCode(ds, 'variant').length >= 6);
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const fixAll = await waitForCodeAction(doc.uri, whole, FIX_ALL_KIND, (a) => a.kind?.value === FIX_ALL_KIND.value, `a ${FIX_ALL_KIND.value} action`);
    assert.ok(fixAll.edit, 'the fix-all action carries its edit');
    const before = doc.getText();
    await applyCodeAction(fixAll);
    await waitForText(doc, (t) => t === allFixed(before), 'every variant to be replaced');
    await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'variant').length === 0, 'no variant findings left');
  });
});
