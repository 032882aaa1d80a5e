/**
 * The order of the stops of a journey: a draft telling someone's stops one after the other ("Stilwell stopped in
 * Seoul first before heading on to Tokyo") against a passage giving the route with its stops on the way ("… from
 * Tokyo to Seoul by way of The Philippines and Thailand"). Apart because a route orders places, not dated events.
 */
import { JOURNEY_WORDS, RETRACTING_WORDS, REVERSED_STOP_WORDS, STOP_ORDER_WORDS, VIA_WORDS } from '../lexicon';
import { listWith, type ListReading } from '../nameLists';
import type { AnalysedSentence, Slot } from '../sentenceAnalysis';
import { compareSlots } from './values';
import { ReadingMap } from '../readingMemo';

/** A place of a journey and its rank: a place of a lower rank came first, places of one rank are listed together. */
interface Stop {
  place: Slot;
  rank: number;
}

/** A route a passage gives: its traveller, its stops ranked (start 0, stops on the way 1, end 2), and the via words. */
interface Route {
  traveller: Slot;
  stops: Stop[];
  via: [number, number];
}

/** Each reading's route, read once (a passage is lined up with many drafts). */
const ROUTES = new ReadingMap<Route | null>();

function isPlace(s: Slot): boolean {
  return s.kind === 'entity' && s.entity!.type === 'place' && !s.entity!.adjective;
}

/** The places listed with the one starting at word k ("The Philippines and Thailand"), or none. */
function placesAt(a: AnalysedSentence, k: number): Slot[] {
  const place = a.slots.find((s) => isPlace(s) && (s.first === k || (s.first === k + 1 && a.words[k].lower === 'the')));
  return place ? listWith(a, place, PLACE_LIST) : [];
}

/** Places listed together as stops ("The Philippines and Thailand"). */
const PLACE_LIST: ListReading = { types: ['place'], adjectives: false, titled: false, conjunctions: ['and'], closedByConjunction: false };

/**
 * The route a passage gives with a via word ("… from Tokyo to Seoul by way of The Philippines and Thailand"): the place
 * after "from" first, the places after the via word next, the place just before it last, travelled by the one person
 * it names. Not a route a denial before the via word takes away, unless a word takes the denial back ("but rather").
 */
function routeOf(a: AnalysedSentence): Route | undefined {
  let found = ROUTES.get(a);
  if (found === undefined) ROUTES.set(a, (found = readRoute(a) ?? null));
  return found ?? undefined;
}

function readRoute(a: AnalysedSentence): Route | undefined {
  const w = a.words;
  for (let i = 1; i < w.length; i++) {
    const rest = VIA_WORDS.get(w[i].lower);
    if (!rest || !rest.every((x, k) => w[i + 1 + k]?.lower === x)) continue;
    const through = placesAt(a, i + 1 + rest.length);
    const end = a.slots.find((s) => isPlace(s) && s.last === i - 1);
    if (through.length === 0 || !end) continue;
    const denied = a.negations.some((n) => n < i && !w.slice(n, i).some((x) => RETRACTING_WORDS.has(x.lower)));
    const people = a.slots.filter((s) => s.kind === 'entity' && s.entity!.type === 'person');
    if (denied || people.length !== 1) return undefined;
    const stops: Stop[] = [...through.map((place) => ({ place, rank: 1 })), { place: end, rank: 2 }];
    for (let k = end.first - 1; k >= 0; k--)
      if (w[k].lower === 'from') {
        const start = a.slots.find((s) => isPlace(s) && s.first === k + 1);
        if (start && compareSlots(start, end) !== 'same') stops.unshift({ place: start, rank: 0 });
        break;
      }
    return { traveller: people[0], stops, via: [i, through[through.length - 1].last] };
  }
  return undefined;
}

/**
 * The stops a draft tells a person's journey by, ranked in the order it tells them: a new rank at each word of
 * order after a place ("first", "before", "then"), places listed together sharing one. None unless the sentence
 * tells a journey with such a word, and no word telling stops in reverse ("after").
 */
function toldStops(a: AnalysedSentence): { stops: Stop[]; cues: [number, number][] } | undefined {
  const w = a.words;
  if (!w.some((x) => JOURNEY_WORDS.has(x.lower)) || w.some((x) => REVERSED_STOP_WORDS.has(x.lower))) return undefined;
  const stops: Stop[] = [];
  // The words of order after each rank's places, first and last ("first before", "first and only then"): the finding's.
  const cues: [number, number][] = [];
  let rank = 0;
  let cued = false;
  for (let i = 0; i < w.length; i++) {
    if (STOP_ORDER_WORDS.has(w[i].lower) && stops.length > 0) {
      cues[rank] = [cued ? cues[rank][0] : i, i];
      cued = true;
    }
    const place = a.slots.find((s) => isPlace(s) && s.first === i);
    if (!place) continue;
    if (cued) rank++;
    cued = false;
    stops.push({ place, rank });
  }
  return cues.length > 0 ? { stops, cues } : undefined;
}

/** A draft's order of two stops against a passage's route: the draft's cue word and the route's via words. */
export interface StopOrderConflict {
  draftWords: [number, number];
  sourceWords: [number, number];
}

/**
 * The draft tells two stops of a person's journey in the order opposite to the route the passage gives the same
 * person: "Stilwell stopped in Seoul first before heading on to Tokyo" against "… from Tokyo to Seoul by way of The
 * Philippines and Thailand".
 */
export function opposedStops(draft: AnalysedSentence, claim: AnalysedSentence): StopOrderConflict | undefined {
  const route = routeOf(claim);
  if (!route || !draft.slots.some((s) => s.kind === 'entity' && compareSlots(s, route.traveller) === 'same')) return undefined;
  const told = toldStops(draft);
  if (!told) return undefined;
  const rankIn = (place: Slot) => route.stops.find((s) => compareSlots(place, s.place) === 'same')?.rank;
  for (const x of told.stops)
    for (const y of told.stops) {
      if (x.rank >= y.rank) continue;
      const [rx, ry] = [rankIn(x.place), rankIn(y.place)];
      if (rx !== undefined && ry !== undefined && rx > ry) {
        return { draftWords: told.cues[x.rank], sourceWords: route.via };
      }
    }
  return undefined;
}

/**
 * The claim's stop on the way that stands where the draft's place `slot` does as a stop on the same route: the draft
 * names it after a via word ("reached Seoul via Beijing"), with the route's end just before that word, and the claim's
 * route (`routeOf`) has that end and the draft's traveller, and a stop on the way the draft names nowhere ("by way of
 * The Philippines and Thailand" against "via Vietnam and Thailand": The Philippines). Undefined where the claim names
 * the draft's place too, or the draft dates the trip with a date the claim does not give (another trip).
 */
export function otherStop(draft: AnalysedSentence, slot: Slot, claim: AnalysedSentence): Slot | undefined {
  if (!isPlace(slot)) return undefined;
  const route = routeOf(claim);
  if (!route || claim.slots.some((o) => compareSlots(slot, o) === 'same')) return undefined;
  const w = draft.words;
  // The via word before the draft's list of stops this place stands in, and the route's end just before it.
  const list = draft.slots.filter((s) => isPlace(s) && listWith(draft, s, PLACE_LIST).includes(slot));
  const head = list.length > 0 ? list.reduce((a, b) => (a.first < b.first ? a : b)) : slot;
  let at = head.first - 1;
  if (w[at]?.lower === 'the') at--;
  let via = -1;
  for (const [word, rest] of VIA_WORDS) {
    const i = at - rest.length;
    if (i >= 1 && w[i].lower === word && rest.every((x, k) => w[i + 1 + k].lower === x)) via = i;
  }
  if (via < 0) return undefined;
  const end = draft.slots.find((s) => isPlace(s) && s.last === via - 1);
  const stopEnd = route.stops.find((s) => s.rank === 2)!.place;
  if (!end || compareSlots(end, stopEnd) !== 'same') return undefined;
  if (!draft.slots.some((s) => s.entity?.type === 'person' && compareSlots(s, route.traveller) === 'same')) return undefined;
  if (draft.slots.some((s) => s.kind === 'date' && !claim.slots.some((o) => o.kind === 'date' && compareSlots(s, o) === 'same')))
    return undefined;
  return route.stops.find(
    (s) => s.rank === 1 && !draft.slots.some((d) => compareSlots(d, s.place) === 'same') && compareSlots(slot, s.place) === 'differ',
  )?.place;
}
