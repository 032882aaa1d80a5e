/**
 * Where a sentence's clauses begin and end: whether two words stand in one clause, whether a mark or a conjunction
 * breaks it between them, and how many words lie between two values. Apart because nearly every other reading of the
 * alignment (events, relations, denials) is bounded by a clause.
 */
import { CLAUSE_CONJUNCTIONS, CLAUSE_OPENERS, PUNCTUATION_BETWEEN } from '../lexicon';
import type { AnalysedSentence, Slot } from '../sentenceAnalysis';
import { textBetween } from '../sourceClaims';

export { PUNCTUATION_BETWEEN };

/**
 * Whether a denial stands before word `at` in its clause ("it was not a destroyer that …", "did not respond in kind"): a
 * denial after it, or in a clause of its own, denies another thing.
 */
export function deniedEarlierInClause(a: AnalysedSentence, at: number): boolean {
  return a.negations.some((n) => n < at && sameClause(a, n, at));
}

/** Whether words i < j of a sentence stand in one clause: no clause word and no mark of punctuation between them. */
export function sameClause(a: AnalysedSentence, i: number, j: number, lists = false): boolean {
  // `lists`: an "and" joining two names ("visited Tokyo and Seoul as …") joins a list, not two clauses.
  const listed = (k: number) =>
    lists && a.words[k].lower === 'and' && a.slots.some((s) => s.last === k - 1) && a.slots.some((s) => s.first === k + 1);
  for (let k = i + 1; k < j; k++) if (CLAUSE_OPENERS.has(a.words[k].lower) && !listed(k)) return false;
  for (let k = i; k < j; k++) if (PUNCTUATION_BETWEEN.test(textBetween(a, k, k + 1))) return false;
  return true;
}

/** Whether a semicolon, a dash or a colon stands between words i and j, or a comma and a conjunction opens word j. */
export function breaksClause(a: AnalysedSentence, i: number, j: number): boolean {
  const w = a.words;
  if (!w[i] || !w[j]) return false;
  // Read from the character codes between the two words: this runs at every word boundary of every sentence.
  const from = w[i].end - a.start;
  const to = w[j].start - a.start;
  let comma = false;
  for (let k = from; k < to; k++) {
    const c = a.source.charCodeAt(k);
    if (c === 59 || c === 58 || c === 0x2014 || c === 0x2013) return true; // ; : — –
    if (c === 45 && k > from && k + 1 < to && a.source.charCodeAt(k - 1) === 32 && a.source.charCodeAt(k + 1) === 32) return true; // " - "
    if (c === 44) comma = true;
  }
  return comma && CLAUSE_CONJUNCTIONS.has(w[j].lower);
}

/**
 * Whether a break of clause (`breaksClause`) stands anywhere between two values: each lies in a clause of its own
 * ("Abe and Moon met in Chengdu in December 2018, and Abe later told the Diet …").
 */
export function clausesApart(a: AnalysedSentence, x: Words, y: Words): boolean {
  const [from, to] = x.last < y.first ? [x.last, y.first] : [y.last, x.first];
  for (let k = from; k < to; k++) if (breaksClause(a, k, k + 1)) return true;
  return false;
}

/** The words from..to-1 of the clause `value` stands in, between the nearest breaks of clause (`breaksClause`). */
export function clauseAround(a: AnalysedSentence, value: Slot): [number, number] {
  let from = value.first;
  while (from > 0 && !breaksClause(a, from - 1, from)) from--;
  let to = value.last + 1;
  while (to < a.words.length && !breaksClause(a, to - 1, to)) to++;
  return [from, to];
}

/** A stretch of a sentence's words, first to last: a value, or the words of a predicate. */
type Words = Pick<Slot, 'first' | 'last'>;

/**
 * Where an aside set off by a pair of dashes, opening between words k and k + 1, ends ("Park Jie-won — then Moon's
 * unification minister — arrived in Tokyo"): the first word after the closing dash. -1 where no dash opens there, or
 * none closes it before a semicolon, a colon or the sentence's end: a single dash opens a clause of its own.
 */
export function pastDashAside(a: AnalysedSentence, k: number): number {
  if (!dashBetween(a, k)) return -1;
  for (let j = k + 1; j + 1 < a.words.length; j++) {
    if (dashBetween(a, j)) return j + 1;
    if (/[;:]/.test(textBetween(a, j, j + 1))) return -1;
  }
  return -1;
}

/** Whether a dash (not a hyphen within a word) stands between words k and k + 1. */
function dashBetween(a: AnalysedSentence, k: number): boolean {
  const between = textBetween(a, k, k + 1);
  return /[—–]|\s-\s/.test(between);
}

/** Words between two values (0 when adjacent or overlapping). */
export function wordsApart(a: Slot, b: Slot): number {
  return a.last < b.first ? b.first - a.last - 1 : b.last < a.first ? a.first - b.last - 1 : 0;
}

/** Most words an aside set off by commas after a value may hold ("head of the National Intelligence Service"). */
const ASIDE_REACH = 12;

/**
 * Conjunctions that join clauses (lexicon.ts `CLAUSE_CONJUNCTIONS`): never inside an aside. Not "and", which may join
 * an aside's own words ("the assistant Secretary of state for East Asia and Pacific affairs"); a clause it opens has its
 * own doer after it, which no aside's first comma follows ("Japan refused, and Seoul, angered, …").
 */
const ASIDE_BREAKERS = new Set([...CLAUSE_CONJUNCTIONS].filter((w) => w !== 'and'));

/**
 * The first word after an aside set off by commas right after word `last` ("Park Jie-won, head of the National
 * Intelligence Service, traveled …": the index of "traveled"), or -1 when no comma follows the word or no second
 * comma closes the aside within `ASIDE_REACH` words: a list ("Japan, South Korea and China met") has no comma closing it
 * before its verb, and a clause opened after the comma ("…, but Seoul …") is no aside.
 */
export function afterAside(a: AnalysedSentence, last: number): number {
  if (!textBetween(a, last, last + 1).includes(',')) return -1;
  for (let k = last + 1; k < a.words.length - 1 && k <= last + ASIDE_REACH; k++) {
    if (ASIDE_BREAKERS.has(a.words[k].lower)) return -1;
    const between = textBetween(a, k, k + 1);
    if (between.includes(',')) return k + 1;
    if (PUNCTUATION_BETWEEN.test(between)) return -1;
  }
  return -1;
}

/**
 * The last word before an aside set off by commas and ending right before word `next` (`afterAside` read backward:
 * the index of "Park Jie-won"'s last word for "traveled"), or -1.
 */
export function beforeAside(a: AnalysedSentence, next: number): number {
  if (next < 1 || !textBetween(a, next - 1, next).includes(',')) return -1;
  for (let k = next - 1; k >= 1 && k >= next - 1 - ASIDE_REACH; k--) {
    if (ASIDE_BREAKERS.has(a.words[k].lower)) return -1;
    const between = textBetween(a, k - 1, k);
    if (between.includes(',')) return k - 1;
    if (PUNCTUATION_BETWEEN.test(between)) return -1;
  }
  return -1;
}
