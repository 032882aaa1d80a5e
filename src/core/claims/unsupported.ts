import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { clauseHedged, clausePlans, negatedWithin, shapeOf } from './context';
import { dateAgrees } from './dates';
import { unsupportedMessage } from './messages';
import { namesSubject, type PreparedFacts } from './prepared';
import { sentenceOrSkip } from './sentences';
import { tokenize } from './tokens';
import type { CheckOptions, ClaimFinding } from './types';
import { findDates } from './values';

/**
 * Dated claims about a subject the facts know, in a sentence no fact speaks to: the sources neither confirm nor
 * contradict them. Information only, and only on request.
 */
export function addUnsupported(
  kb: KnowledgeBase,
  prepared: PreparedFacts,
  text: string,
  findings: ClaimFinding[],
  options: CheckOptions,
): void {
  const subjectTerms = new Set(prepared.facts.map((f) => f.fact.subject).filter((s): s is string => !!s));
  let lastEnd = -1;
  for (const mention of kb.matcher.findAll(text)) {
    if (mention.start < lastEnd || !mention.termIds.some((id) => subjectTerms.has(id))) continue;
    if (options.isCancelled?.()) return;
    const range = sentenceOrSkip(text, mention.start);
    if ('skipTo' in range) {
      lastEnd = range.skipTo;
      continue;
    }
    lastEnd = range.end;
    if (findings.some((f) => f.start >= range.start && f.end <= range.end)) continue;
    const tokens = tokenize(text, range.start, range.end);
    const words = tokens.filter((t) => t.word);
    const shape = shapeOf(tokens, words, text.slice(range.start, range.end));
    if (shape.unasserted || shape.reporting.length > 0) continue;
    const mentionWords = new Set(words.map((w, i) => (w.start >= mention.start && w.end <= mention.end ? i : -1)).filter((i) => i >= 0));
    const date = findDates(words).find(
      (d) =>
        d.year !== undefined &&
        !mentionWords.has(d.first) &&
        !shape.quoted[d.first] &&
        ['in', 'on', 'during'].includes(words[d.first - 1]?.lower ?? '') &&
        !clauseHedged(words, shape, d.first, d.last) &&
        !negatedWithin(words, d.first, d.last) &&
        !clausePlans(words, shape, d.first, new Set()),
    );
    if (!date) continue;
    const termId = mention.termIds.find((id) => subjectTerms.has(id))!;
    // A date that a fact about anything this sentence names gives (at its grain) is supported.
    const lower = text.slice(range.start, range.end).toLowerCase();
    if (prepared.facts.some((f) => f.fact.date && (f.fact.subject === termId || namesSubject(f, lower)) && dateAgrees(date, f.fact.date)))
      continue;
    const term = kb.term(termId);
    const start = words[date.first].start;
    const end = words[date.last].end;
    findings.push({
      code: 'claim-unsupported',
      severity: 'information',
      start,
      end,
      message: unsupportedMessage(term?.name ?? termId, text.slice(start, end)),
      factId: '',
      claimed: text.slice(start, end),
      expected: '',
      citations: [],
      backedBy: [],
    });
  }
}
