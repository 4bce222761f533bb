/**
 * A small LSP client for tests: starts the bundled server (dist/server.js)
 * over stdio, answers the requests a server makes of its client, and
 * collects published diagnostics.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  CodeAction,
  CodeLens,
  Diagnostic,
  Hover,
  InitializeResult,
  Position,
  PublishDiagnosticsParams,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';

export const SERVER = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

export interface ClientOptions {
  workspace: string;
  settings?: Record<string, unknown>;
  /** The bundled server to start (default: dist/server.js of this repository). */
  serverPath?: string;
  initializationOptions?: Record<string, unknown>;
}

export class TestLspClient {
  readonly connection: MessageConnection;
  private readonly process: ChildProcess;
  private diagnostics = new Map<string, PublishDiagnosticsParams>();
  private waiters: { uri: string; test: (d: PublishDiagnosticsParams) => boolean; resolve: (d: PublishDiagnosticsParams) => void }[] = [];
  readonly docs = new Map<string, TextDocument>();
  settings: Record<string, unknown>;
  stderr = '';
  exited = false;
  /** Work-done progress reported by the server, in order. */
  readonly progress: { kind: string; percentage?: number; message?: string }[] = [];

  constructor(private readonly options: ClientOptions) {
    this.settings = options.settings ?? {};
    this.process = spawn(process.execPath, [options.serverPath ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.process.on('exit', (code) => {
      this.exited = true;
      if (code) for (const w of this.waiters) w.resolve({ uri: w.uri, diagnostics: [] });
    });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'corroborate' ? this.settings : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('$/progress', (p: { value: { kind: string; percentage?: number; message?: string } }) => void this.progress.push(p.value));
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri === p.uri && w.test(p)) {
          w.resolve(p);
          return false;
        }
        return true;
      });
    });
    this.connection.listen();
  }

  async initialize(): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: URI.file(this.options.workspace).toString(),
      workspaceFolders: [{ uri: URI.file(this.options.workspace).toString(), name: 'ws' }],
      ...(this.options.initializationOptions ? { initializationOptions: this.options.initializationOptions } : {}),
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true }, workspaceEdit: { documentChanges: true } },
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { relatedInformation: true }, hover: { contentFormat: ['markdown'] } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  uriOf(file: string): string {
    return URI.file(path.resolve(this.options.workspace, file)).toString();
  }

  open(file: string, text: string, version = 1): string {
    const uri = this.uriOf(file);
    this.docs.set(uri, TextDocument.create(uri, 'markdown', version, text));
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    return uri;
  }

  /** Sends an incremental change replacing `range` with `text`. */
  change(uri: string, range: Range, text: string): void {
    const doc = this.docs.get(uri)!;
    const next = TextDocument.update(doc, [{ range, text }], doc.version + 1);
    this.docs.set(uri, next);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ range, text }] });
  }

  /** Waits for diagnostics of `uri` that satisfy `test` (those already received count). */
  waitForDiagnostics(uri: string, test: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 20000): Promise<Diagnostic[]> {
    const wanted = (p: PublishDiagnosticsParams): boolean => {
      const doc = this.docs.get(uri);
      return (p.version === undefined || doc === undefined || p.version === doc.version) && test(p.diagnostics);
    };
    const have = this.diagnostics.get(uri);
    if (have && wanted(have)) return Promise.resolve(have.diagnostics);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri)?.diagnostics.map((d) => d.message))}\n${this.stderr}`)), timeoutMs);
      this.waiters.push({ uri, test: wanted, resolve: (p) => (clearTimeout(timer), resolve(p.diagnostics)) });
    });
  }

  lastDiagnostics(uri: string): Diagnostic[] | undefined {
    return this.diagnostics.get(uri)?.diagnostics;
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[] = [], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }

  codeLenses(uri: string): Promise<CodeLens[] | null> {
    return this.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest('workspace/executeCommand', { command, arguments: args });
  }

  /** Applies a workspace edit's changes to an open document; returns the new text. */
  applyEdit(uri: string, edit: WorkspaceEdit): string {
    const edits: TextEdit[] = edit.changes?.[uri] ?? [];
    const doc = this.docs.get(uri)!;
    return TextDocument.applyEdits(doc, edits);
  }

  positionOf(uri: string, needle: string, occurrence = 0): Position {
    const doc = this.docs.get(uri)!;
    const text = doc.getText();
    let at = -1;
    for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' not in document`);
    return doc.positionAt(at);
  }

  rangeOf(uri: string, needle: string, occurrence = 0): Range {
    const start = this.positionOf(uri, needle, occurrence);
    return { start, end: { line: start.line, character: start.character + needle.length } };
  }

  async shutdown(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await this.connection.sendNotification('exit');
      } catch {
        // already gone
      }
    }
    this.connection.dispose();
    this.process.kill();
  }
}
