/**
 * The entities of a corpus: every name it mentions, grouped into clusters that
 * name the same person, place or organization, with the preferred spelling
 * chosen by house style or, where the style is silent, by usage.
 *
 * A cluster joins
 * - spellings: the same name in other case, hyphenation, or romanization
 *   (equal transliteration skeletons, close spelling, same type, never side by
 *   side in one sentence);
 * - aliases: abbreviations and glosses the articles define ("Harbour Trust
 *   Ltd (HTL)", "ROK [South Korea]"), and acronyms whose letters are the
 *   initials of exactly one name in the corpus;
 * - short forms: a surname standing for a full name ("Martin").
 * Only spellings are variants a writer is asked to fix.
 */
import type { Lexicon } from '../lexicon/lexicon';
import type { Definition, RoleLink } from '../language/prose';
import { isAccepted, type HouseStyle, type StyleRule } from '../style/houseStyle';
import { nameKey, type EntityType, type Mention, type MentionKind, type TypeVotes } from './mentions';
import { editDistance, rewritesTo, Transliteration } from './transliteration';

export interface SentenceMentions {
  article: number;
  sentence: number;
  mentions: readonly Mention[];
  definitions: readonly Definition[];
  roles: readonly RoleLink[];
  /** Pairs of mention indices written as a list ("Lyon and Nantes"): same kind of thing. */
  coordinations?: readonly (readonly [number, number])[];
}

export type FormRole = 'spelling' | 'alias' | 'short';

export interface Entity {
  id: number;
  type: EntityType;
  preferred: string;
  /** Why the preferred spelling is preferred, for messages. */
  preferredReason: string;
  /** The style rule or entry that chose it, if any. */
  styleOrigin?: string;
  /** Spelling forms (folded keys). */
  spellings: string[];
  aliases: string[];
  shortForms: string[];
  /** Every surface written for a spelling form, with its count. */
  surfaces: Map<string, number>;
  /** Surfaces of aliases and short forms, with counts. */
  otherSurfaces: Map<string, number>;
  mentionCount: number;
  /** Article index -> sentence index of its first mention there. */
  firstMentions: Map<number, number>;
  /** Roles the corpus gives this entity: "spokesman" -> count, with affiliations. */
  roles: Map<string, { count: number; affiliations: Map<string, number> }>;
}

export interface VariantVerdict {
  entity: Entity;
  preferred: string;
  reason: string;
}

interface FormStats {
  key: string;
  kind: MentionKind;
  surfaces: Map<string, number>;
  count: number;
  votes: TypeVotes;
  firstMentions: Map<number, number>;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    let node = x;
    while (node !== root) {
      const next = this.parent.get(node) ?? root;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

function typeOf(votes: TypeVotes): EntityType {
  const max = Math.max(votes.person, votes.place, votes.organization);
  if (max <= 0) return 'other';
  if (votes.place === max) return 'place';
  if (votes.person === max) return 'person';
  return 'organization';
}

function compatible(a: EntityType, b: EntityType): boolean {
  if (a === b || a === 'other' || b === 'other') return true;
  return (a === 'place' && b === 'organization') || (a === 'organization' && b === 'place');
}

/** "Ri Kwang-su" -> "Ri Kwang Su". */
export function spacedTitleCase(surface: string): string {
  return surface
    .split(/[\s\-‐‑]+/)
    .filter(Boolean)
    .map((w, i) => (i > 0 && PARTICLES.has(w) ? w : w.length > 1 && w === w.toUpperCase() ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'le', 'la']);

function mostUsed(surfaces: Map<string, number>): [string, number] {
  let best: [string, number] = ['', -1];
  for (const [s, n] of surfaces) if (n > best[1] || (n === best[1] && s < best[0])) best = [s, n];
  return best;
}

export class EntityRegistry {
  readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, { entity: Entity; role: FormRole }>();
  private readonly bySkeleton = new Map<string, string[]>();
  private readonly translit: Transliteration;
  /** Name words (folded, 4+ letters) for near-miss lookup, by one-letter deletions. */
  private readonly deletions = new Map<string, Set<string>>();
  private readonly nameWords = new Map<string, { entity: Entity; surface: string }>();
  /** Demonym or capital key -> key of the place it stands for. */
  readonly standsFor = new Map<string, string>();

  private constructor(
    private readonly lexicon: Lexicon,
    readonly style: HouseStyle,
  ) {
    this.translit = new Transliteration(lexicon.raw.data.transliteration.pairs);
  }

  static build(sentences: Iterable<SentenceMentions>, lexicon: Lexicon, style: HouseStyle): EntityRegistry {
    const registry = new EntityRegistry(lexicon, style);
    registry.cluster(sentences);
    return registry;
  }

  private cluster(sentences: Iterable<SentenceMentions>): void {
    const forms = new Map<string, FormStats>();
    const definitions: Definition[] = [];
    const roleLinks: { key: string; role: string; affiliation?: string }[] = [];
    const together = new Set<string>();
    const sentenceKeys: string[][] = [];
    const coordinated: [string, string][] = [];

    for (const s of sentences) {
      const keys: string[] = [];
      for (const m of s.mentions) {
        if (m.kind === 'demonym') {
          if (m.refersTo) {
            this.standsFor.set(m.key, m.refersTo);
            keys.push(m.refersTo);
          }
          continue;
        }
        let f = forms.get(m.key);
        if (!f) {
          f = { key: m.key, kind: m.kind, surfaces: new Map(), count: 0, votes: { person: 0, place: 0, organization: 0 }, firstMentions: new Map() };
          forms.set(m.key, f);
        }
        f.count++;
        f.surfaces.set(m.surface, (f.surfaces.get(m.surface) ?? 0) + 1);
        f.votes.person += m.votes.person;
        f.votes.place += m.votes.place;
        f.votes.organization += m.votes.organization;
        if (!f.firstMentions.has(s.article)) f.firstMentions.set(s.article, s.sentence);
        keys.push(m.key);
      }
      definitions.push(...s.definitions);
      for (const [a, b] of s.coordinations ?? []) {
        const ma = s.mentions[a];
        const mb = s.mentions[b];
        if (ma && mb && ma.kind !== 'demonym' && mb.kind !== 'demonym') coordinated.push([ma.key, mb.key]);
      }
      for (const r of s.roles) {
        const m = s.mentions[r.mention];
        if (m) roleLinks.push({ key: m.key, role: r.role, ...(r.affiliation ? { affiliation: r.affiliation } : {}) });
      }
      const unique = [...new Set(keys)];
      if (unique.length > 1) {
        sentenceKeys.push(unique);
        for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) {
          const a = unique[i]!;
          const b = unique[j]!;
          together.add(a < b ? `${a}|${b}` : `${b}|${a}`);
        }
      }
    }
    const typeByKey = new Map<string, EntityType>();
    for (const f of forms.values()) typeByKey.set(f.key, typeOf(f.votes));

    // 1. Spellings: same skeleton, close, compatible, never side by side.
    const spelling = new UnionFind();
    const entity = new UnionFind();
    const skeletons = new Map<string, string[]>();
    for (const key of forms.keys()) {
      const sk = this.translit.skeleton(key);
      const list = skeletons.get(sk) ?? [];
      list.push(key);
      skeletons.set(sk, list);
    }
    for (const [sk, keys] of skeletons) {
      this.bySkeleton.set(sk, keys);
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          const a = keys[i]!;
          const b = keys[j]!;
          if (this.sameNameSpelledTwice(a, b, typeByKey, together)) {
            spelling.union(a, b);
            entity.union(a, b);
          }
        }
      }
    }

    // 1a. A name whose last word is written in the plural, from a list that shares it ("the X and Y Free
    // Cities"), is the name in the singular when the corpus has that too.
    for (const key of forms.keys()) {
      const words = key.split(' ');
      if (words.length < 2) continue;
      const last = words[words.length - 1]!;
      const single = this.lexicon.lemma(last);
      if (single === last || !last.endsWith('s')) continue;
      const singular = [...words.slice(0, -1), single].join(' ');
      if (forms.has(singular)) entity.union(key, singular);
    }

    // 1b. One person, given name romanized two ways (Dmytro / Dmitry Kuleba):
    // same surname, given names one edit apart in skeleton, not two different known given names.
    const bySurname = new Map<string, string[]>();
    for (const f of forms.values()) {
      const words = f.key.split(' ');
      if (words.length !== 2 || typeByKey.get(f.key) !== 'person') continue;
      const list = bySurname.get(words[1]!) ?? [];
      list.push(f.key);
      bySurname.set(words[1]!, list);
    }
    for (const keys of bySurname.values()) {
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          const a = keys[i]!;
          const b = keys[j]!;
          const ga = a.split(' ')[0]!;
          const gb = b.split(' ')[0]!;
          if (ga[0] !== gb[0] || Math.min(ga.length, gb.length) < 4) continue;
          if (/F/.test(this.lexicon.nameTags(ga)) && /F/.test(this.lexicon.nameTags(gb))) continue;
          if (together.has(a < b ? `${a}|${b}` : `${b}|${a}`)) continue;
          if (editDistance(this.translit.skeleton(ga), this.translit.skeleton(gb), 1) <= 1) {
            spelling.union(a, b);
            entity.union(a, b);
          }
        }
      }
    }

    // 1c. A name written with and without a particle (Ahmed al-Rashid / Ahmed Rashid), and a
    // first word cut to its initial (S Sudan / South Sudan): one name, two spellings.
    const particles = this.lexicon.classWords('name-particles');
    for (const f of forms.values()) {
      const words = f.key.split(' ');
      if (words.length < 3 || typeByKey.get(f.key) !== 'person') continue;
      const bare = words.filter((w, k) => k === 0 || k === words.length - 1 || !particles.has(w)).join(' ');
      if (bare !== f.key && forms.has(bare) && typeByKey.get(bare) === 'person' && !together.has(bare < f.key ? `${bare}|${f.key}` : `${f.key}|${bare}`)) {
        spelling.union(bare, f.key);
        entity.union(bare, f.key);
      }
    }
    const byInitialAndRest = new Map<string, string[]>();
    for (const key of forms.keys()) {
      const space = key.indexOf(' ');
      if (space < 2) continue;
      const k = `${key[0]}|${key.slice(space + 1)}`;
      byInitialAndRest.set(k, [...(byInitialAndRest.get(k) ?? []), key]);
    }
    for (const f of forms.values()) {
      if (f.kind !== 'name' || f.key[1] !== ' ') continue;
      const full = byInitialAndRest.get(`${f.key[0]}|${f.key.slice(2)}`);
      if (full && full.length === 1) entity.union(f.key, full[0]!);
    }

    // 2. Aliases defined in the text, and acronyms matching one name's initials.
    const aliasKeys = new Set<string>();
    for (const d of definitions) {
      if (!forms.has(d.long) || !forms.has(d.short)) continue;
      entity.union(d.short, d.long);
      aliasKeys.add(d.short);
    }
    const byInitials = new Map<string, string[]>();
    for (const f of forms.values()) {
      if (f.kind !== 'name') continue;
      const surface = mostUsed(f.surfaces)[0];
      const words = surface.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
      if (words.length < 2) continue;
      const init = words.map((w) => w[0]!.toLowerCase()).join('');
      const list = byInitials.get(init) ?? [];
      list.push(f.key);
      byInitials.set(init, list);
    }
    for (const f of forms.values()) {
      if (f.kind !== 'acronym') continue;
      const candidates = byInitials.get(f.key.replace(/\s/g, ''));
      if (candidates && candidates.length === 1) {
        entity.union(f.key, candidates[0]!);
        aliasKeys.add(f.key);
      }
    }

    // 3. Short forms: a single-word person name standing for a full name.
    const shortKeys = new Set<string>();
    const multiPerson = [...forms.values()].filter((f) => f.key.includes(' ') && typeByKey.get(f.key) === 'person');
    for (const f of forms.values()) {
      if (f.key.includes(' ') || f.kind !== 'name') continue;
      const t = typeByKey.get(f.key);
      if (t !== 'person' && t !== 'other') continue;
      const byCluster = new Map<string, number>();
      for (const full of multiPerson) {
        const words = full.key.split(' ');
        if (words[words.length - 1] === f.key || words[0] === f.key) {
          const root = entity.find(full.key);
          byCluster.set(root, (byCluster.get(root) ?? 0) + full.count);
        }
      }
      const ranked = [...byCluster].sort((a, b) => b[1] - a[1]);
      if (ranked.length === 1 || (ranked.length > 1 && ranked[0]![1] >= 2 * ranked[1]![1])) {
        entity.union(f.key, ranked[0]![0]);
        shortKeys.add(f.key);
      }
    }

    // 4. Entities.
    const members = new Map<string, string[]>();
    for (const key of forms.keys()) {
      const root = entity.find(key);
      const list = members.get(root) ?? [];
      list.push(key);
      members.set(root, list);
    }
    for (const keys of members.values()) {
      const families = new Map<string, string[]>();
      for (const k of keys) {
        const root = spelling.find(k);
        const list = families.get(root) ?? [];
        list.push(k);
        families.set(root, list);
      }
      const familyCount = (fam: string[]): number =>
        fam.filter((k) => !aliasKeys.has(k) && !shortKeys.has(k)).reduce((n, k) => n + forms.get(k)!.count, 0) + fam.reduce((n, k) => n + forms.get(k)!.count, 0) / 1000;
      const main = [...families.values()].sort((a, b) => familyCount(b) - familyCount(a))[0]!;
      const votes: TypeVotes = { person: 0, place: 0, organization: 0 };
      const e: Entity = {
        id: this.entities.length,
        type: 'other',
        preferred: '',
        preferredReason: '',
        spellings: main,
        aliases: keys.filter((k) => !main.includes(k) && !shortKeys.has(k)),
        shortForms: keys.filter((k) => !main.includes(k) && shortKeys.has(k)),
        surfaces: new Map(),
        otherSurfaces: new Map(),
        mentionCount: 0,
        firstMentions: new Map(),
        roles: new Map(),
      };
      for (const k of keys) {
        const f = forms.get(k)!;
        e.mentionCount += f.count;
        const target = main.includes(k) ? e.surfaces : e.otherSurfaces;
        for (const [s, n] of f.surfaces) target.set(s, (target.get(s) ?? 0) + n);
        if (!shortKeys.has(k)) {
          votes.person += f.votes.person;
          votes.place += f.votes.place;
          votes.organization += f.votes.organization;
        }
        for (const [article, sentence] of f.firstMentions) {
          const known = e.firstMentions.get(article);
          if (known === undefined || sentence < known) e.firstMentions.set(article, sentence);
        }
        this.byKey.set(k, { entity: e, role: main.includes(k) ? 'spelling' : shortKeys.has(k) ? 'short' : 'alias' });
      }
      e.type = typeOf(votes);
      this.entities.push(e);
    }
    // Names listed together are the same kind of thing: "Lyon and Nantes".
    for (let pass = 0; pass < 2; pass++) {
      for (const [a, b] of coordinated) {
        const ea = this.byKey.get(a)?.entity;
        const eb = this.byKey.get(b)?.entity;
        if (!ea || !eb || ea === eb) continue;
        if (ea.type === 'other' && eb.type !== 'other') ea.type = eb.type;
        else if (eb.type === 'other' && ea.type !== 'other') eb.type = ea.type;
      }
    }
    for (const r of roleLinks) {
      const e = this.byKey.get(r.key)?.entity;
      if (!e) continue;
      const entry = e.roles.get(r.role) ?? { count: 0, affiliations: new Map<string, number>() };
      entry.count++;
      if (r.affiliation) entry.affiliations.set(r.affiliation, (entry.affiliations.get(r.affiliation) ?? 0) + 1);
      e.roles.set(r.role, entry);
    }
    for (const [city, country] of this.capitalsInCorpus()) this.standsFor.set(city, country);

    // 5. Preferred spellings.
    const association = this.associations(sentenceKeys);
    for (const e of this.entities) this.choosePreferred(e, association);

    // 6. Near-miss vocabulary.
    for (const e of this.entities) {
      for (const surface of [...e.surfaces.keys(), ...e.otherSurfaces.keys()]) {
        for (const word of surface.split(/[\s-]+/)) {
          const w = nameKey(word);
          if (w.length < 4 || this.lexicon.isKnownWord(w) || this.nameWords.has(w)) continue;
          this.nameWords.set(w, { entity: e, surface: word });
          for (const d of deletionsOf(w)) {
            const set = this.deletions.get(d) ?? new Set();
            set.add(w);
            this.deletions.set(d, set);
          }
        }
      }
    }
  }

  private sameNameSpelledTwice(a: string, b: string, types: Map<string, EntityType>, together: Set<string>): boolean {
    if (!compatible(types.get(a)!, types.get(b)!)) return false;
    if (together.has(a < b ? `${a}|${b}` : `${b}|${a}`)) return false;
    const limit = Math.max(2, Math.floor(Math.min(a.length, b.length) / 4));
    if (editDistance(a, b, limit) > limit) return false;
    // A dictionary word is not a spelling of a name ("Hong" and "gong").
    if (!a.includes(' ') && this.lexicon.isKnownWord(a) && !this.lexicon.nameTags(a)) return false;
    if (!b.includes(' ') && this.lexicon.isKnownWord(b) && !this.lexicon.nameTags(b)) return false;
    return true;
  }

  private *capitalsInCorpus(): Iterable<[string, string]> {
    for (const key of this.byKey.keys()) {
      const country = this.lexicon.capitalOf(key);
      if (country && this.byKey.has(country)) yield [key, country];
    }
  }

  /** For each entity, the share of its sentences it shares with each place named by a style rule. */
  private associations(sentenceKeys: string[][]): Map<number, Map<number, number>> {
    const anchors = new Set<number>();
    for (const rule of this.style.rules) for (const place of rule.when.associatedWith ?? []) {
      const e = this.byKey.get(nameKey(place))?.entity;
      if (e) anchors.add(e.id);
    }
    const result = new Map<number, Map<number, number>>();
    if (anchors.size === 0) return result;
    const sentencesOf = new Map<number, number>();
    const shared = new Map<number, Map<number, number>>();
    for (const keys of sentenceKeys) {
      const ids = new Set<number>();
      for (const k of keys) {
        const e = this.byKey.get(k)?.entity ?? this.byKey.get(this.standsFor.get(k) ?? '')?.entity;
        if (e) ids.add(e.id);
        const stands = this.standsFor.get(k);
        if (stands) {
          const s = this.byKey.get(stands)?.entity;
          if (s) ids.add(s.id);
        }
      }
      for (const id of ids) {
        sentencesOf.set(id, (sentencesOf.get(id) ?? 0) + 1);
        for (const anchor of anchors) {
          if (anchor === id || !ids.has(anchor)) continue;
          const m = shared.get(id) ?? new Map<number, number>();
          m.set(anchor, (m.get(anchor) ?? 0) + 1);
          shared.set(id, m);
        }
      }
    }
    for (const [id, m] of shared) {
      const total = Math.max(sentencesOf.get(id) ?? 1, 1);
      result.set(id, new Map([...m].map(([anchor, n]) => [anchor, n / total])));
    }
    return result;
  }

  private ruleApplies(rule: StyleRule, e: Entity, association: Map<number, Map<number, number>>): boolean {
    if (!rule.enabled) return false;
    if (rule.when.type && rule.when.type !== e.type) return false;
    const places = rule.when.associatedWith ?? [];
    if (places.length === 0) return true;
    return places.some((place) => {
      const anchor = this.byKey.get(nameKey(place))?.entity;
      const placeKey = nameKey(place);
      if (e.spellings.some((k) => k === placeKey || this.lexicon.capitalOf(k) === placeKey)) return true;
      if (!anchor) return false;
      if (anchor.id === e.id) return true;
      return (association.get(e.id)?.get(anchor.id) ?? 0) >= 0.25;
    });
  }

  private choosePreferred(e: Entity, association: Map<number, Map<number, number>>): void {
    const surfaces = [...e.surfaces.entries()];
    const total = surfaces.reduce((n, [, c]) => n + c, 0);
    // An entry naming this entity.
    for (const entry of [...this.style.entities].reverse()) {
      const keys = [entry.preferred, ...entry.variants].map(nameKey);
      if (keys.some((k) => e.spellings.includes(k))) {
        e.preferred = entry.preferred;
        e.preferredReason = `house style: ${entry.reason}`;
        e.styleOrigin = entry.origin;
        return;
      }
    }
    const keys = [...new Set(surfaces.map(([s]) => nameKey(s)))];
    for (const rule of this.style.rules) {
      if (!this.ruleApplies(rule, e, association)) continue;
      if (rule.prefer.length > 0 && keys.length > 1) {
        const target = keys.find((t) => keys.every((k) => k === t || rewritesTo(k, t, rule.prefer)));
        if (target) {
          const best = mostUsed(new Map(surfaces.filter(([s]) => nameKey(s) === target)));
          e.preferred = best[0];
          e.preferredReason = `house style: ${rule.reason}`;
          e.styleOrigin = rule.id;
          return;
        }
      }
      // Only where the corpus itself writes the name in more than one way.
      const distinct = new Set(surfaces.map(([s]) => s.replace(/[’‘]/g, "'")));
      if (rule.spacedTitleCase && distinct.size > 1 && surfaces.some(([s]) => spacedTitleCase(s) !== s)) {
        e.preferred = spacedTitleCase(mostUsed(e.surfaces)[0]);
        e.preferredReason = `house style: ${rule.reason}`;
        e.styleOrigin = rule.id;
        return;
      }
    }
    const [best, count] = mostUsed(e.surfaces);
    e.preferred = best;
    e.preferredReason = surfaces.length > 1 ? `most used in the corpus: ${count} of ${total} mentions` : 'the only spelling in the corpus';
  }

  /** The entity a folded name key belongs to, and how. */
  lookup(key: string): { entity: Entity; role: FormRole } | undefined {
    return this.byKey.get(key);
  }

  /**
   * The entity a name in a draft refers to: a corpus name, else a surname the
   * corpus only uses within a full name ("Martin" for "Jean Martin"), when
   * one person has it.
   */
  resolve(key: string): Entity | undefined {
    const known = this.byKey.get(key)?.entity;
    if (known || key.includes(' ')) return known;
    let surname = this.surnames?.get(key);
    if (surname === undefined) {
      if (!this.surnames) {
        this.surnames = new Map();
        for (const e of this.entities) {
          if (e.type !== 'person') continue;
          for (const k of e.spellings) {
            const words = k.split(' ');
            if (words.length < 2) continue;
            for (const w of [words[words.length - 1]!, words[0]!]) {
              const have = this.surnames.get(w);
              this.surnames.set(w, have === undefined || have === e ? e : null);
            }
          }
        }
      }
      surname = this.surnames.get(key) ?? null;
    }
    return surname ?? undefined;
  }
  private surnames?: Map<string, Entity | null>;

  /**
   * The entities whose names contain another's: "the Republic of X" contains "X". A passage that named
   * the place a few sentences before may refer back to the republic named after it.
   */
  containersOf(id: number): readonly number[] {
    if (!this.containers) {
      this.containers = new Map();
      const byKey = new Map<string, number>();
      for (const e of this.entities) for (const k of e.spellings) byKey.set(k, e.id);
      for (const e of this.entities) {
        for (const k of e.spellings) {
          const words = k.split(' ');
          if (words.length < 2) continue;
          for (let i = 0; i < words.length; i++) {
            for (let j = i + 1; j <= words.length; j++) {
              if (j - i === words.length) continue;
              const inner = byKey.get(words.slice(i, j).join(' '));
              if (inner === undefined || inner === e.id) continue;
              const list = this.containers.get(inner) ?? [];
              if (!list.includes(e.id)) list.push(e.id);
              this.containers.set(inner, list);
            }
          }
        }
      }
    }
    return this.containers.get(id) ?? [];
  }
  private containers?: Map<number, number[]>;

  /** The entities whose long name ends in a word ("republic": the X People's Republic, the Y Republic). */
  headedBy(word: string): readonly Entity[] {
    if (!this.heads) {
      this.heads = new Map();
      for (const e of this.entities) {
        for (const k of e.spellings) {
          const words = k.split(' ');
          if (words.length < 2) continue;
          const list = this.heads.get(words[words.length - 1]!) ?? [];
          if (!list.includes(e)) list.push(e);
          this.heads.set(words[words.length - 1]!, list);
        }
      }
    }
    return this.heads.get(word) ?? [];
  }
  private heads?: Map<string, Entity[]>;

  /** "the North": the one place of the corpus whose name is that compass word and one more word; undefined if none or several. */
  compassPlace(word: string): Entity | undefined {
    if (!this.lexicon.inClass('compass-words', word)) return undefined;
    if (this.compassPlaces.has(word)) return this.compassPlaces.get(word) ?? undefined;
    let found: Entity | null = null;
    for (const e of this.entities) {
      if (e.type !== 'place' || !e.spellings.some((k) => k.startsWith(`${word} `) && k.split(' ').length === 2)) continue;
      if (found && found !== e) {
        found = null;
        break;
      }
      found = e;
    }
    this.compassPlaces.set(word, found);
    return found ?? undefined;
  }
  private readonly compassPlaces = new Map<string, Entity | null>();

  entity(id: number): Entity | undefined {
    return this.entities[id];
  }

  /**
   * If `surface` is a spelling of a corpus entity other than the preferred one,
   * which one to use instead. Accepted spellings, aliases, short forms and
   * all-capitals text are never variants.
   */
  variant(surface: string): VariantVerdict | undefined {
    if (isAccepted(this.style, surface)) return undefined;
    if (surface.length > 3 && surface === surface.toUpperCase()) return undefined;
    const key = nameKey(surface);
    let found = this.byKey.get(key);
    if (!found) {
      // A spelling the corpus never uses, but a transliteration of one it does.
      const sk = this.translit.skeleton(key);
      const candidates = (this.bySkeleton.get(sk) ?? []).filter((k) => {
        const limit = Math.max(2, Math.floor(Math.min(k.length, key.length) / 4));
        return editDistance(k, key, limit) <= limit && this.byKey.get(k)?.role === 'spelling';
      });
      const entities = new Set(candidates.map((k) => this.byKey.get(k)!.entity));
      if (entities.size !== 1) return undefined;
      if (!key.includes(' ') && this.lexicon.isKnownWord(key)) return undefined;
      found = { entity: [...entities][0]!, role: 'spelling' };
    }
    if (found.role !== 'spelling') return undefined;
    const e = found.entity;
    if (sameTypography(surface, e.preferred)) return undefined;
    return { entity: e, preferred: e.preferred, reason: e.preferredReason };
  }

  /** A corpus name word within one or two edits of `word` (which the corpus does not use). */
  nearMiss(word: string): { entity: Entity; surface: string } | undefined {
    const w = nameKey(word);
    if (w.length < 4 || this.nameWords.has(w) || this.byKey.has(w) || isAccepted(this.style, word)) return undefined;
    const cap = w.length >= 8 ? 2 : 1;
    const candidates = new Set<string>();
    for (const d of [w, ...deletionsOf(w)]) {
      for (const c of this.deletions.get(d) ?? []) candidates.add(c);
      if (this.nameWords.has(d)) candidates.add(d);
    }
    let best: { entity: Entity; surface: string; distance: number } | undefined;
    for (const c of candidates) {
      if (c[0] !== w[0]) continue;
      const distance = editDistance(c, w, cap);
      if (distance > cap) continue;
      const hit = this.nameWords.get(c)!;
      if (!best || distance < best.distance || (distance === best.distance && hit.entity.mentionCount > best.entity.mentionCount)) best = { ...hit, distance };
    }
    return best ? { entity: best.entity, surface: best.surface } : undefined;
  }

  /**
   * The state a person acts for, when the corpus gives the person an office
   * tied to one place ("French President X", "a spokesman for France's
   * ministry"): a leader's act is the state's act.
   */
  statePersonServes(e: Entity): Entity | undefined {
    if (e.type !== 'person') return undefined;
    const places = new Map<number, number>();
    for (const info of e.roles.values()) {
      for (const [key, n] of info.affiliations) {
        const target = this.byKey.get(key)?.entity ?? this.byKey.get(this.standsFor.get(key) ?? '')?.entity;
        const place = target?.type === 'place' ? target : target?.spellings.map((k) => this.innerPlace(k)).find((p) => p !== undefined);
        if (place) places.set(place.id, (places.get(place.id) ?? 0) + n);
      }
    }
    const ranked = [...places].sort((a, b) => b[1] - a[1]);
    return ranked.length ? this.entities[ranked[0]![0]] : undefined;
  }

  /** A place named inside an organization's name: "ministry of foreign affairs of x" -> x. */
  private innerPlace(key: string): Entity | undefined {
    const m = / of (?:the )?(.+)$/.exec(key);
    const e = m ? this.byKey.get(m[1]!)?.entity : undefined;
    return e?.type === 'place' ? e : undefined;
  }

  /** The place a demonym or capital stands for (folded key), if known. */
  placeFor(key: string): Entity | undefined {
    const direct = this.standsFor.get(key) ?? this.lexicon.capitalOf(key) ?? this.lexicon.seatOf(key);
    if (direct) return this.byKey.get(direct)?.entity;
    // Any spelling of the entity may be the one the lexicon knows ("Bombay" for "Mumbai").
    const e = this.byKey.get(key)?.entity;
    if (!e) return undefined;
    for (const k of [...e.spellings, ...e.aliases]) {
      const target = this.standsFor.get(k) ?? this.lexicon.capitalOf(k) ?? this.lexicon.seatOf(k);
      if (target) return this.byKey.get(target)?.entity;
    }
    return undefined;
  }
}

/** Equal but for apostrophe and quote styles and spacing: typography, not spelling. */
function sameTypography(a: string, b: string): boolean {
  const norm = (s: string): string => s.replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

function deletionsOf(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}
