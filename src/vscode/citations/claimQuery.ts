/**
 * The claim "Insert Citation" works on: the selection, or the sentence around the cursor ("find a source for this
 * claim") — what it searches for, and where the citation goes. Pure (no vscode import) so it is unit-tested.
 */

/** Longest query handed to the search: a claim is a sentence, not a page. */
export const MAX_QUERY_LENGTH = 300;
/** How far from the cursor a paragraph is read at most, so a huge unbroken paragraph costs no more than this. */
const PARAGRAPH_WINDOW = 2000;

/**
 * The claim to search for: the selected text when `start < end`, else the sentence containing the cursor (or
 * ending right before it). Markdown markup and existing citations are removed. Empty when there is no prose.
 */
export function claimQuery(text: string, start: number, end: number, locale = 'en'): string {
  if (end > start) return cleanClaim(text.slice(start, end));
  const sentence = sentenceAround(text, start, locale);
  return sentence ? cleanClaim(text.slice(sentence.start, sentence.end)) : '';
}

/**
 * Where the citation of a claim goes: after the selection when there is one; else at the end of the sentence around
 * the cursor, before its closing `.`, `!` or `?` (`claim [@key].`), wherever in the sentence the cursor stood.
 * Outside prose (a blank line, a heading's end), the cursor itself.
 */
export function citationPoint(text: string, start: number, end: number, locale = 'en'): number {
  if (end > start) return end;
  const sentence = sentenceAround(text, start, locale);
  if (!sentence) return start;
  const last = text[sentence.end - 1];
  // "… in the U.S." keeps its abbreviation whole: the citation then follows it.
  const abbreviation = /(?<![\p{L}.])(?:\p{L}\.){2,}$/u.test(text.slice(Math.max(sentence.start, sentence.end - 12), sentence.end));
  return /[.!?]/.test(last) && !abbreviation ? sentence.end - 1 : sentence.end;
}

/** The sentence holding `offset` (or ending right before it), trimmed of surrounding white space. */
function sentenceAround(text: string, offset: number, locale: string): { start: number; end: number } | undefined {
  const bounds = paragraphAround(text, offset);
  if (!bounds) return undefined;
  const paragraph = text.slice(bounds.from, bounds.to);
  let at = offset - bounds.from;
  // A cursor right after a sentence's last character (`claim.|` or at the end) means that sentence.
  if (at > 0 && !/\s/.test(paragraph[at - 1]) && (at === paragraph.length || /\s/.test(paragraph[at]))) at--;
  // Segment only this paragraph: Intl.Segmenter over a whole document grows worse than linearly. Line breaks
  // inside a paragraph are wrapping, not sentence ends, so they are read as spaces (same length: offsets hold).
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  for (const segment of segmenter.segment(paragraph.replace(/[\r\n]/g, ' '))) {
    if (at < segment.index || at >= segment.index + segment.segment.length) continue;
    const leading = segment.segment.length - segment.segment.trimStart().length;
    const trailing = segment.segment.length - segment.segment.trimEnd().length;
    if (leading === segment.segment.length) return undefined;
    return { start: bounds.from + segment.index + leading, end: bounds.from + segment.index + segment.segment.length - trailing };
  }
  return undefined;
}

/** A line that starts a block of its own: a heading or a list item. */
const BLOCK_START = /^[ \t]*(?:#{1,6}[ \t]|[-*+][ \t]|\d+[.)][ \t])/;

/**
 * The paragraph holding `offset`: the lines between blank lines, a heading or a list item being a block of its own,
 * bounded to a window around the cursor. Undefined on a blank line.
 */
function paragraphAround(text: string, offset: number): { from: number; to: number } | undefined {
  const lineStart = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
  const lineEnd = endOfLine(text, offset);
  const line = text.slice(lineStart, lineEnd);
  if (line.trim() === '') return undefined;
  if (/^[ \t]*#/.test(line)) return { from: lineStart, to: lineEnd };
  let from = lineStart;
  while (from > 0 && offset - from < PARAGRAPH_WINDOW && !BLOCK_START.test(text.slice(from, endOfLine(text, from)))) {
    const previousStart = text.lastIndexOf('\n', from - 2) + 1;
    const previous = text.slice(previousStart, from - 1);
    if (previous.trim() === '' || /^[ \t]*#/.test(previous)) break;
    from = previousStart;
  }
  let to = lineEnd;
  while (to < text.length && to - offset < PARAGRAPH_WINDOW) {
    const nextEnd = endOfLine(text, to + 1);
    const next = text.slice(to + 1, nextEnd);
    if (next.trim() === '' || BLOCK_START.test(next) || /^[ \t]*#/.test(next)) break;
    to = nextEnd;
  }
  return { from, to };
}

function endOfLine(text: string, offset: number): number {
  const at = text.indexOf('\n', offset);
  return at < 0 ? text.length : at;
}

/** Drops Markdown markup, citations and footnote marks, keeping the words a search should see. */
export function cleanClaim(text: string): string {
  const cleaned = text
    .replace(/\[\^[^\]]*\]:?/g, ' ') // footnote references and definitions
    .replace(/\[[^\]]*@[^\]]*\]/g, ' ') // pandoc citations [@key, p. 3]
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images keep their text
    .replace(/^[ \t]*(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, '') // headings, quotes, list markers
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > MAX_QUERY_LENGTH
    ? cleaned.slice(0, cleaned.lastIndexOf(' ', MAX_QUERY_LENGTH) + 1 || MAX_QUERY_LENGTH).trim()
    : cleaned;
}
