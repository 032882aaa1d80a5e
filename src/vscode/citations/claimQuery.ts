/**
 * The claim "Insert Citation" works on: the selection, or the sentence around the cursor ("find a source for this
 * claim") — what it searches for, and where the citation goes. Pure (no vscode import) so it is unit-tested.
 */

import { proseWords } from '../../core/text/markdown';
import { sentenceAround as sentenceNear } from '../../core/text/sentences';

/** Longest query handed to the search: a claim is a sentence, not a page. */
export const MAX_QUERY_LENGTH = 300;

/**
 * The claim to search for: the selected text when `start < end`, else the sentence containing the cursor (or
 * ending right before it). Markdown markup and existing citations are removed. Empty when there is no prose.
 */
export function claimQuery(text: string, start: number, end: number): string {
  if (end > start) return cleanClaim(text.slice(start, end));
  const sentence = sentenceAround(text, start);
  return sentence ? cleanClaim(text.slice(sentence.start, sentence.end)) : '';
}

/**
 * Where the citation of a claim goes: after the selection when there is one; else at the end of the sentence around
 * the cursor, before its closing `.`, `!` or `?` (`claim [@key].`), wherever in the sentence the cursor stood.
 * Outside prose (a blank line, a heading's end), the cursor itself.
 */
export function citationPoint(text: string, start: number, end: number): number {
  if (end > start) return end;
  const sentence = sentenceAround(text, start);
  if (!sentence) return start;
  const last = text[sentence.end - 1];
  // "… in the U.S." keeps its abbreviation whole: the citation then follows it.
  const abbreviation = /(?<![\p{L}.])(?:\p{L}\.){2,}$/u.test(text.slice(Math.max(sentence.start, sentence.end - 12), sentence.end));
  return /[.!?]/.test(last) && !abbreviation ? sentence.end - 1 : sentence.end;
}

/**
 * The sentence holding `offset` (or ending right before it), trimmed of surrounding white space, as the product's
 * one sentence splitter reads it. Undefined on a blank line.
 */
function sentenceAround(text: string, offset: number): { start: number; end: number } | undefined {
  const lineStart = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
  const lineEnd = text.indexOf('\n', offset);
  if (text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim() === '') return undefined;
  let at = offset;
  // A cursor right after a sentence's last character (`claim.|` or at the end) means that sentence.
  if (at > 0 && !/\s/.test(text[at - 1]) && (at === text.length || /\s/.test(text[at]))) at--;
  const sentence = sentenceNear(text, at);
  return sentence && sentence.end > sentence.start ? { start: sentence.start, end: sentence.end } : undefined;
}

/**
 * The words of a claim a search should see: its prose as the product's one Markdown reader reads it (link text kept;
 * citations, footnote marks, code, comments, images and link targets dropped), without block marks and emphasis.
 */
export function cleanClaim(text: string): string {
  const cleaned = proseWords(text);
  return cleaned.length > MAX_QUERY_LENGTH
    ? cleaned.slice(0, cleaned.lastIndexOf(' ', MAX_QUERY_LENGTH) + 1 || MAX_QUERY_LENGTH).trim()
    : cleaned;
}
