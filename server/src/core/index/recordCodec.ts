/**
 * A compact, JSON-safe encoding of article records for the persisted index:
 * every string (terms, name surfaces, roles, keys) goes into one table and
 * records refer to it by number; mentions become flat number arrays. About a
 * fifth of the plain JSON size, and strings come back shared (interned), which
 * also keeps memory down after a load.
 */
import { nameKey, type Mention, type MentionKind } from '../entities/mentions';
import type { BlockKind } from '../text/markdown';
import type { ArticleRecord, SentenceRecord } from './articleRecord';

export interface EncodedIndex {
  format: 1;
  strings: string[];
  /** One per article. */
  articles: EncodedArticle[];
}

interface EncodedArticle {
  /** meta, hash, furnitureLines, problems, error: small, kept as they are */
  m: ArticleRecord['meta'];
  h: string;
  v: number;
  f: number[];
  p: ArticleRecord['problems'];
  e?: ArticleRecord['error'];
  /** sentences: [start, end, line, blockKind, terms..., mentions..., definitions..., roles..., coordinations...] as arrays */
  s: EncodedSentence[];
}

/** [start, end, line, block, terms[], mentions (flat), definitions (flat), roles (flat), coordinations (flat)] */
type EncodedSentence = [number, number, number, number, number[], number[], number[], number[], number[]];

const BLOCKS: BlockKind[] = ['paragraph', 'heading', 'list-item', 'table-row', 'code', 'html', 'front-matter', 'break', 'definition'];
const KINDS: MentionKind[] = ['name', 'acronym', 'demonym'];
const MENTION_FIELDS = 11;

class StringTable {
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
}

export function encodeRecords(records: Iterable<ArticleRecord>): EncodedIndex {
  const table = new StringTable();
  const str = (s: string | undefined): number => (s === undefined ? -1 : table.id(s));
  const articles: EncodedArticle[] = [];
  for (const r of records) {
    const s: EncodedSentence[] = r.sentences.map((x) => {
      const mentions: number[] = [];
      for (const m of x.mentions) {
        mentions.push(m.start, m.end, m.tokenStart, m.tokenEnd, str(m.surface), KINDS.indexOf(m.kind), m.votes.person, m.votes.place, m.votes.organization, str(m.role), str(m.refersTo));
      }
      const definitions = x.definitions.flatMap((d) => [str(d.long), str(d.short), d.kind === 'acronym' ? 0 : 1]);
      const roles = x.roles.flatMap((rl) => [rl.mention, str(rl.role), str(rl.affiliation)]);
      const coordinations = x.coordinations.flat();
      return [x.start, x.end, x.line, BLOCKS.indexOf(x.block), x.terms.map(str), mentions, definitions, roles, coordinations];
    });
    articles.push({ m: r.meta, h: r.hash, v: r.version, f: r.furnitureLines, p: r.problems, ...(r.error ? { e: r.error } : {}), s });
  }
  return { format: 1, strings: table.list, articles };
}

export function decodeRecords(encoded: EncodedIndex): ArticleRecord[] {
  if (encoded.format !== 1) throw new Error(`unknown index format ${String(encoded.format)}`);
  const strings = encoded.strings;
  const str = (i: number): string | undefined => (i < 0 ? undefined : strings[i]);
  const keys = new Map<number, string>();
  const keyOf = (i: number): string => {
    let k = keys.get(i);
    if (k === undefined) {
      k = nameKey(strings[i]!);
      keys.set(i, k);
    }
    return k;
  };
  return encoded.articles.map((a) => {
    const sentences: SentenceRecord[] = a.s.map(([start, end, line, block, terms, flat, defs, roles, coords]) => {
      const mentions: Mention[] = [];
      for (let i = 0; i < flat.length; i += MENTION_FIELDS) {
        const role = str(flat[i + 9]!);
        const refersTo = str(flat[i + 10]!);
        mentions.push({
          start: flat[i]!,
          end: flat[i + 1]!,
          tokenStart: flat[i + 2]!,
          tokenEnd: flat[i + 3]!,
          surface: strings[flat[i + 4]!]!,
          key: keyOf(flat[i + 4]!),
          kind: KINDS[flat[i + 5]!]!,
          votes: { person: flat[i + 6]!, place: flat[i + 7]!, organization: flat[i + 8]! },
          ...(role !== undefined ? { role } : {}),
          ...(refersTo !== undefined ? { refersTo } : {}),
        });
      }
      const definitions = [];
      for (let i = 0; i < defs.length; i += 3) definitions.push({ long: strings[defs[i]!]!, short: strings[defs[i + 1]!]!, kind: defs[i + 2] === 0 ? ('acronym' as const) : ('gloss' as const) });
      const roleLinks = [];
      for (let i = 0; i < roles.length; i += 3) {
        const affiliation = str(roles[i + 2]!);
        roleLinks.push({ mention: roles[i]!, role: strings[roles[i + 1]!]!, ...(affiliation !== undefined ? { affiliation } : {}) });
      }
      const coordinations: [number, number][] = [];
      for (let i = 0; i < coords.length; i += 2) coordinations.push([coords[i]!, coords[i + 1]!]);
      return { start, end, line, block: BLOCKS[block]!, terms: terms.map((t) => strings[t]!), mentions, definitions, roles: roleLinks, coordinations };
    });
    return { version: a.v, meta: a.m, hash: a.h, furnitureLines: a.f, problems: a.p, ...(a.e ? { error: a.e } : {}), sentences };
  });
}
