/**
 * Settings take effect while the editor runs: corroborate.severity.<code>
 * changes the severity (or turns the finding off), corroborate.checks.variants
 * turns the check off, and corroborate.style.rules / corroborate.style.prefer
 * change the house style, without reloading the window.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { VARIANTS, openDraft, revertAndCloseAll, setSetting, waitForDiagnostics, withCode } from './helpers';
import { suite, suiteTeardown, teardown, test } from './tdd';

suite('Corroborate: settings', () => {
  teardown(async () => {
    await setSetting('corroborate.severity.variant', undefined);
    await setSetting('corroborate.checks.variants', undefined);
    await setSetting('corroborate.style.rules', undefined);
    await setSetting('corroborate.style.prefer', undefined);
  });
  suiteTeardown(revertAndCloseAll);

  test('corroborate.severity.variant changes severity without a restart', async () => {
    const { doc } = await openDraft('drafts/variants.md', (ds) => withCode(ds, 'variant').length >= 5 && withCode(ds, 'near-miss').length > 0);
    const allVariants = (severity: vscode.DiagnosticSeverity) => (ds: vscode.Diagnostic[]) =>
      withCode(ds, 'variant').length >= 5 && withCode(ds, 'variant').every((d) => d.severity === severity);

    await setSetting('corroborate.severity.variant', 'error');
    await waitForDiagnostics(doc.uri, allVariants(vscode.DiagnosticSeverity.Error), 'variant findings as errors');

    await setSetting('corroborate.severity.variant', 'information');
    await waitForDiagnostics(doc.uri, allVariants(vscode.DiagnosticSeverity.Information), 'variant findings as information');

    await setSetting('corroborate.severity.variant', 'off');
    const off = await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'variant').length === 0 && ds.length > 0, 'variant findings turned off');
    assert.ok(withCode(off, 'near-miss').length > 0, 'the near-miss stays when only variants are off');

    await setSetting('corroborate.severity.variant', undefined);
    await waitForDiagnostics(doc.uri, allVariants(vscode.DiagnosticSeverity.Warning), 'variant findings back as warnings');
  });

  test('corroborate.checks.variants=false turns the variant check off', async () => {
    const { doc } = await openDraft('drafts/variants.md', (ds) => withCode(ds, 'variant').length >= 5);
    await setSetting('corroborate.checks.variants', false);
    await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'variant').length === 0 && ds.length > 0, 'no variant findings');
    await setSetting('corroborate.checks.variants', undefined);
    await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'variant').length >= 5, 'variant findings back');
  });

  test('a house-style rule switched off, or a preferred spelling set, in settings takes effect without a restart', async () => {
    const { doc } = await openDraft('drafts/variants.md', (ds) => withCode(ds, 'variant').length >= 5);
    const text = (d: vscode.Diagnostic) => doc.getText(d.range);
    const on = (ds: vscode.Diagnostic[], surface: string) => withCode(ds, 'variant').find((d) => text(d) === surface);
    // The spaced, hyphen-free form of a Korean name comes from the shipped rule for North Korean names.
    const [korean, spaced] = VARIANTS.find(([, preferred]) => !preferred.includes('-') && preferred.split(' ').length === 3)!;
    const before = on(vscode.languages.getDiagnostics(doc.uri), korean);
    assert.ok(before && before.message.includes(`'${spaced}'`), `the rule's spelling before the change: ${before?.message}`);

    await setSetting('corroborate.style.rules', { 'north-korean-names': false });
    const ruleOff = await waitForDiagnostics(doc.uri, (ds) => !on(ds, korean)?.message.includes(`'${spaced}'`) && withCode(ds, 'variant').length >= 3, `'${korean}' no longer measured against '${spaced}'`);
    assert.ok(!on(ruleOff, korean)?.message.includes('North Korean names'), 'the switched-off rule is not cited');

    const [variant, preferred] = VARIANTS[0]!;
    await setSetting('corroborate.style.prefer', { [preferred]: variant });
    await waitForDiagnostics(doc.uri, (ds) => on(ds, variant) === undefined && withCode(ds, 'variant').length >= 2, `'${variant}' preferred, so not flagged`);

    await setSetting('corroborate.style.rules', undefined);
    await setSetting('corroborate.style.prefer', undefined);
    await waitForDiagnostics(doc.uri, (ds) => !!on(ds, korean)?.message.includes(`'${spaced}'`) && !!on(ds, variant), 'the default house style back');
  });
});
