/**
 * A conflict between a draft sentence and a source passage as the writer sees it: the draft's words, what the passage
 * says instead, and the passage cited with its quote. Shared by every check of a sentence against the sources.
 */
import type { Citation } from '../../knowledge/types';
import { quoted } from '../messages';
import type { ClaimFinding } from '../types';
import type { AnalysedSentence } from './sentenceAnalysis';
import type { SourceClaim } from './sourceClaims';

/** The text of words a..b of an analysed sentence, from the words' own offsets (they index the checked text). */
export function draftText(draft: AnalysedSentence, a: number, b: number): string {
  return draft.words
    .slice(a, b + 1)
    .map((w) => w.text)
    .join(' ');
}

export function finding(
  claim: SourceClaim,
  start: number,
  end: number,
  claimed: string,
  expected: string,
  replacement: string | undefined,
  /** What the draft's words come to, when they are not the value itself ("two years later": 2019). */
  reading?: string,
  /** What the passage's words come to, likewise ("This past week": March 2021). */
  expectedReading?: string,
): ClaimFinding {
  const { passage } = claim;
  // The reading holds the passage's text: a library's passage text is read again from its document each time asked.
  // Not a caption's person, whose reading is a statement the build restated (`Passage.statement`): a citation quotes
  // the source's own words, the caption's item as printed.
  const quote = passage.statement !== undefined && passage.text ? passage.text : claim.analysis.source;
  const citation: Citation = { source: passage.source, quote, start: passage.start, end: passage.end, passage: passage.id };
  return {
    code: 'claim-conflict',
    severity: 'warning',
    start,
    end,
    message: `The draft says ${quoted(claimed)}${reading ? ` (${reading})` : ''}, but ${passage.source} says ${quoted(expected)}${expectedReading ? ` (${expectedReading})` : ''}.`,
    factId: `source:${passage.id}`,
    claimed,
    expected,
    ...(replacement !== undefined ? { replacement } : {}),
    citations: [citation],
    backedBy: [],
  };
}
