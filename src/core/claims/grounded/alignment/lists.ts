/**
 * Names listed together ("Britain, France, Australia and Canada", "Abe and President Moon"): the list a name stands
 * in, a person listed with one both sentences name in place of another, and two lists that share every other member.
 * Apart because a list decides both who acts together (parties.ts) and which value stands for which.
 */
import type { AnalysedSentence, EntityType, Slot } from '../sentenceAnalysis';
import { compareSlots } from './values';

/**
 * What may stand between two members of a list of names: "Britain, France", "France and Canada", "Seoul, or Tokyo",
 * "Matthew Pottinger, along with John Bolton" (both do what the clause tells).
 */
const LIST_SEPARATOR = /^\s*(?:,\s*(?:(?:and|or|(?:along|together)\s+with)\s+)?|(?:and|or|(?:along|together)\s+with)\s+)$/i;

/**
 * The named things of one type listed together with `slot` ("Britain, France, Australia and Canada"), itself included;
 * of any of `types` when given.
 */
export function listOf(a: AnalysedSentence, slot: Slot, types: readonly EntityType[] = [slot.entity!.type]): Slot[] {
  const named = a.slots.filter((o) => o.kind === 'entity' && types.includes(o.entity!.type));
  // A title may stand before a member's name ("Abe and President Moon Jae-in"), with the names of the body, region or
  // country it is a title of before it ("NSC Asia director Matthew Pottinger", "South Korean President Moon"); not
  // another person's name.
  const startOf = (y: Slot) => {
    let first = a.slots.find((o) => o.kind === 'role' && o.last === y.first - 1);
    if (!first) return y.start;
    const titleWord = (o: Slot) => o.last === first!.first - 1 && o.entity?.type !== 'person';
    for (let before = a.slots.find(titleWord); before; before = a.slots.find(titleWord)) first = before;
    return first.start;
  };
  const joined = (x: Slot, y: Slot) => LIST_SEPARATOR.test(a.source.slice(x.end - a.start, startOf(y) - a.start));
  let from = named.indexOf(slot);
  let to = from;
  if (from < 0) return [slot];
  while (from > 0 && joined(named[from - 1], named[from])) from--;
  while (to + 1 < named.length && joined(named[to], named[to + 1])) to++;
  return named.slice(from, to + 1);
}

/** Named things that may be people: a name the analysis could not type may be a person's ("Abe and Park"). */
const PERSON_TYPES: readonly EntityType[] = ['person', 'name'];

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
 * Zealand", "the United Kingdom, France, Australia, and Canada"): the one the claim's list has in its place.
 */
export function sameList(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot, pairs: readonly [Slot, Slot][]): boolean {
  if (a.kind !== 'entity' || b.kind !== 'entity') return false;
  const mine = listOf(x, a).filter((o) => o !== a);
  const theirs = listOf(y, b);
  return mine.length > 0 && theirs.length > 1 && mine.every((o) => pairs.some(([p, q]) => p === o && theirs.includes(q)));
}
