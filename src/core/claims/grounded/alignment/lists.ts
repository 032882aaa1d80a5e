/**
 * Names listed together ("Britain, France, Australia and Canada", "Abe and President Moon"): the list a name stands
 * in, a person listed with one both sentences name in place of another, and two lists that share every other member.
 * Apart because a list decides both who acts together (parties.ts) and which value stands for which.
 */
import type { AnalysedSentence, EntityType, Slot } from '../sentenceAnalysis';
import { givesOnlySome, listWith, PERSON_TYPES, type ListReading } from '../nameLists';
import { compareSlots } from './values';
import { breaksClause } from './clauses';
import { TRAVEL_WORDS } from '../lexicon';
import { stem } from '../stem';

/**
 * Lists as the alignment reads them: a title may stand before a member, and a country's adjective be one; "Matthew
 * Pottinger, along with John Bolton" lists both (both do what the clause tells).
 */
const PARTY_LIST: Omit<ListReading, 'types'> = {
  adjectives: true,
  titled: true,
  conjunctions: ['and', 'or', 'along with', 'together with'],
  closedByConjunction: false,
};

/**
 * The named things of one type listed together with `slot` ("Britain, France, Australia and Canada"), itself included;
 * of any of `types` when given.
 */
export function listOf(a: AnalysedSentence, slot: Slot, types?: readonly EntityType[]): Slot[] {
  return listWith(a, slot, types ? partyList(types) : partyListOf(slot.entity!.type));
}

/**
 * Whether a named thing is given as one example of its kind ("networks, including the Quad", "allies such as Japan"):
 * another name in its place is another example, not a contradiction.
 */
export function givenAsExample(a: AnalysedSentence, slot: Slot): boolean {
  return slot.kind === 'entity' && givesOnlySome(a, listOf(a, slot));
}

/**
 * One reading per set of types, so that the lists a sentence gives under it are read once (`listWith` keeps them).
 * Found first by the array itself: callers pass one constant array per set (`PERSON_TYPES`), at every value compared.
 */
function partyList(types: readonly EntityType[]): ListReading {
  let reading = PARTY_LISTS_BY_ARRAY.get(types);
  if (reading) return reading;
  const key = types.join(' ');
  reading = PARTY_LISTS.get(key);
  if (!reading) PARTY_LISTS.set(key, (reading = { ...PARTY_LIST, types }));
  PARTY_LISTS_BY_ARRAY.set(types, reading);
  return reading;
}

/**
 * `partyList` of one type, by the type itself: most lists asked for are of the slot's own type, at every value
 * compared, and neither an array of it nor a key joined from it is made for the ask.
 */
function partyListOf(type: EntityType): ListReading {
  return PARTY_LISTS.get(type) ?? partyList([type]);
}

const PARTY_LISTS = new Map<string, ListReading>();
const PARTY_LISTS_BY_ARRAY = new WeakMap<readonly EntityType[], ListReading>();

/**
 * A person the claim lists with a person both sentences name, where the draft lists `slot` instead: the claim's, if
 * no draft value names it and it is not `slot`'s name.
 */
export function listedStranger(
  draft: AnalysedSentence,
  slot: Slot,
  claim: AnalysedSentence,
  pairs: readonly [Slot, Slot][],
  claimMatched: ReadonlySet<Slot>,
): Slot | undefined {
  if (slot.kind !== 'entity' || !PERSON_TYPES.includes(slot.entity!.type)) return undefined;
  for (const mate of listOf(draft, slot, PERSON_TYPES)) {
    const theirs = pairs.find(([p]) => p === mate)?.[1];
    if (mate === slot || !theirs) continue;
    const other = listOf(claim, theirs, PERSON_TYPES).find((o) => o !== theirs && !claimMatched.has(o) && compareSlots(slot, o) !== 'same');
    if (other) return other;
  }
  return undefined;
}

/**
 * Two parties each in a list whose other members the two sentences share ("Britain, France, Australia and New
 * Zealand", "the United Kingdom, France, Australia, and Canada"): the one the claim's list has in its place. Not where
 * the claim's list holds `a` too: then no member stands in its place.
 */
export function sameList(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot, pairs: readonly [Slot, Slot][]): boolean {
  // A claim's list holding `a` itself ("both Japanese and Korean firms" for the same words) has no member in its place.
  return listedAlike(x, a, y, b, pairs) && !listOf(y, b).some((o) => compareSlots(a, o) === 'same');
}

/**
 * Whether `b` stands in a list of `y` with every other member of the list `a` stands in, in `x` (by `pairs`): "the
 * United States, South Korea and China" and "between the United States, South Korea, and Japan" for China and Japan,
 * or for China and a "China" of that list. Not where `a` stands in no list.
 */
export function listedAlike(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot, pairs: readonly [Slot, Slot][]): boolean {
  if (a.kind !== 'entity' || b.kind !== 'entity') return false;
  const mine = listOf(x, a).filter((o) => o !== a);
  const theirs = listOf(y, b);
  return mine.length > 0 && theirs.length > 1 && mine.every((o) => pairs.some(([p, q]) => p === o && theirs.includes(q)));
}

/** The stems of the words of travelling (lexicon.ts `TRAVEL_WORDS`: "visited", "travelled", "flew", "trip"). */
const TRAVEL_STEMS: ReadonlySet<string> = new Set(TRAVEL_WORDS.map(stem));

/**
 * The person a sentence tells `slot` travelled with: `slot` after "with" (or "along with", "together with",
 * "accompanied by") in a clause whose subject, a person, goes somewhere before it ("Pottinger visited Japan and Korea
 * with Secretary of State Mike Pompeo"): the two made the journey together, as "Pottinger, along with John Bolton,
 * visited …" lists them.
 */
function travelledWith(a: AnalysedSentence, slot: Slot): Slot | undefined {
  if (slot.kind !== 'entity' || !PERSON_TYPES.includes(slot.entity!.type)) return undefined;
  // Past a title right before the name ("with Secretary of State Mike Pompeo").
  const title = a.slots.find((o) => o.kind === 'role' && o.last === slot.first - 1);
  const k = (title ?? slot).first - 1;
  const word = a.words[k]?.lower;
  const by = word === 'by' && a.words[k - 1]?.lower === 'accompanied';
  if (word !== 'with' && !by) return undefined;
  let journey = -1;
  for (let i = k - 1; i >= 0 && journey < 0; i--) {
    if (breaksClause(a, i, i + 1)) return undefined;
    if (TRAVEL_STEMS.has(a.stems[i])) journey = i;
  }
  if (journey < 0) return undefined;
  // The clause's subject: the person named last before the journey's verb, nothing but a title or a time between.
  const subject = a.slots.filter((o) => o.kind === 'entity' && o.last < journey && PERSON_TYPES.includes(o.entity!.type)).pop();
  if (!subject || a.slots.some((o) => o.kind === 'entity' && o.first > subject.last && o.last < journey)) return undefined;
  for (let i = subject.last + 1; i < journey; i++) if (breaksClause(a, i - 1, i)) return undefined;
  return subject;
}

/**
 * Whether the draft's person `a` travelled with a person (`travelledWith`) whom the claim lists with its `b` ("…
 * Matthew Pottinger, along with … John Bolton, visited Japan and Korea"): `b` is the claim's companion in `a`'s place.
 */
export function sameCompany(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot, pairs: readonly [Slot, Slot][]): boolean {
  const mate = travelledWith(x, a);
  const theirs = mate && pairs.find(([p]) => p === mate)?.[1];
  return theirs !== undefined && theirs !== b && listOf(y, theirs, PERSON_TYPES).includes(b);
}

/**
 * Two parties each in a list of as many members whose other members the two sentences share, member for member
 * ("a third party such as Washington or Moscow" against "a third-party present like Washington or Beijing"): the
 * draft retells the claim's list with one member replaced. So even where the claim gives its list as examples
 * (`givenAsExample`): another example would make another list, not the claim's list with one name changed.
 */
export function retoldList(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot, pairs: readonly [Slot, Slot][]): boolean {
  return sameList(x, a, y, b, pairs) && listOf(x, a).length === listOf(y, b).length;
}

/**
 * Whether `slot` stands in a list of two or more whose last two members a conjunction joins ("Tokyo and Seoul",
 * "Britain, France and Canada"): not names a comma only parts ("In his first phone call with Biden, Suga …").
 */
export function inConjoinedList(a: AnalysedSentence, slot: Slot): boolean {
  if (slot.kind !== 'entity') return false;
  return listWith(a, slot, closedListOf(slot.entity!.type)).length > 1;
}

/** `PARTY_LIST` read only as lists closed by a conjunction, one reading per type. */
function closedListOf(type: EntityType): ListReading {
  let reading = CLOSED_LISTS.get(type);
  if (!reading) CLOSED_LISTS.set(type, (reading = { ...PARTY_LIST, types: [type], closedByConjunction: true }));
  return reading;
}

const CLOSED_LISTS = new Map<EntityType, ListReading>();
