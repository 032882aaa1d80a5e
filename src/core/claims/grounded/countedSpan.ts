/**
 * The length of time between two events a draft counts ("came two decades after Perry's approach", "about six months
 * after taking office") against the count a passage gives the same two events ("… a decade later", "Within days of
 * taking office, …"). A count is a range, not a point: a plain one allows a little either way, one qualified by
 * "some", "about" or "nearly" more, "more than" no end and "within" no start; only ranges that do not meet conflict.
 */
import type { ClaimFinding } from '../types';
import { calendarDays, dayRange, type DraftDate } from '../values';
import { compareSlots } from './alignment/values';
import { datedEvent, eventClause, referredDatedEvent, vagueCount } from './datedOrder';
import { referredClauses, toldEvents } from './referredEvents';
import { candidatesFor } from './candidates';
import { LIGHT_STEMS, stem } from './stem';
import { draftText, finding } from './conflictFinding';
import {
  SPAN_STRETCH_OPENERS,
  SPAN_PASSIVE_ORDER,
  SPAN_APPROXIMATE,
  SPAN_CEILINGS,
  SPAN_FLOORS,
  REPEATED_ACT_WORDS,
  SPAN_UNIT_DAYS,
  TIME_NOUNS,
} from './lexicon';
import { textBetween, wordsText, type SourceClaim, type SourceClaims, inSlot } from './sourceClaims';
import type { AnalysedSentence } from './sentenceAnalysis';

/** A counted length of time and the event it is counted from. */
interface CountedSpan {
  /** The words of the count, from its qualifier to its order word. */
  first: number;
  last: number;
  /** Whether the sentence's event came that long after or before the other. */
  direction: 'before' | 'after';
  /** The days it may cover. */
  from: number;
  to: number;
  /** The words telling the event it is counted from ("after Perry's approach"), or none: the event told just before. */
  by?: [number, number];
  /** The words telling the sentence's own event, where not those before the count ("X was followed … later by Y"). */
  own?: [number, number];
}

/** How far a plain count ("two decades") and a qualified one ("some twenty years") reach either way, as fractions. */
const PLAIN_REACH: readonly [number, number] = [0.8, 1.25];
const APPROXIMATE_REACH: readonly [number, number] = [0.7, 1.4];
/** "Within days", "within weeks": a count without a figure as most so many of its unit. */
const UNCOUNTED_MOST = 12;

/** The unit a word names, in days ("decades" 3650), or undefined. */
function unitDays(word: string): number | undefined {
  return SPAN_UNIT_DAYS.get(word) ?? (word.endsWith('s') ? SPAN_UNIT_DAYS.get(word.slice(0, -1)) : undefined);
}

/** The word after a clause's last (exclusive): the next comma or the sentence's end. */
function toComma(a: AnalysedSentence, from: number): number {
  let end = from + 1;
  while (end < a.words.length && !textBetween(a, end - 1, end).includes(',')) end++;
  return end;
}

/** The counted lengths of time a sentence states, with their order words. */
function countedSpans(a: AnalysedSentence): CountedSpan[] {
  const out: CountedSpan[] = [];
  const w = a.words;
  for (let u = 1; u < w.length; u++) {
    const days = unitDays(w[u].lower);
    if (days === undefined) continue;
    let first = u - 1;
    // The least and the most the count may be, in units.
    let count: readonly [number, number] | undefined;
    const number = a.slots.find((s) => s.kind === 'number' && s.last === u - 1 && s.number && !s.number.range);
    const plural = w[u].lower !== w[u].lower.replace(/s$/, '');
    const vague = plural ? vagueCount(a, u) : undefined;
    if (number) [first, count] = [number.first, [number.number!.value, number.number!.value]];
    else if (w[u - 1].lower === 'a' || w[u - 1].lower === 'an' || w[u - 1].lower === 'one') count = [1, 1];
    else if (vague) [first, count] = vague;
    // "within days of": a unit without a figure, plural, after "within" only.
    else if (w[u - 1].lower === 'within' && plural) first = u;
    else continue;
    const before = w[first - 1]?.lower ?? '';
    const twoBefore = `${w[first - 2]?.lower ?? ''} ${before}`;
    let [lo, hi] = count === undefined ? [0, UNCOUNTED_MOST * days] : [count[0] * days * PLAIN_REACH[0], count[1] * days * PLAIN_REACH[1]];
    if (count !== undefined) {
      if (SPAN_CEILINGS.has(before) || SPAN_CEILINGS.has(twoBefore)) lo = 0;
      else if (SPAN_FLOORS.has(before) || SPAN_FLOORS.has(twoBefore)) [lo, hi] = [count[0] * days, Infinity];
      else if (vague || SPAN_APPROXIMATE.has(before) || (number?.number?.approximate ?? false))
        [lo, hi] = [count[0] * days * APPROXIMATE_REACH[0], count[1] * days * APPROXIMATE_REACH[1]];
    }
    if (SPAN_CEILINGS.has(twoBefore) || SPAN_FLOORS.has(twoBefore)) first -= 2;
    else if (SPAN_CEILINGS.has(before) || SPAN_FLOORS.has(before) || SPAN_APPROXIMATE.has(before)) first -= 1;
    // "in the two decades after …", "for a year after …": a stretch of time, whatever happened within it.
    if (SPAN_STRETCH_OPENERS.has(w[first - 1]?.lower ?? '')) continue;
    const next = w[u + 1]?.lower;
    const within = w[first]?.lower === 'within' || before === 'within';
    if (within && next === 'of') out.push({ first, last: u + 1, direction: 'after', from: 0, to: hi, by: [u + 2, toComma(a, u + 1)] });
    else if (within) continue;
    else if (next === 'after' || next === 'before')
      out.push({ first, last: u + 1, direction: next, from: lo, to: hi, by: [u + 2, toComma(a, u + 1)] });
    else if ((next === 'later' || next === 'earlier') && w[u + 2]?.lower === 'by' && SPAN_PASSIVE_ORDER.has(w[first - 1]?.lower ?? ''))
      // "X was followed some twenty years later by Y": X came that long before Y ("preceded": after).
      out.push({
        first,
        last: u + 1,
        direction: SPAN_PASSIVE_ORDER.get(w[first - 1].lower)!,
        from: lo,
        to: hi,
        by: [u + 3, toComma(a, u + 2)],
        own: [0, first - 1],
      });
    else if (next === 'later' || next === 'earlier')
      out.push({ first, last: u + 1, direction: next === 'later' ? 'after' : 'before', from: lo, to: hi });
  }
  return out;
}

/**
 * Whether every word and named thing the draft's words from..to-1 tell of an event (not a verb of little content, a
 * time noun or the count) stands in the source's words `within`, and how many: the events must be the same two.
 */
function toldIn(draft: AnalysedSentence, from: number, to: number, claim: AnalysedSentence, within: (j: number) => boolean): number {
  let anchors = 0;
  for (const s of draft.slots) {
    if (s.first < from || s.last >= to) continue;
    if (!claim.slots.some((t) => within(t.first) && compareSlots(s, t) === 'same')) return -1;
    anchors++;
  }
  const stems = new Set<string>();
  for (let j = 0; j < claim.words.length; j++) if (within(j) && claim.content[j] === 1) stems.add(claim.stems[j]);
  let [told, untold] = [0, 0];
  let leads = true;
  for (let i = from; i < to; i++) {
    if (draft.content[i] !== 1 || inSlot(draft, i) || LIGHT_STEMS.has(draft.stems[i]) || TIME_NOUNS.has(draft.words[i].lower)) continue;
    if (stems.has(draft.stems[i])) told++;
    else if (told === 0) leads = false;
    else untold++;
  }
  // An event told at length in other words here and there ("sent a … message urging Tokyo and Seoul to repair their
  // ties" against "sent a … message to their … allies to … repair their broken relationship") is the same event where
  // only a few of its many words are not the source's, its first (its verb or noun: "was still pressing …" is another
  // act) among those it tells, and none tells an act again or after another ("a second message", "still", "again"); a
  // short one must be told in the source's words.
  if (!leads) return -1;
  if (untold > 0 && (told < MIN_TOLD_WORDS || untold * UNTOLD_SHARE > told + untold || retells(draft, from, to))) return -1;
  return anchors + told;
}

/** Whether words from..to-1 tell an act as one again, or going on (lexicon.ts `REPEATED_ACT_WORDS`). */
function retells(draft: AnalysedSentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (REPEATED_ACT_WORDS.has(draft.words[i].lower) || REPEATED_ACT_STEMS.has(draft.stems[i])) return true;
  return false;
}

/** The stems of the words telling an act as done again or going on, whatever their inflection. */
const REPEATED_ACT_STEMS = new Set([...REPEATED_ACT_WORDS].map(stem));

/** Fewest words of an event the source tells, for any of its other words to be told otherwise (`toldIn`). */
const MIN_TOLD_WORDS = 4;
/** At most one in so many of an event's words the source does not tell (`toldIn`). */
const UNTOLD_SHARE = 4;

/** The words telling the draft's own event: those before the count, or after the comma closing an opening count. */
function ownEventWords(draft: AnalysedSentence, span: CountedSpan): [number, number] {
  return span.own ?? (span.first <= 1 ? [span.by![1], draft.words.length] : [0, span.first]);
}

/** The last word a finding shows of a count: its order word, but not the "of" after "within days". */
function shownEnd(a: AnalysedSentence, span: CountedSpan): number {
  return a.words[span.last].lower === 'of' ? span.last - 1 : span.last;
}

/** Fewest words and things the two events must share in all. */
const MIN_SPAN_ANCHORS = 3;

/**
 * A draft counting the time between two events it tells ("The Six-Party Talks came two decades after Perry's
 * trilateral approach") where a passage counts it otherwise: "The Six-Party Talks a decade later revealed …" after the
 * passage telling Perry's approach, or "Within days of taking office, the Biden administration sent …".
 */
export function countedSpanConflict(index: SourceClaims, draft: AnalysedSentence, before?: AnalysedSentence): ClaimFinding | undefined {
  if (draft.hedged || draft.conditional || draft.negations.length > 0) return undefined;
  const spans = countedSpans(draft);
  // With the sentence before, only a count from the event it told, pointed back at ("A month after that trip, …") or
  // not told at all ("Two weeks later, Park flew …"), by the dates the passages give the two.
  if (before)
    return datedSpanConflict(
      index,
      draft,
      spans.filter((s) => s.by ?? toldAfter(draft, s)),
      before,
    );
  const mine = spans.filter((s) => s.by);
  if (mine.length === 0) return undefined;
  const dated = datedSpanConflict(index, draft, mine);
  if (dated) return dated;
  for (const c of candidatesFor(index, draft)) {
    const claim = index.claim(c);
    const a = claim.analysis;
    if (a.hedged || a.conditional || a.negations.length > 0) continue;
    for (const theirs of countedSpans(a)) {
      // The event the passage counts from: its own words after the order word, or the passage told just before.
      let byClaim: SourceClaim = claim;
      let inBy = (j: number) => theirs.by !== undefined && j >= theirs.by[0] && j < theirs.by[1];
      if (!theirs.by) {
        if (c === 0) continue;
        const previous = index.claim(c - 1);
        if (previous.passage.source !== claim.passage.source || previous.passage.index !== claim.passage.index - 1) continue;
        byClaim = previous;
        inBy = () => true;
      }
      const inOwn = (j: number) => (j < theirs.first || j > theirs.last) && !(theirs.by && inBy(j));
      for (const span of mine) {
        const [byFrom, byTo] = span.by!;
        const [ownFrom, ownTo] = ownEventWords(draft, span);
        const same = span.direction === theirs.direction;
        const own = toldIn(draft, ownFrom, ownTo, same ? a : byClaim.analysis, same ? inOwn : inBy);
        const by = toldIn(draft, byFrom, byTo, same ? byClaim.analysis : a, same ? inBy : inOwn);
        if (own < 1 || by < 1 || own + by < MIN_SPAN_ANCHORS) continue;
        if (span.to >= theirs.from && theirs.to >= span.from) continue;
        const last = shownEnd(draft, span);
        return finding(
          claim,
          draft.words[span.first].start,
          draft.words[last].end,
          draftText(draft, span.first, last),
          wordsText(a, theirs.first, shownEnd(a, theirs)),
          undefined,
        );
      }
    }
  }
  return undefined;
}

/**
 * The words telling the sentence's own event where a count of time it states counts from no event it tells ("Two
 * weeks later, Park flew to Tokyo …", "Park flew to Tokyo two weeks later."): the rest of the sentence after a count
 * opening it, or the words before a count ending it. Undefined for a count elsewhere, or one counting from an event
 * the sentence tells.
 */
function toldAfter(draft: AnalysedSentence, span: CountedSpan): [number, number] | undefined {
  if (span.by || span.own) return undefined;
  const n = draft.words.length;
  if (span.first === 0) return [span.last + 1, n];
  return span.last === n - 1 ? [0, span.first] : undefined;
}

/**
 * A draft counting the time between two events the passages date ("Suga became prime minister a year after Abe's
 * resignation" against "Abe resigned in the late summer of 2020" and "In September 2020, … Suga became Japan's prime
 * minister"): the least and the most the two dates allow between them must meet the count. Both dates must be placed
 * in time (a year or a decade); an order the dates contradict is the dated order check's (datedOrder.ts).
 */
function datedSpanConflict(
  index: SourceClaims,
  draft: AnalysedSentence,
  spans: readonly CountedSpan[],
  before?: AnalysedSentence,
): ClaimFinding | undefined {
  const placed = (d: DraftDate) => d.year !== undefined || d.decade !== undefined;
  for (const span of spans) {
    const [byFrom, byTo] = span.by ?? [0, 0];
    const [ownFrom, ownTo] = span.by ? ownEventWords(draft, span) : toldAfter(draft, span)!;
    if (ownTo <= ownFrom || (span.by && byTo <= byFrom)) continue;
    // The event counted from, pointed back at or left untold: the one the sentence before told (referredEvents.ts).
    const referred = before && (span.by ? referredClauses(draft, span.by, before) : toldEvents(before));
    if (before && !referred) continue;
    const own = datedEvent(index, eventClause(draft, ownFrom, ownTo));
    const by = own && (referred ? referredDatedEvent(index, referred) : datedEvent(index, eventClause(draft, byFrom, byTo)));
    if (!own || !by || own.claim === by.claim) continue;
    // Two dates of no year are of one year in one source, as a writer going on through a year tells them ("traveled
    // to Tokyo on November 9", "On November 23, … appointed …").
    const oneYear = placed(own.date.date!) && placed(by.date.date!);
    const sameSource = !placed(own.date.date!) && !placed(by.date.date!) && own.claim.passage.source === by.claim.passage.source;
    if (!oneYear && !sameSource) continue;
    const [later, earlier] = span.direction === 'after' ? [own, by] : [by, own];
    const [lFrom, lTo] = dayRange(later.date.date!).map(calendarDays);
    const [eFrom, eTo] = dayRange(earlier.date.date!).map(calendarDays);
    const most = lTo - eFrom;
    const least = Math.max(0, lFrom - eTo);
    // An order the dates contradict is the dated order check's, but for a count with no order word ("… later").
    if ((most < 0 && span.by) || (span.to >= least && span.from <= most)) continue;
    const last = shownEnd(draft, span);
    return finding(
      own.claim,
      draft.words[span.first].start,
      draft.words[last].end,
      draftText(draft, span.first, last),
      `${own.date.text} (the other event: ${by.date.text})`,
      undefined,
    );
  }
  return undefined;
}
