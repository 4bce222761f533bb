/**
 * Deterministic test material for the benchmark: corpora of any size built
 * by recombining the bundled corpus's sentences with other names, numbers
 * and dates, and drafts of a given length made of sentences that use the
 * bundled corpus's names (so checking them finds things).
 *
 * The same seed gives the same files, byte for byte.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WEEKDAYS, MONTHS } from '../server/src/core/text/calendar';
import type { CorroborateSession } from '../server/src/session/session';

/** mulberry32: a small, fast, seedable generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mir', 'dan', 've', 'so', 'tar', 'ni', 'bel', 'ro', 'gan', 'sha', 'vi', 'tek', 'mo', 'ra', 'zel', 'po', 'lin', 'dor', 'ash', 'en', 'ul', 'kor', 'sev', 'ta', 'ber', 'ol', 'im', 'var'];

function word(rnd: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

interface Pools {
  person: string[];
  place: string[];
  organization: string[];
  other: string[];
  outlets: string[];
}

function pools(rnd: () => number): Pools {
  const unique = (make: () => string, n: number): string[] => {
    const set = new Set<string>();
    while (set.size < n) set.add(make());
    return [...set];
  };
  const places = unique(() => word(rnd, 2 + Math.floor(rnd() * 2)), 1500);
  return {
    person: unique(() => `${word(rnd, 2)} ${word(rnd, 2 + Math.floor(rnd() * 2))}`, 4000),
    place: places,
    organization: unique(() => {
      const heads = ['Ministry of Trade', 'News Agency', 'Council', 'Party', 'Bank', 'Commission', 'Institute'];
      const head = heads[Math.floor(rnd() * heads.length)]!;
      return head.startsWith('Ministry') ? `${head} of ${places[Math.floor(rnd() * places.length)]}` : `${word(rnd, 2)} ${head}`;
    }, 800),
    other: unique(() => word(rnd, 3), 500),
    outlets: unique(() => `${word(rnd, 2)} ${['Times', 'Post', 'Daily', 'Herald', 'Wire'][Math.floor(rnd() * 5)]}`, 60),
  };
}

interface Template {
  /** Alternating literal text and slots. */
  parts: (string | { slot: 'person' | 'place' | 'organization' | 'other' | 'number' | 'weekday' | 'month' | 'year'; entity?: number })[];
}

/** Turns the bundled corpus's sentences into templates with slots for names and values. */
export function templates(session: CorroborateSession): Template[] {
  const index = session.index;
  const registry = index.registry;
  const out: Template[] = [];
  for (const [slot, info] of index.articles()) {
    const text = index.textOf(slot) ?? '';
    for (let i = 0; i < info.sentenceCount; i++) {
      const s = index.span({ article: slot, sentence: i })!;
      const sentence = index.sentence({ article: slot, sentence: i });
      if (!sentence || s.end - s.start < 40) continue;
      const spans: { start: number; end: number; slot: Template['parts'][number] }[] = [];
      for (const m of sentence.analyzed.mentions) {
        if (m.kind === 'demonym') continue;
        const e = registry.lookup(m.key)?.entity;
        spans.push({ start: m.start, end: m.end, slot: { slot: e ? (e.type === 'organization' ? 'organization' : e.type) : 'other', ...(e ? { entity: e.id } : {}) } });
      }
      for (const v of sentence.analyzed.values) {
        const kind = v.kind === 'weekday' ? 'weekday' : v.kind === 'year' ? 'year' : v.kind === 'month' ? 'month' : v.kind === 'number' && /^\d/.test(text.slice(v.start, v.end)) ? 'number' : undefined;
        if (kind && !spans.some((x) => x.start < v.end && v.start < x.end)) spans.push({ start: v.start, end: v.end, slot: { slot: kind } });
      }
      spans.sort((a, b) => a.start - b.start);
      const parts: Template['parts'] = [];
      let at = s.start;
      for (const sp of spans) {
        if (sp.start < at) continue;
        parts.push(text.slice(at, sp.start).replace(/\s+/g, ' '), sp.slot);
        at = sp.end;
      }
      parts.push(text.slice(at, s.end).replace(/\s+/g, ' '));
      out.push({ parts });
    }
  }
  return out;
}

/** Writes `count` articles into `dir` (created empty). */
export function generateCorpus(dir: string, count: number, tpls: Template[], seed = 1): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const rnd = random(seed);
  const pool = pools(random(seed + 1));
  // Zipf-like choice so some names recur across many articles, as in real coverage.
  const pick = <T>(list: T[]): T => list[Math.floor(Math.pow(rnd(), 2.2) * list.length)]!;
  for (let n = 0; n < count; n++) {
    const mapping = new Map<number, string>();
    const fill = (t: Template): string =>
      t.parts
        .map((p) => {
          if (typeof p === 'string') return p;
          switch (p.slot) {
            case 'number':
              return String(1 + Math.floor(rnd() * 9000));
            case 'year':
              return String(1990 + Math.floor(rnd() * 36));
            case 'weekday': {
              const d = WEEKDAYS[Math.floor(rnd() * 7)]!;
              return d[0]!.toUpperCase() + d.slice(1);
            }
            case 'month': {
              const m = MONTHS[Math.floor(rnd() * 12)]!;
              return m[0]!.toUpperCase() + m.slice(1);
            }
            default: {
              const key = p.entity ?? -1;
              let name = key >= 0 ? mapping.get(key) : undefined;
              if (!name) {
                name = pick(pool[p.slot]);
                if (key >= 0) mapping.set(key, name);
              }
              return name;
            }
          }
        })
        .join('');
    const sentences: string[] = [];
    const length = 8 + Math.floor(rnd() * 22);
    for (let i = 0; i < length; i++) sentences.push(fill(tpls[Math.floor(rnd() * tpls.length)]!).trim());
    const title = sentences[0]!.replace(/[.!?]$/, '').slice(0, 90);
    const paragraphs: string[] = [];
    for (let i = 1; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).join(' '));
    const date = `20${String(10 + Math.floor(rnd() * 15))}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const body = `---\nid: a${String(n).padStart(6, '0')}\ntitle: ${JSON.stringify(title)}\noutlet: ${JSON.stringify(pick(pool.outlets))}\ndate: ${date}\n---\n${title}\n\n${paragraphs.join('\n\n')}\n`;
    const sub = path.join(dir, String(Math.floor(n / 1000)).padStart(3, '0'));
    if (n % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `a${String(n).padStart(6, '0')}.md`), body);
  }
}

/** A markdown draft of about `words` words made of the bundled corpus's sentences, some with variant spellings. */
export function generateDraft(words: number, tpls: Template[], session: CorroborateSession, seed = 7): string {
  const rnd = random(seed);
  const registry = session.index.registry;
  const names = (id: number | undefined, slot: string): string => {
    const e = id !== undefined ? registry.entity(id) : undefined;
    if (!e) return slot === 'year' ? '2022' : slot === 'number' ? '3' : slot === 'weekday' ? 'Wednesday' : slot === 'month' ? 'July' : 'the council';
    // Now and then the draft uses another spelling the corpus knows, to find variants.
    const spellings = [...e.surfaces.keys()];
    return rnd() < 0.2 && spellings.length > 1 ? spellings[Math.floor(rnd() * spellings.length)]! : e.preferred;
  };
  const paragraphs: string[] = [];
  let count = 0;
  let section = 1;
  while (count < words) {
    if (paragraphs.length % 6 === 0) paragraphs.push(`## Section ${section++}`);
    const sentences: string[] = [];
    for (let i = 0; i < 3 + Math.floor(rnd() * 3); i++) {
      const t = tpls[Math.floor(rnd() * tpls.length)]!;
      const s = t.parts.map((p) => (typeof p === 'string' ? p : names(p.entity, p.slot))).join('').trim();
      sentences.push(s);
      count += s.split(/\s+/).length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return `---\ntitle: Generated draft of ${words} words\n---\n\n${paragraphs.join('\n\n')}\n`;
}
