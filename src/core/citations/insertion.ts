import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Source } from '../knowledge/types';
import { inQuotes, sourceLabel } from '../sources/describe';
import { formatCitation } from './csl';
import { resolveTarget } from './target';
import { endsWithFootnoteDefinition, nextFootnoteLabel } from './footnotes';
import { CITATION_STYLES, CitationError, type CitationStyle, type CitationTarget, type InsertionOptions, type TextEdit } from './types';

/** `[@key, para. 3]`: Pandoc's citation syntax; `para.` is one of the locator terms Pandoc recognises. */
export function pandocCitation(key: string, paragraph: number | undefined): string {
  return paragraph === undefined ? `[@${key}]` : `[@${key}, para. ${paragraph}]`;
}

/**
 * What inserting a citation at `offset` does to `documentText`, as edits in ascending order (offsets into the text
 * given). Pure: the caller applies the edits.
 *
 * - `pandoc` inserts `[@key, para. N]`; `apa` and `chicago-author-date` insert the parenthetical the CSL style renders.
 * - `footnote` and `chicago-note` insert `[^n]`, numbered after every footnote already in the document (broken ones
 *   included, so nothing collides), after any punctuation that follows the cursor (Chicago: "claim.[^3]"), and append
 *   its definition at the end: for `footnote` the source, paragraph and quote; for `chicago-note` the Chicago note.
 * - `blockQuote` puts the passage as a `> ` block after the paragraph holding the cursor, with the citation after it.
 *
 * Line endings follow the document (CRLF stays CRLF). A cursor outside the text is clamped into it and never
 * splits a CRLF or a surrogate pair. Throws `CitationError` for an unknown source or passage.
 */
export function planCitationInsertion(
  kb: KnowledgeBase,
  documentText: string,
  offset: number,
  target: CitationTarget,
  style: CitationStyle,
  options: InsertionOptions = {},
): TextEdit[] {
  const { source, passage, paragraph } = resolveTarget(kb, target);
  checkStyle(style);
  const text = typeof documentText === 'string' ? documentText : '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const quote = passage ? oneLine(passage.text) : undefined;
  const blockQuote = options.blockQuote === true && quote !== undefined;
  const isNote = style === 'footnote' || style === 'chicago-note';
  const cursor = safeOffset(text, offset);
  const at = blockQuote ? paragraphEnd(text, cursor) : isNote ? afterClosingPunctuation(text, cursor) : cursor;

  const label = isNote ? nextFootnoteLabel(text) : '';
  const mark = isNote ? `[^${label}]` : citationText(kb, target, style);
  // Footnote marks hug the text they annotate ("claim.[^3]"); other citations are set off by a space.
  const insertion = blockQuote
    ? `${eol}${eol}> ${inQuotes(quote)}${isNote ? '' : ' '}${mark}`
    : `${!isNote && needsSpaceBefore(text, at) ? ' ' : ''}${mark}`;
  const edits: TextEdit[] = [{ start: at, end: at, newText: insertion }];
  if (isNote) {
    const body =
      style === 'footnote' ? footnoteBody(source, paragraph, blockQuote ? undefined : quote) : formatCitation(kb, target, 'chicago-note');
    // The separator depends on what the document ends with once the mark is in: a mark inserted at the very end
    // (an empty document, a cursor after the last line) must not run into its own definition.
    const textBeforeDefinition = at === text.length ? text + insertion : text;
    edits.push({
      start: text.length,
      end: text.length,
      newText: `${definitionSeparator(textBeforeDefinition, eol)}[^${label}]: ${body}${eol}`,
    });
  }
  return mergeInserts(edits);
}

/**
 * Punctuation a note reference follows: Chicago (14.26) puts the number after any punctuation mark except a dash
 * ("November 23.[^1]"), and after a closing quotation mark. Parentheses are left out: whether the note belongs
 * inside or outside one depends on what it annotates, which only the writer knows.
 */
const NOTE_FOLLOWS = /[.,;:!?…”’"']+/y;

/**
 * Where a note reference goes for a cursor at `at`: past the punctuation right after it, unless that punctuation
 * runs into a word ("U|.S.", "Japan|’s"), where the cursor stays.
 */
function afterClosingPunctuation(text: string, at: number): number {
  NOTE_FOLLOWS.lastIndex = at;
  const run = NOTE_FOLLOWS.exec(text);
  if (!run) return at;
  const end = at + run[0].length;
  return end < text.length && /[\p{L}\p{N}]/u.test(text[end]) ? at : end;
}

/**
 * What goes between the document's end and a new footnote definition: a line break to join a block of
 * definitions already at the end, otherwise a blank line so the definition starts a block of its own.
 */
function definitionSeparator(text: string, eol: string): string {
  if (text === '') return '';
  const endsWithBreak = text.endsWith('\n');
  if (endsWithFootnoteDefinition(text)) return endsWithBreak ? '' : eol;
  return endsWithBreak ? eol : eol + eol;
}

function checkStyle(style: CitationStyle): void {
  if (!CITATION_STYLES.includes(style))
    throw new CitationError(`unknown citation style "${String(style)}" (one of ${CITATION_STYLES.join(', ')})`);
}

/**
 * The citation for a target as a style writes it, on its own: `[@key, para. 3]` for Pandoc, the footnote text
 * (source, paragraph and quote) for `footnote`, the Chicago note, or the author–date parenthetical.
 */
export function citationText(kb: KnowledgeBase, target: CitationTarget, style: CitationStyle): string {
  const { source, passage, paragraph } = resolveTarget(kb, target);
  checkStyle(style);
  if (style === 'pandoc') return pandocCitation(source.key, paragraph);
  if (style === 'footnote') return footnoteBody(source, paragraph, passage ? oneLine(passage.text) : undefined);
  return formatCitation(kb, target, style);
}

/** "Yasuyo Sakata, “Title”, Asia Unbound (between 2020-11-23 and 2020-12), para. 3: “quote”" */
function footnoteBody(source: Source, paragraph: number | undefined, quote: string | undefined): string {
  const where = paragraph === undefined ? '' : `, para. ${paragraph}`;
  return `${sourceLabel(source)}${where}${quote ? `: ${inQuotes(quote)}` : '.'}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A valid insertion point: inside the text, not between \r and \n, not inside a surrogate pair. */
function safeOffset(text: string, offset: number): number {
  let at = Number.isFinite(offset) ? Math.max(0, Math.min(text.length, Math.floor(offset))) : text.length;
  if (at > 0 && at < text.length && text[at - 1] === '\r' && text[at] === '\n') at--;
  if (at > 0 && at < text.length && /[\uD800-\uDBFF]/.test(text[at - 1]) && /[\uDC00-\uDFFF]/.test(text[at])) at--;
  return at;
}

/** The end of the paragraph holding `offset`: just after its last character before a blank line or the end. */
function paragraphEnd(text: string, offset: number): number {
  const blank = /\r?\n[ \t]*\r?\n/g;
  blank.lastIndex = offset;
  const m = blank.exec(text);
  let end = m ? m.index : text.length;
  while (end > offset && /\s/.test(text[end - 1])) end--;
  return end;
}

function needsSpaceBefore(text: string, at: number): boolean {
  return at > 0 && !/[\s([{]/.test(text[at - 1]);
}

/** Sorts edits and joins inserts at the same place, keeping their order, so no editor has to guess it. */
function mergeInserts(edits: TextEdit[]): TextEdit[] {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  const out: TextEdit[] = [];
  for (const { e } of sorted) {
    const last = out[out.length - 1];
    if (last && last.start === e.start && last.end === e.start && e.end === e.start) last.newText += e.newText;
    else out.push({ ...e });
  }
  return out;
}

/** Applies edits made by `planCitationInsertion` (ascending, non-overlapping) to a text: for the CLI and tests. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let from = 0;
  for (const e of edits) {
    out += text.slice(from, e.start) + e.newText;
    from = e.end;
  }
  return out + text.slice(from);
}
