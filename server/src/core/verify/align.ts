/**
 * Compares a claim with one corpus passage, unit by unit.
 *
 * Units match when they name the same entity (or the place a demonym or
 * capital stands for), give the same value, or are the same word, a
 * synonym, a derivation or an act of the same predicate class. Units
 * conflict when the passage gives another value of the same kind
 * (date, year, number, ordinal), the opposite act or modifier (antonyms,
 * opposite predicate classes), the other polarity, or another entity in the
 * same place of the sentence (another actor, place or role).
 *
 * A passage supports a claim when it covers nearly all of it with no
 * conflict; it contradicts it when it covers the rest of it well and
 * conflicts on a point.
 */
import type { Lexicon } from '../lexicon/lexicon';
import type { ValueMention } from '../language/values';
import { MESSAGE_ACT, type SentenceUnits, type Unit } from '../claims/units';

export type ConflictKind = 'date' | 'year' | 'number' | 'ordinal' | 'antonym' | 'negation' | 'actor' | 'place' | 'role' | 'cause';

export interface Conflict {
  kind: ConflictKind;
  claimUnit: number;
  passageUnit: number;
  claimText: string;
  passageText: string;
  /** Where the passage's side is in the article's text, when it is a phrase rather than one unit (a cause). */
  passageRange?: { start: number; end: number };
  /** The same for the claim's side, in the draft's offsets. */
  claimRange?: { start: number; end: number };
}

export type Stance = 'supports' | 'contradicts' | 'neutral';

export interface Alignment {
  stance: Stance;
  /** Weighted share of the claim's units the passage matches (conflicting units left out). */
  coverage: number;
  conflicts: Conflict[];
  /** Claim unit index -> passage unit index. */
  matches: Map<number, number>;
  /** Claim entities or values the passage neither matches nor contradicts. */
  missing: Unit[];
}

export const SUPPORT_COVERAGE = 0.62;
export const CONTRADICT_COVERAGE = 0.6;

function valueKindGroup(v: ValueMention): string {
  return v.kind === 'weekday' || v.kind === 'date' || v.kind === 'month' || v.kind === 'offset' ? 'date' : v.kind;
}

type ActsAgree = (a: string | undefined, b: string | undefined) => boolean;

/** How many tokens stand between two units of one sentence. */
function tokenGap(a: Unit, b: Unit): number {
  return b.tokenStart > a.tokenStart ? b.tokenStart - a.tokenEnd : a.tokenStart - b.tokenEnd;
}

/** Two time offsets from the same act: equal, or (for vague ones) the same direction. Undefined: not comparable. */
function sameOffset(a: ValueMention, b: ValueMention, actsAgree: ActsAgree): boolean | undefined {
  if (a.offset === undefined || b.offset === undefined || !a.reference || !b.reference || !actsAgree(a.reference, b.reference)) return undefined;
  if (a.vague || b.vague) return Math.sign(a.offset) === Math.sign(b.offset);
  return a.offset === b.offset;
}

type UnitsAgree = (a: string | undefined, b: string | undefined) => boolean;
type UnitScale = (unit: string) => { measure: string; factor: number } | undefined;

/** The passage's number in the claim's unit when both are units of one measure ("4,000 miles" in km); else undefined. */
function converted(a: ValueMention, b: ValueMention, scale?: UnitScale): number | undefined {
  if (!scale || a.kind !== 'number' || b.kind !== 'number' || !a.unit || !b.unit || a.unit === b.unit) return undefined;
  const sa = scale(a.unit);
  const sb = scale(b.unit);
  if (!sa || !sb || sa.measure !== sb.measure) return undefined;
  return (b.value * sb.factor) / sa.factor;
}

/** The phrase that gives the cause of a sentence's act, and the marker before it. */
export interface CausePhrase {
  units: number[];
  markerUnits: number[];
  text: string;
  refersBack: boolean;
}

/** What the article says around a passage, for a passage that refers to it. */
export interface PassageContext {
  /** Entities named in the sentences just before and in the headline ("the country" in the passage is one of them). */
  entities?: ReadonlySet<number>;
  /** Bodies named by a word in the sentences just before ("a statement from the ministry"), by lemma. */
  bodies?: ReadonlySet<string>;
  /** Dates given in the two sentences before ("the same month"). */
  dates?: readonly ValueMention[];
  /** The day the article was published (a weekday in it is the last such day; its year is left out). */
  published?: PublishedOn;
}

/** The day an article was published; weekday 0 is Monday. */
export interface PublishedOn {
  year: number;
  month: number;
  day: number;
  weekday: number;
  /** Guessed from the article's text: good for its month and year, not for the day a weekday in it falls on. */
  estimated?: boolean;
}

/**
 * True when the token at `k` is inside an aside opened by ", who" or ", which" and closed by a comma before `end`
 * ("X, who speaks for Y, said ..."). Punctuation has an empty lemma.
 */
function relativeAside(lemmas: readonly string[], k: number, end: number): boolean {
  let open = k - 1;
  while (open >= 0 && lemmas[open] !== '') open--;
  if (open < 0 || !/^(who|which)$/.test(lemmas[open + 1] ?? '')) return false;
  for (let j = k + 1; j < end; j++) if (lemmas[j] === '') return true;
  return false;
}

/** The event a "before" or "after" at unit c is set against: the next name or noun after it, or -1. */
function eventAfter(units: readonly Unit[], c: number): number {
  return units.findIndex((u, i) => i > c && (u.kind === 'entity' || (u.kind === 'word' && !u.isVerb)));
}

/** Pronouns that refer back to a name given before the passage. */
const REFERRING_PRONOUNS = new Set(['it', 'its', 'they', 'them', 'their', 'he', 'him', 'his', 'she', 'her', 'itself', 'themselves']);

/** Time words after "the same" or "that" that refer back to a date already given. */
const BACK_REFERENCE_UNITS = new Set(['day', 'week', 'month', 'year']);

const AT_LEAST = /more than|over|at least/;
const AT_MOST = /less than|fewer|under|at most/;
const ABOUT = /about|around|roughly|approximately|nearly|almost|some/;

/** A claim number against a passage number converted to its unit: bounds either side, rounding of conversions allowed. */
function sameMeasure(a: ValueMention, b: ValueMention, c: number): boolean {
  const qa = a.qualifier ?? '';
  const qb = b.qualifier ?? '';
  if (AT_LEAST.test(qb)) return a.value >= c * 0.97 || (AT_LEAST.test(qa) && a.value <= c * 1.03);
  if (AT_MOST.test(qb)) return a.value <= c * 1.03 || (AT_MOST.test(qa) && a.value >= c * 0.97);
  if (AT_LEAST.test(qa)) return c > a.value * 0.97;
  if (AT_MOST.test(qa)) return c < a.value * 1.03;
  // Conversions are rounded ("6,500km (4,000 miles)"): within 3%, or a tenth when either says "about".
  const tolerance = ABOUT.test(qa) || ABOUT.test(qb) ? 0.1 : 0.03;
  return Math.abs(c - a.value) <= tolerance * a.value;
}

/** True if the passage value states the claim value. */
function sameValue(a: ValueMention, b: ValueMention, unitsAgree: UnitsAgree, actsAgree: ActsAgree, scale?: UnitScale): boolean {
  const measure = converted(a, b, scale);
  if (measure !== undefined) return sameMeasure(a, b, measure);
  const offsets = sameOffset(a, b, actsAgree);
  // ("just days before" does not state "five days before", nor contradict it)
  if (offsets !== undefined && !a.vague && b.vague) return false;
  if (offsets !== undefined) return offsets;
  if (a.kind === 'offset' || b.kind === 'offset') return false;
  if (a.kind !== b.kind) {
    // "in July" is said by "13 July"; a year by a date in that year.
    if (a.kind === 'month' && b.kind === 'date') return Math.floor(b.value / 100) === a.value;
    if (a.kind === 'year' && (b.kind === 'date' || b.kind === 'month') && b.year === a.value) return true;
    return false;
  }
  if (a.kind === 'date' || a.kind === 'month') {
    if (a.value !== b.value) return false;
    return a.year === undefined || b.year === undefined || a.year === b.year;
  }
  if (a.kind === 'number' && a.qualifier && !b.qualifier) {
    const q = a.qualifier;
    if (AT_LEAST.test(q)) return b.value > a.value || (q === 'at least' && b.value === a.value);
    if (AT_MOST.test(q)) return b.value < a.value;
    if (ABOUT.test(q)) return Math.abs(b.value - a.value) <= 0.1 * a.value;
  }
  if ((a.kind === 'number' || a.kind === 'ordinal') && a.unit && b.unit && !unitsAgree(a.unit, b.unit)) return false;
  if (a.magnitude && b.magnitude) return a.value === b.value;
  return a.value === b.value;
}

/** Days from b to a when both are weekdays (nearest way round) or dates; undefined when not comparable. */
function dayDifference(a: ValueMention, b: ValueMention): number | undefined {
  if (a.kind === 'weekday' && b.kind === 'weekday') {
    const d = (((a.value - b.value) % 7) + 7) % 7;
    return d > 3 ? d - 7 : d;
  }
  if (a.kind === 'date' && b.kind === 'date' && (a.year === undefined || b.year === undefined || a.year === b.year)) {
    const day = (v: ValueMention): number => Date.UTC(v.year ?? 2001, Math.floor(v.value / 100) - 1, v.value % 100) / 86_400_000;
    return day(a) - day(b);
  }
  return undefined;
}

/** For a claim date and a passage date bounding the act ("after Thursday's announcement"): 'same' day, 'outside' the bound, or undefined. */
function againstBound(claim: ValueMention, bound: ValueMention): 'same' | 'outside' | undefined {
  if (!bound.bound || claim.bound) return undefined;
  const d = dayDifference(claim, bound);
  if (d === undefined) return undefined;
  if (d === 0) return 'same';
  return (bound.bound === 'after' ? d < 0 : d > 0) ? 'outside' : undefined;
}

/** True if the two values answer the same question differently. */
function competingValue(a: ValueMention, b: ValueMention, unitsAgree: UnitsAgree, actsAgree: ActsAgree, scale?: UnitScale): boolean {
  if (valueKindGroup(a) !== valueKindGroup(b)) return false;
  const measure = converted(a, b, scale);
  if (measure !== undefined) return !sameMeasure(a, b, measure);
  const offsets = sameOffset(a, b, actsAgree);
  if (offsets !== undefined) return !offsets;
  if (a.kind === 'offset' || b.kind === 'offset') return false;
  if (a.kind === 'date' && b.kind === 'weekday') return false;
  if (a.kind === 'weekday' && b.kind === 'date') return false;
  if (a.kind === 'weekday' && b.kind === 'month') return false;
  if (a.kind === 'month' && b.kind === 'weekday') return false;
  // A month and a date in it do not compete; "in June" is less precise than "June 30".
  const monthOf = (v: ValueMention): number => (v.kind === 'date' ? Math.floor(v.value / 100) : v.value);
  if ((a.kind === 'month' && b.kind === 'date') || (a.kind === 'date' && b.kind === 'month')) return monthOf(a) !== monthOf(b);
  if (a.kind === 'number' || a.kind === 'ordinal') {
    // Orders of magnitude in words compete with each other ("tens" against "hundreds of thousands").
    if (a.magnitude && b.magnitude) return a.value !== b.value;
    if (a.unit && b.unit && !unitsAgree(a.unit, b.unit)) return false;
    // Bare numbers say too little to disagree ("report 0" and "the two republics").
    if (a.kind === 'number' && (!a.unit || !b.unit)) return false;
  }
  return !sameValue(a, b, unitsAgree, actsAgree);
}

export class Aligner {
  private readonly wordCache = new Map<number, Map<number, number>>();
  private wordCacheEntries = 0;
  private lastRowLemma = -1;
  private lastRow: Map<number, number> | undefined;

  constructor(private readonly lexicon: Lexicon) {}

  /** Acts agree when the verbs match ("invade" and "invade", "announce" and "report"). */
  private readonly actsAgree: ActsAgree = (a, b) => {
    if (!a || !b) return false;
    if (a === b) return true;
    const unit = (lemma: string): Unit => ({ kind: 'word', tokenStart: 0, tokenEnd: 0, start: 0, end: 0, text: '', weight: 0, lemma, isVerb: true, predicateClasses: (this.lexicon.predicateActs.get(lemma) ?? []).map((x) => x.classId) });
    return this.wordMatch(unit(a), unit(b)) >= 0.7;
  };

  private readonly unitScale: UnitScale = (unit) => this.lexicon.unitScale(unit);

  /** Counted nouns agree when equal, synonyms or related, or both words for a state ("third country", "third government"). */
  private readonly unitsAgree: UnitsAgree = (a, b) =>
    a === b || (a !== undefined && b !== undefined && (this.lexicon.areSynonyms(a, b) || this.lexicon.areRelatedNouns(a, b) || (this.isStateWord(a) && this.isStateWord(b))));

  private isStateWord(w: string): boolean {
    return this.lexicon.inClass('state-bodies', w) || this.lexicon.inClass('state-nouns', w);
  }

  /** Similarity of two word units: 1 same lemma ... 0 unrelated, -1 opposite. */
  wordMatch(a: Unit, b: Unit): number {
    const score = this.plainWordMatch(a, b);
    // "not official" is "unofficial", and not "official": a denied modifier is its opposite.
    if (!a.isVerb && !b.isVerb && a.polar && b.polar && !!a.negated !== !!b.negated) return score < 0 ? 0.9 : score >= 0.8 ? -1 : 0;
    return score;
  }

  private plainWordMatch(a: Unit, b: Unit): number {
    const la = a.lemma!;
    const lb = b.lemma!;
    if (la === lb) return 1;
    const ca = a.predicateClasses;
    const cb = b.predicateClasses;
    if (ca && cb) {
      if (ca.some((c) => cb.includes(c))) return 0.9;
      if (this.lexicon.arePredicateOpposites(ca, cb)) return -1;
      // (two acts the lexicon puts in different classes are different acts, whatever distant sense WordNet gives both)
      if (ca.length > 0 && cb.length > 0 && a.isVerb && b.isVerb) return 0;
    }
    // "hit back" against "in response": a verb of a class and a noun made from a verb of the same class.
    if (ca?.length && !b.isVerb && this.nounOfClass(lb, ca)) return 0.85;
    if (cb?.length && !a.isVerb && this.nounOfClass(la, cb)) return 0.85;
    const verbs = a.isVerb === true && b.isVerb === true;
    const score = this.lemmaRelation(la, lb, a.lemmaId, b.lemmaId, verbs, !a.isVerb && !b.isVerb);
    // "reply" and "response": two nouns of acts of one class of the predicate lexicon.
    if (score === 0 && !a.isVerb && !b.isVerb && this.nounsOfOneAct(la, lb)) return 0.85;
    // "the two republics", "the regions": words that head the names of places describe one place alike (not inside a name).
    if (score === 0 && !a.isVerb && !b.isVerb && !a.inner && !b.inner && this.lexicon.inClass('place-heads', la) && this.lexicon.inClass('place-heads', lb)) return 0.6;
    // "looking forward to" and "expected": the phrasal verb is the word that relates.
    if (score !== 0 || (a.phrasal === undefined && b.phrasal === undefined)) return score;
    const pa = a.phrasal ?? la;
    const pb = b.phrasal ?? lb;
    if (pa === pb) return 1;
    return this.lemmaRelation(pa, pb, a.phrasalId ?? a.lemmaId, b.phrasalId ?? b.lemmaId, verbs, false);
  }

  private adjectivesOfOneAct(a: string, b: string): boolean {
    const va = this.lexicon.adjectiveVerbs(a);
    if (va.length === 0) return false;
    const vb = this.lexicon.adjectiveVerbs(b);
    return va.some((x) => vb.some((y) => x === y || this.lexicon.areSynonyms(x, y) || this.lexicon.areRelatedVerbs(x, y)));
  }

  /** True when a noun is made from a verb that is a plain act of one of the classes ("response" of "respond"). */
  private nounOfClass(noun: string, classes: readonly string[]): boolean {
    return this.lexicon.derivationVerbs(noun).some((v) => (this.lexicon.predicateActs.get(v) ?? []).some((x) => !x.particle && !x.objects && classes.includes(x.classId)));
  }

  /** Two nouns of acts of one class of the predicate lexicon ("reply", "response"). */
  private nounsOfOneAct(a: string, b: string): boolean {
    const ca = this.actClassesOfNoun(a);
    if (ca.length === 0) return false;
    const cb = this.actClassesOfNoun(b);
    return cb.some((c) => ca.includes(c));
  }

  /** The plain acts of the predicate lexicon a noun names: those of the verb it is made from, or of itself as a verb. */
  private actClassesOfNoun(n: string): string[] {
    let classes = this.nounActCache.get(n);
    if (classes) return classes;
    const verbs = this.lexicon.derivationVerbs(n);
    const acts = verbs.length > 0 ? verbs : this.lexicon.hasLemma('v', n) ? [n] : [];
    classes = acts.flatMap((v) => (this.lexicon.predicateActs.get(v) ?? []).filter((x) => !x.particle && !x.objects).map((x) => x.classId));
    if (this.nounActCache.size > 100_000) this.nounActCache.clear();
    this.nounActCache.set(n, classes);
    return classes;
  }
  private readonly nounActCache = new Map<string, string[]>();

  /** Two nouns of acts the predicate lexicon calls opposites ("opposition" of "oppose", "support"). */
  private nounsOfOppositeActs(a: string, b: string): boolean {
    const ca = this.actClassesOfNoun(a);
    if (ca.length === 0) return false;
    const cb = this.actClassesOfNoun(b);
    return cb.length > 0 && !ca.some((c) => cb.includes(c)) && this.lexicon.arePredicateOpposites(ca, cb);
  }

  /** How two lemmas relate in the lexicon (cached by lemma numbers: the same pairs recur across passages). */
  private lemmaRelation(la: string, lb: string, ia: number | undefined, ib: number | undefined, verbs: boolean, nouns: boolean): number {
    const flags = (verbs ? 1 : 0) + (nouns ? 2 : 0);
    // Two levels of small-integer keys (one number for the pair would leave the small-integer range and hash
    // slowly); the first level by the first lemma, remembered between calls, since a claim word meets a whole passage in turn.
    let row: Map<number, number> | undefined;
    const inner = ia !== undefined && ib !== undefined ? ib * 4 + flags : -1;
    if (inner >= 0) {
      if (ia === this.lastRowLemma && this.lastRow) row = this.lastRow;
      else {
        row = this.wordCache.get(ia!);
        if (!row) {
          if (this.wordCacheEntries > 1_000_000) {
            this.wordCache.clear();
            this.wordCacheEntries = 0;
          }
          row = new Map();
          this.wordCache.set(ia!, row);
        }
        this.lastRowLemma = ia!;
        this.lastRow = row;
      }
      const cached = row.get(inner);
      if (cached !== undefined) return cached;
    }
    let score = 0;
    if (this.lexicon.areAntonyms(la, lb)) score = -1;
    // "a show of opposition to X" against "a show of support for X": nouns of opposite acts.
    else if (nouns && this.nounsOfOppositeActs(la, lb)) score = -1;
    else if (this.lexicon.derivationVerbs(la).includes(lb) || this.lexicon.derivationVerbs(lb).includes(la)) score = 0.85;
    else if (this.lexicon.areSynonyms(la, lb) || this.lexicon.shareOpposite(la, lb)) score = 0.8;
    else if (this.lexicon.areRelatedForms(la, lb)) score = 0.8;
    else if (verbs && this.lexicon.areRelatedVerbs(la, lb)) score = 0.7;
    else if (nouns && this.lexicon.areRelatedNouns(la, lb)) score = 0.6;
    // "oppressive" and "repressive": adjectives made from verbs that are one act or one kind of it.
    else if (nouns && this.adjectivesOfOneAct(la, lb)) score = 0.7;
    // "well-wishes" and "warm words": two nouns for a message sent (see message-nouns in server/data/speech-verbs.yaml).
    else if (nouns && this.lexicon.inClass('message-nouns', la) && this.lexicon.inClass('message-nouns', lb)) score = 0.6;
    if (row) {
      row.set(inner, score);
      this.wordCacheEntries++;
    }
    return score;
  }

  private entityMatch(a: Unit, b: Unit): number {
    if (a.entityId! >= 0 && a.entityId === b.entityId) return 1;
    if (a.entityId! < 0 && a.entityKey === b.entityKey) return 1;
    // "the Ministry of Foreign Affairs" and "the Ministry of Foreign Affairs of X": a body's name inside its full name.
    if ((a.entityType ?? 'organization') === 'organization' && b.entityType === 'organization' && !a.inner && !b.inner && this.nameHolds(a, b)) return 0.85;
    // "the VPR" and "Vesta": a place named for a place, whose long name holds that name and a word for a state or region
    // ("Vesta People's Republic").
    const namedFor = (x: Unit, y: Unit): boolean =>
      !!x.nameWords && !!y.entityKey && !y.entityKey.includes(' ') && y.entityId !== undefined && y.entityId >= 0 && x.entityId !== y.entityId && x.nameWords.includes(y.entityKey) && x.nameWords.some((w) => this.lexicon.inClass('place-heads', w));
    if (!a.inner && !b.inner && (namedFor(a, b) || namedFor(b, a))) return 0.85;
    // A capital or demonym stands for its country as an actor, not as a location ("in the capital").
    if ((a.locative || b.locative) && !(a.posting && b.posting)) return 0;
    // A person stands for the state they serve only as the one acting ("the president recognized" for "the state recognized").
    if ((a.entityType === 'person' || b.entityType === 'person') && !(a.actor && b.actor)) return 0;
    if (a.standsFor !== undefined && (a.standsFor === b.entityId || a.standsFor === b.standsFor)) return 0.9;
    if (b.standsFor !== undefined && b.standsFor === a.entityId && a.entityId! >= 0) return 0.9;
    return 0;
  }

  /** True if two dates belong to the same act ("recognized on Wednesday" and "recognition ... Thursday"); unknown acts never do. */
  private sameAct(a: Unit, b: Unit): boolean {
    if (!a.anchors || !b.anchors) return false;
    // (the act of a message noun is the act of sending words: "X's letters ... went out on Tuesday" and "X sent letters
    // on Wednesday")
    const asUnit = (lemma: string): Unit => ({ kind: 'word', tokenStart: 0, tokenEnd: 0, start: 0, end: 0, text: '', weight: 0, lemma, isVerb: true, predicateClasses: lemma === MESSAGE_ACT ? ['send-message'] : (this.lexicon.predicateActs.get(lemma) ?? []).map((x) => x.classId) });
    return a.anchors.some((x) => b.anchors!.some((y) => x === y || this.wordMatch(asUnit(x), asUnit(y)) >= 0.8));
  }

  private match(a: Unit, b: Unit): number {
    if (a.kind !== b.kind) {
      // A demonym word may meet its place written as a word unit ("French" vs "France's").
      return 0;
    }
    if (a.kind === 'entity') return this.entityMatch(a, b);
    if (a.kind === 'value') {
      // "cut ties on Thursday" against "cut them off after Thursday's announcement": the same day fits the bound.
      if (b.boundAnchors && a.anchors && this.sameAct(a, { ...b, anchors: b.boundAnchors }) && againstBound(a.value!, b.value!) === 'same') return 0.9;
      if (!sameValue(a.value!, b.value!, this.unitsAgree, this.actsAgree, this.unitScale)) return 0;
      // The same date for another act does not say the claim's act happened then.
      if (a.anchors && b.anchors && !this.sameAct(a, b)) return 0;
      // (nor a date far from its only act: "X sent letters on Wednesday, Y reported on Thursday" does not date a report
      // on Wednesday)
      if (a.anchors && !b.anchors && b.farAnchors && (a.value!.kind === 'weekday' || a.value!.kind === 'date') && !this.sameAct(a, { ...b, anchors: b.farAnchors })) return 0;
      // (nor two days each far from its only act, when the acts differ: "Wednesday: the recognition becomes public"
      // against "sent letters ... on Wednesday")
      if (!a.anchors && a.farAnchors && !b.anchors && b.farAnchors && (a.value!.kind === 'weekday' || a.value!.kind === 'date') && !this.sameAct({ ...a, anchors: a.farAnchors }, { ...b, anchors: b.farAnchors })) return 0;
      return 1;
    }
    // An office matches only an office ("minister" is not "ministry").
    if (!!a.role !== !!b.role) return 0;
    if (a.role && a.lemma !== b.lemma && this.sameOffice(a.lemma!, b.lemma!)) return 0.9;
    return this.wordMatch(a, b);
  }

  /**
   * Whether joining a neighbouring sentence to a passage could change its alignment: the
   * neighbour has a unit that matches or opposes a claim unit the passage left unmatched,
   * a value that could compete with one, a place where the claim's unmatched place could
   * be, or the negation a negated claim needs. A neighbour with none of these leaves the
   * matches, conflicts and stance as they were, so it need not be aligned.
   */
  mayExtend(claim: SentenceUnits, alignment: Alignment, neighbour: SentenceUnits): boolean {
    if (claim.negations > 0 && neighbour.negations > 0) return true;
    const cu = claim.units;
    for (let i = 0; i < cu.length; i++) {
      const u = cu[i]!;
      if (alignment.matches.has(i)) continue;
      for (const v of neighbour.units) {
        if (v.kind !== u.kind) continue;
        if (this.match(u, v) !== 0) return true;
        if (u.kind === 'value' && valueKindGroup(u.value!) === valueKindGroup(v.value!)) return true;
        if (u.kind === 'entity' && u.locative && v.locative) return true;
      }
    }
    return false;
  }

  /** Aligns a claim with a passage; `around` tells what the article says around the passage (see PassageContext). */
  align(claim: SentenceUnits, passage: SentenceUnits, around: PassageContext = {}): Alignment {
    const context = around.entities ?? new Set<number>();
    const contextDates = around.dates ?? [];
    const published = around.published;
    const cu = claim.units;
    const pu = passage.units;
    const matches = new Map<number, number>();
    const matchScore = new Map<number, number>();
    const usedPassage = new Set<number>();
    const opposites: { c: number; p: number }[] = [];
    // Best pairs first (an exact name before a name standing for it), heavier claim units first on ties.
    const pairs: { i: number; j: number; score: number }[] = [];
    for (let i = 0; i < cu.length; i++) {
      const u = cu[i]!;
      for (let j = 0; j < pu.length; j++) {
        const v = pu[j]!;
        if (v.kind !== u.kind) continue;
        const score = this.match(u, v);
        if (score < 0) opposites.push({ c: i, p: j });
        else if (score > 0) pairs.push({ i, j, score });
      }
    }
    pairs.sort((a, b) => b.score - a.score || cu[b.i]!.weight - cu[a.i]!.weight || a.i - b.i || a.j - b.j);
    for (const { i, j, score } of pairs) {
      if (matches.has(i) || usedPassage.has(j)) continue;
      matches.set(i, j);
      matchScore.set(i, score);
      usedPassage.add(j);
    }

    // A word the passage has twice goes to the one among the claim's other matches ("lose an embassy ...:
    // X closed its embassy in Y" for "X closed its embassy in Z").
    if (matches.size > 2) {
      for (const [i, p] of [...matches]) {
        if (cu[i]!.kind !== 'word') continue;
        const lemma = pu[p]!.lemma;
        const twice = (q: number): boolean => q !== p && !usedPassage.has(q) && pu[q]!.kind === 'word' && pu[q]!.lemma === lemma;
        if (!pu.some((_, q) => twice(q))) continue;
        const others = [...matches].filter(([c]) => c !== i).map(([, q]) => q).sort((a, b) => a - b);
        const center = others[others.length >> 1]!;
        let best = p;
        for (let q = 0; q < pu.length; q++) {
          if (!twice(q)) continue;
          if (Math.abs(q - center) < Math.abs(best - center)) best = q;
        }
        if (best !== p) {
          usedPassage.delete(p);
          usedPassage.add(best);
          matches.set(i, best);
        }
      }
    }
    // "cut ties" for "severed relations": objects of one act that the act's class names together are one thing.
    const sharedClasses = new Set<string>();
    for (const [c, p] of matches) {
      const a = cu[c]!.predicateClasses;
      const b = pu[p]!.predicateClasses;
      if (a && b) for (const k of a) if (b.includes(k)) sharedClasses.add(k);
    }
    if (sharedClasses.size > 0) {
      cu.forEach((u, i) => {
        if (u.kind !== 'word' || u.isVerb || matches.has(i)) return;
        for (const k of sharedClasses) {
          const objects = this.lexicon.predicateObjects.get(k);
          if (!objects?.has(u.lemma!)) continue;
          const j = pu.findIndex((v, q) => v.kind === 'word' && !v.isVerb && !usedPassage.has(q) && objects.has(v.lemma!));
          if (j < 0) continue;
          matches.set(i, j);
          matchScore.set(i, 0.8);
          usedPassage.add(j);
          return;
        }
      });
    }
    /** Takes back the match of a claim unit. */
    const unmatch = (c: number): void => {
      const p = matches.get(c);
      if (p === undefined) return;
      matches.delete(c);
      matchScore.delete(c);
      usedPassage.delete(p);
    };
    // "after X" matches "after Y" only when X matches Y: the relation is about its object.
    for (const [c, p] of [...matches]) {
      if (cu[c]!.lemma !== 'before' && cu[c]!.lemma !== 'after') continue;
      if (!this.sameObject(cu, pu, c, p, matches)) unmatch(c);
    }
    // "Norway Day" against "Norway's" and a name the data gives a country's own day (national-day-names): a day named
    // after a country is that day; so is the data's name written in lower case in the claim.
    const nationalDay = (k: number): boolean => pu[k]!.kind === 'entity' && !usedPassage.has(k) && this.lexicon.inClass('national-day-names', pu[k]!.text.toLowerCase());
    cu.forEach((u, i) => {
      if (matches.has(i)) return;
      const named = u.kind === 'entity' && (u.entityId ?? -1) < 0 ? /^(.+)\s+day$/i.exec(u.text)?.[1]?.toLowerCase() : undefined;
      const lowerCase = u.kind === 'word' && this.lexicon.inClass('national-day-names', `${u.lemma} ${claim.lemmas[u.tokenEnd]}`);
      if (!named && !lowerCase) return;
      const q = pu.findIndex((_, k) => nationalDay(k) && (!named || (pu[k - 1]?.kind === 'entity' && pu[k - 1]!.text.toLowerCase() === named)));
      if (q < 0) return;
      matches.set(i, q);
      matchScore.set(i, 0.9);
      usedPassage.add(q);
    });
    // "X had maintained relations with Y before the recognition" against "X, which previously maintained relations with
    // Y, cut them off after the announcement": an adverb of earlier time on the same act says "before".
    cu.forEach((u, i) => {
      if (u.kind !== 'word' || u.lemma !== 'before' || matches.has(i)) return;
      const earlier = [...matches].some(([c, p]) => cu[c]!.isVerb && cu[c]!.weight >= 1.5 && /^(previously|formerly|earlier|once)$/.test(passage.lemmas[pu[p]!.tokenStart - 1] ?? '') && pu.some((v) => v.isVerb && v.tokenStart > pu[p]!.tokenStart && this.lexicon.arePredicateOpposites(pu[p]!.predicateClasses ?? [], v.predicateClasses ?? [])));
      if (earlier) matchScore.set(i, 0.8);
    });
    // "X's decision followed Y" against "After Y, X announced ...": a verb of sequence is the passage's relation word.
    cu.forEach((u, i) => {
      if (!u.isVerb || matches.has(i) || (u.lemma !== 'follow' && u.lemma !== 'precede')) return;
      const word = u.lemma === 'follow' ? 'after' : 'before';
      const q = pu.findIndex((v, k) => v.kind === 'word' && v.lemma === word && !usedPassage.has(k));
      if (q < 0) return;
      matches.set(i, q);
      matchScore.set(i, 0.85);
      usedPassage.add(q);
    });
    // "the distance between X and Y at over 4,000 miles" against "Y, 6,500km away": a figure of length the passage gives
    // for the claim's figure gives the word for the distance too.
    const lengthGiven = [...matches].some(([c, p]) => cu[c]!.kind === 'value' && pu[p]!.kind === 'value' && this.lexicon.unitScale(cu[c]!.value!.unit ?? '')?.measure === 'length');
    cu.forEach((u, i) => {
      if (lengthGiven && u.kind === 'word' && !u.isVerb && !matches.has(i) && this.lexicon.inClass('distance-words', u.lemma!)) matchScore.set(i, 0.8);
    });
    // A name matched through a place inside it: "the X People's Republic" where the passage says "X".
    cu.forEach((u, i) => {
      if (u.kind !== 'entity' || u.inner || matchScore.has(i)) return;
      if (cu.some((w, j) => w.inner && w.kind === 'entity' && matches.has(j) && w.tokenStart >= u.tokenStart && w.tokenEnd <= u.tokenEnd)) matchScore.set(i, 0.7);
    });
    // "the state news agency X" against "its state news agency": the description gives the name.
    cu.forEach((u, i) => {
      if (!u.described || matchScore.has(i)) return;
      const by = cu.findIndex((w, k) => Math.abs(k - i) <= 3 && w.kind === 'word' && w.lemma === u.described && (matchScore.get(k) ?? 0) >= 0.8);
      if (by >= 0) matchScore.set(i, 0.8);
    });
    // "X hails it as another victory" against "'This is another victory,' he said": a verb of praise is the
    // passage's verb of speech.
    cu.forEach((u, i) => {
      // (not in a passage that tells of the opposite act: "X said it strongly condemns Y")
      if (!u.isVerb || u.inner || matchScore.has(i) || !u.predicateClasses?.includes('welcome') || pu.some((v) => v.kind === 'word' && this.lexicon.arePredicateOpposites(u.predicateClasses!, v.predicateClasses?.length ? v.predicateClasses : this.lexicon.predicateClasses(v.lemma!, undefined, [])))) return;
      // (a verb of speech after its speaker or the quotation that ends its clause: "'…,' he said", not "X announced
      // that ...")
      const saying = (v: Unit): boolean =>
        (['he', 'she', 'they', 'it', 'we', 'i', ''].includes(passage.lemmas[v.tokenStart - 1] ?? '-') || pu.some((w) => w.kind === 'entity' && w.tokenEnd === v.tokenStart)) && (passage.lemmas[v.tokenEnd] ?? '') === '';
      const j = pu.findIndex((v, k) => v.kind === 'word' && !usedPassage.has(k) && this.lexicon.speechVerbs.has(v.lemma!) && !/ing$/i.test(v.text) && saying(v));
      if (j < 0) return;
      matches.set(i, j);
      matchScore.set(i, 0.7);
      usedPassage.add(j);
    });
    // Two names of one entity in the claim ("France ... Paris"): one match serves both.
    cu.forEach((u, i) => {
      // A place where something happened is not served by the actor it stands for ("France's envoy ... in Paris").
      if (u.kind !== 'entity' || matches.has(i) || u.locative) return;
      const same = [...matches.keys()].some((m) => {
        const w = cu[m]!;
        return w.kind === 'entity' && w.entityId! >= 0 && (w.entityId === u.entityId || w.entityId === u.standsFor || (w.standsFor !== undefined && w.standsFor === u.entityId));
      });
      if (same) matchScore.set(i, 0.8);
    });

    const conflicts: Conflict[] = [];
    const inConflict = new Set<number>();
    // The channel news came through ("through X", "by its state news agency, X") is no actor or place of the act: it
    // is set only against the passage's channel ("released by the Y agency") or whoever reports there ("Y reported").
    const channel = this.channelPhrase(claim);
    const passageChannel = this.channelPhrase(passage);
    const reporter = (v: Unit): boolean => passageChannel.has(v.tokenStart) || passage.lemmas.slice(v.tokenEnd, v.tokenEnd + 3).some((l) => this.lexicon.speechVerbs.has(l));
    // ("too" only as "as well", before a comma or at the end: not "too late")
    const alsoAt = claim.lemmas.findIndex((l, k) => l === 'also' || l === 'likewise' || l === 'similarly' || (l === 'too' && (claim.lemmas[k + 1] ?? '') === ''));
    const alsoDone = alsoAt > 0 && this.exclusiveActors(claim).size === 0 ? alsoAt : 0;
    const addConflict = (kind: ConflictKind, c: number, p: number, passageText = pu[p]!.text, phrase?: Pick<Conflict, 'claimText' | 'claimRange' | 'passageRange'>): void => {
      if (inConflict.has(c)) return;
      if (cu[c]!.kind === 'entity' && channel.has(cu[c]!.tokenStart) && (kind === 'actor' || kind === 'place') && !reporter(pu[p]!)) return;
      // ("X also recognised them": the claim says others did it too, so another who did it is no other answer)
      if ((kind === 'actor' || kind === 'place') && alsoDone && cu[c]!.actor && !cu[c]!.locative && cu[c]!.tokenEnd <= alsoDone) return;
      inConflict.add(c);
      conflicts.push({ kind, claimUnit: c, passageUnit: p, claimText: cu[c]!.text, passageText, ...phrase });
    };

    // "Only two countries recognise it" against "the third country to recognise it": an exhaustive count
    // below an ordinal of the same thing, for the same act.
    const actMatched = [...matches.keys()].some((k) => cu[k]!.isVerb && cu[k]!.weight >= 1.5 && (matchScore.get(k) ?? 0) >= 0.7);
    cu.forEach((u, i) => {
      if (!actMatched || u.kind !== 'value' || u.value!.kind !== 'number' || !u.value!.unit || !/^(only|just|merely)$/.test(claim.lemmas[u.tokenStart - 1] ?? '')) return;
      // ("Before Z, only two countries had done it" and "only two had done it before Z" count those before the third.)
      const before = claim.lemmas.some((l) => l === 'before' || l === 'until');
      const j = pu.findIndex((v) => v.kind === 'value' && v.value!.kind === 'ordinal' && !!v.value!.unit && this.unitsAgree(u.value!.unit, v.value!.unit) && (before ? v.value!.value - 1 !== u.value!.value : v.value!.value > u.value!.value));
      if (j < 0) return;
      unmatch(i);
      addConflict('number', i, j);
    });
    const withFar = (u: Unit): Unit => (u.anchors || !u.farAnchors ? u : { ...u, anchors: u.farAnchors });
    // Values: another value of the same kind where the claim's is not found.
    // A date competes only with a date of the same act ("recognized on Wednesday" vs "announced on Thursday").
    cu.forEach((u, i) => {
      if (u.kind !== 'value' || matches.has(i)) return;
      const j = pu.findIndex((v, k) => v.kind === 'value' && !usedPassage.has(k) && competingValue(u.value!, v.value!, this.unitsAgree, this.actsAgree, this.unitScale) && (valueKindGroup(u.value!) !== 'date' && u.value!.kind !== 'year' ? true : this.sameAct(withFar(u), withFar(v))));
      if (j < 0) {
        // A date outside the bound the passage sets on the same act: "on Wednesday" against "after Thursday's announcement".
        const b = pu.findIndex((v, k) => v.kind === 'value' && !usedPassage.has(k) && !!v.boundAnchors && !!u.anchors && againstBound(u.value!, v.value!) === 'outside' && this.sameAct(u, { ...v, anchors: v.boundAnchors }));
        if (b >= 0) {
          addConflict('date', i, b, `${pu[b]!.value!.bound} ${pu[b]!.text}`);
          return;
        }
        // The other way round: the claim bounds its act by another event's day ("severed them only once X had made its
        // Thursday announcement") and the passage dates that act outside the bound ("cut ties on Wednesday").
        const e = u.value!.bound && u.boundAnchors ? pu.findIndex((v, k) => v.kind === 'value' && !usedPassage.has(k) && !v.value!.bound && againstBound(v.value!, u.value!) === 'outside' && this.sameAct({ ...u, anchors: u.boundAnchors }, withFar(v))) : -1;
        if (e >= 0) {
          addConflict('date', i, e, pu[e]!.text, { claimText: `${u.value!.bound} ${u.text}` });
          return;
        }
        // "on 13 July" against "on Thursday" for the same act: in the year of the article, that day was another weekday.
        const w = pu.findIndex((v, k) => v.kind === 'value' && !usedPassage.has(k) && !v.value!.bound && !u.value!.bound && this.otherWeekday(u.value!, v.value!, published) && this.sameAct(withFar(u), withFar(v)));
        if (w >= 0 && !this.doneByOthers(claim, passage, withFar(u), withFar(pu[w]!))) addConflict('date', i, w);
        return;
      }
      const kind: ConflictKind = valueKindGroup(u.value!) === 'date' ? 'date' : u.value!.kind === 'year' ? 'year' : u.value!.kind === 'ordinal' ? 'ordinal' : 'number';
      // "Z recognised it on 29 June" against "Y ... recognised it on the eve of the invasion": the same act done by another
      // doer is another event, and its date says nothing of Z's.
      if ((kind === 'date' || kind === 'year') && this.doneByOthers(claim, passage, withFar(u), withFar(pu[j]!))) return;
      addConflict(kind, i, j);
    });
    // "the first time X cut ties with a country over it" against "X similarly ended relations with Z": the passage tells
    // of the same act done to another before or besides, so it was not the first.
    cu.forEach((u, i) => {
      if (u.kind !== 'value' || matches.has(i) || inConflict.has(i) || u.value!.kind !== 'ordinal' || u.value!.value !== 1) return;
      const used = new Set(matches.values());
      for (const [c, p0] of matches) {
        if (!cu[c]!.isVerb || cu[c]!.weight < 1.5 || !pu[p0]!.isVerb || this.lexicon.inClass('copulas', cu[c]!.lemma!)) continue;
        // (the passage's act of the same class that a word of repetition marks: "X similarly ended relations with Z")
        const L = passage.lemmas;
        const sameClass = (v: Unit): boolean => v.isVerb === true && (v.lemma === pu[p0]!.lemma || (v.predicateClasses ?? []).some((k) => pu[p0]!.predicateClasses?.includes(k)));
        for (const [p, act] of pu.entries()) {
          if (!sameClass(act) || act.negated) continue;
          // (an object, not the agent after "by")
          const other = pu.findIndex((v, k) => k > p && v.kind === 'entity' && !v.inner && !used.has(k) && v.tokenStart - act.tokenEnd <= 6 && L[v.tokenStart - 1] !== 'by');
          if (other < 0) continue;
          const marker = L.findIndex((l, t) => t >= act.tokenStart - 3 && t <= pu[other]!.tokenEnd && /^(also|similarly|likewise|too|again)$/.test(l));
          if (marker < 0) continue;
          const first = pu.find((v) => v.tokenStart >= Math.min(marker, act.tokenStart)) ?? act;
          addConflict('ordinal', i, other, pu[other]!.text, { claimText: u.text, passageRange: { start: Math.min(first.start, act.start), end: pu[other]!.end } });
          return;
        }
      }
    });
    // "the first victory" against "another victory": there were others before it.
    cu.forEach((u, i) => {
      if (u.kind !== 'value' || matches.has(i) || inConflict.has(i) || u.value!.kind !== 'ordinal' || u.value!.value !== 1 || !u.value!.unit) return;
      const noun = pu.findIndex((v) => v.kind === 'word' && v.lemma === u.value!.unit && passage.lemmas.slice(Math.max(0, v.tokenStart - 3), v.tokenStart).includes('another'));
      if (noun >= 0) addConflict('ordinal', i, noun, `another ${pu[noun]!.text}`);
    });
    // Opposite acts and modifiers.
    for (const { c, p } of opposites) {
      if (cu[c]!.inner || pu[p]!.inner) continue;
      if (matches.has(c) && (matchScore.get(c) ?? 0) >= 0.85) continue;
      if (usedPassage.has(p) && !matches.has(c)) continue;
      if (this.invertedRelation(cu, pu, c, p, matches)) {
        matchScore.set(c, 0.85);
        continue;
      }
      // "before the invasion" and "after the statement" are about different events.
      if ((cu[c]!.lemma === 'before' || cu[c]!.lemma === 'after') && !this.sameObject(cu, pu, c, p, matches)) continue;
      // (and "kept ties before X" against "cut ties after X" is no contradiction: the acts are opposite too)
      if ((cu[c]!.lemma === 'before' || cu[c]!.lemma === 'after') && opposites.some((o) => cu[o.c]!.isVerb && pu[o.p]!.isVerb)) continue;
      // Opposite acts on either side of the same event follow each other ("had kept ties before the vote" and "cut ties
      // after the vote").
      if (cu[c]!.isVerb && pu[p]!.isVerb && this.oppositeSides(claim, passage, matches)) continue;
      // (an act the claim holds only up to some event is not denied by the opposite act at a time the passage does
      // not give: "had kept ties before the vote" against "cut ties")
      if (cu[c]!.isVerb && pu[p]!.isVerb && this.scopedBefore(claim, matches)) continue;
      // An opposite act counts only if the passage's actor is the claim's ("Paris cut ties" says nothing of others' ties).
      // (a participle before the noun both sides give describes it, whoever acts: "reduced trade" against "increased trade")
      const describesSameNoun = cu[c + 1]?.kind === 'word' && cu[c + 1]!.tokenStart === cu[c]!.tokenEnd && matches.get(c + 1) === p + 1 && pu[p + 1]!.tokenStart === pu[p]!.tokenEnd;
      if (pu[p]!.isVerb && !describesSameNoun && !this.actorMatched(cu, pu, c, p, matches, claim.lemmas, passage.lemmas)) continue;
      // Nouns of opposite acts count only for the same thing ("opposition to X" against "support for X").
      if (!cu[c]!.isVerb && !pu[p]!.isVerb && !cu[c]!.polar && !this.sameObject(cu, pu, c, p, matches)) continue;
      addConflict('antonym', c, p);
    }
    // Polarity of a matched act.
    for (const [c, p] of matches) {
      const u = cu[c]!;
      const v = pu[p]!;
      // Only the same act, not a loosely related one ("would not alter" says nothing against "ended").
      if (u.kind === 'word' && u.isVerb && v.isVerb && !!u.negated !== !!v.negated && (matchScore.get(c) ?? 0) >= 0.8) addConflict('negation', c, p);
    }
    // Claim names whose place in the passage holds another name: not to be filled from the sentences before.
    const displaced = new Set<number>();
    // "Only X and Y had recognised them" (or "Apart from X and Y, nobody had"): a passage whose subject does the same act
    // to the same thing and is none of them contradicts the claim.
    const exclusive = this.exclusiveActors(claim);
    // (the claim's listed names, by unit: the first of them stands for the list in a conflict)
    const listedNames = exclusive.size > 0 ? cu.map((u, i) => [u, i] as const).filter(([u]) => u.kind === 'entity' && exclusive.has(u.entityId!)).map(([, i]) => i) : [];
    const first = listedNames[0] ?? -1;
    if (first >= 0) {
      // (the act may be told twice, and the other doer's is the second: "X and Y are the only ones who recognize them.
      // Z recognized them in 2014")
      const acts = [...matches].filter(([c]) => cu[c]!.isVerb && cu[c]!.weight >= 1.5 && (matchScore.get(c) ?? 0) >= 0.8)
        .flatMap(([c, p]) => [p, ...pu.flatMap((v, q) => (q !== p && v.isVerb && v.lemma === pu[p]!.lemma ? [q] : []))].map((q) => [c, q] as const));
      for (const [c, p] of acts) {
        const verb = cu[c]!;
        if (!pu[p]!.isVerb) continue;
        const subject = this.unnamedSubject(cu, passage, p, new Set(matches.values()));
        if (subject < 0) continue;
        if (!this.sameThingDone(claim, pu, c, p, matches)) continue;
        const lastListed = cu[listedNames[listedNames.length - 1]!]!;
        addConflict('actor', first, subject, pu[subject]!.text, { claimText: cu.slice(first, listedNames[listedNames.length - 1]! + 1).filter((u) => u.kind === 'entity').map((u) => u.text).join(', '), claimRange: { start: cu[first]!.start, end: lastListed.end } });
        // The passage tells of another who did it: the other names listed, and names the claim sets the time by
        // ("before Z did"), are not for it to give.
        cu.forEach((u, i) => {
          if (u.kind === 'entity' && !matches.has(i) && (exclusive.has(u.entityId!) || u.tokenEnd <= verb.tokenStart || u.tokenStart > verb.tokenStart)) {
            const objectOfAct = [...matches].some(([cc]) => cc === i);
            if (!objectOfAct) inConflict.add(i);
          }
        });
        break;
      }
      // The passage lists the claim's names with another among them for the same act ("only X and Y do it" against
      // "X, Z and Y are the only ones to do it").
      const listedAt = [...matches].filter(([c]) => cu[c]!.kind === 'entity' && exclusive.has(cu[c]!.entityId!)).map(([, q]) => q).sort((a, b) => a - b);
      if (!inConflict.has(first) && acts.length > 0 && listedAt.length >= 2) {
        const [from, to] = [listedAt[0]!, listedAt[listedAt.length - 1]!];
        const used = new Set(matches.values());
        const inList = pu.slice(from, to + 1).every((v) => !v.isVerb);
        const other = (v: Unit, k: number): boolean => v.kind === 'entity' && !v.inner && !used.has(k) && v.entityType === pu[from]!.entityType && !this.nameHolds(v, pu[from]!) && !this.nameHolds(v, pu[to]!);
        let extra = inList ? pu.findIndex((v, k) => k > from && k < to && other(v, k)) : -1;
        // (or one joined to a listed name by "and": "after X and Z")
        if (extra < 0) extra = pu.findIndex((v, k) => other(v, k) && listedAt.some((q) => this.listedTogether(pu, passage.lemmas, Math.min(q, k), Math.max(q, k))));
        if (extra >= 0) addConflict('actor', first, extra);
      }
    }
    // "X's leader personally wrote to them" against "X's foreign minister sent letters": a person the claim names stands
    // for the state the passage names, but the passage gives the act to another office of that state.
    cu.forEach((u, i) => {
      if (u.kind !== 'entity' || u.entityType !== 'person' || u.standsFor === undefined || !u.actor || inConflict.has(i)) return;
      const p = matches.get(i);
      if (p === undefined || pu[p]!.entityType === 'person' || pu[p]!.entityId !== u.standsFor) return;
      const act = [...matches].find(([c, q]) => cu[c]!.isVerb && cu[c]!.weight >= 1.5 && pu[q]!.isVerb && q > p);
      if (!act) return;
      // (the office right before the passage's act, with no name of a person between)
      const office = pu.slice(p + 1, act[1]).reverse().find((v) => v.kind === 'word' && v.role);
      if (!office || this.lexicon.inClass('leading-offices', office.lemma!) || pu.slice(p + 1, act[1]).some((v) => v.kind === 'entity' && v.entityType === 'person')) return;
      const at = pu.indexOf(office);
      const from = pu[at - 1]?.kind === 'word' && !pu[at - 1]!.isVerb && pu[at - 1]!.tokenEnd === office.tokenStart ? at - 1 : at;
      unmatch(i);
      addConflict('role', i, at, pu.slice(from, at + 1).map((v) => v.text).join(' '));
    });
    // "Z had recognised them before Y did" against "Y, the third to recognise them after A and B".
    const uncounted = this.notCountedBefore(claim, passage, matches);
    if (uncounted && !inConflict.has(uncounted.c)) {
      addConflict('actor', uncounted.c, uncounted.counted[0]!, `only ${uncounted.counted.map((k) => pu[k]!.text).join(' and ')} before`);
      // (and the others the claim lists with it: "Z and W had recognised them before Y did")
      for (const k of uncounted.listed) if (!matches.has(k)) inConflict.add(k);
    }
    // Another entity in the same place of the sentence.
    // (Two names of the claim in the place of one name of the passage, "X and Y" against "the Z separatists": the passage
    // names what holds them both, not another one.)
    const substitutes = new Map<number, number>();
    const takenBy = new Map<number, number>();
    cu.forEach((u, i) => {
      const demonym = u.weight === 1 && u.entityId! < 0;
      // (a name the corpus never uses may stand where the passage names another before the same noun: "the X agency"
      // against "the Y agency")
      const head = cu[i + 1];
      const headAt = head?.kind === 'word' && head.tokenStart === u.tokenEnd && this.lexicon.inClass('organization-heads', head.lemma!) ? matches.get(i + 1) : undefined;
      const before = headAt !== undefined ? pu[headAt - 1] : undefined;
      if (u.kind === 'entity' && u.entityId! < 0 && !u.inner && !matches.has(i) && !inConflict.has(i) && before?.kind === 'entity' && !before.inner && before.entityId! >= 0 && before.tokenEnd === pu[headAt!]!.tokenStart && !usedPassage.has(headAt! - 1)) {
        substitutes.set(i, headAt! - 1);
        takenBy.set(headAt! - 1, (takenBy.get(headAt! - 1) ?? 0) + 1);
        return;
      }
      // (a place the corpus never names may still stand where the passage names another: "embassy in X")
      if (u.kind !== 'entity' || matches.has(i) || inConflict.has(i) || u.inner || (u.entityId! < 0 && !demonym && !u.locative)) return;
      const j = this.substitute(cu, pu, i, matches, usedPassage, false, claim.lemmas, passage.lemmas);
      if (j >= 0 && u.entityId! < 0 && !demonym && !(pu[j]!.locative && pu[j]!.entityType === 'place')) return;
      substitutes.set(i, j);
      if (j >= 0) takenBy.set(j, (takenBy.get(j) ?? 0) + 1);
    });
    cu.forEach((u, i) => {
      if (!substitutes.has(i)) return;
      const j = substitutes.get(i)!;
      if (j >= 0 && (takenBy.get(j)! > 1 || this.nameHolds(u, pu[j]!) || this.shareInnerName(cu, pu, i, j))) return;
      if (j < 0) {
        // Beside a shared year only ("in X from 2014", "of Y in 2014"): no conflict, but not X either.
        if (this.substitute(cu, pu, i, matches, usedPassage, true, claim.lemmas, passage.lemmas) >= 0) displaced.add(i);
        return;
      }
      const v = pu[j]!;
      // A capital and the country it stands for are one place as well as one actor: "hit back at Oslo" is "at Norway".
      if (v.entityId! >= 0 && ((u.standsFor !== undefined && u.standsFor === v.entityId) || (v.standsFor !== undefined && v.standsFor === u.entityId))) return;
      // A denial about one place is not denied by the act in another ("X has no embassy in Y" against "X's embassy in Z").
      if (claim.negations > 0 && (u.locative || v.locative)) return;
      // (nor is "X has no consulate in Y" by Z's embassy in Y: a denied thing another has is no answer)
      if (claim.negations > 0 && !cu.some((w) => w.negated)) return;
      const nearRole = claim.roles.some((r) => r.affiliation === i && matches.has(r.person)) || [cu[i - 1], cu[i + 1]].some((n) => n?.kind === 'word' && n.lemma && this.lexicon.isRoleNoun(n.lemma) && matches.has(cu.indexOf(n)));
      addConflict(nearRole ? 'role' : u.entityType === 'place' || v.entityType === 'place' ? 'place' : 'actor', i, j);
    });

    // A name the passage gives elsewhere while the claim's place for it holds another name: "cut ties with X"
    // against "X is not the only one ...: Y cut ties with Z". The passage tells of another act; the name is not
    // found for this one. Names listed together stay together.
    cu.forEach((u, i) => {
      const p = matches.get(i);
      if (p === undefined || u.kind !== 'entity' || u.inner || inConflict.has(i) || (matchScore.get(i) ?? 0) < 0.9) return;
      const j = this.substitute(cu, pu, i, matches, usedPassage, false, claim.lemmas, passage.lemmas);
      const k = j >= 0 ? j : this.sameSlotAfterAct(claim, passage, i, matches, usedPassage);
      if (k < 0 || Math.abs(k - p) <= 3) return;
      if (this.namesOne(u, pu[k]!)) return;
      // Only when the name the passage gives is in another clause: an act the claim does not state lies between
      // it and the claim's act ("X handed ... to Y" told the other way round is a swap, found below).
      // (or a noun the predicate lexicon reads as an act: "X's break with Y")
      const acts = [...matches].filter(([c]) => (cu[c]!.isVerb || !!cu[c]!.predicateClasses?.length) && (matchScore.get(c) ?? 0) >= 0.7).map(([, q]) => q);
      const act = acts.sort((a, b) => Math.abs(a - k) - Math.abs(b - k))[0];
      if (act === undefined) return;
      const [from, to] = p < act ? [p, act] : [act, p];
      // (nor is the claim's act told twice: "X's move to recognise the two, ..., makes it the third to recognise them after
      // Y and Z")
      if (!pu.slice(from + 1, to).some((w, k) => w.isVerb && w.weight >= 1.5 && !usedPassage.has(from + 1 + k) && w.lemma !== pu[act]!.lemma)) return;
      unmatch(i);
      displaced.add(i);
    });

    // The same act in another state's capital: "met ... in Paris" against "met in the German capital".
    // (not for a denial: "X has no embassy in Y" is not denied by X's embassy in Z)
    if (claim.negations === 0 && [...matches.keys()].some((k) => cu[k]!.isVerb && (matchScore.get(k) ?? 0) >= 0.85)) {
      cu.forEach((u, i) => {
        if (u.kind !== 'entity' || !u.locative || u.standsFor === undefined || matches.has(i) || inConflict.has(i) || (matchScore.get(i) ?? 0) > 0) return;
        const j = pu.findIndex((v, k) => v.kind === 'entity' && v.locative && v.standsFor !== undefined && v.standsFor !== u.standsFor && v.entityId !== u.entityId && !usedPassage.has(k));
        if (j >= 0) addConflict('place', i, j);
      });
    }
    // The same event in another place: "the summit was held in X" against "a summit in Y", "met Z in X" against "met in
    // Y with Z". The place the passage gives right after the event word the claim shares is that event's place.
    if (claim.negations === 0) {
      cu.forEach((u, i) => {
        if (u.kind !== 'entity' || u.inner || matches.has(i) || inConflict.has(i) || (matchScore.get(i) ?? 0) > 0) return;
        if (!this.placeAfterPreposition(cu, claim.lemmas, i)) return;
        const j = pu.findIndex((v, k) => {
          if (!this.placeAfterPreposition(pu, passage.lemmas, k) || usedPassage.has(k) || [...matches.values()].includes(k)) return false;
          // (a name the claim gives, or one that holds the claim's place: "in Y" for a city of Y, the capital for its country)
          if (cu.some((w) => w.kind === 'entity' && (this.namesOne(w, v) || this.nameHolds(w, v)))) return false;
          if (u.standsFor !== undefined && u.standsFor === v.entityId) return false;
          if (this.isCountry(v) && !this.isCountry(u) && u.standsFor === undefined) return false;
          // (the word the place follows is an event word the claim shares, in the claim's clause before its place)
          const event = this.eventBefore(pu, k);
          if (event < 0) return false;
          const c = [...matches].find(([, p]) => p === event)?.[0];
          return c !== undefined && c < i && (matchScore.get(c) ?? 0) >= 0.85 && !claim.lemmas.slice(cu[c]!.tokenEnd, u.tokenStart).includes('');
        });
        if (j >= 0) addConflict('place', i, j);
      });
    }
    // Another office for the same person: "foreign minister X" against "spokesman X".
    cu.forEach((u, i) => {
      if (!u.role || matches.has(i) || inConflict.has(i)) return;
      // The person named next to the office ("foreign minister X", "X, Y's foreign minister").
      // (not the owner of the office: "Y, X's boss" is Y's office, not X's)
      const person = [...matches].find(([c]) => cu[c]!.kind === 'entity' && cu[c]!.entityType === 'person' && tokenGap(u, cu[c]!) <= 4 && !(claim.lemmas[cu[c]!.tokenEnd] === "'s" && cu[c]!.tokenEnd < u.tokenStart));
      if (!person) return;
      const pPerson = pu[person[1]]!;
      const j = pu.findIndex((v, k) => v.role && !usedPassage.has(k) && Math.abs(v.tokenStart - pPerson.tokenStart) <= 12 && this.wordMatch(u, v) < 0.7 && !this.sameOffice(u.lemma!, v.lemma!));
      if (j >= 0) addConflict('role', i, j);
    });
    // The same office of the same person, held for another body: "leader of the X republic" against "Y leader".
    // Who holds which office is a statement of its own: it contradicts the claim whatever else the claim says.
    let roleStatement = false;
    // "X, a breakaway region of Y" against "X, a separatist region in Z": where an aside places a name is a statement of
    // its own too.
    cu.forEach((u, i) => {
      const p = matches.get(i);
      if (u.kind !== 'entity' || u.inner || p === undefined || (matchScore.get(i) ?? 0) < 0.9) return;
      const a = this.asidePlace(cu, claim.lemmas, i);
      const b = a >= 0 ? this.asidePlace(pu, passage.lemmas, p) : -1;
      if (a < 0 || b < 0 || inConflict.has(a)) return;
      const x = cu[a]!;
      const y = pu[b]!;
      if (y.entityId === undefined || y.entityId < 0 || this.entityMatch(x, y) > 0) return;
      unmatch(a);
      addConflict('place', a, b);
      roleStatement = true;
    });
    // Another office for the same person wherever the claim gives it ("X, Y's deputy foreign minister," against
    // "spokesman X"): a statement of its own as well.
    for (const link of claim.roles) {
      const pPerson = matches.get(link.person);
      if (pPerson === undefined || (matchScore.get(link.person) ?? 0) < 0.9) continue;
      const other = passage.roles.find((r) => r.person === pPerson);
      if (!other || this.sameOffice(other.role, link.role)) continue;
      const c = cu.findIndex((u) => u.role && u.lemma === this.lexicon.lemma(link.role) && tokenGap(u, cu[link.person]!) <= 8);
      const p = pu.findIndex((v) => v.role && v.lemma === this.lexicon.lemma(other.role) && tokenGap(v, pu[pPerson]!) <= 12);
      if (c < 0 || p < 0 || inConflict.has(c)) continue;
      unmatch(c);
      addConflict('role', c, p);
      roleStatement = true;
    }
    // "X, the father of Y" against "X, Y's grandfather": another kinship between the same two people.
    cu.forEach((u, c) => {
      if (u.kind !== 'word' || !this.lexicon.inClass('kin-terms', u.lemma!) || inConflict.has(c)) return;
      const rel = this.kinOf(cu, claim.lemmas, c);
      const pRel = rel >= 0 ? matches.get(rel) : undefined;
      if (pRel === undefined || (matchScore.get(rel) ?? 0) < 0.9) return;
      const p = pu.findIndex((v, k) => v.kind === 'word' && this.lexicon.inClass('kin-terms', v.lemma!) && v.lemma !== u.lemma && this.kinOf(pu, passage.lemmas, k) === pRel);
      if (p < 0) return;
      unmatch(c);
      addConflict('role', c, p);
      roleStatement = true;
    });
    for (const link of claim.roles) {
      const pPerson = matches.get(link.person);
      if (pPerson === undefined || link.affiliation === undefined) continue;
      const other = passage.roles.find((r) => r.person === pPerson && this.sameOffice(r.role, link.role) && r.affiliation !== undefined);
      if (!other) continue;
      const a = cu[link.affiliation]!;
      const b = pu[other.affiliation!]!;
      if (this.entityMatch(a, b) > 0 || matches.get(link.affiliation) === other.affiliation) continue;
      if (a.entityId! < 0 || b.entityId! < 0 || this.nameHolds(a, b) || pu.some((w) => w.inner && w.entityId === a.entityId && w.tokenStart >= b.tokenStart && w.tokenEnd <= b.tokenEnd)) continue;
      addConflict('role', link.affiliation, other.affiliation!);
      roleStatement = true;
    }
    // Another owner of the same body: "posted by X's embassy" against "Y's embassy posted" (the owner written with
    // "'s" right before the body on both sides).
    cu.forEach((u, i) => {
      if (u.kind !== 'word' || u.isVerb || u.inner || !this.lexicon.inClass('organization-heads', u.lemma!)) return;
      const p = matches.get(i);
      if (p === undefined) return;
      const a = this.ownerOf(claim, u);
      const b = this.ownerOf(passage, pu[p]!);
      if (a < 0 || b < 0 || inConflict.has(a) || matches.get(a) === b) return;
      if (this.entityMatch(cu[a]!, pu[b]!) > 0 || this.namesOne(cu[a]!, pu[b]!) || cu[a]!.entityId! < 0 || pu[b]!.entityId! < 0) return;
      unmatch(a);
      addConflict('actor', a, b);
    });
    // An office held for another body, with no name given: "the leader of the X republic said" against "Y leader Z said".
    cu.forEach((u, i) => {
      const e = cu[i + 1];
      if (u.kind !== 'word' || !u.role || !e || e.kind !== 'entity' || e.inner || claim.lemmas[u.tokenEnd] !== 'of' || inConflict.has(i + 1)) return;
      if (claim.roles.some((r) => r.affiliation === i + 1) || matches.has(i + 1)) return;
      const other = passage.roles.find((r) => r.affiliation !== undefined && this.sameOffice(r.role, u.lemma!));
      if (!other) return;
      const f = pu[other.affiliation!]!;
      if (e.entityId! < 0 || f.entityId! < 0 || this.entityMatch(e, f) > 0 || this.namesOne(e, f) || this.nameHolds(e, f)) return;
      addConflict('role', i + 1, other.affiliation!);
    });
    // Another body or office in the same slot: "defence ministry" against "foreign ministry".
    cu.forEach((u, i) => {
      if (u.kind !== 'word' || u.inner || matches.has(i) || inConflict.has(i) || this.lexicon.isFunctionWord(u.text.toLowerCase())) return;
      const head = cu[i + 1];
      const ph = matches.get(i + 1);
      if (!head || head.kind !== 'word' || head.inner || ph === undefined || head.tokenStart !== u.tokenEnd) return;
      if (!(this.lexicon.inClass('organization-heads', head.lemma!) || this.lexicon.isRoleNoun(head.lemma!))) return;
      if (pu[ph]!.inner) {
        // The passage names the body: "Ministry of Foreign Affairs". The claim's word must be one of its words.
        const name = pu.find((w) => w.kind === 'entity' && !w.inner && w.tokenStart <= pu[ph]!.tokenStart && pu[ph]!.tokenEnd <= w.tokenEnd);
        if (!name) return;
        // "the state news agency X": the claim names the body itself; its description is no rival name.
        // The name may follow a longer description ("the state news agency X").
        const named = cu.slice(i + 2, i + 5).findIndex((w) => w.kind === 'entity');
        if (named >= 0 && matches.get(i + 2 + named) === pu.indexOf(name)) return;
        // (or before it: "the X state news agency")
        const namedBefore = cu.slice(Math.max(0, i - 2), i).findIndex((w) => w.kind === 'entity' && matches.get(cu.indexOf(w)) === pu.indexOf(name));
        if (namedBefore >= 0) return;
        const words = pu.filter((w) => w.kind === 'word' && w.inner && w !== pu[ph] && w.tokenStart >= name.tokenStart && w.tokenEnd <= name.tokenEnd);
        if (words.length > 0 && !words.some((w) => this.wordMatch(u, w) >= 0.7)) addConflict('actor', i, pu.indexOf(words[0]!));
        return;
      }
      const v = pu[ph - 1];
      if (!v || v.kind !== 'word' || v.inner || usedPassage.has(ph - 1) || v.tokenEnd !== pu[ph]!.tokenStart || v.lemma === u.lemma) return;
      if (this.wordMatch(u, v) >= 0.7 || this.lexicon.isFunctionWord(v.text.toLowerCase())) return;
      // ("high-ranking diplomats" and "senior diplomats": words of standing say how high, not which office)
      if (this.lexicon.inClass('standing-words', u.lemma!) && this.lexicon.inClass('standing-words', v.lemma!)) return;
      addConflict(this.lexicon.isRoleNoun(head.lemma!) ? 'role' : 'actor', i, ph - 1);
    });
    // "X's foreign ministry" against "Y's foreign ministry": the same body of another state, whatever else Y is matched to.
    cu.forEach((u, i) => {
      // (the claim's name may be matched elsewhere in the passage: what counts is whose body it is there)
      // (only the body that acts: "X's ministry said", not "at X's embassy")
      if (u.kind !== 'entity' || u.inner || !u.actor || inConflict.has(i) || claim.lemmas[u.tokenEnd] !== "'s") return;
      if (this.lexicon.inClass('prepositions', claim.lemmas[u.tokenStart - 1] ?? '') || !cu.some((w, k) => k > i && w.isVerb && w.weight >= 1.5)) return;
      // The head of the body within the next words ("X's foreign ministry").
      const b = [i + 1, i + 2, i + 3].find((k) => cu[k]?.kind === 'word' && cu[k]!.tokenStart <= u.tokenEnd + 3 && (this.lexicon.inClass('organization-heads', cu[k]!.lemma!) || this.lexicon.isRoleNoun(cu[k]!.lemma!)));
      const pb = b === undefined ? undefined : matches.get(b);
      if (pb === undefined) return;
      const owner = pu.findIndex((v) => v.kind === 'entity' && !v.inner && passage.lemmas[v.tokenEnd] === "'s" && v.tokenEnd < pu[pb]!.tokenStart && pu[pb]!.tokenStart - v.tokenEnd <= 3);
      if (owner < 0 || this.entityMatch(u, pu[owner]!) > 0 || this.nameHolds(u, pu[owner]!)) return;
      unmatch(i);
      addConflict('actor', i, owner);
    });
    // Who did it to whom: the same two entities on opposite sides of the same act.
    this.swappedRoles(cu, pu, claim, passage, matches, addConflict);
    // A denial ("did not back", "has never visited") against a passage that states the act without one.
    if (claim.negations > 0 && passage.negations === 0) {
      // (or a noun of the act: "made no reply" against "responded")
      const denied = cu.findIndex((u, i) => (u.isVerb || (u.kind === 'word' && !u.polar)) && u.negated && (matchScore.get(i) ?? 0) >= 0.8);
      if (denied >= 0) addConflict('negation', denied, matches.get(denied)!);
    }

    // "the Vestan government", "Oslo's authorities": the body that governs a state the passage names is that state.
    cu.forEach((u, i) => {
      if (u.kind !== 'word' || u.isVerb || u.inner || matchScore.has(i) || inConflict.has(i) || !this.lexicon.inClass('state-bodies', u.lemma!)) return;
      const owner = cu[i - 1];
      if (owner?.kind === 'entity' && !owner.inner && matches.has(i - 1) && owner.tokenEnd === u.tokenStart) matchScore.set(i, 0.8);
    });
    // Named just before the passage, referred to within it by a description or pronoun.
    // A place where the claim's act happened is not taken from context when the passage names its own.
    const passagePlace = pu.some((v) => v.kind === 'entity' && v.locative);
    // As many names as the passage has words that refer back (counted only when a name from before could fill one).
    let references: number | undefined;
    cu.forEach((u, i) => {
      if (u.kind !== 'entity' || u.inner || matchScore.has(i) || displaced.has(i)) return;
      if (u.locative && passagePlace) return;
      if (!((u.entityId! >= 0 && context.has(u.entityId!)) || (!u.locative && u.standsFor !== undefined && context.has(u.standsFor)))) return;
      // (not when the passage names another of its kind that the claim leaves unmatched: "thanked X for staging it"
      // against "praised Y for hosting it" names Y, whoever the sentences before named)
      // (only the object of the act, named right after its verb on both sides)
      const used = new Set(matches.values());
      const afterVerb = (units: readonly Unit[], k: number): boolean => units[k - 1]?.isVerb === true && units[k - 1]!.tokenEnd === units[k]!.tokenStart;
      // (or after the same preposition, as the one the act is done to: "handed it to X" against "handed it to Y envoy Z")
      const prepositionOf = (lemmas: readonly string[], w: Unit): string | undefined => lemmas.slice(Math.max(0, w.tokenStart - 4), w.tokenStart).reverse().find((l) => /^(to|from|with|for)$/.test(l));
      const slot = (units: readonly Unit[], lemmas: readonly string[], k: number): string | undefined => (afterVerb(units, k) ? 'object' : prepositionOf(lemmas, units[k]!));
      const mine = slot(cu, claim.lemmas, i);
      if (mine && pu.some((v, k) => v.kind === 'entity' && !v.inner && !used.has(k) && slot(pu, passage.lemmas, k) === mine && v.entityType === u.entityType && v.entityId !== u.entityId && !(u.standsFor !== undefined && v.entityId === u.standsFor))) return;
      references ??= this.references(passage);
      if (references === 0) return;
      matchScore.set(i, 0.7);
      references--;
    });

    // "The ministry's note said X" against "X, the note concludes" after "a statement from the ministry": a body that
    // speaks in the claim is the one whose words the passage reports, when it was named just before and the passage
    // names no body of its own.
    if (around.bodies?.size) {
      const reported = pu.some((v) => v.kind === 'word' && (this.lexicon.inClass('message-nouns', v.lemma!) || this.lexicon.speechVerbs.has(v.lemma!)));
      const ownBody = pu.some((v) => v.kind === 'word' && !v.isVerb && this.lexicon.inClass('organization-heads', v.lemma!));
      if (reported && !ownBody) {
        cu.forEach((u, i) => {
          if (!matchScore.has(i) && !inConflict.has(i) && around.bodies!.has(u.lemma!) && this.actingBody(claim, u)) matchScore.set(i, 0.7);
        });
      }
    }

    // "shortly before it sent its troops in" against "on the eve of its invasion": a time the passage gives before
    // (after) another act is the claim's "before" ("after").
    cu.forEach((u, i) => {
      if (u.kind !== 'word' || (u.lemma !== 'before' && u.lemma !== 'after') || matchScore.has(i) || inConflict.has(i)) return;
      const sign = u.lemma === 'before' ? -1 : 1;
      if (pu.some((v) => v.kind === 'value' && v.value!.reference !== undefined && Math.sign(v.value!.offset ?? 0) === sign)) matchScore.set(i, 0.8);
    });

    // "invaded on February 24" against "its February 24 invasion": the act is in the passage as the act of a date.
    cu.forEach((u, i) => {
      if (u.kind !== 'word' || u.inner || matchScore.has(i) || inConflict.has(i) || (u.isVerb && u.weight < 1.5)) return;
      // The claim's act as a verb, or as a noun made from one ("began with the invasion").
      const act = u.isVerb ? u.lemma : this.lexicon.derivationVerbs(u.lemma!)[0];
      if (!act) return;
      const dated = pu.some((v) => v.kind === 'value' && [v.value!.act, v.value!.reference].some((a) => a !== undefined && this.actsAgree(act, a)));
      if (dated) matchScore.set(i, 0.85);
    });

    // "on 13 July" against "on Wednesday" in an article of Thursday 14 July: a weekday in the news is the last one
    // before the article was published (or its day).
    // (a publication day that is only estimated says the week only roughly: then only a date within two days of it)
    if (published) {
      cu.forEach((u, i) => {
        if (u.kind !== 'value' || matchScore.has(i) || inConflict.has(i) || !['date', 'month', 'year'].includes(u.value!.kind)) return;
        if (published.estimated && (u.value!.kind !== 'date' || Math.abs(dayDifference({ ...u.value!, year: u.value!.year ?? published.year }, { ...u.value!, value: published.month * 100 + published.day, year: published.year }) ?? 99) > 2)) return;
        const day = pu.find((v) => v.kind === 'value' && v.value!.kind === 'weekday' && (!u.anchors || !v.anchors || this.sameAct(u, v)));
        if (!day) return;
        const back = (published.weekday - day.value!.value + 7) % 7;
        const when = new Date(Date.UTC(published.year, published.month - 1, published.day - back));
        const resolved: ValueMention = { ...day.value!, kind: 'date', value: (when.getUTCMonth() + 1) * 100 + when.getUTCDate(), year: when.getUTCFullYear() };
        if (sameValue(u.value!, resolved, this.unitsAgree, this.actsAgree)) matchScore.set(i, 0.8);
      });
    }
    // "in mid-July 2022" against "on Wednesday" in an article of July 2022: news leaves out the year it is written in.
    if (published && pu.some((v) => v.kind === 'value' && valueKindGroup(v.value!) === 'date')) {
      cu.forEach((u, i) => {
        if (u.kind === 'value' && u.value!.kind === 'year' && u.value!.value === published.year && !matchScore.has(i) && !inConflict.has(i)) matchScore.set(i, 0.8);
      });
    }

    // "met ... the same month": a date the passage refers back to, found in the sentences before it.
    const refersBack = passage.lemmas.some((l, k) => (l === 'same' || l === 'that') && BACK_REFERENCE_UNITS.has(passage.lemmas[k + 1] ?? ''));
    if (refersBack && contextDates.length > 0) {
      cu.forEach((u, i) => {
        if (u.kind !== 'value' || matchScore.has(i) || inConflict.has(i) || valueKindGroup(u.value!) !== 'date') return;
        if (contextDates.some((d) => sameValue(u.value!, d, this.unitsAgree, this.actsAgree))) matchScore.set(i, 0.8);
      });
    }

    // A person the claim names with an office ("the foreign minister, X") must be in the passage, not just the state.
    cu.forEach((u, i) => {
      if (u.kind !== 'entity' || u.entityType !== 'person' || (matchScore.get(i) ?? 0) >= 1) return;
      if (cu.some((w) => w.role && tokenGap(u, w) <= 4) || claim.roles.some((r) => r.person === i)) matchScore.set(i, 0);
    });

    // "visited X and Y" against "visited X and Z": a list that names another member.
    const nextEntity = (units: readonly Unit[], k: number, step: number): number => {
      let j = k + step;
      while (j >= 0 && j < units.length && units[j]!.inner) j += step;
      return j;
    };
    cu.forEach((u, i) => {
      if (u.kind !== 'entity' || u.inner || matches.has(i) || inConflict.has(i) || (matchScore.get(i) ?? 0) > 0) return;
      for (const step of [-1, 1]) {
        const partner = nextEntity(cu, i, step);
        const [a, b] = step < 0 ? [partner, i] : [i, partner];
        if (!this.listedTogether(cu, claim.lemmas, a, b) || !matches.has(partner)) continue;
        const pp = matches.get(partner)!;
        // The member on the same side of the matched one.
        const q = nextEntity(pu, pp, -step);
        const [pa, pb] = step < 0 ? [pp, q] : [q, pp];
        if (!this.listedTogether(pu, passage.lemmas, pa, pb) || usedPassage.has(q) || pu[q]!.entityId === u.entityId) continue;
        addConflict(u.entityType === 'person' ? 'actor' : 'place', i, q);
        return;
      }
    });

    // "cut ties in response to X's support for Y" against "severed relations over Z's recognition of W": the same act
    // with another cause. A cause that refers back ("in response to such action") is no other cause.
    const claimCause = this.causePhrase(claim);
    const passageCause = claimCause ? this.causePhrase(passage) : undefined;
    if (claimCause && passageCause && !claimCause.refersBack && !passageCause.refersBack) {
      const outside = (phrase: number[], k: number): boolean => !phrase.includes(k);
      // (the act may be a noun: one the predicate lexicon reads as an act, "Oslo's break with Y", or one made from the
      // passage's verb, "X's expulsion of Y")
      const actNoun = (c: number, p: number): boolean =>
        !cu[c]!.isVerb && (!!cu[c]!.predicateClasses?.length || (!!pu[p]!.isVerb && pu[p]!.weight >= 1.5 && this.lexicon.derivationVerbs(cu[c]!.lemma ?? '').length > 0));
      const actShared = [...matches].some(([c, p]) => ((cu[c]!.isVerb && cu[c]!.weight >= 1.5) || actNoun(c, p)) && (matchScore.get(c) ?? 0) >= 0.7 && outside(claimCause.units, c) && outside(passageCause.units, p));
      // The same cause: a word of the claim's cause is in the passage's, or most of it is. One shared name is not enough:
      // "X's support for Oslo" and "news that Y recognised two Norwegian-backed regions" are two causes.
      let causeWeight = 0;
      let sharedWeight = 0;
      let sharedWord = false;
      for (const c of claimCause.units) {
        if (cu[c]!.minor) continue;
        causeWeight += cu[c]!.weight;
        const p = matches.get(c);
        if (p === undefined || !passageCause.units.includes(p)) continue;
        sharedWeight += cu[c]!.weight;
        if (cu[c]!.kind === 'word') sharedWord = true;
      }
      const causeShared = sharedWord || (sharedWeight > 0 && sharedWeight >= 0.5 * causeWeight);
      // (the same act between the same parties: with another party it is another act, whatever its reason)
      const partiesKept = cu.every((u, i) => u.kind !== 'entity' || u.inner || claimCause.units.includes(i) || !inConflict.has(i));
      if (actShared && !causeShared && partiesKept) {
        const first = claimCause.units[0]!;
        const pFirst = passageCause.units[0]!;
        addConflict('cause', first, pFirst, passageCause.text, {
          claimText: claimCause.text,
          claimRange: { start: cu[first]!.start, end: cu[claimCause.units.at(-1)!]!.end },
          passageRange: { start: pu[pFirst]!.start, end: pu[passageCause.units.at(-1)!]!.end },
        });
        for (const c of claimCause.units) {
          inConflict.add(c);
          unmatch(c);
        }
      }
      // (the same cause: the claim's word for causing is the passage's, "triggered" for "in response to")
      else if (actShared && causeShared) for (const c of claimCause.markerUnits) if (!matchScore.has(c)) matchScore.set(c, 1);
    }

    // "granted the republics recognition": a support verb whose object names an act ("recognition") that the passage states as
    // its verb is that act.
    cu.forEach((u, i) => {
      if (!u.isVerb || u.weight < 1.5 || u.inner || matchScore.has(i) || inConflict.has(i) || !this.lexicon.inClass('support-verbs', u.lemma!)) return;
      const object = cu.find((w, k) => k > i && w.kind === 'word' && !w.isVerb && w.tokenStart - u.tokenEnd <= 4 && (matchScore.get(k) ?? 0) >= 0.7 && matches.has(k) && pu[matches.get(k)!]!.isVerb && pu[matches.get(k)!]!.weight >= 1.5 && this.lexicon.derivationVerbs(w.lemma!).some((v) => !this.lexicon.speechVerbs.has(v)));
      if (object) matchScore.set(i, 0.7);
    });
    let total = 0;
    let covered = 0;
    const missing: Unit[] = [];
    const unmatchedPolar: Unit[] = [];
    const dateInConflict = conflicts.some((c) => c.kind === 'date');
    // "X cut ties on Wednesday, shortly after news of it broke": against another day for the act itself, the clause set
    // off after a comma that only times it is not asked of the passage.
    if (dateInConflict) {
      const L = claim.lemmas;
      for (let m = 1; m < L.length; m++) {
        if (!/^(after|before|once|when)$/.test(L[m]!)) continue;
        const commaBefore = L[m - 1] === '' || (L[m - 2] === '' && /^(shortly|soon|just|right|only|even)$/.test(L[m - 1]!));
        if (!commaBefore) continue;
        let end = m + 1;
        while (end < L.length && L[end] !== '') end++;
        cu.forEach((u, i) => {
          if (u.tokenStart >= m && u.tokenEnd <= end && !matchScore.has(i) && !conflicts.some((c) => c.claimUnit === i)) inConflict.add(i);
        });
      }
    }
    // "on Thursday, 14 July" against "on Thursday": one date said twice, found once.
    const dateMatched = cu.some((u, i) => u.kind === 'value' && valueKindGroup(u.value!) === 'date' && (matchScore.get(i) ?? 0) > 0);
    // "In mid-July, X restored ties" against an article of July that says X cut them: a passage that gives no date of its
    // own tells of the days it was written in, so a date of that month does not stand in the way of the opposite act.
    const actOpposed = conflicts.some((c) => cu[c.claimUnit]!.isVerb && (c.kind === 'antonym' || c.kind === 'negation'));
    const passageDated = pu.some((v) => v.kind === 'value' && valueKindGroup(v.value!) === 'date');
    const ofPublication = (v: ValueMention): boolean => {
      if (!published || !actOpposed || passageDated || (v.year !== undefined && v.year !== published.year)) return false;
      if (v.kind === 'date') return Math.floor(v.value / 100) === published.month;
      return v.kind === 'month' && v.value === published.month;
    };
    // A date inside a relative time ("the eve of the 24 February invasion") goes with it: found or in conflict together.
    const within = (u: Unit): number => cu.findIndex((w) => w !== u && w.kind === 'value' && w.tokenStart <= u.tokenStart && u.tokenEnd <= w.tokenEnd && (w.tokenEnd - w.tokenStart) > (u.tokenEnd - u.tokenStart));
    cu.forEach((u, i) => {
      if (u.kind === 'value' && !matchScore.has(i)) {
        const outer = within(u);
        if (outer >= 0 && inConflict.has(outer)) {
          inConflict.add(i);
          return;
        }
        if (outer >= 0 && matchScore.has(outer)) matchScore.set(i, matchScore.get(outer)!);
      }
    });
    // "It took place at X's embassy": a body given as the place of the act is the place in the passage too, not a body
    // the passage names for something else ("X's embassy posted a photo of it").
    const placeDetails = new Set<number>();
    cu.forEach((u, i) => {
      if (u.kind !== 'word' || u.isVerb || u.inner || !this.lexicon.inClass('organization-heads', u.lemma!) || !this.placeOfAct(claim.lemmas, u)) return;
      const p = matches.get(i);
      if (p !== undefined && this.placeOfAct(passage.lemmas, pu[p]!)) return;
      unmatch(i);
      placeDetails.add(i);
    });
    cu.forEach((u, i) => {
      if (inConflict.has(i)) return;
      // ("on Wednesday 13 July": one day said twice; a conflict on one part is a conflict on both)
      if (u.kind === 'value' && valueKindGroup(u.value!) === 'date' && !matchScore.has(i) && cu.some((w, k) => inConflict.has(k) && w.kind === 'value' && valueKindGroup(w.value!) === 'date' && Math.abs(w.tokenStart - u.tokenStart) <= 4)) return;
      if (u.kind === 'value' && ofPublication(u.value!)) matchScore.set(i, Math.max(matchScore.get(i) ?? 0, 0.6));
      // ("on 23 February, the eve of the invasion": one day said twice, once as a date the passage gives)
      if (u.kind === 'value' && !matchScore.has(i) && valueKindGroup(u.value!) === 'date' && !u.value!.vague) {
        const twin = cu.findIndex((w, k) => k !== i && w.kind === 'value' && matches.has(k) && Math.abs(w.tokenStart - u.tokenStart) <= 6 && sameValue(u.value!, pu[matches.get(k)!]!.value!, this.unitsAgree, this.actsAgree));
        if (twin >= 0) matchScore.set(i, matchScore.get(twin)!);
      }
      total += u.weight;
      const s = matchScore.get(i) ?? 0;
      covered += u.weight * s;
      // "on Tuesday, 12 July": one date said twice; a conflict on one part covers both.
      // (not a vague time counted from another act, which says something of its own: "days after the invasion, in late
      // February"; "on 23 February, the day before the invasion" says one day twice)
      // (nor the date of the act a vague time counts from: "days before launching the invasion in late January" dates
      // the invasion, which the passage must date too)
      const datesReference = u.kind === 'value' && !!u.anchors && cu.some((w, k) => k !== i && matches.has(k) && w.kind === 'value' && w.value!.kind === 'offset' && !!w.value!.vague && !!w.value!.reference && u.anchors!.includes(w.value!.reference!));
      const sameDate = (dateInConflict || dateMatched) && u.kind === 'value' && valueKindGroup(u.value!) === 'date' && !(u.value!.kind === 'offset' && u.value!.reference && u.value!.vague) && !datesReference;
      // ("the X announcement" against "Thursday's announcement": a body named before an act's noun the passage gives
      // without its author says who, a detail; not a place, which says where)
      // (past the possessive and a date on the noun: "X's Thursday announcement")
      const adjoins = (w: Unit): boolean => {
        let t = u.tokenEnd;
        if (claim.lemmas[t] === "'s") t++;
        const date = cu.find((x) => x.kind === 'value' && x.tokenStart === t);
        return w.tokenStart === (date ? date.tokenEnd : t);
      };
      const author = u.kind === 'entity' && u.entityType !== 'place' && !u.locative && cu.some((w, k) => w.kind === 'word' && !w.isVerb && matches.has(k) && (matchScore.get(k) ?? 0) >= 0.85 && adjoins(w) && this.lexicon.derivationVerbs(w.lemma!).length > 0 && !pu.some((v) => v.kind === 'entity' && v.tokenEnd >= pu[matches.get(k)!]!.tokenStart - 1 && v.tokenEnd <= pu[matches.get(k)!]!.tokenStart));
      if (s === 0 && !u.inner && !u.minor && !sameDate && !author && (u.kind === 'value' || (u.kind === 'entity' && u.weight >= 2) || this.meansDetail(claim, u) || this.actingBody(claim, u) || placeDetails.has(i))) missing.push(u);
      // (a point of the compass left out is a detail left out, not the opposite: "in eastern X" against "in X")
      // (nor is a word of degree: "full support" against "support")
      if (s === 0 && u.polar && !u.minor && !this.lexicon.inClass('compass-words', u.lemma!.replace(/ern$/, '')) && !this.lexicon.inClass('degree-adjectives', u.lemma!)) unmatchedPolar.push(u);
    });
    let coverage = total > 0 ? covered / total : 0;
    // What the claim says of its names is in its words: names alone do not make a passage say it
    // ("X never had an embassy in Y" is not said by a passage that names X and Y).
    let wordTotal = 0;
    let wordCovered = 0;
    cu.forEach((u, i) => {
      if (u.kind !== 'word' || u.inner || u.minor || inConflict.has(i)) return;
      wordTotal += u.weight;
      wordCovered += u.weight * (matchScore.get(i) ?? 0);
    });
    const wordsSaid = wordTotal === 0 || wordCovered / wordTotal >= 0.5;
    // Something the claim is about is there: a name, its act, or the date or year it gives.
    const anchored = [...matches.keys()].some((i) => cu[i]!.kind === 'entity' || cu[i]!.isVerb || (cu[i]!.kind === 'value' && valueKindGroup(cu[i]!.value!) === 'date') || cu[i]!.value?.kind === 'year');
    // The claim's act must be the passage's act (or its opposite).
    const verbs = cu.map((u, i) => [u, i] as const).filter(([u]) => u.isVerb && u.weight >= 1.5 && !u.inner);
    // (with no verb of weight, the act a noun names is the claim's act: "the severing of relations was announced by X")
    // (the noun as the subject, before the first verb)
    const firstVerb = cu.find((u) => u.isVerb && !u.inner);
    const actNouns = verbs.length > 0 || !firstVerb ? [] : cu.map((u, i) => [u, i] as const).filter(([u]) => u.kind === 'word' && !u.isVerb && !u.inner && !u.minor && !u.polar && u.tokenEnd <= firstVerb.tokenStart && [u.lemma!, ...this.lexicon.derivationVerbs(u.lemma!)].some((v) => (this.lexicon.predicateActs.get(v) ?? []).length > 0));
    const verbMatched = verbs.length > 0 ? verbs.some(([, i]) => (matchScore.get(i) ?? 0) >= 0.7) : actNouns.length === 0 || actNouns.some(([, i]) => (matchScore.get(i) ?? 0) >= 0.7);
    const verbConflict = conflicts.some((c) => cu[c.claimUnit]!.isVerb);
    // "X, head of Y, said ...": the office of a person the passage names is a statement of its own, whatever the act.
    const officeConflict = conflicts.some((c) => c.kind === 'role' || claim.roles.some((r) => r.affiliation === c.claimUnit && matches.has(r.person)));
    // "lies roughly 4,000 km away" against "more than 6,500km away": a measure of a thing is a statement of its own, whatever the act.
    // "the words X addressed to Y on Saturday" against "X's words on Sunday": two days given to the same act (both dates
    // name it) say which act it is, whatever verb carries it; so does the same day.
    const datedActConflict = conflicts.some((c) => c.kind === 'date' && this.sameAct(withFar(cu[c.claimUnit]!), withFar(pu[c.passageUnit]!)));
    // ("made it public on Thursday through X" against "Y reported it on Wednesday": the channel the news came through
    // is not needed to set one day against the other)
    // (nor, when the passage names a channel of its own, "via its state news agency", is the claim's channel missing)
    // (only a channel it leaves unnamed: "via its state news agency"; "by the Unian agency" names another)
    const namedChannel = pu.some((v) => v.kind === 'entity' && !v.inner && passageChannel.has(v.tokenStart));
    if (datedActConflict || (passageChannel.size > 0 && !namedChannel)) {
      let channels = 0;
      for (let m = missing.length - 1; m >= 0; m--) {
        if (missing[m]!.kind === 'entity' && channel.has(missing[m]!.tokenStart)) missing.splice(m, 1);
      }
      // (nor does it count against the passage's coverage of the claim: "through the X wire", "by its state news agency")
      cu.forEach((u, i) => {
        if (channel.has(u.tokenStart) && !u.inner && !matchScore.has(i) && !inConflict.has(i)) channels += u.weight;
      });
      if (channels > 0 && total > channels) coverage = covered / (total - channels);
    }
    const datedActMatch = [...matches].some(([c, p]) => cu[c]!.kind === 'value' && valueKindGroup(cu[c]!.value!) === 'date' && (matchScore.get(c) ?? 0) >= 0.8 && !!cu[c]!.anchors && !!pu[p]!.anchors && this.sameAct(cu[c]!, pu[p]!));
    const measureConflict = conflicts.some((c) => c.kind === 'number' && !!cu[c.claimUnit]!.value?.unit && !!this.lexicon.unitScale(cu[c.claimUnit]!.value!.unit!));
    // Another actor and another date: another event, not a contradiction ("X cut ties with Y on 7 June" and "Z ended
    // relations with W in late May").
    // (The same subject in another place and another year is a contradiction, not another event: the place is where,
    // not who.)
    const subject = cu.findIndex((u) => u.kind === 'entity' && !u.inner);
    const otherEvent =
      conflicts.some((c) => (c.kind === 'actor' || c.kind === 'place') && c.claimUnit === subject && cu[subject]!.actor === true && !cu[subject]!.locative) &&
      conflicts.some((c) => c.kind === 'date' || c.kind === 'year');
    // Every name of the claim replaced by another ("X opened a consulate in Y" against "Z opened an embassy in W"):
    // the passage tells of other parties, not of the claim's.
    const names = cu.map((u, i) => [u, i] as const).filter(([u]) => u.kind === 'entity' && !u.inner);
    const allNamesReplaced =
      names.length >= 2 && names.every(([, i]) => (matchScore.get(i) ?? 0) === 0 && conflicts.some((c) => c.claimUnit === i && (c.kind === 'actor' || c.kind === 'place' || (c.kind === 'role' && cu[i]!.kind === 'entity'))));
    // "an officially sanctioned referendum" against "an unofficial referendum": the opposite modifier of a thing both name.
    const modifierConflict = conflicts.some((c) => c.kind === 'antonym' && cu[c.claimUnit]!.polar && !cu[c.claimUnit]!.isVerb && this.modifiesMatch(cu, c.claimUnit, matches));
    // "Only X and Y did it" is said only by a passage that names them all.
    const listGiven = cu.every((u, i) => !(u.kind === 'entity' && exclusive.has(u.entityId!)) || matches.has(i));
    // Another doer of the act is another's act only when done to the same thing: "X became the third country to
    // recognise the two republics" is not denied by "Z became the third state to recognise the charter".
    const act = cu.findIndex((u) => u.isVerb && u.weight >= 1.5 && !u.inner && !this.lexicon.inClass('copulas', u.lemma!));
    const object = act >= 0 && matches.has(act) ? this.objectOfAct(claim, pu, act, matches.get(act)!, matches) : [];
    const otherThingDone = object.length > 0 && object.every((found) => !found) && conflicts.every((c) => c.kind === 'actor' || (c.kind === 'place' && cu[c.claimUnit]!.actor && !cu[c.claimUnit]!.locative));
    let stance: Stance = 'neutral';
    if (conflicts.length > 0 && otherThingDone) {
      // (neutral)
    } else if (conflicts.length > 0) {
      if (!otherEvent && !allNamesReplaced && roleStatement) stance = 'contradicts';
      else if (!otherEvent && !allNamesReplaced && coverage >= CONTRADICT_COVERAGE && anchored && missing.length === 0 && (verbMatched || verbConflict || officeConflict || measureConflict || modifierConflict || datedActConflict)) stance = 'contradicts';
    } else if (coverage >= SUPPORT_COVERAGE && wordsSaid && missing.length === 0 && anchored && (verbMatched || coverage >= 0.85 || datedActMatch) && unmatchedPolar.length === 0 && (claim.negations === 0 || passage.negations > 0) && listGiven) {
      stance = 'supports';
    }
    return { stance, coverage, conflicts, matches, missing };
  }

  /**
   * True when the act a claim's date and a passage's date both belong to has a named doer on each side, and the two
   * are different names: "the Bolivians recognised it at the end of June" and "Peru ... recognised it on the eve of
   * the vote".
   */
  /**
   * Token indexes of the channel news came through: a phrase opened by "through" or "via" ("through the X wire",
   * "via its state radio"), or by "by" when the phrase names a medium ("announced by its state news agency, X"; see
   * channel-nouns in server/data/speech-verbs.yaml). Without a medium, "by" gives the doer ("recognised by X").
   */
  private channelPhrase(claim: SentenceUnits): Set<number> {
    // (a claim meets many passages in turn, and a passage many claims: found once for each)
    let out = this.channelCache.get(claim);
    if (out) return out;
    out = this.findChannelPhrase(claim);
    this.channelCache.set(claim, out);
    return out;
  }
  private readonly channelCache = new WeakMap<SentenceUnits, Set<number>>();

  private findChannelPhrase(claim: SentenceUnits): Set<number> {
    const out = new Set<number>();
    const lemmas = claim.lemmas;
    lemmas.forEach((l, k) => {
      if (!/^(through|via|by)$/.test(l)) return;
      const phrase: number[] = [];
      let medium = false;
      for (let j = k + 1; j < lemmas.length && j <= k + 7; j++) {
        const w = lemmas[j]!;
        // (the phrase runs over its determiner, modifiers, head and a name set beside it: "its state news agency, X")
        if (w === '') {
          if (lemmas[j + 1] !== undefined && lemmas[j + 1] !== '' && medium && j === phrase[phrase.length - 1]! + 1) continue;
          break;
        }
        if (this.lexicon.hasLemma('v', w) && !this.lexicon.hasLemma('n', w)) break;
        phrase.push(j);
        if (this.lexicon.inClass('channel-nouns', w)) medium = true;
      }
      if (l !== 'by' || medium) for (const j of phrase) out.add(j);
    });
    return out;
  }

  private doneByOthers(claim: SentenceUnits, passage: SentenceUnits, a: Unit, b: Unit): boolean {
    if (!a.anchors || !b.anchors) return false;
    const actOf = (s: SentenceUnits, anchors: readonly string[], other: readonly string[]): number =>
      s.units.findIndex((w) => w.isVerb && !w.inner && anchors.includes(w.lemma!) && other.some((x) => x === w.lemma || this.sameAct({ ...w, anchors: [w.lemma!] }, { ...w, anchors: [x] })));
    // (or a noun of the act, whose doer is its owner: "X's own recognition of them came on 29 June")
    const nounOf = (s: SentenceUnits, anchors: readonly string[]): number =>
      s.units.findIndex((w) => w.kind === 'word' && !w.isVerb && !w.inner && this.lexicon.derivationVerbs(w.lemma!).some((v) => anchors.includes(v)) && this.ownerOf(s, w) >= 0);
    const ca = actOf(claim, a.anchors, b.anchors);
    const pa = actOf(passage, b.anchors, a.anchors);
    const cn = ca < 0 ? nounOf(claim, a.anchors) : -1;
    const pn = pa < 0 ? nounOf(passage, b.anchors) : -1;
    if ((ca < 0 && cn < 0) || (pa < 0 && pn < 0)) return false;
    const cs = ca >= 0 ? this.subjectOf(claim, ca, true) : this.ownerOf(claim, claim.units[cn]!);
    const ps = pa >= 0 ? this.subjectOf(passage, pa, true) : this.ownerOf(passage, passage.units[pn]!);
    if (cs < 0 || ps < 0) return false;
    const x = claim.units[cs]!;
    const y = passage.units[ps]!;
    const known = (e: Unit): boolean => (e.entityId !== undefined && e.entityId >= 0) || e.standsFor !== undefined;
    if (!known(x) || !known(y)) return false;
    // (each doer is named only on its own side: "X and Y met in 2018" against "X met Y in 2019" is one event)
    const names = (units: readonly Unit[], e: Unit): boolean => units.some((w) => w.kind === 'entity' && known(w) && (this.entityMatch(w, e) > 0 || this.namesOne(w, e)));
    return !names(passage.units, x) && !names(claim.units, y);
  }

  /**
   * A date and a weekday that cannot be the same day: the date falls in the week before the article was published
   * (when a weekday in the news is a day of that week), and was another day of the week. Either side may give the date.
   */
  private otherWeekday(a: ValueMention, b: ValueMention, published: PublishedOn | undefined): boolean {
    const [date, day] = a.kind === 'date' && b.kind === 'weekday' ? [a, b] : b.kind === 'date' && a.kind === 'weekday' ? [b, a] : [undefined, undefined];
    if (!date || !day || !published) return false;
    const when = Date.UTC(date.year ?? published.year, Math.floor(date.value / 100) - 1, date.value % 100);
    // (an estimated publication day says the week only roughly: then only a date within two days of it)
    const before = (Date.UTC(published.year, published.month - 1, published.day) - when) / 86_400_000;
    if (before < (published.estimated ? -2 : 0) || before > (published.estimated ? 2 : 6)) return false;
    return (new Date(when).getUTCDay() + 6) % 7 !== day.value;
  }

  /** The name that owns a noun ("X's recognition", "X's own recognition"), or -1. */
  private ownerOf(s: SentenceUnits, noun: Unit): number {
    let k = noun.tokenStart - 1;
    if (s.lemmas[k] === 'own') k--;
    if (s.lemmas[k] !== "'s") return -1;
    return s.units.findIndex((w) => w.kind === 'entity' && !w.inner && w.tokenEnd === k);
  }

  /**
   * The subject of a passage's act (unit p): a name that opens the sentence before an aside ("X, a region where ...,
   * recognized"; the act right after the aside's closing comma), else the nearest name before the act with no other
   * act between. -1 if none.
   */
  private subjectOf(passage: SentenceUnits, p: number, coordinated = false): number {
    const { units: pu, lemmas } = passage;
    // (in two sentences read as one, the sentence that holds the act)
    const start = Math.max(0, ...(passage.sentenceStarts ?? []).filter((t) => t <= pu[p]!.tokenStart));
    const opening = pu.findIndex((v) => v.kind === 'entity' && !v.inner && v.tokenStart >= start);
    const opens = opening >= 0 && pu[opening]!.tokenStart === start && lemmas[pu[opening]!.tokenEnd] === '' && pu[opening]!.tokenEnd <= pu[p]!.tokenStart && lemmas[pu[p]!.tokenStart - 1] === '';
    if (opens) return opening;
    for (let k = p - 1; k >= 0 && pu[k]!.tokenStart >= start; k--) {
      // (a verb between them has its own subject: "X, based in Y, makes it the third to do it" is not Y's act; but
      // with coordinated, a verb joined to the act by "and" shares it: "X backed them and recognised them")
      if (pu[k]!.isVerb && (pu[k]!.weight >= 1.5 || !this.lexicon.inClass('copulas', pu[k]!.lemma!))) {
        const joined = coordinated && lemmas.slice(pu[k]!.tokenEnd, pu[p]!.tokenStart).includes('and') && !pu.slice(k + 1, p).some((v) => v.kind === 'entity' || v.isVerb);
        if (!joined) break;
        return this.subjectOf(passage, k, true);
      }
      if (pu[k]!.kind === 'word' && lemmas[pu[k]!.tokenStart - 1] !== 'the' && this.lexicon.inClass('support-verbs', pu[k]!.lemma!)) break;
      // (nor one before the word that opens the act's clause: "X shocked Y after the country recognised it")
      // ("since 2016" is a preposition: a conjunction right before a date opens no clause)
      const dated = (t: number): boolean => pu.some((v) => v.kind === 'value' && v.tokenStart === t + 1 && ['date', 'month', 'year'].includes(v.value!.kind));
      if (lemmas.slice(pu[k]!.tokenStart, pu[k + 1]!.tokenStart).some((l, t) => l !== 'and' && this.lexicon.inClass('conjunctions', l) && !dated(pu[k]!.tokenStart + t))) break;
      if (pu[k]!.kind === 'entity' && !pu[k]!.inner) return k;
    }
    return -1;
  }

  /**
   * The subject of a passage's act (unit p) when it is a known name the claim does not give (nor its country or
   * capital) and no claim unit is matched to: the unit index, or -1.
   */
  private unnamedSubject(cu: readonly Unit[], passage: SentenceUnits, p: number, matchedPassage: ReadonlySet<number>): number {
    const pu = passage.units;
    const subject = this.subjectOf(passage, p);
    if (subject < 0 || matchedPassage.has(subject)) return -1;
    const s = pu[subject]!;
    if (s.entityId === undefined || s.entityId < 0) return -1;
    const named = cu.some((u) => u.kind === 'entity' && (u.entityId === s.entityId || u.standsFor === s.entityId || (s.standsFor !== undefined && u.entityId === s.standsFor)));
    return named ? -1 : subject;
  }

  /**
   * "X became the third country to recognise Y": the ordinal unit and its number, for a claim that counts who did an
   * act; undefined otherwise.
   */
  countedAct(claim: SentenceUnits): { unit: number; n: number; subject: number } | undefined {
    const cu = claim.units;
    // (or with no noun, when an act in "to" follows: "only the third in the world to recognise them")
    const toAct = (u: Unit): boolean => {
      const to = claim.lemmas.findIndex((l, t) => t >= u.tokenEnd && t <= u.tokenEnd + 4 && l === 'to');
      return to >= 0 && cu.some((w) => w.isVerb && w.weight >= 1.5 && w.tokenStart === to + 1);
    };
    const unit = cu.findIndex((u) => u.kind === 'value' && u.value!.kind === 'ordinal' && u.value!.value >= 2 && (u.value!.unit ? this.isStateWord(u.value!.unit) : toAct(u)));
    const subject = cu.findIndex((u) => u.kind === 'entity' && u.actor && !u.inner);
    if (unit < 0 || subject < 0 || !cu.some((u) => u.isVerb && u.weight >= 1.5)) return undefined;
    return { unit, n: cu[unit]!.value!.value, subject };
  }

  /**
   * The ones a passage names as having done the counted act before ("the third country to recognise them after X and
   * Y"): the names of the list that "after" opens after the passage's ordinal matched to the claim's. Unit indices.
   */
  earlierDoers(claim: SentenceUnits, passage: SentenceUnits, alignment: Alignment): number[] {
    const counted = this.countedAct(claim);
    const p = counted ? alignment.matches.get(counted.unit) : undefined;
    return p === undefined ? [] : this.listedAfter(passage, p);
  }

  /** The names of the list that "after" opens after unit p of a passage ("the third ... after X, Y and Z"). */
  private listedAfter(passage: SentenceUnits, p: number): number[] {
    const { units: pu, lemmas } = passage;
    const end = passage.sentenceStarts?.find((t) => t > pu[p]!.tokenEnd) ?? lemmas.length;
    const after = lemmas.findIndex((l, t) => t >= pu[p]!.tokenEnd && t < end && l === 'after');
    if (after < 0) return [];
    const out: number[] = [];
    let t = after + 1;
    for (const [k, u] of pu.entries()) {
      if (u.tokenStart < t || u.inner) continue;
      if (u.kind !== 'entity' || u.tokenStart !== t) break;
      out.push(k);
      t = u.tokenEnd;
      // (a list: "X, Y and Z")
      while (t < end && (lemmas[t] === '' || lemmas[t] === 'and') && lemmas[t] !== undefined && !(lemmas[t] === '' && lemmas[t + 1] === '')) t++;
    }
    return out;
  }

  /**
   * "Z had recognised them before Y did", "Before Y, Z had recognised them": the unit indices of Z, Y and the act, and
   * of the names listed with Z ("Z and W had recognised them").
   */
  doneBefore(claim: SentenceUnits): { doer: number; listed: number[]; other: number; act: number } | undefined {
    const { units: cu, lemmas: L } = claim;
    const rel = cu.findIndex((u) => u.kind === 'word' && u.lemma === 'before');
    if (rel < 0) return undefined;
    const t = L[cu[rel]!.tokenEnd] === 'the' ? cu[rel]!.tokenEnd + 1 : cu[rel]!.tokenEnd;
    const other = cu.findIndex((u) => u.kind === 'entity' && !u.inner && u.tokenStart === t);
    const act = cu.findIndex((u) => u.isVerb && u.weight >= 1.5 && !u.inner);
    const doer = cu.findIndex((u, i) => i !== other && u.kind === 'entity' && !u.inner && u.actor && i < act);
    if (other < 0 || act < 0 || doer < 0) return undefined;
    const listed = cu.flatMap((w, k) => (k !== doer && w.kind === 'entity' && !w.inner && this.listedTogether(cu, L, Math.min(k, doer), Math.max(k, doer)) ? [k] : []));
    return { doer, listed, other, act };
  }

  /**
   * "Z had recognised them before Y did" against "Y became the third country to recognise them after A and B": the
   * passage counts who did the act before Y, and Z is not among them. The claim unit of Z, the names the claim lists
   * with Z, and the passage's count of names, or undefined.
   */
  private notCountedBefore(claim: SentenceUnits, passage: SentenceUnits, matches: ReadonlyMap<number, number>): { c: number; listed: number[]; counted: number[] } | undefined {
    const cu = claim.units;
    const before = this.doneBefore(claim);
    if (!before) return undefined;
    const { doer: c, other: y, act: verb } = before;
    if (!matches.has(y) || !matches.has(verb) || matches.has(c)) return undefined;
    const pu = passage.units;
    const ordinal = pu.findIndex((v) => v.kind === 'value' && v.value!.kind === 'ordinal' && v.value!.value >= 2 && !!v.value!.unit && this.isStateWord(v.value!.unit));
    if (ordinal < 0) return undefined;
    const counted = this.listedAfter(passage, ordinal);
    if (counted.length !== pu[ordinal]!.value!.value - 1) return undefined;
    if (counted.some((k) => this.entityMatch(cu[c]!, pu[k]!) > 0)) return undefined;
    return { c, listed: before.listed, counted };
  }

  /**
   * The one a passage says did the claim's act to the same thing, when the claim does not name it: its unit index and
   * entity, or undefined.
   */
  otherDoer(claim: SentenceUnits, passage: SentenceUnits, alignment: Alignment): { index: number; entity: number } | undefined {
    const cu = claim.units;
    const pu = passage.units;
    const matchedPassage = new Set(alignment.matches.values());
    for (const [c, p] of alignment.matches) {
      if (!cu[c]!.isVerb || cu[c]!.weight < 1.5 || !pu[p]!.isVerb || this.lexicon.inClass('copulas', cu[c]!.lemma!)) continue;
      const subject = this.unnamedSubject(cu, passage, p, matchedPassage);
      if (subject < 0) continue;
      const s = pu[subject]!;
      if (this.sameThingDone(claim, pu, c, p, alignment.matches)) return { index: subject, entity: s.standsFor ?? s.entityId! };
    }
    return undefined;
  }

  /**
   * The passage's act at p is done to the same thing as the claim's act at c: a name or word of the claim after its
   * act found after the passage's, or names that hold one another ("NPF" and "Narva"), or places the claim describes
   * ("the two republics") named there. Every name and word of the claim's object must be there ("the border deal" is
   * not "the deal").
   */
  private sameThingDone(claim: SentenceUnits, pu: readonly Unit[], c: number, p: number, matches: ReadonlyMap<number, number>): boolean {
    const found = this.objectOfAct(claim, pu, c, p, matches);
    return found.length > 0 && found.every(Boolean);
  }

  /**
   * For each unit of the object of the claim's act at c (names and nouns after it, up to the next clause), whether the
   * passage gives it after its act at p: matched there, a name held by one there, or a word for places ("the two
   * breakaway republics") where the passage names a place.
   */
  private objectOfAct(claim: SentenceUnits, pu: readonly Unit[], c: number, p: number, matches: ReadonlyMap<number, number>): boolean[] {
    const { units: cu, lemmas } = claim;
    const after = pu.filter((v, k) => k > p && v.kind === 'entity' && !v.inner);
    // (up to the word that opens another clause: "... the charter before Z did")
    const end = lemmas.findIndex((l, t) => t >= cu[c]!.tokenEnd && l !== 'and' && this.lexicon.inClass('conjunctions', l));
    const object = cu.map((u, k) => [u, k] as const).filter(([u, k]) => k > c && (end < 0 || u.tokenStart < end) && !u.inner && !u.minor && (u.kind === 'entity' || (u.kind === 'word' && !u.isVerb)));
    const found = ([u, k]: readonly [Unit, number]): boolean => {
      const pp = matches.get(k);
      if (pp !== undefined && pp > p) return true;
      if (u.kind === 'entity') return after.some((v) => this.nameHolds(u, v));
      // (a word before a place word goes with it: "the two breakaway republics")
      // (or its owner: "both people's republics")
      const next = cu[k + 1];
      const adjoins = next !== undefined && (next.tokenStart === u.tokenEnd || (lemmas[u.tokenEnd] === "'s" && next.tokenStart === u.tokenEnd + 1));
      const head = this.lexicon.inClass('place-heads', u.lemma!) ? u : next?.kind === 'word' && adjoins && this.lexicon.inClass('place-heads', next.lemma!) ? next : undefined;
      // (a name, not a person's, that heads its phrase, not one naming another thing: "the Faroe charter")
      const heads = (v: Unit): boolean => !pu.some((w) => w.kind === 'word' && !w.isVerb && !w.inner && w.tokenStart === v.tokenEnd && !this.lexicon.inClass('place-heads', w.lemma!));
      return head !== undefined && after.some((v) => v.entityType !== 'person' && heads(v));
    };
    return object.map(found);
  }

  /**
   * The names a claim says are the only ones acting: the list after "only" before the act ("only X and Y had ..."), or
   * the list after "apart from" / "except" with "nobody" ("Apart from X and Y, nobody had ...").
   */
  exclusiveActors(claim: SentenceUnits): Set<number> {
    // A claim meets many passages in turn: its list is found once.
    let out = this.exclusiveCache.get(claim);
    if (out) return out;
    out = this.findExclusiveActors(claim);
    this.exclusiveCache.set(claim, out);
    return out;
  }
  private readonly exclusiveCache = new WeakMap<SentenceUnits, Set<number>>();

  private findExclusiveActors(claim: SentenceUnits): Set<number> {
    const out = new Set<number>();
    const L = claim.lemmas;
    // (the act after the list: "Until X acted, only Y and Z had recognised them")
    const opens = L.findIndex((l) => l === 'only' || l === 'just' || l === 'merely' || l === 'apart' || l === 'aside' || l === 'except');
    const act = claim.units.find((u) => u.isVerb && u.weight >= 1.5 && !u.inner && u.tokenStart > opens);
    if (!act) return out;
    let from = -1;
    let saysOnly = false;
    for (let k = 0; k < act.tokenStart; k++) {
      // ("just two countries, X and Y," and "merely X and Y" say "only")
      saysOnly = L[k] === 'only' || ((L[k] === 'just' || L[k] === 'merely') && claim.units.some((u) => u.tokenStart === k + 1 && (u.kind === 'entity' || u.value?.kind === 'number')));
      // ("other than X and Y, no country had ...")
      if (saysOnly || ((L[k] === 'apart' || L[k] === 'aside') && L[k + 1] === 'from') || L[k] === 'except' || (L[k] === 'other' && L[k + 1] === 'than')) {
        from = L[k] === 'other' ? k + 2 : k + 1;
        break;
      }
    }
    if (from < 0) return out;
    const negative = L.slice(0, act.tokenStart).some((l) => l === 'nobody' || l === 'none' || l === 'no');
    if (!saysOnly && !negative) return out;
    // The names listed from there ("X, Y and Z"), up to the act or the comma that ends the list.
    for (const u of claim.units) {
      if (u.tokenStart < from || u.tokenStart >= act.tokenStart) continue;
      if (u.kind === 'entity' && !u.inner && u.entityId !== undefined && u.entityId >= 0) out.add(u.entityId);
      // (a count and its noun may come first: "only two countries, X and Y,")
      // (or the noun the count is of: "only two governments, X and Y,")
      else if (u.kind !== 'entity' && !(u.kind === 'value' && u.value!.kind === 'number') && !(u.kind === 'word' && (this.lexicon.inClass('state-nouns', u.lemma!) || claim.units.some((n) => n.kind === 'value' && n.value!.kind === 'number' && n.tokenEnd === u.tokenStart)))) break;
    }
    return out;
  }

  /** The person a kinship noun relates to: "the father of Y", "Y's father"; -1 if none. */
  private kinOf(units: readonly Unit[], lemmas: readonly string[], k: number): number {
    const u = units[k]!;
    if (lemmas[u.tokenEnd] === 'of') {
      const from = lemmas[u.tokenEnd + 1] === 'the' ? u.tokenEnd + 2 : u.tokenEnd + 1;
      return units.findIndex((w) => w.kind === 'entity' && !w.inner && w.tokenStart === from);
    }
    if (lemmas[u.tokenStart - 1] === "'s") return units.findIndex((w) => w.kind === 'entity' && !w.inner && w.tokenEnd === u.tokenStart - 1);
    return -1;
  }

  /**
   * Two names made on the same place name ("the X Free State" and "X Province", in any of its spellings): the
   * same place under two designations, not two places.
   */
  private shareInnerName(cu: readonly Unit[], pu: readonly Unit[], i: number, j: number): boolean {
    const inside = (units: readonly Unit[], k: number): Unit[] => units.filter((w) => w.inner && w.kind === 'entity' && w.tokenStart >= units[k]!.tokenStart && w.tokenEnd <= units[k]!.tokenEnd);
    const ours = inside(cu, i);
    const theirs = inside(pu, j);
    return ours.some((a) => theirs.some((b) => this.entityMatch(a, b) >= 0.9));
  }

  /** Units a and b (a before b) are names listed together ("X and Y", "X, Y"): only a comma, "and" or "or" between them. */
  private listedTogether(units: readonly Unit[], lemmas: readonly string[], a: number, b: number): boolean {
    return (
      a >= 0 && b < units.length && units[a]!.kind === 'entity' && units[b]!.kind === 'entity' && units[b]!.tokenStart > units[a]!.tokenEnd - 1 &&
      units[b]!.tokenStart - units[a]!.tokenEnd <= 2 && lemmas.slice(units[a]!.tokenEnd, units[b]!.tokenStart).every((l) => l === 'and' || l === 'or' || l === '')
    );
  }

  /** One name is in the other's names ("Narva" in "NPF", the Narva People's Front): not another entity. */
  private nameHolds(a: Unit, b: Unit): boolean {
    const inside = (x: Unit, y: Unit): boolean => {
      const words = (x.entityKey ?? '').split(/\s+/).filter((w) => w.length > 0);
      return words.length > 0 && !!y.nameWords && words.every((w) => y.nameWords!.includes(w));
    };
    // ("Norway" and "the Swedish-Norwegian war": a name that a part of a joined word is made from, by a demonym ending)
    const part = (x: Unit, y: Unit): boolean => {
      const key = x.entityKey ?? '';
      if (key.length < 4 || key.includes(' ') || !y.text.includes('-')) return false;
      const stem = key.replace(/[aeiouy]$/, '');
      return y.text.toLowerCase().split('-').some((w) => w !== key && w.startsWith(stem) && /^(n|an|ian|ese|i)$/.test(w.slice(stem.length)));
    };
    return inside(a, b) || inside(b, a) || part(a, b) || part(b, a);
  }

  /**
   * The place an aside after a name puts it in ("X, a breakaway region of Y," / "X, a port in Y,"): the unit index of Y,
   * or -1. The aside opens with a comma, holds no act, and names its place after "of" or "in".
   */
  /**
   * "X's break with Y" against "Z ended diplomatic relations with W": the name the passage gives after the same
   * preposition after the act the claim's name follows (words of the object between), -1 if none.
   */
  private sameSlotAfterAct(claim: SentenceUnits, passage: SentenceUnits, i: number, matches: Map<number, number>, used: Set<number>): number {
    const cu = claim.units;
    const pu = passage.units;
    const u = cu[i]!;
    const preposition = claim.lemmas[u.tokenStart - 1];
    if (!preposition || !/^(with|to|from|against)$/.test(preposition)) return -1;
    const act = cu.findIndex((w, c) => c < i && (w.isVerb || !!w.predicateClasses?.length) && matches.has(c) && u.tokenStart - w.tokenEnd <= 2);
    if (act < 0) return -1;
    const pAct = pu[matches.get(act)!]!;
    return pu.findIndex((v, q) => v.kind === 'entity' && !v.inner && !used.has(q) && v.tokenStart > pAct.tokenEnd && v.tokenStart - pAct.tokenEnd <= 5 && passage.lemmas[v.tokenStart - 1] === preposition && v.entityType === u.entityType);
  }

  /** A name after "in" or "at" (past a determiner) that may be a place: not a person's or a body's name. */
  private placeAfterPreposition(units: readonly Unit[], lemmas: readonly string[], i: number): boolean {
    const u = units[i]!;
    if (u.kind !== 'entity' || u.inner || u.weight <= 1 || (u.entityType !== undefined && u.entityType !== 'place')) return false;
    let k = u.tokenStart - 1;
    if (lemmas[k] === 'the') k--;
    return lemmas[k] === 'in' || lemmas[k] === 'at';
  }

  /** The word a place phrase follows ("a summit in X", "met in X"): the unit just before it, two tokens off at most. */
  private eventBefore(units: readonly Unit[], i: number): number {
    let k = i - 1;
    while (k >= 0 && units[k]!.inner) k--;
    const w = units[k];
    return w?.kind === 'word' && !w.inner && units[i]!.tokenStart - w.tokenEnd <= 2 ? k : -1;
  }

  /** A name of a country (one with a capital the lexicon knows). */
  private isCountry(u: Unit): boolean {
    return this.lexicon.capitalsOf(u.entityKey ?? '').length > 0;
  }

  private asidePlace(units: readonly Unit[], lemmas: readonly string[], i: number): number {
    const name = units[i]!;
    if (lemmas[name.tokenEnd] !== '') return -1;
    for (let k = name.tokenEnd + 1; k < Math.min(lemmas.length, name.tokenEnd + 8); k++) {
      if (lemmas[k] === '') return -1;
      if (units.some((w) => w.tokenStart === k && w.isVerb && w.weight >= 1.5)) return -1;
      if (lemmas[k] !== 'of' && lemmas[k] !== 'in') continue;
      const j = units.findIndex((w) => w.tokenStart === k + 1 && w.kind === 'entity' && !w.inner);
      // Only a place written after a noun of the aside ("a region of Y"), not "X, in Y, ...".
      return j >= 0 && k > name.tokenEnd + 1 ? j : -1;
    }
    return -1;
  }

  /** True when the word after a modifier, or the one after that ("officially sanctioned referendum"), is a matched noun. */
  private modifiesMatch(cu: readonly Unit[], c: number, matches: ReadonlyMap<number, number>): boolean {
    for (let k = c + 1; k <= c + 2 && k < cu.length; k++) {
      const u = cu[k]!;
      if (u.kind === 'word' && !u.isVerb && matches.has(k)) return true;
      if (u.kind !== 'word') return false;
    }
    return false;
  }

  /**
   * The phrase that gives the cause of a sentence's act: the units after a cause marker ("over", "in response to",
   * "after") up to the end of its clause, when it has something to compare (not a date or number right after the
   * marker: "over 6,500km", "after Thursday").
   */
  causePhrase(s: SentenceUnits): CausePhrase | undefined {
    // A claim meets many passages in turn: its phrase is found once.
    if (this.causeCache.has(s)) return this.causeCache.get(s) ?? undefined;
    const found = this.findCausePhrase(s);
    this.causeCache.set(s, found ?? null);
    return found;
  }
  private readonly causeCache = new WeakMap<SentenceUnits, CausePhrase | null>();

  private findCausePhrase(s: SentenceUnits): CausePhrase | undefined {
    const lemmas = s.lemmas;
    const markers = this.causeMarkers ??= [...this.lexicon.classWords('cause-markers')].map((m) => m.split(' ')).sort((a, b) => b.length - a.length);
    for (let k = 0; k < lemmas.length; k++) {
      // (a word that only grades it may come inside: "a direct response to", "in swift retaliation for")
      const grading = (l: string | undefined): boolean => !!l && (l.endsWith('ly') || this.lexicon.hasLemma('a', l)) && !this.lexicon.isFunctionWord(l);
      let inserted = 0;
      // ("a" and "an" are one word: "a direct answer to" for "an answer to")
      const same = (l: string | undefined, w: string): boolean => l === w || (l === 'a' && w === 'an') || (l === 'an' && w === 'a');
      let marker = markers.find((m) => m.every((w, j) => lemmas[k + j] === w));
      if (!marker && grading(lemmas[k + 1])) {
        marker = markers.find((m) => m.length >= 2 && same(lemmas[k], m[0]!) && m.slice(1).every((w, j) => lemmas[k + 2 + j] === w));
        inserted = 1;
      }
      if (!marker) continue;
      const from = k + marker.length + inserted;
      let to = from;
      // Up to the next punctuation (which has no lemma), at most 14 tokens; a word or two set off by commas
      // (", too,") does not end it.
      const aside = (t: number): boolean => lemmas[t] === '' && [2, 3].some((n) => lemmas[t + n] === '' && lemmas.slice(t + 1, t + n).every((l) => l !== '' && this.lexicon.isFunctionWord(l)));
      while (to < lemmas.length && to - from < 14 && (lemmas[to] !== '' || aside(to))) to += aside(to) ? (lemmas[to + 2] === '' ? 3 : 4) : 1;
      const units = s.units.map((u, i) => [u, i] as const).filter(([u]) => u.tokenStart >= from && u.tokenEnd <= to && !u.inner).map(([, i]) => i);
      const firstUnit = s.units[units[0] ?? -1];
      if (!firstUnit || firstUnit.kind === 'value') continue;
      // Something to compare: a name or a content word beside the clause's own light words.
      if (!units.some((i) => s.units[i]!.kind === 'entity' || (s.units[i]!.kind === 'word' && s.units[i]!.weight >= 1))) continue;
      const refersBack = this.lexicon.inClass('demonstratives', lemmas[from] ?? '');
      const text = units.map((i) => s.units[i]!.text).join(' ');
      const markerUnits = s.units.map((u, i) => [u, i] as const).filter(([u]) => u.tokenStart >= k && u.tokenStart < from).map(([, i]) => i);
      return { units, markerUnits, text, refersBack };
    }
    return this.causeBeforeVerb(s) ?? this.causeByNoun(s);
  }

  /**
   * "The trigger for X's break was Y", "Y was the reason for X's break": the cause as what a noun of cause is said to be
   * (the phrase after "was", or before it when the noun comes after).
   */
  private causeByNoun(s: SentenceUnits): CausePhrase | undefined {
    const lemmas = s.lemmas;
    const n = lemmas.findIndex((l, k) => this.lexicon.inClass('cause-nouns', l) && /^(for|of|behind)$/.test(lemmas[k + 1] ?? ''));
    const be = lemmas.findIndex((l) => l === 'be');
    if (n < 0 || be < 0) return undefined;
    let from: number;
    let to: number;
    if (n < be && lemmas.slice(0, n).every((l) => this.lexicon.inClass('determiners', l) || this.lexicon.hasLemma('a', l))) {
      from = be + 1;
      to = from;
      while (to < lemmas.length && lemmas[to] !== '') to++;
    } else if (n > be && lemmas.slice(be + 1, n).every((l) => this.lexicon.inClass('determiners', l) || this.lexicon.hasLemma('a', l) || this.lexicon.hasLemma('r', l))) {
      from = 0;
      to = be;
    } else return undefined;
    return this.phraseOf(s, from, to, n);
  }

  /**
   * "X prompted Y to cut ties", "It was X that prompted Y to ...", "What triggered Y's break was X": the cause as the
   * subject of a verb of causing (or, after "what", the phrase after "was").
   */
  private causeBeforeVerb(s: SentenceUnits): CausePhrase | undefined {
    const lemmas = s.lemmas;
    // (a verb of one word or two: "prompted", "set off")
    // (or one that causes only with "to" and an act: "what pushed Y to cut ties")
    const v = lemmas.findIndex(
      (l, k) =>
        (this.lexicon.inClass('cause-verbs', l) && lemmas[k + 1] !== 'by') ||
        this.lexicon.inClass('cause-verbs', `${l} ${lemmas[k + 1]}`) ||
        (this.lexicon.inClass('cause-verbs-to', l) && lemmas[k + 1] !== 'by' && lemmas.slice(k + 2, k + 6).includes('to')) ||
        // ("What made X sever ties was Y": "make" causes with a bare verb, read only in that frame)
        (l === 'make' && lemmas.slice(0, k).every((x) => x === '' || x === 'what') && lemmas.slice(k + 1).includes('be')) ||
        // (or in a cleft: "It was X that made Y sever ties")
        (l === 'make' && lemmas[0] === 'it' && lemmas[1] === 'be' && (lemmas[k - 1] === 'that' || lemmas[k - 1] === 'which')),
    );
    if (v < 0) return undefined;
    let from: number;
    let to: number;
    if (lemmas.slice(0, v).every((l) => l === '' || l === 'what')) {
      // "What triggered Y was X": the phrase after "was", to the end of its clause.
      const be = lemmas.findIndex((l, k) => k > v && l === 'be');
      if (be < 0) return undefined;
      from = be + 1;
      to = from;
      while (to < lemmas.length && lemmas[to] !== '') to++;
    } else {
      // "It was X that prompted": the cleft's frame is no part of the cause.
      from = lemmas[0] === 'it' && lemmas[1] === 'be' ? 2 : 0;
      to = v;
      if (lemmas[to - 1] === 'that' || lemmas[to - 1] === 'which') to--;
    }
    return this.phraseOf(s, from, to, v);
  }

  /** The cause phrase of tokens [from, to), marked by the word at token `marker`; undefined when it holds nothing to compare. */
  private phraseOf(s: SentenceUnits, from: number, to: number, marker: number): CausePhrase | undefined {
    const units = s.units.map((u, i) => [u, i] as const).filter(([u]) => u.tokenStart >= from && u.tokenEnd <= to && !u.inner).map(([, i]) => i);
    if (!units.some((i) => s.units[i]!.kind === 'entity' || (s.units[i]!.kind === 'word' && s.units[i]!.weight >= 1))) return undefined;
    const markerUnits = s.units.map((u, i) => [u, i] as const).filter(([u]) => u.tokenStart <= marker && marker < u.tokenEnd).map(([, i]) => i);
    const text = units.map((i) => s.units[i]!.text).join(' ');
    return { units, markerUnits, text, refersBack: this.lexicon.inClass('demonstratives', s.lemmas[from] ?? '') };
  }
  private causeMarkers?: string[][];

  /** The means of an act the claim gives ("by armoured train", "via satellite"): a detail the passage must give too. */
  private meansDetail(claim: SentenceUnits, u: Unit): boolean {
    if (u.kind !== 'word' || u.isVerb || !this.lexicon.hasLemma('n', u.lemma!)) return false;
    // "by way of", "by means of": a preposition, not a means.
    if ((u.lemma === 'way' || u.lemma === 'means' || u.lemma === 'dint') && claim.lemmas[u.tokenEnd] === 'of') return false;
    for (let k = u.tokenStart - 1; k >= Math.max(0, u.tokenStart - 3); k--) {
      const lemma = claim.lemmas[k]!;
      if (lemma === 'by' || lemma === 'via' || lemma === 'aboard') return true;
      if (lemma === 'the' || lemma === 'a' || lemma === 'an' || claim.units.some((w) => w.kind === 'word' && w.tokenStart === k)) continue;
      return false;
    }
    return false;
  }

  /** A word named as where something happens: "at" or "in" (and the like) a few words before it ("at the X embassy"). */
  private placeOfAct(lemmas: readonly string[], u: Unit): boolean {
    return lemmas.slice(Math.max(0, u.tokenStart - 4), u.tokenStart).some((l) => l === 'at' || l === 'in' || l === 'inside');
  }

  /** The body that acts, named before the claim's act ("X's defence ministry announced"): a passage must name it too. */
  private actingBody(claim: SentenceUnits, u: Unit): boolean {
    if (u.kind !== 'word' || u.isVerb || u.inner || !this.lexicon.inClass('organization-heads', u.lemma!) || this.lexicon.inClass('state-bodies', u.lemma!)) return false;
    // (a verb of speech is an act too: "X's embassy confirmed it")
    const act = claim.units.find((w) => w.isVerb && !w.inner && (w.weight >= 1.5 || this.lexicon.speechVerbs.has(w.lemma!)));
    // (or after it, as the doer of a passive report: "was announced by X's defence ministry")
    const agent = act !== undefined && (this.lexicon.speechVerbs.has(act.lemma!) || !!act.predicateClasses?.includes('report')) && u.tokenStart > act.tokenEnd && claim.lemmas.slice(act.tokenEnd, u.tokenStart).includes('by') && !claim.units.some((w) => w.isVerb && w.tokenStart > act.tokenEnd && w.tokenStart < u.tokenStart);
    return act !== undefined && (u.tokenEnd <= act.tokenStart || agent);
  }

  /** Two names of one entity, or one standing for the other (a capital or demonym for its country). */
  private namesOne(a: Unit, b: Unit): boolean {
    if (a.entityId === b.entityId) return true;
    if (b.standsFor !== undefined && (b.standsFor === a.entityId || b.standsFor === a.standsFor)) return true;
    return a.standsFor !== undefined && a.standsFor === b.entityId;
  }

  /** One office in other words: "head" and "leader", synonyms, the same word. */
  private sameOffice(a: string, b: string): boolean {
    if (a === b) return true;
    if (this.lexicon.inClass('leading-offices', a) && this.lexicon.inClass('leading-offices', b)) return true;
    if (this.lexicon.inClass('envoy-offices', a) && this.lexicon.inClass('envoy-offices', b)) return true;
    return this.lexicon.areSynonyms(a, b);
  }

  /**
   * "A handed B a certificate" against "B handed A a certificate", or against "a certificate was presented
   * by B to A": the one who acts and the other party are the other way round.
   */
  private swappedRoles(cu: Unit[], pu: Unit[], claim: SentenceUnits, passage: SentenceUnits, matches: Map<number, number>, addConflict: (kind: ConflictKind, c: number, p: number) => void): void {
    /**
     * The entities of a verb's clause (up to the neighbouring verbs) as the one acting ("before": the subject of an
     * active verb, the agent after "by" of a passive one) and the other parties ("after").
     */
    const sides = (units: Unit[], lemmas: string[], v: number): { before: Set<number>; after: Set<number> } | undefined => {
      const verbToken = units[v]!.tokenStart;
      const passive = lemmas[verbToken - 1] === 'be';
      const before = new Set<number>();
      const after = new Set<number>();
      for (let k = v - 1; k >= 0 && !(units[k]!.isVerb && units[k]!.weight >= 1.5); k--) if (units[k]!.kind === 'entity' && !units[k]!.inner) (passive ? after : before).add(units[k]!.entityId!);
      for (let k = v + 1; k < units.length && !(units[k]!.isVerb && units[k]!.weight >= 1.5); k++) {
        const u = units[k]!;
        if (u.kind !== 'entity' || u.inner) continue;
        const byAgent = lemmas.slice(verbToken + 1, u.tokenStart).includes('by') && !lemmas.slice(verbToken + 1, u.tokenStart).includes('to');
        (passive && byAgent ? before : after).add(u.entityId!);
      }
      // A passive with no agent named says nothing of who acted.
      if (passive && before.size === 0) return undefined;
      if (!passive && lemmas.slice(verbToken + 1, verbToken + 5).includes('by')) return undefined;
      before.delete(-1);
      after.delete(-1);
      return { before, after };
    };
    for (const [cv, pv] of matches) {
      const verb = cu[cv]!;
      if (!verb.isVerb || verb.weight < 1.5) continue;
      // "X lost its ties with Y" against "Y cut ties with X": the parties are meant the other way round.
      const converse = (u: Unit): boolean => this.lexicon.isConverse(u.lemma!, u.predicateClasses ?? []);
      // "Y received it from X" against "X handed it to Y": the claim's sides are read the other way round.
      const flipped = converse(verb) !== converse(pu[pv]!);
      const claimSides = sides(cu, claim.lemmas, cv);
      const c = claimSides && flipped ? { before: claimSides.after, after: claimSides.before } : claimSides;
      const p = sides(pu, passage.lemmas, pv);
      if (!c || !p) continue;
      const movedBefore = [...c.before].filter((e) => p.after.has(e) && !p.before.has(e));
      const movedAfter = [...c.after].filter((e) => p.before.has(e) && !p.after.has(e));
      const subjectMoved = movedBefore[0];
      const objectMoved = movedAfter[0];
      if (subjectMoved !== undefined && objectMoved !== undefined && subjectMoved !== objectMoved) {
        // The claim's own subject is the one named wrongly; the passage's entity in its place is the other party.
        // (Read the other way round, the claim's subject is on the other side, and the other party is the last named: "from X".)
        const last = [...movedBefore].sort((a, b) => cu.findIndex((u) => u.entityId === b) - cu.findIndex((u) => u.entityId === a))[0];
        const [mine, theirs] = flipped ? [objectMoved, last ?? subjectMoved] : [subjectMoved, objectMoved];
        const ci = cu.findIndex((u) => u.entityId === mine);
        const po = matches.get(cu.findIndex((u) => u.entityId === theirs));
        addConflict('actor', ci, po ?? matches.get(ci) ?? pv);
        return;
      }
    }
  }

  /** The phrases after two relation words ("after X's announcement on Thursday", "after Thursday's announcement") share a matched unit. */
  private sameObject(cu: Unit[], pu: Unit[], c: number, p: number, matches: Map<number, number>): boolean {
    // The phrase runs to its own act: "after X also recognised ..." keeps "recognised", so a passage that
    // says "after it also recognized" (X by a pronoun) still shares it.
    const phrase = (units: Unit[], k: number): number[] => {
      const out: number[] = [];
      let acts = 0;
      for (let j = k + 1; j < units.length && out.length < 4; j++) {
        if (units[j]!.isVerb && units[j]!.weight >= 1.5 && ++acts > 1) break;
        if (!units[j]!.inner) out.push(j);
      }
      return out;
    };
    const passageObject = new Set(phrase(pu, p));
    // ("after the news" and "after Thursday's announcement": the news is the report of it)
    const news = (u: Unit): boolean => u.kind === 'word' && !u.isVerb && this.lexicon.inClass('news-subjects', u.lemma!);
    const report = (u: Unit): boolean => u.kind === 'word' && !u.isVerb && (news(u) || this.nounOfClass(u.lemma!, ['report']));
    if (phrase(cu, c).some((j) => news(cu[j]!)) && [...passageObject].some((k) => report(pu[k]!))) return true;
    return phrase(cu, c).some((j) => {
      const m = matches.get(j);
      return m !== undefined && passageObject.has(m);
    });
  }

  /** "Before X, Y did it" says what "X did it after Y" says: the relation word points the other way. */
  private invertedRelation(cu: Unit[], pu: Unit[], c: number, p: number, matches: Map<number, number>): boolean {
    const relation = new Set(['before', 'after', 'earlier', 'later']);
    if (!relation.has(cu[c]!.lemma ?? '') || !relation.has(pu[p]!.lemma ?? '')) return false;
    const objectOf = (units: Unit[], k: number): number => units.findIndex((u, j) => j > k && (u.kind === 'entity' || (u.kind === 'word' && !u.inner)));
    const co = objectOf(cu, c);
    const po = objectOf(pu, p);
    if (co < 0 || po < 0) return false;
    const coMatch = matches.get(co);
    // The claim's object is matched somewhere before the passage's relation word: the relation is told from the other side.
    return coMatch !== undefined && coMatch < p && coMatch !== po;
  }

  /** Words of a passage that refer back to a name given before it: pronouns, and "the" before a word for a state, body or office. */
  private references(passage: SentenceUnits): number {
    const head = (w: string): boolean => this.lexicon.inClass('place-heads', w) || this.lexicon.inClass('organization-heads', w) || this.lexicon.inClass('state-bodies', w) || this.lexicon.isRoleNoun(w);
    // ("the regions", "they": a plural refers back to two names or more)
    const plural = (k: number): boolean => passage.units.some((u) => u.kind === 'word' && u.tokenStart > k && u.tokenStart <= k + 3 && head(u.lemma!) && u.text.toLowerCase() !== u.lemma && /s$/i.test(u.text));
    // ("these assertions", "this decision": a demonstrative before a noun refers back to what was said, and to whose)
    const demonstrative = (l: string, k: number): boolean => /^(this|these|those|such)$/.test(l) && passage.units.some((u) => u.kind === 'word' && !u.isVerb && u.tokenStart === k + 1);
    return passage.lemmas.reduce((n, l, k) => n + (REFERRING_PRONOUNS.has(l) ? (/^(they|them|their|themselves)$/.test(l) ? 2 : 1) : l === 'the' && passage.lemmas.slice(k + 1, k + 4).some(head) ? (plural(k) ? 2 : 1) : demonstrative(l, k) ? 1 : 0), 0);
  }

  /**
   * True when the claim places its act before something the passage places its act after, or the other way round ("had
   * kept ties before the vote" and "cut ties after the vote", or "over the vote": a cause comes before what it causes).
   */
  private oppositeSides(claim: SentenceUnits, passage: SentenceUnits, matches: Map<number, number>): boolean {
    const cu = claim.units;
    const pu = passage.units;
    const side = (units: Unit[]): number => units.findIndex((u) => u.kind === 'word' && (u.lemma === 'before' || u.lemma === 'after'));
    const c = side(cu);
    if (c < 0) return false;
    let p = side(pu);
    let from = p;
    if (p >= 0 && cu[c]!.lemma === pu[p]!.lemma) return false;
    if (p < 0) {
      if (cu[c]!.lemma !== 'before') return false;
      const cause = this.findCausePhrase(passage);
      if (!cause || cause.units.length === 0) return false;
      from = Math.min(...cause.units) - 1;
    }
    // (the same thing after both: the claim's event is in the passage after its relation)
    const next = eventAfter(cu, c);
    return next >= 0 && matches.has(next) && matches.get(next)! > from;
  }

  /** True when the claim says "before X" and the passage does not give X. */
  private scopedBefore(claim: SentenceUnits, matches: Map<number, number>): boolean {
    const cu = claim.units;
    const c = cu.findIndex((u) => u.kind === 'word' && u.lemma === 'before');
    if (c < 0) return false;
    const next = eventAfter(cu, c);
    return next >= 0 && !matches.has(next);
  }

  /** The passage's actor of an act (the nearest entity before it) is an actor of the claim's act, or there is none. */
  private actorMatched(cu: Unit[], pu: Unit[], c: number, p: number, matches: Map<number, number>, claimLemmas: readonly string[] = [], passageLemmas: readonly string[] = []): boolean {
    /** "condemned by X and Y": the agents named right after "by". */
    // ("was welcomed in X and Y": after a passive, the places it was welcomed in are the ones welcoming it.)
    const agents = (units: Unit[], lemmas: readonly string[], v: number): number[] => {
      const passiveIn = lemmas[units[v]!.tokenEnd] === 'in' && lemmas[units[v]!.tokenStart - 1] === 'be';
      if (lemmas[units[v]!.tokenEnd] !== 'by' && !passiveIn) return [];
      const out: number[] = [];
      for (let k = v + 1; k < units.length && units[k]!.kind === 'entity' && units[k]!.tokenStart - units[v]!.tokenEnd <= 6; k++) if (!units[k]!.inner) out.push(k);
      return out;
    };
    let actor = agents(pu, passageLemmas, p)[0] ?? -1;
    for (let k = p - 1; actor < 0 && k >= 0; k--) {
      if (pu[k]!.kind === 'entity' && !pu[k]!.inner) {
        actor = k;
        break;
      }
    }
    // ("X shocked Y after the country recognised Z": a clause opened after the name has a subject of its own, a noun
    // that names no one the claim does)
    if (actor >= 0 && agents(pu, passageLemmas, p).length === 0) {
      const opener = passageLemmas.findIndex((l, t) => t >= pu[actor]!.tokenEnd && t < pu[p]!.tokenStart && /^(after|before|when|while|because|since|once|although|though|whereas|as)$/.test(l));
      if (opener >= 0 && pu.some((w) => w.kind === 'word' && !w.isVerb && !w.inner && w.tokenStart > opener && w.tokenStart < pu[p]!.tokenStart && this.lexicon.hasLemma('n', w.lemma!))) return false;
    }
    if (actor < 0) return true;
    // (and one who says it for them, back to the act before: "X, spokesman for Y, said the country condemns it")
    const speakers: number[] = [];
    if (pu[actor]!.tokenEnd <= pu[p]!.tokenStart) {
      for (let k = actor - 1; k >= 0 && !(pu[k]!.isVerb && pu[k]!.weight >= 1.5 && !relativeAside(passageLemmas, pu[k]!.tokenStart, pu[p]!.tokenStart)); k--) {
        const w = pu[k]!;
        if (w.kind !== 'entity' || w.inner || w.entityType !== 'person') continue;
        // (the subject of a verb of speech before the act: not after a preposition or owning a noun, "in response
        // to X's words, Y declared ...")
        const before = passageLemmas[w.tokenStart - 1];
        if (passageLemmas[w.tokenEnd] === "'s" || (before !== undefined && this.lexicon.inClass('prepositions', before))) continue;
        if (pu.some((v, q) => q > k && q < p && v.isVerb && this.lexicon.speechVerbs.has(v.lemma!))) speakers.push(k);
      }
    }
    // The claim's actors: the agents after "by", or the entities before its act, back to the previous act.
    const claimActors: number[] = agents(cu, claimLemmas, c);
    // (an aside about one of them is no act of theirs: "X, who speaks for Y, said Z welcomed it")
    // (and an act done "by doing" or "to do" another shares its subject: "X responded by restoring ties", "X moved to
    // restore ties")
    const sharesSubject = ['by', 'to'].includes(claimLemmas[cu[c]!.tokenStart - 1] ?? '');
    if (claimActors.length === 0) for (let k = c - 1; k >= 0 && !(cu[k]!.isVerb && cu[k]!.weight >= 1.5 && !relativeAside(claimLemmas, cu[k]!.tokenStart, cu[c]!.tokenStart) && !(sharesSubject && cu.slice(k + 1, c).every((w) => !w.isVerb))); k--) if (cu[k]!.kind === 'entity') claimActors.push(k);
    const a = pu[actor]!;
    const inside = (j: number): boolean => j === actor || (pu[j]!.inner === true && pu[j]!.tokenStart >= a.tokenStart && pu[j]!.tokenEnd <= a.tokenEnd);
    return claimActors.some((k) => {
      const j = matches.get(k);
      if (j !== undefined && speakers.includes(j)) return true;
      // (or the same name said again there: "the Ministry of X" twice in one passage)
      return j !== undefined && (inside(j) || (cu[k]!.kind === 'entity' && pu.some((w, q) => inside(q) && w.kind === 'entity' && w.entityId !== undefined && w.entityId >= 0 && w.entityId === pu[j]!.entityId)));
    });
  }

  /**
   * A passage entity standing where the claim's unmatched entity stands:
   * of a compatible type, next to a passage unit that matches the claim
   * unit next to the claim's entity.
   */
  private substitute(cu: Unit[], pu: Unit[], i: number, matches: Map<number, number>, used: Set<number>, besideValues = false, claimLemmas: readonly string[] = [], passageLemmas: readonly string[] = []): number {
    // "X was praised by Y" against "Y praised Z": across an act said in the passive on one side only, the one it is
    // done to stands on the other side of it.
    const passive = (units: Unit[], lemmas: readonly string[], x: number): boolean => units[x]!.isVerb === true && lemmas[units[x]!.tokenStart - 1] === 'be' && lemmas[units[x]!.tokenEnd] === 'by';
    const u = cu[i]!;
    const compatible = (v: Unit): boolean => {
      if (v.kind !== 'entity' || used.has(pu.indexOf(v))) return false;
      // A name the claim gives elsewhere, or stands for one it gives, is no other one (a capital for the claim's country).
      if (v.entityId! >= 0 && cu.some((w, k) => k !== i && w.kind === 'entity' && !w.inner && this.namesOne(w, v))) return false;
      // A place the corpus never names where the passage names a known one as the place of the same thing ("in X").
      if (u.entityId! < 0 && u.weight > 1 && u.locative && v.locative && v.entityId! >= 0 && v.entityType === 'place') return true;
      // Two different demonyms in the same place ("the Nordic nation" / "the Baltic nation").
      if (u.entityId! < 0 || v.entityId! < 0) return u.weight === 1 && v.weight === 1 && u.entityKey !== v.entityKey && u.standsFor !== v.standsFor;
      // A name that contains the claim's entity is not another one: "Ministry of Foreign Affairs of X" for X.
      if (pu.some((w) => w.inner && (w.entityId === u.entityId || w.entityId === u.standsFor) && w.tokenStart >= v.tokenStart && w.tokenEnd <= v.tokenEnd)) return false;
      const a = u.entityType ?? 'other';
      const b = v.entityType ?? 'other';
      if (a === 'other' || b === 'other') return a === b || (u.entityId! < 0 && b !== 'person');
      if (a === b) return true;
      return (a === 'place' && b === 'organization') || (a === 'organization' && b === 'place');
    };
    for (const side of [-1, 1]) {
      // The nearest matched claim unit on this side, at most two units away.
      for (let step = 1; step <= 2; step++) {
        const n = i + side * step;
        if (n < 0 || n >= cu.length) break;
        const p = matches.get(n);
        // An act the passage does not state stands between: "A invaded X" is not "A and Y".
        if (p === undefined && cu[n]!.isVerb && cu[n]!.weight >= 1) break;
        if (p === undefined) continue;
        // A year or date shared is no frame: "in X from 2014" and "of Y in 2014" can tell of two things.
        if (cu[n]!.kind === 'value' && !besideValues) continue;
        // The passage entity on the same side of the anchor, at most three units away, past
        // an owner or office written before it ("to DPR envoy X").
        const flip = passive(cu, claimLemmas, n) !== passive(pu, passageLemmas, p) ? -1 : 1;
        for (let back = 1; back <= 3; back++) {
          const q = p - side * flip * back;
          const v = pu[q];
          if (!v || used.has(q)) break;
          if (compatible(v)) return q;
          if (v.kind === 'value' || (v.kind === 'word' && !v.role)) break;
        }
        break;
      }
    }
    return -1;
  }
}
