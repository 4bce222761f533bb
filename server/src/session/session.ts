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
import type { ArticleProblem } from '../core/corpus/article';
import { analyzeArticle, type ArticleRecord } from '../core/index/articleRecord';
import { CorpusIndex } from '../core/index/corpusIndex';
import type { Lexicon } from '../core/lexicon/lexicon';
import { ProseAnalyzer } from '../core/language/prose';
import { addSettingsLayer, addStyleLayer, emptyStyle, type HouseStyle, type StyleProblem } from '../core/style/houseStyle';
import { contentHash } from '../core/text/hash';
import { listArticleFiles } from '../io/corpusFolder';
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

  constructor(private options: SessionOptions = {}) {
    this.lexicon = loadLexicon();
    this.prose = new ProseAnalyzer(this.lexicon);
    this.index = new CorpusIndex(this.lexicon, this.prose, this.loadStyle(), (p) => readTextFile(p).text);
    this.analyzer = new DraftAnalyzer(this.lexicon, this.prose, this.index);
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

  /** Indexes one file; returns false if it was skipped. */
  indexFile(file: string): boolean {
    const decoded = readTextFile(file);
    if (decoded.refused || decoded.text === undefined) {
      this.index.remove(file);
      const message = `Skipped: ${decoded.problem}.`;
      this.corpusProblems.set(file, [{ line: 0, message, severity: 'error' }]);
      this.log(`corpus: ${file}: ${message}`);
      return false;
    }
    const record = analyzeArticle(file, decoded.text, contentHash(decoded.text), this.prose, this.lexicon.raw.data.furniture);
    return this.accept(record, decoded.text, decoded.problem);
  }

  private accept(record: ArticleRecord, text: string | undefined, encodingNote?: string): boolean {
    const file = record.meta.path;
    const problems = [...record.problems];
    if (encodingNote) problems.unshift({ line: 0, message: `Note: ${encodingNote}.`, severity: 'warning' });
    if (problems.length) this.corpusProblems.set(file, problems);
    else this.corpusProblems.delete(file);
    for (const p of problems) this.log(`corpus: ${file}:${p.line + 1}: ${p.message}`);
    if (record.error) {
      this.index.remove(file);
      return false;
    }
    this.index.upsert(record, text);
    return true;
  }

  removeFile(file: string): void {
    this.index.remove(file);
    this.corpusProblems.delete(file);
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
    const listing = listArticleFiles(this.corpusFolders);
    for (const [file] of [...this.index.articles()].map(([, r]) => [r.meta.path])) {
      if (!listing.files.includes(file!)) this.index.remove(file!);
    }
    this.corpusProblems.clear();
    const skipped = [...listing.problems];
    let sliceStart = Date.now();
    for (let i = 0; i < listing.files.length; i++) {
      const file = listing.files[i]!;
      if (!this.indexFile(file)) skipped.push({ path: file, message: this.corpusProblems.get(file)?.find((p) => p.severity === 'error')?.message ?? 'skipped' });
      onProgress?.({ done: i + 1, total: listing.files.length });
      if (yieldEveryMs !== undefined && Date.now() - sliceStart >= yieldEveryMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = Date.now();
      }
    }
    for (const p of listing.problems) this.log(`corpus: ${p.path}: ${p.message}`);
    return { articles: this.index.articleCount, sentences: this.index.sentenceCount, skipped, milliseconds: Date.now() - started };
  }
}
