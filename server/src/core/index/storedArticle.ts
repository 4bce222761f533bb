/**
 * How the index keeps an article in memory and on disk: flat integer arrays
 * over a shared string table, instead of one object per sentence, mention and
 * term. At ten thousand articles this is the difference between a few hundred
 * megabytes and a few tens. Objects are made again only when something reads
 * them (the registry reads mentions; a few sentences are materialized per
 * check).
 */
import { nameKey, type Mention, type MentionKind } from '../entities/mentions';
import type { Definition, RoleLink } from '../language/prose';
import type { BlockKind } from '../text/markdown';
import type { ArticleRecord, SentenceRecord } from './articleRecord';

export class StringTable {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  /** The id of a string already in the table, or -1. */
  find(s: string): number {
    return this.ids.get(s) ?? -1;
  }

  get(id: number): string {
    return this.list[id]!;
  }
}

export const BLOCK_KINDS: BlockKind[] = ['paragraph', 'heading', 'list-item', 'table-row', 'code', 'html', 'front-matter', 'break', 'definition'];
const MENTION_KINDS: MentionKind[] = ['name', 'acronym', 'demonym'];
/** start, end, tokenStart, tokenEnd, surface, kind, person, place, organization, role, refersTo */
export const MENTION_FIELDS = 11;
/** kind (0 acronym definition, 1 gloss definition, 2 role, 3 coordination), a, b, c */
const EXTRA_FIELDS = 4;

export interface StoredArticle {
  meta: ArticleRecord['meta'];
  hash: string;
  version: number;
  furnitureLines: number[];
  problems: ArticleRecord['problems'];
  error?: ArticleRecord['error'];
  sentenceCount: number;
  /** Per sentence: start, end, line, block kind. */
  spans: Int32Array;
  termOffsets: Int32Array;
  terms: Int32Array;
  mentionOffsets: Int32Array;
  mentions: Int32Array;
  extraOffsets: Int32Array;
  extras: Int32Array;
}

export interface SentenceSpan {
  start: number;
  end: number;
  line: number;
  block: BlockKind;
}

export function storeRecord(r: ArticleRecord, table: StringTable): StoredArticle {
  const n = r.sentences.length;
  const spans = new Int32Array(n * 4);
  const termOffsets = new Int32Array(n + 1);
  const mentionOffsets = new Int32Array(n + 1);
  const extraOffsets = new Int32Array(n + 1);
  const terms: number[] = [];
  const mentions: number[] = [];
  const extras: number[] = [];
  const str = (s: string | undefined): number => (s === undefined ? -1 : table.id(s));
  r.sentences.forEach((s, i) => {
    spans.set([s.start, s.end, s.line, BLOCK_KINDS.indexOf(s.block)], i * 4);
    for (const t of s.terms) terms.push(table.id(t));
    termOffsets[i + 1] = terms.length;
    for (const m of s.mentions) {
      mentions.push(m.start, m.end, m.tokenStart, m.tokenEnd, table.id(m.surface), MENTION_KINDS.indexOf(m.kind), m.votes.person, m.votes.place, m.votes.organization, str(m.role), str(m.refersTo));
    }
    mentionOffsets[i + 1] = mentions.length;
    for (const d of s.definitions) extras.push(d.kind === 'acronym' ? 0 : 1, table.id(d.long), table.id(d.short), -1);
    for (const rl of s.roles) extras.push(2, rl.mention, table.id(rl.role), str(rl.affiliation));
    for (const [a, b] of s.coordinations) extras.push(3, a, b, -1);
    extraOffsets[i + 1] = extras.length;
  });
  return {
    meta: r.meta,
    hash: r.hash,
    version: r.version,
    furnitureLines: r.furnitureLines,
    problems: r.problems,
    ...(r.error ? { error: r.error } : {}),
    sentenceCount: n,
    spans,
    termOffsets,
    terms: Int32Array.from(terms),
    mentionOffsets,
    mentions: Int32Array.from(mentions),
    extraOffsets,
    extras: Int32Array.from(extras),
  };
}

export function span(a: StoredArticle, i: number): SentenceSpan {
  return { start: a.spans[i * 4]!, end: a.spans[i * 4 + 1]!, line: a.spans[i * 4 + 2]!, block: BLOCK_KINDS[a.spans[i * 4 + 3]!]! };
}

/** Term ids of one sentence. */
export function sentenceTermIds(a: StoredArticle, i: number): Int32Array {
  return a.terms.subarray(a.termOffsets[i]!, a.termOffsets[i + 1]!);
}

export interface SentenceNames {
  mentions: Mention[];
  definitions: Definition[];
  roles: RoleLink[];
  coordinations: [number, number][];
}

/** The names, definitions, roles and lists of one sentence, as objects. */
export function sentenceNames(a: StoredArticle, i: number, table: StringTable, keyCache?: Map<number, string>): SentenceNames {
  const m = a.mentions;
  const mentions: Mention[] = [];
  const keyOf = (id: number): string => {
    let k = keyCache?.get(id);
    if (k === undefined) {
      k = nameKey(table.get(id));
      keyCache?.set(id, k);
    }
    return k;
  };
  for (let k = a.mentionOffsets[i]!; k < a.mentionOffsets[i + 1]!; k += MENTION_FIELDS) {
    const role = m[k + 9]!;
    const refersTo = m[k + 10]!;
    mentions.push({
      start: m[k]!,
      end: m[k + 1]!,
      tokenStart: m[k + 2]!,
      tokenEnd: m[k + 3]!,
      surface: table.get(m[k + 4]!),
      key: keyOf(m[k + 4]!),
      kind: MENTION_KINDS[m[k + 5]!]!,
      votes: { person: m[k + 6]!, place: m[k + 7]!, organization: m[k + 8]! },
      ...(role >= 0 ? { role: table.get(role) } : {}),
      ...(refersTo >= 0 ? { refersTo: table.get(refersTo) } : {}),
    });
  }
  const definitions: Definition[] = [];
  const roles: RoleLink[] = [];
  const coordinations: [number, number][] = [];
  const x = a.extras;
  for (let k = a.extraOffsets[i]!; k < a.extraOffsets[i + 1]!; k += EXTRA_FIELDS) {
    const kind = x[k]!;
    if (kind <= 1) definitions.push({ long: table.get(x[k + 1]!), short: table.get(x[k + 2]!), kind: kind === 0 ? 'acronym' : 'gloss' });
    else if (kind === 2) roles.push({ mention: x[k + 1]!, role: table.get(x[k + 2]!), ...(x[k + 3]! >= 0 ? { affiliation: table.get(x[k + 3]!) } : {}) });
    else coordinations.push([x[k + 1]!, x[k + 2]!]);
  }
  return { mentions, definitions, roles, coordinations };
}

/** The full record again (for tests and tools; the index never needs it). */
export function restoreRecord(a: StoredArticle, table: StringTable): ArticleRecord {
  const sentences: SentenceRecord[] = [];
  for (let i = 0; i < a.sentenceCount; i++) {
    const names = sentenceNames(a, i, table);
    sentences.push({ ...span(a, i), terms: [...sentenceTermIds(a, i)].map((t) => table.get(t)), ...names });
  }
  return { version: a.version, meta: a.meta, hash: a.hash, furnitureLines: a.furnitureLines, problems: a.problems, ...(a.error ? { error: a.error } : {}), sentences };
}

/** JSON-safe form (typed arrays as plain arrays), with string ids of `table`. */
export type SerializedArticle = { [K in keyof StoredArticle]: StoredArticle[K] extends Int32Array ? number[] : StoredArticle[K] };

export function serialize(a: StoredArticle): SerializedArticle {
  return {
    meta: a.meta,
    hash: a.hash,
    version: a.version,
    furnitureLines: a.furnitureLines,
    problems: a.problems,
    ...(a.error ? { error: a.error } : {}),
    sentenceCount: a.sentenceCount,
    spans: Array.from(a.spans),
    termOffsets: Array.from(a.termOffsets),
    terms: Array.from(a.terms),
    mentionOffsets: Array.from(a.mentionOffsets),
    mentions: Array.from(a.mentions),
    extraOffsets: Array.from(a.extraOffsets),
    extras: Array.from(a.extras),
  };
}

/** Reads a serialized article written with string table `from` into table `to`. */
export function deserialize(s: SerializedArticle, from: readonly string[], to: StringTable): StoredArticle {
  const remap = new Map<number, number>();
  const id = (i: number): number => {
    if (i < 0) return i;
    let r = remap.get(i);
    if (r === undefined) {
      r = to.id(from[i]!);
      remap.set(i, r);
    }
    return r;
  };
  const mentions = Int32Array.from(s.mentions);
  for (let k = 0; k < mentions.length; k += MENTION_FIELDS) {
    mentions[k + 4] = id(mentions[k + 4]!);
    mentions[k + 9] = id(mentions[k + 9]!);
    mentions[k + 10] = id(mentions[k + 10]!);
  }
  const extras = Int32Array.from(s.extras);
  for (let k = 0; k < extras.length; k += EXTRA_FIELDS) {
    const kind = extras[k]!;
    if (kind <= 1) {
      extras[k + 1] = id(extras[k + 1]!);
      extras[k + 2] = id(extras[k + 2]!);
    } else if (kind === 2) {
      extras[k + 2] = id(extras[k + 2]!);
      extras[k + 3] = id(extras[k + 3]!);
    }
  }
  return {
    meta: s.meta,
    hash: s.hash,
    version: s.version,
    furnitureLines: s.furnitureLines,
    problems: s.problems,
    ...(s.error ? { error: s.error } : {}),
    sentenceCount: s.sentenceCount,
    spans: Int32Array.from(s.spans),
    termOffsets: Int32Array.from(s.termOffsets),
    terms: Int32Array.from(s.terms, id),
    mentionOffsets: Int32Array.from(s.mentionOffsets),
    mentions,
    extraOffsets: Int32Array.from(s.extraOffsets),
    extras,
  };
}
