/**
 * Finds the sentence around an offset by looking only at nearby characters, never segmenting the whole text: a
 * paragraph checked alone has exactly the sentences it has inside its document (blank lines are hard boundaries),
 * and the cost is bounded per sentence, not per document.
 */

/** Longest stretch scanned either way; past it the text is not prose a writer can be checked on (tables, dumps). */
export const MAX_SENTENCE = 1500;

const ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'no', 'vs', 'e.g', 'i.e', 'etc', 'gen', 'lt', 'col',
  'rep', 'sen', 'gov', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'co', 'corp', 'dept', 'approx', 'ca', 'cf', 'p.m', 'a.m',
]);

/** A sentence as a [start, end) range of the checked text. */
export interface SentenceRange {
  start: number;
  end: number;
}

/**
 * The sentence containing `offset`, or, when no boundary lies within `MAX_SENTENCE` characters on one side, where
 * the oversized stretch ends (`skipTo`), so a caller can move past it instead of rescanning it for every word.
 */
export function sentenceOrSkip(text: string, offset: number): SentenceRange | { skipTo: number } {
  let end = offset;
  const highest = Math.min(text.length, offset + MAX_SENTENCE);
  while (end < text.length && !(mayBeBoundary(text, end) && boundaryBefore(text, end))) {
    if (end >= highest) return { skipTo: end };
    end++;
  }
  let start = offset;
  const lowest = Math.max(0, offset - MAX_SENTENCE);
  while (start > 0 && !(mayBeBoundary(text, start) && boundaryBefore(text, start))) {
    if (start <= lowest) return { skipTo: end };
    start--;
  }
  // Trim the white space and line marks between sentences.
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The sentence containing `offset`, or undefined when none ends within `MAX_SENTENCE` characters. */
export function sentenceAround(text: string, offset: number): SentenceRange | undefined {
  const found = sentenceOrSkip(text, offset);
  return 'skipTo' in found ? undefined : found;
}

/** Characters a sentence can end with, closing quotes and brackets included. */
const ENDING_MARKS = new Set([...'.?!"\'”’)]*_'].map((c) => c.charCodeAt(0)));

/** The cheap necessary condition for a boundary before `i`: a line break before it, or white space at it. */
function mayBeBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return text.charCodeAt(i - 1) === 10 || c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029;
}

/** True when a sentence boundary falls just before index `i` (i.e. between i-1 and i). */
function boundaryBefore(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  if (prev === 10 /* \n */) return lineBreakSeparates(text, i);
  if (!isSpace(text.charCodeAt(i))) return false;
  // Most spaces follow a letter, digit or comma: no sentence ends there.
  if (!ENDING_MARKS.has(prev)) return false;
  // Step back over closing quotes and brackets to the mark that ends the sentence.
  let j = i - 1;
  while (j > 0 && /["'”’)\]*_]/.test(text[j])) j--;
  const mark = text[j];
  if (mark === '?' || mark === '!') return true;
  if (mark !== '.' ) return false;
  if (text[j - 1] === '.') return true; // an ellipsis ends a sentence
  // "U.S. officials", "Dr. Park", "Patrick G. Buchan": a full stop after an abbreviation or an initial is not an end.
  let w = j;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, j).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{L}$/u.test(word)) return false;
  return true;
}

/**
 * A single line break separates sentences only at a blank line or before a list item, heading or quote line;
 * otherwise it is a soft wrap inside a paragraph.
 */
function lineBreakSeparates(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
  if (k >= text.length || text[k] === '\n') return true;
  if (/[#>|*+\-]/.test(text[k]) || /^\d+[.)]\s/.test(text.slice(k, k + 5))) return true;
  // A line that is itself a heading or list item ends at its line break.
  let lineStart = i - 1;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  let m = lineStart;
  while (m < i && (text[m] === ' ' || text[m] === '\t')) m++;
  return /[#>|]/.test(text[m] ?? '') || /^[*+\-]\s/.test(text.slice(m, m + 2)) || /^\d+[.)]\s/.test(text.slice(m, m + 5));
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x2029;
}
