/**
 * Clauses of one sentence that each tell their own act of their own subject: each is read as a sentence of its own
 * before a conflict found in it is kept, so nothing in one is compared with a passage through the other's words.
 */
import {
  ASIDE_RELATIVES,
  HEDGE_WORDS,
  IRREGULAR_FORMS,
  LEADING_CLAUSE_CONJUNCTIONS,
  MODAL_VERBS,
  OWN_CLAUSE_CONJUNCTIONS,
  PREPOSITION_PARTICIPLES,
} from './lexicon';
import type { Located } from '../incremental';
import { possessiveMark, type AnalysedSentence } from './sentenceAnalysis';
import { textBetween } from './sourceClaims';

/**
 * The word ranges [from, to) of a sentence's clauses where a clause after the first opens on a person's name after a
 * semicolon ("Park Jie-won traveled to Tokyo as a presidential envoy; Kawamura had earlier gone to Seoul"), or after a
 * comma and a conjunction (`OWN_CLAUSE_CONJUNCTIONS`), which is left out ("…, while Kawamura had earlier gone to Seoul"). Undefined
 * where no such clause opens. The subject is the test of a clause of its own: a semicolon before a list's item, or a
 * "while" of time before a participle ("while visiting Seoul"), opens none.
 */
export function ownSubjectClauses(a: AnalysedSentence): [number, number][] | undefined {
  const clauses: [number, number][] = [];
  let from = 0;
  for (let i = 1; i < a.words.length; i++) {
    const between = textBetween(a, i - 1, i);
    const opens = between.includes(';') ? i : between.includes(',') && OWN_CLAUSE_CONJUNCTIONS.has(a.words[i].lower) ? i + 1 : -1;
    if (opens < 0 || opens >= a.words.length) continue;
    // The person is the subject, not an owner ("…, and Abe's cabinet lost patience"): a thing of theirs may be one
    // the clause before told of.
    if (!a.slots.some((s) => s.first === opens && s.entity?.type === 'person' && !possessiveMark(a.words, s.last + 1))) continue;
    clauses.push([from, i]);
    from = opens;
  }
  if (clauses.length === 0) return undefined;
  clauses.push([from, a.words.length]);
  return clauses;
}

/** The text range of the clause of words [from, to) of `a`: the last clause runs to the sentence's end, past its stop. */
export function clauseSpan(a: AnalysedSentence, [from, to]: readonly [number, number]): Located {
  return { start: a.words[from].start, end: to === a.words.length ? a.end : a.words[to - 1].end };
}

/** Whether the clause of words [from, to) of `a` holds the text range `r`, within its first and last words. */
export function clauseHolds(a: AnalysedSentence, [from, to]: readonly [number, number], r: Located): boolean {
  return a.words[from].start <= r.start && r.end <= a.words[to - 1].end;
}

/**
 * The word range [from, to) of the clause a sentence opens with after a conjunction (`LEADING_CLAUSE_CONJUNCTIONS`),
 * the conjunction left out, up to the comma before the main clause: "Seoul terminated GSOMIA in 2019" of "After Seoul
 * terminated GSOMIA in 2019, Washington scrambled …". Only where the clause opens on a party named as its subject
 * ("the Blue House" too), not as an owner ("After Biden's win, …") nor after a phrase without one ("After the
 * Singapore summit, …"), tells a past act, and runs to a comma within the sentence. Undefined otherwise.
 */
export function leadingClause(a: AnalysedSentence): [number, number] | undefined {
  if (a.words.length < 6 || !LEADING_CLAUSE_CONJUNCTIONS.has(a.words[0].lower)) return undefined;
  const subject = a.words[1].lower === 'the' ? 2 : 1;
  if (!a.slots.some((s) => s.first === subject && s.kind === 'entity' && !possessiveMark(a.words, s.last + 1))) return undefined;
  // An act to come or a guess is no act told as done ("When Seoul terminates GSOMIA, Washington will …").
  if (a.words.some((w) => MODAL_VERBS.has(w.lower))) return undefined;
  for (let i = 2; i < a.words.length - 1; i++) {
    const between = textBetween(a, i, i + 1);
    if (/[;:—–()]/.test(between)) return undefined;
    if (!between.includes(',')) continue;
    // A verb in the past tells the clause's act as done ("terminated", "struck"); a present one may tell a habit or
    // what is to come ("When Seoul terminates …").
    return i + 1 >= 4 && a.words.slice(2, i + 1).some((w) => isPast(w.lower)) ? [1, i + 1] : undefined;
  }
  return undefined;
}

/**
 * The word range [0, to) of the main clause a sentence opens with before a participle telling what its act led to,
 * after a comma: "Seoul terminated GSOMIA in November 2019" of "Seoul terminated GSOMIA in November 2019, leaving
 * Washington to improvise". Read alone it states its act; the participle's words and parties ("Washington") would
 * leave the passage telling the act sharing too little of the sentence. Only where the sentence opens on a party named
 * as its subject, not as an owner, and the clause tells a past act with no modal or hedge (a guess or an act to come).
 * Undefined otherwise, and before a phrase of a preposition ("…, including …", "…, according to …").
 */
export function trailingParticiple(a: AnalysedSentence): [number, number] | undefined {
  const w = a.words;
  if (w.length < 6) return undefined;
  const subject = w[0].lower === 'the' ? 1 : 0;
  if (!a.slots.some((s) => s.first === subject && s.kind === 'entity' && !possessiveMark(w, s.last + 1))) return undefined;
  for (let i = subject + 2; i < w.length - 2; i++) {
    const between = textBetween(a, i - 1, i);
    if (/[;:—–()"“”]/.test(between)) return undefined;
    if (!between.includes(',')) continue;
    const opener = w[i].lower;
    if (!opener.endsWith('ing') || opener.length < 6 || PREPOSITION_PARTICIPLES.has(opener)) return undefined;
    const clause = w.slice(subject + 1, i);
    if (clause.some((x) => MODAL_VERBS.has(x.lower) || HEDGE_WORDS.has(x.lower))) return undefined;
    return clause.some((x) => isPast(x.lower)) ? [0, i] : undefined;
  }
  return undefined;
}

/** Most words of the noun phrase a sentence opens with before an aside about it (`subjectAside`). */
const SUBJECT_WORDS = 8;

/**
 * The aside set off by commas after the noun phrase a sentence opens with, telling an act of it: a relative clause
 * ("The 2015 comfort women agreement, which Tokyo negotiated with President Park, was …") or a past participle
 * ("Japan's export curbs, imposed in the summer of 2019, targeted …"). Returns the word range of the noun phrase and
 * the aside, [0, to), and the aside's first word (after its comma); read alone, the two tell the aside's act of the
 * noun as a statement. Undefined for any other opening, or one with a modal (a guess or an act to come).
 */
export function subjectAside(a: AnalysedSentence): { to: number; aside: number } | undefined {
  const w = a.words;
  let comma = -1;
  for (let i = 1; i <= SUBJECT_WORDS && i < w.length; i++) {
    const between = textBetween(a, i - 1, i);
    if (/[;:—–()"“”]/.test(between)) return undefined;
    if (between.includes(',')) {
      comma = i;
      break;
    }
  }
  if (comma < 2 || comma + 2 >= w.length) return undefined;
  const opener = w[comma].lower;
  if (!ASIDE_RELATIVES.has(opener) && !isPast(opener)) return undefined;
  for (let i = comma + 2; i < w.length - 1; i++) {
    const between = textBetween(a, i - 1, i);
    if (/[;:—–()]/.test(between)) return undefined;
    if (!between.includes(',')) continue;
    if (w.slice(0, i).some((x) => MODAL_VERBS.has(x.lower))) return undefined;
    return { to: i, aside: comma };
  }
  return undefined;
}

/**
 * Whether a word may be a verb's past: "-ed", or an irregular past English cannot derive ("struck", "took"). Wider than
 * sentenceAnalysis's `pastForm`, whose irregular forms are the few that tell an act right after a named party: here any
 * past verb in the clause tells that its act is done (read with `pastForm` instead, fewer clauses are read alone and
 * findings change).
 */
function isPast(word: string): boolean {
  return (word.endsWith('ed') && word.length > 4) || (IRREGULAR_FORMS.has(word) && IRREGULAR_FORMS.get(word) !== word);
}
