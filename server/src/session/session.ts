/**
 * A Corroborate session: the lexicon, the corpus index over some folders, the
 * house style, and the draft analyzer, wired together. The language server and
 * the CLI each hold one. This is where files are read; the core below it never
 * touches the disk.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DraftAnalyzer } from '../core/analysis/draftAnalyzer';
import { ClaimCheck } from '../core/claims/claimCheck';
import { analyzeArticle, ANALYSIS_VERSION } from '../core/index/articleRecord';
import type { ArticleProblem } from '../core/corpus/article';
import { CorpusIndex } from '../core/index/corpusIndex';
import type { Lexicon } from '../core/lexicon/lexicon';
import { ProseAnalyzer } from '../core/language/prose';
import { addSettingsLayer, addStyleLayer, emptyStyle, type HouseStyle, type StyleProblem } from '../core/style/houseStyle';
import { contentHash } from '../core/text/hash';
import { listArticleFiles } from '../io/corpusFolder';
import { IndexCache, type FileStamp, type PersistedIndex } from '../io/indexCache';
import { defaultStylePath, loadLexicon } from '../io/resources';
import { readTextFile } from '../io/textFile';

export interface StyleSettings {
  rules?: Record<string, boolean>;
  accept?: string[];
  prefer?: Record<string, string>;
}

export interface SessionOptions {
  /** Workspace style file (may not exist yet). */
  styleFile?: string;
  styleSettings?: StyleSettings;
  log?: (message: string) => void;
  /** Folder for the persisted corpus index; none: no persistence. */
  cacheDir?: string;
}

export interface LoadProgress {
  done: number;
  total: number;
}

export interface CorpusLoadReport {
  articles: number;
  sentences: number;
  skipped: { path: string; message: string }[];
  milliseconds: number;
  /** Articles taken from the persisted index, and analyzed afresh. */
  fromCache: number;
  analyzed: number;
}

export class CorroborateSession {
  readonly lexicon: Lexicon;
  readonly prose: ProseAnalyzer;
  readonly index: CorpusIndex;
  readonly analyzer: DraftAnalyzer;
  /** Problems per corpus file (broken front matter, encoding notes...). */
  readonly corpusProblems = new Map<string, ArticleProblem[]>();
  styleProblems: StyleProblem[] = [];
  private corpusFolders: string[] = [];
  private cache: IndexCache | undefined;
  /** The persisted index read at load (dropped once the corpus is loaded). */
  private persisted: PersistedIndex | undefined;
  /** Size, time and hash of every indexed file, for the next save. */
  private readonly stamps = new Map<string, FileStamp & { hash: string }>();
  private saveTimer: NodeJS.Timeout | undefined;

  constructor(private options: SessionOptions = {}) {
    this.lexicon = loadLexicon();
    this.prose = new ProseAnalyzer(this.lexicon);
    // Article texts are re-read on demand rather than all kept: a large corpus need not sit in memory.
    this.index = new CorpusIndex(this.lexicon, this.prose, this.loadStyle(), (p) => readTextFile(p).text, false);
    // Drafts are read knowing the corpus's names ("Ri Kwang Su" opening a sentence) and its outlets' ("Coastal Ledger:
    // ...").
    const draftProse = new ProseAnalyzer(this.lexicon, (key) => this.index.registry.lookup(key) !== undefined || this.index.isOutletName(key));
    this.analyzer = new DraftAnalyzer(this.lexicon, draftProse, this.index);
    this.analyzer.addCheck(new ClaimCheck(this.lexicon, this.index));
  }

  private log(message: string): void {
    this.options.log?.(message);
  }

  get folders(): readonly string[] {
    return this.corpusFolders;
  }

  /** Reads the default style, the workspace style file and settings. */
  loadStyle(): HouseStyle {
    let style = addStyleLayer(emptyStyle(), fs.readFileSync(defaultStylePath(), 'utf8'), 'default style');
    const file = this.options.styleFile;
    if (file && fs.existsSync(file)) {
      const decoded = readTextFile(file, 1024 * 1024);
      if (decoded.text !== undefined) style = addStyleLayer(style, decoded.text, file);
      else style.problems.push({ origin: file, line: 0, message: `The style file cannot be used: ${decoded.problem}.` });
    }
    if (this.options.styleSettings) style = addSettingsLayer(style, this.options.styleSettings);
    this.styleProblems = style.problems;
    for (const p of style.problems) this.log(`style: ${p.origin}:${p.line + 1}: ${p.message}`);
    return style;
  }

  /** Re-reads the style (after the style file or settings changed). */
  reloadStyle(options?: Partial<SessionOptions>): void {
    if (options) this.options = { ...this.options, ...options };
    this.index.setStyle(this.loadStyle());
  }

  /**
   * Indexes one file, reusing its persisted form when the file is unchanged
   * (same size and time, or same content). Returns false if it was skipped.
   */
  indexFile(file: string, counts?: { fromCache: number; analyzed: number }): boolean {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file);
    } catch {
      stat = undefined;
    }
    const saved = this.persisted?.articles.get(file);
    if (stat && saved && saved.size === stat.size && saved.mtimeMs === stat.mtimeMs) {
      if (counts) counts.fromCache++;
      this.index.importArticle(saved.article, this.persisted!.strings);
      this.stamps.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, hash: saved.article.hash });
      return this.accept(file, saved.article.problems, saved.article.error);
    }
    const decoded = readTextFile(file);
    if (decoded.refused || decoded.text === undefined) {
      this.index.remove(file);
      this.forget(file);
      const message = `Skipped: ${decoded.problem}.`;
      this.corpusProblems.set(file, [{ line: 0, message, severity: 'error' }]);
      this.log(`corpus: ${file}: ${message}`);
      return false;
    }
    const hash = contentHash(decoded.text);
    if (stat) this.stamps.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, hash });
    this.scheduleSave();
    if (saved && saved.article.hash === hash) {
      if (counts) counts.fromCache++;
      this.index.importArticle(saved.article, this.persisted!.strings, decoded.text);
      return this.accept(file, saved.article.problems, saved.article.error);
    }
    const record = analyzeArticle(file, decoded.text, hash, this.prose, this.lexicon.raw.data.furniture);
    if (decoded.problem) record.problems.unshift({ line: 0, message: `Note: ${decoded.problem}.`, severity: 'warning' });
    if (counts) counts.analyzed++;
    if (!record.error) this.index.upsert(record, decoded.text);
    return this.accept(file, record.problems, record.error);
  }

  private forget(file: string): void {
    if (this.stamps.delete(file)) this.scheduleSave();
  }

  /** Writes the persisted index soon (changes come in bursts). */
  private scheduleSave(): void {
    if (!this.cache || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.saveIndex();
    }, 2000);
    this.saveTimer.unref();
  }

  /** Writes the persisted index now (if there is a cache folder). */
  saveIndex(): void {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
    }
    if (!this.cache) return;
    const index = this.index;
    const stamps = this.stamps;
    function* entries() {
      for (const [slot, info] of index.articles()) {
        const stamp = stamps.get(info.meta.path);
        const article = index.exportArticle(slot);
        if (stamp && article) yield { path: info.meta.path, size: stamp.size, mtimeMs: stamp.mtimeMs, article };
      }
    }
    try {
      this.cache.save(index.strings(), entries());
    } catch (err) {
      this.log(`Could not save the corpus index in ${this.cache.file}: ${(err as Error).message}`);
    }
  }

  private accept(file: string, problems: ArticleProblem[], error?: ArticleProblem): boolean {
    if (problems.length) this.corpusProblems.set(file, problems);
    else this.corpusProblems.delete(file);
    for (const p of problems) this.log(`corpus: ${file}:${p.line + 1}: ${p.message}`);
    if (error) {
      this.index.remove(file);
      return false;
    }
    return true;
  }

  removeFile(file: string): void {
    this.index.remove(file);
    this.corpusProblems.delete(file);
    this.forget(file);
  }

  /** True if the path lies in one of the corpus folders and is an article file. */
  isCorpusFile(file: string): boolean {
    const resolved = path.resolve(file);
    return /\.(md|markdown|txt)$/i.test(resolved) && this.corpusFolders.some((f) => resolved === f || resolved.startsWith(f + path.sep));
  }

  /**
   * Loads every article under the folders, replacing what was loaded before.
   * Yields to the event loop between articles (so a server keeps answering)
   * when `yieldEveryMs` is set.
   */
  async loadCorpus(folders: readonly string[], onProgress?: (p: LoadProgress) => void, yieldEveryMs?: number): Promise<CorpusLoadReport> {
    const started = Date.now();
    this.corpusFolders = folders.map((f) => path.resolve(f));
    if (this.options.cacheDir) {
      this.cache = new IndexCache(this.options.cacheDir, this.corpusFolders, `${ANALYSIS_VERSION}:${this.lexicon.raw.fingerprint ?? 'unknown'}`);
      this.persisted = this.cache.load();
    }
    const counts = { fromCache: 0, analyzed: 0 };
    const listing = listArticleFiles(this.corpusFolders);
    const listed = new Set(listing.files);
    for (const file of [...this.index.articles()].map(([, a]) => a.meta.path)) {
      if (!listed.has(file)) this.index.remove(file);
    }
    this.corpusProblems.clear();
    const skipped = [...listing.problems];
    let sliceStart = Date.now();
    for (let i = 0; i < listing.files.length; i++) {
      const file = listing.files[i]!;
      if (!this.indexFile(file, counts)) skipped.push({ path: file, message: this.corpusProblems.get(file)?.find((p) => p.severity === 'error')?.message ?? 'skipped' });
      onProgress?.({ done: i + 1, total: listing.files.length });
      if (yieldEveryMs !== undefined && Date.now() - sliceStart >= yieldEveryMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = Date.now();
      }
    }
    for (const p of listing.problems) this.log(`corpus: ${p.path}: ${p.message}`);
    // Files that are gone leave the persisted index too.
    if (this.persisted && [...this.persisted.articles.keys()].some((f) => !listed.has(f))) this.scheduleSave();
    this.persisted = undefined;
    if (this.saveTimer) this.saveIndex();
    return { articles: this.index.articleCount, sentences: this.index.sentenceCount, skipped, milliseconds: Date.now() - started, ...counts };
  }
}
