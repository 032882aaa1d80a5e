import { splitSentences } from '../../text/sentences';
import type { Passage } from '../types';

/** A line of prose ends like a sentence; headings and captions usually do not. */
const SENTENCE_END = /[.!?]["'”’)\]]*\s*$/;

/**
 * Splits a source into sentence-level passages with offsets into its text.
 *
 * Sentences are the product's one sentence splitter's (src/core/text/sentences.ts), so a passage ends where the
 * claim checker and Insert Citation end a sentence. Headings, captions and boilerplate are skipped: lines starting with one of `nonPassages`, lines inside a
 * "More on:" block, and short lines that do not end like a sentence. A paragraph that a stray line break cut in
 * the middle of a sentence is joined to its continuation first.
 */
export function splitPassages(sourceKey: string, text: string, nonPassages: readonly string[]): Passage[] {
  const passages: Passage[] = [];
  for (const paragraph of proseParagraphs(text, nonPassages)) {
    // Line breaks inside a joined paragraph become spaces of the same length, so offsets stay true.
    const flat = text.slice(paragraph.start, paragraph.end).replace(/[\r\n]/g, ' ');
    for (const sentence of sentencesOf(flat)) {
      const start = paragraph.start + sentence.start;
      const end = paragraph.start + sentence.end;
      passages.push({ id: `${sourceKey}#${passages.length}`, source: sourceKey, index: passages.length, start, end, text: text.slice(start, end) });
    }
  }
  return passages;
}

/** Spans of prose: one per line, or several lines joined where a sentence runs on past a line break. */
function proseParagraphs(text: string, nonPassages: readonly string[]): { start: number; end: number }[] {
  const lines: { start: number; end: number; trimmed: string }[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const trimmed = text.slice(lineStart, lineEnd).trim();
    if (trimmed !== '') lines.push({ start: lineStart, end: lineEnd, trimmed });
    lineStart = lineEnd + 1;
  }
  const paragraphs: { start: number; end: number }[] = [];
  let inMoreOnBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^More on:/.test(line.trimmed)) {
      inMoreOnBlock = true;
      continue;
    }
    if (inMoreOnBlock && !SENTENCE_END.test(line.trimmed) && line.trimmed.split(/\s+/).length <= 4) continue;
    inMoreOnBlock = false;
    if (nonPassages.some((prefix) => line.trimmed.startsWith(prefix)) || /^#+\s/.test(line.trimmed)) continue;
    let end = line.end;
    let last = line;
    while (i + 1 < lines.length && runsOn(last.trimmed, lines[i + 1].trimmed)) {
      last = lines[++i];
      end = last.end;
    }
    if (last !== line || isProse(line.trimmed)) paragraphs.push({ start: line.start, end: text.slice(0, end).trimEnd().length });
  }
  return paragraphs;
}

/** A line that stops mid-sentence and a next line that carries the sentence on. */
function runsOn(line: string, next: string): boolean {
  if (SENTENCE_END.test(line) || /[:;]$/.test(line)) return false;
  const nextIsProse = SENTENCE_END.test(next) || next.split(/\s+/).length > 14;
  return nextIsProse && (/^\p{Ll}/u.test(next) || line.split(/\s+/).length > 14);
}

function isProse(trimmedLine: string): boolean {
  const words = trimmedLine.split(/\s+/).length;
  return SENTENCE_END.test(trimmedLine) || words > 14;
}

/** Sentence spans of one paragraph (its line breaks read as spaces), trimmed. */
function sentencesOf(line: string): { start: number; end: number }[] {
  // A list marker ("1.") on its own is not a sentence: the passage starts at the item's text.
  return splitSentences(line).filter((s) => !/^\(?\d{1,2}[.)]$/.test(line.slice(s.start, s.end)));
}
