/**
 * "Accept spelling …" writes the spelling into the workspace house style file
 * (corroborate.style.file, default .corroborate/style.yaml) and the finding goes.
 * It runs last: the suite's other files expect the default style.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyCodeAction, diagnosticFor, openDraft, readText, revertAndCloseAll, uri, waitFor, waitForCodeAction, waitForDiagnostics } from './helpers';
import { suite, suiteTeardown, test } from './tdd';

function styleFile(): vscode.Uri {
  const configured = vscode.workspace.getConfiguration('corroborate').get<string>('style.file') || '.corroborate/style.yaml';
  return configured.startsWith('/') ? vscode.Uri.file(configured) : uri(configured);
}

async function exists(target: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(target);
    return true;
  } catch {
    return false;
  }
}

suite('Corroborate: house style file', () => {
  let hadStyleFile = false;
  let original = '';

  suiteTeardown(async () => {
    const file = styleFile();
    if (hadStyleFile) await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(original));
    else if (await exists(file)) await vscode.workspace.fs.delete(file);
    await revertAndCloseAll();
  });

  test('"Accept spelling" adds the spelling to the workspace style file', async () => {
    const file = styleFile();
    hadStyleFile = await exists(file);
    if (hadStyleFile) original = await readText(file);

    const { doc, diagnostics } = await openDraft('drafts/variants.md', (ds, d) => !!diagnosticFor(d, ds, 'variant', 'Kiev'));
    const d = diagnosticFor(doc, diagnostics, 'variant', 'Kiev')!;
    const accept = await waitForCodeAction(
      doc.uri,
      d.range,
      vscode.CodeActionKind.QuickFix,
      (a) => a.title.startsWith('Accept spelling') && a.title.includes('Kiev'),
      "an \"Accept spelling 'Kiev'\" action",
    );
    await applyCodeAction(accept);

    const text = await waitFor(`${vscode.workspace.asRelativePath(file)} to name 'Kiev'`, async () => {
      if (!(await exists(file))) return undefined;
      const t = await readText(file);
      return t.includes('Kiev') ? t : undefined;
    });
    assert.ok(text.length > 0);
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0 && !diagnosticFor(doc, ds, 'variant', 'Kiev'), "the 'Kiev' finding to go");
    assert.equal(doc.isDirty, false, 'accepting a spelling does not edit the draft');
  });
});
