/**
 * Word knowledge: lemmas, synonyms, antonyms, derivations, demonyms, capitals
 * and noun categories from WordNet and compromise, plus the curated data
 * files in server/data. Built by scripts/build-lexicon.mjs; the analyzer gets
 * the parsed JSON from whoever loads it (the core does no IO).
 */
import { fold } from '../text/tokens';

export type Pos = 'n' | 'v' | 'a' | 'r';
export type NounCategory = 'person' | 'organization' | 'location' | 'time';

export interface PredicateClassData {
  acts: string[];
  opposite: string[];
  /** Acts whose subject is the other party ("lose ties" against "cut ties"). */
  converse?: string[];
}

export interface LexiconData {
  version: number;
  source: string;
  /** Hash of the lexicon's content, set by the build. */
  fingerprint?: string;
  lemmas: Record<Pos, string>;
  senses: Record<Pos, Record<string, number[]>>;
  hypernyms: Record<string, number[]>;
  antonyms: string[];
  derivations: Record<string, string[]>;
  /** Adjective -> verbs it is made from (WordNet derivations of its frequent senses). */
  adjectiveVerbs?: Record<string, string[]>;
  /** Adjective <-> noun of one root (independent / independence). */
  related: Record<string, string[]>;
  /** Noun lemma -> senses one step more general (of its two most frequent senses). */
  nounHypernyms: Record<string, number[]>;
  pertainyms: Record<string, string[]>;
  capitals: Record<string, string>;
  /** Named seats of government, part of a capital, by the country they stand for ("kremlin" -> "russia"). */
  seats?: Record<string, string>;
  categories: Record<NounCategory | 'role', string>;
  irregular: Record<string, string>;
  /** compromise's proper-noun tags by folded form: F given name, L surname, P person, C country, T city, R region, O organization, D demonym, H honorific. */
  names: Record<string, string>;
  data: {
    'entity-cues': Record<string, string[]>;
    'function-words': Record<string, string[]>;
    'speech-verbs': { verbs: string[]; phrases: string[]; 'message-nouns'?: string[]; 'source-verbs'?: string[]; 'source-nouns'?: string[]; 'news-verbs'?: string[]; 'news-subjects'?: string[]; 'channel-nouns'?: string[] };
    evaluative: Record<string, string[]>;
    predicates: { classes: Record<string, PredicateClassData>; 'opposite-modifiers': string[][] };
    furniture: { 'line-patterns': string[]; 'teaser-openers': string[]; 'tail-openers': string[] };
    transliteration: { pairs: [string, string][] };
    spelling: { 'suffix-rules': [string, string][] };
    units?: Record<string, Record<string, number>>;
  };
}

/** One act of a predicate class: a verb (with an optional particle) and the objects it needs. */
export interface PredicateAct {
  classId: string;
  verb: string;
  particle?: string;
  objects?: Set<string>;
}

const POS_LIST: Pos[] = ['v', 'n', 'a', 'r'];

/** Inflections of the auxiliaries, which suffix rules get wrong ("has" is not "ha"). */
const AUXILIARY_LEMMAS: Record<string, string> = {
  is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be', am: 'be', "'s": 'be', "'re": 'be',
  has: 'have', had: 'have', having: 'have', "'ve": 'have',
  does: 'do', did: 'do', done: 'do', doing: 'do',
};

export class Lexicon {
  private readonly lemmaSets: Record<Pos, Set<string>>;
  private readonly antonymPairs = new Set<string>();
  private readonly categories = new Map<string, NounCategory>();
  private readonly roleNouns: Set<string>;
  private readonly lemmaCache = new Map<string, string>();
  private readonly functionWords = new Set<string>();
  private readonly wordClass = new Map<string, Set<string>>();
  private readonly spellingRules: [string, string][];
  readonly speechVerbs: Set<string>;
  readonly predicateActs = new Map<string, PredicateAct[]>();
  readonly predicateOpposites = new Map<string, Set<string>>();
  /** The object nouns a predicate class names for its acts ("relations", "ties" for ending relations). */
  readonly predicateObjects = new Map<string, Set<string>>();
  private readonly oppositeModifiers = new Set<string>();
  /** Lemmas that have an opposite (antonym or opposite modifier). */
  private readonly polar = new Set<string>();
  // JSON objects become Maps: faster, and no inherited keys ("constructor").
  private readonly senseMaps: Record<Pos, Map<string, number[]>>;
  private readonly hypernymMap: Map<string, number[]>;
  private readonly irregular: Map<string, string>;
  private readonly names: Map<string, string>;
  private readonly pertainyms: Map<string, string[]>;
  /** For each predicate class, a verb that is that act by itself ("report" for reporting). */
  private readonly classVerbs = new Map<string, string>();
  private readonly plainClassVerbs = new Map<string, string[]>();
  private readonly capitals: Map<string, string>;
  private readonly derivations: Map<string, string[]>;
  private readonly adjectiveVerbMap: Map<string, string[]>;
  private readonly related: Map<string, string[]>;
  private readonly nounHypernyms: Map<string, number[]>;

  constructor(readonly raw: LexiconData) {
    const toMap = <T>(o: Record<string, T>): Map<string, T> => new Map(Object.entries(o));
    this.senseMaps = { n: toMap(raw.senses.n), v: toMap(raw.senses.v), a: toMap(raw.senses.a), r: toMap(raw.senses.r) };
    this.hypernymMap = toMap(raw.hypernyms);
    this.irregular = toMap(raw.irregular);
    this.names = toMap(raw.names);
    this.pertainyms = toMap(raw.pertainyms);
    this.capitals = toMap(raw.capitals);
    this.derivations = toMap(raw.derivations);
    this.adjectiveVerbMap = toMap(raw.adjectiveVerbs ?? {});
    this.related = toMap(raw.related ?? {});
    this.nounHypernyms = toMap(raw.nounHypernyms ?? {});
    this.lemmaSets = {
      n: new Set(raw.lemmas.n.split('\n')),
      v: new Set(raw.lemmas.v.split('\n')),
      a: new Set(raw.lemmas.a.split('\n')),
      r: new Set(raw.lemmas.r.split('\n')),
    };
    for (const pair of raw.antonyms) this.antonymPairs.add(pair);
    this.roleNouns = new Set([...raw.categories.role.split('\n'), ...(raw.data['entity-cues']['office-nouns'] ?? [])]);
    for (const category of ['time', 'location', 'organization', 'person'] as NounCategory[]) {
      for (const w of raw.categories[category].split('\n')) this.categories.set(w, category);
    }
    for (const [name, words] of Object.entries(raw.data['function-words'])) {
      const set = new Set(words.map((w) => fold(w)));
      this.wordClass.set(name, set);
      if (!['first-person', 'question-words', 'negations', 'negating-words', 'cause-markers', 'cause-verbs-to', 'demonstratives', 'state-keeping-verbs', 'prepositional-idioms', 'after-idioms', 'distance-words', 'copula-as', 'copula-among', 'waiting-verbs', 'position-verbs', 'standing-words', 'degree-adjectives', 'cause-nouns'].includes(name)) for (const w of set) this.functionWords.add(w);
    }
    for (const [name, words] of Object.entries(raw.data.evaluative)) this.wordClass.set(name, new Set(words.map((w) => fold(w))));
    for (const [name, words] of Object.entries(raw.data['entity-cues'])) this.wordClass.set(name, new Set(words.map((w) => fold(w))));
    this.spellingRules = raw.data.spelling['suffix-rules'];
    this.speechVerbs = new Set(raw.data['speech-verbs'].verbs.map((v) => this.lemma(v)));
    this.wordClass.set('message-nouns', new Set((raw.data['speech-verbs']['message-nouns'] ?? []).map((w) => fold(w))));
    this.wordClass.set('source-verbs', new Set((raw.data['speech-verbs']['source-verbs'] ?? []).map((w) => fold(w))));
    this.wordClass.set('source-nouns', new Set((raw.data['speech-verbs']['source-nouns'] ?? []).map((w) => fold(w))));
    this.wordClass.set('news-verbs', new Set((raw.data['speech-verbs']['news-verbs'] ?? []).map((w) => fold(w))));
    this.wordClass.set('news-subjects', new Set((raw.data['speech-verbs']['news-subjects'] ?? []).map((w) => fold(w))));
    this.wordClass.set('channel-nouns', new Set((raw.data['speech-verbs']['channel-nouns'] ?? []).map((w) => fold(w))));
    for (const [classId, cls] of Object.entries(raw.data.predicates.classes)) {
      this.predicateOpposites.set(classId, new Set(cls.opposite));
      for (const act of cls.acts) {
        const [verbPart, objectPart] = act.split(':');
        const [verb, particle] = verbPart!.trim().split(/\s+/);
        const lemma = this.lemma(verb!);
        const entry: PredicateAct = { classId, verb: lemma };
        if (particle) entry.particle = particle;
        if (objectPart) {
          entry.objects = new Set(objectPart.split(',').map((o) => this.lemma(o.trim())));
          const all = this.predicateObjects.get(classId) ?? new Set<string>();
          for (const o of entry.objects) all.add(o);
          this.predicateObjects.set(classId, all);
        }
        const list = this.predicateActs.get(lemma) ?? [];
        list.push(entry);
        this.predicateActs.set(lemma, list);
        if (!this.classVerbs.has(classId) && !particle && !objectPart) this.classVerbs.set(classId, lemma);
        if (!particle && !objectPart) this.plainClassVerbs.set(classId, [...(this.plainClassVerbs.get(classId) ?? []), lemma]);
      }
    }
    for (const [a, b] of raw.data.predicates['opposite-modifiers']) {
      this.polar.add(this.lemma(a!));
      this.polar.add(this.lemma(b!));
      for (const [x, y] of [[a!, b!], [b!, a!]] as const) {
        const list = this.modifierOpposites.get(this.lemma(x)) ?? [];
        list.push(this.lemma(y));
        this.modifierOpposites.set(this.lemma(x), list);
      }
      this.oppositeModifiers.add(`${this.lemma(a!)}|${this.lemma(b!)}`);
      this.oppositeModifiers.add(`${this.lemma(b!)}|${this.lemma(a!)}`);
    }
  }

  /** Proper-noun tags of a folded word or phrase (see LexiconData.names). */
  nameTags(key: string): string {
    return this.names.get(key) ?? '';
  }

  private readonly modifierOpposites = new Map<string, string[]>();

  /** Two modifiers with one opposite in common are one modifier: "informal" and "unofficial" (both against "official"). */
  shareOpposite(a: string, b: string): boolean {
    const oa = this.modifierOpposites.get(a);
    return a !== b && oa !== undefined && (this.modifierOpposites.get(b) ?? []).some((x) => oa.includes(x));
  }

  /** Membership in a named closed word class from the data files. */
  inClass(name: string, lower: string): boolean {
    return this.wordClass.get(name)?.has(lower) ?? false;
  }

  classWords(name: string): ReadonlySet<string> {
    return this.wordClass.get(name) ?? new Set();
  }

  isFunctionWord(lower: string): boolean {
    return this.functionWords.has(lower);
  }

  isNegation(lower: string): boolean {
    return this.inClass('negations', lower) || lower.endsWith("n't");
  }

  /** Words that deny the act that follows them: "failed to", "refused to". */
  isNegatingWord(lemma: string): boolean {
    return this.inClass('negating-words', lemma);
  }

  hasLemma(pos: Pos, lemma: string): boolean {
    return this.lemmaSets[pos].has(lemma);
  }

  /** True if the word (any inflection, either spelling) is an English dictionary word. */
  isKnownWord(lower: string): boolean {
    if (this.functionWords.has(lower)) return true;
    const l = this.lemma(lower);
    return POS_LIST.some((p) => this.lemmaSets[p].has(l));
  }

  /** Parts of speech the lemma has. */
  posOf(lemma: string): Pos[] {
    return POS_LIST.filter((p) => this.lemmaSets[p].has(lemma));
  }

  private known(w: string): boolean {
    return this.lemmaSets.v.has(w) || this.lemmaSets.n.has(w) || this.lemmaSets.a.has(w) || this.lemmaSets.r.has(w);
  }

  /** Dictionary form: verb base, noun singular, American spelling. Unknown words come back folded. */
  lemma(word: string): string {
    const w = fold(word);
    let cached = this.lemmaCache.get(w);
    if (cached !== undefined) return cached;
    cached = this.computeLemma(w);
    if (this.lemmaCache.size > 500_000) this.lemmaCache.clear();
    this.lemmaCache.set(w, cached);
    return cached;
  }

  private computeLemma(w: string): string {
    const auxiliary = AUXILIARY_LEMMAS[w];
    if (auxiliary) return auxiliary;
    if (w.length < 3 || !/^[a-z'-]+$/.test(w)) return w;
    const irregular = this.irregular.get(w);
    if (irregular) return irregular;
    const found = this.morph(w);
    if (found) return this.americanize(found);
    for (const [from, to] of this.spellingRules) {
      if (w.endsWith(from)) {
        const candidate = w.slice(0, w.length - from.length) + to;
        const m = this.morph(candidate);
        if (m) return m;
      }
    }
    return w;
  }

  /** Suffix stripping checked against the lemma sets. */
  private morph(w: string): string | undefined {
    const { n, v, a } = this.lemmaSets;
    const verb = (stem: string): string | undefined => {
      // "hoped", "noted": a stem ending consonant-vowel-consonant would have doubled its last letter ("hopped"),
      // so the verb ends in -e when there is one.
      if (/[^aeiou][aeiou][^aeiouwxy]$/.test(stem) && v.has(stem + 'e')) return stem + 'e';
      if (v.has(stem)) return stem;
      if (v.has(stem + 'e')) return stem + 'e';
      if (/([bdgklmnprtvz])\1$/.test(stem) && v.has(stem.slice(0, -1))) return stem.slice(0, -1);
      return undefined;
    };
    if (w.endsWith('ied') && v.has(w.slice(0, -3) + 'y')) return w.slice(0, -3) + 'y';
    if (w.endsWith('ed')) {
      const r = verb(w.slice(0, -2));
      if (r) return r;
    }
    // "lying", "dying", "tying"
    if (w.endsWith('ying') && v.has(w.slice(0, -4) + 'ie')) return w.slice(0, -4) + 'ie';
    if (w.endsWith('ing') && w.length > 5) {
      const r = verb(w.slice(0, -3));
      if (r) return r;
    }
    if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
      if (w.endsWith('ies') && (n.has(w.slice(0, -3) + 'y') || v.has(w.slice(0, -3) + 'y'))) return w.slice(0, -3) + 'y';
      if (w.endsWith('es')) {
        const stem = w.slice(0, -2);
        if (/(s|x|z|ch|sh)$/.test(stem) && (n.has(stem) || v.has(stem))) return stem;
        // "goes", "vetoes", "echoes"
        if (stem.endsWith('o') && (v.has(stem) || n.has(stem))) return stem;
      }
      const stem = w.slice(0, -1);
      if (n.has(stem) || v.has(stem)) return stem;
    }
    if (this.known(w)) return w;
    if (w.endsWith('est') && a.has(w.slice(0, -3))) return w.slice(0, -3);
    if (/([bdgmnpt])\1est$/.test(w) && a.has(w.slice(0, -4))) return w.slice(0, -4);
    if (w.endsWith('er') && a.has(w.slice(0, -2))) return w.slice(0, -2);
    if (w.endsWith('ier') && a.has(w.slice(0, -3) + 'y')) return w.slice(0, -3) + 'y';
    return undefined;
  }

  /** recognise -> recognize, when the lexicon has both. */
  private americanize(lemma: string): string {
    for (const [from, to] of this.spellingRules) {
      if (lemma.endsWith(from)) {
        const candidate = lemma.slice(0, lemma.length - from.length) + to;
        if (this.known(candidate)) return candidate;
      }
    }
    return lemma;
  }

  /** WordNet senses (frequent ones) of a lemma, all parts of speech. */
  senses(lemma: string, pos?: Pos): number[] {
    const result: number[] = [];
    for (const p of pos ? [pos] : POS_LIST) {
      const s = this.senseMaps[p].get(lemma);
      if (s) result.push(...s);
    }
    return result;
  }

  /** Senses one step more general (verbs): "sever" is a kind of "cut". */
  hypernymSenses(lemma: string): number[] {
    const result: number[] = [];
    for (const s of this.senseMaps.v.get(lemma) ?? []) result.push(...(this.hypernymMap.get(String(s)) ?? []));
    return result;
  }

  /**
   * True when two lemmas share one of their most frequent senses (the first
   * two of each part of speech): "confirm" and "strengthen" share only a rare
   * sense and are not synonyms here.
   */
  areSynonyms(a: string, b: string): boolean {
    if (a === b) return true;
    const top = (w: string): number[] => POS_LIST.flatMap((p) => (this.senseMaps[p].get(w) ?? []).slice(0, 2));
    const sa = top(a);
    if (sa.length === 0) return false;
    return top(b).some((s) => sa.includes(s));
  }

  /** True when one verb is a direct specialization of the other. */
  areRelatedVerbs(a: string, b: string): boolean {
    const ha = this.hypernymSenses(a);
    const hb = this.hypernymSenses(b);
    const sa = this.senses(a, 'v');
    const sb = this.senses(b, 'v');
    return ha.some((s) => sb.includes(s)) || hb.some((s) => sa.includes(s));
  }

  areAntonyms(a: string, b: string): boolean {
    if (a === b) return false;
    // ("X sits 8,000km from Y", "X lies 6,500km away": verbs of position say where a place is, in any posture)
    if (this.inClass('position-verbs', a) && this.inClass('position-verbs', b)) return false;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (this.antonymPairs.has(key)) return true;
    if (this.oppositeModifiers.has(`${a}|${b}`)) return true;
    // un-/il-/in-/non- prefixes on adjectives: official / unofficial. Not on nouns and verbs, where the
    // same letters often mean "into" or nothing negative (prison / imprison, form / inform, cover / discover).
    for (const prefix of ['un', 'non', 'non-', 'il', 'in', 'ir', 'im', 'dis']) {
      if ((a === prefix + b || b === prefix + a) && this.senses(a, 'a').length > 0 && this.senses(b, 'a').length > 0) return true;
    }
    return false;
  }

  /** True for the modifiers of server/data/predicates.yaml that have an opposite: official, eastern, before. */
  isPolar(lemma: string): boolean {
    return this.polar.has(lemma);
  }

  /** A unit of measure: its kind ("length") and its size in that kind's base unit; undefined for other nouns. */
  unitScale(unit: string): { measure: string; factor: number } | undefined {
    for (const [measure, units] of Object.entries(this.raw.data.units ?? {})) {
      const factor = units[unit];
      if (factor !== undefined) return { measure, factor };
    }
    return undefined;
  }

  /** True for an adjective and a noun of one root: independent / independence. */
  areRelatedForms(a: string, b: string): boolean {
    return (this.related.get(a) ?? []).includes(b) || (this.related.get(b) ?? []).includes(a);
  }

  /** True when one noun is a direct kind of the other ("territory" and "region"), or both are kinds of one thing. */
  areRelatedNouns(a: string, b: string): boolean {
    const ha = this.nounHypernyms.get(a);
    const hb = this.nounHypernyms.get(b);
    if (!ha || !hb) return false;
    const sa = this.senses(a, 'n').slice(0, 2);
    const sb = this.senses(b, 'n').slice(0, 2);
    return ha.some((s) => sb.includes(s)) || hb.some((s) => sa.includes(s)) || ha.some((s) => hb.includes(s));
  }

  /** Verbs a noun is derived from: recognition -> recognize. */
  derivationVerbs(noun: string): string[] {
    return this.derivations.get(noun) ?? [];
  }

  /** Verbs an adjective is made from: oppressive -> oppress. */
  adjectiveVerbs(adjective: string): string[] {
    return this.adjectiveVerbMap.get(adjective) ?? [];
  }

  /** The country or place an adjective pertains to: ukrainian -> ukraine. */
  pertainym(lower: string): string | undefined {
    const known = this.pertainyms.get(lower)?.[0];
    if (known !== undefined || lower.length < 5) return known;
    // Places WordNet has no adjective for take the usual demonym endings: a place name ending in a vowel and "-n"
    // ("Patagonian", "Moldovan"), or a name and "-ese" or "-i" ("Sudanese", "Omani").
    for (const ending of ['n', 'ese', 'i']) {
      if (!lower.endsWith(ending)) continue;
      const place = lower.slice(0, -ending.length);
      if (ending === 'n' && !/[aeo]$/.test(place)) continue;
      if (place.length >= 4 && /[CTR]/.test(this.nameTags(place))) return place;
    }
    return undefined;
  }

  /** A verb that is the act of a predicate class by itself, if the class has one. */
  classVerb(classId: string): string | undefined {
    return this.classVerbs.get(classId);
  }

  /** The verbs that are a class's act by themselves, with no particle or object: attack, invade, strike, ... */
  classVerbsOf(classId: string): readonly string[] {
    return this.plainClassVerbs.get(classId) ?? [];
  }

  /** The country a national capital belongs to: pyongyang -> north korea. */
  capitalOf(lower: string): string | undefined {
    return this.capitals.get(lower);
  }

  /** The country a seat of government stands for ("kremlin" -> "russia"), from WordNet. */
  seatOf(lower: string): string | undefined {
    return this.raw.seats?.[lower];
  }

  private capitalsByCountry?: Map<string, string[]>;

  /** The names of a country's capital: france -> [paris]. */
  capitalsOf(country: string): string[] {
    if (!this.capitalsByCountry) {
      this.capitalsByCountry = new Map();
      for (const [city, c] of this.capitals) this.capitalsByCountry.set(c, [...(this.capitalsByCountry.get(c) ?? []), city]);
    }
    return this.capitalsByCountry.get(country) ?? [];
  }

  /** What kind of thing a common noun names, by its most frequent sense. */
  nounCategory(lemma: string): NounCategory | undefined {
    return this.categories.get(lemma);
  }

  /** Nouns naming a person by office or occupation: spokesman, ambassador, governor. */
  isRoleNoun(lemma: string): boolean {
    return this.roleNouns.has(lemma);
  }

  /** Predicate classes an act belongs to, given the verb lemma, a following particle and object lemmas. */
  predicateClasses(verb: string, particle: string | undefined, objects: readonly string[]): string[] {
    const acts = this.predicateActs.get(verb);
    if (!acts) return [];
    const classes: string[] = [];
    for (const act of acts) {
      if (act.particle && act.particle !== particle) continue;
      if (act.objects && !objects.some((o) => act.objects!.has(o))) continue;
      if (!classes.includes(act.classId)) classes.push(act.classId);
    }
    return classes;
  }

  /** True when a verb is, in one of these classes, an act whose subject is the other party ("lose" ties). */
  isConverse(verb: string, classes: readonly string[]): boolean {
    return classes.some((c) => this.raw.data.predicates.classes[c]?.converse?.includes(verb) === true);
  }

  arePredicateOpposites(a: readonly string[], b: readonly string[]): boolean {
    return a.some((x) => b.some((y) => this.predicateOpposites.get(x)?.has(y) || this.predicateOpposites.get(y)?.has(x)));
  }
}
