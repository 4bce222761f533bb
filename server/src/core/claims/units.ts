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
import type { Token } from '../text/tokens';
import type { ValueMention } from '../language/values';

/** A name, a value, a word; or the outlet a claim is attributed to ("StarDesk reports"), which no passage states. */
export type UnitKind = 'entity' | 'value' | 'word' | 'source';

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
  /** Small integer standing for the lemma (see LemmaIds), for fast comparisons. */
  lemmaId?: number;
  isVerb?: boolean;
  /** A verb with the word after it that the lexicon knows as one verb ("look forward", "hand over"), and its number. */
  phrasal?: string;
  phrasalId?: number;
  predicateClasses?: string[];
  /** Inside the scope of a negation ("did not recognize"). */
  negated?: boolean;
  /** A word or place inside a longer name. */
  inner?: boolean;
  /** Every word of every name an entity goes by ("NPF": narva, people's, front, npf). */
  nameWords?: readonly string[];
  /** A name right after a word of its own long form ("the news agency X"), which a passage may give instead of the name. */
  described?: string;
  /** An entity written before any act of its sentence: the one acting. */
  actor?: boolean;
  /** A place written as a location ("in Paris"), not as an actor. */
  locative?: boolean;
  /** A place an office is held in ("ambassador to X"): a capital and its country are one posting. */
  posting?: boolean;
  /** An office or occupation noun ("spokesman", "minister"). */
  role?: boolean;
  /** Dates: the acts the date may belong to (lemmas of the nearest verb and of event nouns next to it). */
  anchors?: string[];
  /** A date with no act near it: the only act of its sentence (to find another date of that act). */
  farAnchors?: string[];
  /** A date bounding the sentence's own act ("cut them off after Thursday's announcement"): the acts it bounds. */
  boundAnchors?: string[];
  /** A detail that does not carry the claim ("the two regions"). */
  minor?: boolean;
  /** A word with an opposite (eastern, official, before): often the point of a claim. */
  polar?: boolean;
}

export interface RoleUnits {
  /** Unit index of the person. */
  person: number;
  /** Role words, lower case. */
  role: string;
  /** Unit index of the organization or place the role belongs to. */
  affiliation?: number;
}

export interface SentenceUnits {
  units: Unit[];
  /** Offices written next to people: "X, the leader of Y". */
  roles: RoleUnits[];
  /** Lemma of every token ('' for punctuation), for neighbourhood checks. */
  lemmas: string[];
  /** How many negations the sentence holds. */
  negations: number;
  /** Two sentences read as one: the token index where each later sentence starts. */
  sentenceStarts?: number[];
}

/**
 * The act a date given to a message noun belongs to (see message-nouns in server/data/speech-verbs.yaml): sending words,
 * whichever noun or verb tells it.
 */
export const MESSAGE_ACT = 'message';
/** Words that carry little meaning on their own and weigh less in coverage. */
const LIGHT = new Set(['say', 'tell', 'report', 'state', 'add', 'note', 'be', 'lie', 'locate', 'situate', 'date', 'voice', 'express', 'have', 'do', 'make', 'take', 'let', 'get', 'go', 'come', 'hold', 'conduct', 'stage', 'launch', 'begin', 'start', 'also', 'other', 'new', 'last', 'first', 'many', 'much', 'more', 'most', 'one', 'two', 'time', 'year', 'day', 'week', 'people', 'way', 'part', 'well']);
const PARTICLES = new Set(['off', 'up', 'down', 'out', 'back', 'away', 'over', 'on']);
/** Prepositions after which a place is a location rather than an actor. */
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'around', 'throughout']);
/** Relation words kept as content although they are function words. */
export const RELATION_WORDS = new Set(['after', 'before', 'not', 'only']);

/** Numbers for lemmas, shared by the unit extractor and the aligner. */
export class LemmaIds {
  private readonly ids = new Map<string, number>();
  id(lemma: string): number {
    let id = this.ids.get(lemma);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(lemma, id);
    }
    return id;
  }
}

export class UnitExtractor {
  constructor(
    private readonly lexicon: Lexicon,
    private readonly registry: EntityRegistry,
    private readonly lemmaIds: LemmaIds = new LemmaIds(),
  ) {}

  extract(s: AnalyzedSentence): SentenceUnits {
    const units: Unit[] = [];
    const covered = new Set<number>();
    const tokens = s.tokens;
    for (const m of s.mentions) {
      for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.add(k);
      const joined = this.joinedNames(m);
      if (joined) {
        units.push(...joined);
        continue;
      }
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
        const compass = tokens[m.tokenStart - 1]?.lower === 'the' && m.tokenEnd - m.tokenStart === 1 ? this.registry.compassPlace(m.key) : undefined;
        // "Western governments" for "the West": the adjective of a compass point the corpus names as a place or bloc.
        const compassAdjective = /^(north|south|east|west)ern$/.exec(m.key);
        const bloc = compassAdjective && !this.registry.resolve(m.key) ? this.registry.resolve(compassAdjective[1]!) : undefined;
        const found = this.registry.resolve(m.key) ?? compass ?? bloc ?? this.registry.variant(m.surface)?.entity ?? this.nearMissEntity(m.surface) ?? this.knownTail(m.key);
        if (found) {
          entityId = found.id;
          entityType = found.type;
        }
        const place = this.registry.placeFor(m.key) ?? (found ? this.registry.statePersonServes(found) : undefined);
        if (place && place.id !== entityId) standsFor = place.id;
      }
      const before = tokens[m.tokenStart - 1];
      // (and the posting of an office: "ambassador to X")
      const posting = before?.lower === 'to' && tokens[m.tokenStart - 2]?.kind === 'word' && this.lexicon.inClass('envoy-offices', this.lexicon.lemma(tokens[m.tokenStart - 2]!.lower));
      const locative = (before !== undefined && before.kind === 'word' && LOCATIVE.has(before.lower)) || posting;
      units.push({
        kind: 'entity',
        tokenStart: m.tokenStart,
        tokenEnd: m.tokenEnd,
        start: m.start,
        end: m.end,
        text: m.surface,
        weight: m.kind === 'demonym' ? 1 : 2,
        ...(locative ? { locative } : {}),
        ...(posting ? { posting } : {}),
        entityId,
        entityKey: m.key,
        ...(entityId >= 0 ? { nameWords: this.nameWords(entityId) } : {}),
        ...(entityType ? { entityType } : {}),
        ...(standsFor !== undefined ? { standsFor } : {}),
      });
      // The words and places inside a long name count too: "Ministry of Foreign Affairs of
      // France" says "foreign", "ministry" and names the country.
      const hasHead = m.tokenEnd - m.tokenStart >= 2 && tokens.slice(m.tokenStart, m.tokenEnd).some((t) => this.lexicon.inClass('organization-heads', t.lower) || this.lexicon.inClass('place-heads', t.lower));
      if (hasHead && m.kind === 'name') {
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
    const mentionTokens = new Set(covered);
    // "more than 6,500km (4,000 miles)": a measure given with its conversion in brackets is a rounded figure, not a
    // bound, in both units.
    const rounded = new Set<ValueMention>();
    for (const v of s.values) {
      const w = s.values.find((x) => x !== v && x.kind === 'number' && x.tokenStart === v.tokenEnd + 1 && tokens[v.tokenEnd]?.text === '(');
      const sv = v.unit ? this.lexicon.unitScale(v.unit) : undefined;
      const sw = w?.unit ? this.lexicon.unitScale(w.unit) : undefined;
      if (v.kind === 'number' && w && sv && sw && sv.measure === sw.measure && v.unit !== w.unit) {
        rounded.add(v);
        rounded.add(w);
      }
    }
    for (const found of s.values) {
      const v = rounded.has(found) ? { ...found, qualifier: 'about' } : found;
      // Values may overlap each other (a relative phrase and the date inside it), not names.
      let overlaps = false;
      for (let k = v.tokenStart; k < v.tokenEnd; k++) {
        if (mentionTokens.has(k)) overlaps = true;
        covered.add(k);
      }
      if (overlaps) continue;
      // "6,500 km": a unit of measure written after the number belongs to the value, not a word of its own.
      const next = tokens[v.tokenEnd];
      if (v.unit && next?.kind === 'word' && !mentionTokens.has(v.tokenEnd) && this.lexicon.unitScale(v.unit) && (this.lexicon.unitScale(s.lemmas[v.tokenEnd]!) || next.lower.length <= 3)) covered.add(v.tokenEnd);
      // "the two regions": a number after "the" refers back; it is not the claim's point.
      // ("before the July rupture": a date that only names the event a time is set against is a detail of it)
      const ofBound = ['date', 'month', 'weekday'].includes(v.kind) && tokens[v.tokenStart - 1]?.lower === 'the' && /^(before|after)$/.test(tokens[v.tokenStart - 2]?.lower ?? '') && tokens[v.tokenEnd]?.kind === 'word' && this.lexicon.hasLemma('n', s.lemmas[v.tokenEnd]!);
      // ("the same two territories", "the other two", "these two", "both regions" refer back the same way)
      const refersBack = /^(the|these|those)$/.test(tokens[v.tokenStart - 1]?.lower ?? '') || (/^(same|other)$/.test(tokens[v.tokenStart - 1]?.lower ?? '') && tokens[v.tokenStart - 2]?.lower === 'the');
      const minor = (v.kind === 'number' && v.value <= 10 && (refersBack || (tokens[v.tokenStart]!.lower === 'both' && v.unit !== undefined && /^\p{Ll}/u.test(tokens[v.tokenEnd]?.text ?? '') && tokens[v.tokenEnd + 1]?.lower !== 'and'))) || ofBound;
      units.push({
        kind: 'value',
        tokenStart: v.tokenStart,
        tokenEnd: v.tokenEnd,
        start: v.start,
        end: v.end,
        // (as written: "30/05/2022", not "30 / 05 / 2022")
        text: tokens.slice(v.tokenStart, v.tokenEnd).map((t, j) => (j > 0 && t.spaceBefore ? ' ' : '') + t.text).join(''),
        weight: minor ? 0.5 : 2,
        value: v,
        ...(minor ? { minor } : {}),
      });
    }
    // A negation ("not", "never", "no", "failed to") denies the next content verb of its clause,
    // past auxiliaries and light verbs: "doesn't have the right to dispute" denies "dispute".
    const valueAt = (k: number, kinds: string[]): boolean => units.some((u) => u.kind === 'value' && u.tokenStart === k && kinds.includes(u.value!.kind));
    let negations = 0;
    let pendingNegation = false;
    let negationTokens = 0;
    const lowers = tokens.map((t) => t.lower);
    const exceptionFrame = lowers.some((w, k) => (w === 'apart' || w === 'aside') && lowers[k + 1] === 'from') || lowers.includes('except') || lowers.some((w, k) => w === 'other' && lowers[k + 1] === 'than') || lowers.some((w, k) => w === 'save' && lowers[k + 1] === 'for');
    // "made no reply": the token of a noun "no" denies.
    let deniedNounAt = -1;
    let contrastFrom = -1;
    let contrastTo = -1;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind === 'punct' && /^[,;:.!?]$/.test(t.text)) pendingNegation = false;
      if (t.kind !== 'word' || t.possessive) continue;
      // "X prompted it, not Y": a contrast after a comma sets aside another reading; it denies no act, and what it names
      // need not be in a passage.
      // ("Unlike X, Y did it" opens with one.)
      const opensUnlike = t.lower === 'unlike' && !tokens.slice(0, k).some((x) => x.kind === 'word');
      if ((t.lower === 'not' && tokens[k - 1]?.text === ',') || (t.lower === 'rather' && tokens[k + 1]?.lower === 'than') || (t.lower === 'instead' && tokens[k + 1]?.lower === 'of') || opensUnlike) {
        contrastFrom = k;
        contrastTo = k + 1;
        while (contrastTo < tokens.length && !(tokens[contrastTo]!.kind === 'punct' && /^[,;:.!?]$/.test(tokens[contrastTo]!.text))) contrastTo++;
      }
      if (k >= contrastFrom && k < contrastTo) continue;
      // "Apart from X and Y, nobody had recognised them": an exception makes "nobody" a claim that only X and Y did it.
      if (exceptionFrame && /^(nobody|none|no)$/.test(t.lower)) continue;
      if (this.lexicon.isNegation(t.lower)) {
        negations++;
        // ("carry no legal consequences and leave ...": "no" before a noun denies the noun, not the next verb)
        const nextWord = tokens[k + 1];
        // (but "no right to dispute it" denies the act after "to")
        const toAct = [k + 2, k + 3].some((j) => tokens[j]?.lower === 'to' && tokens[j + 1]?.kind === 'word' && this.isVerbAt(s, j + 1, s.lemmas[j + 1]!));
        const ofNoun = t.lower === 'no' && nextWord?.kind === 'word' && !this.isVerbAt(s, k + 1, s.lemmas[k + 1]!) && !toAct;
        // ("X is not the only country to be cut off": the denial is of "only", not of the act)
        const ofOnly = tokens[k + 1]?.lower === 'only' || (tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.lower === 'only');
        if (ofOnly) negations--;
        pendingNegation = !ofNoun && !ofOnly;
        if (ofNoun) deniedNounAt = k + 1;
        negationTokens = 0;
        continue;
      }
      if (pendingNegation && ++negationTokens > 7) pendingNegation = false;
      if (covered.has(k)) continue;
      let lemma = s.lemmas[k]!;
      if (this.lexicon.isNegatingWord(lemma)) {
        negations++;
        pendingNegation = true;
        negationTokens = 0;
      }
      // "in recognition of", "on behalf of": a noun inside a fixed prepositional phrase names no act of its own.
      if (k > 0 && tokens[k + 1]?.lower === 'of' && this.lexicon.inClass('prepositional-idioms', `${tokens[k - 1]!.lower} ${t.lower} of`)) continue;
      // "hard on the heels of the news", "in the wake of X": a phrase that says "after" is that relation word.
      const afterPhrase = tokens[k + 1]?.lower === 'of' && k >= 2 && this.lexicon.inClass('after-idioms', `${tokens[k - 2]!.lower} ${tokens[k - 1]!.lower} ${t.lower} of`);
      if (afterPhrase) {
        units.push({ kind: 'word', tokenStart: k, tokenEnd: k + 1, start: t.start, end: t.end, text: t.text, weight: 1, lemma: 'after', isVerb: false, polar: true });
        continue;
      }
      // (the word of degree before one: "hard on the heels of", "close on the heels of")
      if (/^(hard|close|hot)$/.test(t.lower) && tokens[k + 1]?.lower === 'on' && tokens[k + 3] && this.lexicon.inClass('after-idioms', `on the ${tokens[k + 3]!.lower} of`)) continue;
      // "according to X" names a source; it is no act.
      if (t.lower === 'according' && s.tokens[k + 1]?.lower === 'to') continue;
      // "only" before a verb marks time or focus ("only announced it on Thursday"), not a count.
      if (t.lower === 'only' && s.tokens[k + 1]?.kind === 'word' && this.isVerbAt(s, k + 1, s.lemmas[k + 1]!)) continue;
      // (nor before a word that opens a time clause: "severed them only once X had announced it", "only after", "only then")
      if (t.lower === 'only' && s.tokens[k + 1]?.kind === 'word' && (this.lexicon.inClass('conjunctions', s.tokens[k + 1]!.lower) || s.tokens[k + 1]!.lower === 'then') && !/^(and|or|but|nor|so|yet|if|as)$/.test(s.tokens[k + 1]!.lower)) continue;
      const relation = RELATION_WORDS.has(t.lower);
      // "officially", "publicly": adverbs that only colour a claim, unless their opposite is said (see below).
      const polarAdverb = t.lower.endsWith('ly') && this.lexicon.isPolar(t.lower.slice(0, -2));
      // ("had never had diplomatic relations": an auxiliary used as the verb of an act the lexicon lists with its object)
      // (only after a denial of it: "never had relations"; "had no relations" is denied by "no")
      const actingAuxiliary = pendingNegation && this.lexicon.inClass('auxiliaries', t.lower) && (this.lexicon.predicateActs.get(lemma) ?? []).some((a) => a.objects && this.objectLemmas(s, k).some((o) => a.objects!.has(o))) && !(s.tokens[k + 1]?.kind === 'word' && (/(ed|en)$/.test(s.tokens[k + 1]!.lower) || this.lexicon.isNegation(s.tokens[k + 1]!.lower)));
      // ("had no diplomatic relations with X": the same auxiliary denied by the "no" of its object)
      const deniedByObject = !pendingNegation && this.lexicon.inClass('auxiliaries', t.lower) && s.tokens[k + 1]?.lower === 'no' && (this.lexicon.predicateActs.get(lemma) ?? []).some((a) => a.objects && this.objectLemmas(s, k).some((o) => a.objects!.has(o)));
      if (!relation && !polarAdverb && !actingAuxiliary && !deniedByObject && (this.lexicon.isFunctionWord(t.lower) || t.lower.length < 2)) continue;
      // "X serves as a spokesman for Y": a verb that, with "as", only says what someone is (data: copula-as) is no act.
      // (not an office held before: "X previously served as deputy speaker" says nothing against "envoy X" now)
      const formerly = s.tokens.slice(Math.max(0, k - 2), k).some((x) => /^(previously|formerly|once|earlier|long)$/.test(x.lower));
      // ("X ranks among the most repressive": with "among", what X is one of)
      const copula = (s.tokens[k + 1]?.lower === 'as' && this.lexicon.inClass('copula-as', lemma)) || (s.tokens[k + 1]?.lower === 'among' && this.lexicon.inClass('copula-among', lemma));
      if (copula && this.isVerbAt(s, k, lemma) && !formerly) continue;
      // "May saw diplomats sent ...", "2014 brought war": a time as subject of "see", "bring" or "witness" tells when, not an act.
      if (/^(see|bring|witness)$/.test(lemma) && units.some((u) => u.kind === 'value' && u.tokenEnd === k && ['month', 'year', 'date', 'weekday'].includes(u.value!.kind))) continue;
      let isVerb = this.isVerbAt(s, k, lemma);
      // "leaves the borders unchanged" is "does not change the borders": a participle with "un-" said of what a verb
      // of state leaves as it was is the denied act of its verb.
      const undone = !isVerb ? this.undoneAct(s, k, units) : undefined;
      if (undone) {
        lemma = undone;
        isVerb = true;
        negations++;
      }
      // "looking forward to": the verb and the next word as one verb of the lexicon; the next word is then no unit of its own.
      const next = s.tokens[k + 1];
      // (not a preposition that opens a time or a "the N of" phrase: "came on Thursday", "came in the wake of")
      // (with its article too: "sent on a Saturday")
      const withArticle = (v: ValueMention): boolean => v.tokenStart === k + 3 && /^(a|an|the)$/.test(s.tokens[k + 2]?.lower ?? '') && /^(on|in|at|by)$/.test(next?.lower ?? '') && v.kind !== 'year';
      const opensPhrase = s.values.some((v) => (v.tokenStart === k + 2 || withArticle(v)) && ['weekday', 'date', 'month', 'year'].includes(v.kind)) || (s.tokens[k + 2]?.lower === 'the' && s.tokens[k + 4]?.lower === 'of');
      const phrasal = isVerb && next?.kind === 'word' && !covered.has(k + 1) && !opensPhrase && this.lexicon.hasLemma('v', `${lemma} ${next.lower}`) ? `${lemma} ${next.lower}` : undefined;
      if (phrasal) covered.add(k + 1);
      // The word that makes a phrasal verb ("break with") is its particle for the predicate lexicon too.
      // A preposition the predicate lexicon lists with this verb ("stand behind", "side with") is its particle too.
      const listedParticle = isVerb && next?.kind === 'word' && this.lexicon.predicateActs.get(lemma)?.some((a) => a.particle === next.lower) ? next.lower : undefined;
      const particle = isVerb ? (this.particleAfter(s, k) ?? (phrasal ? next!.lower : listedParticle)) : undefined;
      const objects = isVerb ? this.objectLemmas(s, k) : [];
      // "a move condemned by X": a past participle after a noun is still its verb's act, as far as its opposites go.
      const participle = !isVerb && t.lower.endsWith('ed') && this.lexicon.hasLemma('v', lemma);
      // "Oslo's break with Lima": a noun that is a verb too names the act the lexicon lists with the word after it.
      const actNoun = !isVerb && !participle && next?.kind === 'word' && this.lexicon.hasLemma('n', lemma) && !!this.lexicon.predicateActs.get(lemma)?.some((a) => a.particle === next.lower);
      // ("news of X broke on Wednesday": with news as its subject, the verb tells of reporting X)
      // ("word of X came out": a phrasal verb of news-verbs too)
      const newsVerb = this.lexicon.inClass('news-verbs', lemma) || (next?.kind === 'word' && this.lexicon.inClass('news-verbs', `${lemma} ${next.lower}`));
      const newsSubject = isVerb && newsVerb && units.some((w) => w.kind === 'word' && !w.isVerb && this.lexicon.inClass('news-subjects', w.text.toLowerCase()) && k - w.tokenEnd <= 8 && !units.some((x) => x.isVerb && x.tokenStart > w.tokenStart));
      const predicateClasses = newsSubject ? ['report'] : isVerb ? this.lexicon.predicateClasses(lemma, particle, objects) : participle ? this.lexicon.predicateClasses(lemma, undefined, []) : actNoun ? this.lexicon.predicateClasses(lemma, next!.lower, []) : [];
      // (a light verb the predicate lexicon reads as an act with its object is denied too: "never voiced support")
      const negated = !!undone || (deniedByObject && isVerb) || (pendingNegation && isVerb && (!LIGHT.has(lemma) || predicateClasses.length > 0) && !this.lexicon.isNegatingWord(lemma));
      if (negated) pendingNegation = false;
      // "officially sanctioned": an adverb made from a modifier with an opposite is that modifier, which an
      // article contradicts with the opposite ("unofficial") but need not repeat.
      if (polarAdverb && !isVerb) lemma = t.lower.slice(0, -2);
      // "only days before": a modifier of a time is no claim of its own.
      const ofTime = valueAt(k + 1, ['offset', 'date', 'weekday', 'month', 'year']);
      // "acknowledged their independence": a verb of speech that is also an act of the lexicon (other than reporting)
      // carries the claim as any act does.
      const actOfSpeech = isVerb && predicateClasses.some((c) => c !== 'report');
      // "the official who handed it": a word after a determiner with no noun after it is the noun, not the modifier.
      const asNoun = !isVerb && k > 0 && tokens[k - 1]!.kind === 'word' && this.lexicon.inClass('determiners', tokens[k - 1]!.lower) && !(next?.kind === 'word' && ((this.lexicon.hasLemma('n', s.lemmas[k + 1]!) && !this.lexicon.isFunctionWord(next.lower)) || /^ones?$/.test(next.lower))) && this.lexicon.hasLemma('n', lemma);
      const polar = this.lexicon.isPolar(lemma) && !LIGHT.has(lemma) && !ofTime && !asNoun;
      // "a referendum that was not official": a modifier with an opposite, denied right before it, is that opposite; the
      // denial is spent on it.
      // ("a referendum that had no official standing": "no" before the modifier of a noun denies the modifier)
      // ("had never before recognised": a denial of the time before, not of the act nor of "before"; no passage that
      // tells of the act now answers it)
      const beforeNow = /^(before|previously|earlier)$/.test(t.lower) && pendingNegation && k > 0 && this.lexicon.isNegation(tokens[k - 1]!.lower) && tokens[k + 1]?.kind === 'word' && this.isVerbAt(s, k + 1, s.lemmas[k + 1]!) && s.lemmas[k + 1] !== tokens[k + 1]!.lower;
      if (beforeNow) {
        pendingNegation = false;
        continue;
      }
      const deniedModifier = polar && !isVerb && ((pendingNegation && k > 0 && this.lexicon.isNegation(tokens[k - 1]!.lower)) || k === deniedNounAt);
      // ("made no reply", "gave no response": a noun of an act of the lexicon that "no" denies is the act denied)
      const deniedAct = !isVerb && !polar && k === deniedNounAt && (this.lexicon.derivationVerbs(lemma).some((v) => (this.lexicon.predicateActs.get(v) ?? []).length > 0) || (this.lexicon.predicateActs.get(lemma) ?? []).length > 0);
      if (deniedModifier) {
        pendingNegation = false;
        negations--;
      }
      units.push({
        kind: 'word',
        tokenStart: k,
        tokenEnd: k + 1,
        start: t.start,
        end: t.end,
        text: t.text,
        weight: relation
          ? 1
          : LIGHT.has(lemma) || (this.lexicon.speechVerbs.has(lemma) && !actOfSpeech) || this.lexicon.isNegatingWord(lemma) || this.waitsUntil(s, k, lemma)
            ? 0.4
            : isVerb
              ? 1.5
              : ofTime && !isVerb
                ? 0.5
              : polar && !polarAdverb
                ? 1.5
                : t.lower.endsWith('ly') && this.lexicon.hasLemma('r', t.lower)
                  ? 0.5 // manner adverbs ("officially", "openly") colour a claim more than they carry it
                  : 1,
        lemma,
        isVerb,
        ...(phrasal ? { phrasal } : {}),
        ...(polar ? { polar } : {}),
        // "a full three days", "just days": a word that only grades a time is a detail.
        ...(polarAdverb || (ofTime && !isVerb) ? { minor: true } : {}),
        ...(!isVerb && this.lexicon.isRoleNoun(lemma) && (!this.lexicon.hasLemma('a', lemma) || this.lexicon.inClass('leading-offices', lemma)) ? { role: true } : {}),
        ...(predicateClasses.length ? { predicateClasses } : {}),
        ...(negated || deniedModifier || deniedAct ? { negated: true } : {}),
      });
    }
    // "the state news agency BNA": a name right after a word of its own long form ("Baltic News Agency") is
    // described by that word; a passage that gives the description ("its state news agency") gives the name.
    units.sort((a, b) => a.tokenStart - b.tokenStart);
    // (or after it: "the BNA state news agency")
    units.forEach((u, i) => {
      if (u.kind !== 'entity' || u.entityId === undefined || u.entityId < 0) return;
      const e = this.registry.entity(u.entityId);
      if (!e) return;
      const words = new Set([...e.spellings, ...e.aliases].flatMap((name) => name.split(/\s+/)));
      const before = units[i - 1];
      if (before && before.kind === 'word' && !before.isVerb && before.tokenEnd === u.tokenStart && words.has(before.lemma!)) {
        u.described = before.lemma!;
        return;
      }
      let end = u.tokenEnd;
      for (let j = i + 1; j < units.length && j <= i + 3; j++) {
        const w = units[j]!;
        if (w.kind !== 'word' || w.isVerb || w.tokenStart !== end) break;
        end = w.tokenEnd;
        if (words.has(w.lemma!)) u.described = w.lemma!;
      }
    });
    // "made its decision public", "made its recognition of the two states public" (as far as objectLemmas reads): a modifier that completes the act the lexicon lists ("make:public") is part of that act,
    // not a modifier whose opposite would contradict the claim.
    for (const verb of units) {
      if (!verb.isVerb || !verb.predicateClasses?.length) continue;
      for (const w of units) {
        if (!w.polar || w.tokenStart <= verb.tokenStart || w.tokenStart - verb.tokenEnd > 8) continue;
        if (!verb.predicateClasses.some((c) => this.lexicon.predicateObjects.get(c)?.has(w.lemma!))) continue;
        delete w.polar;
        Object.assign(w, { weight: 0.5, minor: true });
      }
    }
    units.sort((a, b) => a.tokenStart - b.tokenStart);
    this.capitalPhrases(s, units);
    units.sort((a, b) => a.tokenStart - b.tokenStart);
    for (const u of units) {
      if (u.lemma !== undefined) u.lemmaId = this.lemmaIds.id(u.lemma);
      if (u.phrasal !== undefined) u.phrasalId = this.lemmaIds.id(u.phrasal);
    }
    // Actors: entities before the sentence's first act, and agents after "by".
    let seenAct = false;
    for (const u of units) {
      if (u.isVerb && u.weight >= 1.5) seenAct = true;
      if (u.kind === 'entity' && (!seenAct || tokens[u.tokenStart - 1]?.lower === 'by')) u.actor = true;
    }
    /** A word right before a noun modifies it ("breakaway republics"): it names no act of its own. */
    const modifiesNoun = (w: Unit): boolean => units.some((x) => x.kind === 'word' && !x.isVerb && x.tokenStart === w.tokenEnd && this.lexicon.hasLemma('n', x.lemma!));
    // A date belongs to an act: the nearest verb, or an event noun right next to it ("the February 24 invasion").
    for (const u of units) {
      if (u.kind !== 'value' || !['weekday', 'date', 'month', 'year', 'offset'].includes(u.value!.kind)) continue;
      const act = u.value!.act;
      const distance = (w: Unit): number => (w.tokenStart < u.tokenStart ? u.tokenStart - w.tokenEnd : w.tokenStart - u.tokenEnd);
      const anchors = new Set<string>();
      let left: Unit | undefined;
      let right: Unit | undefined;
      let speech: Unit | undefined;
      let reportedBy: Unit | undefined;
      for (const w of units) {
        if (w.kind !== 'word' || w.inner) continue;
        if (w.isVerb && !LIGHT.has(w.lemma!) && !this.lexicon.isNegatingWord(w.lemma!) && (distance(w) <= 8 || (distance(w) <= 16 && w.tokenStart < u.tokenStart && this.timeFrameBetween(tokens, w.tokenEnd, u.tokenStart)))) {
          if (w.tokenStart < u.tokenStart && (!left || distance(w) < distance(left))) left = w;
          if (w.tokenStart > u.tokenStart && (!right || distance(w) < distance(right))) right = w;
        }
        // An event noun: a noun made from a verb, or a noun that is a verb too ("visit"); not a word that is mainly an
        // adjective ("full", "breakaway").
        // (nor a body that governs: "the government" tells of no act of governing)
        const eventNoun = !w.isVerb && !this.lexicon.hasLemma('a', w.lemma!) && !modifiesNoun(w) && !this.lexicon.inClass('state-bodies', w.lemma!);
        const act = eventNoun ? this.nounAct(w.lemma!) : undefined;
        // "back in 2014": a word that can be an adverb, with only a preposition between it and the date, tells no act.
        const adverbial = w.tokenEnd + 1 === u.tokenStart && this.lexicon.hasLemma('r', w.lemma!);
        if (act && !LIGHT.has(act) && distance(w) <= 4 && !adverbial) anchors.add(act);
        // "X's warm words on Sunday", "X's message on Saturday": one act of sending words, whichever noun tells it.
        if (!w.isVerb && distance(w) <= 4 && !adverbial && this.isMessageNoun(w)) anchors.add(MESSAGE_ACT);
        if (w.isVerb && LIGHT.has(w.lemma!) && this.lexicon.speechVerbs.has(w.lemma!) && distance(w) <= 8 && (!speech || distance(w) < distance(speech))) speech = w;
        // "made it public on Thursday", "reported on Wednesday that ...": a light verb that makes an act of the lexicon
        // right next to the date is that act's too.
        // (not one in the next clause: "went out on Wednesday and were made public a day later")
        const nextClause = w.tokenStart > u.tokenEnd && tokens.slice(u.tokenEnd, w.tokenStart).some((t) => t.kind === 'word' && /^(and|but)$/.test(t.lower));
        // (further off when only its object and channel stand between: "made its recognition public through X on Thursday")
        const noVerbBetween = !units.some((x) => x.isVerb && x !== w && x.tokenStart > Math.min(w.tokenStart, u.tokenStart) && x.tokenStart < Math.max(w.tokenStart, u.tokenStart));
        if (w.isVerb && LIGHT.has(w.lemma!) && w.predicateClasses?.length && (distance(w) <= 5 || (distance(w) <= 8 && noVerbBetween && w.tokenStart < u.tokenStart)) && !nextClause) reportedBy = w;
      }
      // With no other act near, a date next to a verb of reporting is the report's ("reported on Tuesday").
      if (!left && !right && anchors.size === 0 && speech) anchors.add(speech.lemma!);
      /** The acts of the noun before a light verb ("X's rupture with Y came ..."). */
      const subjectActs = (light: Unit, homographs = false): string[] => {
        // A noun made from a verb ("approval"), or (homographs) a noun that is a verb too right after a determiner or a
        // possessive ("X's rupture with Y came"; not "the northern fleet came").
        const actsOf = (w: Unit): string[] => {
          if (this.isMessageNoun(w)) return [MESSAGE_ACT];
          const made = this.lexicon.derivationVerbs(w.lemma!);
          if (made.length > 0 || !homographs) return made;
          const before = tokens[w.tokenStart - 1];
          // (or after a name that follows one: "X's Bergen summit with Y took place in 2018")
          const name = units.find((x) => x.kind === 'entity' && x.tokenEnd === w.tokenStart);
          const beforeName = name ? tokens[name.tokenStart - 1] : undefined;
          const determined = [before, beforeName].some((b) => b?.possessive === true || (b?.kind === 'word' && this.lexicon.inClass('determiners', b.lower)));
          // (only the last word before the verb, names aside)
          const nearest = !units.some((x) => x.kind === 'word' && x.tokenStart > w.tokenStart && x.tokenStart < light.tokenStart);
          return determined && nearest && this.lexicon.hasLemma('v', w.lemma!) && this.lexicon.hasLemma('n', w.lemma!) ? [w.lemma!] : [];
        };
        // (the head of the subject, not the object of a verb or "of" inside it: "X's decision to break off relations came")
        const complement = (w: Unit): boolean => {
          let k = w.tokenStart - 1;
          while (k >= 0 && tokens[k]!.kind === 'word' && this.lexicon.inClass('determiners', tokens[k]!.lower)) k--;
          return tokens[k]?.lower === 'of' || units.some((x) => x.isVerb && x.tokenEnd + (x.phrasal !== undefined ? 1 : 0) === k + 1);
        };
        const subject = [...units].reverse().find((w) => w.kind === 'word' && !w.isVerb && !w.inner && w.tokenEnd <= Math.min(light.tokenStart, u.tokenStart) && light.tokenStart - w.tokenEnd <= 12 && actsOf(w).length > 0 && !modifiesNoun(w) && !complement(w));
        if (!subject) return [];
        // ("X's decision to cut ties came on Wednesday": the act the noun is about is the date's too)
        const about = tokens[subject.tokenEnd]?.lower === 'to' ? units.find((w) => w.isVerb && w.tokenStart === subject.tokenEnd + 1) : undefined;
        return [...actsOf(subject), ...(about ? [about.lemma!] : [])].filter((a) => !LIGHT.has(a));
      };
      // "X's rupture with Y came on Wednesday, soon after word of it emerged": a light verb right before the date gives
      // it its subject's act, whatever other verb is near.
      const lightBefore = units.find((w) => w.kind === 'word' && w.isVerb && LIGHT.has(w.lemma!) && !w.predicateClasses?.length && w.tokenStart < u.tokenStart && u.tokenStart - w.tokenEnd <= 1);
      // ("X's recognition preceded the invasion by three days": a time phrase that opens with its verb of order dates the
      // act of its subject)
      const orderVerb = u.value!.kind === 'offset' && /^(precede|predate|follow|postdate)$/.test(this.lexicon.lemma(tokens[u.tokenStart]!.lower));
      const lightActs = lightBefore ? subjectActs(lightBefore, true) : orderVerb ? subjectActs(u, true) : [];
      if (lightActs.length > 0) {
        left = undefined;
        right = undefined;
        anchors.clear();
        for (const a of lightActs) anchors.add(a);
      }
      // "The summit at which X and Y sought closer ties took place in 2018", "the talks were held in May": after a verb of
      // happening, the date is the event's that is its subject, whatever verbs a clause about that event holds.
      const happening = units.find((w) => w.isVerb && w.tokenStart < u.tokenStart && u.tokenStart - w.tokenEnd <= 3 && this.happens(w, tokens));
      const event = happening ? units.find((w) => w.kind === 'word' && !w.isVerb && !w.inner && w.tokenEnd <= happening.tokenStart && !modifiesNoun(w) && this.nounAct(w.lemma!) !== undefined && this.noClauseBetween(tokens, w.tokenEnd, happening.tokenStart)) : undefined;
      const eventAct = event ? this.nounAct(event.lemma!) : undefined;
      if (eventAct && !LIGHT.has(eventAct)) {
        left = undefined;
        right = undefined;
        anchors.clear();
        anchors.add(eventAct);
      }
      // "X's recognition of the regions came a day before ...": after a light verb, the date is its subject's act.
      if (!left && !right && anchors.size === 0) {
        // The light verb is just before the date, or just after it when the date is part of the subject ("X's recognition
        // of the regions on 21 February came three days before ...").
        const light = units.find((w) => w.kind === 'word' && w.isVerb && LIGHT.has(w.lemma!) && (w.tokenStart < u.tokenStart ? u.tokenStart - w.tokenEnd <= 3 : w.tokenStart - u.tokenEnd <= 3));
        for (const act of light ? subjectActs(light, true) : []) anchors.add(act);
      }
      // ("news of X broke on Wednesday", "Wed 13 July: news of X breaks": an act its context makes, by a verb that is
      // that act by itself)
      // (or with its object or particle: "went public", "make known")
      const contextActs = (w: Unit): string[] => (w.predicateClasses ?? []).filter((c) => !(this.lexicon.predicateActs.get(w.lemma!) ?? []).some((a) => a.classId === c && !a.objects && !a.particle)).map((c) => this.lexicon.classVerb(c) ?? w.lemma!);
      if (reportedBy) {
        anchors.add(reportedBy.lemma!);
        for (const a of contextActs(reportedBy)) anchors.add(a);
      }
      if (left) {
        anchors.add(left.lemma!);
        for (const a of contextActs(left)) anchors.add(a);
        // ("X's break with Y was announced on 13 July": what a passive verb of reporting makes known is dated too)
        if (this.lexicon.speechVerbs.has(left.lemma!) && /^(is|are|was|were|been|being)$/.test(tokens[left.tokenStart - 1]?.lower ?? '')) for (const a of subjectActs(left, true)) anchors.add(a);
        // "the warm words X addressed to Y on Saturday": the act of the noun a clause without "that" tells of.
        const head = this.relativeHead(units, tokens, left);
        if (head) anchors.add(head);
      }
      // (not a verb past a comma when the date's clause has its own: "X, where Y attacked Z in 2008, recognized W")
      const pastComma = right !== undefined && tokens.slice(u.tokenEnd, right.tokenStart).some((t) => t.kind === 'punct' && t.text === ',');
      const inAside = (w: Unit | undefined): boolean => {
        if (!w) return false;
        let k = w.tokenStart - 1;
        while (k >= 0 && !(tokens[k]!.kind === 'punct' && tokens[k]!.text === ',')) k--;
        // (or an aside that describes a name: "X, another region involved in the war in 2008, recognized ...")
        const appositive = units.some((x) => x.kind === 'entity' && x.tokenEnd === k) && /^(a|an|another|the)$/.test(tokens[k + 1]?.lower ?? '');
        return k >= 0 && (appositive || tokens.slice(k + 1, w.tokenStart).some((t) => /^(where|which|who|whom|whose|when)$/.test(t.lower)));
      };
      if (right && !(pastComma && inAside(left))) {
        anchors.add(right.lemma!);
        for (const a of contextActs(right)) anchors.add(a);
      }
      // (an offset counts from another act, and is the sentence's act's only with a reference: "days after launching the invasion")
      if (anchors.size === 0 && !act && (u.value!.kind !== 'offset' || u.value!.reference !== undefined)) {
        // "sent his letters to his counterparts in both republics on Monday": far from its only act, a date is still that
        // act's, enough to set it against another date of that act (not to ask a date that matches for the same act).
        const acts = units.filter((w) => w.kind === 'word' && !w.inner && w.isVerb && !LIGHT.has(w.lemma!) && !this.lexicon.isNegatingWord(w.lemma!));
        if (acts.length === 1) u.farAnchors = [acts[0]!.lemma!, ...contextActs(acts[0]!)];
        // (with no such verb, the one act a noun of the sentence names: "X made its recognition of Y public on Thursday")
        if (acts.length === 0) {
          const nounActs = new Set(units.filter((w) => w.kind === 'word' && !w.inner && !w.isVerb && !modifiesNoun(w)).flatMap((w) => this.lexicon.derivationVerbs(w.lemma!).slice(0, 1)).filter((a) => !LIGHT.has(a) && (this.lexicon.predicateActs.get(a) ?? []).length > 0));
          if (nounActs.size === 1) u.farAnchors = [...nounActs];
        }
      }
      // "In 2017, X failed to use its veto to block Y from imposing sanctions": a date that opens the sentence sets the
      // time of every act in it.
      const opens = !act && (u.tokenStart === 0 || (u.tokenStart === 1 && tokens[0]!.kind === 'word' && /^(in|on|by|during|since)$/.test(tokens[0]!.lower)));
      if (opens && (anchors.size > 0 || !u.farAnchors)) {
        for (const w of units) if (w.kind === 'word' && w.isVerb && !w.inner && !LIGHT.has(w.lemma!) && !this.lexicon.isNegatingWord(w.lemma!)) anchors.add(w.lemma!);
        // (and the acts its nouns name: "In 2016 X did not use its veto to stop the sanctions" dates the sanctions too)
        for (const w of units) {
          if (w.kind !== 'word' || w.isVerb || w.inner || modifiesNoun(w)) continue;
          const made = this.nounAct(w.lemma!);
          if (made && !LIGHT.has(made)) anchors.add(made);
        }
      }
      if (act) {
        // The date is the event noun's; a bounding one also says when the nearby act was not.
        u.anchors = [act];
        anchors.delete(act);
        if (u.value!.bound && anchors.size) u.boundAnchors = [...anchors];
      } else if (anchors.size) u.anchors = [...anchors];
    }
    // "days before launching the invasion of X in late February": a time right after a relative time dates the act that
    // time counts from.
    for (const u of units) {
      if (u.kind !== 'value' || !['date', 'month', 'weekday'].includes(u.value!.kind)) continue;
      const offset = units.find((w) => w.kind === 'value' && w.value!.kind === 'offset' && !!w.value!.reference && w.tokenEnd <= u.tokenStart && u.tokenStart - w.tokenEnd <= 4 && !units.some((x) => x.isVerb && x.tokenStart > w.tokenEnd && x.tokenStart < u.tokenStart));
      if (!offset) continue;
      u.anchors = [offset.value!.reference!];
      delete u.farAnchors;
    }
    // "on 21 February – three days before the invasion": a relative time set next to a date is that date's act.
    for (const u of units) {
      if (u.kind !== 'value' || u.anchors || !['offset', 'date', 'weekday'].includes(u.value!.kind)) continue;
      const before = units.find((w) => w.kind === 'value' && w !== u && (w.anchors || w.farAnchors) && w.tokenEnd <= u.tokenStart && u.tokenStart - w.tokenEnd <= 3 && ['date', 'weekday', 'month', 'year'].includes(w.value!.kind));
      if (before?.anchors) u.anchors = [...before.anchors];
      else if (before?.farAnchors) u.farAnchors = [...before.farAnchors];
    }
    // "severed them only once X had made its Thursday announcement", "after X's announcement on Thursday": the day of an
    // event in a time clause bounds the sentence's own act, which came after (or before) that day.
    for (const u of units) {
      if (u.kind !== 'value' || u.boundAnchors || !u.anchors || (u.value!.kind !== 'weekday' && u.value!.kind !== 'date')) continue;
      const at = this.boundingWord(tokens, units, u);
      if (!at) continue;
      const acts = (nouns: boolean): string[] =>
        units
          .filter((w) => w.kind === 'word' && !w.inner && w.tokenEnd <= at.token && (nouns ? !w.isVerb && tokens[w.tokenStart - 1]?.lower !== 'of' : w.isVerb && !LIGHT.has(w.lemma!)) && !this.lexicon.isNegatingWord(w.lemma!))
          .flatMap((w) => (!nouns ? [w.lemma!] : this.lexicon.derivationVerbs(w.lemma!).slice(0, 1).concat(this.lexicon.derivationVerbs(w.lemma!).length === 0 && this.lexicon.hasLemma('v', w.lemma!) && this.lexicon.hasLemma('n', w.lemma!) ? [w.lemma!] : [])))
          .filter((a) => !LIGHT.has(a) && !u.anchors!.includes(a));
      // (the acts before the time clause; with none, the act of a noun there, not of its complement: "X's break with Y
      // came only after ...", not "relations" in "X's severing of relations came after ...")
      const verbs = acts(false);
      const bounded = verbs.length > 0 ? verbs : acts(true);
      if (bounded.length === 0) continue;
      u.boundAnchors = bounded;
      u.value = { ...u.value!, bound: at.bound };
    }
    // Offices of people, as unit indices.
    const unitOfMention = (i: number): number => {
      const m = s.mentions[i]!;
      return units.findIndex((u) => u.kind === 'entity' && !u.inner && u.tokenStart === m.tokenStart);
    };
    const roles: RoleUnits[] = [];
    for (const r of s.roles) {
      const person = unitOfMention(r.mention);
      if (person < 0) continue;
      const affiliationMention = r.affiliation === undefined ? -1 : s.mentions.findIndex((m) => m.key === r.affiliation);
      const affiliation = affiliationMention >= 0 ? unitOfMention(affiliationMention) : -1;
      roles.push({ person, role: r.role.split(' ').pop()!, ...(affiliation >= 0 ? { affiliation } : {}) });
    }
    // The names and figures of a contrast ("..., not Y") weigh nothing.
    if (contrastFrom >= 0) {
      for (const u of units) if (u.tokenStart >= contrastFrom && u.tokenEnd <= contrastTo) Object.assign(u, { weight: 0, minor: true });
    }
    // "..., that is, a single day before the troops moved in": what follows "that is" or "in other words" says again what
    // came before; it weighs little.
    const restated = tokens.findIndex((t, k) => k > 0 && tokens[k - 1]!.text === ',' && ((t.lower === 'that' && tokens[k + 1]?.lower === 'is' && tokens[k + 2]?.text === ',') || (t.lower === 'in' && tokens[k + 1]?.lower === 'other' && tokens[k + 2]?.lower === 'words')));
    if (restated >= 0) for (const u of units) if (u.tokenStart > restated) Object.assign(u, { weight: Math.min(u.weight, 0.5), minor: true });
    // "two countries, X and Y,": a count that the names after it spell out says nothing more than they do.
    units.forEach((u, i) => {
      if (u.kind !== 'value' || u.value!.kind !== 'number' || u.value!.value < 2 || u.value!.value > 10) return;
      const noun = units[i + 1];
      if (noun?.kind !== 'word' || noun.isVerb || noun.tokenStart !== u.tokenEnd || !/^[,:–—-]$/.test(tokens[noun.tokenEnd]?.text ?? '')) return;
      let names = 0;
      for (let k = i + 2; k < units.length && units[k]!.kind === 'entity'; k++) if (!units[k]!.inner) names++;
      if (names === u.value!.value) Object.assign(u, { weight: 0.5, minor: true });
    });
    // "its failure to use its veto to prevent X", "did not use its veto to stop X": the act done in order to do
    // another is denied with its purpose.
    for (const u of [...units]) {
      if (!u.negated || !u.isVerb) continue;
      for (let k = u.tokenEnd; k < Math.min(tokens.length, u.tokenEnd + 6) && !(tokens[k]!.kind === 'punct' && /^[,;:.!?]$/.test(tokens[k]!.text)); k++) {
        if (tokens[k]!.lower !== 'to') continue;
        const purpose = units.find((w) => w.isVerb && w.tokenStart === k + 1 && !w.negated);
        if (purpose) purpose.negated = true;
        break;
      }
    }
    // "did not recognize them until this year": the act happened, then; the negation only bounds its time.
    for (const u of units) {
      if (!u.negated) continue;
      for (let k = u.tokenEnd; k < tokens.length && !(tokens[k]!.kind === 'punct' && /^[,;:.!?]$/.test(tokens[k]!.text)); k++) {
        if (tokens[k]!.lower !== 'until' && tokens[k]!.lower !== 'till') continue;
        delete u.negated;
        negations--;
        break;
      }
    }
    return { units, roles, lemmas: s.lemmas, negations };
  }

  /**
   * "the French capital", "France's capital", "the capital of France": the capital
   * city, as an entity, when the lexicon and the corpus know it.
   */
  /**
   * The word that opens the time clause a date is in, when the clause bounds another act: "after X's Thursday
   * announcement", "once X had made its Thursday announcement", "in the wake of X's announcement on Thursday". Only
   * names, words of the date's own event and light verbs may stand between; a comma or another act ends the search.
   */
  private boundingWord(tokens: readonly Token[], units: readonly Unit[], u: Unit): { token: number; bound: 'after' | 'before' } | undefined {
    for (let k = u.tokenStart - 1; k >= 0 && k >= u.tokenStart - 10; k--) {
      const t = tokens[k]!;
      if (t.kind === 'punct') return undefined;
      const w = t.lower;
      if (/^(after|following|once|since)$/.test(w) || (w === 'wake' && tokens[k + 1]?.lower === 'of')) return { token: k, bound: 'after' };
      if (/^(before|until|till)$/.test(w) || ((w === 'ahead' || w === 'prior') && /^(of|to)$/.test(tokens[k + 1]?.lower ?? ''))) return { token: k, bound: 'before' };
      const verb = units.find((x) => x.isVerb && x.tokenStart <= k && k < x.tokenEnd);
      if (verb && !LIGHT.has(verb.lemma!) && !u.anchors!.includes(verb.lemma!)) return undefined;
    }
    return undefined;
  }

  /**
   * The act of the noun a clause tells of when the clause's verb follows it with only its subject between ("the words
   * X addressed", "the letters that the minister sent"): the noun's verb, or the noun itself when it is a verb too.
   */
  private relativeHead(units: readonly Unit[], tokens: readonly Token[], verb: Unit): string | undefined {
    let k = units.indexOf(verb) - 1;
    const subject = units[k];
    // "X's warm words for Y, delivered on Saturday": a participle after a comma tells of the noun before it.
    // (irregular participles too: "sent", "made", "told")
    const participle = /(ed|en)$/.test(tokens[verb.tokenStart]!.lower) || (verb.lemma !== tokens[verb.tokenStart]!.lower && !/(ing|s)$/.test(tokens[verb.tokenStart]!.lower));
    // (or a relative clause in the passive: "X's warm words, which were offered on Saturday")
    let j = verb.tokenStart - 1;
    while (j > 0 && tokens[j]!.kind === 'word' && /^(was|were|been|being|had|has|have)$/.test(tokens[j]!.lower)) j--;
    if (j < verb.tokenStart - 1 && /^(which|that)$/.test(tokens[j]!.lower)) j--;
    else j = verb.tokenStart - 1;
    if (tokens[j]?.text === ',' && participle) {
      const nouns = units.slice(Math.max(0, k - 3), k + 1).reverse().filter((w) => w.kind === 'word' && !w.isVerb && !w.inner && j + 1 - w.tokenEnd <= 6);
      // (a message noun before the person it is addressed to: "X's words to the board, sent on Saturday")
      if (nouns.some((w) => this.isMessageNoun(w))) return MESSAGE_ACT;
      const noun = nouns[0];
      const act = noun ? (this.lexicon.derivationVerbs(noun.lemma!)[0] ?? (this.lexicon.hasLemma('v', noun.lemma!) ? noun.lemma : undefined)) : undefined;
      return act && !LIGHT.has(act) ? act : undefined;
    }
    if (!subject) return undefined;
    // (the subject may be a name with its office: "the letters that X's foreign minister sent")
    let first = k;
    if (subject.kind !== 'entity') {
      if (subject.kind !== 'word' || !subject.role) return undefined;
      while (first > 0 && k - first < 3 && (units[first - 1]!.kind === 'entity' || (units[first - 1]!.kind === 'word' && !units[first - 1]!.isVerb && this.lexicon.hasLemma('a', units[first - 1]!.lemma!) && !this.lexicon.hasLemma('n', units[first - 1]!.lemma!)))) first--;
      if (!units.slice(first, k).some((w) => w.kind === 'entity') && tokens[units[first]!.tokenStart - 1]?.lower !== 'the') return undefined;
    }
    let t = units[first]!.tokenStart - 1;
    if (t >= 0 && tokens[t]!.possessive) t--;
    if (t >= 0 && tokens[t]!.lower === 'the') t--;
    if (t >= 0 && (tokens[t]!.lower === 'that' || tokens[t]!.lower === 'which')) t--;
    k = first - 1;
    const noun = units[k];
    if (!noun || noun.kind !== 'word' || noun.isVerb || noun.inner || noun.tokenEnd - 1 !== t) return undefined;
    if (this.lexicon.inClass('message-nouns', noun.lemma!)) return MESSAGE_ACT;
    const act = this.lexicon.derivationVerbs(noun.lemma!)[0] ?? (this.lexicon.hasLemma('v', noun.lemma!) ? noun.lemma : undefined);
    return act && !LIGHT.has(act) ? act : undefined;
  }

  private readonly nameWordCache = new Map<number, readonly string[]>();
  private nameWords(id: number): readonly string[] {
    let words = this.nameWordCache.get(id);
    if (!words) {
      const e = this.registry.entity(id);
      words = e ? [...new Set([...e.spellings, ...e.aliases, ...e.shortForms].flatMap((n) => n.split(/\s+/)))] : [];
      this.nameWordCache.set(id, words);
    }
    return words;
  }

  private capitalPhrases(s: AnalyzedSentence, units: Unit[]): void {
    for (const word of units) {
      if (word.kind !== 'word' || word.lemma !== 'capital' || word.inner) continue;
      const k = units.indexOf(word);
      const before = units[k - 1];
      const after = s.tokens[word.tokenEnd]?.lower === 'of' ? units[k + 1] : undefined;
      const owner = before?.kind === 'entity' && word.tokenStart - before.tokenEnd <= 1 ? before : after?.kind === 'entity' ? after : undefined;
      if (!owner) continue;
      const countryId = owner.entityType === 'place' && owner.entityId! >= 0 ? owner.entityId! : owner.standsFor;
      const country = countryId !== undefined ? this.registry.entity(countryId) : undefined;
      if (!country) continue;
      const city = country.spellings.flatMap((key) => this.lexicon.capitalsOf(key)).map((key) => this.registry.lookup(key)?.entity).find((e) => e !== undefined);
      if (!city) continue;
      const from = Math.min(owner.tokenStart, word.tokenStart);
      const to = Math.max(owner.tokenEnd, word.tokenEnd);
      const previous = s.tokens[from - 1];
      const locative = (previous?.lower === 'the' ? s.tokens[from - 2] : previous)?.lower;
      word.inner = true;
      owner.inner = true;
      units.push({
        kind: 'entity',
        tokenStart: from,
        tokenEnd: to,
        start: s.tokens[from]!.start,
        end: s.tokens[to - 1]!.end,
        text: s.tokens.slice(from, to).map((t) => t.text).join(' '),
        weight: 2,
        entityId: city.id,
        entityKey: city.spellings[0]!,
        entityType: 'place',
        standsFor: country.id,
        ...(locative && LOCATIVE.has(locative) ? { locative: true } : {}),
      });
    }
  }

  /** A name the corpus does not know, one or two letters from one it does ("Jean Martan"). */
  private nearMissEntity(surface: string) {
    const words = surface.split(/\s+/);
    for (const w of words) {
      const hit = this.registry.nearMiss(w);
      if (!hit) continue;
      // (every other word of the name must be that entity's too: "Anna Olsem" is no misspelling of "Marit Olsen")
      const own = this.nameWords(hit.entity.id);
      if (words.every((x) => x === w || own.includes(x.toLowerCase()) || this.registry.nearMiss(x)?.entity === hit.entity)) return hit.entity;
    }
    return undefined;
  }

  /**
   * The act an "un-" participle denies ("unchanged" denies "change") when it says how a verb of state before it keeps
   * something ("leaves the borders unchanged", "remained untouched"), not which thing ("the unrecognised republics");
   * undefined otherwise. The verb of state is then no act of its own.
   */
  private undoneAct(s: AnalyzedSentence, k: number, units: Unit[]): string | undefined {
    const m = /^un([a-z]{3,}(?:ed|en|t))$/.exec(s.tokens[k]!.lower);
    if (!m) return undefined;
    const next = s.tokens[k + 1];
    if (next?.kind === 'word' && !this.lexicon.isFunctionWord(next.lower)) return undefined;
    const act = this.lexicon.lemma(m[1]!);
    if (act === m[1] || !this.lexicon.hasLemma('v', act)) return undefined;
    // The verb of state, within eight words before it in the same clause ("leaves" may have been read as a noun).
    const keeps = (j: number): boolean => {
      const w = s.tokens[j]!.lower;
      return this.lexicon.inClass('state-keeping-verbs', s.lemmas[j]!) || (w.endsWith('s') && this.lexicon.inClass('state-keeping-verbs', w.slice(0, -1)));
    };
    for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
      const t = s.tokens[j]!;
      if (t.kind === 'punct' && /^[,;:.!?]$/.test(t.text)) return undefined;
      if (t.kind !== 'word') continue;
      if (keeps(j)) {
        const state = units.find((u) => u.kind === 'word' && u.tokenStart === j);
        if (state) {
          state.weight = 0.4;
          delete state.predicateClasses;
        }
        return act;
      }
      // (another act in between is what keeps it, unless it is a participle that describes a noun: "leaves the
      // recognised borders unchanged")
      const attributive = /(ed|en)$/.test(t.lower) && s.tokens[j + 1]?.kind === 'word' && j + 1 < k;
      if (!attributive && units.some((u) => u.isVerb && u.tokenStart === j)) return undefined;
    }
    return undefined;
  }

  /** Whether the word at k acts as a verb here: "ties" in "cut diplomatic ties" does not, "cuts" in "Paris cuts ties" does. */
  private isVerbAt(s: AnalyzedSentence, k: number, lemma: string): boolean {
    if (!this.lexicon.hasLemma('v', lemma)) return false;
    const t = s.tokens[k]!;
    // ("back in 2014": a word that can be an adverb, before a preposition and a time, is that adverb)
    const time = s.values.find((v) => v.tokenStart === k + 2 && ['year', 'date', 'month', 'weekday'].includes(v.kind));
    if (time && this.lexicon.hasLemma('r', t.lower) && s.tokens[k + 1]?.kind === 'word' && this.lexicon.inClass('prepositions', s.tokens[k + 1]!.lower)) return false;
    const prev = s.tokens[k - 1];
    // "the Paris state agency", "the Oslo-Lima rupture": after "the <name>", the name describes a noun.
    const name = s.mentions.find((m) => m.tokenEnd === k);
    // (or after "X's <name>": "Vidal's Norway Day message")
    const ownerBefore = s.tokens[(name?.tokenStart ?? 0) - 1];
    const afterDescribingName = name !== undefined && ownerBefore?.kind === 'word' && (this.lexicon.inClass('determiners', ownerBefore.lower) || ownerBefore.possessive === true);
    const nounPosition =
      afterDescribingName ||
      (prev !== undefined &&
      (prev.possessive ||
        prev.kind === 'number' ||
        (prev.kind === 'word' && (this.lexicon.inClass('determiners', prev.lower) || (this.lexicon.hasLemma('a', this.lexicon.lemma(prev.lower)) && !this.lexicon.hasLemma('v', this.lexicon.lemma(prev.lower)) && !prev.lower.endsWith('ly'))))));
    if (t.lower === lemma) return !nounPosition && this.verbContext(s, k);
    if (/s$/.test(t.lower) && !/(ed|ing)$/.test(t.lower)) {
      // A third-person verb follows its subject: a name, a pronoun, or a noun that is no verb itself
      // (adverbs in between are skipped: "the ministry strongly condemns").
      if (nounPosition) return false;
      let j = k - 1;
      // (and an opening quotation mark: the country "strongly condemns")
      const skippable = (x: Token): boolean => (x.kind === 'word' && x.lower.endsWith('ly') && this.lexicon.hasLemma('r', x.lower)) || (x.kind === 'punct' && x.quote === 'open');
      while (j > 0 && skippable(s.tokens[j]!)) j--;
      const subject = s.tokens[j];
      if (!subject || j < 0) return false;
      if (s.mentions.some((m) => m.tokenEnd === j + 1)) return true;
      if (j !== k - 1) return subject.kind === 'word' && (this.lexicon.hasLemma('n', this.lexicon.lemma(subject.lower)) || /^(he|she|it|who|which|that|this)$/.test(subject.lower));
      if (prev.kind === 'word' && /^(he|she|it|who|which|that|this)$/.test(prev.lower)) return true;
      const prevLemma = this.lexicon.lemma(prev.lower);
      return prev.kind === 'word' && this.lexicon.hasLemma('n', prevLemma) && !this.lexicon.hasLemma('v', prevLemma) && !this.lexicon.isFunctionWord(prev.lower);
    }
    // ("no official standing": an -ing word that is a noun too, right after an adjective that is no verb, is that noun)
    if (/ing$/.test(t.lower) && prev?.kind === 'word' && this.lexicon.hasLemma('n', t.lower) && this.lexicon.hasLemma('a', prev.lower) && !this.lexicon.hasLemma('v', this.lexicon.lemma(prev.lower)) && !prev.lower.endsWith('ly') && !this.lexicon.isFunctionWord(prev.lower)) return false;
    return !(prev?.kind === 'word' && this.lexicon.inClass('determiners', prev.lower));
  }

  /** A particle right after a verb or after its pronoun object: "cut off", "cut them off". */
  private particleAfter(s: AnalyzedSentence, k: number): string | undefined {
    for (let j = k + 1; j <= k + 3 && j < s.tokens.length; j++) {
      const t = s.tokens[j]!;
      if (t.kind !== 'word') return undefined;
      if (PARTICLES.has(t.lower)) return t.lower;
      if (!this.lexicon.inClass('pronouns', t.lower)) return undefined;
    }
    return undefined;
  }

  /** A base-form verb preceded by a subject, auxiliary or "to". */
  private verbContext(s: AnalyzedSentence, k: number): boolean {
    const prev = s.tokens[k - 1];
    const next = s.tokens[k + 1];
    // "cut them off", "cut off ties": an object pronoun or a particle follows.
    if (next && next.kind === 'word' && (/^(them|it|him|her|us|me)$/.test(next.lower) || PARTICLES.has(next.lower))) return true;
    if (!prev) return false;
    // "has never set", "did not recognize", "had already cut": an auxiliary before a negation or adverb.
    let j = k - 1;
    while (j > 0 && s.tokens[j]!.kind === 'word' && (this.lexicon.isNegation(s.tokens[j]!.lower) || this.lexicon.inClass('adverbs', s.tokens[j]!.lower) || (s.tokens[j]!.lower.endsWith('ly') && this.lexicon.hasLemma('r', s.tokens[j]!.lower)))) j--;
    if (j !== k - 1 && s.tokens[j]?.kind === 'word' && this.lexicon.inClass('auxiliaries', s.tokens[j]!.lower)) return true;
    // "angrily cut": an adverb between the subject and the verb.
    if (prev.kind === 'word' && prev.lower.endsWith('ly') && this.lexicon.hasLemma('r', prev.lower) && k >= 2) return this.verbContext(s, k - 1) || s.mentions.some((m) => m.tokenEnd === k - 1);
    if (prev.kind === 'word' && (this.lexicon.inClass('auxiliaries', prev.lower) || prev.lower === 'to' || this.lexicon.inClass('pronouns', prev.lower))) return true;
    return s.mentions.some((m) => m.tokenEnd === k && m.kind !== 'demonym');
  }

  /** Lemmas of the nouns after a verb, for predicate classes with objects ("cut ties"). */
  /**
   * "waited until the eve of X to recognise them": a verb of waiting before "until" and a later "to" and verb only says
   * when the act came (data: waiting-verbs); the act is the one after "to".
   */
  private waitsUntil(s: AnalyzedSentence, k: number, lemma: string): boolean {
    if (!this.lexicon.inClass('waiting-verbs', lemma) || !/^(until|till|for)$/.test(s.tokens[k + 1]?.lower ?? '')) return false;
    return s.tokens.some((t, j) => j > k + 2 && t.lower === 'to' && s.tokens[j + 1]?.kind === 'word' && this.lexicon.hasLemma('v', s.lemmas[j + 1]!));
  }

  /** "the Vesta-Ostra summit": a one-word name the corpus does not know, joined from names it knows, names each of them. */
  private joinedNames(m: AnalyzedSentence['mentions'][number]): Unit[] | undefined {
    if (m.kind !== 'name' || m.tokenEnd - m.tokenStart !== 1 || !m.surface.includes('-') || this.registry.resolve(m.key)) return undefined;
    const parts = m.surface.split('-');
    const found = parts.map((p) => (/^[A-Z]/.test(p) ? this.registry.resolve(p.toLowerCase()) : undefined));
    if (parts.length < 2 || found.some((e) => !e) || new Set(found.map((e) => e!.id)).size < parts.length) return undefined;
    let at = m.start;
    return parts.map((p, j) => {
      const e = found[j]!;
      const unit: Unit = { kind: 'entity', tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, start: at, end: at + p.length, text: p, weight: 2, entityId: e.id, entityKey: p.toLowerCase(), nameWords: this.nameWords(e.id), entityType: e.type };
      at += p.length + 1;
      return unit;
    });
  }

  /** The act a noun names: the verb it is made from ("recognition"), or itself when it is a verb too ("visit"). */
  /** No comma between two tokens, except around a relative clause ("the summit in X, where Y met Z, was held ..."). */
  private noClauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
    const comma = tokens.slice(from, to).findIndex((t) => t.text === ',');
    if (comma < 0) return true;
    const next = tokens.slice(from + comma + 1, from + comma + 3).map((t) => t.lower);
    return /^(which|where|who|whom|whose|when)$/.test(next[0] ?? '') || (this.lexicon.inClass('prepositions', next[0] ?? '') && /^(which|whom)$/.test(next[1] ?? ''));
  }

  /**
   * "recognized them at the start of the civil war in 2014": between a verb and a date, a phrase that sets the act at a
   * point of another event, with no comma or other verb; the date is then the act's too.
   */
  private timeFrameBetween(tokens: readonly Token[], from: number, to: number): boolean {
    const between = tokens.slice(from, to);
    if (between.some((t) => t.kind === 'punct')) return false;
    return between.some((t, k) => /^(at|during|from|by)$/.test(t.lower) && between.slice(k + 1, k + 3).some((x) => /^(start|beginning|outset|end|height|close|dawn|time)$/.test(x.lower)) && between.slice(k + 2, k + 4).some((x) => x.lower === 'of'));
  }

  /**
   * "UN Security Council" for "Security Council": a name the corpus does not use whose last words are a name it does,
   * after a first word that is a name it knows too (the body the other belongs to).
   */
  private knownTail(key: string): ReturnType<EntityRegistry['resolve']> {
    const words = key.split(' ');
    if (words.length < 3 || !this.registry.resolve(words[0]!)) return undefined;
    return this.registry.resolve(words.slice(1).join(' '));
  }

  /** A verb that tells only that its subject happened: "took place", "happened", "occurred", "was held". */
  private happens(w: Unit, tokens: readonly Token[]): boolean {
    if (w.lemma === 'happen' || w.lemma === 'occur') return true;
    if (w.lemma === 'take') return w.phrasal === 'take place';
    return w.lemma === 'hold' && /^(was|were|is|are|be|been|being)$/.test(tokens[w.tokenStart - 1]?.lower ?? '');
  }

  private nounAct(lemma: string): string | undefined {
    return this.lexicon.derivationVerbs(lemma)[0] ?? (this.lexicon.hasLemma('v', lemma) && this.lexicon.hasLemma('n', lemma) ? lemma : undefined);
  }

  /** A noun for words sent (see message-nouns), by its lemma or as written: "greeting" is lemmatised as "greet". */
  private isMessageNoun(w: Unit): boolean {
    return this.lexicon.inClass('message-nouns', w.lemma!) || (!w.isVerb && this.lexicon.inClass('message-nouns', w.text.toLowerCase()));
  }

  private objectLemmas(s: AnalyzedSentence, k: number): string[] {
    const out: string[] = [];
    // ("made its recognition of the two republics public": a complement after a long object is read too, unless
    // another clause began on the way: "went out on Wednesday and were made public")
    let clause = false;
    for (let j = k + 1; j < Math.min(s.tokens.length, k + 10); j++) {
      const t = s.tokens[j]!;
      if (t.kind === 'punct' && t.text !== '-') break;
      if (j >= k + 7 && clause) break;
      if (t.kind !== 'word') continue;
      out.push(s.lemmas[j]!);
      if (/^(and|or|but|that|which|who)$/.test(t.lower) || this.lexicon.inClass('auxiliaries', t.lower)) clause = true;
    }
    // ("The information was released by X": in the passive the object is the subject before "was")
    if (s.lemmas[k - 1] === 'be' && s.tokens[k]!.lower !== s.lemmas[k]) {
      for (let j = k - 2; j >= Math.max(0, k - 6); j--) {
        const t = s.tokens[j]!;
        if (t.kind === 'punct') break;
        if (t.kind === 'word') out.push(s.lemmas[j]!);
      }
    }
    return out;
  }
}
