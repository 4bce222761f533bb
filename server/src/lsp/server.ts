/**
 * The Corroborate language server: the only module that speaks LSP. It keeps
 * documents and settings, schedules analysis (debounced, cancelled when a
 * newer edit arrives), and turns analysis results into diagnostics, hovers,
 * code actions and code lenses through the feature modules.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { AnalysisCancelled, type DraftAnalysis } from '../core/analysis/draftAnalyzer';
import { withAcceptedSpelling } from '../core/style/houseStyle';
import { bundledCorpusPath } from '../io/resources';
import { CorroborateSession } from '../session/session';
import { ACCEPT_SPELLING_COMMAND, codeActions, FIX_ALL_KIND } from './features/codeActions';
import { toDiagnostic, toProblemDiagnostic } from './features/diagnostics';
import { codeLenses } from './features/codeLens';
import { hoverAt } from './features/hover';
import { analysisSettings, DEFAULT_CORROBORATE_SETTINGS, readSettings, type CorroborateSettings } from './settings';

export const REBUILD_INDEX_COMMAND = 'corroborate.rebuildIndex';

interface DocumentState {
  version: number;
  analysis?: DraftAnalysis;
  analyzedVersion?: number;
  timer?: NodeJS.Timeout;
  cancel?: { isCancellationRequested: boolean };
  running?: Promise<void>;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocumentState>();
  let settings: CorroborateSettings = DEFAULT_CORROBORATE_SETTINGS;
  let workspaceFolders: string[] = [];
  let session: CorroborateSession | undefined;
  let ready: Promise<void> = Promise.resolve();
  /** True while the corpus is being indexed: requests are answered at once (empty) rather than waiting. */
  let loading = false;
  let hasConfigurationCapability = false;
  let hasWatchedFilesRegistration = false;
  let storagePath: string | undefined;
  let watcherRegistration: { dispose(): void } | undefined;
  const problemUris = new Set<string>();

  const log = (message: string): void => connection.console.log(message);

  const guard = <A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R | Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await fn(...args);
      } catch (err) {
        connection.console.error(`${name} failed: ${(err as Error).stack ?? String(err)}`);
        return fallback;
      }
    };

  const stylePath = (): string | undefined => {
    const file = settings.style.file;
    if (path.isAbsolute(file)) return file;
    return workspaceFolders[0] ? path.join(workspaceFolders[0], file) : undefined;
  };

  const corpusFolders = (): string[] => {
    const folders: string[] = [];
    for (const p of settings.corpus.paths) {
      if (path.isAbsolute(p)) folders.push(p);
      else for (const root of workspaceFolders) folders.push(path.join(root, p));
    }
    const existing = folders.filter((f) => fs.existsSync(f));
    const bundled = bundledCorpusPath();
    if (bundled && (settings.corpus.useBundled === 'always' || (settings.corpus.useBundled === 'auto' && existing.length === 0))) existing.push(bundled);
    return [...new Set(existing)];
  };

  const isDraft = (doc: TextDocument): boolean => {
    if (doc.languageId !== 'markdown') return false;
    const uri = URI.parse(doc.uri);
    return !(uri.scheme === 'file' && session?.isCorpusFile(uri.fsPath));
  };

  async function fetchSettings(): Promise<void> {
    if (!hasConfigurationCapability) return;
    const raw: unknown = await connection.workspace.getConfiguration({ section: 'corroborate' });
    settings = readSettings(raw);
  }

  function publishCorpusProblems(): void {
    if (!session) return;
    const now = new Set<string>();
    for (const [file, problems] of session.corpusProblems) {
      const uri = URI.file(file).toString();
      now.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics: problems.map((p) => toProblemDiagnostic(p.line, p.message, p.severity)) });
    }
    const style = stylePath();
    if (style) {
      const uri = URI.file(style).toString();
      const problems = session.styleProblems.filter((p) => p.origin === style);
      if (problems.length) {
        now.add(uri);
        void connection.sendDiagnostics({ uri, diagnostics: problems.map((p) => toProblemDiagnostic(p.line, p.message, 'warning')) });
      }
    }
    for (const uri of problemUris) if (!now.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    problemUris.clear();
    for (const uri of now) problemUris.add(uri);
  }

  async function registerWatchers(): Promise<void> {
    if (!hasWatchedFilesRegistration) return;
    watcherRegistration?.dispose();
    const watchers = corpusFolders().map((folder) => ({ globPattern: { baseUri: URI.file(folder).toString(), pattern: '**/*.{md,markdown,txt}' } }));
    const style = stylePath();
    if (style) watchers.push({ globPattern: { baseUri: URI.file(path.dirname(style)).toString(), pattern: path.basename(style) } });
    watcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
  }

  /** (Re)builds the session: style, corpus, watchers; reports progress. */
  async function loadEverything(): Promise<void> {
    loading = true;
    try {
      await loadCorpusAndStyle();
    } finally {
      loading = false;
    }
  }

  async function loadCorpusAndStyle(): Promise<void> {
    const folders = corpusFolders();
    const style = stylePath();
    session = new CorroborateSession({ ...(style ? { styleFile: style } : {}), ...(storagePath ? { cacheDir: storagePath } : {}), styleSettings: settings.style, log });
    let progress: WorkDoneProgressReporter | undefined;
    try {
      progress = await connection.window.createWorkDoneProgress();
      progress.begin('Corroborate: indexing corpus', 0, folders.join(', '), false);
    } catch {
      progress = undefined;
    }
    let lastPercent = -1;
    const report = await session.loadCorpus(
      folders,
      (p) => {
        const percent = Math.floor((100 * p.done) / Math.max(p.total, 1));
        if (percent !== lastPercent) {
          lastPercent = percent;
          progress?.report(percent, `${p.done}/${p.total} articles`);
        }
      },
      15,
    );
    progress?.done();
    log(`Indexed ${report.articles} articles (${report.sentences} sentences; ${report.fromCache} from the saved index, ${report.analyzed} analyzed) from ${folders.join(', ') || 'no folder'} in ${report.milliseconds} ms; skipped ${report.skipped.length}.`);
    publishCorpusProblems();
    await registerWatchers().catch((err: unknown) => log(`File watching unavailable: ${String(err)}`));
  }

  function reload(): void {
    loading = true;
    ready = ready.then(guard('load', undefined, loadEverything)).then(() => {
      for (const doc of documents.all()) schedule(doc, 0);
    });
  }

  function state(uri: string): DocumentState {
    let s = states.get(uri);
    if (!s) {
      s = { version: -1 };
      states.set(uri, s);
    }
    return s;
  }

  function schedule(doc: TextDocument, delay = settings.debounce): void {
    if (!isDraft(doc)) return;
    const s = state(doc.uri);
    s.version = doc.version;
    if (s.cancel) s.cancel.isCancellationRequested = true;
    if (s.timer) clearTimeout(s.timer);
    s.timer = setTimeout(() => {
      s.timer = undefined;
      void run(doc.uri);
    }, delay);
  }

  async function run(uri: string): Promise<void> {
    await ready;
    const doc = documents.get(uri);
    if (!doc || !session) return;
    const s = state(uri);
    const token = { isCancellationRequested: false };
    s.cancel = token;
    const version = doc.version;
    try {
      const analysis = await session.analyzer.analyzeAsync(doc.getText(), analysisSettings(settings), token);
      if (token.isCancellationRequested || documents.get(uri)?.version !== version) return;
      s.analysis = analysis;
      s.analyzedVersion = version;
      const diagnostics = analysis.findings.map((f) => toDiagnostic(f, doc));
      if (analysis.truncated) diagnostics.push(toProblemDiagnostic(0, `Only the first ${settings.maxFindings} findings are shown (setting corroborate.maxFindings).`, 'warning'));
      await connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (err) {
      if (err instanceof AnalysisCancelled) return;
      connection.console.error(`Checking ${uri} failed: ${(err as Error).stack ?? String(err)}`);
    }
  }

  /** The analysis of the document as it is now (analyzing it if needed). */
  async function currentAnalysis(uri: string): Promise<{ doc: TextDocument; analysis: DraftAnalysis } | undefined> {
    if (loading) return undefined;
    await ready;
    const doc = documents.get(uri);
    if (!doc || !session || !isDraft(doc)) return undefined;
    const s = state(uri);
    if (s.analysis && s.analyzedVersion === doc.version) return { doc, analysis: s.analysis };
    const analysis = session.analyzer.analyze(doc.getText(), analysisSettings(settings));
    s.analysis = analysis;
    s.analyzedVersion = doc.version;
    return { doc, analysis };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    hasConfigurationCapability = caps.workspace?.configuration === true;
    hasWatchedFilesRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => URI.parse(f.uri).fsPath);
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [URI.parse(params.rootUri).fsPath];
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; storagePath?: unknown };
    if (init.settings) settings = readSettings(init.settings);
    if (typeof init.storagePath === 'string' && init.storagePath) storagePath = init.storagePath;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        executeCommandProvider: { commands: [ACCEPT_SPELLING_COMMAND, REBUILD_INDEX_COMMAND] },
      },
      serverInfo: { name: 'corroborate' },
    };
  });

  connection.onInitialized(() => {
    loading = true;
    ready = (async () => {
      await fetchSettings().catch((err: unknown) => log(`Reading settings failed: ${String(err)}`));
      await guard('load', undefined, loadEverything)();
    })();
    void ready.then(() => {
      for (const doc of documents.all()) schedule(doc, 0);
    });
  });

  connection.onDidChangeConfiguration(
    guard('configuration', undefined, async (change) => {
      const previous = settings;
      if (hasConfigurationCapability) await fetchSettings();
      else settings = readSettings((change.settings as { corroborate?: unknown } | undefined)?.corroborate);
      const reloadNeeded =
        JSON.stringify(previous.corpus) !== JSON.stringify(settings.corpus) || previous.style.file !== settings.style.file;
      if (reloadNeeded) reload();
      else {
        await ready;
        if (JSON.stringify(previous.style) !== JSON.stringify(settings.style)) {
          const style = stylePath();
          session?.reloadStyle({ ...(style ? { styleFile: style } : {}), styleSettings: settings.style });
          publishCorpusProblems();
        }
        for (const doc of documents.all()) schedule(doc, 0);
      }
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('file change', undefined, async (params) => {
      await ready;
      if (!session) return;
      let changed = false;
      const style = stylePath();
      for (const change of params.changes) {
        const file = URI.parse(change.uri).fsPath;
        if (style && path.resolve(file) === path.resolve(style)) {
          session.reloadStyle();
          changed = true;
          continue;
        }
        if (!session.isCorpusFile(file)) continue;
        if (change.type === FileChangeType.Deleted) session.removeFile(file);
        else session.indexFile(file);
        changed = true;
      }
      if (changed) {
        publishCorpusProblems();
        for (const doc of documents.all()) schedule(doc, 0);
      }
    }),
  );

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    const s = states.get(e.document.uri);
    if (s?.cancel) s.cancel.isCancellationRequested = true;
    if (s?.timer) clearTimeout(s.timer);
    states.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(
    guard('hover', null, async (params) => {
      const current = await currentAnalysis(params.textDocument.uri);
      if (!current || !session) return null;
      return hoverAt(current.analysis, current.doc.offsetAt(params.position), session.index);
    }),
  );

  connection.onCodeLens(
    guard('code lens', [], async (params) => {
      if (!settings.codeLens.enabled) return [];
      const current = await currentAnalysis(params.textDocument.uri);
      return current ? codeLenses(current.analysis, current.doc) : [];
    }),
  );

  connection.onCodeAction(
    guard('code action', [], async (params) => {
      const current = await currentAnalysis(params.textDocument.uri);
      if (!current) return [];
      return codeActions(params, current.doc, current.analysis);
    }),
  );

  connection.onExecuteCommand(
    guard('command', undefined, async (params) => {
      await ready;
      if (params.command === REBUILD_INDEX_COMMAND) {
        reload();
        await ready;
        return;
      }
      if (params.command === ACCEPT_SPELLING_COMMAND) {
        const spelling = String(params.arguments?.[1] ?? '');
        const file = stylePath();
        if (!spelling || !file || !session) {
          void connection.window.showErrorMessage('Corroborate: open a workspace folder to keep a house style file.');
          return;
        }
        const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
        let after: string;
        try {
          after = withAcceptedSpelling(before, spelling);
        } catch (err) {
          void connection.window.showErrorMessage(`Corroborate: ${(err as Error).message}`);
          return;
        }
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temp, after);
        fs.renameSync(temp, file);
        session.reloadStyle();
        publishCorpusProblems();
        log(`Accepted '${spelling}' in ${file}.`);
        for (const doc of documents.all()) schedule(doc, 0);
      }
    }),
  );

  documents.listen(connection);
  connection.listen();
}

// Never let one bad input take the server down: log and keep serving.
process.on('uncaughtException', (err) => {
  process.stderr.write(`corroborate: uncaught ${err.stack ?? String(err)}\n`);
});
process.on('unhandledRejection', (err) => {
  process.stderr.write(`corroborate: unhandled ${(err as Error)?.stack ?? String(err)}\n`);
});

if (require.main === module) startServer(createConnection(ProposedFeatures.all));
