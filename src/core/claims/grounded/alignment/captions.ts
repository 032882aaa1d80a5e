/**
 * A photo caption's person, read alone (`AnalysedSentence.captionPerson`, compile/captions.ts): the country, title and
 * name before the caption's predicate are that one person's. A draft's country, title or person is set against them
 * only where the draft gives it to that same person ("South Korean Foreign Minister Lim" is not set against the
 * first person's "Japan's"); what the caption says of them all (the meeting, its place and date) is compared as ever.
 */
import { CAPTION_BINDING_WORDS } from '../lexicon';
import type { AnalysedSentence, Slot } from '../sentenceAnalysis';
import { textBetween } from '../sourceClaims';

/** What may stand between two words of a name's phrase: spaces, a possessive's apostrophe, a hyphen, a full stop. */
const WITHIN_PHRASE = /^[\s'’.\-–]*$/;

/** The caption's person and the words of their own phrase, or undefined when `claim` is no caption's person. */
function captionPerson(claim: AnalysedSentence): { person: Slot; subject: number } | undefined {
  const subject = claim.captionPerson;
  if (subject === undefined) return undefined;
  const person = claim.slots.find((s) => s.last === subject - 1 && s.kind === 'entity');
  return person && { person, subject };
}

/**
 * Whether the claim's value `source` may stand for the draft's value `slot`: always, unless `source` is the caption
 * person's own (their country, title or name), when `slot` must be given to that same person in the draft.
 */
export function captionBound(draft: AnalysedSentence, slot: Slot, claim: AnalysedSentence, source: Slot): boolean {
  const own = captionPerson(claim);
  if (!own || source.first >= own.subject) return true;
  // The person's title is compared by the check of titles (groundedCheck.ts `titleConflicts`), which knows a title of
  // today may name a person for what they did before ("In January 2016, Secretary of State Antony Blinken met …").
  if (source.kind === 'role') return false;
  const holder = holderOf(draft, slot);
  return holder !== undefined && samePerson(holder, own.person);
}

/**
 * Whether the draft's value `slot` belongs to another person than the caption's: it is their name, or their country
 * or title, and the caption (telling its one person) says nothing of it.
 */
export function othersInCaption(draft: AnalysedSentence, slot: Slot, claim: AnalysedSentence): boolean {
  const own = captionPerson(claim);
  if (!own) return false;
  const holder = slot.entity?.type === 'person' ? slot : holderOf(draft, slot);
  return holder !== undefined && !samePerson(holder, own.person);
}

/** Two mentions of one person: a word of the one's name in the other's. */
function samePerson(a: Slot, b: Slot): boolean {
  const words = b.entity?.words;
  return words !== undefined && (a.entity?.words ?? []).some((w) => words.includes(w));
}

/**
 * The named person a country or title is given to in one phrase: the name right after it ("Japan's Vice Foreign
 * Minister Akitaka Saiki"), past other titles, countries and possessives; or before it, set off by a comma ("Lim
 * Sung-nam, then South Korea's first vice foreign minister").
 */
function holderOf(a: AnalysedSentence, slot: Slot): Slot | undefined {
  if (slot.entity?.type === 'person') return undefined;
  const people = a.slots.filter((s) => s.entity?.type === 'person' && s !== slot);
  const after = people.find((p) => p.first > slot.last && joined(a, slot.last, p.first));
  if (after) return after;
  return people.find((p) => {
    if (p.last >= slot.first || !/^\s*,\s*$/.test(textBetween(a, p.last, p.last + 1))) return false;
    return p.last + 1 === slot.first || (ofPhrase(a, p.last + 1) && joined(a, p.last + 1, slot.first));
  });
}

/**
 * Whether words `left` and `right` stand in one name's phrase: the words between them other values' words or
 * `CAPTION_BINDING_WORDS`, and nothing but spaces, a possessive's apostrophe, a hyphen or a full stop between any two.
 */
function joined(a: AnalysedSentence, left: number, right: number): boolean {
  for (let k = left + 1; k <= right; k++) {
    if (!WITHIN_PHRASE.test(textBetween(a, k - 1, k))) return false;
    if (k < right && !ofPhrase(a, k)) return false;
  }
  return true;
}

/** A word of a value, or one of the words a name's phrase holds besides them ("then", "first", a possessive's "s"). */
function ofPhrase(a: AnalysedSentence, k: number): boolean {
  return CAPTION_BINDING_WORDS.has(a.words[k].lower) || a.slots.some((s) => s.first <= k && k <= s.last);
}
