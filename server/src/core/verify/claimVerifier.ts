/**
 * Verdicts for claims: retrieve the passages that share the most with the
 * claim, compare each with it (align.ts), take each article's strongest
 * stance, and decide:
 *   supported     some articles state it and none contradicts it;
 *   contradicted  some articles state something incompatible, none states it;
 *   disputed      some articles state it and others contradict it;
 *   unsupported   no article states it or its opposite.
 * Every verdict comes with a one-line reason and the passages as evidence.
 */
import type { Evidence } from '../analysis/findings';
import type { EntityRegistry } from '../entities/registry';
import { nameKey } from '../entities/mentions';
import type { CorpusIndex, SentenceRef } from '../index/corpusIndex';
import { monthTerm, valueTerm } from '../index/articleRecord';
import type { Lexicon } from '../lexicon/lexicon';
import type { AnalyzedSentence } from '../language/prose';
import { LemmaIds, UnitExtractor, type SentenceUnits, type Unit } from '../claims/units';
import type { ValueMention } from '../language/values';
import { Aligner, type Alignment, type Conflict, type PassageContext, type PublishedOn } from './align';

export type ClaimVerdict = 'supported' | 'contradicted' | 'disputed' | 'unsupported';

export interface ClaimResult {
  verdict: ClaimVerdict;
  reason: string;
  evidence: Evidence[];
  /** The claim units in conflict (for the diagnostic's range), in draft offsets of the sentence. */
  conflictSpans: { start: number; end: number }[];
}

interface PassageResult {
  refs: SentenceRef[];
  alignment: Alignment;
  units: SentenceUnits;
}

const CANDIDATES = 15;
const DATE_CANDIDATES = 12;
const CAUSE_CANDIDATES = 12;
const OTHERS_CANDIDATES = 30;
/** How many sentences before a passage may name what it refers back to ("their independence"). */
const CONTEXT_SENTENCES = 4;
const MAX_EVIDENCE = 5;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export class ClaimVerifier {
  private extractor?: UnitExtractor;
  private extractorFor?: EntityRegistry;
  private readonly aligner: Aligner;
  private readonly lemmaIds = new LemmaIds();
  private unitCache = new Map<string, SentenceUnits>();
  private contextCache = new Map<string, { entities: Set<number>; bodies: Set<string> }>();
  private dateContextCache = new Map<string, ValueMention[]>();
  private publishedCache = new Map<number, PublishedOn | undefined>();
  private unitCacheVersion = -1;

  constructor(
    private readonly lexicon: Lexicon,
    private readonly index: CorpusIndex,
  ) {
    this.aligner = new Aligner(lexicon);
  }

  units(sentence: AnalyzedSentence): SentenceUnits {
    const registry = this.index.registry;
    if (this.extractorFor !== registry || !this.extractor) {
      this.extractor = new UnitExtractor(this.lexicon, registry, this.lemmaIds);
      this.extractorFor = registry;
    }
    return this.extractor.extract(sentence);
  }

  /** Passage caches hold for one version of the index. */
  private syncCaches(): void {
    if (this.unitCacheVersion === this.index.version) return;
    this.unitCache.clear();
    this.contextCache.clear();
    this.dateContextCache.clear();
    this.publishedCache.clear();
    this.unitCacheVersion = this.index.version;
  }

  private passageUnits(ref: SentenceRef): SentenceUnits | undefined {
    this.syncCaches();
    const key = `${ref.article}:${ref.sentence}`;
    let u = this.unitCache.get(key);
    if (!u) {
      const s = this.index.sentence(ref);
      if (!s) return undefined;
      u = this.units(s.analyzed);
      if (this.unitCache.size > 8_000) this.unitCache.clear();
      this.unitCache.set(key, u);
    }
    return u;
  }

  /**
   * Entities named in the sentences just before a passage (CONTEXT_SENTENCES) and in the article's first sentence (its
   * headline), and the bodies named there by a word ("a statement from the ministry").
   */
  private context(ref: SentenceRef): { entities: Set<number>; bodies: Set<string> } {
    this.syncCaches();
    const key = `${ref.article}:${ref.sentence}`;
    const cached = this.contextCache.get(key);
    if (cached) return cached;
    const ids = new Set<number>();
    const bodies = new Set<string>();
    if (this.contextCache.size > 8_000) this.contextCache.clear();
    this.contextCache.set(key, { entities: ids, bodies });
    for (const k of new Set([0, ...Array.from({ length: CONTEXT_SENTENCES }, (_, i) => ref.sentence - 1 - i)])) {
      if (k < 0 || k >= ref.sentence) continue;
      const units = this.passageUnits({ article: ref.article, sentence: k });
      for (const u of units?.units ?? []) {
        if (u.kind === 'word' && !u.isVerb && k > 0 && this.lexicon.inClass('organization-heads', u.lemma!)) bodies.add(u.lemma!);
        if (u.kind !== 'entity') continue;
        if (u.entityId! >= 0) ids.add(u.entityId!);
        if (u.standsFor !== undefined) ids.add(u.standsFor);
      }
    }
    // "the two regions" after "X and Y": the republics named after them too.
    for (const id of [...ids]) for (const c of this.index.registry.containersOf(id)) ids.add(c);
    return { entities: ids, bodies };
  }

  /** What the article says around a passage: names and dates before it, and its publication day. */
  private around(ref: SentenceRef): PassageContext {
    const published = this.publishedOn(ref);
    const { entities, bodies } = this.context(ref);
    return { entities, bodies, dates: this.dateContext(ref), ...(published ? { published } : {}) };
  }

  /** The day an article was published, when its date is known (flagged when it is estimated). */
  private publishedOn(ref: SentenceRef): PublishedOn | undefined {
    this.syncCaches();
    if (this.publishedCache.has(ref.article)) return this.publishedCache.get(ref.article);
    const published = this.readPublished(ref.article);
    this.publishedCache.set(ref.article, published);
    return published;
  }

  private readPublished(slot: number): PublishedOn | undefined {
    const meta = this.index.article(slot)?.meta;
    const m = meta?.date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(meta.date) : null;
    if (!m) return undefined;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
    return { year, month, day, weekday, ...(meta!.dateEstimated ? { estimated: true } : {}) };
  }

  /** Dates in the two sentences before a passage, for a passage that refers back to one ("the same month"). */
  private dateContext(ref: SentenceRef): ValueMention[] {
    this.syncCaches();
    const key = `${ref.article}:${ref.sentence}`;
    const cached = this.dateContextCache.get(key);
    if (cached) return cached;
    const dates: ValueMention[] = [];
    for (const k of [ref.sentence - 1, ref.sentence - 2]) {
      if (k < 0) continue;
      for (const u of this.passageUnits({ article: ref.article, sentence: k })?.units ?? []) {
        if (u.kind === 'value' && ['date', 'month', 'weekday', 'year'].includes(u.value!.kind)) dates.push(u.value!);
      }
    }
    if (this.dateContextCache.size > 8_000) this.dateContextCache.clear();
    this.dateContextCache.set(key, dates);
    return dates;
  }

  /** Query terms for a claim: its entities (every name they go by), words, predicate classes. */
  private query(units: SentenceUnits, containers = false): Map<string, { weight: number; group: string }> {
    const terms = new Map<string, { weight: number; group: string }>();
    const registry = this.index.registry;
    const add = (term: string, weight: number, group: string): void => {
      const have = terms.get(term);
      if (!have || have.weight < weight) terms.set(term, { weight, group });
    };
    units.units.forEach((u, i) => {
      const group = `u${i}`;
      if (u.kind === 'entity') {
        const e = u.entityId !== undefined && u.entityId >= 0 ? registry.entity(u.entityId) : undefined;
        if (e) for (const k of [...e.spellings, ...e.aliases, ...e.shortForms]) add(`e:${k}`, 2, group);
        else add(`e:${u.entityKey}`, 2, group);
        // (a passage may give the place whose name holds it: "the X People's Republic" for "X")
        if (e && containers) for (const c of registry.containersOf(e.id)) if (registry.entity(c)?.type === e.type) for (const k of registry.entity(c)!.spellings) add(`e:${k}`, 2, group);
        // (and the names a long name holds: "the X People's Republic", however abbreviated, is told of as "X")
        if (e && containers) {
          for (const spelling of e.spellings) {
            for (const w of spelling.split(' ')) {
              const inner = w.length >= 4 ? registry.resolve(w) : undefined;
              if (inner && inner.id !== e.id && inner.type === 'place') for (const k of inner.spellings) add(`e:${k}`, 1.5, group);
            }
          }
        }
        if (u.standsFor !== undefined) {
          const place = registry.entity(u.standsFor);
          if (place) for (const k of [...place.spellings, ...place.aliases]) add(`e:${k}`, 1.5, group);
        }
      } else if (u.kind === 'word') {
        add(u.lemma!, u.weight, group);
        for (const c of u.predicateClasses ?? []) add(`p:${c}`, 0.9 * u.weight, group);
        for (const v of this.lexicon.derivationVerbs(u.lemma!)) add(v, 0.8 * u.weight, group);
      } else if (u.kind === 'value' && u.value!.kind !== 'offset') {
        // A day of a month or a measure is as telling as a name; a weekday, month or bare number much less.
        add(valueTerm(u.value!), u.value!.kind === 'date' || (u.value!.kind === 'number' && u.value!.unit !== undefined && u.value!.value >= 10) ? 1.5 : 0.5, group);
        // Another day of the same month is what a contradicting passage would give.
        if (u.value!.kind === 'date') add(monthTerm(u.value!), 0.75, `${group}m`);
        // The unit finds passages that give the measure in other figures ("2,000 miles" and "4,000 miles").
        if (u.value!.unit && this.lexicon.unitScale(u.value!.unit)) {
          add(u.value!.unit, 1, `${group}u`);
          const written = units.lemmas[u.tokenEnd];
          if (written && written !== u.value!.unit) add(written, 1, `${group}u`);
        }
      } else if (u.kind === 'value') {
        // "the eve of its invasion": the words of a relative time find the passages about that act.
        for (let k = u.tokenStart; k < u.tokenEnd; k++) {
          const lemma = units.lemmas[k];
          if (!lemma || this.lexicon.isFunctionWord(lemma) || !/^[a-z]/.test(lemma)) continue;
          add(lemma, 0.75, `${group}w${k}`);
          for (const v of this.lexicon.derivationVerbs(lemma)) add(v, 0.6, `${group}w${k}`);
        }
      }
    });
    return terms;
  }

  /**
   * The claim's acts and the months of its dates (any weekday for a weekday), each required; undefined for a claim
   * without a date. A time relative to another act ("on the eve of its invasion") requires that act instead of a month.
   * `byWeekday`: the claim's days of a month, asked for as any weekday instead.
   */
  private dateQuery(units: SentenceUnits, byWeekday = false): Map<string, { weight: number; group: string }> | undefined {
    const dated = units.units.filter((u) => u.kind === 'value' && (byWeekday ? u.value!.kind === 'date' : u.value!.kind === 'date' || u.value!.kind === 'weekday' || (u.value!.kind === 'offset' && u.value!.reference)));
    const verbs = units.units.filter((u) => u.kind === 'word' && u.isVerb && u.weight >= 1.5 && !u.inner);
    if (dated.length === 0) return undefined;
    const terms = new Map<string, { weight: number; group: string }>();
    for (const d of dated) {
      if (d.value!.reference) {
        terms.set(d.value!.reference, { weight: 1, group: 'reference' });
        // (the same act in other words: "before sending its troops in" finds "on the eve of its invasion")
        for (const act of this.lexicon.predicateActs.get(d.value!.reference) ?? []) {
          for (const verb of this.lexicon.classVerbsOf(act.classId)) if (!terms.has(verb)) terms.set(verb, { weight: 0.9, group: 'reference' });
        }
      }
      else if (d.value!.kind === 'weekday' || byWeekday) {
        // Another day of the week is what a contradicting passage would give.
        for (let w = 0; w < 7; w++) terms.set(`v:weekday:${w}`, { weight: 1, group: 'weekday' });
      } else terms.set(monthTerm(d.value!), { weight: 1, group: 'month' });
    }
    // The acts of the sentence, or the act its date belongs to ("the recognition came on ...").
    // (an act given twice, as the verb and as its class's own verb, "made public" and "report", is one act)
    const classesOf = (a: string): string[] => this.lexicon.predicateActs.get(a)?.map((x) => x.classId) ?? [];
    const anchors = [...new Set(dated.flatMap((d) => d.anchors ?? []))];
    const acts = verbs.length > 0 ? verbs.map((v) => [v.lemma!, v.predicateClasses ?? []] as const) : anchors.filter((a) => !anchors.some((b) => b !== a && classesOf(a).length > 0 && classesOf(a).every((c) => classesOf(b).includes(c)) && this.lexicon.classVerb(classesOf(a)[0]!) === a)).map((a) => [a, classesOf(a)] as const);
    if (acts.length === 0) return undefined;
    acts.forEach(([lemma, classes], i) => {
      terms.set(lemma, { weight: 1, group: `act${i}` });
      for (const c of classes) terms.set(`p:${c}`, { weight: 0.9, group: `act${i}` });
    });
    return terms;
  }

  /**
   * "As Coastal Ledger reports, ...": the name of an outlet of the corpus says where the claim comes from, not what it
   * claims; it is kept as a unit (indices stay) of its own kind, which weighs nothing, matches nothing and is never missing.
   */
  private withoutOutlets(units: SentenceUnits): SentenceUnits {
    const outletUnits = units.units.filter((u) => u.kind === 'entity' && this.index.isOutletName(nameKey(u.text)));
    if (outletUnits.length === 0) return units;
    // The whole clause when it only attributes ("As X reminds readers,", "According to X,").
    const L = units.lemmas;
    const silent = (u: Unit): boolean =>
      outletUnits.some((o) => {
        if (u === o) return true;
        let from = o.tokenStart;
        while (from > 0 && L[from - 1] !== '') from--;
        let to = o.tokenEnd;
        while (to < L.length && L[to] !== '') to++;
        const attributes = L[from] === 'as' || L[from] === 'according';
        return attributes && to < L.length && u.tokenStart >= from && u.tokenEnd <= to;
      });
    // "Coastal Ledger recalls that ...", "Baltic Wire also points out ...": the verb the outlet presents its report with; "By
    // Coastal Ledger's tally, ...": the noun of its account.
    const presenting = new Set<Unit>();
    for (const o of outletUnits) {
      const next = units.units.find((u) => u.tokenStart >= o.tokenEnd && !(u.kind === 'word' && u.minor));
      if (!next || next.kind !== 'word' || next.tokenStart - o.tokenEnd > 2) continue;
      const lemma = next.phrasal ?? next.lemma!;
      if (next.isVerb && (this.lexicon.speechVerbs.has(next.lemma!) || this.lexicon.inClass('source-verbs', lemma) || this.lexicon.inClass('source-verbs', next.lemma!))) presenting.add(next);
      // (by the noun as written too: "in X's words", whose lemma is "word")
      else if (!next.isVerb && L[o.tokenEnd] === "'s" && (this.lexicon.inClass('source-nouns', next.lemma!) || this.lexicon.inClass('source-nouns', next.text.toLowerCase()))) presenting.add(next);
    }
    return { ...units, units: units.units.map((u) => (outletUnits.includes(u) ? { ...u, kind: 'source' as const, weight: 0, minor: true } : silent(u) || presenting.has(u) ? { ...u, weight: 0, minor: true } : u)) };
  }

  /** The claim's terms without its cause phrase; undefined for a claim that gives no cause. */
  private causeQuery(units: SentenceUnits): Map<string, { weight: number; group: string }> | undefined {
    const cause = this.aligner.causePhrase(units);
    if (!cause || cause.refersBack) return undefined;
    const rest = { ...units, units: units.units.filter((_, i) => !cause.units.includes(i) && !cause.markerUnits.includes(i)) };
    return this.query(rest);
  }

  /**
   * "Only X and Y had recognised them", "X became the third country to recognise them": the claim's terms without the
   * names it lists (or its subject and count), to find others who did it.
   */
  private othersQuery(units: SentenceUnits): Map<string, { weight: number; group: string }> | undefined {
    const only = this.aligner.exclusiveActors(units);
    const counted = this.aligner.countedAct(units);
    // ("Z had recognised them before Y did": the passages that count who did it before Y)
    const before = this.aligner.doneBefore(units);
    if (only.size === 0 && !counted && !before) return undefined;
    // (nor the name the claim times it by, "before X did", except in a claim that only says who did it before X: there
    // the passages sought are about X, without the earlier doer)
    const L = units.lemmas;
    const timing = (u: Unit): boolean => u.kind === 'entity' && (L[u.tokenStart - 1] === 'before' || L[u.tokenStart - 1] === 'after');
    const beforeOnly = only.size === 0 && !counted;
    const dropped = (u: Unit, i: number): boolean =>
      (u.kind === 'entity' && only.has(u.entityId!)) || (timing(u) && !beforeOnly) || i === counted?.subject || i === counted?.unit || (beforeOnly && (i === before?.doer || !!before?.listed.includes(i)));
    return this.query({ ...units, units: units.units.filter((u, i) => !dropped(u, i)) }, true);
  }

  /**
   * The same claims, asked by their act and what it is done to only ("recognise both people's republics"): the passages
   * that tell of another doer in other words share little else with the claim.
   */
  private doersQuery(units: SentenceUnits): Map<string, { weight: number; group: string }> | undefined {
    if (this.aligner.exclusiveActors(units).size === 0 && !this.aligner.countedAct(units) && !this.aligner.doneBefore(units)) return undefined;
    const L = units.lemmas;
    const act = units.units.findIndex((u) => u.isVerb && u.weight >= 1.5 && !u.inner && !this.lexicon.inClass('copulas', u.lemma!));
    if (act < 0) return undefined;
    // (the object: the units after the act up to a clause mark)
    const end = L.findIndex((l, t) => t >= units.units[act]!.tokenEnd && (l === '' || (l !== 'and' && this.lexicon.inClass('conjunctions', l))));
    const kept = units.units.filter((u, i) => i === act || (i > act && (end < 0 || u.tokenStart < end) && !u.minor && u.kind !== 'value'));
    if (kept.length < 2) return undefined;
    const terms = this.query({ ...units, units: kept }, true);
    // (a word for places, "both people's republics", is asked as the names of the corpus it heads: "X People's Republic",
    // told of as "X")
    kept.forEach((u, i) => {
      if (u.kind !== 'word' || !this.lexicon.inClass('place-heads', u.lemma!)) return;
      const registry = this.index.registry;
      for (const e of registry.headedBy(u.lemma!)) {
        const inner = e.spellings.flatMap((k) => k.split(' ')).map((w) => (w.length >= 4 ? registry.resolve(w) : undefined)).filter((x) => x !== undefined && x.id !== e.id && x.type === 'place');
        for (const k of [...e.spellings, ...e.aliases, ...e.shortForms, ...inner.flatMap((x) => x!.spellings)]) if (!terms.has(`e:${k}`)) terms.set(`e:${k}`, { weight: 1.5, group: `u${i}` });
      }
    });
    return terms;
  }

  /**
   * A claim that counts who did an act ("the third country to recognise them"): when the passages name more others
   * who did it than the count leaves room for, the passage of one not named where the claim is supported contradicts it.
   */
  private countConflict(claim: SentenceUnits, results: PassageResult[], supporting: PassageResult[]): PassageResult | undefined {
    const counted = this.aligner.countedAct(claim);
    if (!counted) return undefined;
    const doers = new Map<number, { r: PassageResult; index: number }>();
    for (const r of results) {
      if (r.refs.length !== 1) continue;
      const doer = this.aligner.otherDoer(claim, r.units, r.alignment);
      if (doer && !doers.has(doer.entity)) doers.set(doer.entity, { r, index: doer.index });
    }
    // (and the ones a supporting passage names as having done it before: "the third to do it after X and Y"; any
    // passage that supports, not only each article's best, which may be a headline that names none)
    for (const r of results) {
      if (r.refs.length !== 1 || r.alignment.stance !== 'supports') continue;
      for (const index of this.aligner.earlierDoers(claim, r.units, r.alignment)) {
        const u = r.units.units[index]!;
        const entity = u.standsFor ?? u.entityId!;
        if (entity >= 0 && !doers.has(entity)) doers.set(entity, { r, index });
      }
    }
    // (the claim's own subject, under another name, is not one of the others: "Tallinn" for "Estonia")
    const own = claim.units[counted.subject]!;
    for (const id of [own.entityId, own.standsFor]) if (id !== undefined) doers.delete(id);
    if (doers.size <= counted.n - 1) return undefined;
    // The one no supporting passage names is the one the count leaves out.
    const named = new Set(supporting.flatMap((r) => r.units.units.filter((u) => u.kind === 'entity').map((u) => u.standsFor ?? u.entityId)));
    const entries = [...doers.entries()].reverse();
    const extra = entries.find(([id]) => !named.has(id)) ?? entries[0]!;
    const { r, index } = extra[1];
    // (a passage that supports the claim does not contradict it too)
    if (supporting.includes(r)) return undefined;
    const u = claim.units[counted.unit]!;
    const others = [...doers.values()].map((d) => d.r.units.units[d.index]!.text);
    return { ...r, alignment: { ...r.alignment, stance: 'contradicts', conflicts: [{ kind: 'number', claimUnit: counted.unit, passageUnit: index, claimText: u.text, passageText: `${others.length} others: ${others.join(', ')}` }] } };
  }

  /**
   * In two sentences read as one, the claim's actor and its act are found in the same sentence ("X, a region of Y,
   * recognized them. Z, another region, recognized them in 2014" says nothing of Z doing what X did).
   */
  private actorWithAct(claim: SentenceUnits, alignment: Alignment, split: number): boolean {
    const side = (p: number): number => (p < split ? 0 : 1);
    const act = claim.units.findIndex((u, i) => u.isVerb && u.weight >= 1.5 && alignment.matches.has(i));
    if (act < 0) return true;
    const actSide = side(alignment.matches.get(act)!);
    return claim.units.every((u, i) => !(u.kind === 'entity' && u.actor && alignment.matches.has(i)) || side(alignment.matches.get(i)!) === actSide);
  }

  private combine(a: SentenceUnits, b: SentenceUnits): SentenceUnits {
    const shift = a.lemmas.length;
    const offset = a.units.length;
    return {
      units: [...a.units, ...b.units.map((u) => ({ ...u, tokenStart: u.tokenStart + shift, tokenEnd: u.tokenEnd + shift }))],
      roles: [...a.roles, ...b.roles.map((r) => ({ ...r, person: r.person + offset, ...(r.affiliation !== undefined ? { affiliation: r.affiliation + offset } : {}) }))],
      lemmas: [...a.lemmas, ...b.lemmas],
      negations: a.negations + b.negations,
      sentenceStarts: [...(a.sentenceStarts ?? []), shift],
    };
  }

  verify(sentence: AnalyzedSentence): ClaimResult {
    const claim = this.withoutOutlets(this.units(sentence));
    // Passages far below the best match cannot cover the claim; they are not compared.
    const found = this.index.search(this.query(claim), CANDIDATES);
    const top = found[0]?.score ?? 0;
    const hits = found.filter((h) => h.score >= 0.35 * top);
    // A dated claim: the passages that give its act another day of the month, which the names of the claim may not find
    // ("on 21 February" against "on the eve of its February 24 invasion" in a passage that names the regions otherwise).
    // A claim that gives a cause: the passages with its act and parties, whatever cause they give ("over X").
    const have = new Set(hits.map((h) => `${h.article}:${h.sentence}`));
    // (and the passages that give its act a weekday, for a claim that gives a day of the month: "on 13 July" against
    // "announced on Thursday")
    // (the passages that name others who did the act say less of the claim than the one that names the claim's doer:
    // a lower floor)
    for (const [extra, limit, floor] of [[this.dateQuery(claim), DATE_CANDIDATES, 0.5], [this.dateQuery(claim, true), DATE_CANDIDATES, 0.5], [this.causeQuery(claim), CAUSE_CANDIDATES, 0.5], [this.othersQuery(claim), OTHERS_CANDIDATES, 0.4], [this.doersQuery(claim), OTHERS_CANDIDATES, 0.4]] as const) {
      if (!extra) continue;
      const more = this.index.search(extra, limit);
      for (const h of more) {
        if (h.score < floor * (more[0]?.score ?? 0)) break;
        if (have.has(`${h.article}:${h.sentence}`)) continue;
        have.add(`${h.article}:${h.sentence}`);
        hits.push(h);
      }
    }
    const results: PassageResult[] = [];
    const seen = new Set<string>();
    for (const hit of hits) {
      const units = this.passageUnits(hit);
      if (!units) continue;
      const single = { refs: [hit], alignment: this.aligner.align(claim, units, this.around(hit)), units };
      results.push(single);
      // A claim may join two adjacent sentences of an article.
      if (single.alignment.stance === 'neutral' && single.alignment.coverage >= 0.35) {
        for (const other of [{ article: hit.article, sentence: hit.sentence + 1 }, { article: hit.article, sentence: hit.sentence - 1 }]) {
          if (other.sentence < 0) continue;
          const key = `${hit.article}:${Math.min(hit.sentence, other.sentence)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const otherUnits = this.passageUnits(other);
          if (!otherUnits || !this.aligner.mayExtend(claim, single.alignment, otherUnits)) continue;
          const record = this.index.article(hit.article)!;
          const a = this.index.span({ article: hit.article, sentence: Math.min(hit.sentence, other.sentence) })!;
          const b = this.index.span({ article: hit.article, sentence: Math.max(hit.sentence, other.sentence) })!;
          // Only sentences of one paragraph read as one passage.
          const gap = (this.index.textOf(hit.article) ?? '').slice(a.end, b.start);
          if (/\S/.test(gap) || /\n\s*\n/.test(gap) || (a.line !== b.line && record.furnitureLines.some((l) => l > a.line && l <= b.line))) continue;
          const first = other.sentence < hit.sentence ? otherUnits : units;
          const second = other.sentence < hit.sentence ? units : otherUnits;
          const refs = other.sentence < hit.sentence ? [other, hit] : [hit, other];
          const combined = this.combine(first, second);
          const alignment = this.aligner.align(claim, combined, this.around(refs[0]!));
          if (alignment.stance !== 'neutral' && this.actorWithAct(claim, alignment, first.units.length)) results.push({ refs, alignment, units: combined });
        }
      }
    }

    // Each article's strongest stance.
    const byArticle = new Map<number, { support?: PassageResult; contradict?: PassageResult; closest?: PassageResult }>();
    for (const r of results) {
      const a = r.refs[0]!.article;
      const entry = byArticle.get(a) ?? {};
      const cov = r.alignment.coverage;
      if (r.alignment.stance === 'supports' && (!entry.support || cov > entry.support.alignment.coverage)) entry.support = r;
      else if (r.alignment.stance === 'contradicts' && (!entry.contradict || cov > entry.contradict.alignment.coverage)) entry.contradict = r;
      else if (!entry.closest || cov > entry.closest.alignment.coverage) entry.closest = r;
      byArticle.set(a, entry);
    }
    const supporting: PassageResult[] = [];
    const contradicting: PassageResult[] = [];
    let closest: PassageResult | undefined;
    // (a support found only by reading the sentence with the next one does not outweigh that sentence's own
    // contradiction: "met X in Y" against "met X in the capital", with Y named in the sentence before)
    const within = (a: PassageResult, b: PassageResult): boolean => b.refs.length === 1 && a.refs.length > 1 && a.refs.some((r) => r.article === b.refs[0]!.article && r.sentence === b.refs[0]!.sentence);
    for (const entry of byArticle.values()) {
      if (entry.support && entry.contradict && within(entry.support, entry.contradict)) contradicting.push(entry.contradict);
      else if (entry.support && (!entry.contradict || entry.support.alignment.coverage >= entry.contradict.alignment.coverage)) supporting.push(entry.support);
      else if (entry.contradict) contradicting.push(entry.contradict);
      if (entry.closest && (!closest || entry.closest.alignment.coverage > closest.alignment.coverage)) closest = entry.closest;
    }
    // "X became the third country to recognise Y": the articles name more others who did it than the ordinal leaves room for.
    const counted = this.countConflict(claim, results, supporting);
    if (counted && !contradicting.some((r) => r.refs[0]!.article === counted.refs[0]!.article && r.refs[0]!.sentence === counted.refs[0]!.sentence)) contradicting.push(counted);
    const byCoverage = (a: PassageResult, b: PassageResult): number => b.alignment.coverage - a.alignment.coverage;
    supporting.sort(byCoverage);
    contradicting.sort(byCoverage);

    const evidence = [
      ...supporting.slice(0, MAX_EVIDENCE).map((r) => this.evidence(r, claim, 'supports')),
      ...contradicting.slice(0, MAX_EVIDENCE).map((r) => this.evidence(r, claim, 'contradicts')),
    ].filter((e): e is Evidence => e !== undefined);
    const conflictSpans = contradicting.flatMap((r) => r.alignment.conflicts.map((c) => claim.units[c.claimUnit]!)).map((u) => ({ start: u.start, end: u.end }));

    if (supporting.length && contradicting.length) {
      return { verdict: 'disputed', reason: this.disputeReason(supporting, contradicting, sentence), evidence, conflictSpans };
    }
    if (supporting.length) {
      return { verdict: 'supported', reason: `${plural(supporting.length, 'article')} ${supporting.length === 1 ? 'states' : 'state'} this: ${this.outlets(supporting)}.`, evidence, conflictSpans: [] };
    }
    if (contradicting.length) {
      return { verdict: 'contradicted', reason: this.contradictionReason(contradicting), evidence, conflictSpans };
    }
    const near = closest && closest.alignment.coverage >= 0.45 ? this.evidence(closest, claim, 'mentions') : undefined;
    const missing = closest?.alignment.missing.map((u) => `'${u.text}'`) ?? [];
    const reason =
      near && missing.length
        ? `No article says this or the opposite; the closest passage does not give ${missing.slice(0, 3).join(', ')}.`
        : 'No article says this or the opposite.';
    return { verdict: 'unsupported', reason, evidence: near ? [near] : [], conflictSpans: [] };
  }

  private outlets(results: PassageResult[]): string {
    const names = results.map((r) => {
      const meta = this.index.article(r.refs[0]!.article)!.meta;
      return meta.outlet !== 'unknown' ? meta.outlet : meta.id;
    });
    const shown = names.slice(0, 3).join(', ');
    return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
  }

  private conflictPhrase(c: Conflict, r: PassageResult): string {
    // A phrase (a cause) is quoted as the article writes it.
    if (c.passageRange) {
      const text = this.index.textOf(r.refs[0]!.article) ?? '';
      const phrase = text.slice(c.passageRange.start, c.passageRange.end).replace(/\s+/g, ' ');
      if (phrase) return `'${phrase}'`;
    }
    if (c.kind === 'negation') return this.passageDenies(c, r) ? `'${c.passageText}' did not happen` : `'${c.passageText}' without a negation`;
    return `'${c.passageText}'`;
  }

  /** A denial on either side: "X failed to prevent it" against "X blocked it", or the other way round. */
  private passageDenies(c: Conflict, r: PassageResult): boolean {
    return c.kind === 'negation' && !!r.units.units[c.passageUnit]?.negated;
  }

  private contradictionReason(contradicting: PassageResult[]): string {
    const first = contradicting[0]!.alignment.conflicts[0]!;
    const sameWord = contradicting.filter((r) => r.alignment.conflicts.some((c) => c.claimUnit === first.claimUnit && c.passageText.toLowerCase() === first.passageText.toLowerCase())).length;
    const n = Math.max(sameWord, 1);
    const draftSays = first.kind !== 'negation' ? `the draft says '${first.claimText}'` : this.passageDenies(first, contradicting[0]!) ? `the draft says '${first.claimText}' did` : `the draft says it did not happen`;
    return `${plural(n, 'article')} ${n === 1 ? 'says' : 'say'} ${this.conflictPhrase(first, contradicting[0]!)}; ${draftSays} (${this.outlets(contradicting)}).`;
  }

  private disputeReason(supporting: PassageResult[], contradicting: PassageResult[], sentence: AnalyzedSentence): string {
    const c = contradicting[0]!.alignment.conflicts[0]!;
    // A phrase of the draft is quoted as written.
    const range = c.claimRange;
    const claimSide = range
      ? sentence.tokens
          .filter((t) => t.start >= range.start && t.end <= range.end)
          .map((t, k) => (k > 0 && t.spaceBefore ? ' ' : '') + t.text)
          .join('')
      : c.claimText;
    return `The articles disagree: ${plural(supporting.length, 'article')} ${supporting.length === 1 ? 'says' : 'say'} '${claimSide}' as the draft does (${this.outlets(supporting)}); ${plural(contradicting.length, 'article')} ${contradicting.length === 1 ? 'says' : 'say'} ${this.conflictPhrase(c, contradicting[0]!)} (${this.outlets(contradicting)}).`;
  }

  private evidence(r: PassageResult, claim: SentenceUnits, stance: Evidence['stance']): Evidence | undefined {
    const first = this.index.sentence(r.refs[0]!);
    const last = this.index.sentence(r.refs[r.refs.length - 1]!);
    if (!first || !last) return undefined;
    const text = this.index.textOf(first.article) ?? '';
    const start = first.span.start;
    const end = last.span.end;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const matched = new Set<string>();
    const tokens = [...first.analyzed.tokens, ...(r.refs.length > 1 ? last.analyzed.tokens : [])];
    for (const [, p] of r.alignment.matches) {
      const u: Unit | undefined = r.units.units[p];
      if (!u) continue;
      for (let k = u.tokenStart; k < u.tokenEnd; k++) if (tokens[k]?.kind === 'word') matched.add(tokens[k]!.text);
    }
    for (const c of r.alignment.conflicts) {
      const u = r.units.units[c.passageUnit];
      if (u) for (let k = u.tokenStart; k < u.tokenEnd; k++) if (tokens[k]?.kind === 'word') matched.add(tokens[k]!.text);
    }
    void claim;
    const meta = first.meta;
    return {
      articleId: meta.id,
      path: meta.path,
      line: first.span.line,
      character: start - lineStart,
      quote: text.slice(start, end),
      stance,
      title: meta.title,
      outlet: meta.outlet,
      ...(meta.date ? { date: meta.date } : {}),
      matched: [...matched],
    };
  }
}
