/**
 * The VS Code side of Corroborate: starts the language server, passes it the
 * settings and file changes, and adds two commands. Everything else happens in
 * the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const output = vscode.window.createOutputChannel('Corroborate', { log: true });
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'corroborate' },
    outputChannel: output,
    initializationOptions: { storagePath: context.globalStorageUri.fsPath },
  };
  client = new LanguageClient('corroborate', 'Corroborate', serverOptions, clientOptions);

  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('corroborate.fixAllVariants', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const doc = editor.document;
      const range = new vscode.Range(0, 0, doc.lineCount, 0);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, 'source.fixAll.corroborate');
      const edit = actions?.find((a) => a.edit)?.edit;
      if (edit) await vscode.workspace.applyEdit(edit);
      else void vscode.window.showInformationMessage('Corroborate: no variant spellings to fix in this file.');
    }),
    vscode.commands.registerCommand('corroborate.showOutput', () => output.show(true)),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
