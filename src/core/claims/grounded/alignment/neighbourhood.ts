/**
 * Whether two values fill one role in their sentences: words or agreeing values near both, the clause a date opens,
 * the body a person belongs to. Apart because the checker asks it too (groundedCheck.ts), not only `align`.
 */
import {
  APPROXIMATION_WORDS,
  ASIDE_RELATIVES,
  PUNCTUATION_BETWEEN,
  CLAUSE_CONJUNCTIONS,
  FUNCTION_WORDS,
  LENGTH_OPENERS,
  LENGTH_STARTS,
  LOCATIVE_PREPOSITIONS,
  TIME_NOUNS,
  TIME_UNITS,
} from '../lexicon';
import { PERSON_TYPES } from '../nameLists';
import { TRAVEL_STEMS, type AnalysedSentence, type Slot } from '../sentenceAnalysis';
import { textBetween } from '../sourceClaims';
import { afterAside, breaksClause, sameClause } from './clauses';
import { nounBefore } from './order';
import { DESTINATION, relationOf } from './relations';
import { ReadingMap } from '../readingMemo';

/**
 * How many words an aside set off by commas right after a party holds ("Park Jie-won, head of the National
 * Intelligence Service, traveled …"), 0 for none or another value: it tells of the party, and the party's neighbourhood
 * reaches past it to the act the party does. Not an aside naming a person ("Matthew Pottinger, along with … John
 * Bolton, visited …"): that person is as near the act, and the aside does not say which of the two stands for another.
 */
function asideAfter(a: AnalysedSentence, slot: Slot): number {
  if (slot.kind !== 'entity') return 0;
  const next = afterAside(a, slot.last);
  if (next < 0 || a.slots.some((o) => o.first > slot.last && o.last < next && o.entity?.type === 'person')) return 0;
  return next - slot.last - 1;
}

/** Up to this many words, a sentence's values are all near one another. */
const SHORT_SENTENCE = 12;

/** Words either side of a value within which the two sentences must share a word for the values to fill one role. */
export const NEIGHBOURHOOD = 6;

/**
 * Whether some content word near `a` in `x` is also near `b` in `y`, or a value both agree on stands near both
 * ("since Korea's liberation in 1948" and "since Korea's decolonization in 1945").
 */
export function sharesNeighbourhood(
  x: AnalysedSentence,
  a: Slot,
  y: AnalysedSentence,
  b: Slot,
  pairs: readonly [Slot, Slot][],
  partiesBesideParties = false,
): boolean {
  // In a short sentence every word is near every other: it tells one thing. A date opening the sentence ("In 2015,
  // the Abe cabinet let … expire") dates its whole main clause; one opening a later clause (", and in December 2019,
  // the two leaders met in Chengdu") dates that clause, to its end. (Plain loops and helpers, no closures: this is
  // asked for each value of a draft sentence against each passage it is lined up with.)
  // A relative clause set off by commas (", who as Abe's Cabinet Secretary helped reach the … agreement,") tells of its
  // noun, not of the act around it: a value or word shared ties the two values only where it stands alike from each
  // (both in the value's own clause or the noun its aside tells of, both in an aside, or both in the main clause).
  const asideX = asides(x);
  const asideY = asides(y);
  const inX = asideX.within[a.first];
  const inY = asideY.within[b.first];
  // A value an aside tells of ("South Korea's presidential Blue House, which brought the quarrel to …"): the aside's
  // words are its own, as its clause's are.
  const ownX = inX < 0 ? asideX.noun[a.last] : -1;
  const ownY = inY < 0 ? asideY.noun[b.last] : -1;
  const wideX = x.words.length <= SHORT_SENTENCE || opensSentence(x, a);
  const wideY = y.words.length <= SHORT_SENTENCE || opensSentence(y, b);
  const clauseX = wideX ? undefined : clauseDated(x, a);
  const clauseY = wideY ? undefined : clauseDated(y, b);
  // Only parties count as shared neighbours: a title or a date beside both values says little about their roles.
  // Beside a party, another party says little about its role, unless the caller asks only whether both name it.
  // A title beside both ("ambassador to China", "ambassador to Japan") ties a party to the same office.
  const partiesCount = a.kind !== 'entity' || partiesBesideParties;
  // Two places both sentences give as the scene of an act ("met Suga in Osaka", "met with Suga … in Tokyo"): a person
  // both name beside both is the one who acted there, so the places are where the same person did it.
  const scenes = isScene(x, a) && isScene(y, b);
  // Two places both sentences give as where a trip went: a title beside both ("as Moon's personal envoy", "as a
  // presidential envoy") tells the traveller, as the traveller's name does, and ties no trip (`trips` below).
  const trips = relationOf(x, a) === DESTINATION && relationOf(y, b) === DESTINATION;
  for (const [p, q] of pairs) {
    // A name the draft alone cannot type ("Park") is a person where the passage it pairs with names a person there.
    const person = p.entity?.type === 'person' || q.entity?.type === 'person';
    const tied = p.kind === 'entity' ? partiesCount || (scenes && person) : p.kind === 'role' && a.kind === 'entity' && !trips;
    if (standing(asideX, inX, ownX, p.first) !== standing(asideY, inY, ownY, q.first)) continue;
    if (p !== a && tied && isNear(p, a, wideX, clauseX) && isNear(q, b, wideY, clauseY)) return true;
    // The scene's person may stand further off in its clause ("brought Abe and President Park together for a
    // trilateral meeting in Geneva"): the clause tells one act, at one place.
    if (scenes && tied && p.kind === 'entity' && inClause(x, p, a) && inClause(y, q, b)) return true;
  }
  // Two places both sentences give as where a trip went ("flew to Beijing on November 9", "Park Jie-won, head of …,
  // traveled to Tokyo on November 9"): a person both name, the first named in both or beside both, and a day both name beside
  // both make it one trip, which went to one place. (A person alone makes none: people travel often; a month or a
  // year alone neither.)
  if (trips) {
    const opening = (s: AnalysedSentence, v: Slot) => s.slots.find((o) => PERSON_TYPES.includes(o.entity?.type ?? 'place')) === v;
    let person = false;
    let day = false;
    for (const [p, q] of pairs) {
      if (p === a) continue;
      const near = isNear(p, a, wideX, clauseX) && isNear(q, b, wideY, clauseY);
      const traveller = p.entity?.type === 'person' || q.entity?.type === 'person';
      if (traveller && (near || (opening(x, p) && opening(y, q)))) person = true;
      if (near && p.kind === 'date' && p.date?.day !== undefined && q.date?.day !== undefined) day = true;
    }
    if (person && day) return true;
  }
  // The same person's body on both sides: "Kim Jin-pyo of the opposition People Power Party", "Kim Jin-pyo of the
  // ruling Democratic Party".
  const mine = affiliationOf(x, a) ?? workplaceOf(x, a);
  const theirs = affiliationOf(y, b) ?? workplaceOf(y, b);
  if (mine && theirs && pairs.some(([p, q]) => p === mine && q === theirs)) return true;
  // Each word near the value, with where it stands from it (`standing`).
  const words = new Map<string, number>();
  const wholeX = wideX && opensSentence(x, a);
  const fromX = clauseX ? clauseX[0] : wholeX ? 0 : Math.max(0, a.first - NEIGHBOURHOOD);
  const toX = clauseX ? clauseX[1] : wholeX ? x.words.length - 1 : Math.min(x.words.length - 1, a.last + NEIGHBOURHOOD + asideAfter(x, a));
  const namedX = namedThingWords(x);
  // An undated trip shares its word of going with any trip of the passage ("flew to Beijing", read as a visit, and
  // "traveled to Tokyo on November 9"): that says only that both are trips, not that they are one (people travel often).
  const undatedTrip = trips && !x.slots.some((s) => s.kind === 'date');
  for (let i = fromX; i <= toX; i++)
    if ((x.content[i] === 1 || namedX[i] === 1) && !(undatedTrip && TRAVEL_STEMS.has(x.stems[i])))
      words.set(x.stems[i], (words.get(x.stems[i]) ?? 0) | (1 << standing(asideX, inX, ownX, i)));
  const wholeY = wideY && opensSentence(y, b);
  const fromY = clauseY ? clauseY[0] : wholeY ? 0 : Math.max(0, b.first - NEIGHBOURHOOD);
  const toY = clauseY ? clauseY[1] : wholeY ? y.words.length - 1 : Math.min(y.words.length - 1, b.last + NEIGHBOURHOOD + asideAfter(y, b));
  const namedY = namedThingWords(y);
  for (let i = fromY; i <= toY; i++)
    if ((y.content[i] === 1 || namedY[i] === 1) && ((words.get(y.stems[i]) ?? 0) & (1 << standing(asideY, inY, ownY, i))) !== 0)
      return true;
  // A date closing a sentence of one clause dates that clause's act, however far its verb stands ("… tightened export
  // controls and delisted South Korea from its white list in summer 2018"), as a date opening it does: a word of the
  // act near the other date will do. Only a content word of the act, not a party or a word of time ("in the past two
  // years, … since the normalization of relations in 1965" tells no year of Tokyo's Korea policy).
  const closedX = wideX || clauseX ? undefined : clauseClosed(x, a);
  const closedY = wideY || clauseY ? undefined : clauseClosed(y, b);
  if (!closedX && !closedY) return false;
  const acts = new Set<string>();
  const [fromA, toA] = closedX ?? [fromX, toX];
  for (let i = fromA; i <= toA; i++)
    if (
      x.content[i] === 1 &&
      standing(asideX, inX, ownX, i) === BESIDE &&
      !TIME_UNITS.has(x.stems[i]) &&
      !(undatedTrip && TRAVEL_STEMS.has(x.stems[i]))
    )
      acts.add(x.stems[i]);
  const [fromB, toB] = closedY ?? [fromY, toY];
  // A later clause's act is told with more of its words than one verb ("faced American pressure in the 1980s" is not
  // ", while Tokyo faced a ban … in 2010"): two of them, as "faced a ban on rare earth exports" shares.
  const needed = (closedX?.[0] ?? 0) > 0 || (closedY?.[0] ?? 0) > 0 ? LATER_CLAUSE_ACT_WORDS : 1;
  let shared = 0;
  for (let i = fromB; i <= toB; i++)
    if (y.content[i] === 1 && standing(asideY, inY, ownY, i) === BESIDE && acts.delete(y.stems[i]) && ++shared >= needed) return true;
  return false;
}

/**
 * A sentence's asides, relative clauses set off by a comma (", who … ," ", which …") up to the next mark or the
 * sentence's end: `within[i]` is the index of the relative word opening the aside word i stands in, -1 outside any;
 * `noun[i]` the same for a word of the noun phrase an aside tells of ("Suga" in "Suga, who …"), -1 for any other.
 * Kept per reading.
 */
interface Asides {
  readonly within: Int32Array;
  readonly noun: Int32Array;
}

function asides(a: AnalysedSentence): Asides {
  let found = ASIDES.get(a);
  if (found) return found;
  found = { within: new Int32Array(a.words.length).fill(-1), noun: new Int32Array(a.words.length).fill(-1) };
  for (let i = 1; i < a.words.length; i++) {
    if (!ASIDE_RELATIVES.has(a.words[i].lower) || !textBetween(a, i - 1, i).includes(',')) continue;
    found.within[i] = i;
    for (let k = i + 1; k < a.words.length && !PUNCTUATION_BETWEEN.test(textBetween(a, k - 1, k)); k++) found.within[k] = i;
    for (let k = nounBefore(a, i); k < i; k++) found.noun[k] = i;
  }
  ASIDES.set(a, found);
  return found;
}

const ASIDES = new ReadingMap<Asides>();

/**
 * Whether an aside (`asides`) sets two values apart: one stands in a relative clause set off by a comma that the
 * other stands neither in nor in the noun it tells of ("Suga, who became prime minister in September 2020, kept
 * Abe's line on Korea": the date and Korea; not the date and Suga).
 */
export function asideApart(a: AnalysedSentence, x: Slot, y: Slot): boolean {
  const s = asides(a);
  const [inX, inY] = [s.within[x.first], s.within[y.first]];
  if (inX === inY) return false;
  const tied = (v: Slot, at: number) => at >= 0 && s.noun[v.first] === at;
  return !tied(x, inY) && !tied(y, inX);
}

/**
 * Where word i stands from a value in aside `at` (-1: outside any), or outside any but told of by aside `own` (-1:
 * none): `BESIDE`, `IN_ASIDE` or `IN_MAIN`.
 */
function standing(s: Asides, at: number, own: number, i: number): number {
  if (s.within[i] === at || (at >= 0 && s.noun[i] === at) || (own >= 0 && s.within[i] === own)) return BESIDE;
  return s.within[i] >= 0 ? IN_ASIDE : IN_MAIN;
}

/**
 * Where a word stands from a value: in the value's own clause or, for a value in an aside, the noun that aside tells
 * of; in an aside the value is not in; or in the main clause, for a value in an aside.
 */
const BESIDE = 0;
const IN_ASIDE = 1;
const IN_MAIN = 2;

/** Words of its act a date closing a later clause must share with the other sentence's (`sharesNeighbourhood`). */
const LATER_CLAUSE_ACT_WORDS = 2;

/**
 * 1 for each word of a named agreement or organisation of several words, but for function words: "comfort women
 * agreement" names its thing by the words another sentence uses for it (the painfully negotiated “comfort women”
 * agreement), so those words say as much about a value's role beside them as content words do. Kept per reading.
 */
function namedThingWords(a: AnalysedSentence): Uint8Array {
  let found = NAMED_THING_WORDS.get(a);
  if (found) return found;
  found = new Uint8Array(a.words.length);
  for (const slot of a.slots) {
    const type = slot.entity?.type;
    if ((type !== 'agreement' && type !== 'organisation') || slot.last === slot.first) continue;
    for (let i = slot.first; i <= slot.last; i++) if (!FUNCTION_WORDS.has(a.words[i].lower)) found[i] = 1;
  }
  NAMED_THING_WORDS.set(a, found);
  return found;
}

const NAMED_THING_WORDS = new ReadingMap<Uint8Array>();

/**
 * Whether value `s` stands near `at` in its sentence: anywhere in a sentence read whole (`wide`), in the clause a date
 * opens (`clause`), or within `NEIGHBOURHOOD` words of it.
 */
function isNear(s: Slot, at: Slot, wide: boolean, clause: readonly [number, number] | undefined): boolean {
  return (
    wide ||
    (clause !== undefined && s.first >= clause[0] && s.last <= clause[1]) ||
    (s.last >= at.first - NEIGHBOURHOOD && s.first <= at.last + NEIGHBOURHOOD)
  );
}

/** Whether values `p` and `at` stand in one clause of their sentence. */
function inClause(a: AnalysedSentence, p: Slot, at: Slot): boolean {
  return p.last < at.first ? sameClause(a, p.last, at.first) : sameClause(a, at.last, p.first);
}

/** A place right after "in" or "at" (with "the" between: "at the Hague"): where the act beside it happened. */
export function isScene(a: AnalysedSentence, slot: Slot): boolean {
  if (slot.entity?.type !== 'place') return false;
  let k = slot.first - 1;
  if (k >= 1 && a.words[k].lower === 'the') k--;
  return k >= 0 && LOCATIVE_PREPOSITIONS.has(a.words[k].lower);
}

/** The person a body belongs to by "of" right before it ("Kim Jin-pyo of the ruling Democratic Party"), if any. */
function affiliationOf(a: AnalysedSentence, slot: Slot): Slot | undefined {
  if (slot.entity?.type !== 'organisation') return undefined;
  for (let i = slot.first - 1; i >= 1 && i >= slot.first - 3; i--) {
    if (a.words[i].lower !== 'of') continue;
    const person = a.slots.find((o) => o.entity?.type === 'person' && o.last === i - 1);
    if (person) return person;
  }
  return undefined;
}

/**
 * The person opening the sentence whose workplace is a body after "at", no mark between ("Patrick G. Buchan runs
 * the U.S. Alliances Project at the Brookings Institution", "Patrick G. Buchan is the director of … at the Center for
 * Strategic and International Studies"), if any.
 */
function workplaceOf(a: AnalysedSentence, slot: Slot): Slot | undefined {
  if (slot.entity?.type !== 'organisation') return undefined;
  let k = slot.first - 1;
  if (a.words[k]?.lower === 'the') k--;
  if (a.words[k]?.lower !== 'at') return undefined;
  const person = a.slots.find((o) => o.kind === 'entity');
  // (A name the analysis could not type may be a person's: "Patrick G. Buchan".)
  if (!person || !PERSON_TYPES.includes(person.entity!.type) || person.first > 0) return undefined;
  // No mark between: "… director of the U.S. Alliances Project and fellow of … at the Center …" runs on.
  for (let i = person.last; i < k; i++) if (PUNCTUATION_BETWEEN.test(textBetween(a, i, i + 1))) return undefined;
  return person;
}

/** Words that may open a sentence before the date that dates it: "In 2015,", "By late 2019,", "On 23 November". */
const DATE_OPENERS = new Set(['in', 'on', 'by', 'during', 'since', 'at', 'early', 'late', 'mid', 'then', 'and', 'but', 'as', 'of']);

/**
 * A date opening its sentence, with only a preposition or two before it (and "the", "only"): it dates the whole main
 * clause. So does a length of time set off by a comma ("For over three decades, Seoul and Tokyo have tussled …"): it
 * is how long the main clause has held.
 */
function opensSentence(a: AnalysedSentence, slot: Slot): boolean {
  if (slot.kind === 'number') return opensWithLength(a, slot);
  if (slot.kind !== 'date' || slot.first > 4) return false;
  // "In the 1990s,", "Only in the 1990s,": "the" right before the date and "only" opening the sentence tell no act.
  let openers = 0;
  for (let i = 0; i < slot.first; i++) {
    const w = a.words[i].lower;
    if ((w === 'the' && i === slot.first - 1) || (w === 'only' && i === 0)) continue;
    if (!DATE_OPENERS.has(w) || ++openers > 2) return false;
  }
  return true;
}

/** Words a length of time opening its sentence may have before it ("For much of the past three decades,"). */
const MAX_LENGTH_OPENERS = 5;

/** A length of time opening its sentence after words of duration only, and ending at a comma (`opensSentence`). */
function opensWithLength(a: AnalysedSentence, slot: Slot): boolean {
  const unit = slot.number!.unit;
  if (unit === undefined || !TIME_UNITS.has(unit.split(' ')[0]) || slot.first > MAX_LENGTH_OPENERS) return false;
  for (let i = 0; i < slot.first; i++) {
    const w = a.words[i].lower;
    if (!LENGTH_OPENERS.has(w) && !APPROXIMATION_WORDS.has(w)) return false;
  }
  // The unit may follow the figure ("three decades") or be the slot's own last word ("the past decade").
  let end = slot.last + 1 < a.words.length && TIME_NOUNS.has(a.words[slot.last + 1].lower) ? slot.last + 1 : slot.last;
  // The length may be told from a start of its own before the comma ("Within days of taking office,", "Several
  // months into its term,"): a preposition after the unit, and the comma a few words on.
  if (end + 1 < a.words.length && LENGTH_STARTS.has(a.words[end + 1].lower)) {
    const limit = Math.min(a.words.length - 1, end + 1 + MAX_START_WORDS);
    for (let k = end + 1; k < limit && !textBetween(a, k, k + 1).includes(','); k++) if (breaksClause(a, k, k + 1)) return false;
    while (end < limit && !textBetween(a, end, end + 1).includes(',')) end++;
  }
  return end + 1 < a.words.length && textBetween(a, end, end + 1).includes(',');
}

/** Words a length's start may take before the comma ending the opening phrase ("into its term,"). */
const MAX_START_WORDS = 4;

/**
 * The words of the clause a date opens after a comma and a conjunction, with only a preposition or two between
 * (", and in December 2019, … met in Chengdu"): from the date to the clause's end. Undefined for any other date.
 */
function clauseDated(a: AnalysedSentence, slot: Slot): [number, number] | undefined {
  if (slot.kind !== 'date' || slot.first < 1 || slot.last + 1 >= a.words.length) return undefined;
  let k = slot.first;
  while (k > 0 && slot.first - k < 3 && DATE_OPENERS.has(a.words[k - 1].lower) && !breaksClause(a, k - 1, k)) k--;
  if (k === slot.first || k === 0) return undefined;
  // The clause opens after a comma and its conjunction, or at a conjunction with the date set off by a comma after it
  // ("… politics and in December 2019, the two leaders met").
  const fronted = CLAUSE_CONJUNCTIONS.has(a.words[k].lower) && textBetween(a, slot.last, slot.last + 1).includes(',');
  if (!breaksClause(a, k - 1, k) && !fronted) return undefined;
  let end = slot.last;
  while (end < a.words.length - 1 && !breaksClause(a, end, end + 1)) end++;
  return [slot.first, end];
}

/**
 * The words of a sentence's first clause when a date closes it after a preposition (and "the": "in the summer of
 * 2020"), as in "… tightened export controls and delisted South Korea from its white list in summer 2018.": from the
 * sentence's first word to the date; or of its last clause when the date ends the sentence. Undefined for any other
 * date.
 */
function clauseClosed(a: AnalysedSentence, slot: Slot): [number, number] | undefined {
  if (slot.kind !== 'date' || slot.first < 1) return undefined;
  if (slot.last + 1 < a.words.length && !breaksClause(a, slot.last, slot.last + 1)) return undefined;
  let k = slot.first;
  while (
    k > 0 &&
    slot.first - k < 2 &&
    (DATE_OPENERS.has(a.words[k - 1].lower) || a.words[k - 1].lower === 'the') &&
    !breaksClause(a, k - 1, k)
  )
    k--;
  if (k === slot.first || !DATE_OPENERS.has(a.words[k].lower)) return undefined;
  // Or a later clause the date closes the sentence with (", while Tokyo faced a ban on rare earth exports during its
  // clash with Beijing … in 2010."): from the clause's first word.
  let from = 0;
  for (let i = 0; i < k; i++) if (breaksClause(a, i, i + 1)) from = i + 1;
  if (from > 0 && slot.last + 1 < a.words.length) return undefined;
  return [from, slot.last];
}
