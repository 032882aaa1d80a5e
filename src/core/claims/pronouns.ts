import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { sentenceAround, type SentenceRange } from './sentences';

/**
 * "Takeo Kawamura … was among the first to test the waters. He met his counterparts in Seoul in August 2020.": a
 * memo names a person once and goes on with "he" or "she". The checker reads such a sentence as naming that person,
 * but only where nobody could read it otherwise: the pronoun opens the sentence (or follows a short opening phrase),
 * nobody else is named before it, and the previous sentence of the same paragraph names exactly one person the
 * glossary knows. Anything less certain is left unread: a missed claim costs less than a false alarm.
 */

/** The person a sentence's opening pronoun stands for, and where the pronoun is (an offset in the text). */
export interface PronounReferent {
  termId: string;
  at: number;
}

/** How far into a sentence the pronoun may stand ("As Abe's chief cabinet secretary he …"). */
const OPENING = 60;
const PRONOUN = /\b(?:he|she|his|her|him)\b/gi;

/**
 * How many sentences back a chain of pronouns may be followed: "Suga Yoshihide. He took office in 2020 … As Abe's
 * foreign minister he had …" reaches the name through the sentence before, which itself opens with "he".
 */
const CHAIN = 2;

export function pronounReferent(kb: KnowledgeBase, text: string, sentence: SentenceRange, chain = CHAIN): PronounReferent | undefined {
  const opening = text.slice(sentence.start, Math.min(sentence.end, sentence.start + OPENING));
  PRONOUN.lastIndex = 0;
  const pronoun = PRONOUN.exec(opening);
  if (!pronoun) return undefined;
  const at = sentence.start + pronoun.index;
  // Nobody else named before it, except as a possessive ("As Abe's foreign minister he …" is not about Abe).
  if (personMentions(kb, text, sentence.start, at).some((m) => !/^['’]s\b/.test(text.slice(m.end, m.end + 3)))) return undefined;
  const previous = previousSentence(text, sentence);
  if (!previous) return undefined;
  const named = new Set(personMentions(kb, text, previous.start, previous.end).flatMap((m) => m.persons));
  if (named.size === 0 && chain > 0) {
    // Nobody named there: the previous sentence's own opening pronoun may say who it is about.
    const before = pronounReferent(kb, text, previous, chain - 1);
    return before && { termId: before.termId, at };
  }
  if (named.size !== 1) return undefined;
  return { termId: [...named][0], at };
}

/**
 * "GSOMIA … was the next casualty. Seoul terminated it later that year.", "The trouble started in Seoul's highest
 * court. It ruled in October 2017 …": "it" stands for the one subject of a fact the previous sentence of the same
 * paragraph names, under the same care as "he" and "she": never the "it" of "it is clear that", "it was" or "it
 * took", and only when this sentence names no such subject before it. `things` are the subjects of the facts about
 * a thing rather than a person; what counts as naming one is `subjectsNamed`'s.
 */
export function itReferent(kb: KnowledgeBase, text: string, sentence: SentenceRange, things: ThingSubjects): PronounReferent | undefined {
  const body = text.slice(sentence.start, sentence.end);
  OBJECT_IT.lastIndex = 0;
  const it = OBJECT_IT.exec(body);
  if (!it) return undefined;
  const at = sentence.start + it.index + it[1].length;
  const previous = previousSentence(text, sentence);
  if (!previous) return undefined;
  const named = subjectsNamed(kb, text, previous.start, previous.end, things, true);
  if (named.size !== 1) return undefined;
  if (at > sentence.start && subjectsNamed(kb, text, sentence.start, at, things, false).size > 0) return undefined;
  return { termId: [...named.keys()][0], at };
}

/** The terms facts about things are about, and their cues of two words or more (see `subjectsNamed`). */
export interface ThingSubjects {
  terms: ReadonlySet<string>;
  cues: readonly { term: string; cue: string }[];
  /** The last word of every cue (`headOf`): the only nouns "the court" can repeat of a subject named by a cue. */
  cueHeads: ReadonlySet<string>;
  /**
   * "the", "that" or "this" before one of `cueHeads`, found by one search (`repeatsAny`'s first test); undefined where a
   * head holds other than ASCII letters and digits. Without the `u` flag, ten times faster than with it: it then folds
   * case and reads word boundaries as `DEFINITE_NOUN` does in any text without the two letters that fold onto ASCII
   * ones (`FOLDS_ONTO_ASCII`).
   */
  cueHeadPattern: RegExp | undefined;
  /**
   * "the", "that" or "this" before the last word of any name of a subject, the glossary's (its aliases) or a cue, of
   * ASCII letters and digits: in a sentence whose letters are all ASCII (`LETTERS_BEYOND_ASCII`), the one noun
   * `definiteReferent` can take is found by it. The glossary's names in a draft are its aliases up to letter case,
   * dashes, spaces and apostrophes (termMatcher.ts): their last words the aliases', or hold a letter beyond ASCII.
   */
  headPattern: RegExp | undefined;
}

/** The `ThingSubjects` of the facts about things: their subjects' terms, the glossary's names of them, and cues. */
export function thingSubjects(
  terms: ReadonlySet<string>,
  names: readonly string[],
  cues: readonly { term: string; cue: string }[],
): ThingSubjects {
  const cueHeads = new Set(cues.flatMap(({ cue }) => headOf(cue) ?? []));
  const ascii = cueHeads.size > 0 && [...cueHeads].every((h) => ASCII_WORD.test(h));
  const cueHeadPattern = ascii ? definitePattern(cueHeads) : undefined;
  const heads = [...new Set([...names.flatMap((name) => headOf(name) ?? []), ...cueHeads])].filter((h) => ASCII_WORD.test(h));
  return { terms, cues, cueHeads, cueHeadPattern, headPattern: heads.length > 0 ? definitePattern(heads) : undefined };
}

const ASCII_WORD = /^[a-z0-9]+$/;

/** "the", "that" or "this" before one of `heads` (lower case, ASCII): without the `u` flag (see `cueHeadPattern`). */
function definitePattern(heads: Iterable<string>): RegExp {
  return new RegExp(`\\b(?:the|that|this)\\s+(?:${[...heads].join('|')})\\b`, 'i');
}

/**
 * A character beyond ASCII that may be a letter or digit: not the typographic quotes, dashes and spaces of U+2000 to
 * U+206F, nor a no-break space, which hold none.
 */
const LETTERS_BEYOND_ASCII = /[\u0080-\u009f\u00a1-\u1fff\u2070-\uffff]/;

/** The last word of a name, lower-cased: what "the court" repeats of "the Korean Supreme Court". */
export function headOf(name: string): string | undefined {
  return /[\p{L}\p{N}]+$/u.exec(name)?.[0].toLowerCase();
}

/**
 * The subjects among `things` that `text[from, to)` names by the glossary's names of things; with `byCues`, when it names
 * none, also by the facts' own cues of two words or more ("the Supreme Court", which the glossary knows only as South
 * Korea's). Single-word cues are left out: some are people ("Moon" for the Chengdu summit). Each subject comes with the
 * last words of the names it was named by ("court" of "the Korean Supreme Court"), which "the court" after it repeats.
 */
function subjectsNamed(
  kb: KnowledgeBase,
  text: string,
  from: number,
  to: number,
  things: ThingSubjects,
  byCues: boolean,
): Map<string, Set<string>> {
  const named = namedByGlossary(kb, text, from, to, things);
  return named.size > 0 || !byCues ? named : namedByCues(text, from, to, things, named);
}

/** The first half of `subjectsNamed`: the subjects named by the glossary's names. */
function namedByGlossary(kb: KnowledgeBase, text: string, from: number, to: number, things: ThingSubjects): Map<string, Set<string>> {
  const named = new Map<string, Set<string>>();
  for (const m of kb.matcher.findAll(text, from, to))
    for (const id of m.termIds) if (things.terms.has(id)) addHead(named, id, text.slice(m.start, m.end));
  return named;
}

/** The second half of `subjectsNamed`, for a passage the glossary names no subject in (`named` empty): by the cues. */
function namedByCues(
  text: string,
  from: number,
  to: number,
  things: ThingSubjects,
  named: Map<string, Set<string>>,
): Map<string, Set<string>> {
  if (from >= to) return named;
  const passage = text.slice(from, to).toLowerCase().replace(/\s+/g, ' ');
  for (const { term, cue } of things.cues) if (passage.includes(cue)) addHead(named, term, cue);
  return named;
}

function addHead(named: Map<string, Set<string>>, term: string, name: string): void {
  const head = headOf(name);
  const heads = named.get(term) ?? new Set<string>();
  if (head) heads.add(head);
  named.set(term, heads);
}

/**
 * "Sakata traces the spiral to a judgment by the Korean Supreme Court. The court handed down its decision in April
 * 2018.", "… settled by the normalization treaty. That treaty dates from …": "the", "that" or "this" and a noun stand
 * for the one subject of a fact about a thing the previous sentence of the same paragraph names, where a name it was
 * named by ends in that noun, under the same care as "it" (`itReferent`): the previous sentence names one such subject,
 * this one names none before the noun, and the noun does not say itself which one it is (`SAYS_WHICH`).
 */
export function definiteReferent(
  kb: KnowledgeBase,
  text: string,
  sentence: SentenceRange,
  things: ThingSubjects,
): PronounReferent | undefined {
  const body = text.slice(sentence.start, sentence.end);
  // No "the" before the last word of any subject's name: nothing here can repeat one, whatever the sentence before.
  if (things.headPattern && !LETTERS_BEYOND_ASCII.test(body) && !things.headPattern.test(body)) return undefined;
  const previous = previousSentence(text, sentence);
  if (!previous) return undefined;
  // `subjectsNamed` in two halves: where the glossary names no subject in the previous sentence, only a cue's last
  // word can be repeated here, and a sentence with no "the" before one of those is done before the cues are sought.
  let named = namedByGlossary(kb, text, previous.start, previous.end, things);
  if (named.size === 0) {
    if (!repeatsAny(body, things)) return undefined;
    named = namedByCues(text, previous.start, previous.end, things, named);
  }
  if (named.size !== 1) return undefined;
  const [[termId, heads]] = named;
  DEFINITE_NOUN.lastIndex = 0;
  for (let m = DEFINITE_NOUN.exec(body); m; m = DEFINITE_NOUN.exec(body)) {
    if (!heads.has(m[2].toLowerCase()) || SAYS_WHICH.test(body.slice(m.index + m[0].length))) continue;
    const at = sentence.start + m.index + m[0].length - m[2].length;
    if (subjectsNamed(kb, text, sentence.start, at, things, false).size > 0) return undefined;
    return { termId, at };
  }
  return undefined;
}

/**
 * Whether `body` holds "the", "that" or "this" and one of the cues' heads, not saying itself which one (`SAYS_WHICH`).
 * Most sentences hold none: one search says so before each "the" and its noun is looked at.
 */
function repeatsAny(body: string, { cueHeads: heads, cueHeadPattern }: ThingSubjects): boolean {
  if (heads.size === 0 || (cueHeadPattern && !FOLDS_ONTO_ASCII.test(body) && !cueHeadPattern.test(body))) return false;
  DEFINITE_NOUN.lastIndex = 0;
  for (let m = DEFINITE_NOUN.exec(body); m; m = DEFINITE_NOUN.exec(body))
    if (heads.has(m[2].toLowerCase()) && !SAYS_WHICH.test(body.slice(m.index + m[0].length))) return true;
  return false;
}

/**
 * The Kelvin sign and the long s: the letters a pattern with the flags `iu` matches as ASCII ones ("k", "s") and reads
 * as word characters, where one with `i` alone does neither.
 */
const FOLDS_ONTO_ASCII = /[\u017f\u212a]/;

/**
 * What follows a noun that says itself which one it is: "of" ("the court of appeals"), or "in" or "at" and a name
 * ("the court in Tokyo"); it is not the one named before.
 */
const SAYS_WHICH = /^\s+(?:of\b|(?:in|at)\s+\p{Lu})/u;

/** "the", "that" or "this" and the word after it: a noun that may point back at a thing named before. */
const DEFINITE_NOUN = /\b(the|that|this)\s+([\p{L}\p{N}]+)\b/giu;

/**
 * "it" opening the sentence, after a comma or after a word, not followed by an auxiliary or a verb of the kind that
 * makes "it" a placeholder ("it was clear", "it took months", "it seems").
 */
const OBJECT_IT =
  /(^|\b[\p{L}\p{N}]+[ \t]+|,[ \t]+)it\b(?![ \t]+(?:is|was|has|had|have|will|would|could|should|may|might|must|can|did|does|do|seems|seemed|appears|appeared|remains|remained|became|becomes|meant|means|took|takes|ended|began|came|made|said)\b)(?![’'])/giu;

/** The sentence before `sentence` in the same paragraph, if any. */
export function previousSentence(text: string, sentence: SentenceRange): SentenceRange | undefined {
  // The previous sentence is the one holding the last character before this one's leading white space.
  let last = sentence.start - 1;
  while (last >= 0 && /\s/.test(text[last])) last--;
  if (last < 0) return undefined;
  const previous = sentenceAround(text, last);
  if (!previous || previous.end > sentence.start || /\n[ \t]*\r?\n/.test(text.slice(previous.end, sentence.start))) return undefined;
  return previous;
}

/** Mentions of glossary persons in [from, to), each with the persons it may name (a shared alias names several). */
function personMentions(kb: KnowledgeBase, text: string, from: number, to: number): { end: number; persons: string[] }[] {
  return kb.matcher
    .findAll(text, from, to)
    .map((m) => ({ end: m.end, persons: m.termIds.filter((id) => kb.term(id)?.category === 'person') }))
    .filter((m) => m.persons.length > 0);
}
