/**
 * Settings take effect while the editor runs: corroborate.severity.<code>
 * changes the severity (or turns the finding off), corroborate.checks.variants
 * turns the check off, without reloading the window.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openDraft, revertAndCloseAll, setSetting, waitForDiagnostics, withCode } from './helpers';
import { suite, suiteTeardown, teardown, test } from './tdd';

suite('Corroborate: settings', () => {
  teardown(async () => {
    await setSetting('corroborate.severity.variant', undefined);
    await setSetting('corroborate.checks.variants', undefined);
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
});
