/**
 * Quotations in a draft, looked up in the corpus:
 *   verbatim       an article has the words (quote marks, case, spacing and
 *                  apostrophe style aside), given to the same speaker or to
 *                  one the draft's speaker speaks for;
 *   misquoted      the closest passage words it differently (the fix puts
 *                  the article's wording in);
 *   misattributed  the words are there, but the articles give them to
 *                  someone else;
 *   not-found      no article has anything close.
 * Where articles word the same quotation differently (translations), the
 * message says so.
 */
import type { Evidence } from '../analysis/findings';
import { nameKey } from '../entities/mentions';
import type { EntityRegistry } from '../entities/registry';
import type { CorpusIndex, SentenceRef } from '../index/corpusIndex';
import type { Lexicon } from '../lexicon/lexicon';
import type { AnalyzedSentence } from '../language/prose';
import { maskInline } from '../text/markdown';
import { tokenize, type Token } from '../text/tokens';

export type QuoteVerdict = 'verbatim' | 'misquoted' | 'misattributed' | 'not-found';

export interface QuoteResult {
  verdict: QuoteVerdict;
  reason: string;
  evidence: Evidence[];
  /** The article's exact wording, for misquotations. */
  correct?: string;
  /** Who the draft says said it. */
  draftSpeaker?: string;
}

export interface Speaker {
  entityId?: number;
  text: string;
}

interface Word {
  norm: string;
  start: number;
  end: number;
  sentence: number;
}

interface Occurrence {
  article: number;
  from: number;
  to: number;
  distance: number;
  similarity: number;
}

const norm = (t: Token): string => t.lower.replace(/['’]/g, "'");

/** Who a sentence says spoke the quoted words at [qStart, qEnd) (token indices). */
export function findSpeaker(s: AnalyzedSentence, qStart: number, qEnd: number, registry: EntityRegistry, lexicon: Lexicon, previous?: AnalyzedSentence): Speaker | undefined {
  const outside = (k: number): boolean => k < qStart || k >= qEnd;
  const tokens = s.tokens;
  const candidates = s.mentions.filter((m) => outside(m.tokenStart));
  const speakerOfMention = (m: (typeof candidates)[number]): Speaker => {
    // A demonym speaks for its place: "the French government stresses".
    const e = m.kind === 'demonym' ? (m.refersTo ? registry.lookup(m.refersTo)?.entity : undefined) : registry.resolve(m.key);
    return { ...(e ? { entityId: e.id } : {}), text: m.kind === 'demonym' && e ? e.preferred : m.surface };
  };
  const typeOf = (m: (typeof candidates)[number]): string | undefined => (m.kind === 'demonym' ? 'place' : registry.resolve(m.key)?.type);
  const isPersonish = (m: (typeof candidates)[number]): boolean => {
    if (m.kind === 'demonym') return false;
    const t = typeOf(m);
    return t === undefined || t === 'person' || t === 'organization' || t === 'other' || m.votes.person > 0;
  };
  /** "<owner>'s foreign ministry", "the <demonym> government": the owner of an organization or office noun before k. */
  const ownerOf = (k: number): (typeof candidates)[number] | undefined => {
    let j = k - 1;
    let nouns = 0;
    while (j >= 0 && nouns < 4 && tokens[j]!.kind === 'word' && !tokens[j]!.possessive && !candidates.some((c) => c.tokenStart <= j && j < c.tokenEnd)) {
      const lemma = s.lemmas[j]!;
      if (!(lexicon.nounCategory(lemma) === 'organization' || lexicon.isRoleNoun(lemma) || lexicon.inClass('organization-heads', lemma) || lexicon.hasLemma('a', lemma))) return undefined;
      nouns++;
      j--;
    }
    if (nouns === 0) return undefined;
    if (tokens[j]?.possessive) j--;
    return candidates.find((c) => c.tokenStart <= j && j < c.tokenEnd);
  };
  const verbs: number[] = [];
  // "a Facebook post", "his statement": a word of speech used as a noun introduces no one.
  const DETERMINERS = /^(a|an|the|his|her|its|their|this|that|our|my|your)$/;
  // ("The Storting vowed", "the Storting says": an inflected verb after a known name is that name's verb)
  const namedSubject = (k: number): boolean => tokens[k]!.lower !== s.lemmas[k] && /(ed|s)$/.test(tokens[k]!.lower) && s.mentions.some((m) => m.tokenEnd === k && registry.resolve(m.key) !== undefined);
  const nounUse = (k: number): boolean => DETERMINERS.test(tokens[k - 1]?.lower ?? '') || (/^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && DETERMINERS.test(tokens[k - 2]?.lower ?? '') && !namedSubject(k));
  tokens.forEach((t, k) => {
    if (t.kind === 'word' && outside(k) && ((lexicon.speechVerbs.has(s.lemmas[k]!) && !nounUse(k)) || (t.lower === 'according' && tokens[k + 1]?.lower === 'to'))) verbs.push(k);
  });
  /** "France's foreign ministry": a name owning an office or organization noun. */
  const ownsOffice = (c: (typeof candidates)[number]): boolean => {
    const after = c.kind === 'demonym' ? c.tokenEnd : tokens[c.tokenEnd]?.possessive ? c.tokenEnd + 1 : -1;
    if (after < 0) return false;
    for (let j = after; j < Math.min(tokens.length, after + 3); j++) {
      const lemma = s.lemmas[j]!;
      if (lexicon.nounCategory(lemma) === 'organization' || lexicon.isRoleNoun(lemma) || lexicon.inClass('organization-heads', lemma)) return true;
      if (!lexicon.hasLemma('a', lemma)) return false;
    }
    return false;
  };
  /** The sentence's subject before a token: a person first, then an organization, then an office's owner. */
  const firstPersonish = (before: number): (typeof candidates)[number] | undefined => {
    const pool = candidates.filter((c) => c.tokenEnd <= before);
    return pool.find((c) => typeOf(c) === 'person') ?? pool.find((c) => typeOf(c) === 'organization') ?? pool.find(ownsOffice) ?? pool.find((c) => isPersonish(c) && typeOf(c) !== 'place');
  };
  for (const v of verbs) {
    if (tokens[v]!.lower === 'according') {
      const m = candidates.find((c) => c.tokenStart > v && c.tokenStart <= v + 4);
      if (m) return speakerOfMention(m);
      continue;
    }
    // ", saying ...", "by saying ...": a participle after a comma or "by" speaks for the sentence's subject.
    if (/ing$/.test(tokens[v]!.lower) && (tokens[v - 1]?.text === ',' || tokens[v - 1]?.lower === 'by')) {
      const subject = firstPersonish(v);
      if (subject) return speakerOfMention(subject);
    }
    // "..., X said": a person right before the verb is its subject.
    const personBefore = [...candidates].reverse().find((c) => c.tokenEnd <= v && v - c.tokenEnd <= 2 && typeOf(c) === 'person');
    if (personBefore) return speakerOfMention(personBefore);
    // "X, a spokesman for Y's ministry, said": the person before the appositive.
    const appositive = candidates.find(
      (c) => c.tokenEnd < v && typeOf(c) === 'person' && tokens[c.tokenEnd]?.text === ',' && v - c.tokenEnd <= 16 && tokens.slice(c.tokenEnd + 1, v).some((t) => t.kind === 'word' && lexicon.isRoleNoun(lexicon.lemma(t.lower))) && tokens[v - 1]?.text === ',',
    );
    if (appositive) return speakerOfMention(appositive);
    // "X, in Y's words, said": a person and an aside between commas before the verb; the person speaks.
    if (tokens[v - 1]?.text === ',') {
      const subject = candidates.find((c) => typeOf(c) === 'person' && c.tokenEnd < v - 1 && tokens[c.tokenEnd]?.text === ',');
      if (subject && !candidates.some((c) => c.tokenStart > subject.tokenEnd && c.tokenEnd <= v && typeOf(c) === 'person')) return speakerOfMention(subject);
    }
    // "X said": the subject right before the verb (a capital or country speaks too: "Paris says").
    const before = [...candidates].reverse().find((c) => c.tokenEnd <= v && v - c.tokenEnd <= 3 && (isPersonish(c) || (typeOf(c) === 'place' && c.kind !== 'demonym' && tokens.slice(c.tokenEnd, v).every((t) => t.kind === 'word' && !t.possessive))));
    if (before) return speakerOfMention(before);
    // "France's foreign ministry said", "the French government stresses".
    const owner = ownerOf(v);
    if (owner) return speakerOfMention(owner);
    // "said X".
    const after = candidates.find((c) => c.tokenStart > v && c.tokenStart <= v + 2 && isPersonish(c) && tokens.slice(v + 1, c.tokenStart).every((t) => /^(the|a|an)$/.test(t.lower)));
    if (after) return speakerOfMention(after);
    // "he said", "it added": the subject of the sentence, else the speaker of the sentence before.
    const prev = tokens[v - 1];
    if (prev && /^(he|she|they|it)$/.test(prev.lower)) {
      // "it" speaks for a body or a state ("The ministry ... the plan, which it calls ...").
      const earlierNames = candidates.filter((c) => c.tokenEnd <= v);
      const subject = prev.lower === 'it' ? (earlierNames.find((c) => typeOf(c) === 'organization' || ownsOffice(c)) ?? earlierNames.find((c) => typeOf(c) === 'place' && c.kind !== 'demonym')) : earlierNames.find((c) => typeOf(c) === 'person');
      if (subject) return speakerOfMention(subject);
      if (previous) {
        const earlier = findSpeaker(previous, 0, 0, registry, lexicon);
        // ("he said" is a person's word: not the body the sentence before was about)
        const isPerson = (sp: Speaker): boolean => sp.entityId !== undefined && registry.entity(sp.entityId)?.type === 'person';
        if (earlier && (prev.lower === 'it' || prev.lower === 'they' || isPerson(earlier))) return earlier;
        const person = previous.mentions.find((c) => c.kind === 'name' && registry.resolve(c.key)?.type === 'person');
        if (person && prev.lower !== 'it') return speakerOfMention(person);
        // (the article's reader looks further back for the person: see QuoteChecker.speakerIn)
        if (prev.lower === 'he' || prev.lower === 'she') return undefined;
      }
    }
  }
  // "X, for his part, pledged ...", "X, Y's man in Z, said ...": far from its subject, the verb is still the subject's.
  if (verbs.length > 0) {
    const subject = firstPersonish(verbs[0]!);
    if (subject && typeOf(subject) === 'person') return speakerOfMention(subject);
  }
  // No verb of speech: the words are the subject's ("X offered his 'full support'", "X defended Y's '...'").
  if (verbs.length === 0) {
    // A name after a preposition or a verb is an object ("lend his support to X, praising X for his '...'"), not the one
    // whose words these are.
    // ("For X, '...'" opening the sentence gives X's view.)
    const objectPosition = (c: (typeof candidates)[number]): boolean => {
      let j = c.tokenStart - 1;
      while (j > 0 && tokens[j]?.kind === 'word' && /^(the|a|an|his|her|its|their)$/.test(tokens[j]!.lower)) j--;
      const before = tokens[j];
      const lemma = s.lemmas[j] ?? '';
      if (j <= 0 || before?.kind !== 'word' || before.possessive) return false;
      return lexicon.inClass('prepositions', before.lower) || (lexicon.hasLemma('v', lemma) && !lexicon.isFunctionWord(before.lower));
    };
    // A person before the quotation first ("At the Harbour Day fair, X defended ..." is X's, not the fair's).
    const pool = candidates.filter((c) => c.tokenEnd <= qStart && !objectPosition(c));
    const subject =
      pool.find((c) => typeOf(c) === 'person') ??
      pool.find((c) => isPersonish(c) && typeOf(c) !== 'place') ??
      pool.find((c) => ownsOffice(c) && speakerOfMention(c).entityId !== undefined);
    if (subject) return speakerOfMention(subject);
    // "The dictator went as far as to ... praising X for his '...'": a subject that is only a description is the person
    // the sentence before was about.
    const described = tokens.slice(0, qStart).findIndex((t) => t.kind === 'word' && /^(the|this|that)$/.test(t.lower));
    if (previous && described === 0 && pool.length === 0 && candidates.some((c) => c.tokenEnd <= qStart)) {
      const before = previous.mentions.find((c) => c.kind === 'name' && registry.resolve(c.key)?.type === 'person' && !(previous.tokens[c.tokenStart - 1]?.kind === 'word' && lexicon.inClass('prepositions', previous.tokens[c.tokenStart - 1]!.lower)));
      if (before) return speakerOfMention(before);
    }
  }
  return undefined;
}

export class QuoteChecker {
  private words = new Map<number, Word[]>();
  private wordsVersion = -1;

  constructor(
    private readonly lexicon: Lexicon,
    private readonly index: CorpusIndex,
  ) {}

  /** The article's words in order, with offsets and sentence numbers (cached). */
  private articleWords(slot: number): Word[] {
    if (this.wordsVersion !== this.index.version) {
      this.words.clear();
      this.wordsVersion = this.index.version;
    }
    let words = this.words.get(slot);
    if (words) return words;
    words = [];
    const info = this.index.article(slot);
    const text = this.index.textOf(slot);
    if (info && text !== undefined) {
      for (let i = 0; i < info.sentenceCount; i++) {
        const s = this.index.span({ article: slot, sentence: i })!;
        for (const t of tokenize(maskInline(text.slice(s.start, s.end)), s.start)) {
          if (t.kind === 'punct') continue;
          words.push({ norm: norm(t), start: t.start, end: t.end, sentence: i });
        }
      }
    }
    if (this.words.size > 500) this.words.clear();
    this.words.set(slot, words);
    return words;
  }

  /**
   * Best match of the quote's words in an article: exact, else the closest window
   * (semi-global edit distance) near the sentences the search found.
   */
  private bestIn(slot: number, quote: string[], near: readonly number[]): Occurrence | undefined {
    const words = this.articleWords(slot);
    const n = quote.length;
    if (n === 0 || words.length === 0) return undefined;
    // Exact first.
    outer: for (let i = 0; i + n <= words.length; i++) {
      for (let j = 0; j < n; j++) if (words[i + j]!.norm !== quote[j]) continue outer;
      return { article: slot, from: i, to: i + n, distance: 0, similarity: 1 };
    }
    if (n < 2) return undefined;
    // The closest window lies in or next to a sentence that shares the quote's words.
    let best: Occurrence | undefined;
    for (const [from, to] of regionsNear(words, near, 2)) {
      const found = closestWindow(words, from, to, quote);
      if (found && (!best || found.distance < best.distance)) best = { article: slot, ...found };
    }
    return best;
  }

  check(
    quoteTokens: readonly Token[],
    draftSentence: AnalyzedSentence,
    quoteTokenRange: [number, number],
    previousSentence: AnalyzedSentence | undefined,
  ): QuoteResult | undefined {
    const quote = quoteTokens.filter((t) => t.kind !== 'punct').map(norm);
    const wordCount = quoteTokens.filter((t) => t.kind !== 'punct' && !t.possessive && t.lower !== "'s").length;
    if (quote.length === 0) return undefined;
    const registry = this.index.registry;
    // One or two words in quotation marks are usually scare quotes, not speech, unless a verb of speech
    // or an act of the speaker frames them ("the mayor said she expected 'steady growth'").
    const framed = draftSentence.tokens.some((t, k) => (k < quoteTokenRange[0] || k >= quoteTokenRange[1]) && t.kind === 'word' && this.lexicon.speechVerbs.has(draftSentence.lemmas[k]!));
    // A person as the sentence's subject frames them too ("X offered Y his 'full support'").
    const firstName = draftSentence.mentions.find((m) => m.kind === 'name' && m.tokenEnd <= quoteTokenRange[0]);
    const personSubject = !!firstName && registry.resolve(firstName.key)?.type === 'person';
    // So does a body that judges them ("X's foreign ministry denounced Y's 'unfriendly action'").
    const judged = draftSentence.tokens.some((t, k) => k < quoteTokenRange[0] && t.kind === 'word' && this.lexicon.predicateClasses(draftSentence.lemmas[k]!, undefined, []).some((c) => c === 'condemn' || c === 'welcome'));
    const body = !!firstName && (registry.resolve(firstName.key)?.type === 'organization' || draftSentence.lemmas.slice(firstName.tokenEnd, firstName.tokenEnd + 4).some((l) => this.lexicon.inClass('organization-heads', l)));
    // (not a label before a noun: "condemned the 'fair share' levy" quotes a name for the levy)
    const next = draftSentence.tokens.slice(quoteTokenRange[1]).find((t) => !(t.kind === 'punct' && t.quote));
    const endsPhrase = !next || next.kind === 'punct';
    // One word is speech only when a person the draft names is said to have used it, at the end of its phrase ("X
    // repeated that they had to be protected from 'genocide'"), and only where an article quotes it too (below).
    const oneWord = wordCount === 1 && framed && personSubject && endsPhrase;
    const isSpeech = wordCount >= 3 || (wordCount === 2 && (framed || personSubject || (judged && body && endsPhrase))) || oneWord;
    const draftSpeaker = isSpeech ? findSpeaker(draftSentence, quoteTokenRange[0], quoteTokenRange[1], registry, this.lexicon, previousSentence) : undefined;

    // Candidate articles: the ones whose sentences share the quote's content words.
    const terms = new Map<string, { weight: number; group: string }>();
    quoteTokens.forEach((t, k) => {
      if (t.kind !== 'word' || this.lexicon.isFunctionWord(t.lower)) return;
      terms.set(this.lexicon.lemma(t.lower), { weight: 1, group: `q${k}` });
    });
    const hits = this.index.search(terms, 24);
    const slots = [...new Set(hits.map((h) => h.article))].slice(0, 12);
    const occurrences = slots.map((slot) => this.bestIn(slot, quote, hits.filter((h) => h.article === slot).map((h) => h.sentence))).filter((o): o is Occurrence => o !== undefined);
    occurrences.sort((a, b) => b.similarity - a.similarity);
    const exact = occurrences.filter((o) => o.distance === 0);
    // Two-word quotations may differ by one word if the other is a content word ("fruitful cooperation").
    const close = occurrences.filter((o) => o.similarity >= 0.6 || (quote.length === 2 && o.similarity >= 0.5 && o.to - o.from === 2 && this.sharesContentWord(o, quote)));
    const speakerText = draftSpeaker ? ` (the draft gives it to ${draftSpeaker.text})` : '';

    if (exact.length) {
      const withSpeakers = exact.map((o) => ({ o, speaker: isSpeech && (!oneWord || this.inQuotes(o)) ? this.speakerAt(o) : undefined }));
      const known = withSpeakers.filter((w) => w.speaker?.entityId !== undefined);
      const related = withSpeakers.filter((w) => !draftSpeaker || !w.speaker || w.speaker.entityId === undefined || this.related(draftSpeaker, w.speaker, registry));
      const relatedKnown = known.filter((w) => draftSpeaker && this.related(draftSpeaker, w.speaker!, registry));
      const variants = wordCount >= 4 ? this.wordingNote(close.filter((o) => o.distance > 0)) : '';
      if (draftSpeaker && draftSpeaker.entityId !== undefined && known.length > 0 && relatedKnown.length === 0) {
        const others = [...new Set(known.map((w) => w.speaker!.text))];
        return {
          verdict: 'misattributed',
          reason: `The articles give these words to ${others.join(' and ')}, not ${draftSpeaker.text}.`,
          evidence: known.map((w) => this.evidence(w.o, 'contradicts', w.speaker)).filter((e): e is Evidence => !!e),
          draftSpeaker: draftSpeaker.text,
        };
      }
      const who = [...new Set(related.map((w) => w.speaker?.text).filter(Boolean))];
      return {
        verdict: 'verbatim',
        reason: `Word for word in ${exact.length} article${exact.length === 1 ? '' : 's'}${who.length ? `, said by ${who.join(' and ')}` : ''}.${variants}`,
        evidence: related.map((w) => this.evidence(w.o, 'supports', w.speaker)).filter((e): e is Evidence => !!e),
        ...(draftSpeaker ? { draftSpeaker: draftSpeaker.text } : {}),
      };
    }
    if (close.length) {
      const best = close[0]!;
      const correct = this.wording(best);
      const variants = wordCount >= 4 ? this.wordingNote(close.slice(1)) : '';
      return {
        verdict: 'misquoted',
        reason: `The closest passage words it differently: “${correct}”${speakerText}.${variants}`,
        evidence: close.slice(0, 5).map((o) => this.evidence(o, o === best ? 'contradicts' : 'mentions', this.speakerAt(o))).filter((e): e is Evidence => !!e),
        correct,
        ...(draftSpeaker ? { draftSpeaker: draftSpeaker.text } : {}),
      };
    }
    return { verdict: 'not-found', reason: 'No article has these words or anything close to them.', evidence: [], ...(draftSpeaker ? { draftSpeaker: draftSpeaker.text } : {}) };
  }

  private sharesContentWord(o: Occurrence, quote: string[]): boolean {
    const words = this.articleWords(o.article).slice(o.from, o.to).map((w) => w.norm);
    return words.some((w, i) => w === quote[i] && !this.lexicon.isFunctionWord(w) && w.length > 3);
  }

  /** True when an occurrence stands in quotation marks in its article. */
  private inQuotes(o: Occurrence): boolean {
    const words = this.articleWords(o.article);
    const text = this.index.textOf(o.article) ?? '';
    const before = text.slice(Math.max(0, words[o.from]!.start - 1), words[o.from]!.start);
    const after = text.slice(words[o.to - 1]!.end, words[o.to - 1]!.end + 1);
    return /["“‘']/.test(before) && /["”’']/.test(after);
  }

  /** The article's own text for an occurrence. */
  private wording(o: Occurrence): string {
    const words = this.articleWords(o.article);
    const text = this.index.textOf(o.article) ?? '';
    return text.slice(words[o.from]!.start, words[o.to - 1]!.end);
  }

  private wordingNote(others: Occurrence[]): string {
    const distinct = new Map<string, number>();
    for (const o of others) {
      const w = this.wording(o);
      if (!distinct.has(w.toLowerCase())) distinct.set(w.toLowerCase(), o.article);
    }
    if (distinct.size === 0) return '';
    const parts = [...distinct.entries()].slice(0, 2).map(([, slot]) => {
      const meta = this.index.article(slot)!.meta;
      const o = others.find((x) => x.article === slot)!;
      return `${meta.outlet !== 'unknown' ? meta.outlet : meta.id}: “${this.wording(o)}”`;
    });
    return ` Articles word this quotation differently (a translation?): ${parts.join('; ')}.`;
  }

  private sentenceOf(o: Occurrence): SentenceRef {
    return { article: o.article, sentence: this.articleWords(o.article)[o.from]!.sentence };
  }

  /** Who the article says spoke the words of an occurrence. */
  private speakerAt(o: Occurrence): Speaker | undefined {
    const ref = this.sentenceOf(o);
    const s = this.index.sentence(ref);
    if (!s) return undefined;
    const words = this.articleWords(o.article);
    const start = words[o.from]!.start;
    const end = words[o.to - 1]!.end;
    const tokens = s.analyzed.tokens;
    let qStart = tokens.findIndex((t) => t.start >= start);
    let qEnd = tokens.findIndex((t) => t.start >= end);
    if (qStart < 0) qStart = tokens.length;
    if (qEnd < 0) qEnd = tokens.length;
    return this.speakerIn(ref, qStart, qEnd, true);
  }

  /** Who an article's sentence says spoke the quoted words at [qStart, qEnd) (token indices). */
  private speakerIn(ref: SentenceRef, qStart: number, qEnd: number, continued: boolean): Speaker | undefined {
    const s = this.index.sentence(ref);
    if (!s) return undefined;
    const previousRef = { article: ref.article, sentence: ref.sentence - 1 };
    const previousSentence = ref.sentence > 0 ? this.index.sentence(previousRef) : undefined;
    const previous = previousSentence?.analyzed;
    // "“…,” the statement said. X's view is “wrong”": quoted words in a sentence with no verb of speech, right after
    // an attributed quotation in the same paragraph, go on with that speaker.
    const speaks = (a: AnalyzedSentence): boolean => a.tokens.some((t, k) => t.kind === 'word' && this.lexicon.speechVerbs.has(a.lemmas[k]!));
    const quoted = (a: AnalyzedSentence): boolean => a.tokens.some((t) => t.kind === 'punct' && t.quote !== undefined);
    if (continued && previousSentence && previousSentence.span.line === s.span.line && !speaks(s.analyzed) && quoted(previous!) && speaks(previous!)) {
      const carried = this.speakerIn(previousRef, 0, 0, false);
      if (carried) return carried;
    }
    let speaker = findSpeaker(s.analyzed, qStart, qEnd, this.index.registry, this.lexicon, previous);
    if (!speaker) {
      // Quotations often close with the attribution in the next sentence: "…,” he said.
      const next = this.index.sentence({ article: ref.article, sentence: ref.sentence + 1 });
      if (next && next.span.line === s.span.line) speaker = findSpeaker(next.analyzed, 0, 0, this.index.registry, this.lexicon, s.analyzed);
    }
    // "the statement said", "the note concludes": the body or person whose statement, note or message the article told
    // of last (up to six sentences before, past photo captions).
    const told = /\bthe\s+(statement|note|message|letter)\s+(said|says|concludes|concluded|noted|added|stated|stresses|read|reads)\b/i.test(s.text);
    for (let back = 1; told && !speaker && back <= 6 && ref.sentence - back >= 0; back++) {
      const before = this.index.sentence({ article: ref.article, sentence: ref.sentence - back })?.analyzed;
      const at = before ? before.lemmas.findIndex((l) => this.lexicon.inClass('message-nouns', l)) : -1;
      if (!before || at < 0) continue;
      // (the name right after the noun: "in the message, X condemns", "a statement from the ministry, in which X says")
      const speakers = before.mentions.filter((m) => m.kind === 'name' && ['organization', 'person'].includes(this.index.registry.resolve(m.key)?.type ?? ''));
      const named = speakers.find((m) => m.tokenStart > at) ?? speakers.at(-1);
      if (named) speaker = { entityId: this.index.registry.resolve(named.key)!.id, text: named.surface };
    }
    // "The foreign ministry said", "the note concludes": no name, so the speaker is the one the article gave just before.
    if (!speaker && /\bthe\s+[a-z ]{0,30}\b(said|says|concludes|noted|added|stated|stresses)\b/i.test(s.text)) {
      for (let back = 1; !speaker && back <= 2 && ref.sentence - back >= 0; back++) {
        const before = this.index.sentence({ article: ref.article, sentence: ref.sentence - back });
        if (before) speaker = findSpeaker(before.analyzed, 0, 0, this.index.registry, this.lexicon);
      }
    }
    // "…,” he said: the person the article named last, up to three sentences before.
    if (!speaker && /\b(he|she)\s+(said|says|added|adds|told|wrote|stated|noted)\b/i.test(s.text)) {
      for (let back = 1; !speaker && back <= 3 && ref.sentence - back >= 0; back++) {
        const before = this.index.sentence({ article: ref.article, sentence: ref.sentence - back })?.analyzed;
        if (!before) continue;
        // (not a name in brackets, such as a photo credit "(NAME/AGENCY via ...)")
        const inBrackets = (m: { tokenStart: number }): boolean => {
          let depth = 0;
          for (let k = 0; k < m.tokenStart; k++) depth += before.tokens[k]!.text === '(' ? 1 : before.tokens[k]!.text === ')' ? -1 : 0;
          return depth > 0;
        };
        const person = [...before.mentions].reverse().find((m) => m.kind === 'name' && !inBrackets(m) && this.index.registry.resolve(m.key)?.type === 'person');
        if (person) {
          const e = this.index.registry.resolve(person.key)!;
          speaker = { entityId: e.id, text: person.surface };
        }
        // (an office named without a name in between is the one who speaks, and the article does not say who holds it:
        // "The Foreign Minister sent letters ... In his letters, he stated ...")
        else {
          const office = before.lemmas.findIndex((l, k) => before.tokens[k]!.kind === 'word' && this.lexicon.isRoleNoun(l) && !before.mentions.some((m) => m.tokenStart <= k && k < m.tokenEnd));
          if (office < 0) continue;
          // (the state the office is of, named just before it, speaks through it: "Peru's Foreign Minister")
          const state = [...before.mentions].reverse().find((m) => m.kind === 'name' && m.tokenEnd <= office && office - m.tokenEnd <= 6 && this.index.registry.resolve(m.key)?.type === 'place');
          if (state) {
            const e = this.index.registry.resolve(state.key)!;
            speaker = { entityId: e.id, text: state.surface };
          }
          break;
        }
      }
    }
    return speaker;
  }

  /** The same speaker, or one speaking for the other (a spokesman for a ministry of a country). */
  private related(a: Speaker, b: Speaker, registry: EntityRegistry): boolean {
    // A speaker the corpus does not know gives no ground to call the quotation misattributed.
    if (a.entityId === undefined || b.entityId === undefined) return true;
    if (a.entityId === b.entityId) return true;
    const ea = registry.entity(a.entityId)!;
    const eb = registry.entity(b.entityId)!;
    // Two people are two speakers, even when they serve one state.
    if (ea.type === 'person' && eb.type === 'person') return false;
    // A capital speaks for its country, a leader or spokesman for the state.
    // (and a body named for its state speaks for it: "the Ministry of Foreign Affairs of X" for X's capital)
    const namedFor = (e: typeof ea): typeof ea | undefined => {
      if (e.type !== 'organization') return undefined;
      for (const spelling of e.spellings) {
        const m = /.* of (?:the )?(.+)$/i.exec(spelling);
        const place = m ? registry.lookup(nameKey(m[1]!))?.entity : undefined;
        if (place?.type === 'place') return place;
      }
      return undefined;
    };
    const stateOf = (e: typeof ea): number | undefined => (registry.placeFor(e.spellings[0]!) ?? registry.statePersonServes(e) ?? namedFor(e))?.id;
    if (stateOf(ea) === eb.id || stateOf(eb) === ea.id || (stateOf(ea) !== undefined && stateOf(ea) === stateOf(eb))) return true;
    const affiliated = (x: typeof ea, y: typeof eb): boolean => {
      const yKeys = new Set([...y.spellings, ...y.aliases]);
      for (const info of x.roles.values()) {
        for (const aff of info.affiliations.keys()) {
          if (yKeys.has(aff)) return true;
          const org = registry.lookup(aff)?.entity;
          if (org && (org.id === y.id || [...yKeys].some((k) => org.spellings.some((s) => s.includes(k))))) return true;
        }
      }
      return false;
    };
    const contains = (x: typeof ea, y: typeof eb): boolean => x.spellings.some((s) => y.spellings.some((t) => s !== t && s.includes(t)));
    return affiliated(ea, eb) || affiliated(eb, ea) || contains(ea, eb) || contains(eb, ea);
  }

  private evidence(o: Occurrence, stance: Evidence['stance'], speaker?: Speaker): Evidence | undefined {
    const s = this.index.sentence(this.sentenceOf(o));
    if (!s) return undefined;
    const text = this.index.textOf(o.article) ?? '';
    const start = s.span.start;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const meta = s.meta;
    const words = this.articleWords(o.article).slice(o.from, o.to).map((w) => text.slice(w.start, w.end));
    return {
      articleId: meta.id,
      path: meta.path,
      line: s.span.line,
      character: start - lineStart,
      quote: s.text,
      stance,
      title: meta.title,
      outlet: meta.outlet,
      ...(meta.date ? { date: meta.date } : {}),
      matched: words,
      ...(speaker ? { speaker: speaker.text } : {}),
    };
  }
}

/** Word ranges [from, to) covering the given sentences and `margin` sentences either side, merged where they touch. */
function regionsNear(words: readonly { sentence: number }[], sentences: readonly number[], margin: number): [number, number][] {
  const wanted = [...new Set(sentences)].sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (const s of wanted) {
    const last = spans[spans.length - 1];
    if (last && s - margin <= last[1] + 1) last[1] = s + margin;
    else spans.push([s - margin, s + margin]);
  }
  const out: [number, number][] = [];
  let k = 0;
  for (const [first, last] of spans) {
    while (k < words.length && words[k]!.sentence < first) k++;
    const from = k;
    while (k < words.length && words[k]!.sentence <= last) k++;
    if (k > from) out.push([from, k]);
  }
  return out;
}

/** The window of words[from, to) closest to the quote by word edit distance, the quote taken whole. */
function closestWindow(words: readonly { norm: string }[], from: number, to: number, quote: readonly string[]): Omit<Occurrence, 'article'> | undefined {
  const n = quote.length;
  const m = to - from;
  if (m <= 0) return undefined;
  let prev = new Array<number>(m + 1).fill(0);
  let prevStart = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    const curStart = new Array<number>(m + 1);
    cur[0] = i;
    curStart[0] = 0;
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1]! + (quote[i - 1] === words[from + j - 1]!.norm ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      if (sub <= del && sub <= ins) {
        cur[j] = sub;
        curStart[j] = prevStart[j - 1]!;
      } else if (del <= ins) {
        cur[j] = del;
        curStart[j] = prevStart[j]!;
      } else {
        cur[j] = ins;
        curStart[j] = curStart[j - 1]!;
      }
    }
    prev = cur;
    prevStart = curStart;
  }
  let best = -1;
  for (let j = 1; j <= m; j++) if (best < 0 || prev[j]! < prev[best]!) best = j;
  const distance = prev[best]!;
  const start = prevStart[best]!;
  return { from: from + start, to: from + best, distance, similarity: 1 - distance / Math.max(n, best - start) };
}
