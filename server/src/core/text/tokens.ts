/**
 * Tokenizer and sentence splitter for prose masks.
 *
 * Tokens keep exact offsets. Possessive endings are split off ("Paris's" gives
 * "Paris" + "'s") so they can never become part of a name. Numbers carry their
 * value and any glued unit or ordinal suffix ("6,500km", "24th").
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower case, diacritics folded, curly apostrophes straightened. */
  lower: string;
  /** Whitespace (or a masked character) precedes the token. */
  spaceBefore: boolean;
  /** "'s" or "'" marking possession by the previous word. */
  possessive?: boolean;
  /** Quotation mark role, for punctuation tokens that are quotation marks. */
  quote?: 'open' | 'close';
  /** Numeric value of a number token. */
  value?: number;
  /** Letters glued to a number: "km", "th", "%". */
  suffix?: string;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

const LETTER = /[\p{L}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const CONTRACTION_BASES = new Set(['it', 'he', 'she', 'that', 'what', 'there', 'who', 'let', 'here', 'where', 'how']);

const foldCache = new Map<string, string>();

/** Lower case, no diacritics, straight apostrophes, ASCII hyphens. */
export function fold(s: string): string {
  let r = foldCache.get(s);
  if (r === undefined) {
    r = s
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[’‘`´]/g, "'")
      .replace(/[‐‑‒–]/g, '-');
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(s, r);
  }
  return r;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && LETTER.test(c);
}
function isLetterOrDigit(c: string | undefined): boolean {
  return c !== undefined && LETTER_OR_DIGIT.test(c);
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u200b';
}

const APOSTROPHES = "'’";
const HYPHENS = '-‐‑';

/**
 * Tokenizes `text` (usually a prose mask). Offsets are relative to `text`
 * plus `base`.
 */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = true;
  let openSingle = false;
  const push = (t: Omit<Token, 'lower' | 'spaceBefore'> & { lower?: string }): void => {
    tokens.push({ ...t, lower: t.lower ?? fold(t.text), spaceBefore: space } as Token);
    space = false;
  };
  while (i < n) {
    const c = text[i]!;
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && (isDigit(text[j]) || ((text[j] === ',' || text[j] === '.') && isDigit(text[j + 1])))) j++;
      const digits = text.slice(i, j);
      let k = j;
      while (k < n && isLetter(text[k])) k++;
      if (text[k] === '%') k++;
      const suffix = text.slice(j, k);
      // "2022-07-13" and "1990s" stay one token; "COVID-19" is handled by words.
      const value = Number(/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits) ? digits.replace(/,/g, '') : digits.replace(/,/g, '.'));
      push({ text: text.slice(i, k), start: base + i, end: base + k, kind: 'number', value, ...(suffix ? { suffix: fold(suffix) } : {}) });
      i = k;
      continue;
    }
    if (isLetter(c)) {
      let j = i + 1;
      for (;;) {
        while (j < n && isLetterOrDigit(text[j])) j++;
        const joiner = text[j];
        if (joiner !== undefined && (HYPHENS.includes(joiner) || APOSTROPHES.includes(joiner)) && isLetterOrDigit(text[j + 1])) {
          j += 2;
          continue;
        }
        // Abbreviations written with periods: U.S., e.g.
        if (joiner === '.' && isLetter(text[j + 1]) && text[j + 2] === '.' && j - i <= 2) {
          j += 3;
          while (j < n && isLetter(text[j]) && text[j + 1] === '.') j += 2;
          break;
        }
        break;
      }
      let word = text.slice(i, j);
      // Possessive "'s" split from its word.
      const possessive = /^(.+?)(['’][sS])$/.exec(word);
      if (possessive && possessive[1]!.length >= 1 && isLetterOrDigit(possessive[1]!.slice(-1))) {
        const stem = possessive[1]!;
        push({ text: stem, start: base + i, end: base + i + stem.length, kind: 'word' });
        const isContraction = CONTRACTION_BASES.has(fold(stem));
        push({ text: possessive[2]!, start: base + i + stem.length, end: base + j, kind: 'word', lower: "'s", ...(isContraction ? {} : { possessive: true }) });
        i = j;
        continue;
      }
      push({ text: word, start: base + i, end: base + j, kind: 'word' });
      i = j;
      // Plural possessive: "countries' ".
      const next = text[i];
      if (next !== undefined && APOSTROPHES.includes(next) && /s$/i.test(word) && !isLetterOrDigit(text[i + 1]) && !openSingle) {
        push({ text: text[i]!, start: base + i, end: base + i + 1, kind: 'word', lower: "'", possessive: true });
        i++;
      }
      word = '';
      continue;
    }
    // Punctuation.
    if (c === '.' && text.startsWith('...', i)) {
      push({ text: '...', start: base + i, end: base + i + 3, kind: 'punct', lower: '…' });
      i += 3;
      continue;
    }
    if ((c === '-' || c === '—' || c === '–') && text[i + 1] === c) {
      let j = i + 1;
      while (text[j] === c) j++;
      push({ text: text.slice(i, j), start: base + i, end: base + j, kind: 'punct', lower: '—' });
      i = j;
      continue;
    }
    let quote: 'open' | 'close' | undefined;
    if (c === '“' || c === '«' || c === '„') quote = 'open';
    else if (c === '”' || c === '»') quote = 'close';
    else if (c === '"') quote = space || tokens.length === 0 || /[([{—–-]/.test(tokens[tokens.length - 1]!.text) ? 'open' : 'close';
    else if (c === '‘') {
      quote = 'open';
      openSingle = true;
    } else if (c === "'" || c === '’') {
      if ((space || tokens.length === 0) && isLetterOrDigit(text[i + 1])) {
        quote = 'open';
        openSingle = true;
      } else {
        quote = 'close';
        openSingle = false;
      }
    }
    push({ text: c, start: base + i, end: base + i + 1, kind: 'punct', lower: c, ...(quote ? { quote } : {}) });
    i++;
  }
  return tokens;
}

/** Abbreviations that end with a period but do not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cmdr adm maj gov sen rep rev st sr jr mt ft ave blvd no nos vs etc ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept est approx fig al pres ' +
    'mon tue tues wed thu thur thurs fri'
  ).split(' '),
);

const TERMINAL = new Set(['.', '!', '?', '…', '...']);
const CLOSERS = new Set([')', ']', '"', '”', '’', "'", '»']);

/** True when a period after `word` is part of an abbreviation or initial. */
function isAbbreviation(word: Token): boolean {
  if (word.kind !== 'word') return false;
  if (word.text.endsWith('.')) return true;
  if (ABBREVIATIONS.has(word.lower)) return true;
  return word.text.length === 1 && /\p{Lu}/u.test(word.text);
}

/** Splits a token list into sentences. */
export function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const emit = (to: number): void => {
    if (to <= from) return;
    const slice = tokens.slice(from, to);
    sentences.push({ start: slice[0]!.start, end: slice[slice.length - 1]!.end, tokens: slice });
    from = to;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'punct' || !TERMINAL.has(t.text)) continue;
    if (t.text === '.' && k > 0 && !tokens[k]!.spaceBefore && isAbbreviation(tokens[k - 1]!)) continue;
    let end = k + 1;
    while (end < tokens.length && tokens[end]!.kind === 'punct' && (CLOSERS.has(tokens[end]!.text) || TERMINAL.has(tokens[end]!.text)) && !tokens[end]!.spaceBefore) end++;
    const next = tokens[end];
    if (next === undefined) {
      emit(end);
      continue;
    }
    const startsSentence =
      /^[\p{Lu}\p{N}]/u.test(next.text) || next.quote === 'open' || next.text === '(' || next.text === '[' || next.text === '•' || next.text === '-';
    if (startsSentence && (next.spaceBefore || CLOSERS.has(tokens[end - 1]!.text))) {
      emit(end);
      k = end - 1;
    }
  }
  emit(tokens.length);
  return sentences;
}
