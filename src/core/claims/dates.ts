import type { Source } from '../knowledge/types';
import type { DateValue } from './types';
import { MONTHS, type DraftDate, type Span } from './values';

/**
 * Compares a draft's date with a sourced one at the grain both give. Only a clear contradiction counts: "late 2018"
 * agrees with October 2018, "June 2019" with summer 2019; "May 2019" against summer 2019 is left alone.
 */

/** One edit that would make the draft agree: the words to replace and, when clean, what to put there. */
export interface Edit {
  span: Span;
  replacement?: string;
}

const SEASON_MONTHS: Record<NonNullable<DateValue['season']>, { sure: number[]; borderline: number[] }> = {
  spring: { sure: [3, 4, 5], borderline: [2, 6] },
  summer: { sure: [6, 7, 8], borderline: [5, 9] },
  autumn: { sure: [9, 10, 11], borderline: [8, 12] },
  winter: { sure: [12, 1, 2], borderline: [11, 3] },
};
const PART_MONTHS: Record<NonNullable<DraftDate['part']>, { sure: number[]; borderline: number[] }> = {
  early: { sure: [1, 2, 3, 4], borderline: [5, 6] },
  mid: { sure: [5, 6, 7, 8], borderline: [3, 4, 9, 10] },
  late: { sure: [9, 10, 11, 12], borderline: [7, 8] },
};

export const monthName = (m: number): string => MONTHS[m - 1][0].toUpperCase() + MONTHS[m - 1].slice(1);

/** A date as a reader would write it: "2013", "November 2019", "winter 2018", "the 2000s". */
export function dateText(date: DraftDate): string {
  if (date.decade !== undefined) return `the ${date.decade}s`;
  const within = date.month !== undefined ? monthName(date.month) : date.season;
  return [within, date.year].filter((part) => part !== undefined).join(' ');
}

/** The edits that make `draft` agree with `fact`; empty when they already agree or cannot be compared. */
export function dateConflicts(draft: DraftDate, fact: DateValue): Edit[] {
  const edits: Edit[] = [];
  if (fact.decade !== undefined) {
    if (draft.decade !== undefined && draft.decade !== fact.decade) edits.push({ span: draft.decadeSpan!, replacement: `${fact.decade}s` });
    if (draft.year !== undefined && (draft.year < fact.decade || draft.year > fact.decade + 9)) edits.push({ span: draft.yearSpan! });
    return edits;
  }
  if (fact.year !== undefined) {
    if (draft.year !== undefined && draft.year !== fact.year) edits.push({ span: draft.yearSpan!, replacement: String(fact.year) });
    if (draft.decade !== undefined && Math.floor(fact.year / 10) * 10 !== draft.decade) {
      edits.push({ span: draft.decadeSpan!, replacement: `${Math.floor(fact.year / 10) * 10}s` });
    }
  }
  if (fact.month !== undefined) {
    if (draft.month !== undefined && draft.month !== fact.month) {
      // The part of a wrong month goes with it: "early October" against mid-November is wrong as a whole, and the
      // fix ("November") replaces both words.
      const span = draft.partSpan && !draft.numericMonth ? { start: draft.partSpan.start, end: draft.monthSpan!.end } : draft.monthSpan!;
      edits.push({ span, replacement: draft.numericMonth ? String(fact.month).padStart(2, '0') : monthName(fact.month) });
    } else if (draft.month === undefined && draft.season && clearlyOutside(SEASON_MONTHS[draft.season], fact.month)) {
      edits.push({ span: draft.seasonSpan!, replacement: monthName(fact.month) });
    } else if (
      draft.month === undefined &&
      !draft.season &&
      draft.part &&
      draft.year !== undefined &&
      clearlyOutside(PART_MONTHS[draft.part], fact.month)
    ) {
      edits.push({ span: draft.partSpan!, replacement: monthName(fact.month) });
    }
    // Every wrong part: "19 December" against November 9 is wrong in both, and the fix rewrites both.
    if (fact.day !== undefined && draft.day !== undefined && draft.day !== fact.day) {
      edits.push({ span: draft.daySpan!, replacement: String(fact.day) });
    }
  }
  if (fact.season !== undefined) {
    if (draft.season !== undefined && draft.season !== fact.season) edits.push({ span: draft.seasonSpan!, replacement: fact.season });
    else if (draft.month !== undefined && clearlyOutside(SEASON_MONTHS[fact.season], draft.month))
      edits.push({ span: draft.monthSpan!, replacement: fact.season });
  }
  return edits;
}

function clearlyOutside(range: { sure: number[]; borderline: number[] }, month: number): boolean {
  return !range.sure.includes(month) && !range.borderline.includes(month);
}

/** Whether a draft date is precise enough, and in agreement, to count as siding with a variant value. */
export function dateAgrees(draft: DraftDate, value: DateValue): boolean {
  return dateConflicts(draft, value).length === 0;
}

/** The latest year a source may have been written in: its date, else the latest its text allows; undefined if unknown. */
export function yearWritten(source: Source | undefined): number | undefined {
  const iso = /^\d{4}/.exec(source?.date.value ?? source?.date.latest ?? '');
  return iso ? Number(iso[0]) : undefined;
}

/** Years after a source was written from which a draft's date tells another event than the source's. */
const YEARS_AFTER_WRITING = 2;

/**
 * Whether a draft dates an event years after the sources telling a past event were written (`written`, the latest
 * year of them): they cannot have told of an event then, so the draft tells another one ("agreed to lift the curbs
 * in March 2023" against a 2020 article's "decision in summer 2019 to tighten" them), whatever words the two share.
 * A year or so later is often a slip for the sources' year; a source looking ahead ("the 2021 Olympics" in a 2020
 * article) speaks of later years. A sourced date without a year ("last summer", "in November") is of the time of
 * writing.
 */
export function datedAfterWriting(
  draft: { year?: number; decade?: number },
  sourced: { year?: number; decade?: number },
  written: number | undefined,
): boolean {
  if (written === undefined) return false;
  const year = (d: { year?: number; decade?: number }) => d.year ?? (d.decade !== undefined ? d.decade + 9 : undefined);
  const mine = year(draft);
  const theirs = year(sourced) ?? written;
  return mine !== undefined && theirs <= written && mine >= written + YEARS_AFTER_WRITING;
}
