/**
 * The units of meaning a claim is compared by: the entities it names, the
 * numbers, dates and ordinals it gives, and its content words with their
 * lemmas, predicate classes and polarity. The same extraction runs on corpus
 * passages, so a claim and a passage are compared unit by unit.
 */
import type { EntityRegistry } from '../entities/registry';
import type { EntityType } from '../entities/mentions';
import type { Lexicon } from '../lexicon/lexicon';
import type { AnalyzedSentence } from '../language/prose';
import type { ValueMention } from '../language/values';

export type UnitKind = 'entity' | 'value' | 'word';

export interface Unit {
  kind: UnitKind;
  /** Token range in the sentence (end exclusive). */
  tokenStart: number;
  tokenEnd: number;
  /** Offsets in the sentence's document. */
  start: number;
  end: number;
  text: string;
  weight: number;
  /** Entities: registry id (or -1 when the corpus does not know the name), the key, the type. */
  entityId?: number;
  entityKey?: string;
  entityType?: EntityType;
  /** Demonyms and capitals: the place entity they stand for. */
  standsFor?: number;
  value?: ValueMention;
  lemma?: string;
  isVerb?: boolean;
  predicateClasses?: string[];
  /** Inside the scope of a negation ("did not recognize"). */
  negated?: boolean;
  /** A word or place inside a longer name. */
  inner?: boolean;
}

export interface SentenceUnits {
  units: Unit[];
  /** Lemma of every token ('' for punctuation), for neighbourhood checks. */
  lemmas: string[];
  /** Token index of each quotation mark, to skip quoted words in some checks. */
  negations: number;
}

/** Words that carry little meaning on their own and weigh less in coverage. */
const LIGHT = new Set(['say', 'tell', 'report', 'state', 'add', 'note', 'be', 'have', 'do', 'make', 'take', 'get', 'go', 'come', 'also', 'other', 'new', 'last', 'first', 'many', 'much', 'more', 'most', 'one', 'two', 'time', 'year', 'day', 'week', 'people', 'way', 'part', 'well']);
/** Relation words kept as content although they are function words. */
const RELATION_WORDS = new Set(['after', 'before', 'not', 'only']);

export class UnitExtractor {
  constructor(
    private readonly lexicon: Lexicon,
    private readonly registry: EntityRegistry,
  ) {}

  extract(s: AnalyzedSentence): SentenceUnits {
    const units: Unit[] = [];
    const covered = new Set<number>();
    const tokens = s.tokens;
    for (const m of s.mentions) {
      for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.add(k);
      let entityId = -1;
      let entityType: EntityType | undefined;
      let standsFor: number | undefined;
      if (m.kind === 'demonym') {
        const place = m.refersTo ? this.registry.lookup(m.refersTo)?.entity : undefined;
        if (place) {
          standsFor = place.id;
          entityType = 'place';
        }
      } else {
        const found = this.registry.lookup(m.key)?.entity ?? this.registry.variant(m.surface)?.entity ?? this.nearMissEntity(m.surface);
        if (found) {
          entityId = found.id;
          entityType = found.type;
        }
        const place = this.registry.placeFor(m.key);
        if (place && place.id !== entityId) standsFor = place.id;
      }
      units.push({
        kind: 'entity',
        tokenStart: m.tokenStart,
        tokenEnd: m.tokenEnd,
        start: m.start,
        end: m.end,
        text: m.surface,
        weight: m.kind === 'demonym' ? 1 : 2,
        entityId,
        entityKey: m.key,
        ...(entityType ? { entityType } : {}),
        ...(standsFor !== undefined ? { standsFor } : {}),
      });
      // The words and places inside a long name count too: "Ministry of Foreign Affairs of
      // France" says "foreign", "ministry" and names the country.
      if (m.tokenEnd - m.tokenStart >= 2 && m.kind === 'name') {
        for (let k = m.tokenStart; k < m.tokenEnd; k++) {
          const t = tokens[k]!;
          if (t.kind !== 'word' || this.lexicon.isFunctionWord(t.lower)) continue;
          const inner = this.registry.lookup(t.lower)?.entity;
          if (inner && inner.id !== entityId && (inner.type === 'place' || inner.type === 'organization')) {
            units.push({ kind: 'entity', tokenStart: k, tokenEnd: k + 1, start: t.start, end: t.end, text: t.text, weight: 0.5, entityId: inner.id, entityKey: t.lower, entityType: inner.type, inner: true });
          } else if (this.lexicon.isKnownWord(t.lower) && !this.lexicon.nameTags(t.lower)) {
            units.push({ kind: 'word', tokenStart: k, tokenEnd: k + 1, start: t.start, end: t.end, text: t.text, weight: 0.5, lemma: s.lemmas[k]!, isVerb: false, inner: true });
          }
        }
      }
    }
    for (const v of s.values) {
      let overlaps = false;
      for (let k = v.tokenStart; k < v.tokenEnd; k++) {
        if (covered.has(k)) overlaps = true;
        covered.add(k);
      }
      if (overlaps) continue;
      units.push({ kind: 'value', tokenStart: v.tokenStart, tokenEnd: v.tokenEnd, start: v.start, end: v.end, text: tokens.slice(v.tokenStart, v.tokenEnd).map((t) => t.text).join(' '), weight: 2, value: v });
    }
    let negations = 0;
    let negateNext = 0;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || t.possessive) continue;
      if (this.lexicon.isNegation(t.lower)) {
        negations++;
        negateNext = 4;
        continue;
      }
      if (covered.has(k)) continue;
      const lemma = s.lemmas[k]!;
      const relation = RELATION_WORDS.has(t.lower);
      if (!relation && (this.lexicon.isFunctionWord(t.lower) || t.lower.length < 2)) {
        if (negateNext > 0) negateNext--;
        continue;
      }
      const isVerb = this.lexicon.hasLemma('v', lemma) && (t.lower !== lemma || this.verbContext(s, k));
      const particle = tokens[k + 1]?.kind === 'word' ? tokens[k + 1]!.lower : undefined;
      const objects = isVerb ? this.objectLemmas(s, k) : [];
      const predicateClasses = isVerb ? this.lexicon.predicateClasses(lemma, particle, objects) : [];
      const negated = negateNext > 0 && isVerb;
      if (negateNext > 0) negateNext--;
      units.push({
        kind: 'word',
        tokenStart: k,
        tokenEnd: k + 1,
        start: t.start,
        end: t.end,
        text: t.text,
        weight: relation ? 1 : LIGHT.has(lemma) || this.lexicon.speechVerbs.has(lemma) ? 0.4 : isVerb ? 1.5 : 1,
        lemma,
        isVerb,
        ...(predicateClasses.length ? { predicateClasses } : {}),
        ...(negated ? { negated } : {}),
      });
    }
    units.sort((a, b) => a.tokenStart - b.tokenStart);
    return { units, lemmas: s.lemmas, negations };
  }

  /** A name the corpus does not know, one or two letters from one it does ("Jean Martan"). */
  private nearMissEntity(surface: string) {
    const words = surface.split(/\s+/);
    for (const w of words) {
      const hit = this.registry.nearMiss(w);
      if (hit) return hit.entity;
    }
    return undefined;
  }

  /** A base-form verb preceded by a subject, auxiliary or "to". */
  private verbContext(s: AnalyzedSentence, k: number): boolean {
    const prev = s.tokens[k - 1];
    if (!prev) return false;
    if (prev.kind === 'word' && (this.lexicon.inClass('auxiliaries', prev.lower) || prev.lower === 'to' || this.lexicon.inClass('pronouns', prev.lower))) return true;
    return s.mentions.some((m) => m.tokenEnd === k && m.kind !== 'demonym');
  }

  /** Lemmas of the nouns after a verb, for predicate classes with objects ("cut ties"). */
  private objectLemmas(s: AnalyzedSentence, k: number): string[] {
    const out: string[] = [];
    for (let j = k + 1; j < Math.min(s.tokens.length, k + 7); j++) {
      const t = s.tokens[j]!;
      if (t.kind === 'punct' && t.text !== '-') break;
      if (t.kind === 'word') out.push(s.lemmas[j]!);
    }
    return out;
  }
}
