/**
 * Which sentences of a draft are check-worthy claims: statements of fact
 * about entities, events, dates, numbers, or what someone said. Questions,
 * opinions and evaluations, advice, and the writer's remarks about the piece
 * itself are not. Words inside quotation marks are someone else's and do not
 * make a sentence an opinion or advice.
 */
import type { Lexicon } from '../lexicon/lexicon';
import type { AnalyzedSentence } from '../language/prose';
import type { Token } from '../text/tokens';

export type SentenceRole = 'claim' | 'question' | 'opinion' | 'advice' | 'meta' | 'fragment';

function quotedTokens(tokens: readonly Token[]): Set<number> {
  const inside = new Set<number>();
  let open: string | undefined;
  tokens.forEach((t, k) => {
    if (t.kind === 'punct' && t.quote === 'open' && !open) {
      open = t.text;
      return;
    }
    if (t.kind === 'punct' && t.quote === 'close' && open) {
      open = undefined;
      return;
    }
    if (open) inside.add(k);
  });
  return inside;
}

/** "i'll" -> "i will", "don't" -> "do not": phrase lists are written without contractions. */
function expandContraction(w: string): string {
  return w
    .replace(/^(can|won)'t$/, (_, b: string) => (b === 'can' ? 'can not' : 'will not'))
    .replace(/n't$/, ' not')
    .replace(/'ll$/, ' will')
    .replace(/'re$/, ' are')
    .replace(/'ve$/, ' have')
    .replace(/'m$/, ' am')
    .replace(/'d$/, ' would');
}

export class ClaimDetector {
  private readonly opinionPhrases: string[];
  private readonly metaPhrases: string[];
  private readonly advicePhrases: string[];

  constructor(private readonly lexicon: Lexicon) {
    this.opinionPhrases = [...lexicon.classWords('opinion-phrases')];
    this.metaPhrases = [...lexicon.classWords('meta-phrases')];
    this.advicePhrases = [...lexicon.classWords('advice-modals')];
  }

  classify(s: AnalyzedSentence, heading = false): SentenceRole {
    const tokens = s.tokens;
    const quoted = quotedTokens(tokens);
    const outside = tokens.filter((_, k) => !quoted.has(k));
    const words = outside.filter((t) => t.kind === 'word');
    if (words.length === 0) return 'fragment';
    const last = [...tokens].reverse().find((t) => !(t.kind === 'punct' && (t.quote === 'close' || t.text === ')' || t.text === ']')));
    if (last?.text === '?') return 'question';
    // "What the rupture means", "How Kyiv answered": a heading made of a question word and its clause, with no main clause
    // (no comma) and no full stop, asks rather than states.
    const firstToken = tokens.find((t) => t.kind === 'word');
    if (firstToken && this.lexicon.inClass('question-words', firstToken.lower) && last?.text !== '.' && !outside.some((t) => t.kind === 'punct' && t.text === ',')) return 'question';
    const text = ` ${words.map((t) => expandContraction(t.lower)).join(' ')} `;
    // The same without degree words: "matters far less" is "matters less".
    const plain = ` ${words.filter((t) => !this.lexicon.inClass('degree-adverbs', t.lower)).map((t) => expandContraction(t.lower)).join(' ')} `;
    const has = (phrase: string): boolean => text.includes(` ${phrase} `) || plain.includes(` ${phrase} `);

    // ("the following day" is a time, not the next part of the piece)
    const timeAfter = (phrase: string): boolean => {
      if (!phrase.endsWith(' following')) return false;
      const at = text.indexOf(` ${phrase} `);
      const next = text.slice(at + phrase.length + 2).split(' ')[0] ?? '';
      return at >= 0 && (this.lexicon.nounCategory(this.lexicon.lemma(next)) === 'time' || /^(day|days|night|evening|afternoon)$/.test(next));
    };
    if (this.metaPhrases.some((p) => has(p) && !timeAfter(p))) return 'meta';
    const first = words[0]!;
    if (this.lexicon.inClass('hedges', first.lower)) return 'opinion';
    const inName = new Set<number>();
    for (const m of s.mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) inName.add(k);
    // "Kim's good wishes", "his warm words": a word of judgement after a possessive describes what someone sent or said.
    // ("a message of good wishes", "warm words": a word of judgement before a noun for a message names what was sent)
    const owned = (k: number): boolean =>
      tokens[k - 1]?.possessive === true || /^(his|her|its|their)$/.test(tokens[k - 1]?.lower ?? '') || (tokens[k + 1]?.kind === 'word' && this.lexicon.inClass('message-nouns', tokens[k + 1]!.lower));
    // "X places Y 3,000 miles away, a distance that makes the talk sound fanciful": a judgement in an aside that closes
    // the sentence leaves the statement before it check-worthy.
    const tail = tokens.findIndex((t, k) => t.text === ',' && !quoted.has(k) && /^(a|an|which)$/.test(tokens[k + 1]?.lower ?? '') && !tokens.slice(k + 1).some((x) => x.text === ',') && s.mentions.some((m) => m.tokenEnd <= k) && s.tokens.slice(0, k).some((x, j) => x.kind === 'word' && this.lexicon.hasLemma('v', s.lemmas[j]!) && x.lower !== s.lemmas[j]));
    const evaluative = tokens.some(
      (t, k) =>
        (tail < 0 || k < tail) &&
        !quoted.has(k) &&
        !inName.has(k) &&
        t.kind === 'word' &&
        (this.lexicon.inClass('hedges', t.lower) || ((this.lexicon.inClass('evaluative-adjectives', t.lower) || this.lexicon.inClass('evaluative-nouns', t.lower)) && !owned(k)) || (this.lexicon.inClass('evaluative-verbs', s.lemmas[k]!) && t.lower !== s.lemmas[k])),
    );
    // A verb of speech in a finite form ("said", "calls"), not a gerund ("avoid calling them states").
    // "calls" after a plural is a noun ("the two republics states"), not a report.
    const reported = tokens.some((t, k) => {
      if (quoted.has(k) || t.kind !== 'word' || !this.lexicon.speechVerbs.has(s.lemmas[k]!) || t.lower === s.lemmas[k] || t.lower.endsWith('ing')) return false;
      const prev = tokens[k - 1];
      // "the most clumsily written": a participle after a word of degree or manner describes, it reports nothing.
      const degree = (w: Token | undefined): boolean => w?.kind === 'word' && /^(most|more|less|least)$/.test(w.lower);
      if (degree(prev) || (prev?.kind === 'word' && prev.lower.endsWith('ly') && degree(tokens[k - 2]))) return false;
      // "the five reports", "their posts": a noun after a determiner or a number, not a report.
      if (prev?.kind === 'word' && (this.lexicon.inClass('determiners', prev.lower) || s.values.some((v) => v.kind === 'number' && v.tokenEnd === k))) return false;
      // ("its count of recognising states": after an -ing word that modifies it, a plural noun)
      if (prev?.kind === 'word' && prev.lower.endsWith('ing') && t.lower.endsWith('s')) return false;
      return !(t.lower.endsWith('s') && prev?.kind === 'word' && prev.lower.endsWith('s') && !prev.possessive && !s.mentions.some((m) => m.tokenEnd === k));
    });
    // ("X, according to Y, has no right to ...": the judgement is Y's, reported)
    const attributed = tokens.some((t, k) => !quoted.has(k) && t.lower === 'according' && tokens[k + 1]?.lower === 'to' && s.mentions.some((m) => m.tokenStart >= k + 2 && m.tokenStart <= k + 3));
    // (a judgement inside reported words is the speaker's: "X said the move makes sense" reports it)
    // (but not a phrase that is itself the writer speaking, "I suspect", or holds the verb, "says more about")
    const ownJudgement = (p: string): boolean => /^(i|we|one) /.test(p) || p.split(' ').some((w) => this.lexicon.speechVerbs.has(this.lexicon.lemma(w)));
    if (this.opinionPhrases.some((p) => has(p) && (!reported || ownJudgement(p)))) return 'opinion';
    if (evaluative && !reported && !attributed) return 'opinion';
    // "X looks wildly optimistic", "the move seems premature": a verb of seeming before an adjective is the writer's
    // impression.
    if (!reported && this.seemsAdjective(s, quoted, tail < 0 ? s.tokens.length : tail)) return 'opinion';
    if (!reported && this.advicePhrases.some(has)) return 'advice';
    // "Editors ought to spell it X, whatever the source wrote": advice to an unnamed reader, with words reported only
    // after it ("X must pay, Y said" names who gives it; "Y said X must pay" reports it).
    if (reported && this.adviceBeforeReport(s, quoted)) return 'advice';
    // "The move may backfire", "it could push them closer": a guess, unless negated ("could not veto" is what happened).
    const guess = tokens.some((t, k) => {
      if (quoted.has(k) || t.kind !== 'word' || t.text !== t.lower || !this.lexicon.inClass('speculation-modals', t.lower)) return false;
      // ("X singled out the sectors in which trade could grow": a modal in a relative clause is what the clause says of
      // its noun, not the writer's guess)
      if (tokens.slice(Math.max(0, k - 5), k).some((x) => x.kind === 'word' && /^(which|whom|whose|where)$/.test(x.lower))) return false;
      let j = k + 1;
      while (tokens[j]?.kind === 'word' && this.lexicon.inClass('adverbs', tokens[j]!.lower)) j++;
      const next = tokens[j];
      return next?.kind === 'word' && !this.lexicon.isNegation(next.lower) && this.lexicon.hasLemma('v', s.lemmas[j]!) && next.lower === s.lemmas[j];
    });
    if (guess && !reported) return 'opinion';
    if (this.lexicon.inClass('imperative-starts', first.lower) && first === tokens.find((t) => t.kind === 'word') && !s.mentions.some((m) => m.tokenStart === 0)) return 'advice';
    // "Before deciding which day X acted, compare ...": the same after an opening clause of time or condition.
    const opener = /^(before|after|when|if|until|while|once|to)$/.test(first.lower) && first === tokens.find((t) => t.kind === 'word');
    const comma = opener ? tokens.findIndex((t, k) => t.text === ',' && !quoted.has(k)) : -1;
    // (past an adverb of frequency: "Before quoting X, always check ...")
    let afterAt = comma + 1;
    while (comma >= 0 && tokens[afterAt]?.kind === 'word' && /^(always|first|never|just|then|also)$/.test(tokens[afterAt]!.lower)) afterAt++;
    const afterComma = comma >= 0 ? tokens[afterAt] : undefined;
    if (afterComma?.kind === 'word' && this.lexicon.inClass('imperative-starts', afterComma.lower) && !s.mentions.some((m) => m.tokenStart === afterAt)) return 'advice';
    // "Treat any claim with caution": a bare verb first, then its object's determiner or a pronoun, and no subject.
    const firstAt = tokens.indexOf(first);
    const after = tokens[firstAt + 1];
    // ("Long a matter of dispute, X goes back to 2014": an adjective that opens an aside before a comma)
    const openingAside = this.lexicon.hasLemma('a', first.lower) && tokens.slice(firstAt + 1, firstAt + 7).some((t) => t.text === ',');
    if (
      first === tokens.find((t) => t.kind === 'word') &&
      !openingAside &&
      !s.mentions.some((m) => m.tokenStart === firstAt) &&
      s.lemmas[firstAt] === first.lower &&
      this.lexicon.hasLemma('v', first.lower) &&
      after?.kind === 'word' &&
      // (the demonstratives are determiners too; "Go back to the ...", "Turn to the ...": a particle or preposition first)
      // (or an owner's name: "Treat X's Thursday date with caution")
      (this.objectStart(after) || s.mentions.some((m) => m.tokenStart === firstAt + 1 && tokens[m.tokenEnd]?.possessive === true) || (/^(back|up|out|over|through|to|with|at|into|on)$/.test(after.lower) && (this.objectStart(tokens[firstAt + 2]) || /^(to|at|on|over|through)$/.test(tokens[firstAt + 2]?.lower ?? ''))))
    )
      return 'advice';
    if (text.split(' ').some((w) => this.lexicon.inClass('first-person', w)) && !reported && !s.mentions.length) return 'meta';
    // "I set the X angle aside here", "I have left Y's passages out": the writer, as "I", tells of the piece, whatever
    // names it gives (what others said is still reported: "As I noted, X said ...").
    // (and so does the plural of a newsroom: "We spell it X throughout, except where a report we cite uses Y")
    if (outside.some((t) => t.kind === 'word' && (t.text === 'I' || t.lower === 'we')) && !reported) return 'meta';
    if (!this.hasPredicate(s, quoted, heading)) return 'fragment';
    const anchored = s.mentions.length > 0 || s.values.length > 0;
    return anchored ? 'claim' : 'fragment';
  }

  /** A verb of seeming ("look", "seem", "appear", "sound") before `end`, followed, past adverbs, by an adjective that is no noun or verb. */
  private seemsAdjective(s: AnalyzedSentence, quoted: Set<number>, end: number): boolean {
    const tokens = s.tokens;
    for (let k = 0; k < end; k++) {
      const t = tokens[k]!;
      if (quoted.has(k) || t.kind !== 'word' || !/^(look|seem|appear|sound)$/.test(s.lemmas[k]!) || t.lower === s.lemmas[k] && k > 0 && this.lexicon.inClass('determiners', tokens[k - 1]!.lower)) continue;
      let j = k + 1;
      while (tokens[j]?.kind === 'word' && (this.lexicon.inClass('degree-adverbs', tokens[j]!.lower) || this.lexicon.inClass('adverbs', tokens[j]!.lower) || (tokens[j]!.lower.endsWith('ly') && this.lexicon.hasLemma('r', tokens[j]!.lower)))) j++;
      const a = tokens[j];
      if (a?.kind !== 'word' || quoted.has(j)) continue;
      const lemma = s.lemmas[j]!;
      if (this.lexicon.hasLemma('a', a.lower) && !this.lexicon.hasLemma('n', lemma) && !this.lexicon.hasLemma('v', lemma) && !s.mentions.some((m) => m.tokenStart === j)) return true;
    }
    return false;
  }

  /** An advice modal before any verb of speech, with no name before it (see classify). */
  private adviceBeforeReport(s: AnalyzedSentence, quoted: Set<number>): boolean {
    const tokens = s.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (quoted.has(k) || t.kind !== 'word') continue;
      if (this.lexicon.speechVerbs.has(s.lemmas[k]!) && t.lower !== s.lemmas[k]) return false;
      const two = `${t.lower} ${tokens[k + 1]?.lower ?? ''}`;
      if (!this.lexicon.inClass('advice-modals', t.lower) && !this.lexicon.inClass('advice-modals', two)) continue;
      return !s.mentions.some((m) => m.tokenStart < k);
    }
    return false;
  }

  /** A word that opens an object: a determiner (the demonstratives are determiners too), "it" or "them". */
  private objectStart(t: Token | undefined): boolean {
    return t?.kind === 'word' && (this.lexicon.inClass('determiners', t.lower) || t.lower === 'it' || t.lower === 'them');
  }

  /**
   * A heading states a fact only with a verb after its subject ("X severs ties with Y"); a title that opens with a
   * participle ("Lost in translation: ...") or has no verb at all ("Timeline: ...") states none.
   */
  private hasPredicate(s: AnalyzedSentence, quoted: Set<number>, heading = false): boolean {
    const firstWord = s.tokens.findIndex((t) => t.kind === 'word');
    return s.tokens.some((t, k) => {
      if (t.kind !== 'word' || quoted.has(k) || t.possessive) return false;
      if (heading && k === firstWord) return false;
      if (this.lexicon.inClass('auxiliaries', t.lower) && t.lower !== "'s") return true;
      // "test-fired": a compound whose last part is a past-tense verb.
      const last = t.lower.includes('-') ? t.lower.slice(t.lower.lastIndexOf('-') + 1) : '';
      if (last && /ed$/.test(last) && this.lexicon.hasLemma('v', this.lexicon.lemma(last)) && this.lexicon.lemma(last) !== last) return true;
      const lemma = s.lemmas[k]!;
      if (!this.lexicon.hasLemma('v', lemma)) return false;
      const prev = s.tokens[k - 1];
      // ("X and Y both declared": a quantifier after its subject floats; it determines no noun)
      const floating = prev !== undefined && /^(both|all|each)$/.test(prev.lower) && (s.mentions.some((m) => m.tokenEnd === k - 1) || (s.tokens[k - 2]?.kind === 'word' && this.lexicon.inClass('pronouns', s.tokens[k - 2]!.lower)));
      const afterDeterminer = prev !== undefined && prev.kind === 'word' && this.lexicon.inClass('determiners', prev.lower) && !floating;
      if (afterDeterminer) return false;
      // "open questions": a plural noun after an adjective, not a verb.
      const afterAdjective = prev !== undefined && prev.kind === 'word' && this.lexicon.hasLemma('a', prev.lower) && this.lexicon.hasLemma('n', lemma) && t.lower.endsWith('s');
      if (t.lower !== lemma && !/ing$/.test(t.lower) && !afterAdjective) return true;
      // "the Paris–Rome rupture": a word after a name that follows a determiner is the noun the name describes.
      // (adverbs between the name and the verb are skipped: "X and Y together make up ...")
      let j = k;
      while (j > 0 && s.tokens[j - 1]!.kind === 'word' && !s.mentions.some((m) => m.tokenEnd === j) && this.lexicon.hasLemma('r', s.tokens[j - 1]!.lower) && !this.lexicon.hasLemma('n', s.tokens[j - 1]!.lower)) j--;
      const afterName = s.mentions.find((m) => m.tokenEnd === j);
      // (unless the name ends a list that is the subject: "Both the X and the Y lie in Z")
      const listed = afterName !== undefined && /^(and|or)$/.test(s.tokens[afterName.tokenStart - 2]?.lower ?? '');
      const describes = afterName !== undefined && !listed && s.tokens[afterName.tokenStart - 1]?.kind === 'word' && this.lexicon.inClass('determiners', s.tokens[afterName.tokenStart - 1]!.lower);
      // ("the X leader and the Y president hold a summit": a plain verb after a noun that ends a listed subject, before
      // its object's determiner)
      const next = s.tokens[k + 1];
      // (or a preposition: "Both the X and Y republics lie in Z")
      const listedSubject = prev?.kind === 'word' && this.lexicon.hasLemma('n', this.lexicon.lemma(prev.lower)) && s.tokens.slice(0, k - 1).some((x) => x.lower === 'and') && next?.kind === 'word' && (this.lexicon.inClass('determiners', next.lower) || this.lexicon.inClass('prepositions', next.lower));
      // ("X's foreign minister put pen to paper", "the ministry cut ties": a verb whose past is its plain form, after a
      // noun of office or body that heads the subject)
      const afterOffice = prev?.kind === 'word' && !prev.possessive && (this.lexicon.isRoleNoun(this.lexicon.lemma(prev.lower)) || this.lexicon.inClass('organization-heads', this.lexicon.lemma(prev.lower)));
      return prev !== undefined && ((afterName !== undefined && !describes) || this.lexicon.inClass('pronouns', prev.lower) || listedSubject || afterOffice);
    });
  }
}
