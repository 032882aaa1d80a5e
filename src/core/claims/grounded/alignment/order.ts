/**
 * The order of events: a draft setting its event before another where the claim sets it after the same one. Apart
 * because it is read from order words ("before", "prior to") and the event after them, like a denial is read from
 * its predicate.
 */
import { NEGATION_WORDS, ORDER_WORDS, TIME_NOUNS } from '../lexicon';
import { possessiveMark, type AnalysedSentence, type Slot } from '../sentenceAnalysis';
import type { Opposition } from './polarity';
import { sameClause } from './clauses';
import { compareSlots } from './values';

/** An order word and the event it sets its clause's event before or after. */
interface OrderPhrase {
  /** The order word and its companion ("prior to"): the words a finding covers. */
  words: [number, number];
  direction: 'before' | 'after';
  /** The event: a named thing ("the Singapore summit", "Biden steps in"), else its first content word, as a stem. */
  slot?: Slot;
  stem?: string;
  /** The words the event takes, not the clause's own. */
  through: number;
}

/** Words between an order word and its event that say nothing of which event ("before the", "after Abe's"). */
const EVENT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'last', 'even']);

/**
 * The order words of a sentence with their events ("Before the Singapore summit", "only after Biden had stepped in"),
 * read where the sentence states them (not after its report of someone's allegation; a draft's not inside
 * quotation marks). Not a relative time ("the following year") or an order word in a pair ("before and after").
 */
function orderPhrases(a: AnalysedSentence, own: boolean): readonly OrderPhrase[] {
  const kept = own ? OWN_ORDER_PHRASES : ORDER_PHRASES;
  let found = kept.get(a);
  if (!found) kept.set(a, (found = readOrderPhrases(a, own)));
  return found;
}

/**
 * Each reading's order phrases, read once: a draft sentence is lined up with several passages, and a passage with many
 * sentences. By whether quoted words are left out (a draft's own phrases) or not.
 */
const OWN_ORDER_PHRASES = new WeakMap<AnalysedSentence, readonly OrderPhrase[]>();
const ORDER_PHRASES = new WeakMap<AnalysedSentence, readonly OrderPhrase[]>();

/** `orderPhrases`, read. */
function readOrderPhrases(a: AnalysedSentence, own: boolean): OrderPhrase[] {
  const out: OrderPhrase[] = [];
  for (let i = 0; i < a.words.length; i++) {
    const order = ORDER_WORDS.get(a.words[i].lower);
    if (!order || (own && a.quoted[i] === 1) || (a.reportedFrom >= 0 && i > a.reportedFrom)) continue;
    let k = i + 1;
    if (order.next !== undefined) {
      if (a.words[k]?.lower !== order.next) continue;
      k++;
    }
    // "was followed by the ruling": the verb in the passive sets its subject on the other side of the event.
    const passive = order.verb === true && a.words[k]?.lower === 'by';
    if (passive) k++;
    const direction = passive ? (order.direction === 'before' ? 'after' : 'before') : order.direction;
    const paired = (w: string | undefined) => w === 'and' || w === 'or';
    if (paired(a.words[k]?.lower) || paired(a.words[i - 1]?.lower) || NEGATION_WORDS.has(a.words[i - 1]?.lower ?? '')) continue;
    while (k < a.words.length && EVENT_DETERMINERS.has(a.words[k].lower)) k++;
    if (k >= a.words.length || TIME_NOUNS.has(a.words[k].lower)) continue;
    // Every thing named there: "that meeting" may stand for the several things the meeting was told with.
    const named = a.slots.filter((s) => s.first === k && s.kind === 'entity');
    const slot = named[0];
    const stemAt = (m: number) => (a.content[m] === 1 ? a.stems[m] : undefined);
    const words: [number, number] = [i, order.next !== undefined || passive ? i + 1 : i];
    // "the Singapore summit", "Abe's resignation", "Biden steps in": the event's name and the word after it.
    const possessive = slot !== undefined && possessiveMark(a.words, slot.last + 1);
    // A verb's object is its event to the end of its clause: "preceded his Chengdu meeting with Moon" names the meeting
    // by Moon too, which is no value of the ordered event's own.
    // So does a phrase after its clause's own words ("… in a Diet speech ahead of his Chengdu meeting with Moon."):
    // what follows the event to the clause's end tells the event, not the clause's.
    const trailing = order.verb === true || (own && i > 1 && clauseEnd(a, k) === a.words.length);
    const through = (from: number) => (trailing ? Math.max(from, clauseEnd(a, k)) : from);
    if (slot) {
      const end = compoundHeadEnd(a, slot.last + (possessive ? 2 : 1));
      for (const thing of named) out.push({ words, direction, slot: thing, through: through(end) });
    } else if (stemAt(k) !== undefined) out.push({ words, direction, stem: stemAt(k), through: through(k + 1) });
  }
  // A passage's "In a subsequent speech …": after the event the passage before told, by each thing it named.
  if (!own && a.after)
    for (const slot of a.after.events) out.push({ words: [a.after.at, a.after.at], direction: 'after', slot, through: a.after.at + 1 });
  return out;
}

/**
 * The end (exclusive) of the word at `at` after an event's name: a hyphened compound there qualifies the noun after it,
 * which is the event's word ("the Supreme Court's forced-labor ruling").
 */
function compoundHeadEnd(a: AnalysedSentence, at: number): number {
  const hyphened = (j: number) =>
    j + 1 < a.words.length && a.source.slice(a.words[j].end - a.start, a.words[j + 1].start - a.start) === '-';
  let last = at;
  while (hyphened(last)) last++;
  if (last > at && a.content[last + 1] === 1) last++;
  return last + 1;
}

/** The word after the last of the clause that word k stands in (`sameClause`): no mark nor clause word before it. */
function clauseEnd(a: AnalysedSentence, k: number): number {
  let end = k + 1;
  while (end < a.words.length && sameClause(a, k, end)) end++;
  return end;
}

/** The order words a sentence states with an event after them, each with its words and direction. */
export function orderWordsOf(a: AnalysedSentence): readonly { words: [number, number]; direction: 'before' | 'after' }[] {
  return orderPhrases(a, true);
}

/**
 * The words of each order phrase a sentence states, from its order word to the end of its event ("Ahead of Biden's
 * election win"): they tell when the sentence's event happened, not what it was.
 */
export function orderEventSpans(a: AnalysedSentence): readonly (readonly [number, number])[] {
  // An opening phrase runs to the end of its clause ("Ahead of Biden's election win, …").
  return orderPhrases(a, true).map(
    (p) => [p.words[0], p.words[0] <= 1 ? Math.max(p.through, clauseEnd(a, p.words[1])) - 1 : p.through - 1] as const,
  );
}

/**
 * The draft sets its event before (or after) another event where the claim sets it after (before) the same one:
 * "Before the Singapore summit, Trump announced …" against "After the Singapore Summit …, the U.S. president's
 * announcement …". The two must share words of their own clauses besides the event they are ordered by.
 */
export function opposedOrder(draft: AnalysedSentence, claim: AnalysedSentence, pairs: readonly [Slot, Slot][]): Opposition | undefined {
  const mine = orderPhrases(draft, true);
  if (mine.length === 0) return undefined;
  const theirs = orderPhrases(claim, false);
  for (const d of mine) {
    for (const c of theirs) {
      if (c.direction === d.direction) {
        if (exchangedEvents(draft, d, claim, c, pairs)) return { draftWords: d.words, sourceWords: c.words, sameActor: false };
        continue;
      }
      const sameEvent = d.slot && c.slot ? compareSlots(d.slot, c.slot) === 'same' : d.stem !== undefined && d.stem === c.stem;
      if (!sameEvent) continue;
      // The event each is ordered against is the same: every value the draft gives it is the claim's, and the two
      // share a word of it besides ("Suga served as Cabinet Secretary before …" is not "Suga became prime minister").
      const outside = (s: Slot, p: OrderPhrase) => s.last < p.words[0] || s.first >= p.through;
      if (draft.slots.some((s) => outside(s, d) && !pairs.some(([x]) => x === s))) continue;
      let words = 0;
      for (let i = 0; i < draft.words.length; i++) {
        if ((i < d.words[0] || i >= d.through) && draft.content[i] === 1 && claim.contentStems.has(draft.stems[i])) words++;
      }
      const values = pairs.filter(([x, y]) => outside(x, d) && outside(y, c)).length;
      if (words > 0 && words + values >= MIN_ORDER_CLAUSE_SHARED) return { draftWords: d.words, sourceWords: c.words, sameActor: false };
    }
  }
  return undefined;
}

/**
 * The same order word on both sides with the two events exchanged: "Abe's resignation followed Suga's rise to the
 * premiership" against "Suga became Japan's prime minister following Abe's resignation". Each event the one orders
 * by is named where the other tells its ordered event, and each side of the order word shares a word or a value with
 * the other sentence's opposite side: the two tell the same two events, one after the other the other way round.
 */
function exchangedEvents(
  draft: AnalysedSentence,
  d: OrderPhrase,
  claim: AnalysedSentence,
  c: OrderPhrase,
  pairs: readonly [Slot, Slot][],
): boolean {
  if (!d.slot || !c.slot || compareSlots(d.slot, c.slot) === 'same') return false;
  const within = (s: { first: number; last: number }, p: OrderPhrase) => s.first > p.words[1] && s.last < p.through;
  const outside = (s: { first: number; last: number }, p: OrderPhrase) => s.last < p.words[0] || s.first >= p.through;
  const namedOutside = (a: AnalysedSentence, p: OrderPhrase, event: Slot) =>
    a.slots.some((s) => outside(s, p) && compareSlots(s, event) === 'same');
  if (!namedOutside(draft, d, c.slot) || !namedOutside(claim, c, d.slot)) return false;
  // A word or a value of one sentence's event, found on the other side of the other's order word.
  const crosses = (inDraft: (s: { first: number; last: number }) => boolean, inClaim: (s: { first: number; last: number }) => boolean) => {
    const stems = new Set<string>();
    for (let i = 0; i < claim.words.length; i++) if (claim.content[i] === 1 && inClaim({ first: i, last: i })) stems.add(claim.stems[i]);
    for (let i = 0; i < draft.words.length; i++)
      if (draft.content[i] === 1 && inDraft({ first: i, last: i }) && stems.has(draft.stems[i])) return true;
    return pairs.some(([x, y]) => inDraft(x) && inClaim(y) && x !== d.slot && y !== c.slot);
  };
  return (
    crosses(
      (s) => within(s, d),
      (s) => outside(s, c),
    ) &&
    crosses(
      (s) => outside(s, d),
      (s) => within(s, c),
    )
  );
}

/** Words and values the two events ordered must share besides the event they are ordered by. */
const MIN_ORDER_CLAUSE_SHARED = 2;
