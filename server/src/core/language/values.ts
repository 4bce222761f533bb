/**
 * Numbers, ordinals, years, weekdays and calendar dates in a sentence, with
 * the noun they count ("three days", "6,500km", "third country").
 */
import type { Lexicon } from '../lexicon/lexicon';
import { cardinalWordValue, monthNumber, ordinalValue, scaleValue, weekdayNumber } from '../text/calendar';
import type { Token } from '../text/tokens';

export type ValueKind = 'number' | 'ordinal' | 'year' | 'weekday' | 'date' | 'month';

export interface ValueMention {
  kind: ValueKind;
  /** number/ordinal: the value; year: the year; weekday: 0-6; month: 1-12; date: month*100+day. */
  value: number;
  /** For dates written with a year. */
  year?: number;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  /** Lemma of the counted noun or unit: "day", "km", "country". */
  unit?: string;
  /** Words that make the number approximate or a bound: "about", "more than". */
  qualifier?: string;
  /** An order of magnitude in words: "tens of thousands", "hundreds". */
  magnitude?: boolean;
}

/** Units written as abbreviations, and their words. */
const UNIT_WORDS: Record<string, string> = { km: 'kilometer', kms: 'kilometer', mi: 'mile', m: 'meter', kg: 'kilogram', lb: 'pound', lbs: 'pound', bn: 'billion', mn: 'million', '%': 'percent' };
const MAGNITUDES: Record<string, number> = { tens: 10, dozens: 12, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9 };

const APPROXIMATORS = new Set(['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'over', 'under', 'up', 'least', 'most', 'than']);

function nounAfter(tokens: readonly Token[], from: number, lexicon: Lexicon): string | undefined {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return undefined;
    if (t.possessive) continue;
    const lemma = lexicon.lemma(t.lower);
    if (lexicon.hasLemma('n', lemma) && !lexicon.isFunctionWord(t.lower)) {
      // Skip adjectives before the noun: "two separatist regions".
      const next = tokens[k + 1];
      if (next && next.kind === 'word' && !next.possessive && lexicon.hasLemma('n', lexicon.lemma(next.lower)) && !lexicon.isFunctionWord(next.lower) && lexicon.hasLemma('a', lemma)) continue;
      return lemma;
    }
    if (!lexicon.hasLemma('a', lemma)) return undefined;
  }
  return undefined;
}

export function findValues(tokens: readonly Token[], lexicon: Lexicon): ValueMention[] {
  const values: ValueMention[] = [];
  const used = new Set<number>();
  const qualifierBefore = (k: number): string | undefined => {
    const prev = tokens[k - 1];
    if (prev && prev.kind === 'word' && APPROXIMATORS.has(prev.lower)) {
      const prev2 = tokens[k - 2];
      return prev2 && prev2.kind === 'word' && (prev2.lower === 'more' || prev2.lower === 'less' || prev2.lower === 'at' || prev2.lower === 'fewer') ? `${prev2.lower} ${prev.lower}` : prev.lower;
    }
    return undefined;
  };
  for (let k = 0; k < tokens.length; k++) {
    if (used.has(k)) continue;
    const t = tokens[k]!;
    const push = (v: ValueMention): void => {
      for (let u = v.tokenStart; u < v.tokenEnd; u++) used.add(u);
      values.push(v);
    };
    const base = { tokenStart: k, tokenEnd: k + 1, start: t.start, end: t.end };
    if (t.kind === 'word' && MAGNITUDES[t.lower] !== undefined) {
      // "tens of thousands of people", "hundreds of prisoners".
      let value = MAGNITUDES[t.lower]!;
      let end = k + 1;
      if (tokens[end]?.lower === 'of' && tokens[end + 1] && MAGNITUDES[tokens[end + 1]!.lower] !== undefined) {
        value *= MAGNITUDES[tokens[end + 1]!.lower]!;
        end += 2;
      }
      const unit = tokens[end]?.lower === 'of' ? nounAfter(tokens, end + 1, lexicon) : undefined;
      push({ kind: 'number', value, tokenStart: k, tokenEnd: end, start: t.start, end: tokens[end - 1]!.end, qualifier: 'about', magnitude: true, ...(unit ? { unit } : {}) });
      continue;
    }
    if (t.kind === 'word') {
      const weekday = weekdayNumber(t.lower);
      if (weekday >= 0) {
        push({ kind: 'weekday', value: weekday, ...base });
        continue;
      }
      const month = monthNumber(t.lower);
      // "May" is a month when capitalized mid-sentence or followed by a day or year; else the modal.
      const modalMay = t.lower === 'may' && (k === 0 || t.text === 'may') && tokens[k + 1]?.kind !== 'number';
      if (month > 0 && t.text[0] === t.text[0]!.toUpperCase() && !modalMay) {
        // "July 13", "July 13, 2022", "July 2022", or a bare month.
        const next = tokens[k + 1];
        if (next && next.kind === 'number' && next.value! >= 1 && next.value! <= 31 && (!next.suffix || /^(st|nd|rd|th)$/.test(next.suffix))) {
          let end = k + 2;
          let year: number | undefined;
          const comma = tokens[end]?.text === ',' ? 1 : 0;
          const y = tokens[end + comma];
          if (y && y.kind === 'number' && y.value! >= 1800 && y.value! <= 2200 && !y.suffix) {
            year = y.value!;
            end = end + comma + 1;
          }
          push({ kind: 'date', value: month * 100 + next.value!, ...(year ? { year } : {}), tokenStart: k, tokenEnd: end, start: t.start, end: tokens[end - 1]!.end });
          continue;
        }
        const y = tokens[k + 1];
        if (y && y.kind === 'number' && y.value! >= 1800 && y.value! <= 2200 && !y.suffix) {
          push({ kind: 'month', value: month, year: y.value!, tokenStart: k, tokenEnd: k + 2, start: t.start, end: y.end });
          continue;
        }
        // "the end of June", "late June", "early July", "mid-June": still that month.
        let from = k;
        const prev = tokens[k - 1];
        if (prev && /^(late|early|mid)$/.test(prev.lower)) from = k - 1;
        else if (prev?.lower === 'of' && tokens[k - 2] && /^(end|beginning|start|middle)$/.test(tokens[k - 2]!.lower)) from = tokens[k - 3]?.lower === 'the' ? k - 3 : k - 2;
        push({ kind: 'month', value: month, tokenStart: from, tokenEnd: k + 1, start: tokens[from]!.start, end: t.end });
        continue;
      }
      const ordinal = ordinalValue(t.lower);
      if (ordinal !== undefined && ordinal !== -1) {
        const unit = nounAfter(tokens, k + 1, lexicon);
        // "first" as an adverb ("first reported") has no noun after it.
        if (unit) push({ kind: 'ordinal', value: ordinal, unit, ...base });
        continue;
      }
      const cardinal = cardinalWordValue(t.lower);
      if (cardinal !== undefined && t.lower !== 'one' && !(scaleValue(t.lower) && !tokens[k - 1])) {
        let value = cardinal;
        let end = k + 1;
        const scale = tokens[end] && scaleValue(tokens[end]!.lower);
        if (scale) {
          value *= scale;
          end++;
        }
        const unit = nounAfter(tokens, end, lexicon);
        const qualifier = qualifierBefore(k);
        push({ kind: 'number', value, tokenStart: k, tokenEnd: end, start: t.start, end: tokens[end - 1]!.end, ...(unit ? { unit } : {}), ...(qualifier ? { qualifier } : {}) });
      }
      continue;
    }
    if (t.kind !== 'number') continue;
    const value = t.value!;
    if (t.suffix && /^(st|nd|rd|th)$/.test(t.suffix)) {
      // "24th" before or after a month is a date.
      const next = tokens[k + 1];
      const month = next && next.kind === 'word' ? monthNumber(next.lower) : 0;
      if (month > 0) {
        push({ kind: 'date', value: month * 100 + value, tokenStart: k, tokenEnd: k + 2, start: t.start, end: next!.end });
        continue;
      }
      const unit = nounAfter(tokens, k + 1, lexicon);
      push({ kind: 'ordinal', value: ordinalValue(t.lower, t.suffix) ?? value, ...(unit ? { unit } : {}), ...base });
      continue;
    }
    // "13 July", "13 July 2022".
    const next = tokens[k + 1];
    const month = next && next.kind === 'word' ? monthNumber(next.lower) : 0;
    if (month > 0 && value >= 1 && value <= 31 && !t.suffix && /^\p{Lu}/u.test(next!.text)) {
      let end = k + 2;
      let year: number | undefined;
      const y = tokens[end];
      if (y && y.kind === 'number' && y.value! >= 1800 && y.value! <= 2200 && !y.suffix) {
        year = y.value!;
        end++;
      }
      push({ kind: 'date', value: month * 100 + value, ...(year ? { year } : {}), tokenStart: k, tokenEnd: end, start: t.start, end: tokens[end - 1]!.end });
      continue;
    }
    if (Number.isInteger(value) && value >= 1800 && value <= 2200 && !t.suffix && !/,/.test(t.text)) {
      const unit = nounAfter(tokens, k + 1, lexicon);
      if (!unit || !/^(people|person|troop|soldier|dollar|km|mile|kilometre|kilometer|meter|metre)$/.test(unit)) {
        push({ kind: 'year', value, ...base });
        continue;
      }
    }
    let end = k + 1;
    let scaled = value;
    const scale = tokens[end] && scaleValue(tokens[end]!.lower);
    if (scale) {
      scaled *= scale;
      end++;
    }
    const written = t.suffix ? (UNIT_WORDS[t.suffix] ?? t.suffix) : nounAfter(tokens, end, lexicon);
    const unit = written ? (UNIT_WORDS[written] ?? written) : undefined;
    const qualifier = qualifierBefore(k);
    push({ kind: 'number', value: scaled, tokenStart: k, tokenEnd: end, start: t.start, end: tokens[end - 1]!.end, ...(unit ? { unit } : {}), ...(qualifier ? { qualifier } : {}) });
  }
  return values;
}
