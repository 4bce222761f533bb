/**
 * Helpers for the extension-host suite: open a draft of the fixture workspace,
 * wait for Corroborate's diagnostics, ask VS Code for hovers and code actions
 * the way the editor does, and undo what a test changed.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const SOURCE = 'corroborate';

/** Variant spellings in drafts/variants.md and the spelling house style prefers. */
export const VARIANTS: [variant: string, preferred: string][] = [
  ['Lugansk', 'Luhansk'],
  ['Kiev', 'Kyiv'],
  ['Oleg Nikolenko', 'Oleh Nikolenko'],
  ['Kim Jong-Un', 'Kim Jong Un'],
  ['Donbass', 'Donbas'],
];

const DEFAULT_TIMEOUT_MS = Number(process.env.CORROBORATE_DIAGNOSTICS_TIMEOUT_MS) || 30_000;

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs the fixture workspace open as a folder (test/fixtures/workspace)');
  return folder;
}

/** A file of the fixture workspace, e.g. uri('drafts/variants.md'). */
export function uri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...relative.split('/'));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns something other than undefined; fails with `what` after timeoutMs. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    }
    await sleep(100);
  }
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** Corroborate's diagnostics on a document right now. */
export function corroborateDiagnostics(target: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(target).filter((d) => d.source === SOURCE);
}

/**
 * Waits until Corroborate's diagnostics on `target` satisfy `accept` (default:
 * there is at least one) and returns them. Listens to onDidChangeDiagnostics
 * and also polls, so a set published before the call is seen too.
 */
export async function waitForDiagnostics(
  target: vscode.Uri,
  accept: (ds: vscode.Diagnostic[]) => boolean = (ds) => ds.length > 0,
  what = `diagnostics from "${SOURCE}" on ${vscode.workspace.asRelativePath(target)}`,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  const check = (): vscode.Diagnostic[] | undefined => {
    const ds = corroborateDiagnostics(target);
    return accept(ds) ? ds : undefined;
  };
  const now = check();
  if (now) return now;
  return new Promise<vscode.Diagnostic[]>((resolve, reject) => {
    let done = false;
    const finish = (ds: vscode.Diagnostic[] | undefined, err?: Error): void => {
      if (done) return;
      done = true;
      listener.dispose();
      clearInterval(poll);
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(ds!);
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === target.toString())) return;
      const ds = check();
      if (ds) finish(ds);
    });
    const poll = setInterval(() => {
      const ds = check();
      if (ds) finish(ds);
    }, 250);
    const timer = setTimeout(() => {
      const seen = corroborateDiagnostics(target)
        .map((d) => `  ${d.range.start.line + 1}:${d.range.start.character + 1} [${codeOf(d)}] ${d.message}`)
        .join('\n');
      finish(undefined, new Error(`timed out after ${timeoutMs} ms waiting for ${what}; diagnostics now:\n${seen || '  (none)'}`));
    }, timeoutMs);
  });
}

/**
 * Opens a draft in an editor and waits for Corroborate's diagnostics on it: the
 * first ones, or until `accept(diagnostics, doc)` holds.
 */
export async function openDraft(
  relative: string,
  accept?: (ds: vscode.Diagnostic[], doc: vscode.TextDocument) => boolean,
  what?: string,
): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  const doc = await vscode.workspace.openTextDocument(uri(relative));
  assert.equal(doc.languageId, 'markdown', `${relative} should open as markdown`);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const diagnostics = await waitForDiagnostics(doc.uri, accept ? (ds) => accept(ds, doc) : undefined, what);
  return { doc, editor, diagnostics };
}

/** The diagnostics with a given code. */
export function withCode(ds: vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
  return ds.filter((d) => codeOf(d) === code);
}

/** The diagnostic of `code` whose range covers exactly `text` (first match). */
export function diagnosticFor(doc: vscode.TextDocument, ds: vscode.Diagnostic[], code: string, text: string): vscode.Diagnostic | undefined {
  return ds.find((d) => codeOf(d) === code && doc.getText(d.range).includes(text));
}

/** Position of the n-th occurrence of `text` in the document (plus `offset` characters into it). */
export function positionOf(doc: vscode.TextDocument, text: string, occurrence = 0, offset = 0): vscode.Position {
  const all = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = all.indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (occurrence ${occurrence}) is not in ${vscode.workspace.asRelativePath(doc.uri)}`);
  }
  return doc.positionAt(at + offset);
}

export function rangeOf(doc: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
  const start = positionOf(doc, text, occurrence);
  return new vscode.Range(start, start.translate(0, text.length));
}

/** The hover text VS Code would show at `position` (all providers, markdown joined). */
export async function hoverText(target: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', target, position)) ?? [];
  const parts: string[] = [];
  for (const h of hovers) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else if (c instanceof vscode.MarkdownString) parts.push(c.value);
      else if (c && typeof c === 'object' && 'value' in c) parts.push(String((c as { value: unknown }).value));
    }
  }
  return parts.join('\n\n');
}

/** Code actions at a range, as the lightbulb (or `only` kind) would ask for them. */
export async function codeActions(target: vscode.Uri, range: vscode.Range, only?: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      target,
      range,
      only?.value,
    )) ?? [];
  return actions.filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/**
 * Waits until the code actions at `range` include one that `pick` accepts (a
 * server may answer with none while it is still indexing) and returns it.
 */
export async function waitForCodeAction(
  target: vscode.Uri,
  range: vscode.Range,
  only: vscode.CodeActionKind | undefined,
  pick: (a: vscode.CodeAction) => boolean,
  what: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<vscode.CodeAction> {
  let seen: vscode.CodeAction[] = [];
  try {
    return await waitFor(what, async () => {
      seen = await codeActions(target, range, only);
      return seen.find(pick);
    }, timeoutMs);
  } catch (err) {
    const titles = seen.map((a) => `  ${a.title} (${a.kind?.value ?? 'no kind'})`).join('\n') || '  (none)';
    throw new Error(`${(err as Error).message}; code actions offered:\n${titles}`);
  }
}

/** Applies a code action as the editor does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) {
    const ok = await vscode.workspace.applyEdit(action.edit);
    assert.ok(ok, `workspace.applyEdit refused the edit of "${action.title}"`);
  }
  if (action.command) {
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }
}

/** Waits until the document's text satisfies `accept`. */
export async function waitForText(doc: vscode.TextDocument, accept: (text: string) => boolean, what: string, timeoutMs = 10_000): Promise<string> {
  return waitFor(what, () => (accept(doc.getText()) ? doc.getText() : undefined), timeoutMs);
}

/** Throws away unsaved changes in every open editor and closes them all. */
export async function revertAndCloseAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty || doc.isUntitled) continue;
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a workspace setting (undefined removes it) and waits until VS Code reports the new value. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  const dot = key.indexOf('.');
  const section = key.slice(0, dot);
  const name = key.slice(dot + 1);
  await vscode.workspace.getConfiguration(section).update(name, value, vscode.ConfigurationTarget.Workspace);
  await waitFor(`setting ${key} to read ${JSON.stringify(value)}`, () => {
    const inspected = vscode.workspace.getConfiguration(section).inspect(name);
    return JSON.stringify(inspected?.workspaceValue) === JSON.stringify(value) ? true : undefined;
  }, 10_000);
}

export async function readText(target: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
}

export async function writeText(target: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
}

export function describeDiagnostics(ds: vscode.Diagnostic[]): string {
  return ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} [${codeOf(d)}] ${d.message}`).join('\n') || '(none)';
}
