/**
 * The corpus is live: editing an article on disk changes the findings of an
 * open draft. drafts/corpus-edit.md misspells 'Denis Pushilin' as 'Denis
 * Pushilen'; once the articles spell him that way too, the near-miss goes.
 */
import * as vscode from 'vscode';
import { openDraft, readText, revertAndCloseAll, uri, waitForDiagnostics, withCode, writeText } from './helpers';
import { suite, suiteTeardown, test } from './tdd';

suite('Corroborate: corpus edits', () => {
  const originals = new Map<string, string>();

  suiteTeardown(async () => {
    for (const [u, text] of originals) await writeText(vscode.Uri.parse(u), text);
    await revertAndCloseAll();
  });

  test("editing a corpus article changes the draft's findings", async () => {
    const { doc } = await openDraft('drafts/corpus-edit.md', (ds) => withCode(ds, 'near-miss').length > 0, "the near-miss on 'Pushilen'");

    const dir = uri('corpus');
    for (const [name] of await vscode.workspace.fs.readDirectory(dir)) {
      const file = vscode.Uri.joinPath(dir, name);
      const text = await readText(file);
      if (!text.includes('Pushilin')) continue;
      originals.set(file.toString(), text);
      await writeText(file, text.split('Pushilin').join('Pushilen'));
    }
    await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'near-miss').length === 0, 'the near-miss to go once the corpus spells the name that way');

    for (const [u, text] of originals) await writeText(vscode.Uri.parse(u), text);
    originals.clear();
    await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'near-miss').length > 0, 'the near-miss to come back with the original articles');
  });
});
