/**
 * When a thing was told, against when what it tells happened. A date of a written work ("the March 2021 essay puts
 * the low-water mark in that same year", "a report published in 2019") or of a statement ("Moon himself said in early
 * 2021 that it remains an official agreement", "Moon's statement in early 2021 that …") dates the telling, not the
 * event told: it is compared only with a date the other sentence gives a telling of the same kind. Apart because the
 * references ("that year", references.ts) skip a work's date as alignment.ts does.
 */
import {
  DOCUMENT_NOUNS,
  PUBLISHING_VERBS,
  PUNCTUATION_BETWEEN,
  SPEAKING_VERBS,
  STATEMENT_NOUNS,
  STATEMENT_VERBS,
  VIEW_VERBS,
} from '../lexicon';
import type { AnalysedSentence, Slot } from '../sentenceAnalysis';
import type { Token } from '../../tokens';
import { stem } from '../stem';
import { clauseAround } from './clauses';

/** The stems of the nouns of a written work (lexicon.ts `DOCUMENT_NOUNS`). */
const DOCUMENTS = new Set([...DOCUMENT_NOUNS].map(stem));
/** The stems of the verbs by which a work comes out (`PUBLISHING_VERBS`). */
const PUBLISHING = new Set([...PUBLISHING_VERBS].map(stem));
/** The stems of verbs of saying (`SPEAKING_VERBS`, `VIEW_VERBS`, `STATEMENT_VERBS`). */
const SAYING_VERBS = new Set([...SPEAKING_VERBS, ...VIEW_VERBS, ...STATEMENT_VERBS].map(stem));

/** Whether word `k` is a word of saying: a verb of saying, or a noun of a statement as written or plural. */
function saying(a: AnalysedSentence, k: number): boolean {
  if (a.quoted[k] === 1) return false;
  const w = a.words[k].lower;
  return statementNoun(w) || (a.content[k] === 1 && SAYING_VERBS.has(a.stems[k]));
}
/** Whether lower-cased word `w` is a noun of a statement (`STATEMENT_NOUNS`), as written or plural. */
function statementNoun(w: string): boolean {
  return STATEMENT_NOUNS.has(w) || (w.endsWith('s') && STATEMENT_NOUNS.has(w.slice(0, -1)));
}

/** The stems of the verbs that name a work by its writing alone, opening a clause ("Writing in 2021, …"). */
const WRITING = new Set(['write', 'publish'].map(stem));
/** Prepositions before a work's or a statement's date ("published in 2019", "said on March 1", "an essay from 2021"). */
const DATE_PREPOSITIONS = new Set(['in', 'on', 'from']);
/** Most words between a date and the work it stands before ("the March 2021 CSIS essay"). */
const BEFORE_WORK = 2;
/** Most words between a word of saying and the "that" opening what was said ("said in early 2021 that"). */
const SAYING_REACH = 8;

/**
 * The place of the noun of the written work date `slot` dates ("the March 2021 essay", "a 2019 CSIS report", "the
 * essay, published in March 2021", "an article from 2020"), or -1; the place of the verb for a work named by its
 * writing alone ("Writing in 2021, the authors …").
 */
export function workDated(a: AnalysedSentence, slot: Slot): number {
  return slot.kind === 'date' ? workDatedIn(a.words, a.source, a.start, slot.first, slot.last) : -1;
}

/**
 * `workDated` of the date at words `first`..`last` of `words`, whose offsets are in `text` past `offset`: read by the
 * curated facts' check too (dateClaims.ts), over its own view of the sentence.
 */
export function workDatedIn(words: readonly Token[], text: string, offset: number, first: number, last: number): number {
  const stemAt = (k: number) => (words[k] ? stem(words[k].lower) : '');
  const marked = (k: number) => PUNCTUATION_BETWEEN.test(text.slice(words[k - 1].end - offset, words[k].start - offset));
  for (let k = last + 1; k < words.length && k <= last + 1 + BEFORE_WORK && !marked(k); k++) if (DOCUMENTS.has(stemAt(k))) return k;
  let k = first - 1;
  if (DATE_PREPOSITIONS.has(words[k]?.lower ?? '')) k--;
  else if (!PUBLISHING.has(stemAt(k))) return -1;
  if (k >= 0 && PUBLISHING.has(stemAt(k))) {
    // A verb of writing opening its clause names the work by its writing ("Writing in 2021, the authors …").
    if ((k === 0 || marked(k)) && WRITING.has(stemAt(k))) return k;
    k--;
  }
  return k >= 0 && DOCUMENTS.has(stemAt(k)) ? k : -1;
}

/**
 * The place of the word of saying whose time date `slot` gives, or -1: the date stands between that word and the
 * "that" opening what was said ("Moon said in early 2021 that …", "Moon's statement in early 2021 that …"), or opens
 * the clause of a word of saying followed by its "that" ("In early 2021, Moon said that …"). Only a saying with a
 * clause of what was said: "The appointment was announced on December 23" dates the appointment, told by its
 * announcement.
 */
export function sayingDated(a: AnalysedSentence, slot: Slot): number {
  if (slot.kind !== 'date') return -1;
  const [from, to] = clauseAround(a, slot);
  // Only prepositions between (or nothing): "said in early 2021", "said last week".
  const bare = (i: number, j: number) => a.words.slice(i, j).every((w) => DATE_PREPOSITIONS.has(w.lower));
  for (let s = from; s < to; s++) {
    if (!saying(a, s)) continue;
    if (s < slot.first) {
      if (bare(s + 1, slot.first) && thatAfter(a, s, to) > slot.last) return s;
    } else if (s > slot.last && bare(from, slot.first) && thatAfter(a, s, to) >= 0) {
      // The date opens the clause ("In early 2021, Moon said that …"), no other telling between it and the word.
      const between = a.words.slice(slot.last + 1, s);
      if (!between.some((w) => w.lower === 'that') && !a.slots.some((o) => o.kind === 'date' && o.first > slot.last && o.last < s))
        return s;
    }
  }
  return -1;
}

/** Marks that end a clause or open an aside, read between two words (not a comma: "In early 2021, Moon said that"). */
const CLAUSE_MARKS = /[;:()—–]/;

/** Most words between a date opening its sentence and the word of saying it dates ("In early 2021, Moon said"). */
const OPENING_REACH = 6;

/**
 * The place of the "that" opening what was said, where the date at words `first`..`last` of `words` dates the saying
 * (`sayingDated` read from the words alone, for the curated facts' check, dateClaims.ts): right after a word of saying
 * or its preposition and before the "that" ("said in early 2021 that", "Moon's statement in early 2021 that"), or
 * opening the sentence before the word of saying and its "that" ("In January 2021, Moon acknowledged that"). -1 if not.
 */
export function sayingThatIn(words: readonly Token[], text: string, offset: number, first: number, last: number): number {
  const lower = (k: number) => words[k]?.lower ?? '';
  const marked = (k: number) => CLAUSE_MARKS.test(text.slice(words[k - 1].end - offset, words[k].start - offset));
  const isSaying = (k: number) => {
    const w = lower(k);
    return statementNoun(w) || (w !== '' && SAYING_VERBS.has(stem(w)));
  };
  const thatWithin = (from: number, reach: number) => {
    for (let k = from; k < words.length && k < from + reach; k++) {
      if (marked(k)) return -1;
      if (lower(k) === 'that') return k;
    }
    return -1;
  };
  const s = DATE_PREPOSITIONS.has(lower(first - 1)) ? first - 2 : first - 1;
  if (s >= 0 && isSaying(s)) return thatWithin(last + 1, 2);
  const opens = first === 0 || (first === 1 && DATE_PREPOSITIONS.has(lower(0)));
  if (!opens) return -1;
  for (let k = last + 1; k < words.length && k <= last + OPENING_REACH; k++) {
    if (marked(k) || lower(k) === 'that') return -1;
    if (isSaying(k)) return thatWithin(k + 1, 3);
  }
  return -1;
}

/** The "that" opening what the word of saying at `s` tells, within its clause (ending before `to`), or -1. */
function thatAfter(a: AnalysedSentence, s: number, to: number): number {
  for (let k = s + 1; k < to && k <= s + SAYING_REACH; k++) if (a.words[k].lower === 'that') return k;
  return -1;
}

/**
 * Whether date `slot` may date a telling: its clause holds a word of saying (`saying`) with the date not in what was
 * said (after the word's "that"). A date in a clause of no saying, or in what was said ("reaffirmed that the 2015
 * agreement …"), dates the thing told.
 */
function mayDateSaying(a: AnalysedSentence, slot: Slot): boolean {
  const [from, to] = clauseAround(a, slot);
  for (let s = from; s < to; s++) {
    if (!saying(a, s)) continue;
    const that = thatAfter(a, s, to);
    if (!(that >= 0 && that < slot.first)) return true;
  }
  return false;
}

/** Whether date `slot`'s clause names a written work of the stem `work` (its date may be the work's). */
function clauseNamesWork(a: AnalysedSentence, slot: Slot, work: string): boolean {
  const [from, to] = clauseAround(a, slot);
  for (let k = from; k < to; k++) if (a.stems[k] === work) return true;
  return false;
}

/**
 * Whether one of two dates dates a telling, a written work or a statement (`workDated`, `sayingDated`), and the
 * other cannot date a telling of that kind: the two tell different things, one when it was told, the other when
 * something happened ("The March 2021 essay …" against "… hit a low-water mark in 2019"; "Moon said in early 2021
 * that it remains an official agreement" against "Moon's unilateral scrapping of the … agreement in 2018").
 */
export function otherTimeOfTelling(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  if (a.kind !== 'date' || b.kind !== 'date') return false;
  return tellingApart(x, a, y, b) || tellingApart(y, b, x, a);
}

/** `otherTimeOfTelling` one way: `a` dates a telling that `b` cannot date. */
function tellingApart(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  const work = workDated(x, a);
  if (work >= 0) return workDated(y, b) < 0 && !clauseNamesWork(y, b, x.stems[work]);
  return sayingDated(x, a) >= 0 && !mayDateSaying(y, b);
}

/** Whether date `slot` dates a telling, a written work or a statement (`workDated`, `sayingDated`). */
export function tellingDated(a: AnalysedSentence, slot: Slot): boolean {
  return slot.kind === 'date' && (workDated(a, slot) >= 0 || sayingDated(a, slot) >= 0);
}
