/**
 * The corpus index: article records, an inverted index from terms to
 * sentences, and the entity registry built over them.
 *
 * Retrieval goes through one narrow method, `search`, so that a large archive
 * can be served by a search engine instead (see ARCHITECTURE.md).
 *
 * Articles are added, replaced and removed one at a time; the registry is
 * rebuilt lazily after a change (it is cheap: it reads the records' mention
 * lists, never the text).
 */
import { EntityRegistry, type SentenceMentions } from '../entities/registry';
import type { Lexicon } from '../lexicon/lexicon';
import type { AnalyzedSentence, ProseAnalyzer } from '../language/prose';
import type { HouseStyle } from '../style/houseStyle';
import { maskInline } from '../text/markdown';
import { tokenize } from '../text/tokens';
import type { ArticleRecord, SentenceRecord } from './articleRecord';

/** A sentence address: article slot and sentence number. */
export interface SentenceRef {
  article: number;
  sentence: number;
}

export interface SearchHit extends SentenceRef {
  score: number;
}

export interface MaterializedSentence extends SentenceRef {
  record: ArticleRecord;
  sentenceRecord: SentenceRecord;
  text: string;
  analyzed: AnalyzedSentence;
}

/** Supplies article text on demand (the index does not keep it for persisted articles). */
export type TextSource = (path: string) => string | undefined;

const REF_BASE = 1 << 20;
const encode = (article: number, sentence: number): number => article * REF_BASE + sentence;
const decode = (ref: number): SentenceRef => ({ article: Math.floor(ref / REF_BASE), sentence: ref % REF_BASE });

class LruCache<K, V> {
  private map = new Map<K, V>();
  constructor(private readonly capacity: number) {}
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }
  clear(): void {
    this.map.clear();
  }
}

export class CorpusIndex {
  private readonly slots: (ArticleRecord | undefined)[] = [];
  private readonly slotByPath = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private readonly texts = new Map<number, string>();
  private readonly sentenceCache = new LruCache<number, MaterializedSentence>(20_000);
  private registryCache: EntityRegistry | undefined;
  private liveSentences = 0;
  /** Increases with every change; analysis caches key on it. */
  version = 0;

  constructor(
    private readonly lexicon: Lexicon,
    private readonly analyzer: ProseAnalyzer,
    private style: HouseStyle,
    private readonly textSource: TextSource = () => undefined,
  ) {}

  get articleCount(): number {
    return this.slotByPath.size;
  }

  get sentenceCount(): number {
    return this.liveSentences;
  }

  /** All live article records with their slot numbers. */
  *articles(): Iterable<[number, ArticleRecord]> {
    for (let i = 0; i < this.slots.length; i++) {
      const r = this.slots[i];
      if (r) yield [i, r];
    }
  }

  article(slot: number): ArticleRecord | undefined {
    return this.slots[slot];
  }

  slotOf(path: string): number | undefined {
    return this.slotByPath.get(path);
  }

  recordFor(path: string): ArticleRecord | undefined {
    const slot = this.slotByPath.get(path);
    return slot === undefined ? undefined : this.slots[slot];
  }

  /** Adds or replaces an article. `text` is kept if given (else read through the text source when needed). */
  upsert(record: ArticleRecord, text?: string): void {
    const existing = this.slotByPath.get(record.meta.path);
    if (existing !== undefined) this.removeSlot(existing);
    const slot = existing ?? this.slots.length;
    this.slots[slot] = record;
    this.slotByPath.set(record.meta.path, slot);
    if (text !== undefined) this.texts.set(slot, text);
    if (!record.error) {
      record.sentences.forEach((s, i) => {
        const ref = encode(slot, i);
        for (const term of s.terms) {
          let list = this.postings.get(term);
          if (!list) {
            list = [];
            this.postings.set(term, list);
          }
          list.push(ref);
        }
      });
      this.liveSentences += record.sentences.length;
    }
    this.changed();
  }

  remove(path: string): boolean {
    const slot = this.slotByPath.get(path);
    if (slot === undefined) return false;
    this.removeSlot(slot);
    this.slotByPath.delete(path);
    this.changed();
    return true;
  }

  private removeSlot(slot: number): void {
    const record = this.slots[slot];
    if (!record) return;
    if (!record.error) {
      const terms = new Set<string>();
      for (const s of record.sentences) for (const t of s.terms) terms.add(t);
      const lo = encode(slot, 0);
      const hi = encode(slot + 1, 0);
      for (const t of terms) {
        const list = this.postings.get(t);
        if (!list) continue;
        const kept = list.filter((ref) => ref < lo || ref >= hi);
        if (kept.length) this.postings.set(t, kept);
        else this.postings.delete(t);
      }
      this.liveSentences -= record.sentences.length;
    }
    this.slots[slot] = undefined;
    this.texts.delete(slot);
  }

  private changed(): void {
    this.version++;
    this.registryCache = undefined;
    this.sentenceCache.clear();
  }

  setStyle(style: HouseStyle): void {
    this.style = style;
    this.registryCache = undefined;
    this.version++;
  }

  get houseStyle(): HouseStyle {
    return this.style;
  }

  /** The entity registry over the current articles (built on first use after a change). */
  get registry(): EntityRegistry {
    if (!this.registryCache) this.registryCache = EntityRegistry.build(this.allSentenceMentions(), this.lexicon, this.style);
    return this.registryCache;
  }

  private *allSentenceMentions(): Iterable<SentenceMentions> {
    for (const [slot, record] of this.articles()) {
      if (record.error) continue;
      for (let i = 0; i < record.sentences.length; i++) {
        const s = record.sentences[i]!;
        if (s.mentions.length === 0) continue;
        yield { article: slot, sentence: i, mentions: s.mentions, definitions: s.definitions, roles: s.roles, coordinations: s.coordinations };
      }
    }
  }

  /** Number of sentences a term occurs in. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  /** Inverse document frequency of a term over sentences. */
  idf(term: string): number {
    const df = this.documentFrequency(term);
    return Math.log(1 + (this.liveSentences + 1) / (df + 0.5));
  }

  /**
   * The sentences that share the most weighted terms with a query.
   * `terms` maps each query term to its weight; alternatives for one
   * concept (synonyms, other names of one entity) share a group so a
   * sentence scores a concept once.
   */
  search(terms: ReadonlyMap<string, { weight: number; group: string }>, limit: number): SearchHit[] {
    const byRef = new Map<number, Map<string, number>>();
    for (const [term, { weight, group }] of terms) {
      const list = this.postings.get(term);
      if (!list) continue;
      const w = weight * this.idf(term);
      for (const ref of list) {
        let groups = byRef.get(ref);
        if (!groups) {
          groups = new Map();
          byRef.set(ref, groups);
        }
        if ((groups.get(group) ?? 0) < w) groups.set(group, w);
      }
    }
    const hits: SearchHit[] = [];
    for (const [ref, groups] of byRef) {
      let score = 0;
      for (const w of groups.values()) score += w;
      hits.push({ ...decode(ref), score });
    }
    hits.sort((a, b) => b.score - a.score || a.article - b.article || a.sentence - b.sentence);
    return hits.slice(0, limit);
  }

  /** Every sentence containing a term. */
  sentencesWith(term: string): SentenceRef[] {
    return (this.postings.get(term) ?? []).map(decode);
  }

  textOf(slot: number): string | undefined {
    let text = this.texts.get(slot);
    if (text === undefined) {
      const record = this.slots[slot];
      if (!record) return undefined;
      text = this.textSource(record.meta.path);
      if (text !== undefined) this.texts.set(slot, text);
    }
    return text;
  }

  /** A sentence with its text and full analysis (cached). */
  sentence(ref: SentenceRef): MaterializedSentence | undefined {
    const key = encode(ref.article, ref.sentence);
    const cached = this.sentenceCache.get(key);
    if (cached) return cached;
    const record = this.slots[ref.article];
    const sentenceRecord = record?.sentences[ref.sentence];
    if (!record || !sentenceRecord) return undefined;
    const text = this.textOf(ref.article);
    if (text === undefined) return undefined;
    const raw = text.slice(sentenceRecord.start, sentenceRecord.end);
    const analyzed = this.analyzer.analyzeSentence(tokenize(maskInline(raw), sentenceRecord.start));
    const materialized: MaterializedSentence = { ...ref, record, sentenceRecord, text: raw, analyzed };
    this.sentenceCache.set(key, materialized);
    return materialized;
  }
}
