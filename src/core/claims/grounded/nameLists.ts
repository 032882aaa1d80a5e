/**
 * Names listed together ("Britain, France, Australia and Canada", "Abe and Moon"): the one reader of a sentence's
 * lists of names. Its callers differ only in what they let stand in a list, given as a `ListReading`: the alignment
 * reads who acts together (alignment/lists.ts), the checker counts a passage's list against a draft's number
 * (groundedCheck.ts), and the references read the people a sentence opens with (references.ts).
 */
import { PARTIAL_LIST_OPENERS } from './lexicon';
import type { AnalysedSentence, EntityType, Slot } from './sentenceAnalysis';
import { ReadingMap } from './readingMemo';

/** What a list of names may hold, and what may join its members. */
export interface ListReading {
  /** The types of named thing a member may be. */
  types: readonly EntityType[];
  /** Whether a country named by its adjective ("Japanese") may be a member. */
  adjectives: boolean;
  /** Whether a title may stand before a member's name ("Abe and President Moon Jae-in"). */
  titled: boolean;
  /** The words that join two members, with or without a comma before them ("and", "or"). */
  conjunctions: readonly string[];
  /**
   * Whether only lists of two or more whose last two members a conjunction joins are read: "Chengdu, China" names one
   * place, a city and its country.
   */
  closedByConjunction: boolean;
}

/** Named things that may be people: a name the analysis could not type may be a person's ("Abe and Park"). */
export const PERSON_TYPES: readonly EntityType[] = ['person', 'name'];

/** Every list of names `a` gives, each in order, a name standing alone being a list of one (unless `closedByConjunction`). */
export function nameLists(a: AnalysedSentence, reading: ListReading): Slot[][] {
  const named = members(a, reading);
  const lists: Slot[][] = [];
  let from = 0;
  for (let to = 0; to < named.length; to++) {
    if (to + 1 < named.length && joined(a, named[to], named[to + 1], reading)) continue;
    const list = named.slice(from, to + 1);
    if (closed(a, list, reading)) lists.push(list);
    from = to + 1;
  }
  return lists;
}

/**
 * The list `slot` stands in, itself included; `[slot]` when it stands in none or is no member. The alignment asks this
 * of one sentence many times: its lists under a reading are read once and kept while the sentence's reading lives.
 */
export function listWith(a: AnalysedSentence, slot: Slot, reading: ListReading): Slot[] {
  let byReading = LISTS.get(a);
  if (!byReading) LISTS.set(a, (byReading = new Map()));
  let lists = byReading.get(reading);
  if (!lists) byReading.set(reading, (lists = nameLists(a, reading)));
  return lists.find((list) => list.includes(slot)) ?? [slot];
}

/**
 * Whether a list says it gives only some of its kind: "such as …", "including the Quad" (over an article) before its
 * first member, or "… and others" after its last. Another name than one of its members contradicts nothing.
 */
export function givesOnlySome(a: AnalysedSentence, list: readonly Slot[]): boolean {
  const before = a.words[list[0].first - 1]?.lower ?? '';
  const beforeThat = a.words[list[0].first - 2]?.lower ?? '';
  const after = a.words[list[list.length - 1].last + 2]?.lower ?? '';
  return PARTIAL_LIST_OPENERS.has(before) || PARTIAL_LIST_OPENERS.has(beforeThat) || after === 'others';
}

/** Each sentence's lists per reading (a reading is one object per kind of list its caller keeps). */
const LISTS = new ReadingMap<Map<ListReading, Slot[][]>>();

/** The named things of `a` that may be members, in order. */
function members(a: AnalysedSentence, reading: ListReading): Slot[] {
  return a.slots.filter(
    (o) => o.kind === 'entity' && reading.types.includes(o.entity!.type) && (reading.adjectives || !o.entity!.adjective),
  );
}

/** Whether what stands between members `x` and `y` joins them. */
function joined(a: AnalysedSentence, x: Slot, y: Slot, reading: ListReading): boolean {
  return joinsOf(reading.conjunctions).separator.test(between(a, x, y, reading));
}

/** Whether `list` is one the reading reads: any, or one of two or more with a conjunction before its last member. */
function closed(a: AnalysedSentence, list: readonly Slot[], reading: ListReading): boolean {
  if (!reading.closedByConjunction) return true;
  if (list.length < 2) return false;
  const [x, y] = list.slice(-2);
  return joinsOf(reading.conjunctions).conjunction.test(between(a, x, y, reading));
}

/**
 * The text between members `x` and `y`, up to `y`'s title when one may stand before it, with the names of the body,
 * region or country it is a title of before it ("NSC Asia director Matthew Pottinger", "South Korean President
 * Moon"); not another person's name.
 */
function between(a: AnalysedSentence, x: Slot, y: Slot, reading: ListReading): string {
  let first = reading.titled ? a.slots.find((o) => o.kind === 'role' && o.last === y.first - 1) : undefined;
  if (first) {
    const titleWord = (o: Slot) => o.last === first!.first - 1 && o.entity?.type !== 'person';
    for (let before = a.slots.find(titleWord); before; before = a.slots.find(titleWord)) first = before;
  }
  return a.source.slice(x.end - a.start, (first?.start ?? y.start) - a.start);
}

/**
 * What may stand between two members of a list ("Britain, France", "France and Canada", "Seoul, or Tokyo"), and the
 * conjunction among it, for each set of conjunctions (built once: lists are read at every alignment).
 */
function joinsOf(conjunctions: readonly string[]): { separator: RegExp; conjunction: RegExp } {
  // Callers pass one array per kind of list: looked up by the array itself, not a key joined from it on every call.
  let joins = JOINS.get(conjunctions);
  if (!joins) {
    const key = conjunctions.join('|');
    joins = {
      separator: new RegExp(`^\\s*(?:,\\s*(?:(?:${key})\\s+)?|(?:${key})\\s+)$`, 'i'),
      conjunction: new RegExp(`\\b(?:${key})\\b`, 'i'),
    };
    JOINS.set(conjunctions, joins);
  }
  return joins;
}

const JOINS = new WeakMap<readonly string[], { separator: RegExp; conjunction: RegExp }>();
