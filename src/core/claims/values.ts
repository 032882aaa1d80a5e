import type { DateValue } from './types';
import type { Token } from './tokens';

/**
 * Dates and numbers as a draft writes them, read from word tokens. Each value keeps the word range it came from
 * and the exact sub-span of each part, so a finding can underline just "2016" in "October 2016".
 */

/** A table without a prototype: a draft's "constructor" or "toString" must not look like a number or a season. */
function lookup<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** A table of words looked up by words made at run time: a Map (no prototype to match either). */
function table<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ABBREVIATIONS: Record<string, number> = lookup({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});
/**
 * Season names as a draft writes them → the season they name ("fall" is autumn). A Map: every word of every sentence
 * is looked up here, and an object's property lookup by a word made at run time was 17% of the analysis's own time.
 */
export const SEASON_WORDS: ReadonlyMap<string, DateValue['season']> = new Map([
  ['spring', 'spring'],
  ['summer', 'summer'],
  ['autumn', 'autumn'],
  ['fall', 'autumn'],
  ['winter', 'winter'],
  // The middle of a season is in it ("The episode unfolded in midsummer").
  ['midsummer', 'summer'],
  ['midwinter', 'winter'],
]);
/** Seasons as the months they cover, in order (northern hemisphere, as the sources write): winter runs from December. */
export const SEASON_MONTHS: Readonly<Record<NonNullable<DateValue['season']>, readonly number[]>> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  winter: [12, 1, 2],
};
/** Words that narrow a date to a part of it ("early 2019", "mid-July"). */
export const PARTS = new Set(['early', 'mid', 'late', 'middle']);

/** A span of the checked text. */
export interface Span {
  start: number;
  end: number;
}

/** A date phrase in a draft. `first`/`last` are word indices. */
export interface DraftDate {
  first: number;
  last: number;
  year?: number;
  month?: number;
  day?: number;
  season?: DateValue['season'];
  decade?: number;
  part?: 'early' | 'mid' | 'late';
  yearSpan?: Span;
  monthSpan?: Span;
  daySpan?: Span;
  /** The month is written as a number ("2019-07"): a fix writes a number too. */
  numericMonth?: boolean;
  seasonSpan?: Span;
  decadeSpan?: Span;
  partSpan?: Span;
}

/** A number in a draft, with the words that follow it (its unit). */
export interface DraftNumber {
  first: number;
  last: number;
  value: number;
  span: Span;
  /** How it was written, so a replacement can keep the style. */
  style: 'digits' | 'words' | 'fraction';
  capitalised: boolean;
}

/**
 * The number words (`SMALL`, `TENS`) and the fractions' denominators: Maps, as `SEASON_WORDS` is. `findNumbers` asks
 * of every word opening with a number word's letter ("a", "and", "the"…) and `isNumberWord` of every capitalised one:
 * an object's property lookup by a word made at run time cost a sixtieth of a check of a memo in a writer's own words.
 */
const SMALL: ReadonlyMap<string, number> = table({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS: ReadonlyMap<string, number> = table({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const DENOMINATORS: ReadonlyMap<string, number> = table({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
});

/** Words that count or divide without digits: the number words and fractions read here, and the large round ones. */
export function isNumberWord(word: string): boolean {
  return SMALL.has(word) || TENS.has(word) || DENOMINATORS.has(word) || ROUND_NUMBERS.has(word);
}

const ROUND_NUMBERS = new Set(['hundred', 'thousand', 'million', 'billion', 'dozen']);

function isYear(t: Token | undefined): boolean {
  return !!t && /^\d{4}$/.test(t.text) && +t.text >= 1800 && +t.text <= 2199;
}

/** Month names and their abbreviations → the month's number (1-12). */
export const MONTH_NUMBERS = new Map<string, number>([
  ...MONTHS.map((m, i): [string, number] => [m, i + 1]),
  ...Object.entries(MONTH_ABBREVIATIONS),
]);

/** Words that can begin a date phrase (besides digits): one lookup rules out most words. */
const DATE_STARTS = new Set([...MONTH_NUMBERS.keys(), ...SEASON_WORDS.keys(), 'early', 'mid', 'late', 'middle']);

/** 1 for each letter a to z that begins one of `DATE_STARTS`: a word beginning otherwise is not looked up (hashed). */
const DATE_INITIALS = Uint8Array.from({ length: 26 }, (_, k) => ([...DATE_STARTS].some((w) => w.charCodeAt(0) === 97 + k) ? 1 : 0));

/** A month only when capitalised: a lower-case "may" or "march" is never a date. */
function monthOf(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90) return undefined;
  return MONTH_NUMBERS.get(t.lower);
}

function dayOf(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t.lower);
  if (!m) return undefined;
  const d = +m[1];
  return d >= 1 && d <= 31 ? d : undefined;
}

const span = (t: Token): Span => ({ start: t.start, end: t.end });

/**
 * Every date phrase among the word tokens, left to right, each word used once. With the `text` the tokens were cut
 * from, an abbreviated month's span takes in its full stop when the date goes on ("Nov. 2019"): the fix puts the full
 * name there, and "December. 2019" would be a new error.
 */
export function findDates(words: readonly Token[], text?: string): DraftDate[] {
  const dates: DraftDate[] = [];
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    // Dates start with a digit, a capital (a month) or a part or season word: most words are none of these.
    const c = t.lower.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && (!(c >= 97 && c <= 122) || DATE_INITIALS[c - 97] === 0 || !DATE_STARTS.has(t.lower))) continue;
    const date: DraftDate = { first: i, last: i };
    let j = i;
    // early / mid / late (also "mid-November")
    if (PARTS.has(t.lower) && words[i + 1]) {
      const next = words[i + 1];
      if (monthOf(next) || isYear(next) || SEASON_WORDS.get(next.lower) || /^\d{4}s$/.test(next.lower)) {
        date.part = t.lower === 'middle' ? 'mid' : (t.lower as DraftDate['part']);
        date.partSpan = span(t);
        j = i + 1;
      }
    }
    // "3 October", "19 December 2020": a day before a month (British order) starts the date.
    const dayFirst = j === i ? dayOf(t) : undefined;
    if (dayFirst !== undefined && monthOf(words[i + 1])) {
      date.day = dayFirst;
      date.daySpan = span(t);
      j = i + 1;
    }
    const head = words[j];
    const month = monthOf(head);
    const season = SEASON_WORDS.get(head.lower);
    if (month) {
      date.month = month;
      date.monthSpan = span(head);
      date.last = j;
      const day = date.day === undefined ? dayOf(words[j + 1]) : undefined;
      if (day !== undefined && !isYear(words[j + 1])) {
        date.day = day;
        date.daySpan = span(words[j + 1]);
        date.last = j + 1;
      }
      const yearAt = date.last + 1;
      if (words[yearAt] && isYear(words[yearAt])) {
        date.year = +words[yearAt].text;
        date.yearSpan = span(words[yearAt]);
        date.last = yearAt;
      }
      if (date.day === undefined && date.year === undefined && !date.part && !precededByPreposition(words, i) && !modifiesNoun(words, i))
        continue;
      if (text !== undefined && date.last > j && head.lower in MONTH_ABBREVIATIONS && text.charCodeAt(head.end) === 46)
        date.monthSpan = { start: head.start, end: head.end + 1 };
    } else if (season && (isYear(words[j + 1]) || (words[j + 1]?.lower === 'of' && isYear(words[j + 2])))) {
      // "summer 2019", "the summer of 2019"
      const yearAt = isYear(words[j + 1]) ? j + 1 : j + 2;
      date.season = season;
      date.seasonSpan = span(head);
      date.year = +words[yearAt].text;
      date.yearSpan = span(words[yearAt]);
      date.last = yearAt;
    } else if (isYear(head)) {
      date.year = +head.text;
      date.yearSpan = span(head);
      date.last = j;
      const isoMonth = isoMonthAfter(head, words[j + 1]);
      if (isoMonth !== undefined) {
        date.month = isoMonth;
        date.monthSpan = span(words[j + 1]);
        date.numericMonth = true;
        date.last = j + 1;
      }
    } else if (/^\d{3}0s$/.test(head.lower)) {
      date.decade = +head.lower.slice(0, 4);
      date.decadeSpan = span(head);
      date.last = j;
    } else if (/^\d0s$/.test(head.lower) && head.lower !== '00s') {
      // "the '90s": only after an apostrophe, or it is an age ("in their 50s").
      continue;
    } else {
      continue;
    }
    dates.push(date);
    i = date.last;
  }
  return dates;
}

/**
 * The month of a timeline's ISO date ("2019-07 — …"): two digits joined to the year by a hyphen. "2011-12" with the
 * next year's last digits is a span of years, not December.
 */
function isoMonthAfter(year: Token, next: Token | undefined): number | undefined {
  if (!next || !next.joined || next.start !== year.end + 1 || !/^(?:0[1-9]|1[0-2])$/.test(next.text)) return undefined;
  const month = +next.text;
  return month === (+year.text + 1) % 100 ? undefined : month;
}

/** Words after which a capitalised month describes the noun that follows ("the October election", "Biden's November win"). */
const NOUN_DETERMINERS = new Set(['the', 's', 'his', 'her', 'its', 'their']);

/**
 * A bare month as a modifier: after an article or a possessive and before a lower-case word ("the October election",
 * "Biden's November victory"). A capital after it makes it part of a name ("the October Revolution").
 */
function modifiesNoun(words: readonly Token[], i: number): boolean {
  const next = words[i + 1];
  if (!next || !NOUN_DETERMINERS.has(words[i - 1]?.lower ?? '')) return false;
  const c = next.text.charCodeAt(0);
  return c >= 97 && c <= 122;
}

function precededByPreposition(words: readonly Token[], i: number): boolean {
  const prev = words[i - 1]?.lower;
  return prev === 'in' || prev === 'since' || prev === 'during' || prev === 'until' || prev === 'by' || prev === 'last' || prev === 'of';
}

/** Every number among the word tokens: digits, number words ("thirty-eight"), fractions ("two-thirds", "half"). */
export function findNumbers(words: readonly Token[]): DraftNumber[] {
  const numbers: DraftNumber[] = [];
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    // "nine in ten", "7 in 10": only a word followed by "in" or "out" can open a ratio.
    const after = words[i + 1]?.lower;
    const ratio = after === 'in' || after === 'out' ? readRatio(words, i) : undefined;
    if (ratio) {
      numbers.push({ ...ratio, style: 'fraction', capitalised: startsUpperCase(t.text) });
      i = ratio.last;
      continue;
    }
    if (allDigits(t.lower)) {
      // "56.5", "1,000": digits split by one mark are a number this reader does not compare; skip both parts.
      let last = i;
      while (words[last + 1] && words[last + 1].start === words[last].end + 1 && allDigits(words[last + 1].lower)) last++;
      if (last === i) numbers.push({ first: i, last, value: +t.text, span: span(t), style: 'digits', capitalised: false });
      i = last;
      continue;
    }
    // Most words are no number at all: one that cannot begin a number word or a fraction ("a third", "half") is
    // ruled out by its first letter, before any table lookup.
    const first = t.lower.charCodeAt(0);
    if (first < 97 || first > 122 || NUMBER_INITIALS[first - 97] === 0) continue;
    const fraction = readFraction(words, i);
    if (fraction) {
      numbers.push({ ...fraction, style: 'fraction', capitalised: startsUpperCase(t.text) });
      i = fraction.last;
      continue;
    }
    let value: number | undefined;
    let last = i;
    const tens = TENS.get(t.lower);
    if (tens !== undefined) {
      value = tens;
      const next = words[i + 1];
      const unit = next === undefined ? undefined : SMALL.get(next.lower);
      if (unit !== undefined && unit > 0 && unit < 10) {
        value += unit;
        last = i + 1;
      }
    } else {
      value = SMALL.get(t.lower);
    }
    if (value === undefined) continue;
    if (words[last + 1]?.lower === 'hundred') {
      value *= 100;
      last++;
    }
    numbers.push({
      first: i,
      last,
      value,
      span: { start: t.start, end: words[last].end },
      style: 'words',
      capitalised: startsUpperCase(t.text),
    });
    i = last;
  }
  return numbers;
}

/**
 * "nine in ten", "two out of three", "7 in 10": a share written as a ratio of small whole numbers. The denominator
 * must be at least the numerator and at most a hundred, so "one in 2019" or "three in five years" is no share.
 */
function readRatio(words: readonly Token[], i: number): Omit<DraftNumber, 'style' | 'capitalised'> | undefined {
  const numerator = smallWhole(words[i]);
  if (numerator === undefined || numerator === 0) return undefined;
  let k = i + 1;
  if (words[k]?.lower === 'in') k++;
  else if (words[k]?.lower === 'out' && words[k + 1]?.lower === 'of') k += 2;
  else return undefined;
  const denominator = smallWhole(words[k]);
  if (denominator === undefined || denominator < numerator || denominator < 2 || denominator > 100) return undefined;
  // "three in five years": a ratio names no unit of time or measure after it.
  if (/^(?:years?|months?|weeks?|days?|decades?|times?)$/.test(words[k + 1]?.lower ?? '')) return undefined;
  return { first: i, last: k, value: numerator / denominator, span: { start: words[i].start, end: words[k].end } };
}

/** A whole number up to a hundred in digits or as one word ("nine", "10"), else undefined. */
function smallWhole(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.lower.length <= 3 && allDigits(t.lower)) return +t.lower;
  return SMALL.get(t.lower) ?? (t.lower === 'hundred' ? 100 : TENS.get(t.lower));
}

/** 1 for each letter a to z that begins a word `findNumbers` reads without digits: a number word, "a", "half". */
const NUMBER_INITIALS = Uint8Array.from({ length: 26 }, (_, k) =>
  [...SMALL.keys(), ...TENS.keys(), 'a', 'one', 'half'].some((w) => w.charCodeAt(0) === 97 + k) ? 1 : 0,
);

/** What `/^\d+$/` says (ASCII digits only, at least one), without a RegExp call per word. */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** What `/^\p{Lu}/u` says; an ASCII first letter is decided without the Unicode tables. */
function startsUpperCase(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}

function readFraction(words: readonly Token[], i: number): Omit<DraftNumber, 'style' | 'capitalised'> | undefined {
  const t = words[i];
  if (t.lower === 'half' && words[i - 1]?.lower !== 'one') {
    return { first: i, last: i, value: 0.5, span: span(t) };
  }
  const numerator = t.lower === 'a' || t.lower === 'one' ? 1 : SMALL.get(t.lower);
  const next = words[i + 1];
  if (numerator === undefined || numerator === 0 || !next) return undefined;
  const denominator = DENOMINATORS.get(next.lower);
  if (!denominator) return undefined;
  // "a third of", "two-thirds": but not "a fifth round" (an ordinal) — require "of" after singular forms.
  if (!next.lower.endsWith('s') && words[i + 2]?.lower !== 'of') return undefined;
  if (t.lower === 'a' && !(denominator === 3 || denominator === 4 || denominator === 2)) return undefined;
  return { first: i, last: i + 1, value: numerator / denominator, span: { start: t.start, end: next.end } };
}

const WORDS_UNDER_TWENTY = [...SMALL.keys()];
const TENS_WORDS = [...TENS.keys()];

/** A whole number in words ("fifty-six"), for replacements that keep a draft's style. */
export function numberInWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return undefined;
  if (n < 20) return WORDS_UNDER_TWENTY[n];
  const tens = TENS_WORDS[Math.floor(n / 10) - 2];
  return n % 10 === 0 ? tens : `${tens}-${WORDS_UNDER_TWENTY[n % 10]}`;
}

/** "two-thirds" for 0.667: the fractions drafts write in words. */
export function fractionInWords(v: number): string | undefined {
  const known: [number, string][] = [
    [1 / 2, 'half'],
    [1 / 3, 'one-third'],
    [2 / 3, 'two-thirds'],
    [1 / 4, 'one-quarter'],
    [3 / 4, 'three-quarters'],
  ];
  const hit = known.find(([value]) => Math.abs(value - v) < 0.01);
  return hit?.[1];
}

/** Day slots in a month and month slots in a year of `dayRange`'s scale (room for a winter's January and February). */
const MONTH_SLOT_DAYS = 32;
const YEAR_SLOT_DAYS = 16 * MONTH_SLOT_DAYS;

/**
 * The first and last day a date may mean, counted in one scale (a year of 16 months of 32 days, room for a winter's
 * January and February after its December, so a month's days and a season's months are ranges in it): "October 2018"
 * is all of its days, "summer 2019" its three months. A date of no year (two dates of one source, same year) is read in
 * year 0.
 */
export function dayRange(d: DraftDate): [number, number] {
  // A decade without a year ("the 1990s") is all of its ten years.
  if (d.year === undefined && d.decade !== undefined) return [d.decade * YEAR_SLOT_DAYS, (d.decade + 10) * YEAR_SLOT_DAYS - 1];
  const year = (d.year ?? 0) * YEAR_SLOT_DAYS;
  const months =
    d.month !== undefined
      ? [d.month, d.month]
      : d.season !== undefined
        ? [SEASON_MONTHS[d.season][0], SEASON_MONTHS[d.season][2]]
        : [1, 12];
  // Winter is dated by the year of its December: its January and February fall in the next year.
  const last = months[1] < months[0] ? months[1] + 12 : months[1];
  if (d.day !== undefined && d.month !== undefined) {
    const day = year + d.month * MONTH_SLOT_DAYS + d.day;
    return [day, day];
  }
  return [year + months[0] * MONTH_SLOT_DAYS, year + last * MONTH_SLOT_DAYS + MONTH_SLOT_DAYS - 1];
}

/** A day of `dayRange`'s scale as a count of calendar days (a month taken for 30.4), for the length between two dates. */
export function calendarDays(ordinal: number): number {
  const rest = ordinal % YEAR_SLOT_DAYS;
  return Math.floor(ordinal / YEAR_SLOT_DAYS) * 365 + (Math.floor(rest / MONTH_SLOT_DAYS) - 1) * 30.4 + (rest % MONTH_SLOT_DAYS);
}
