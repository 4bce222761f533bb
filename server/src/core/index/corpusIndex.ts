/**
 * The corpus index: articles in compact form (storedArticle.ts), an inverted
 * index from terms to sentences, and the entity registry built over them.
 *
 * Retrieval goes through one narrow method, `search`, and sentences are read
 * through `sentence`, so that a large archive can be served by a search
 * engine instead (see ARCHITECTURE.md).
 *
 * Articles are added, replaced and removed one at a time; the registry is
 * rebuilt lazily after a change (it reads the stored mentions, never text).
 * Every sentence has a dense number; postings are lists of those numbers, and
 * search scores them in typed arrays.
 */
import { EntityRegistry, type SentenceMentions } from '../entities/registry';
import { nameKey } from '../entities/mentions';
import type { Lexicon } from '../lexicon/lexicon';
import type { AnalyzedSentence, ProseAnalyzer } from '../language/prose';
import type { HouseStyle } from '../style/houseStyle';
import { maskInline } from '../text/markdown';
import { contentHash } from '../text/hash';
import { tokenize } from '../text/tokens';
import type { ArticleMeta, ArticleProblem } from '../corpus/article';
import type { ArticleRecord } from './articleRecord';
import {
  deserialize,
  restoreRecord,
  sentenceNames,
  sentenceTermIds,
  serialize,
  span,
  storeRecord,
  StringTable,
  type SentenceSpan,
  type SerializedArticle,
  type StoredArticle,
} from './storedArticle';

/** A sentence address: article slot and sentence number. */
export interface SentenceRef {
  article: number;
  sentence: number;
}

export interface SearchHit extends SentenceRef {
  score: number;
  /** How many of the query's groups (concepts) the sentence has. */
  groups: number;
}

/** What the index tells of an article without its sentences. */
export interface ArticleInfo {
  meta: ArticleMeta;
  hash: string;
  furnitureLines: number[];
  problems: ArticleProblem[];
  error?: ArticleProblem;
  sentenceCount: number;
}

export interface MaterializedSentence extends SentenceRef {
  meta: ArticleMeta;
  span: SentenceSpan;
  text: string;
  analyzed: AnalyzedSentence;
}

/** Binary search in an ascending list. */
/** The first index at or after `from` whose value is not below `value` (the list sorted ascending). */
function lowerBound(list: readonly number[], value: number, from: number): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Supplies article text on demand (the index does not keep it for persisted articles). */
export type TextSource = (path: string) => string | undefined;

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
  delete(key: K): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
}

interface Slot {
  article: StoredArticle;
  /** Dense number of the article's first sentence. */
  firstSid: number;
}

export class CorpusIndex {
  private readonly table = new StringTable();
  private readonly slots: (Slot | undefined)[] = [];
  private readonly slotByPath = new Map<string, number>();
  /** Term id -> dense sentence numbers. */
  private readonly postings: number[][] = [];
  /** Dense sentence number -> article slot (-1 once removed) and sentence index. */
  private sidSlot: number[] = [];
  private sidSentence: number[] = [];
  private liveSentences = 0;
  private readonly texts = new LruCache<number, string>(1024);
  private readonly pinnedTexts = new Map<number, string>();
  private readonly sentenceCache = new LruCache<number, MaterializedSentence>(4_000);
  private registryCache: EntityRegistry | undefined;
  private scores = new Float64Array(0);
  private groupBest = new Float64Array(0);
  private stamp = new Int32Array(0);
  private stampCounter = 0;
  private groupCounts = new Int32Array(0);
  /** Scratch lists of the sentences one search touched, overall and for one concept. */
  private touchedBuf = new Int32Array(0);
  private groupBuf = new Int32Array(0);
  /** Membership bits of long posting lists, built on first use and dropped when the index changes. */
  private readonly denseSets = new Map<number, Uint32Array>();
  private denseBytes = 0;
  /** Increases with every change; analysis caches key on it. */
  version = 0;

  constructor(
    private readonly lexicon: Lexicon,
    private readonly analyzer: ProseAnalyzer,
    private style: HouseStyle,
    private readonly textSource: TextSource = () => undefined,
    /** Keep the text of articles added with text (small corpora, tests); else re-read on demand. */
    private readonly keepTexts = true,
  ) {}

  get articleCount(): number {
    return this.slotByPath.size;
  }

  get sentenceCount(): number {
    return this.liveSentences;
  }

  /** All live articles with their slot numbers. */
  *articles(): Iterable<[number, ArticleInfo]> {
    for (let i = 0; i < this.slots.length; i++) {
      const s = this.slots[i];
      if (s) yield [i, s.article];
    }
  }

  article(slot: number): ArticleInfo | undefined {
    return this.slots[slot]?.article;
  }

  /** True when `key` (see nameKey) is the name of an outlet of the corpus, from the articles' front matter. */
  isOutletName(key: string): boolean {
    if (this.outletKeysVersion !== this.version) {
      this.outletKeys.clear();
      for (const [, a] of this.articles()) if (a.meta.outlet && a.meta.outlet !== 'unknown') this.outletKeys.add(nameKey(a.meta.outlet));
      this.outletKeysVersion = this.version;
    }
    return this.outletKeys.has(key);
  }
  private readonly outletKeys = new Set<string>();
  private outletKeysVersion = -1;

  slotOf(path: string): number | undefined {
    return this.slotByPath.get(path);
  }

  /** The article's full record, made again from the compact form. */
  record(slot: number): ArticleRecord | undefined {
    const s = this.slots[slot];
    return s ? restoreRecord(s.article, this.table) : undefined;
  }

  span(ref: SentenceRef): SentenceSpan | undefined {
    const s = this.slots[ref.article];
    if (!s || ref.sentence < 0 || ref.sentence >= s.article.sentenceCount) return undefined;
    return span(s.article, ref.sentence);
  }

  /** Adds or replaces an article. `text` is kept if given (else read through the text source when needed). */
  upsert(record: ArticleRecord, text?: string): void {
    this.place(storeRecord(record, this.table), text);
  }

  private place(article: StoredArticle, text?: string): void {
    const path = article.meta.path;
    const existing = this.slotByPath.get(path);
    if (existing !== undefined) this.removeSlot(existing);
    const slot = existing ?? this.slots.length;
    const firstSid = this.sidSlot.length;
    this.slots[slot] = { article, firstSid };
    this.slotByPath.set(path, slot);
    if (text !== undefined) {
      if (this.keepTexts) this.pinnedTexts.set(slot, text);
      else this.texts.set(slot, text);
    }
    if (!article.error) {
      for (let i = 0; i < article.sentenceCount; i++) {
        const sid = firstSid + i;
        this.sidSlot.push(slot);
        this.sidSentence.push(i);
        for (const term of sentenceTermIds(article, i)) {
          const list = this.postings[term];
          if (list) {
            if (list[list.length - 1] !== sid) list.push(sid);
          } else this.postings[term] = [sid];
        }
      }
      this.liveSentences += article.sentenceCount;
    }
    this.changed();
  }

  remove(path: string): boolean {
    const slot = this.slotByPath.get(path);
    if (slot === undefined) return false;
    this.removeSlot(slot);
    this.slots[slot] = undefined;
    this.slotByPath.delete(path);
    this.changed();
    return true;
  }

  private removeSlot(slot: number): void {
    const s = this.slots[slot];
    if (!s) return;
    const a = s.article;
    if (!a.error) {
      const lo = s.firstSid;
      const hi = s.firstSid + a.sentenceCount;
      const terms = new Set(a.terms);
      for (const t of terms) {
        const list = this.postings[t];
        if (!list) continue;
        const kept = list.filter((sid) => sid < lo || sid >= hi);
        this.postings[t] = kept;
      }
      for (let sid = lo; sid < hi; sid++) this.sidSlot[sid] = -1;
      this.liveSentences -= a.sentenceCount;
    }
    this.pinnedTexts.delete(slot);
    this.texts.delete(slot);
  }

  private changed(): void {
    this.version++;
    this.denseSets.clear();
    this.denseBytes = 0;
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
    const keys = new Map<number, string>();
    for (let slot = 0; slot < this.slots.length; slot++) {
      const s = this.slots[slot];
      if (!s || s.article.error) continue;
      const a = s.article;
      for (let i = 0; i < a.sentenceCount; i++) {
        if (a.mentionOffsets[i] === a.mentionOffsets[i + 1]) continue;
        yield { article: slot, sentence: i, ...sentenceNames(a, i, this.table, keys) };
      }
    }
  }

  /**
   * A long posting list as bits (one read answers "is this sentence in it?" where a binary
   * search takes a dozen), or undefined for a list short enough to search.
   */
  private denseSet(id: number): Uint32Array | undefined {
    const cached = this.denseSets.get(id);
    if (cached) return cached;
    const list = this.postings[id]!;
    const n = this.sidSlot.length;
    if (list.length < Math.max(1024, n / 64)) return undefined;
    const words = (n + 31) >>> 5;
    if (this.denseBytes + words * 4 > DENSE_SET_BYTES) {
      this.denseSets.clear();
      this.denseBytes = 0;
    }
    const bits = new Uint32Array(words);
    for (let k = 0; k < list.length; k++) bits[list[k]! >>> 5]! |= 1 << (list[k]! & 31);
    this.denseSets.set(id, bits);
    this.denseBytes += words * 4;
    return bits;
  }

  /** Number of sentences a term occurs in. */
  documentFrequency(term: string): number {
    const id = this.table.find(term);
    return id < 0 ? 0 : (this.postings[id]?.length ?? 0);
  }

  /** Inverse document frequency of a term over sentences. */
  private idfOf(df: number): number {
    return Math.log(1 + (this.liveSentences + 1) / (df + 0.5));
  }

  idf(term: string): number {
    return this.idfOf(this.documentFrequency(term));
  }

  private ensureCapacity(n: number): void {
    if (this.scores.length >= n) return;
    const size = Math.max(n, this.scores.length * 2, 1024);
    this.scores = new Float64Array(size);
    this.groupBest = new Float64Array(size);
    this.groupCounts = new Int32Array(size);
    this.touchedBuf = new Int32Array(size);
    this.groupBuf = new Int32Array(size);
    const stamp = new Int32Array(size).fill(-1);
    stamp.set(this.stamp);
    this.stamp = stamp;
  }

  /**
   * The sentences that share the most weighted terms with a query.
   * `terms` maps each query term to its weight; alternatives for one
   * concept (synonyms, other names of one entity) share a group so a
   * sentence scores a concept once.
   */
  search(terms: ReadonlyMap<string, { weight: number; group: string }>, limit: number): SearchHit[] {
    const sidCount = this.sidSlot.length;
    this.ensureCapacity(sidCount);
    const groups = new Map<string, { id: number; weight: number; df: number }[]>();
    for (const [term, { weight, group }] of terms) {
      const id = this.table.find(term);
      const df = id < 0 ? 0 : (this.postings[id]?.length ?? 0);
      if (df === 0) continue;
      const list = groups.get(group) ?? [];
      list.push({ id, weight, df });
      groups.set(group, list);
    }
    // Groups found in many sentences do not make candidates; they only add to the
    // candidates rarer groups found (looked up by binary search in their lists).
    const common = Math.max(1000, 0.005 * this.liveSentences);
    const rare: (typeof groups extends Map<string, infer V> ? V : never)[] = [];
    const frequent: (typeof groups extends Map<string, infer V> ? V : never)[] = [];
    for (const members of groups.values()) (members.every((m) => m.df > common) ? frequent : rare).push(members);
    // When every concept is frequent, the rarest ones make the candidates, enough of them
    // to give the frequent ones a full list to re-score.
    if (rare.length === 0) {
      const dfOf = (members: { df: number }[]): number => members.reduce((sum, m) => sum + m.df, 0);
      frequent.sort((a, b) => dfOf(a) - dfOf(b));
      let found = 0;
      while (frequent.length > 0 && found < limit * RESCORED_PER_HIT * 4) {
        found += dfOf(frequent[0]!);
        rare.push(frequent.shift()!);
      }
    }
    const scores = this.scores;
    const best = this.groupBest;
    const stamp = this.stamp;
    const counts = this.groupCounts;
    const touchedBuf = this.touchedBuf;
    const groupBuf = this.groupBuf;
    let touchedCount = 0;
    for (const members of rare) {
      const g = ++this.stampCounter;
      let groupCount = 0;
      for (const { id, weight, df } of members) {
        const list = this.postings[id]!;
        const w = weight * this.idfOf(df);
        for (let k = 0; k < list.length; k++) {
          const sid = list[k]!;
          if (stamp[sid] !== g) {
            stamp[sid] = g;
            best[sid] = w;
            groupBuf[groupCount++] = sid;
          } else if (best[sid]! < w) best[sid] = w;
        }
      }
      for (let k = 0; k < groupCount; k++) {
        const sid = groupBuf[k]!;
        if (scores[sid] === 0) touchedBuf[touchedCount++] = sid;
        scores[sid]! += best[sid]!;
        counts[sid]!++;
      }
    }
    const touched = touchedBuf.subarray(0, touchedCount);
    // Frequent concepts re-score only the best candidates by rare concepts (10 per wanted hit): a sentence far down
    // that list cannot climb into the top `limit` on common words alone.
    let candidates: ArrayLike<number> = touched;
    if (frequent.length > 0 && touchedCount > limit * RESCORED_PER_HIT) {
      const keep = limit * RESCORED_PER_HIT;
      const values = new Float64Array(touchedCount);
      for (let k = 0; k < touchedCount; k++) values[k] = scores[touched[k]!]!;
      const cut = kthLargest(values, keep);
      const kept: number[] = [];
      const tied: number[] = [];
      for (let k = 0; k < touchedCount; k++) {
        const sid = touched[k]!;
        if (scores[sid]! > cut) kept.push(sid);
        else if (scores[sid] === cut) tied.push(sid);
      }
      // Ties at the cut: earlier sentences first, as in the final ranking.
      const ties = this.groupBuf.subarray(0, tied.length);
      ties.set(tied);
      ties.sort();
      for (let k = 0; k < ties.length && kept.length < keep; k++) kept.push(ties[k]!);
      candidates = kept;
    }
    // Candidates in sentence order, so each concept's posting list is searched from where the last one was found.
    const ordered = frequent.length > 0 ? Int32Array.from(candidates).sort() : new Int32Array(0);
    for (const group of frequent) {
      // Heaviest alternative first: the first one a sentence has is the concept's score there.
      const members = group.map(({ id, weight, df }) => ({ list: this.postings[id]!, bits: this.denseSet(id), weight: weight * this.idfOf(df) })).sort((a, b) => b.weight - a.weight);
      const from = new Int32Array(members.length);
      for (let k = 0; k < ordered.length; k++) {
        const sid = ordered[k]!;
        let w = 0;
        for (let m = 0; m < members.length; m++) {
          const { list, bits, weight } = members[m]!;
          let found: boolean;
          if (bits) found = (bits[sid >>> 5]! & (1 << (sid & 31))) !== 0;
          else {
            const at = lowerBound(list, sid, from[m]!);
            from[m] = at;
            found = at < list.length && list[at] === sid;
          }
          if (found) {
            w = weight;
            break;
          }
        }
        if (w > 0) {
          scores[sid]! += w;
          counts[sid]!++;
        }
      }
    }
    // Top `limit` by score (ties: earlier article, earlier sentence).
    const top: number[] = [];
    const better = (a: number, b: number): boolean => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
    // Sentences left out of the re-scoring cannot outrank the ones in it.
    for (let c = 0; c < candidates.length; c++) {
      const sid = candidates[c]!;
      if (top.length < limit) {
        if (this.sidSlot[sid]! < 0) continue;
        top.push(sid);
        if (top.length === limit) top.sort((a, b) => (better(a, b) ? -1 : 1));
      } else if (better(sid, top[limit - 1]!)) {
        if (this.sidSlot[sid]! < 0) continue;
        let k = limit - 1;
        while (k > 0 && better(sid, top[k - 1]!)) {
          top[k] = top[k - 1]!;
          k--;
        }
        top[k] = sid;
      }
    }
    if (top.length < limit) top.sort((a, b) => (better(a, b) ? -1 : 1));
    const hits = top.map((sid) => ({ article: this.sidSlot[sid]!, sentence: this.sidSentence[sid]!, score: scores[sid]!, groups: counts[sid]! }));
    for (const sid of touched) {
      scores[sid] = 0;
      counts[sid] = 0;
    }
    return hits;
  }

  /** Every sentence containing a term. */
  sentencesWith(term: string): SentenceRef[] {
    const id = this.table.find(term);
    return (id < 0 ? [] : (this.postings[id] ?? [])).filter((sid) => this.sidSlot[sid]! >= 0).map((sid) => ({ article: this.sidSlot[sid]!, sentence: this.sidSentence[sid]! }));
  }

  textOf(slot: number): string | undefined {
    const pinned = this.pinnedTexts.get(slot);
    if (pinned !== undefined) return pinned;
    let text = this.texts.get(slot);
    if (text === undefined) {
      const s = this.slots[slot];
      if (!s) return undefined;
      text = this.textSource(s.article.meta.path);
      // A file changed since it was indexed has other offsets: wait for it to be indexed again.
      if (text === undefined || contentHash(text) !== s.article.hash) return undefined;
      this.texts.set(slot, text);
    }
    return text;
  }

  /** A sentence with its text and full analysis (cached). */
  sentence(ref: SentenceRef): MaterializedSentence | undefined {
    const s = this.slots[ref.article];
    if (!s || ref.sentence < 0 || ref.sentence >= s.article.sentenceCount) return undefined;
    const key = s.firstSid + ref.sentence;
    const cached = this.sentenceCache.get(key);
    if (cached) return cached;
    const text = this.textOf(ref.article);
    if (text === undefined) return undefined;
    const sp = span(s.article, ref.sentence);
    const raw = text.slice(sp.start, sp.end);
    const analyzed = this.analyzer.analyzeSentence(tokenize(maskInline(raw), sp.start));
    const materialized: MaterializedSentence = { ...ref, meta: s.article.meta, span: sp, text: raw, analyzed };
    this.sentenceCache.set(key, materialized);
    return materialized;
  }

  /** The article in the persisted form; string ids refer to `strings()`. */
  exportArticle(slot: number): SerializedArticle | undefined {
    const s = this.slots[slot];
    return s ? serialize(s.article) : undefined;
  }

  /** The string table persisted articles refer to. */
  strings(): readonly string[] {
    return this.table.list;
  }

  /** Adds an article read from the persisted form (string ids of `strings`). */
  importArticle(serialized: SerializedArticle, strings: readonly string[], text?: string): void {
    this.place(deserialize(serialized, strings, this.table), text);
  }
}

/** The k-th largest of some numbers (the smallest when there are fewer than k). */
function kthLargest(values: Float64Array, k: number): number {
  // Quickselect for the (n-k)-th smallest, in place.
  const target = Math.max(0, values.length - k);
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}

/** How many candidates per wanted hit the frequent concepts re-score. */
const RESCORED_PER_HIT = 10;
/** Memory for the bit sets of long posting lists. */
const DENSE_SET_BYTES = 64 * 1024 * 1024;
