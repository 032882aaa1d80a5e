/**
 * People the glossary does not list. A writer's own sources name many people no glossary knows ("Suga replaced Aso as
 * prime minister", "the Roh Moo-hyun government"): such a capitalised name is read as a person's only where the
 * sentence makes it plain — a title beside it, "as" and an office after it, a known person listed with it, or a
 * Korean given name's hyphened syllable — so that it is compared with the passage's person as a listed person is.
 * Places, bodies, events and works named in capitals stay untyped: an acronym never reads as a person, nor a name
 * after no such sign.
 */
import type { Token } from '../tokens';
import {
  APPOINTED_OFFICE_WORDS,
  APPOSED_NAME_OPENERS,
  APPOSITION_WORDS,
  LEADER_GOVERNMENT_NOUNS,
  POLITICAL_PARTY_WORDS,
  TITLE_COPULAS,
} from './lexicon';
import type { Slot } from './sentenceAnalysis';

/**
 * Retypes as a person each untyped name (`type: 'name'`) the sentence shows to be a person's. Called once per
 * analysed sentence, after every named thing and title is found.
 */
export function typeUnlistedPeople(words: readonly Token[], text: string, slots: readonly Slot[]): void {
  for (const slot of slots) {
    if (slot.kind !== 'entity' || slot.entity!.type !== 'name' || slot.entity!.adjective) continue;
    if (!writtenAsPersonName(words, slot)) continue;
    if (
      koreanGivenName(words, text, slot) ||
      titledAfter(words, text, slots, slot) ||
      officeAfterAs(words, slots, slot) ||
      titleStated(words, text, slots, slot) ||
      listedWithPerson(words, slots, slot) ||
      leadsGovernment(words, slot)
    )
      slot.entity!.type = 'person';
  }
}

/**
 * Whether every word of the name is written as a person's: a capital and then small letters ("Aso", "Roh Moo-hyun";
 * not "GOJ", "G7", "APEC"), or an initial ("J.").
 */
export function writtenAsPersonName(words: readonly Token[], slot: Slot): boolean {
  for (let i = slot.first; i <= slot.last; i++) {
    const t = words[i].text;
    if (words[i].joined && i > slot.first) continue; // a hyphened part ("hyun" of "Moo-hyun")
    if (!/^\p{Lu}(?:\p{Ll}+)?$/u.test(t)) return false;
  }
  return true;
}

/**
 * A Korean name: two capitalised words, the second with a hyphened small syllable ("Roh Moo-hyun", "Lim Sung-nam").
 * No English phrase is written so: a capitalised word hyphened to a small one ("Seoul-based") stands alone.
 */
function koreanGivenName(words: readonly Token[], text: string, slot: Slot): boolean {
  if (slot.last - slot.first !== 2) return false;
  const last = words[slot.last];
  return last.joined && text[last.start - 1] === '-' && KOREAN_SYLLABLE.test(last.text) && !words[slot.first + 1].joined;
}

/**
 * A romanised Korean syllable in small letters: consonants, vowels, and at most a final n, ng, k, l, m, p, g or b
 * ("hyun", "nam", "seug", "bak"); not an English word hyphened to a name ("-led", "-based", "-style", "-era").
 */
export const KOREAN_SYLLABLE = /^[bcdghjkmnprstwy]{0,3}[aeiou]{1,3}(?:ng|n|k|l|m|p|g|b)?$/;

/**
 * A title set after the name by a comma, articles and owners between ("Kishida, the foreign minister", "Kim, Seoul's
 * ambassador"): the name is its holder's.
 */
function titledAfter(words: readonly Token[], text: string, slots: readonly Slot[], slot: Slot): boolean {
  const next = words[slot.last + 1];
  if (!next || !text.slice(words[slot.last].end, next.start).includes(',')) return false;
  for (let i = slot.last + 1; i < words.length; i++) {
    const at = slots.find((s) => s.first <= i && i <= s.last);
    if (at?.kind === 'role') return at.first === i && !ROLE_PLURAL.test(words[at.last].lower);
    if (at?.kind === 'entity' && at.entity!.type !== 'person') {
      i = at.last;
      continue;
    }
    if (at || !APPOSITION_WORDS.has(words[i].lower)) return false;
  }
  return false;
}

/** A title word in the plural ("ministers"): offices of several, not one person's. */
const ROLE_PLURAL = /[^s]s$/;

/**
 * "as" and an office right after the name ("replaced Aso as prime minister", "named Kim as the next ambassador"): the
 * office is the name's.
 */
function officeAfterAs(words: readonly Token[], slots: readonly Slot[], slot: Slot): boolean {
  if (words[slot.last + 1]?.lower !== 'as') return false;
  let i = slot.last + 2;
  while (i < words.length && (APPOSITION_WORDS.has(words[i].lower) || APPOINTED_OFFICE_WORDS.has(words[i].lower))) i++;
  const role = slots.find((s) => s.kind === 'role' && s.first === i);
  return role !== undefined && !ROLE_PLURAL.test(words[role.last].lower);
}

/**
 * A name of two or more words opening its sentence, or set off by commas after the short noun phrase opening it ("His
 * co-author, Jane Roe, is …"), then "is" or "was" and a title of one ("Jane Roe is a professor at …", an author's
 * biography line): the title is the name's. A one-word name may be a place or a body's ("Tokyo is the capital").
 */
function titleStated(words: readonly Token[], text: string, slots: readonly Slot[], slot: Slot): boolean {
  if (slot.entity!.words.length < 2 || (slot.first !== 0 && !apposedToOpening(words, text, slot))) return false;
  if (!TITLE_COPULAS.has(words[slot.last + 1]?.lower ?? '')) return false;
  let i = slot.last + 2;
  while (i < words.length && APPOSITION_WORDS.has(words[i].lower)) i++;
  const role = slots.find((s) => s.kind === 'role' && s.first === i);
  return role !== undefined && !ROLE_PLURAL.test(words[role.last].lower);
}

/**
 * A name of two or more words joined by "and" to a person ("Trump and Xi Jinping", "Xi Jinping and Abe"): two
 * people named together.
 */
function listedWithPerson(words: readonly Token[], slots: readonly Slot[], slot: Slot): boolean {
  if (slot.entity!.words.length < 2) return false;
  const person = (first: number, last: number) =>
    slots.some((s) => s.kind === 'entity' && s.entity!.type === 'person' && (s.first === first || s.last === last));
  return (
    (words[slot.first - 1]?.lower === 'and' && person(-1, slot.first - 2)) ||
    (words[slot.last + 1]?.lower === 'and' && person(slot.last + 2, -1))
  );
}

/**
 * A name right before a noun for the government a leader leads or their term ("the Obama administration", "the Obama
 * presidency"): the leader's. Not "government" or "cabinet", which follow a party's or a region's name as often ("the
 * Labour government"), nor a party's name before "administration" ("a Republican administration").
 */
function leadsGovernment(words: readonly Token[], slot: Slot): boolean {
  const next = words[slot.last + 1]?.lower ?? '';
  if (!LEADER_GOVERNMENT_NOUNS.has(next) || next === 'government' || next === 'cabinet') return false;
  return !slot.entity!.words.some((w) => POLITICAL_PARTY_WORDS.has(w));
}

/**
 * Whether the name is set off by commas right after a noun phrase of a few words opening the sentence with a determiner
 * or a possessive (lexicon.ts `APPOSED_NAME_OPENERS`: "His co-author, Jane Roe, is …"): the name says who the subject is.
 * ("Is" must follow the closing comma, without another word: the comma then closes the name, not a clause.)
 */
function apposedToOpening(words: readonly Token[], text: string, slot: Slot): boolean {
  const gap = (i: number) => text.slice(words[i].end, words[i + 1].start);
  if (slot.first < 2 || slot.first > APPOSED_NAME_REACH || !APPOSED_NAME_OPENERS.has(words[0].lower)) return false;
  if (!/^\s*,\s+$/.test(gap(slot.first - 1)) || slot.last + 1 >= words.length || !/^\s*,\s+$/.test(gap(slot.last))) return false;
  for (let i = 0; i + 1 < slot.first - 1; i++) if (/[,;:()—–]/.test(gap(i))) return false;
  return true;
}

/** The last word a name set off after the opening noun phrase may start at ("The CSIS project's co-author, Jane Roe"). */
export const APPOSED_NAME_REACH = 5;
