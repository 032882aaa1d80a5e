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
const PRONOUN = /\b(?:he|she|his|her)\b/gi;

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
 * "GSOMIA … was the next casualty. Seoul terminated it later that year.": the object "it" stands for the one subject
 * of a fact the previous sentence of the same paragraph names, under the same care as "he" and "she". Only "it" as
 * an object (after a word, not before a verb: "terminated it", "the scrapping of it"), never the "it" of "it is
 * clear that" or "it was", and only when this sentence names no such subject before it. `subjects` are the glossary
 * terms that are the subject of some fact about a thing rather than a person.
 */
export function itReferent(kb: KnowledgeBase, text: string, sentence: SentenceRange, subjects: ReadonlySet<string>): PronounReferent | undefined {
  const body = text.slice(sentence.start, sentence.end);
  OBJECT_IT.lastIndex = 0;
  const it = OBJECT_IT.exec(body);
  if (!it) return undefined;
  const at = sentence.start + it.index + it[1].length;
  if (subjectMentions(kb, text, sentence.start, at, subjects).length > 0) return undefined;
  const previous = previousSentence(text, sentence);
  if (!previous) return undefined;
  const named = new Set(subjectMentions(kb, text, previous.start, previous.end, subjects).flatMap((m) => m.termIds));
  if (named.size !== 1) return undefined;
  return { termId: [...named][0], at };
}

/** "it" after a word and a space, not followed by a verb or an auxiliary that would make it a subject. */
const OBJECT_IT = /(\b[\p{L}\p{N}]+[ \t]+)it\b(?![ \t]+(?:is|was|has|had|have|will|would|could|should|may|might|must|can|did|does|do|seems|seemed|appears|appeared|remains|remained|became|becomes|meant|means|took|takes|ended|began|came|made|said)\b)(?![’'])/giu;

function subjectMentions(kb: KnowledgeBase, text: string, from: number, to: number, subjects: ReadonlySet<string>): { termIds: string[] }[] {
  return kb.matcher
    .findAll(text, from, to)
    .map((m) => ({ termIds: m.termIds.filter((id) => subjects.has(id)) }))
    .filter((m) => m.termIds.length > 0);
}

/** The sentence before `sentence` in the same paragraph, if any. */
function previousSentence(text: string, sentence: SentenceRange): SentenceRange | undefined {
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
