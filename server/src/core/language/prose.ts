/**
 * Language analysis of one block of prose: sentences, lemmas, names with
 * their roles, numbers and dates, abbreviations defined in the text, and
 * quotations. The same analysis serves corpus articles and drafts.
 */
import { MentionFinder, type Mention } from '../entities/mentions';
import type { Lexicon } from '../lexicon/lexicon';
import type { BlockKind } from '../text/markdown';
import { splitSentences, tokenize, type Token } from '../text/tokens';
import { findValues, type ValueMention } from './values';

export interface Definition {
  /** Folded key of the full name. */
  long: string;
  /** Folded key of the abbreviation or second name. */
  short: string;
  kind: 'acronym' | 'gloss';
}

export interface RoleLink {
  /** Index of the person mention in the sentence. */
  mention: number;
  /** Role words, lower case: "spokesman", "foreign minister". */
  role: string;
  /** Key of the organization or place the role belongs to. */
  affiliation?: string;
}

export interface AnalyzedSentence {
  start: number;
  end: number;
  tokens: Token[];
  /** Per token: lemma for words, '#<value>' for numbers, '' for punctuation. */
  lemmas: string[];
  mentions: Mention[];
  values: ValueMention[];
  definitions: Definition[];
  roles: RoleLink[];
  /** Mention index pairs written as a list: "Lyon and Nantes". */
  coordinations: [number, number][];
}

export interface Quotation {
  /** Offsets of the quoted words (inside the quotation marks). */
  start: number;
  end: number;
  /** Offsets including the quotation marks. */
  outerStart: number;
  outerEnd: number;
  /** Sentence (index in the block) where the quotation opens. */
  sentence: number;
  /** Index of the opening mark in that sentence's tokens. */
  openToken: number;
  /** Sentence and token index of the closing mark. */
  closeSentence: number;
  closeToken: number;
  double: boolean;
}

export interface AnalyzedBlock {
  kind: BlockKind;
  start: number;
  end: number;
  sentences: AnalyzedSentence[];
  quotations: Quotation[];
}

const DOUBLE_QUOTES = new Set(['"', '“', '”', '„', '«', '»']);

const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,6}$/u;

/** Initials of the capitalized words of a name: "People's Party Alliance" -> "ppa". */
export function initials(surface: string): string {
  return surface
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

export class ProseAnalyzer {
  readonly mentionFinder: MentionFinder;

  /** `knownName`: names known beyond the lexicon, such as the corpus's names for a draft. */
  constructor(
    readonly lexicon: Lexicon,
    knownName?: (key: string) => boolean,
  ) {
    this.mentionFinder = new MentionFinder(lexicon, knownName);
  }

  /** Analyzes one block's prose mask. `base` is the offset of the mask in the document. */
  analyzeBlock(prose: string, base: number, kind: BlockKind): AnalyzedBlock {
    const tokens = tokenize(prose, base);
    const sentences = splitSentences(tokens).map((s) => this.analyzeSentence(s.tokens));
    return {
      kind,
      start: base,
      end: base + prose.length,
      sentences,
      quotations: findQuotations(sentences),
    };
  }

  analyzeSentence(tokens: Token[]): AnalyzedSentence {
    // A possessive "'s" is no form of "be" ("Oslo's break with X was ..." has one "be").
    const lemmas = tokens.map((t) => (t.kind === 'word' ? (t.possessive ? "'s" : this.lexicon.lemma(t.lower)) : t.kind === 'number' ? `#${t.value}` : ''));
    const mentions = this.mentionFinder.find(tokens);
    const values = findValues(tokens, this.lexicon);
    return {
      start: tokens[0]?.start ?? 0,
      end: tokens[tokens.length - 1]?.end ?? 0,
      tokens,
      lemmas,
      mentions,
      values,
      definitions: findDefinitions(tokens, mentions),
      roles: this.findRoles(tokens, mentions),
      coordinations: findCoordinations(tokens, mentions),
    };
  }

  /** Roles written around person names: "NGO leader Jane Doe", "Jean Martin, a spokesman for ...". */
  private findRoles(tokens: readonly Token[], mentions: readonly Mention[]): RoleLink[] {
    const links: RoleLink[] = [];
    const isRole = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && this.mentionFinder.isRoleWord(t.lower);
    const mentionAt = (k: number): number => mentions.findIndex((m) => m.tokenStart <= k && k < m.tokenEnd);
    const personLike = (m: Mention): boolean => m.votes.person >= m.votes.place && m.votes.person >= m.votes.organization;
    /** Role words ending at token k, with an adjective before them: "foreign minister". */
    const roleEndingAt = (k: number): { role: string; first: number } => {
      const adjective = tokens[k - 1];
      if (adjective && adjective.kind === 'word' && !adjective.possessive && mentionAt(k - 1) < 0 && !this.lexicon.isFunctionWord(adjective.lower) && this.lexicon.hasLemma('a', this.lexicon.lemma(adjective.lower))) {
        return { role: `${adjective.lower} ${tokens[k]!.lower}`, first: k - 1 };
      }
      return { role: tokens[k]!.lower, first: k };
    };
    /** The owner written before a role: "NGO leader", "France's ambassador". */
    const ownerBefore = (first: number): string | undefined => {
      let j = first - 1;
      if (tokens[j]?.possessive) j--;
      const owner = mentionAt(j);
      return owner >= 0 ? mentions[owner]!.key : undefined;
    };
    mentions.forEach((m, index) => {
      if (m.kind !== 'name' || !personLike(m)) return;
      if (m.role) {
        const affiliation = ownerBefore(m.tokenStart);
        links.push({ mention: index, role: m.role, ...(affiliation ? { affiliation } : {}) });
        return;
      }
      // Left: "<owner>('s)? <adj>? ROLE ,? NAME" or "ROLE of (the)? <words> ORG (ACR)? , NAME".
      let k = m.tokenStart - 1;
      if (tokens[k]?.text === ',') k--;
      if (isRole(tokens[k])) {
        const { role, first } = roleEndingAt(k);
        const affiliation = ownerBefore(first);
        links.push({ mention: index, role, ...(affiliation ? { affiliation } : {}) });
        return;
      }
      if (tokens[m.tokenStart - 1]?.text === ',') {
        // Skip back over one organization or place (and its abbreviation in brackets) to "ROLE of".
        let j = m.tokenStart - 2;
        if (tokens[j]?.text === ')' && tokens[j - 2]?.text === '(') j -= 3;
        const orgIndex = mentionAt(j);
        if (orgIndex >= 0) {
          const org = mentions[orgIndex]!;
          let r = org.tokenStart - 1;
          while (r > 0 && tokens[r]!.kind === 'word' && !isRole(tokens[r]) && r > org.tokenStart - 4 && mentionAt(r) < 0 && tokens[r]!.lower !== 'of' && tokens[r]!.lower !== 'for' && tokens[r]!.lower !== 'to') r--;
          if (tokens[r] && /^(of|for|to)$/.test(tokens[r]!.lower) && isRole(tokens[r - 1])) {
            const { role, first } = roleEndingAt(r - 1);
            const owner = ownerBefore(first);
            const affiliation = tokens[r]!.lower === 'to' && owner ? owner : org.key;
            links.push({ mention: index, role, affiliation });
            return;
          }
        }
      }
      // Right: "NAME, (a|an|the)? <adj>? ROLE (for|of|at) <org>".
      // (or said with a copula: "NAME is a spokesman for <org>")
      k = m.tokenEnd;
      const copula = /^(is|was|remains)$/.test(tokens[k]?.lower ?? '') && /^(a|an|the)$/.test(tokens[k + 1]?.lower ?? '');
      if (tokens[k]?.text !== ',' && !copula) return;
      k++;
      // "NAME, who leads the X,": a verb of leading in an aside gives the office of the one who leads.
      if (tokens[k]?.lower === 'who' && tokens[k + 1]?.kind === 'word' && this.lexicon.inClass('leading-verbs', this.lexicon.lemma(tokens[k + 1]!.lower))) {
        const org = mentions.find((o) => o.tokenStart > k + 1 && o.tokenStart <= k + 6);
        if (org && !personLike(org)) links.push({ mention: index, role: 'leader', affiliation: org.key });
        return;
      }
      // ("NAME, who is Norway's foreign minister,": the same office said in a relative clause)
      if (tokens[k]?.lower === 'who' && /^(is|was)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
      if (tokens[k] && /^(a|an|the)$/.test(tokens[k]!.lower)) k++;
      // "NAME, Norway's foreign minister": an owner with a possessive before the role is its body.
      let owner: string | undefined;
      const ownerAt = mentionAt(k);
      if (ownerAt >= 0 && mentions[ownerAt]!.tokenStart === k && tokens[mentions[ownerAt]!.tokenEnd]?.possessive) {
        owner = mentions[ownerAt]!.key;
        k = mentions[ownerAt]!.tokenEnd + 1;
      }
      let role = '';
      // Up to two words before the office ("deputy foreign minister").
      for (let n = 0; n < 2 && tokens[k] && tokens[k]!.kind === 'word' && !isRole(tokens[k]) && mentionAt(k) < 0 && (isRole(tokens[k + 1]) || (n === 0 && tokens[k + 1]?.kind === 'word' && isRole(tokens[k + 2]) && mentionAt(k + 1) < 0)); n++) {
        role += `${tokens[k]!.lower} `;
        k++;
      }
      if (!isRole(tokens[k])) return;
      role += tokens[k]!.lower;
      const org = /^(for|of|at|to|with)$/.test(tokens[k + 1]?.lower ?? '') ? mentions.find((o) => o.tokenStart > k && o.tokenStart <= k + 5) : undefined;
      // "On Twitter, the leader of the NGO, Jane Doe, said": the role is Doe's.
      if (mentions.some((o) => o !== m && o !== org && o.kind === 'name' && personLike(o) && o.tokenStart > k && o.tokenStart <= k + 12)) return;
      // "X, Y's ambassador to Z": the place after "to" is where the office is held, not whose it is.
      const affiliation = tokens[k + 1]?.lower === 'to' ? owner : (org?.key ?? owner);
      links.push({ mention: index, role, ...(affiliation ? { affiliation } : {}) });
    });
    return links;
  }
}

function findCoordinations(tokens: readonly Token[], mentions: readonly Mention[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    const between = tokens.slice(a.tokenEnd, b.tokenStart).map((t) => t.lower);
    if (between.length >= 1 && between.length <= 2 && between.every((w) => w === 'and' || w === 'or' || w === ',')) pairs.push([i, i + 1]);
  }
  return pairs;
}

/** "Harbour Trust Ltd (HTL)", "ROK [South Korea]". */
function findDefinitions(tokens: readonly Token[], mentions: readonly Mention[]): Definition[] {
  const defs: Definition[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    const open = tokens[a.tokenEnd];
    if (!open || b.tokenStart !== a.tokenEnd + 1 || (open.text !== '(' && open.text !== '[')) continue;
    const close = tokens[b.tokenEnd];
    if (!close || close.text !== (open.text === '(' ? ')' : ']')) continue;
    if (a.kind === 'demonym' || b.kind === 'demonym') continue;
    const aAcronym = ACRONYM.test(a.surface);
    const bAcronym = ACRONYM.test(b.surface);
    if (bAcronym && !aAcronym && initials(a.surface).startsWith(b.key.replace(/\s/g, '').slice(0, 2))) defs.push({ long: a.key, short: b.key, kind: 'acronym' });
    else if (aAcronym && !bAcronym && initials(b.surface).startsWith(a.key.slice(0, 2))) defs.push({ long: b.key, short: a.key, kind: 'acronym' });
    else if (open.text === '[') defs.push({ long: b.key, short: a.key, kind: 'gloss' });
  }
  return defs;
}

function findQuotations(sentences: readonly AnalyzedSentence[]): Quotation[] {
  const quotations: Quotation[] = [];
  const stack: { s: number; k: number; token: Token; double: boolean }[] = [];
  sentences.forEach((sentence, s) => {
    sentence.tokens.forEach((t, k) => {
      if (t.kind !== 'punct' || !t.quote) return;
      const double = DOUBLE_QUOTES.has(t.text);
      if (t.quote === 'open') {
        stack.push({ s, k, token: t, double });
        return;
      }
      for (let i = stack.length - 1; i >= 0; i--) {
        const open = stack[i]!;
        if (open.double !== double) continue;
        stack.length = i;
        if (t.start - open.token.end >= 2) {
          quotations.push({
            start: open.token.end,
            end: t.start,
            outerStart: open.token.start,
            outerEnd: t.end,
            sentence: open.s,
            openToken: open.k,
            closeSentence: s,
            closeToken: k,
            double,
          });
        }
        return;
      }
    });
  });
  return quotations.sort((a, b) => a.start - b.start);
}
