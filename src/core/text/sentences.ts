import { ABBREVIATIONS, SENTENCE_OPENERS, type AbbreviationRule } from './abbreviations';

/**
 * The product's one sentence splitter: the claim checker's sentence walk, the Cite fix and Insert Citation, the
 * citation search's claim and the passages of every source at knowledge build all find sentences here, so they agree
 * on where one ends. Abbreviations ("U.S.", "Rep.", "Jan.", "No. 5", "e.g.") are data: src/core/text/abbreviations.ts.
 *
 * Finds the sentence around an offset by looking only at nearby characters, never segmenting the whole text: a
 * paragraph checked alone has exactly the sentences it has inside its document (blank lines are hard boundaries),
 * and the cost is bounded per sentence, not per document.
 */

/** Longest stretch scanned either way; past it the text is not prose a writer can be checked on (tables, dumps). */
export const MAX_SENTENCE = 1500;

/** The abbreviations' rules by their lower-case form without the last full stop. */
const RULES = new Map<string, AbbreviationRule>(ABBREVIATIONS.map((a) => [a.text, a.rule]));
const OPENERS = new Set(SENTENCE_OPENERS);

/** A sentence as a [start, end) range of the checked text. */
export interface SentenceRange {
  start: number;
  end: number;
  /** Where the boundary after it falls (end plus the white space that follows): a known boundary for the next. */
  boundary?: number;
}

/**
 * The sentence containing `offset`, or, when no boundary lies within `MAX_SENTENCE` characters on one side, where
 * the oversized stretch ends (`skipTo`), so a caller can move past it instead of rescanning it for every word.
 * `knownBoundary`, a sentence boundary at or before `offset` (the end of the previous sentence a caller looked at),
 * lets the backward search start there instead of `MAX_SENTENCE` characters back.
 */
export function sentenceOrSkip(text: string, offset: number, knownBoundary = 0): SentenceRange | { skipTo: number } {
  const highest = Math.min(text.length, offset + MAX_SENTENCE);
  const found = nextBoundary(text, offset, highest);
  let end: number;
  if (found !== undefined) end = found;
  else if (text.length <= highest) end = text.length;
  else return { skipTo: highest };
  const lowest = Math.max(0, offset - MAX_SENTENCE);
  let start = lastBoundary(text, Math.max(lowest, Math.min(knownBoundary, offset)), offset);
  if (start === undefined) {
    if (lowest > 0 && knownBoundary < lowest) return { skipTo: end };
    start = knownBoundary <= offset && knownBoundary >= lowest ? knownBoundary : 0;
  }
  const boundary = end;
  // Trim the white space and line marks between sentences.
  while (start < end && isWhiteSpace(text, start)) start++;
  while (end > start && isWhiteSpace(text, end - 1)) end--;
  return { start, end, boundary };
}

/**
 * Places where a boundary may fall: after a line break, at white space after a mark that can end a sentence, or
 * between a question or exclamation mark and a capital typed without a space.
 * A native RegExp scan finds them; `boundaryBefore` confirms each. Every match is one character, so `test` and the
 * `lastIndex` after it (the place just past the mark) say all `exec` would, without a match array per candidate.
 */
const CANDIDATE = /\n|[.?!…"'”’)\]*_](?=[ \t\n\r\u00a0\u2028\u2029])|[?!](?=[A-Z])/g;

/**
 * The first boundary i in (from, limit] (a boundary falls between i-1 and i). A boundary at `from` itself starts the
 * sentence that holds `from`; it cannot end it, so the search begins past it (an end at `from` would make an empty
 * sentence, and a caller walking sentence by sentence would never move on).
 */
function nextBoundary(text: string, from: number, limit: number): number | undefined {
  CANDIDATE.lastIndex = from;
  while (CANDIDATE.test(text)) {
    const i = CANDIDATE.lastIndex;
    if (i > limit) return undefined;
    if (i > from && boundaryBefore(text, i)) return i;
  }
  return undefined;
}

/**
 * The last boundary i in [from, to] with i > 0, if any. Searched backwards from `to`: the sentence's own head is
 * usually much shorter than the stretch back to `from` (the end of the last sentence a caller looked at, often
 * several sentences earlier), and only the candidate found first needs confirming.
 */
function lastBoundary(text: string, from: number, to: number): number | undefined {
  for (let i = to; i > from; i--) {
    // The cheap half of `boundaryBefore` first: a line break or an ending mark before, white space after.
    const prev = text.charCodeAt(i - 1);
    if (prev !== 10 && !(prev < 128 && ASCII_ENDING_MARK[prev] === 1) && prev !== 0x201d && prev !== 0x2019 && prev !== 0x2026) continue;
    if (boundaryBefore(text, i)) return i;
  }
  if (from > 0 && boundaryBefore(text, from)) return from;
  return undefined;
}

/** The sentence containing `offset`, or undefined when none ends within `MAX_SENTENCE` characters. */
export function sentenceAround(text: string, offset: number): SentenceRange | undefined {
  const found = sentenceOrSkip(text, offset);
  return 'skipTo' in found ? undefined : found;
}

/** Characters a sentence can end with, closing quotes and brackets included. */
const ENDING_MARK_TEXT = '.?!…"\'”’)]*_';
const ENDING_MARKS = new Set([...ENDING_MARK_TEXT].map((c) => c.charCodeAt(0)));
/** The ASCII ones as a table, for the backward search's quick test (the others are ” and ’). */
const ASCII_ENDING_MARK = Uint8Array.from({ length: 128 }, (_, c) => (ENDING_MARK_TEXT.includes(String.fromCharCode(c)) ? 1 : 0));

/** True when a sentence boundary falls just before index `i` (i.e. between i-1 and i). */
function boundaryBefore(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  if (prev === 10 /* \n */) return lineBreakSeparates(text, i);
  if (!isSpace(text.charCodeAt(i))) {
    // "… no longer shared?What, in fact, …": a question or exclamation run into the next sentence still ends one.
    const next = text.charCodeAt(i);
    return (prev === 63 || prev === 33) && next >= 65 && next <= 90;
  }
  // Most spaces follow a letter, digit or comma: no sentence ends there.
  if (!ENDING_MARKS.has(prev)) return false;
  // Step back over closing quotes and brackets to the mark that ends the sentence.
  let j = i - 1;
  while (j > 0 && CLOSERS.has(text.charCodeAt(j))) j--;
  const mark = text[j];
  if (mark === '?' || mark === '!') return true;
  // An ellipsis ("..." or "…") ends a sentence unless the words after it carry on in lower case.
  if (mark === '…' || (mark === '.' && text[j - 1] === '.')) return !nextStartsLowerCase(text, i);
  if (mark !== '.') return false;
  // "U.S. officials", "Dr. Park", "Patrick G. Buchan": a full stop after an abbreviation or an initial is not an end.
  // Abbreviations are short: look at most a few letters back.
  let w = j;
  while (w > 0 && j - w < 6 && isLetterOrDot(text, w - 1)) w--;
  if (w > 0 && isLetterOrDot(text, w - 1)) return true; // a long word: not an abbreviation
  // Most short words before a full stop are plain ASCII and no abbreviation ("Seoul.", "2019."): a hash of their
  // folded letters rules that out without cutting the word out and lower-casing it.
  let hash = 0;
  let k = w;
  for (; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) break;
    hash = (Math.imul(hash, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
  }
  if (k === j && !ABBREVIATION_HASHES.has(hash)) return j - w !== 1 || endsBeforeOpener(text, i); // one letter: an initial
  const word = text.slice(w, j).toLowerCase();
  const rule = RULES.get(word);
  // A single letter (one code point: at most two UTF-16 units) is an initial ("J. Smith"); most words are longer.
  if (rule === undefined) return !(word.length <= 2 && /^\p{L}$/u.test(word)) || endsBeforeOpener(text, i);
  switch (rule) {
    case 'never':
      return false;
    case 'before-opener':
      return endsBeforeOpener(text, i);
    case 'before-capital':
      return !nextStartsLowerCase(text, i) && !nextStartsWithDigit(text, i);
    case 'before-number-only':
      return !nextStartsWithDigit(text, i);
  }
}

/** Where the next word after `i` starts: past white space and opening quotes or brackets (-1 at the text's end). */
function nextWordStart(text: string, i: number): number {
  let k = i;
  while (k < text.length && k - i < 40 && (isWhiteSpace(text, k) || OPENERS_BEFORE_WORD.includes(text[k]))) k++;
  return k < text.length ? k : -1;
}

/** Quotes and brackets that may open the next sentence before its first word. */
const OPENERS_BEFORE_WORD = '"\'“‘([*_';

function nextStartsLowerCase(text: string, i: number): boolean {
  const k = nextWordStart(text, i);
  if (k < 0) return false;
  const c = text.charCodeAt(k);
  return c < 128 ? c >= 97 && c <= 122 : /\p{Ll}/u.test(text[k]);
}

function nextStartsWithDigit(text: string, i: number): boolean {
  const k = nextWordStart(text, i);
  return k >= 0 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57;
}

/**
 * After an abbreviation or an initial, a new sentence begins only where the next word opens sentences ("… in the
 * U.S. The next year …"), or where nothing but markup follows; a name, a number or a lower-case word carries the
 * sentence on ("U.S. Rep. Kim", "Jan. 5", "J. Smith").
 */
function endsBeforeOpener(text: string, i: number): boolean {
  const k = nextWordStart(text, i);
  if (k < 0) return true;
  // A line break before a new block (a heading, a list item, a blank line) ends the sentence whatever follows.
  const breakAt = text.slice(i, k).indexOf('\n');
  if (breakAt >= 0 && lineBreakSeparates(text, i + breakAt + 1)) return true;
  // A sentence opens with a capital: "… against the U.S. because …" goes on whatever the word.
  const first = text.charCodeAt(k);
  if (first < 128 ? first < 65 || first > 90 : !/\p{Lu}/u.test(text[k])) return false;
  let e = k + 1;
  while (e < text.length && e - k < 12 && isLetter(text, e)) e++;
  return OPENERS.has(text.slice(k, e).toLowerCase());
}

/** The hash `boundaryBefore` computes for a short word, for each abbreviation. */
const ABBREVIATION_HASHES = new Set(
  [...RULES.keys()].map((a) => [...a].reduce((hash, ch) => (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0, 0)),
);

/** Closing quotes, brackets and emphasis marks that may follow a sentence's last mark. */
const CLOSERS = new Set([...'"\'”’)]*_'].map((c) => c.charCodeAt(0)));

function isLetter(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(text[k]);
}

function isLetterOrDot(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(text[k]);
}

/**
 * A single line break separates sentences only at a blank line or before a list item, heading or quote line;
 * otherwise it is a soft wrap inside a paragraph.
 */
function lineBreakSeparates(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
  if (k >= text.length || text[k] === '\n') return true;
  if (/[#>|*+-]/.test(text[k]) || /^\d+[.)]\s/.test(text.slice(k, k + 5))) return true;
  // A line that is itself a heading or list item ends at its line break.
  let lineStart = i - 1;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  let m = lineStart;
  while (m < i && (text[m] === ' ' || text[m] === '\t')) m++;
  if (/[#>|]/.test(text[m] ?? '')) return true;
  // A list item's text runs on to an indented next line ("2. Encourage talks on the treaty\n   provision."), as
  // CommonMark reads it; an unindented one starts something else.
  return (/^[*+-]\s/.test(text.slice(m, m + 2)) || /^\d+[.)]\s/.test(text.slice(m, m + 5))) && k === i;
}

/** What `/\s/` matches at `text[i]`, without a RegExp call for the common ASCII characters. */
function isWhiteSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text[i]);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

/**
 * Every sentence of `text`, in order, trimmed; a stretch with no boundary within `MAX_SENTENCE` characters (a table,
 * a dump) is passed over. Each sentence is found by `sentenceOrSkip`, so a walk and a lookup never disagree.
 */
export function splitSentences(text: string): SentenceRange[] {
  const found: SentenceRange[] = [];
  let at = 0;
  let known = 0;
  while (at < text.length) {
    while (at < text.length && isWhiteSpace(text, at)) at++;
    if (at >= text.length) break;
    const sentence = sentenceOrSkip(text, at, known);
    if ('skipTo' in sentence) {
      at = Math.max(sentence.skipTo, at + 1);
      continue;
    }
    if (sentence.end > sentence.start) found.push({ start: sentence.start, end: sentence.end });
    const next = Math.max(sentence.boundary ?? sentence.end, sentence.end, at + 1);
    known = sentence.boundary ?? known;
    at = next;
  }
  return found;
}
