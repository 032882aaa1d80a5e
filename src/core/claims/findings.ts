import { conflictMessage, differMessage } from './messages';
import type { PreparedFact } from './prepared';
import type { Edit } from './dates';
import { safeReplacement } from './safeFix';
import type { ClaimFinding } from './types';
import type { SentenceView } from './view';

/**
 * Builds a finding from the edits that would make the draft agree: the span is exactly the words to change, and the
 * one-click replacement is offered only when every edit has a clean one and the corrected sentence is safe to write
 * (see safeFix.ts).
 */
export function finding(
  fact: PreparedFact,
  view: SentenceView,
  edits: Edit[],
  code: 'claim-conflict' | 'claim-sources-differ',
  sidedCitations?: ClaimFinding['citations'],
): ClaimFinding {
  const start = Math.min(...edits.map((e) => e.span.start));
  const end = Math.max(...edits.map((e) => e.span.end));
  const claimed = view.text.slice(start, end);
  let replacement: string | undefined;
  if (code === 'claim-conflict' && edits.every((e) => e.replacement !== undefined)) {
    // Splice every edit into the claimed words, so "November 2016" becomes "October 2018" in one fix.
    let out = '';
    let at = start;
    for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
      out += view.text.slice(at, e.span.start) + e.replacement;
      at = e.span.end;
    }
    replacement = safeReplacement(fact, view, start, end, out + view.text.slice(at, end));
  }
  // Where the sources differ, the quotes the draft follows come first: they are the ones a citation of it may use.
  const followed = code === 'claim-sources-differ' ? (sidedCitations ?? []) : [];
  const citations =
    code === 'claim-sources-differ'
      ? [...followed, ...fact.fact.citations.filter((f) => !followed.some((c) => f.start === c.start && f.source === c.source))]
      : fact.fact.citations;
  return {
    code,
    severity: code === 'claim-conflict' ? 'warning' : 'information',
    start,
    end,
    message: code === 'claim-conflict' ? conflictMessage(fact.fact, claimed) : differMessage(claimed, followed, citations),
    factId: fact.fact.id,
    claimed,
    expected: fact.fact.expected,
    ...(replacement !== undefined && replacement !== claimed ? { replacement } : {}),
    citations,
    backedBy: [...new Set(followed.map((c) => c.source))],
  };
}
