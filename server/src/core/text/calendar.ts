/**
 * Calendar words and number words of English: general knowledge used to read
 * dates, numbers and ordinals in any text.
 */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1-based month number of a month name or abbreviation, else 0. */
export function monthNumber(lower: string): number {
  const word = lower.replace(/\.$/, '');
  const full = MONTHS.indexOf(word);
  if (full >= 0) return full + 1;
  const short = MONTH_ABBREVIATIONS.indexOf(word);
  if (short >= 0) return short + 1;
  return word === 'sept' ? 9 : 0;
}

/** 0-based weekday (Monday = 0) of a weekday name, else -1. */
export function weekdayNumber(lower: string): number {
  return WEEKDAYS.indexOf(lower);
}

const WEEKDAY_ABBREVIATIONS: Record<string, number> = { mon: 0, tue: 1, tues: 1, wed: 2, thu: 3, thur: 3, thurs: 3, fri: 4, sat: 5, sun: 6 };

/** 0-based weekday of a weekday abbreviation ("Wed", "Thurs"), else -1; the caller checks it is written as one. */
export function weekdayAbbreviation(lower: string): number {
  return WEEKDAY_ABBREVIATIONS[lower] ?? -1;
}

/**
 * Month and day of an all-number date, day first unless that cannot be ("30/05/2022" and "05/30/2022" are 30 May;
 * "04/05/2022" is 4 May), or undefined when the numbers make no date.
 */
export function numericDate(first: number, second: number): { month: number; day: number } | undefined {
  if (first >= 1 && first <= 31 && second >= 1 && second <= 12) return { month: second, day: first };
  if (first >= 1 && first <= 12 && second >= 13 && second <= 31) return { month: first, day: second };
  return undefined;
}

export function isCalendarWord(lower: string): boolean {
  // (not "Sat" or "Sun", which name things too)
  if (weekdayAbbreviation(lower) >= 0 && lower !== 'sat' && lower !== 'sun') return true;
  return weekdayNumber(lower) >= 0 || (monthNumber(lower) > 0 && lower !== 'may' && lower !== 'mar');
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, single: 1, both: 2, pair: 2,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20, thirtieth: 30, hundredth: 100, last: -1, final: -1,
};

/** Value of a cardinal number word ("three", "twenty-four"), else undefined. */
export function cardinalWordValue(lower: string): number | undefined {
  if (lower in UNITS) return UNITS[lower];
  if (lower in SCALES) return SCALES[lower];
  const parts = lower.split('-');
  if (parts.length === 2 && parts[0]! in UNITS && parts[1]! in UNITS) return UNITS[parts[0]!]! + UNITS[parts[1]!]!;
  return undefined;
}

export function scaleValue(lower: string): number | undefined {
  return SCALES[lower];
}

/** Value of an ordinal word or numeral ("third", "3rd"); -1 for "last". */
export function ordinalValue(lower: string, suffix?: string): number | undefined {
  if (suffix && /^(st|nd|rd|th)$/.test(suffix)) return Number(lower.replace(/\D/g, ''));
  if (lower in ORDINALS) return ORDINALS[lower];
  const parts = lower.split('-');
  if (parts.length === 2 && parts[0]! in UNITS && parts[1]! in ORDINALS) return UNITS[parts[0]!]! + ORDINALS[parts[1]!]!;
  return undefined;
}
