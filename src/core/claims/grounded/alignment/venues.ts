/**
 * Where a gathering was held: a place naming it ("the Hanoi summit", "the Singapore Summit") or told as its venue
 * ("his summit with Kim in Hanoi", "the UN General Assembly in Geneva"). Two sentences telling one gathering give it
 * one venue, however each words it: the gathering ties the two places, as an act ties two parties.
 */
import { COUNTRY_OF_NAME } from '../gazetteer';
import { PERSON_TYPES } from '../nameLists';
import { VENUE_NOUNS } from '../lexicon';
import type { AnalysedSentence, Slot } from '../sentenceAnalysis';
import { textBetween } from '../sourceClaims';
import { oneNameWritten } from './namedThings';
import { isScene } from './neighbourhood';
import { compareSlots } from './values';

const VENUES: ReadonlySet<string> = new Set(VENUE_NOUNS);

/** Whether word `k` is a gathering's noun, as written ("summit", "Summit"; not "met", which stems alike). */
function gatheringAt(a: AnalysedSentence, k: number): boolean {
  return k >= 0 && k < a.words.length && VENUES.has(a.words[k].lower);
}

/**
 * The word of the gathering place `slot` is the venue of, or -1: the noun right after it ("the Hanoi summit"), or,
 * for a place after "in" or "at", the noun right before that preposition ("the summit in Hanoi"), past one party the
 * gathering was with ("his summit with Kim in Hanoi") or the name it bears ("the UN General Assembly in Geneva", a
 * name ending in a gathering's noun or standing before one: "the Group of Twenty summit in Osaka").
 */
export function venueOf(a: AnalysedSentence, slot: Slot): number {
  if (slot.entity?.type !== 'place' || slot.entity.adjective) return -1;
  const next = slot.last + 1;
  if (gatheringAt(a, next) && /^\s+$/.test(textBetween(a, slot.last, next))) return next;
  if (!isScene(a, slot)) return -1;
  let k = slot.first - 1;
  if (a.words[k].lower === 'the') k--;
  // The preposition at k: the phrase before it, with no mark between.
  const joined = (i: number) => i >= 0 && /^\s+$/.test(textBetween(a, i, i + 1));
  let before = k - 1;
  if (!joined(before)) return -1;
  // Past one party after "with": "summit with Kim in Hanoi".
  const party = a.slots.find((o) => o.kind === 'entity' && o.last === before && o !== slot);
  if (party && a.words[party.first - 1]?.lower === 'with' && joined(party.first - 2) && joined(party.first - 1)) before = party.first - 2;
  if (gatheringAt(a, before)) return before;
  return -1;
}

/** The name a gathering's noun at `k` ends or stands right after ("the UN General Assembly", "the G20 summit"), if any. */
function gatheringName(a: AnalysedSentence, k: number): Slot | undefined {
  return a.slots.find(
    (o) =>
      o.kind === 'entity' &&
      o.entity!.type !== 'place' &&
      (o.last === k || (o.last === k - 1 && /^\s+$/.test(textBetween(a, k - 1, k))) || (o.first <= k && k <= o.last)),
  );
}

/**
 * Whether the gatherings at `k` of `x` and `j` of `y` are one: both named by one name ("the UN General Assembly", "the
 * UN General Assembly meeting"), or one written two ways ("the G20 summit", "the Group of Twenty summit"); or by one noun ("summit"), unless each bears a name of its own ("the G7 summit", "the
 * Group of Twenty summit": two gatherings).
 */
function oneGathering(x: AnalysedSentence, k: number, y: AnalysedSentence, j: number): boolean {
  const [p, q] = [gatheringName(x, k), gatheringName(y, j)];
  if (p && q) return compareSlots(p, q) === 'same' || oneNameWritten(p.text, q.text);
  return x.stems[k] === y.stems[j];
}

/**
 * Whether every date the draft gives the claim gives too: one it does not may be another edition's ("the G20 summit
 * in Buenos Aires in 2018", "his Hanoi summit with Kim in 2019" against "After the Singapore Summit last year"): a
 * gathering held again moves, and is compared only where it is surely the claim's.
 */
function datedAlike(draft: AnalysedSentence, claim: AnalysedSentence): boolean {
  return draft.slots.every((s) => s.kind !== 'date' || claim.slots.some((o) => o.kind === 'date' && compareSlots(s, o) === 'same'));
}

/**
 * The country a place lies in by the gazetteer ("Hanoi": Vietnam; "Singapore": Singapore), or undefined for a place it
 * does not list (a city it does not know lies nowhere it can tell).
 */
function countryOf(slot: Slot): string | undefined {
  const key = slot.entity!.key;
  if (key.startsWith('country:')) return key.slice('country:'.length);
  return COUNTRY_OF_NAME.get(slot.entity!.words.join(' '));
}

/**
 * The claim's place that stands where the draft's place `slot` does as the venue of the same gathering, held
 * elsewhere: both the venues of a gathering of one noun ("summit", "meeting"), in two countries the gazetteer tells
 * apart, or two places neither lies in the other of. Undefined where the claim names the draft's place too, or gives
 * no venue of such a gathering.
 */
export function otherVenue(draft: AnalysedSentence, slot: Slot, claim: AnalysedSentence): Slot | undefined {
  const mine = venueOf(draft, slot);
  if (mine < 0 || !datedAlike(draft, claim)) return undefined;
  if (claim.slots.some((o) => o.kind === 'entity' && compareSlots(slot, o) === 'same')) return undefined;
  for (const other of claim.slots) {
    const theirs = venueOf(claim, other);
    if (theirs < 0 || !oneGathering(draft, mine, claim, theirs)) continue;
    // The draft names the claim's venue too ("Unlike the Osaka G20, …, the … summit in Chengdu …"): it tells two
    // gatherings, the claim's and another.
    if (draft.slots.some((o) => o.kind === 'entity' && compareSlots(o, other) === 'same')) continue;
    const plain = compareSlots(slot, other);
    if (plain === 'differ') return other;
    const [x, y] = [countryOf(slot), countryOf(other)];
    if (plain === 'incomparable' && x !== undefined && y !== undefined && x !== y) return other;
  }
  return undefined;
}

/**
 * Whether the draft's place `value` and the claim's `expected` are the venues of one gathering that both sentences
 * surely tell: named by one name both pair ("the UN General Assembly"), or held by two people both name ("Abe and
 * Moon … at the G20 summit in Tokyo", "Prime Minister Abe and President Moon … during the … summit in Osaka"), and
 * dated alike (`datedAlike`). Then the place is no other party of another event, but that gathering's venue, told wrong.
 */
export function sameGatheringElsewhere(
  draft: AnalysedSentence,
  value: Slot,
  claim: AnalysedSentence,
  expected: Slot,
  pairs: readonly [Slot, Slot][],
): boolean {
  const [mine, theirs] = [venueOf(draft, value), venueOf(claim, expected)];
  if (mine < 0 || theirs < 0 || !oneGathering(draft, mine, claim, theirs)) return false;
  if (!datedAlike(draft, claim)) return false;
  if (namedAlike(draft, mine, claim, theirs, pairs)) return true;
  const people = pairs.filter(([x, y]) => PERSON_TYPES.includes(x.entity?.type ?? 'place') && y.entity?.type === 'person');
  return new Set(people.map(([, y]) => y.entity!.key)).size >= PEOPLE_AT_GATHERING;
}

/** People both sentences name that make one gathering theirs (`sameGatheringElsewhere`): a meeting's two sides. */
const PEOPLE_AT_GATHERING = 2;

/** Whether the gatherings at `k` of `x` and `j` of `y` bear one name the two sentences pair ("the UN General Assembly"). */
function namedAlike(x: AnalysedSentence, k: number, y: AnalysedSentence, j: number, pairs: readonly [Slot, Slot][]): boolean {
  const [p, q] = [gatheringName(x, k), gatheringName(y, j)];
  return p !== undefined && q !== undefined && pairs.some(([a, b]) => a === p && b === q);
}

/**
 * Whether the draft's place `value` is the venue of a gathering bearing the name the claim's `expected` is the venue of,
 * both sentences pairing the name ("… a Moon-Abe meeting on the margins of the UN General Assembly in Geneva" against
 * "… a leader to leader meeting on the margins of the … UN General Assembly meeting in New York"), dated alike: the name
 * tells the gathering, so who else the draft names (the leaders meeting there) leaves its venue in no doubt, where the
 * claim names no one there the draft does not.
 */
export function namedGatheringElsewhere(
  draft: AnalysedSentence,
  value: Slot,
  claim: AnalysedSentence,
  expected: Slot,
  pairs: readonly [Slot, Slot][],
): boolean {
  const [mine, theirs] = [venueOf(draft, value), venueOf(claim, expected)];
  if (mine < 0 || theirs < 0 || !datedAlike(draft, claim) || !namedAlike(draft, mine, claim, theirs, pairs)) return false;
  // A person the claim names there that the draft does not ("Abe and Obama … at the Group of Twenty summit in Buenos
  // Aires" against "Prime Minister Abe and President Moon … during the Group of Twenty summit in Osaka"): a gathering
  // of that name held again, with other people.
  return claim.slots.every((o) => o.entity?.type !== 'person' || pairs.some(([, q]) => q === o));
}

/**
 * Whether the draft's place `value` is the venue of another gathering than the one the claim's `expected` is the venue
 * of: the two bear names of their own that differ ("an ASEAN meeting in Bangkok" against "the Group of Twenty summit in
 * Osaka"), or the draft dates its gathering in a year the claim does not give its own (the claim's dates, or, where it
 * gives none, the year its source was written, `written`: "the G20 summit in Buenos Aires in 2018" against a 2019
 * article's "Group of Twenty summit in Osaka"): a gathering held again moves. The place then tells that other gathering,
 * not the claim's told wrong; so does it against a place the claim tells as a party, not a scene. (The draft naming
 * the claim's place for another gathering stays a wrong name: "the ASEAN summit in Osaka".)
 */
export function anotherGathering(draft: AnalysedSentence, value: Slot, claim: AnalysedSentence, expected: Slot, written?: number): boolean {
  const [mine, theirs] = [venueOf(draft, value), venueOf(claim, expected)];
  if (mine < 0) return false;
  // A party the claim deals with, not a place anything happens at ("negotiating with Pyongyang"), is no venue the
  // draft's gathering could have been held at ("an ASEAN summit in Singapore").
  if (theirs < 0) return expected.entity?.type === 'place' && !isScene(claim, expected);
  const [p, q] = [gatheringName(draft, mine), gatheringName(claim, theirs)];
  if (p && q && compareSlots(p, q) !== 'same' && !oneNameWritten(p.text, q.text)) return true;
  const years = (a: AnalysedSentence) => a.slots.flatMap((s) => (s.kind === 'date' && s.date?.year !== undefined ? [s.date.year] : []));
  const told = years(claim);
  if (told.length === 0 && written !== undefined) told.push(written);
  return told.length > 0 && years(draft).some((y) => !told.includes(y));
}
