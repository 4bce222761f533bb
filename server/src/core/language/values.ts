/**
 * Numbers, ordinals, years, weekdays and calendar dates in a sentence, with
 * the noun they count ("three days", "6,500km", "third country").
 */
import type { Lexicon } from '../lexicon/lexicon';
import { cardinalWordValue, monthNumber, numericDate, ordinalValue, scaleValue, weekdayAbbreviation, weekdayNumber } from '../text/calendar';
import type { Token } from '../text/tokens';

export type ValueKind = 'number' | 'ordinal' | 'year' | 'weekday' | 'date' | 'month' | 'offset';

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
  /** Days before (negative) or after another act: "the eve of the invasion" is -1, "three days before it invaded" -3. */
  offset?: number;
  /** The other act, as a verb lemma ("invade"). */
  reference?: string;
  /** "days before", "shortly after": a direction without a size. */
  vague?: boolean;
  /** The act a date is written on, when the text ties them ("the February 24 invasion", "Thursday's announcement"). */
  act?: string;
  /** "after Thursday's announcement": the sentence's own act happened on or after (before) that date. */
  bound?: 'after' | 'before';
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

const SPAN_DAYS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7, month: 30, months: 30 };
const SKIPPABLE = new Set(['the', 'its', 'their', 'his', 'her', 'own', 'a', 'an', 'this', 'that', 'it', 'they', 'he', 'she', "'s"]);

/** The end of a reference act extended over a date written after it with "of" ("the invasion of February 24th"). */
function withDateAfter(tokens: readonly Token[], values: readonly ValueMention[], end: number): number {
  if (tokens[end]?.lower !== 'of') return end;
  const date = values.find((v) => v.kind === 'date' && v.tokenStart === end + 1);
  return date ? date.tokenEnd : end;
}

/** The act a time phrase points to: the first verb, or noun made from a verb, within a few words. */
function referenceAct(tokens: readonly Token[], from: number, lexicon: Lexicon): { lemma: string; end: number } | undefined {
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return undefined;
    if (t.kind !== 'word' || SKIPPABLE.has(t.lower) || t.possessive || monthNumber(t.lower) > 0 || /^\p{Lu}/u.test(t.text)) continue;
    const lemma = lexicon.lemma(t.lower);
    // ("the start of its invasion": the act is the one started)
    if (/^(start|beginning|outbreak|onset)$/.test(lemma) && tokens[k + 1]?.lower === 'of') continue;
    const verb = lexicon.hasLemma('v', lemma) ? lemma : lexicon.derivationVerbs(lemma)[0];
    if (!verb) continue;
    // ("before launching the invasion": a verb that only carries the act of its noun points to that act)
    if (lexicon.inClass('support-verbs', verb)) {
      for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
        const n = tokens[j]!;
        if (n.kind !== 'word') break;
        if (SKIPPABLE.has(n.lower)) continue;
        const act = lexicon.derivationVerbs(lexicon.lemma(n.lower))[0];
        if (act) return { lemma: act, end: j + 1 };
        break;
      }
    }
    // ("three days before sending its troops in": a verb that makes an act of the lexicon only with its object points to
    // that act, told by the verb that is the act by itself, "attack"; the object is part of the phrase)
    const acts = lexicon.predicateActs.get(verb) ?? [];
    if (acts.some((a) => a.objects)) {
      for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
        const n = tokens[j]!;
        if (n.kind !== 'word') break;
        if (SKIPPABLE.has(n.lower)) continue;
        const lemmaOf = lexicon.lemma(n.lower);
        const made = acts.find((a) => a.objects?.has(n.lower) || a.objects?.has(lemmaOf));
        const act = made ? lexicon.classVerb(made.classId) : undefined;
        if (act) return { lemma: act, end: j + 1 };
        break;
      }
    }
    return { lemma: verb, end: k + 1 };
  }
  return undefined;
}

/** The count written before a word of span ("three days", "3 weeks", "a day"), and where it starts. */
function countBefore(tokens: readonly Token[], k: number): { n: number; start: number } | undefined {
  const count = tokens[k - 1];
  if (count?.kind === 'number') return count.value !== undefined ? { n: count.value, start: k - 1 } : undefined;
  if (count?.kind !== 'word') return undefined;
  const n = count.lower === 'a' || count.lower === 'one' ? 1 : cardinalWordValue(count.lower);
  return n !== undefined ? { n, start: k - 1 } : undefined;
}

/** A span of days written from `from` ("three days", "a full week", "just two days"), in days, and where it ends. */
function spanAfter(tokens: readonly Token[], from: number): { days: number; end: number } | undefined {
  let n: number | undefined;
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const t = tokens[k]!;
    const span = SPAN_DAYS[t.lower];
    if (span !== undefined) return n !== undefined ? { days: n * span, end: k + 1 } : undefined;
    if (t.kind === 'number' && t.value !== undefined) n = t.value;
    else if (t.kind === 'word' && cardinalWordValue(t.lower) !== undefined) n = cardinalWordValue(t.lower);
    else if (t.kind === 'word' && (t.lower === 'a' || t.lower === 'one')) n ??= 1;
    else if (!(t.kind === 'word' && /^(full|just|only|some|about|roughly|nearly|mere|bare)$/.test(t.lower))) return undefined;
  }
  return undefined;
}

/** Time phrases relative to another act: "on the eve of its February 24 invasion", "three days before it invaded". */
function relativeTimes(tokens: readonly Token[], lexicon: Lexicon, values: ValueMention[]): ValueMention[] {
  const out: ValueMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (t.lower === 'eve' && tokens[k + 1]?.lower === 'of') {
      const found = referenceAct(tokens, k + 2, lexicon);
      if (!found) continue;
      const ref = { ...found, end: withDateAfter(tokens, values, found.end) };
      const start = tokens[k - 1]?.lower === 'the' ? k - 1 : k;
      const date = values.find((v) => v.kind === 'date' && v.tokenStart > k && v.tokenStart < ref.end);
      const base = { tokenStart: start, tokenEnd: ref.end, start: tokens[start]!.start, end: tokens[ref.end - 1]!.end, offset: -1, reference: ref.lemma };
      if (date) {
        const month = Math.floor(date.value / 100);
        const day = date.value % 100;
        const d = new Date(Date.UTC(date.year ?? 2001, month - 1, day - 1));
        out.push({ kind: 'date', value: (d.getUTCMonth() + 1) * 100 + d.getUTCDate(), ...(date.year ? { year: d.getUTCFullYear() } : {}), ...base });
      } else out.push({ kind: 'offset', value: -1, ...base });
      continue;
    }
    // "X preceded the invasion by three days", "X followed it by a week": the time phrase is the act after the verb and
    // the span after "by".
    const order = lexicon.lemma(t.lower);
    if (/^(precede|predate|follow|postdate)$/.test(order)) {
      const found = referenceAct(tokens, k + 1, lexicon);
      if (!found || tokens[found.end]?.lower !== 'by') continue;
      const measured = spanAfter(tokens, found.end + 1);
      if (!measured) continue;
      const offset = (order === 'precede' || order === 'predate' ? -1 : 1) * measured.days;
      out.push({ kind: 'offset', value: offset, tokenStart: k, tokenEnd: measured.end, start: t.start, end: tokens[measured.end - 1]!.end, offset, reference: found.lemma });
      continue;
    }
    const span = SPAN_DAYS[t.lower];
    // "Three days separated X from the invasion": X came that long before the act after "from".
    if (span !== undefined && lexicon.lemma(tokens[k + 1]?.lower ?? '') === 'separate') {
      const counted = countBefore(tokens, k);
      const from = tokens.findIndex((x, j) => j > k + 1 && j <= k + 14 && x.lower === 'from');
      const found = counted && from > 0 ? referenceAct(tokens, from + 1, lexicon) : undefined;
      if (counted && found) {
        const offset = -counted.n * span;
        // ("a gap of only three days separated ...": the noun of the interval is part of the phrase)
        let first = counted.start;
        while (first > 0 && /^(only|just|mere|full|some|bare)$/.test(tokens[first - 1]!.lower)) first--;
        if (tokens[first - 1]?.lower === 'of' && /^(gap|interval|span|period|lag)$/.test(tokens[first - 2]?.lower ?? '')) first -= /^(a|the)$/.test(tokens[first - 3]?.lower ?? '') ? 3 : 2;
        else first = counted.start;
        out.push({ kind: 'offset', value: offset, tokenStart: first, tokenEnd: k + 2, start: tokens[first]!.start, end: tokens[k + 1]!.end, offset, reference: found.lemma });
      }
      continue;
    }
    const direction = tokens[k + 1]?.lower;
    // "three days ahead of the invasion" is "three days before" it.
    const ahead = direction === 'ahead' && tokens[k + 2]?.lower === 'of';
    if (span === undefined || !direction || (!ahead && !/^(before|after|earlier|later|prior)$/.test(direction))) continue;
    const before = direction === 'before' || direction === 'earlier' || direction === 'prior' || ahead;
    const counted = countBefore(tokens, k);
    let n = counted?.n;
    let start = counted?.start ?? k;
    // "the day before" is one day before.
    if (n === undefined && tokens[k - 1]?.lower === 'the' && t.lower === 'day') {
      n = 1;
      start = k - 1;
    }
    const from = (direction === 'prior' && tokens[k + 2]?.lower === 'to') || ahead ? k + 3 : k + 2;
    const found = direction === 'earlier' || direction === 'later' ? undefined : referenceAct(tokens, from, lexicon);
    const ref = found ? { ...found, end: withDateAfter(tokens, values, found.end) } : undefined;
    const end = ref?.end ?? k + 2;
    // "three days before its February 24 invasion" is February 21.
    const date = ref && n !== undefined ? values.find((v) => v.kind === 'date' && v.tokenStart >= from && v.tokenStart < ref.end) : undefined;
    if (date && n !== undefined) {
      const shift = (before ? -1 : 1) * n * span;
      const d = new Date(Date.UTC(date.year ?? 2001, Math.floor(date.value / 100) - 1, (date.value % 100) + shift));
      out.push({ kind: 'date', value: (d.getUTCMonth() + 1) * 100 + d.getUTCDate(), ...(date.year ? { year: d.getUTCFullYear() } : {}), tokenStart: start, tokenEnd: end, start: tokens[start]!.start, end: tokens[end - 1]!.end, offset: shift, reference: ref!.lemma });
      continue;
    }
    out.push({
      kind: 'offset',
      value: n === undefined ? (before ? -1 : 1) : (before ? -1 : 1) * n * span,
      tokenStart: start,
      tokenEnd: end,
      start: tokens[start]!.start,
      end: tokens[end - 1]!.end,
      offset: n === undefined ? (before ? -1 : 1) : (before ? -1 : 1) * n * span,
      ...(ref ? { reference: ref.lemma } : {}),
      ...(n === undefined ? { vague: true } : {}),
    });
  }
  return out;
}

export function findValues(tokens: readonly Token[], lexicon: Lexicon): ValueMention[] {
  const found = findPlainValues(tokens, lexicon);
  // A date written on an event noun belongs to that act: "its February 24 invasion", "Thursday's announcement".
  for (const v of found) {
    if (v.kind !== 'date' && v.kind !== 'weekday' && v.kind !== 'month' && v.kind !== 'year') continue;
    let k = v.tokenEnd;
    if (tokens[k]?.possessive) k++;
    const next = tokens[k];
    if (next?.kind !== 'word') continue;
    const lemma = lexicon.lemma(next.lower);
    // The noun's verb, or the noun itself when it is a verb too ("its February 24 assault").
    // A word that is a verb too is a noun only after a determiner or a possessive date ("on Sunday mark" is a verb).
    const asNoun = tokens[v.tokenEnd]?.possessive || /^(its|the|their|his|her|a|an|this|that|last|next)$/.test(tokens[v.tokenStart - 1]?.lower ?? '');
    const act = lexicon.derivationVerbs(lemma)[0] ?? (asNoun && lexicon.hasLemma('v', lemma) ? lemma : undefined);
    if (act && lexicon.hasLemma('n', lemma)) {
      v.act = act;
      const before = tokens[v.tokenStart - 1]?.lower;
      if (before === 'after' || before === 'following' || before === 'since') v.bound = 'after';
      else if (before === 'before' || before === 'until' || before === 'ahead') v.bound = 'before';
    }
  }
  // Relative phrases add the date or offset of the act they belong to ("the eve of its February 24 invasion" is February 23).
  const relative = relativeTimes(tokens, lexicon, found);
  if (relative.length === 0) return found;
  // The count inside "three days before" is part of the offset; a date inside "the eve of its February 24 invasion" stays.
  const kept = found.filter((v) => v.kind !== 'number' || !relative.some((r) => v.tokenStart < r.tokenEnd && r.tokenStart < v.tokenEnd));
  return [...kept, ...relative].sort((a, b) => a.tokenStart - b.tokenStart);
}

function findPlainValues(tokens: readonly Token[], lexicon: Lexicon): ValueMention[] {
  const values: ValueMention[] = [];
  const used = new Set<number>();
  const qualifierBefore = (k: number): string | undefined => {
    const prev = tokens[k - 1];
    // "upwards of 6,500", "in excess of 6,500": more than.
    if (prev?.lower === 'of' && /^(upwards|excess)$/.test(tokens[k - 2]?.lower ?? '')) return 'more than';
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
      // "Wed., July 13th", "Thurs. 14 July": an abbreviation written with a capital and a period (or right before a date).
      const short = /^\p{Lu}/u.test(t.text) ? weekdayAbbreviation(t.lower) : -1;
      const after1 = tokens[k + 1];
      if (short >= 0 && after1 && ((after1.text === '.' && !after1.spaceBefore) || (after1.text === ',' && tokens[k + 2] && monthNumber(tokens[k + 2]!.lower) > 0))) {
        push({ kind: 'weekday', value: short, ...base });
        continue;
      }
      // "mid-July", "early-June": one word for a part of the month.
      const part = /^(mid|early|late)-/.exec(t.lower);
      const month = monthNumber(part ? t.lower.slice(part[0].length) : t.lower);
      // "May" is a month when capitalized mid-sentence or followed by a day or year; else the modal.
      // ("May saw ...": a past-tense verb never follows the modal.)
      const after = tokens[k + 1];
      const pastAfter = after?.kind === 'word' && after.lower !== lexicon.lemma(after.lower) && !after.lower.endsWith('s') && lexicon.hasLemma('v', lexicon.lemma(after.lower));
      const modalMay = t.lower === 'may' && (k === 0 || t.text === 'may') && tokens[k + 1]?.kind !== 'number' && !(t.text === 'May' && pastAfter);
      const capital = part ? t.text[part[0].length] : t.text[0];
      if (month > 0 && capital === capital!.toUpperCase() && !modalMay) {
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
        // ("late in June", "early in July")
        else if (prev?.lower === 'in' && tokens[k - 2] && /^(late|early)$/.test(tokens[k - 2]!.lower)) from = k - 2;
        else if (prev?.lower === 'of' && tokens[k - 2] && /^(end|beginning|start|middle)$/.test(tokens[k - 2]!.lower)) from = tokens[k - 3]?.lower === 'the' ? k - 3 : k - 2;
        push({ kind: 'month', value: month, tokenStart: from, tokenEnd: k + 1, start: tokens[from]!.start, end: t.end });
        continue;
      }
      const ordinal = ordinalValue(t.lower);
      if (ordinal !== undefined && ordinal !== -1) {
        // ("first reported", "first carried the story": a past form after it makes it an adverb)
        const following = tokens[k + 1];
        const pastForm = following?.kind === 'word' && /ed$/.test(following.lower) && lexicon.hasLemma('v', lexicon.lemma(following.lower)) && lexicon.lemma(following.lower) !== following.lower;
        const unit = pastForm ? undefined : nounAfter(tokens, k + 1, lexicon);
        // "first" as an adverb ("first reported") has no noun after it.
        if (unit) push({ kind: 'ordinal', value: ordinal, unit, ...base });
        // ("only the third in the world to recognise them": with no noun, a rank in doing the act in "to" after it)
        else if (!pastForm && tokens[k - 1]?.lower === 'the') {
          const to = tokens.findIndex((x, j) => j > k && j <= k + 5 && x.lower === 'to');
          const verb = to > 0 ? tokens[to + 1] : undefined;
          const between = to > 0 ? tokens.slice(k + 1, to) : [];
          if (verb?.kind === 'word' && lexicon.hasLemma('v', lexicon.lemma(verb.lower)) && between.every((x) => x.kind === 'word' && /^(in|the|world|anywhere|ever|on|earth|globally|internationally)$/.test(x.lower))) push({ kind: 'ordinal', value: ordinal, ...base });
        }
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
        // "X and Y have both been accused": a floating "both" counts nothing.
        if (t.lower === 'both' && !unit) continue;
        const qualifier = qualifierBefore(k);
        push({ kind: 'number', value, tokenStart: k, tokenEnd: end, start: t.start, end: tokens[end - 1]!.end, ...(unit ? { unit } : {}), ...(qualifier ? { qualifier } : {}) });
      }
      continue;
    }
    if (t.kind !== 'number') continue;
    const value = t.value!;
    if (t.suffix && /^(st|nd|rd|th)$/.test(t.suffix)) {
      // "24th" before or after a month is a date; so is "the 30th of June".
      const next = tokens[k + 1];
      const month = next && next.kind === 'word' ? monthNumber(next.lower) : 0;
      if (month > 0) {
        push({ kind: 'date', value: month * 100 + value, tokenStart: k, tokenEnd: k + 2, start: t.start, end: next!.end });
        continue;
      }
      const ofMonth = next?.lower === 'of' && tokens[k + 2]?.kind === 'word' ? monthNumber(tokens[k + 2]!.lower) : 0;
      if (ofMonth > 0 && value >= 1 && value <= 31 && /^\p{Lu}/u.test(tokens[k + 2]!.text)) {
        push({ kind: 'date', value: ofMonth * 100 + value, tokenStart: k, tokenEnd: k + 3, start: t.start, end: tokens[k + 2]!.end });
        continue;
      }
      const unit = nounAfter(tokens, k + 1, lexicon);
      push({ kind: 'ordinal', value: ordinalValue(t.lower, t.suffix) ?? value, ...(unit ? { unit } : {}), ...base });
      continue;
    }
    // "30/05/2022", "13.07.22", "2022-07-13": a date in numbers only.
    const sep = tokens[k + 1];
    if (!t.suffix && sep && /^[/.-]$/.test(sep.text) && !sep.spaceBefore && tokens[k + 2]?.kind === 'number' && !tokens[k + 2]!.spaceBefore && tokens[k + 3]?.text === sep.text && !tokens[k + 3]!.spaceBefore && tokens[k + 4]?.kind === 'number' && !tokens[k + 4]!.spaceBefore) {
      const a = value;
      const b = tokens[k + 2]!.value!;
      const c = tokens[k + 4]!.value!;
      const iso = a >= 1800 && a <= 2200 ? numericDate(c, b) : undefined;
      const dated = iso ?? (c < 100 || (c >= 1800 && c <= 2200) ? numericDate(a, b) : undefined);
      if (dated) {
        const y = iso ? a : c < 100 ? 2000 + c : c;
        push({ kind: 'date', value: dated.month * 100 + dated.day, year: y, tokenStart: k, tokenEnd: k + 5, start: t.start, end: tokens[k + 4]!.end });
        k += 4;
        continue;
      }
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
