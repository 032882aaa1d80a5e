import { finding } from './findings';
import type { PreparedFact } from './prepared';
import type { PhraseHit } from './tokens';
import type { ClaimFinding } from './types';
import { findNumbers, fractionInWords, numberInWords, type DraftNumber } from './values';
import { between, gap, NEAR, plainClaim, spanOf, wordsBetween, type SentenceView } from './view';

/** Counts, percentages and fractions: "65 percent of Japanese citizens" against 56 percent. */

/** Words that make a number approximate: near the value, within a few percent of it ("some 65 percent" is not 56). */
const APPROXIMATE = new Set(['about', 'around', 'roughly', 'some', 'approximately', 'nearly', 'almost', 'circa', 'estimated', 'perhaps']);
/** Words that make a number a bound rather than a value ("more than 50 percent"): a wide margin, as before. */
const BOUNDS = new Set(['over', 'more', 'less', 'fewer', 'least', 'most', 'under', 'above', 'below', 'up', 'than']);
/** How far an approximate number may stand from the sourced one, relative to it (at least one unit). */
const APPROXIMATE_SHARE = 0.05;

export function checkNumber(fact: PreparedFact, triggers: PhraseHit[], view: SentenceView): ClaimFinding | undefined {
  if (view.shape.ownSurvey) return undefined;
  const value = fact.fact.number!;
  const kind = fact.fact.kind;
  const numbers = findNumbers(view.words);
  // "rose from 40 percent to 56 percent": a sentence that gives the sourced number is not wrong about it.
  if (
    numbers.some(
      (n) =>
        !view.shape.quoted[n.first] &&
        readAs(fact, view, n) &&
        Math.abs(readAs(fact, view, n)!.value - value.number) <= (kind === 'fraction' ? 0.02 : 1e-9),
    )
  )
    return undefined;
  for (const n of numbers) {
    if (view.shape.quoted[n.first] || view.dates.some((d) => d.first <= n.first && n.first <= d.last)) continue;
    const reading = readAs(fact, view, n);
    if (!reading) continue;
    const trigger = nearestTrigger(triggers, view, n);
    if (!trigger) continue;
    if (kind === 'percentage' && !subjectAround(fact, view, n)) continue;
    if (!plainClaim(fact, view, trigger, n, triggers)) continue;
    const before = [view.words[n.first - 1]?.lower ?? '', view.words[n.first - 2]?.lower ?? ''];
    const bound = before.some((w) => BOUNDS.has(w));
    const approximate = bound || before.some((w) => APPROXIMATE.has(w));
    const margin = bound ? Math.abs(value.number) * 0.15 + 1 : approximate ? Math.max(Math.abs(value.number) * APPROXIMATE_SHARE, 1) : 0;
    const tolerance = Math.max(value.tolerance ?? 0, kind === 'fraction' ? 0.02 : 0, margin);
    if (approximate && kind === 'fraction') continue;
    if (Math.abs(reading.value - value.number) <= tolerance + 1e-9) return undefined;
    // The underline is the number with its unit ("65 percent", "50-year"): the words a writer reads as the value.
    const unit = reading.measure && spanOf(view, reading.measure);
    const unitEdit = unit ? [{ span: unit, replacement: view.text.slice(unit.start, unit.end) }] : [];
    // A number another source gives instead ("55-year low" where one source dates the low point from 1965) sides
    // with that source: an information note, never a warning.
    const variant = fact.fact.variants?.find(
      (v) => v.number && Math.abs(reading.value - v.number.number) <= Math.max(v.number.tolerance ?? 0, margin) + 1e-9,
    );
    if (variant) return finding(fact, view, [{ span: n.span }, ...unitEdit], 'claim-sources-differ', variant.citations);
    const replacement = numberReplacement(n, reading.asPercent ? value.number * 100 : value.number, reading.asPercent);
    return finding(fact, view, [{ span: n.span, ...(replacement ? { replacement } : {}) }, ...unitEdit], 'claim-conflict');
  }
  return undefined;
}

/**
 * The number's value in the fact's terms, when it fills the fact's slot (the right unit after it), and the words of
 * its unit that measure it: "percent", "per cent", "year" of "year low", "members" (none for "two-thirds of").
 */
function readAs(
  fact: PreparedFact,
  view: SentenceView,
  n: DraftNumber,
): { value: number; asPercent: boolean; measure?: { first: number; last: number } } | undefined {
  const kind = fact.fact.kind;
  if (kind === 'fraction') {
    if (n.style === 'fraction') return view.words[n.last + 1]?.lower === 'of' ? { value: n.value, asPercent: false } : undefined;
    const percent = ['percent', '%'].includes(view.words[n.last + 1]?.lower ?? '');
    return percent && view.words[n.last + 2]?.lower === 'of'
      ? { value: n.value / 100, asPercent: true, measure: { first: n.last + 1, last: n.last + 1 } }
      : undefined;
  }
  if (n.style === 'fraction') return undefined;
  for (const u of fact.units) {
    const unit = view.find(u).find((h) => h.first === n.last + 1);
    // "per cent" is one measure; "year low", "years ago" measure by their first word only.
    if (unit)
      return {
        value: n.value,
        asPercent: false,
        measure: { first: unit.first, last: unit.first + (u.words[0] === 'per' && u.words.length > 1 ? 1 : 0) },
      };
  }
  return undefined;
}

function nearestTrigger(triggers: PhraseHit[], view: SentenceView, n: DraftNumber): PhraseHit | undefined {
  const clause = view.shape.clause[n.first];
  let best: PhraseHit | undefined;
  for (const t of triggers) {
    if (view.shape.clause[t.first] !== clause || gap(t, n) > NEAR + 2) continue;
    if (!best || gap(t, n) < gap(best, n)) best = t;
  }
  return best;
}

/** A share is about the fact's population only when it names it next to the number ("56 percent of Japanese"). */
function subjectAround(fact: PreparedFact, view: SentenceView, n: DraftNumber): boolean {
  return fact.subjects.some((p) =>
    view
      .find(p)
      .some(
        (h) =>
          (h.first > n.last && h.first - n.last <= 5 && wordsBetween(view, n, h).every((w) => SHARE_OF.has(w.lower))) ||
          (h.last < n.first && n.first - h.last <= 6 && !/[;:\u2014]/.test(between(view, h, n))),
      ),
  );
}

/** "56 percent of the Japanese public": the words that tie a share to the population after it. */
const SHARE_OF = new Set([
  'percent',
  '%',
  'per',
  'cent',
  'of',
  'the',
  'all',
  'surveyed',
  'polled',
  'ordinary',
  'share',
  'majority',
  'minority',
]);

function numberReplacement(n: DraftNumber, expected: number, asPercent: boolean): string | undefined {
  if (asPercent) return Number.isInteger(Math.round(expected)) ? String(Math.round(expected)) : undefined;
  if (n.style === 'fraction') return fractionInWords(expected);
  if (!Number.isInteger(expected)) return undefined;
  if (n.style === 'digits') return String(expected);
  const words = numberInWords(expected);
  if (!words) return undefined;
  return n.capitalised ? words[0].toUpperCase() + words.slice(1) : words;
}
