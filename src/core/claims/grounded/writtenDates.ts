/**
 * Dates a source tells from the time it was written: "Last December", "last summer's measures", "This past week". A
 * reader of the source knows when it was written, and so when these were; the checker knows it from the source's
 * metadata (a printed date, or the bounds its text allows). Such a date is read as the date it comes to only where
 * every time of writing those bounds allow gives the same one: nothing is guessed, and a source whose date is unknown
 * keeps its words as they are (a month or season without a year, compared as such).
 */
import type { SourceDate } from '../../knowledge/types';
import { SEASON_MONTHS, type DraftDate } from '../values';
import { HELD_PART_WORDS, TOLD_BACK_DAYS, TOLD_BACK_YEARS } from './lexicon';
import { AGO, KIND_BITS, newSlot, WINDOW, YEAR_UNIT, type AnalysedSentence, type Slot } from './sentenceAnalysis';

/** A day of writing, as far as it is known (a bound given to the month stands for every day of it). */
interface WritingDay {
  year: number;
  month: number;
  /** Undefined when the bound gives only the month. */
  day?: number;
}

/** The earliest and latest days a source may have been written on. */
export interface WritingTime {
  earliest: WritingDay;
  latest: WritingDay;
}

/** A source's time of writing from its metadata; undefined when it gives no month (a year alone settles nothing here). */
export function writingTime(date: SourceDate): WritingTime | undefined {
  const earliest = dayOf(date.value ?? date.earliest);
  const latest = dayOf(date.value ?? date.latest);
  return earliest && latest ? { earliest, latest } : undefined;
}

function dayOf(iso: string | null | undefined): WritingDay | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso ?? '');
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), ...(m[3] ? { day: Number(m[3]) } : {}) };
}

/** Words that tell the week before the time of writing ("This past week, Blinken and Austin made … visits"). */
const PAST_WEEK_PHRASES: readonly (readonly string[])[] = [
  ['this', 'past', 'week'],
  ['last', 'week'],
  ['the', 'past', 'week'],
];

/** Days a week told as past may reach back: a week written on the 8th or later lies in the month of writing. */
const WEEK_DAYS = 7;

/**
 * `reading` with its dates told from the time of writing read as the dates they come to (`counted`, so a warning can
 * say what they came to): a month or season after "last" gets its year where that is not in doubt; "this past week" becomes the month of writing
 * when the source's exact day puts the whole week in it. `reading` itself when none is, or none can be settled.
 */
export function withDatesFromWriting(reading: AnalysedSentence, time: WritingTime | undefined): AnalysedSentence {
  if (!time) return reading;
  let slots: Slot[] | undefined;
  const words = reading.words;
  reading.slots.forEach((slot, k) => {
    const years = yearsToldBack(slot, time);
    const began = heldSince(reading, slot, time);
    if (years || began) {
      slots ??= [...reading.slots];
      slots[k] = { ...slot, number: { ...slot.number!, ...(years ? { years } : {}), ...(began ? { began } : {}) } };
      return;
    }
    const date = slot.date;
    if (slot.kind !== 'date' || !date || date.year !== undefined || date.decade !== undefined) return;
    if (words[slot.first - 1]?.lower !== 'last') return;
    const year = settled(time, (day) => (date.month !== undefined ? lastMonthYear(day, date.month) : lastSeasonYear(day, date.season)));
    if (year === undefined) return;
    slots ??= [...reading.slots];
    slots[k] = counted(reading, slot.first - 1, slot.last, { ...date, first: slot.first - 1, year });
  });
  // Only a sentence giving no date of its own is dated by its week; most give one, and are not searched for the phrase.
  const week = reading.slots.some((s) => s.kind === 'date') ? undefined : pastWeek(reading);
  const month = week && writtenMonthOfPastWeek(time);
  if (week && month) {
    slots ??= [...reading.slots];
    slots.push(counted(reading, week[0], week[1], { first: week[0], last: week[1], ...month }));
    slots.sort((a, b) => a.first - b.first);
  }
  // A time back from writing the week does not settle to a month ("In recent weeks, …"): its year, where every time
  // of writing gives the same.
  const back = week && month ? undefined : reading.slots.some((s) => s.kind === 'date') ? undefined : toldBack(reading, time);
  if (back) {
    slots ??= [...reading.slots];
    slots.push(counted(reading, back.first, back.last, back));
    slots.sort((a, b) => a.first - b.first);
  }
  if (!slots) return reading;
  const content = reading.content.slice();
  for (const s of slots) if (s.counted) for (let i = s.first; i <= s.last; i++) content[i] = 0;
  // A length told back is compared with a draft's dates too (`compareSlots`): the passage is a candidate for them.
  const kinds = slots.reduce((bits, s) => bits | KIND_BITS[s.kind] | (s.number?.years || s.number?.began ? KIND_BITS.date : 0), 0);
  return { ...reading, slots, content, kinds };
}

/** A date slot over words first..last, read as `date` and marked as counted. */
function counted(reading: AnalysedSentence, first: number, last: number, date: DraftDate): Slot {
  const start = reading.words[first].start;
  const end = reading.words[last].end;
  return newSlot({
    kind: 'date',
    first,
    last,
    start,
    end,
    text: reading.source.slice(start - reading.start, end - reading.start),
    date,
    counted: true,
  });
}

/** The value `of` gives for every day of writing the bounds allow, if it is one; undefined otherwise. */
function settled(time: WritingTime, of: (day: WritingDay) => number | undefined): number | undefined {
  const a = of(time.earliest);
  const b = of(time.latest);
  // Within one year of writing, a later day can only turn a settled reading into doubt, never into another year:
  // the two bounds agreeing settles every day between them.
  return a !== undefined && a === b && time.earliest.year === time.latest.year ? a : undefined;
}

/**
 * The year of "last <month>" written on `day`, where the most recent such month and that month of the year before are
 * one ("last December" written in July 2019 is December 2018). Written in November 2020, "last September" may mean
 * either September: undefined.
 */
function lastMonthYear(day: WritingDay, month: number): number | undefined {
  return month >= day.month ? day.year - 1 : undefined;
}

/**
 * The year of "last <season>" written on `day`, on the same terms: "last summer" written in March 2021 is summer 2020;
 * written in November 2020 it may be either summer (a source of that month means 2019 by it). Not winter, which spans
 * two years.
 */
function lastSeasonYear(day: WritingDay, season: DraftDate['season']): number | undefined {
  if (!season || season === 'winter') return undefined;
  return SEASON_MONTHS[season][0] >= day.month ? day.year - 1 : undefined;
}

/** Words first..last of a phrase telling the week before writing, if the sentence has one. */
function pastWeek(reading: AnalysedSentence): [number, number] | undefined {
  const words = reading.words;
  for (let i = 0; i < words.length; i++) {
    for (const phrase of PAST_WEEK_PHRASES) {
      if (phrase.every((w, k) => words[i + k]?.lower === w)) return [i, i + phrase.length - 1];
    }
  }
  return undefined;
}

/** The month of writing when the source's exact day puts the whole week before it in that month. */
function writtenMonthOfPastWeek(time: WritingTime): { year: number; month: number } | undefined {
  const { earliest, latest } = time;
  if (earliest.day === undefined || latest.day === undefined) return undefined;
  if (earliest.year !== latest.year || earliest.month !== latest.month || earliest.day <= WEEK_DAYS) return undefined;
  return { year: latest.year, month: latest.month };
}

/**
 * The years a length of years told back from the time of writing comes to: "some 20 years ago" written in 2021 is
 * about 2001, "the past decade" the ten years up to 2021. Widened by half the length's rounding step either way (a
 * writer's "20 years" may be 16 or 24) and by the bounds of the time of writing; undefined for any other value.
 */
function yearsToldBack(slot: Slot, time: WritingTime): readonly [number, number] | undefined {
  const n = slot.number;
  if (slot.kind !== 'number' || !n || (n.unit !== YEAR_UNIT + AGO && n.unit !== YEAR_UNIT + WINDOW)) return undefined;
  const [least, most] = n.range ?? [n.value, n.value];
  const slack = Math.ceil(Math.max(n.step ?? 1, n.approximate ? 0.3 * most : 0) / 2);
  const from = time.earliest.year - most - slack;
  // A length ago is a time back then; a window ("the past decade") runs up to the time of writing.
  const to = n.unit === YEAR_UNIT + AGO ? time.latest.year - least + slack : time.latest.year;
  return [from, to];
}

/** Words between "for" and a length held up to now that make its count a floor ("for over three decades"). */
const HELD_FLOOR_WORDS = new Set(['over', 'more', 'than']);

/** Words between "for" and a length held up to now that leave its count as rounded as it is ("for nearly two decades"). */
const HELD_ROUGH_WORDS = new Set(['nearly', 'almost', 'about', 'some', 'roughly', 'around']);

/** Years farther back than any length told: where a floor leaves a thing's beginning open. */
const OPEN_PAST = 10000;

/**
 * The years a thing held up to the time of writing began in, where the passage tells it in the perfect for a length of
 * years ("For over three decades, Seoul and Tokyo have tussled …", "For much of the past three decades, North Korea's
 * growing arsenal … has provided …"): at the latest that length (or the share "much of" leaves) before the latest day
 * of writing, less half its rounding step unless a floor ("over") fixes its least; at the earliest its most before the
 * earliest day, or long before under a floor. Undefined for any other length.
 */
function heldSince(reading: AnalysedSentence, slot: Slot, time: WritingTime): readonly [number, number] | undefined {
  const n = slot.number;
  if (slot.kind !== 'number' || !n || (n.unit !== YEAR_UNIT && n.unit !== YEAR_UNIT + WINDOW)) return undefined;
  const word = (k: number) => reading.words[k]?.lower ?? '';
  let k = slot.first - 1;
  // "the past three decades": the window's own words, when the slot holds only its count.
  if (n.unit === YEAR_UNIT + WINDOW && (word(k) === 'past' || word(k) === 'last') && word(k - 1) === 'the') k -= 2;
  let share = 1;
  if (word(k) === 'of' && HELD_PART_WORDS.has(word(k - 1))) {
    share = HELD_PART_WORDS.get(word(k - 1))!;
    k -= 2;
  }
  let floor = false;
  while (HELD_FLOOR_WORDS.has(word(k)) || HELD_ROUGH_WORDS.has(word(k))) {
    floor ||= HELD_FLOOR_WORDS.has(word(k));
    k--;
  }
  if (word(k) !== 'for' || !reading.words.some((w) => w.lower === 'has' || w.lower === 'have')) return undefined;
  const [least, most] = n.range ?? [n.value, n.value];
  // A count without a figure ("for centuries") allows its range and no more.
  const slack = n.range ? 0 : Math.ceil(Math.max(n.step ?? 1, n.approximate ? 0.3 * most : 0) / 2);
  const from = floor ? time.earliest.year - OPEN_PAST : time.earliest.year - most - slack;
  const to = Math.floor(time.latest.year - share * (floor ? least : least - slack));
  return [from, to];
}

/**
 * The date a phrase telling a time back from writing comes to (lexicon.ts `TOLD_BACK_DAYS`: "In recent weeks, …";
 * `TOLD_BACK_YEARS`: "this year"), as the first of them in the sentence
 * gives it: the year, where the earliest and the latest day it may be, over every time of writing, fall in one (a
 * month, where in one month too). Not "his … year in office" or "the … year": a word before the phrase owning or
 * determining it makes it a year of something else.
 */
function toldBack(reading: AnalysedSentence, time: WritingTime): DraftDate | undefined {
  const words = reading.words;
  for (let i = 0; i < words.length; i++) {
    if (DETERMINED_BY.has(words[i - 1]?.lower ?? '')) continue;
    for (const [phrase, range] of TOLD_BACK_PHRASES) {
      if (!phrase.every((w, k) => words[i + k]?.lower === w)) continue;
      const [first, last] = [i, i + phrase.length - 1];
      if (range.years !== undefined) {
        // "this year of the pandemic", "this year in office": a year of something else.
        if (words[last + 1]?.lower === 'of' || words[last + 1]?.lower === 'in') return undefined;
        if (time.earliest.year !== time.latest.year) return undefined;
        return { first, last, year: time.earliest.year - range.years };
      }
      const from = shifted(time.earliest, -range.days![1], false);
      const to = shifted(time.latest, -range.days![0], true);
      if (from.getUTCFullYear() !== to.getUTCFullYear()) return undefined;
      const sameMonth = from.getUTCMonth() === to.getUTCMonth();
      return { first, last, year: from.getUTCFullYear(), ...(sameMonth ? { month: from.getUTCMonth() + 1 } : {}) };
    }
  }
  return undefined;
}

/** Words before a phrase of `TOLD_BACK_PHRASES` making it a time of something else ("his last year in office"). */
const DETERMINED_BY = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'the', 'a', 'that', 'this', 'every', 'each']);

/** The phrases of lexicon.ts `TOLD_BACK_DAYS` and `TOLD_BACK_YEARS`, as words, each with its reach back. */
const TOLD_BACK_PHRASES: readonly (readonly [readonly string[], { days?: readonly [number, number]; years?: number }])[] = [
  ...[...TOLD_BACK_DAYS].map(([phrase, days]) => [phrase.split(' '), { days }] as const),
  ...[...TOLD_BACK_YEARS].map(([phrase, years]) => [phrase.split(' '), { years }] as const),
];

/** A day of writing moved by `days` (a bound given to the month taken at its first day, or its last where `end`). */
function shifted(day: WritingDay, days: number, end: boolean): Date {
  const at = day.day ?? (end ? new Date(Date.UTC(day.year, day.month, 0)).getUTCDate() : 1);
  return new Date(Date.UTC(day.year, day.month - 1, at + days));
}
