/**
 * Finds names in a sentence: runs of capitalized words joined by name
 * connectors ("Ministry of Foreign Affairs"), acronyms ("DPRK"), and
 * demonyms inside compounds ("French-built" mentions France's demonym).
 *
 * Possessive endings are never part of a name ("Paris's" is Paris), except
 * inside a name whose possessor is a common noun ("People's Party
 * Alliance"). Leading titles and roles ("President", "spokesman") are split
 * off and kept as the mention's role.
 */
import type { Lexicon } from '../lexicon/lexicon';
import { isCalendarWord } from '../text/calendar';
import type { Token } from '../text/tokens';

export type MentionKind = 'name' | 'acronym' | 'demonym';
export type EntityType = 'person' | 'place' | 'organization' | 'other';

/** Votes for what a mention names, from the words in and around it. */
export interface TypeVotes {
  person: number;
  place: number;
  organization: number;
}

export interface Mention {
  kind: MentionKind;
  /** Token indices in the sentence, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  /** The name as written (inner whitespace collapsed). */
  surface: string;
  /** Folded key: lower case, no diacritics, hyphens as spaces, no periods. */
  key: string;
  votes: TypeVotes;
  /** Lower-cased role words written before the name ("spokesman", "president"). */
  role?: string;
  /** Demonyms: the place they refer to (folded), when the lexicon knows it. */
  refersTo?: string;
}

/** Folded key under which spellings differing only in case, hyphens, periods or spacing meet. */
export function nameKey(surface: string): string {
  return surface
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[-‐‑‒–\s]+/g, ' ')
    .trim();
}

const UPPER_START = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,6}$/u;
const PARTICLE_PREFIX = /^(al|el|ad|ash|as|at|az|ibn|bin|ben|abu|da|de|di|du|van|von|der|le|la)-\p{Lu}/u;

function isCapitalized(t: Token): boolean {
  return t.kind === 'word' && !t.possessive && (UPPER_START.test(t.text) || PARTICLE_PREFIX.test(t.text));
}

function emptyVotes(): TypeVotes {
  return { person: 0, place: 0, organization: 0 };
}

export class MentionFinder {
  private readonly placeHeads: ReadonlySet<string>;
  private readonly orgHeads: ReadonlySet<string>;
  private readonly placePrepositions: ReadonlySet<string>;
  private readonly speakerVerbs: ReadonlySet<string>;
  private readonly particles: ReadonlySet<string>;

  /**
   * @param knownName names known beyond the lexicon (a draft's finder knows the corpus's names),
   *   so that "Ri Kwang Su" at the start of a sentence keeps its first word.
   */
  constructor(
    private readonly lexicon: Lexicon,
    private readonly knownName: (key: string) => boolean = () => false,
  ) {
    this.placeHeads = lexicon.classWords('place-heads');
    this.orgHeads = lexicon.classWords('organization-heads');
    this.placePrepositions = lexicon.classWords('place-prepositions');
    this.speakerVerbs = lexicon.classWords('speaker-verbs');
    this.particles = lexicon.classWords('name-particles');
  }

  /** True if the word is ordinary English and not a known proper name. */
  private isCommonWord(lower: string): boolean {
    if (this.lexicon.isFunctionWord(lower) || /'(t|ll|re|ve|d|m)$/.test(lower)) return true;
    const tags = this.lexicon.nameTags(lower);
    if (/[CTRD]/.test(tags)) return false;
    return this.lexicon.isKnownWord(lower) && !/[FL]/.test(tags);
  }

  /** Titles and roles written before names: "President", "spokesman", "ambassador". */
  isRoleWord(lower: string): boolean {
    const tags = this.lexicon.nameTags(lower);
    if (tags.includes('H')) return true;
    if (tags || lower.length < 3 || this.lexicon.isFunctionWord(lower)) return false;
    const lemma = this.lexicon.lemma(lower);
    // Singular office or occupation nouns that are not also adjectives ("official"), and the words for the one who
    // leads a body, which are ("chief").
    return lemma === lower && this.lexicon.isRoleNoun(lemma) && (!this.lexicon.hasLemma('a', lemma) || this.lexicon.inClass('leading-offices', lemma));
  }

  private isTimeWord(lower: string): boolean {
    return isCalendarWord(lower) || this.lexicon.nounCategory(this.lexicon.lemma(lower)) === 'time';
  }

  private isKnownPlace(key: string): boolean {
    return /[CTR]/.test(this.lexicon.nameTags(key)) || this.lexicon.capitalOf(key) !== undefined;
  }

  /** Finds the mentions in one sentence's tokens. */
  find(tokens: readonly Token[]): Mention[] {
    const mentions: Mention[] = [];
    const words = tokens.filter((t) => t.kind === 'word' && !t.possessive);
    const letters = words.filter((t) => /\p{L}/u.test(t.text));
    if (letters.length >= 3 && letters.every((t) => t.text === t.text.toUpperCase())) return mentions; // shouting
    const capitalized = letters.filter((t) => UPPER_START.test(t.text)).length;
    // Title case capitalizes small words and verbs too ("Cuts Off ... After ... To"); names do not.
    const titleCaseMarker = letters.slice(1).some(
      (t) => UPPER_START.test(t.text) && !ACRONYM.test(t.text) && (this.lexicon.isFunctionWord(t.lower) || (/(s|ed|ing)$/.test(t.lower) && this.lexicon.posOf(this.lexicon.lemma(t.lower)).includes('v') && this.lexicon.lemma(t.lower) !== t.lower)),
    );
    const headline = letters.length >= 4 && capitalized / letters.length >= 0.75 && titleCaseMarker;

    const firstWordIndex = tokens.findIndex((t) => t.kind === 'word');
    const isSentenceInitial = (k: number): boolean => {
      if (k === firstWordIndex) return true;
      const prev = tokens[k - 1];
      return prev !== undefined && prev.kind === 'punct' && (prev.quote === 'open' || prev.text === ':' || prev.text === '•' || prev.text === '(' || prev.text === '[' || prev.text === '—' || prev.text === '-');
    };
    const namePart = (k: number): boolean => {
      const t = tokens[k];
      if (!t || !isCapitalized(t)) return false;
      if (headline && this.isCommonWord(t.lower) && !ACRONYM.test(t.text)) return false;
      return true;
    };

    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || t.possessive) {
        i++;
        continue;
      }
      // Compounds with a demonym or place: "French-built", "pro-European", "US-led".
      if (t.text.includes('-') && !PARTICLE_PREFIX.test(t.text)) {
        const compound = this.compoundMention(t, tokens, i);
        if (compound) {
          mentions.push(compound);
          i++;
          continue;
        }
      }
      if (!namePart(i)) {
        i++;
        continue;
      }
      // Grow the run.
      let j = i + 1;
      for (;;) {
        const next = tokens[j];
        if (!next) break;
        if (namePart(j)) {
          j++;
          continue;
        }
        if (next.kind === 'word' && next.possessive && next.lower === "'s" && namePart(j + 1) && this.joinsPossessive(tokens, i, j)) {
          j += 2;
          continue;
        }
        if (next.kind === 'word' && !namePart(j) && (next.lower === 'of' || next.lower === 'for' || this.particles.has(next.lower))) {
          // "Ministry of Foreign Affairs", "Republic of Korea": the word before "of" or "for" is a common noun that heads the
          // name. After a person's or a place's name the connector starts a phrase of its own ("a message to X for Y's day").
          if ((next.lower === 'of' || next.lower === 'for') && !this.headsName(tokens[j - 1]!)) break;
          let k = j + 1;
          if (tokens[k]?.lower === 'the') k++;
          if (namePart(k) && !headline) {
            j = k + 1;
            continue;
          }
        }
        if (next.kind === 'word' && (next.lower === 'and' || next.text === '&' || next.lower === 'in') && namePart(j + 1) && this.hasOrgHead(tokens, i, j)) {
          j += 2;
          continue;
        }
        break;
      }
      this.emit(tokens, i, j, isSentenceInitial(i), mentions);
      i = j;
    }
    return mentions;
  }

  /** A capitalized common noun that can head a longer name ("Ministry", "Bank", "Affairs"); not a person's or place's name. */
  private headsName(t: Token): boolean {
    if (/[FLPCTR]/.test(this.lexicon.nameTags(t.lower) ?? '')) return false;
    return this.lexicon.hasLemma('n', this.lexicon.lemma(t.lower)) || ACRONYM.test(t.text);
  }

  /** "People's Republic": the possessor is a common noun, so the possessive is inside the name. */
  private joinsPossessive(tokens: readonly Token[], from: number, possessiveAt: number): boolean {
    const owner = tokens[possessiveAt - 1]!;
    if (possessiveAt - 1 < from) return false;
    const lower = owner.lower;
    if (ACRONYM.test(owner.text)) return false;
    if (this.lexicon.nameTags(lower)) return false;
    return this.lexicon.isKnownWord(lower) && this.lexicon.nounCategory(this.lexicon.lemma(lower)) === 'person';
  }

  private hasOrgHead(tokens: readonly Token[], from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.orgHeads.has(tokens[k]!.lower)) return true;
    return false;
  }

  private compoundMention(t: Token, tokens: readonly Token[], index: number): Mention | undefined {
    const parts = t.text.split(/[-‐‑]/);
    let offset = t.start;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      const lower = part.toLowerCase();
      const others = parts.filter((_, q) => q !== p);
      const othersCommon = others.every((o) => o.length >= 3 && o === o.toLowerCase() && this.lexicon.isKnownWord(o.toLowerCase()));
      if (UPPER_START.test(part) && othersCommon) {
        const tags = this.lexicon.nameTags(lower);
        const isDemonym = tags.includes('D') || this.lexicon.pertainym(lower) !== undefined;
        if (isDemonym || /[CTRO]/.test(tags) || ACRONYM.test(part)) {
          const m: Mention = {
            kind: isDemonym ? 'demonym' : ACRONYM.test(part) ? 'acronym' : 'name',
            tokenStart: index,
            tokenEnd: index + 1,
            start: offset,
            end: offset + part.length,
            surface: part,
            key: nameKey(part),
            votes: emptyVotes(),
          };
          if (isDemonym) {
            const place = this.lexicon.pertainym(lower);
            if (place) m.refersTo = place;
            m.votes.place += 1;
          } else if (/[CTR]/.test(tags)) m.votes.place += 2;
          else m.votes.organization += 1;
          void tokens;
          return m;
        }
      }
      offset += part.length + 1;
    }
    return undefined;
  }

  /** Trims titles, roles and sentence-initial common words from a run and records it. */
  private emit(tokens: readonly Token[], from: number, to: number, sentenceInitial: boolean, out: Mention[]): void {
    let start = from;
    let end = to;
    // Trim trailing connectors and possessive markers.
    while (end > start && (!isCapitalized(tokens[end - 1]!) || tokens[end - 1]!.possessive)) end--;
    // Sentence-initial ordinary word ("Meanwhile", "The", "Last"): not a name unless it begins a known name.
    const roleWords: string[] = [];
    while (start < end) {
      const first = tokens[start]!;
      // "French President Jane Doe", "French AFP": the demonym is a mention of its own.
      if (
        end - start >= 2 &&
        this.lexicon.nameTags(first.lower).includes('D') &&
        ((end - start > 2 && this.isRoleWord(tokens[start + 1]!.lower)) || (end - start === 2 && ACRONYM.test(tokens[start + 1]!.text)))
      ) {
        this.record(tokens, start, start + 1, [], out);
        start++;
        continue;
      }
      const restKey = nameKey(tokens.slice(start, end).map((t) => t.text).join(' '));
      if (this.lexicon.nameTags(restKey) || this.knownName(restKey)) break;
      // "North X", "West Y" opening a sentence: a point of the compass before a capitalized word begins a name.
      if (end - start >= 2 && this.lexicon.inClass('compass-words', first.lower)) break;
      if (this.isRoleWord(first.lower) && end - start > 1) {
        roleWords.push(first.lower);
        start++;
        continue;
      }
      // "Foreign Minister Sergei Lavrov": an adjective before a role word.
      if (end - start > 2 && this.isRoleWord(tokens[start + 1]!.lower) && this.isCommonWord(first.lower) && !this.lexicon.nameTags(first.lower)) {
        roleWords.push(first.lower, tokens[start + 1]!.lower);
        start += 2;
        continue;
      }
      if (this.lexicon.isFunctionWord(first.lower) || ((start === from && sentenceInitial) && this.isCommonWord(first.lower) && !ACRONYM.test(first.text))) {
        start++;
        while (start < end && !isCapitalized(tokens[start]!)) start++;
        continue;
      }
      break;
    }
    if (start >= end) return;
    // A run that is only role words ("Foreign Minister") names no one.
    const span = tokens.slice(start, end);
    if (span.every((t) => this.isRoleWord(t.lower) || this.isCommonWord(t.lower)) && span.length > 0) {
      const last = span[span.length - 1]!;
      if (this.isRoleWord(last.lower) || (span.length === 1 && !ACRONYM.test(last.text) && this.lexicon.isFunctionWord(last.lower))) return;
    }
    // A title inside the run starts a new name: "Lyon Region Governor Jean Martin".
    // "French Foreign Minister Jean Martin": the adjective belongs to the title.
    for (let k = start + 1; k < end - 1; k++) {
      if (this.isRoleWord(tokens[k]!.lower)) {
        let roleStart = k;
        const adjective = (t: Token): boolean =>
          this.isCommonWord(t.lower) && !this.lexicon.nameTags(t.lower) && this.lexicon.hasLemma('a', this.lexicon.lemma(t.lower)) && !this.placeHeads.has(t.lower) && !this.orgHeads.has(t.lower);
        while (roleStart - 1 > start && adjective(tokens[roleStart - 1]!)) roleStart--;
        this.record(tokens, start, roleStart, roleWords, out);
        let personStart = k;
        const roles: string[] = tokens.slice(roleStart, k).map((t) => t.lower);
        while (personStart < end - 1 && this.isRoleWord(tokens[personStart]!.lower)) roles.push(tokens[personStart++]!.lower);
        this.record(tokens, personStart, end, [roles.join(' ')], out);
        return;
      }
    }
    // Split a place from a person name written right after it:
    // "... of France Jean Martin" is the ministry of France, then a person.
    for (let k = start + 1; k < end - 1; k++) {
      const before = nameKey(tokens.slice(start, k).map((t) => t.text).join(' '));
      const lastWord = tokens[k - 1]!.lower;
      const next = tokens[k]!;
      if (
        tokens[k - 1]!.kind === 'word' &&
        lastWord.length >= 3 &&
        tokens.slice(start, k).some((t) => t.lower === 'of' || t.lower === 'for') &&
        (this.isKnownPlace(lastWord) || this.isKnownPlace(before)) &&
        !this.placeHeads.has(next.lower) &&
        !this.orgHeads.has(next.lower) &&
        end - k >= 2 &&
        tokens.slice(k, end).every((t) => isCapitalized(t))
      ) {
        this.record(tokens, start, k, [], out);
        this.record(tokens, k, end, roleWords, out);
        return;
      }
    }
    this.record(tokens, start, end, roleWords, out);
  }

  private record(tokens: readonly Token[], start: number, end: number, roleWords: string[], out: Mention[]): void {
    const span = tokens.slice(start, end);
    let surface = '';
    for (const t of span) surface += (surface && t.spaceBefore ? ' ' : '') + t.text;
    const key = nameKey(surface);
    if (!key || !/\p{L}/u.test(key)) return;
    if (span.length === 1 && this.isTimeWord(span[0]!.lower)) return;
    const acronym = span.length === 1 && ACRONYM.test(span[0]!.text);
    const lowerSingle = span.length === 1 ? span[0]!.lower : '';
    const tags = this.lexicon.nameTags(key);
    // ("the Bolivians": a plural demonym names its place too)
    const pertains = span.length === 1 ? this.lexicon.pertainym(lowerSingle) ?? (lowerSingle.endsWith('s') ? this.lexicon.pertainym(lowerSingle.slice(0, -1)) : undefined) : undefined;
    const demonym = span.length === 1 && (tags.includes('D') || (pertains !== undefined && !/[CTRFL]/.test(tags)));
    const mention: Mention = {
      kind: demonym ? 'demonym' : acronym ? 'acronym' : 'name',
      tokenStart: start,
      tokenEnd: end,
      start: span[0]!.start,
      end: span[span.length - 1]!.end,
      surface,
      key,
      votes: this.votes(tokens, start, end, tags, roleWords),
    };
    if (roleWords.length) mention.role = roleWords.join(' ').trim();
    if (demonym) {
      if (pertains) mention.refersTo = pertains;
    } else if (span.length >= 2) {
      // "South African(s)": a demonym of a multi-word place.
      const lastLower = span[span.length - 1]!.lower.replace(/s$/, '');
      const place = this.lexicon.pertainym(lastLower);
      if (place) {
        const prefix = span.slice(0, -1).map((t) => t.lower).join(' ');
        const full = `${prefix} ${place}`;
        if (/[CTR]/.test(this.lexicon.nameTags(full))) {
          mention.kind = 'demonym';
          mention.refersTo = full;
        }
      }
    }
    out.push(mention);
  }

  private votes(tokens: readonly Token[], start: number, end: number, tags: string, roleWords: string[]): TypeVotes {
    const v = emptyVotes();
    const span = tokens.slice(start, end);
    const first = span[0]!;
    const last = span[span.length - 1]!;
    if (/[CTR]/.test(tags)) v.place += 3;
    if (tags.includes('O')) v.organization += 3;
    if (/[FLP]/.test(tags) && span.length === 1) v.person += 1;
    if (/F/.test(this.lexicon.nameTags(first.lower)) && span.length >= 2) v.person += 2;
    if (/L/.test(this.lexicon.nameTags(last.lower)) && span.length >= 2) v.person += 1;
    if (roleWords.length) v.person += 3;
    // The head of "Ministry of Foreign Affairs of France" is "Ministry".
    const ofAt = span.findIndex((t, k) => k > 0 && t.lower === 'of');
    const headToken = ofAt > 0 ? span[ofAt - 1]! : last;
    const head = headToken.text.length >= 3 && !ACRONYM.test(headToken.text) ? headToken.lower : '';
    if (!head) {
      // no head noun to read
    } else if (this.placeHeads.has(head)) v.place += 2;
    else if (this.orgHeads.has(head) || this.lexicon.nounCategory(this.lexicon.lemma(head)) === 'organization') v.organization += 2;
    else if (span.length > 1 && this.lexicon.nounCategory(this.lexicon.lemma(head)) === 'location') v.place += 2;
    if (span.length === 1 && ACRONYM.test(first.text)) v.organization += 1;
    // Names made only of words no dictionary knows, two or three of them: a person.
    if (span.length >= 2 && span.length <= 4 && span.every((t) => !this.lexicon.isKnownWord(t.lower) || /[FL]/.test(this.lexicon.nameTags(t.lower)))) v.person += 1;
    // Context before.
    const prev = tokens[start - 1];
    if (prev && prev.kind === 'word' && !prev.possessive) {
      if (this.placePrepositions.has(prev.lower)) v.place += 1;
      // "the Pentagon", "the Vatican": one word no dictionary calls a name, after "the", is a body, not a person.
      if (prev.lower === 'the' && span.length === 1 && !/[FLP]/.test(tags)) v.organization += 2;
      if (this.isRoleWord(prev.lower)) v.person += 2;
    }
    // Context after: "X said", "X, a spokesman", "X's government".
    const next = tokens[end];
    if (next && next.kind === 'word' && this.speakerVerbs.has(next.lower)) {
      v.person += 1;
      v.organization += 1;
    }
    // "... ambassador to Paris, Ri Kwang-su": a name in apposition to a role.
    if (prev?.text === ',') {
      for (let k = start - 2; k >= Math.max(0, start - 6); k--) {
        if (tokens[k]!.kind === 'word' && this.isRoleWord(tokens[k]!.lower)) {
          v.person += 2;
          break;
        }
      }
    }
    // "X, the leader of Y": a person in apposition, unless X is the object of a preposition ("in a post on X, the leader ...").
    const afterPreposition = prev?.kind === 'word' && this.lexicon.isFunctionWord(prev.lower) && !/^(and|or|but|the)$/.test(prev.lower);
    if (!afterPreposition && next?.text === ',' && tokens[end + 1] && /^(a|an|the)$/.test(tokens[end + 1]!.lower) && tokens[end + 2] && this.isRoleWord(tokens[end + 2]!.lower)) v.person += 2;
    if (next?.possessive) {
      const owned = tokens[end + 1];
      if (owned && /^(capital|government|president|ministry|army|military|forces|embassy|territory|borders?|sovereignty|leader|economy|people)$/.test(owned.lower)) v.place += 1;
    }
    return v;
  }
}
