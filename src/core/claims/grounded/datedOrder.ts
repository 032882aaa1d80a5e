/**
 * The order of two events a draft sentence tells ("X came only after Y", "X preceded Y"), checked against the dates
 * the passages give each event, or, where their dates do not say, against the order a source narrates them in.
 *
 * It finds and lines up passages as the rest of the check does (candidates.ts, alignment.ts).
 * The passages read for an event's date are as many as for a whole sentence (`candidatesFor`'s default), since an
 * event's few words ("the Supreme Court's ruling") are shared by many passages that tell it undated or retell it later.
 */
import type { ClaimFinding } from '../types';
import { dayRange, SEASON_MONTHS, type DraftDate } from '../values';
import { align, alignmentBound, pairable } from './alignment';
import { orderedEvents, type OrderedEvents } from './alignment/order';
import { compareDates, compareSlots } from './alignment/values';
import { candidatesFor, clauseOf, MIN_ANCHORS } from './candidates';
import { draftText, finding } from './conflictFinding';
import {
  CAUSING_VERBS,
  CLAUSE_OPENERS,
  DEMONSTRATIVE_DETERMINERS,
  OCCURRING_VERBS,
  ORDER_WORDS,
  SPAN_APPROXIMATE,
  SPAN_CEILINGS,
  SPAN_FLOORS,
  SPAN_UNIT_DAYS,
  SPAN_VAGUE_COUNTS,
  WHEN_PREPOSITIONS,
} from './lexicon';
import { LIGHT_STEMS, stem } from './stem';
import { referredClauses } from './referredEvents';
import { KIND_BITS, possessiveMark, type AnalysedSentence, type Slot } from './sentenceAnalysis';
import { textBetween, wordsText, type SourceClaim, type SourceClaims, inSlot } from './sourceClaims';

/**
 * Two events the draft orders ("Park's trip to Tokyo came only after Kang had been named ambassador") that passages
 * date the other way round ("traveled to Tokyo on November 9", "On November 23, … appointed Kang … ambassador"). Each
 * event is the clause on its side of the order word, found in the passage telling it most fully with every party it
 * names and one date to a month; the dates must be comparable (both of one year, or both of one source and no year).
 */
export function datedOrderConflict(index: SourceClaims, draft: AnalysedSentence, before?: AnalysedSentence): ClaimFinding | undefined {
  for (const order of orderedEvents(draft)) {
    // With the sentence before, only an order against the event it told, pointed back at ("came after that result"):
    // the other orders were read with the sentence alone.
    const referred = before && referredClauses(draft, order.by, before);
    if (before && !referred) continue;
    const [o, p] = order.words;
    const orderedClause = eventClause(draft, ...order.ordered);
    const byClause = eventClause(draft, ...order.by);
    // A date opening the sentence before the order phrase ("In December 2019, after …, Abe and Moon finally met") is
    // the ordered event's own: a passage dating it otherwise tells another event of its parties, not the ordered one.
    const opening = openingDate(draft, order);
    const referredBy = referred && referredDatedEvent(index, referred);
    if (referred && !referredBy) continue;
    const found = datedEvent(index, orderedClause);
    const toldOrdered = opening && found && compareDates(opening.date!, found.date.date!) === 'differ' ? undefined : found;
    const by = referredBy || (datedEvent(index, byClause) ?? (toldOrdered && ownYear(byClause, toldOrdered, order.by[0])));
    // The ordered event the draft dates itself ("waded in in 2011, only after the … ruling"): not by a year naming a
    // thing, which may be another than the event ("scrapped the 2015 agreement after …"), nor where its words tell more
    // than one clause (`oneClause`). Against the draft's own date, the passage dating the other event must tell every
    // word of it ("liberation from Japanese colonial rule" is not "a … ruling … during the Japanese colonial era").
    const ordered =
      toldOrdered ??
      (opening && by ? { claim: by.claim, c: by.c, date: opening, own: true as const } : undefined) ??
      (by &&
      !by.own &&
      !referred &&
      oneClause(draft, order.ordered) &&
      [...byClause.contentStems].every((s) => by.claim.analysis.contentStems.has(s))
        ? ownYear(orderedClause, by, -1)
        : undefined);
    const earlier = ordered && by && (ordered.claim !== by.claim || by.own || ordered.own) ? datedEarlier(index, ordered, by) : undefined;
    // The event pointed back at is dated; the order the sources narrate is read of events the draft names.
    if (earlier === undefined && referred) continue;
    if (earlier === undefined) {
      // Dates that do not say which came first leave the order the sources narrate.
      const found = narratedOrderConflict(index, draft, order, orderedClause, byClause, [toldOrdered, by]);
      if (found) return found;
      continue;
    }
    if (earlier === (order.direction === 'before')) continue;
    const start = draft.words[o].start;
    const end = draft.words[p].end;
    // The passage dating an event: the ordered one's, or where the draft dates that one itself, the other's.
    const [cited, other] = ordered!.own ? [by!, ordered!] : [ordered!, by!];
    return finding(cited.claim, start, end, draftText(draft, o, p), `${cited.date.text} (the other event: ${other.date.text})`, undefined);
  }
  return undefined;
}

/**
 * The date opening a sentence ("In December 2019, after the Trump administration pressed …, Abe and Moon finally met"),
 * set off by a comma right before the order phrase that precedes the ordered clause: it dates that clause, the
 * sentence's main one. Undefined for any other order.
 */
function openingDate(draft: AnalysedSentence, order: OrderedEvents): Slot | undefined {
  const [o] = order.words;
  if (order.ordered[0] <= o) return undefined;
  const date = draft.slots.find((s) => s.kind === 'date' && !s.attributive && s.last === o - 1);
  if (!date || !textBetween(draft, date.last, o).includes(',')) return undefined;
  const first = date.first > 0 && WHEN_PREPOSITIONS.has(draft.words[0].lower) ? 1 : 0;
  return date.first === first ? date : undefined;
}

/**
 * The words from..to-1 of a sentence telling an event it orders, read as a sentence of their own, without a verb of
 * little content (`LIGHT_STEMS`) that ends them, where other content words remain: "The Blue House's threat … came (before
 * …)" tells the threat, and a passage telling it need not say it "came". Only the verb saying the event took its place
 * in time: another ("As one skeptic put it, …") is a word of the clause like any. A clause of such words alone names
 * its event by the things it names (`datedNamedEvent`).
 */
export function eventClause(draft: AnalysedSentence, from: number, to: number): AnalysedSentence {
  to = countStart(draft, from, to);
  const clause = clauseOf(draft, from, to);
  let last = to - 1;
  while (last >= from && (draft.content[last] !== 1 || draft.words[last].lower === 'only')) last--;
  if (last < from || !(LIGHT_STEMS.has(draft.stems[last]) || OCCURRING_STEMS.has(draft.stems[last])) || clause.contentStems.size < 2)
    return clause;
  for (let i = from; i < last; i++) if (draft.content[i] === 1 && draft.stems[i] === draft.stems[last]) return clause;
  const contentStems = new Set(clause.contentStems);
  contentStems.delete(draft.stems[last]);
  return { ...clause, contentStems };
}

/** The stems of `OCCURRING_VERBS`. */
const OCCURRING_STEMS = new Set([...OCCURRING_VERBS].map(stem));

/** Whether a stem only places an event in time: a verb of little content (`LIGHT_STEMS`) or of occurring. */
function placing(s: string): boolean {
  return LIGHT_STEMS.has(s) || OCCURRING_STEMS.has(s);
}

/**
 * Where a count of time ending a clause's words begins ("The Six-Party Talks, held a decade (before …)", "… more than a
 * year (before …)"), or `to` where none ends them: the count measures the order, it is no word of the event.
 */
function countStart(draft: AnalysedSentence, from: number, to: number): number {
  let k = to - 1;
  while (k > from && draft.words[k].lower === 'only') k--;
  const unit = draft.words[k]?.lower ?? '';
  if (k <= from || !(SPAN_UNIT_DAYS.has(unit) || SPAN_UNIT_DAYS.has(unit.replace(/s$/, '')))) return to;
  const number = draft.slots.find((s) => s.kind === 'number' && s.last === k - 1);
  let first = number ? number.first : COUNT_ARTICLES.has(draft.words[k - 1].lower) ? k - 1 : (vagueCount(draft, k)?.[0] ?? -1);
  if (first <= from) return to;
  // "more than a year", "about six months", "nearly two decades": the count's qualifier is the count's.
  while (first > from && COUNT_QUALIFIERS.has(draft.words[first - 1].lower)) first--;
  return first;
}

/**
 * A count without a figure ending right before the unit at `u` ("several months", "a few weeks", "a couple of years",
 * lexicon.ts `SPAN_VAGUE_COUNTS`): its first word and the least and most it may mean; undefined where none does.
 */
export function vagueCount(a: AnalysedSentence, u: number): [number, readonly [number, number]] | undefined {
  for (const [phrase, range] of SPAN_VAGUE_COUNTS) {
    const words = phrase.split(' ');
    const first = u - words.length;
    if (first >= 0 && words.every((word, k) => a.words[first + k].lower === word)) return [first, range];
  }
  return undefined;
}

/** Words counting one of a unit of time ("a decade", "a year"). */
const COUNT_ARTICLES = new Set(['a', 'an', 'one']);

/** The words of the qualifiers of a count of time (lexicon.ts `SPAN_APPROXIMATE`, `SPAN_CEILINGS`, `SPAN_FLOORS`). */
const COUNT_QUALIFIERS = new Set([...SPAN_APPROXIMATE, ...[...SPAN_CEILINGS, ...SPAN_FLOORS].flatMap((q) => q.split(' '))]);

/**
 * Whether the passages date the `ordered` event before the `by` event: undefined where their dates do not say (not
 * comparable, or overlapping).
 */
function datedEarlier(index: SourceClaims, ordered: DatedEvent, by: DatedEvent): boolean | undefined {
  // A year or a decade places a date in time; two dates without either are of one year only in one source. One
  // placed and one not: the other is placed by the year its source goes on in, where that is told.
  const placed = (d: DraftDate) => d.year !== undefined || d.decade !== undefined;
  let [a, b] = [ordered.date.date!, by.date.date!];
  if (placed(a) !== placed(b)) [a, b] = [withRunningYear(index, ordered), withRunningYear(index, by)];
  const oneYear = placed(a) && placed(b) ? true : !placed(a) && !placed(b) && ordered.claim.passage.source === by.claim.passage.source;
  if (!oneYear) return undefined;
  // Each date as the days it may cover (a season its months, a month all its days): only dates that do not overlap
  // say which came first.
  const [aFrom, aTo] = dayRange(a);
  const [bFrom, bTo] = dayRange(b);
  if (aTo >= bFrom && bTo >= aFrom) return undefined;
  return aTo < bFrom;
}

/**
 * Two events the draft orders one way where a source narrates one after the other (`narratedAfter`): "The mutual
 * removal from most-favored-nation status came before the 2018 Supreme Court ruling" against "In 2018, however, the ROK
 * Supreme Court ruled … . Following this controversial ruling, tensions boiled over. Both nations removed the other
 * from most-favored-nation trading status." The finding cites the passage setting the narrative after the event.
 */
function narratedOrderConflict(
  index: SourceClaims,
  draft: AnalysedSentence,
  order: OrderedEvents,
  orderedClause: AnalysedSentence,
  byClause: AnalysedSentence,
  dated: readonly (DatedEvent | undefined)[],
): ClaimFinding | undefined {
  // The draft sets the event narrated after before the other, or the other after it: the source has it the other way.
  const before = order.direction === 'before';
  const [later, earlier] = before ? [orderedClause, byClause] : [byClause, orderedClause];
  const narrated = narratedAfter(index, later, dated[before ? 0 : 1]);
  if (!narrated) return undefined;
  if (
    narrated.after !== undefined
      ? !tellsEventAt(index, earlier, narrated.after) &&
        !(narrated.openingAt !== undefined && tellsEventAt(index, earlier, narrated.openingAt))
      : !namesEvent(narrated.opening.analysis, narrated.named!, earlier)
  )
    return undefined;
  const [o, p] = order.words;
  const opening = narrated.opening.analysis;
  const comma = opening.words.findIndex((_, i) => textBetween(opening, i, i + 1).includes(','));
  const expected = wordsText(opening, 0, comma >= 0 ? comma : opening.words.length - 1);
  return finding(narrated.opening, draft.words[o].start, draft.words[p].end, draftText(draft, o, p), expected, undefined);
}

/** Most passages back a source's month of no year is given the year of the date told before it. */
const RUNNING_YEAR_REACH = 6;

/**
 * A source's date of a month or season but no year ("came in November") in the year of the narrative it goes on with:
 * the year of the last date the passages before it in the source gave ("met … in October 2020"), where that date
 * gives a month no later than this one (a writer going on through a year names its later months without the year; an
 * earlier month may be of the next year). Any other date as it is.
 */
function withRunningYear(index: SourceClaims, dated: DatedEvent): DraftDate {
  const date = dated.date.date!;
  if (date.year !== undefined || date.decade !== undefined) return date;
  const month = date.month ?? (date.season !== undefined ? SEASON_MONTHS[date.season][0] : undefined);
  if (month === undefined) return date;
  const { source, index: at } = dated.claim.passage;
  for (let k = 1; k <= RUNNING_YEAR_REACH && k <= dated.c; k++) {
    const before = index.claim(dated.c - k);
    if (before.passage.source !== source || before.passage.index !== at - k) break;
    const years = eventDates(before.analysis).filter((s) => s.date!.year !== undefined);
    if (years.length === 0) continue;
    const last = years[years.length - 1].date!;
    return last.month !== undefined && last.month <= month ? { ...date, year: last.year } : date;
  }
  return date;
}

/** How fully a passage must tell an event the draft orders to date it. */
const DATED_EVENT_COVERAGE = 0.55;

/** The passage that tells a clause's event most fully, naming every party the clause names, with its one date to a month. */
export function datedEvent(index: SourceClaims, clause: AnalysedSentence, minAnchors = MIN_ANCHORS): DatedEvent | undefined {
  const own = clause.slots.filter((s) => s.kind === 'date');
  // A clause dating its own event ("Japan's summer 2019 export controls"): the passage telling the event without the
  // date, where it gives that date too, dates it (a passage dating it otherwise makes the date the error, not the order).
  if (own.length === 1) {
    const slots = clause.slots.filter((s) => s !== own[0]);
    let kinds = 0;
    for (const slot of slots) kinds |= KIND_BITS[slot.kind];
    // The date, found the same in the passage, is one of the words they share.
    const found = datedEvent(index, { ...clause, slots, kinds }, minAnchors - 1);
    return found && compareDates(own[0].date!, found.date.date!) === 'same' ? found : undefined;
  }
  if (own.length > 0) return undefined;
  const named = clause.slots.filter((s) => s.kind === 'entity');
  // Only a thing may be an event by its name: a person or a country is a party to many.
  const things =
    named.length > 0 && named.every((s) => s.entity!.type !== 'person' && !s.entity!.adjective && !s.entity!.key.startsWith('country:'));
  if (things && [...clause.contentStems].every(placing)) return datedNamedEvent(index, clause, named);
  if (clause.contentStems.size === 0) return undefined;
  let best: { claim: SourceClaim; c: number; date: Slot; coverage: number } | undefined;
  const candidates = candidatesFor(index, clause);
  for (const c of candidates) {
    const claim = index.claim(c);
    // A date to a month, or a season, a year or a decade: two of them order their events only when they do not overlap.
    const dates = eventDates(claim.analysis);
    if (dates.length !== 1) continue;
    const coverage = tellsEvent(index, clause, claim, minAnchors);
    if (coverage !== undefined && (!best || coverage > best.coverage)) best = { claim, c, date: dates[0], coverage };
  }
  return best ?? (minAnchors === MIN_ANCHORS ? datedShortEvent(index, clause, candidates) : undefined);
}

/**
 * The passage dating the event the sentence before told, pointed back at (`referredClauses`): the clause or clauses it
 * may stand for, each dated by the passage telling it (`datedEvent`), all to the same days; undefined where none is
 * dated, or where two are dated otherwise (which event is meant, the words do not say).
 */
export function referredDatedEvent(index: SourceClaims, clauses: readonly AnalysedSentence[]): DatedEvent | undefined {
  let found: DatedEvent | undefined;
  for (const clause of clauses) {
    const dated = datedEvent(index, clause);
    if (!dated) continue;
    if (!found) found = dated;
    else if (dayRange(found.date.date!).join() !== dayRange(dated.date.date!).join()) return undefined;
  }
  return found;
}

/**
 * The passage dating an event a clause tells in too few words for `MIN_ANCHORS` ("Kang's appointment", "Perry's
 * effort"): one anchor fewer does, where every candidate passage telling it so with one date gives that date (an
 * event of so few words told at several times is no one event).
 */
function datedShortEvent(index: SourceClaims, clause: AnalysedSentence, candidates: readonly number[]): DatedEvent | undefined {
  let found: DatedEvent | undefined;
  for (const c of candidates) {
    const claim = index.claim(c);
    const dates = eventDates(claim.analysis);
    // A word of the event itself, not only its parties: "Suga met Moon" is not the passage naming the two in another act.
    if (dates.length !== 1 || ![...clause.contentStems].some((s) => claim.analysis.contentStems.has(s))) continue;
    if (tellsEvent(index, clause, claim, MIN_ANCHORS - 1) === undefined) continue;
    if (!found) found = { claim, c, date: dates[0] };
    else if (dayRange(found.date.date!).join() !== dayRange(dates[0].date!).join()) return undefined;
  }
  return found;
}

/**
 * How fully a passage stating it plainly tells the event a clause tells (its coverage), with `minAnchors` anchors and
 * every thing the clause names; undefined when it does not.
 */
function tellsEvent(index: SourceClaims, clause: AnalysedSentence, claim: SourceClaim, minAnchors: number): number | undefined {
  if (claim.analysis.hedged || claim.analysis.conditional) return undefined;
  // What the alignment must find, asked first of what it can find at most (`alignmentBound`, `pairable`).
  const bound = alignmentBound(clause, claim.analysis, index);
  if (bound.anchors < minAnchors || bound.coverage < DATED_EVENT_COVERAGE) return undefined;
  // A thing named in quotation marks is the quoted speaker's word, not a party to the event (`align` pairs none).
  const parties = clause.slots.filter((s) => s.kind === 'entity' && clause.quoted[s.first] === 0);
  if (parties.some((s) => !pairable(s, claim.analysis))) return undefined;
  const alignment = align(clause, claim.analysis, index);
  if (alignment.anchors < minAnchors || alignment.coverage < DATED_EVENT_COVERAGE) return undefined;
  if (parties.some((s) => !alignment.matched.includes(s))) return undefined;
  return alignment.coverage;
}

/**
 * Whether passage `c` tells the event a clause tells, with the date the clause gives it if it gives one ("the 2018
 * Supreme Court ruling" against "In 2018, however, the ROK Supreme Court ruled …"): the date, found the same, is one
 * of the words the two share.
 */
function tellsEventAt(index: SourceClaims, clause: AnalysedSentence, c: number): boolean {
  const own = clause.slots.filter((s) => s.kind === 'date');
  if (own.length > 1) return false;
  const claim = index.claim(c);
  if (own.length === 1) {
    const dates = eventDates(claim.analysis);
    if (dates.length !== 1 || compareDates(own[0].date!, dates[0].date!) !== 'same') return false;
  }
  const slots = clause.slots.filter((s) => s.kind !== 'date');
  let kinds = 0;
  for (const slot of slots) kinds |= KIND_BITS[slot.kind];
  return tellsEvent(index, { ...clause, slots, kinds }, claim, MIN_ANCHORS - own.length) !== undefined;
}

/**
 * The undated passage telling the event a clause tells, and the passage telling the event the source narrates it
 * after: a passage of its paragraph before it, with no date between, opening with "Following this …" (the noun a word
 * of the passage before it: "In 2018, … the ROK Supreme Court ruled … . Following this controversial ruling, tensions
 * boiled over. Both nations removed the other from most-favored-nation trading status.") or reading after the event
 * the passage before told (`AnalysedSentence.after`). A writer telling what followed an event goes on in that order
 * until a date sets another time.
 */
function narratedAfter(index: SourceClaims, clause: AnalysedSentence, dated: DatedEvent | undefined): Narrated | undefined {
  // The passages telling the event most fully: where several tell it equally fully, each may be the one narrated after.
  let best: { claim: SourceClaim; c: number }[] = dated ? [dated] : [];
  if (!dated) {
    // A date of its own the passages do not give may be the draft's error; a year naming a thing ("urging it to honour
    // the 1965 agreement") is no date of the event.
    if (clause.contentStems.size === 0 || clause.slots.some((s) => s.kind === 'date' && !s.attributive)) return undefined;
    let most = 0;
    for (const c of candidatesFor(index, clause)) {
      const claim = index.claim(c);
      if (eventDates(claim.analysis).length > 0) continue;
      const coverage = tellsEvent(index, clause, claim, MIN_ANCHORS);
      if (coverage === undefined || coverage < most) continue;
      if (coverage > most) best = [];
      most = coverage;
      best.push({ claim, c });
    }
  }
  for (const told of best) {
    const found = narratedOpening(index, told);
    if (found) return found;
  }
  return undefined;
}

/**
 * A passage telling an event, and the opening it is narrated after (`narratedAfter`): the passage `after` tells the
 * event the opening is set after, or the opening names it (words `named`). An opening before the passage telling the
 * event (`openingAt`) tells an event of the narrative before it too ("This led to countermeasures …, which brought the
 * quarrel to the WTO. In a final blow, the Blue House threatened …").
 */
type Narrated = { claim: SourceClaim; opening: SourceClaim; after?: number; openingAt?: number; named?: [number, number] };

/** The opening a passage is narrated after (`narratedAfter`), looked for from the passage `c` back. */
function narratedOpening(index: SourceClaims, { claim, c }: { claim: SourceClaim; c: number }): Narrated | undefined {
  const { source, index: at } = claim.passage;
  for (let k = 0; k <= NARRATED_AFTER_REACH && k < c; k++) {
    const opening = index.claim(c - k);
    const before = index.claim(c - k - 1);
    if (before.passage.source !== source || before.passage.index !== at - k - 1) return undefined;
    if (k > 0 && eventDates(opening.analysis).length > 0) return undefined;
    if (opening.analysis.after || followsEventBefore(opening.analysis, before.analysis) || causedByEventBefore(opening.analysis))
      return { claim, opening, after: c - k - 1, ...(k > 0 ? { openingAt: c - k } : {}) };
    const named = followsNamedEvent(opening.analysis);
    if (named) return { claim, opening, named };
    // The paragraph's first passage: a paragraph before goes on with another thread.
    if (opening.passage.start - before.passage.end > 1) return undefined;
  }
  return undefined;
}

/**
 * A passage telling a clause's event, and the date it gives it (`datedEvent`); or, `own`, the date the draft gives an
 * event no passage dates, with the other event's passage (`ownYear`).
 */
export type DatedEvent = { claim: SourceClaim; c: number; date: Slot; own?: true };

/**
 * The event a clause dates itself to a year and no passage dates ("followed the 2015 agreement"), set against the
 * `other` event a passage dates: the draft's own date orders the two, and where it sets them the other way round
 * from the order the draft states, the sentence is wrong on one or the other. Undefined for a clause of no such date
 * (or only a year naming a thing, unless the clause's words begin at `naming` and the thing heads them).
 */
function ownYear(clause: AnalysedSentence, other: DatedEvent, naming: number): DatedEvent | undefined {
  // A year naming the thing ("the 2015 agreement") is its date too, where the thing is the event the clause names; a
  // thing named inside a clause of its own act ("and it then argued that the ruling violated the 1965 treaty", "later
  // told the Diet … to honor the 1965 agreement") is no date of that act.
  // Nor is a date opening a span ("insisted, as it had since 2018, …"): it tells when a state began, not when the act was.
  const dates = clause.slots.filter(
    (s) => s.kind === 'date' && !s.opens && (!s.attributive || (naming >= 0 && headsPhrase(clause, naming, s))),
  );
  if (dates.length !== 1 || dates[0].date!.year === undefined) return undefined;
  return { claim: other.claim, c: other.c, date: dates[0], own: true };
}

/**
 * Whether value `slot` stands in the noun phrase opening the words from `from` ("the 2015 agreement", "Tokyo's 2019
 * export curbs", "the landmark 2015 deal"): no content word before it followed by a word of no content outside a name
 * ("argued that the … 1965 treaty", "told the Diet that …").
 */
function headsPhrase(a: AnalysedSentence, from: number, slot: Slot): boolean {
  let content = false;
  for (let i = from; i < slot.first; i++) {
    if (inSlot(a, i) || possessiveMark(a.words, i)) continue;
    if (a.content[i] === 1) content = true;
    else if (content) return false;
  }
  return true;
}

/**
 * Whether words from..to-1 of a sentence tell one clause, no word opening another among them ("Moon, who took office in
 * 2017, criticized …", "… ruled in 2018, and in 2020 Suga became …"): a date there is the event's own.
 */
function oneClause(draft: AnalysedSentence, [from, to]: readonly [number, number]): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_OPENERS.has(draft.words[i].lower)) return false;
  return true;
}

/** Whether a passage opens with a one-word phrase setting it after an event ("Following …", "After …"). */
function opensAfter(a: AnalysedSentence): boolean {
  const order = ORDER_WORDS.get(a.words[0]?.lower ?? '');
  return !!order && order.direction === 'after' && !order.verb && order.next === undefined;
}

/**
 * The words of the event a passage opens by setting itself after ("Following Biden's election, South Korea made …"),
 * up to the phrase's comma, when no demonstrative points back at the passage before (`followsEventBefore`).
 */
function followsNamedEvent(a: AnalysedSentence): [number, number] | undefined {
  if (!opensAfter(a) || DEMONSTRATIVE_DETERMINERS.has(a.words[1]?.lower ?? '')) return undefined;
  for (let i = 1; i < a.words.length - 1; i++) if (textBetween(a, i, i + 1).includes(',')) return [1, i + 1];
  return undefined;
}

/**
 * Whether a clause tells the event a passage's opening phrase names (words `named`): every thing either names is named
 * by the other ("Biden's election victory" and "Following Biden's election"), and a word of the phrase is the clause's.
 */
function namesEvent(a: AnalysedSentence, [from, to]: [number, number], clause: AnalysedSentence): boolean {
  const things = a.slots.filter((s) => s.kind === 'entity' && s.first >= from && s.last < to);
  const mine = clause.slots.filter((s) => s.kind === 'entity');
  const same = (x: Slot, ys: readonly Slot[]) => ys.some((y) => compareSlots(x, y) === 'same');
  if (things.length === 0 || !things.every((s) => same(s, mine)) || !mine.every((s) => same(s, things))) return false;
  for (let i = from; i < to; i++) {
    if (a.content[i] === 1 && !inSlot(a, i) && clause.contentStems.has(a.stems[i])) return true;
  }
  return false;
}

/** Most passages back the opening a passage is narrated after is looked for (`narratedAfter`). */
const NARRATED_AFTER_REACH = 4;

/**
 * Whether a passage opens with an order word setting it after the event the passage before told, by a demonstrative
 * and that event's noun ("Following this controversial ruling, …" after "… the ROK Supreme Court ruled …").
 */
function followsEventBefore(a: AnalysedSentence, before: AnalysedSentence): boolean {
  if (!opensAfter(a) || !DEMONSTRATIVE_DETERMINERS.has(a.words[1]?.lower ?? '')) return false;
  // The noun: the last word before the phrase's comma.
  for (let i = 2; i < a.words.length; i++) {
    if (!textBetween(a, i, i + 1).includes(',')) continue;
    return a.content[i] === 1 && before.contentStems.has(a.stems[i]);
  }
  return false;
}

/** The stems of `CAUSING_VERBS`. */
const CAUSING_STEMS = new Set([...CAUSING_VERBS].map(stem));

/**
 * Whether a passage opens with a demonstrative standing for the event the passage before told and a verb of bringing
 * about ("This led to countermeasures by …"): what it tells came after that event.
 */
function causedByEventBefore(a: AnalysedSentence): boolean {
  return DEMONSTRATIVE_DETERMINERS.has(a.words[0]?.lower ?? '') && CAUSING_STEMS.has(stem(a.words[1]?.lower ?? ''));
}

/** A date to a month, or a season, a year or a decade, of a passage's event: not a year naming a thing. */
function eventDates(a: AnalysedSentence): Slot[] {
  return a.slots.filter(
    (s) =>
      s.kind === 'date' && !s.attributive && (s.date!.month !== undefined || s.date!.year !== undefined || s.date!.decade !== undefined),
  );
}

/** Most passages naming a thing that are read to date it: a thing named more often is told at many times. */
const MAX_NAMED_EVENT_PASSAGES = 12;

/**
 * The passage dating an event a clause tells by its name alone, with a verb of little content ("The Six-Party Talks
 * came …"): a passage naming every thing the clause names with one date, and every such passage giving that date (a
 * thing told at several times is no one event).
 */
function datedNamedEvent(index: SourceClaims, clause: AnalysedSentence, named: readonly Slot[]): DatedEvent | undefined {
  const passages = index.distinctWithValue(`e:${named[0].entity!.key}`);
  if (!passages || passages.length > MAX_NAMED_EVENT_PASSAGES) return undefined;
  let found: { claim: SourceClaim; c: number; date: Slot } | undefined;
  for (const c of passages) {
    const claim = index.claim(c);
    if (claim.analysis.hedged || claim.analysis.conditional) continue;
    const dates = eventDates(claim.analysis);
    if (dates.length !== 1) continue;
    // A value `align` matches is one it could pair (`pairable`): asked first, as most passages fail it.
    if (named.some((s) => !pairable(s, claim.analysis))) continue;
    const alignment = align(clause, claim.analysis, index);
    if (named.some((s) => !alignment.matched.includes(s))) continue;
    if (!found) found = { claim, c, date: dates[0] };
    else if (dayRange(found.date.date!).join() !== dayRange(dates[0].date!).join()) return undefined;
  }
  return found;
}
