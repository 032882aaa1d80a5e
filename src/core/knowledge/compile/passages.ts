import { splitSentences } from '../../text/sentences';
import type { Passage } from '../types';

/** A line of prose ends like a sentence; headings and captions usually do not. */
const SENTENCE_END = /[.!?]["'”’)\]]*\s*$/;

/**
 * Where a photo caption places the people it names ("Saiki (C), … Blinken (L)"). A caption pairs countries, titles and
 * people by where they stand in the picture, in a list the claim checker mis-pairs (a draft's "South Korean Foreign
 * Minister Lim" was set against the first person's "Japan's"); a line holding one is no aside.
 */
const PHOTO_POSITION = /\((?:\d(?:st|nd|rd|th) )?(?:[LCR]|L-R|R-L|left|right|cent(?:er|re)|front|back|top|bottom)\)/i;

/**
 * Splits a source into sentence-level passages with offsets into its text.
 *
 * Sentences are the product's one sentence splitter's (src/core/text/sentences.ts), so a passage ends where the
 * claim checker and Insert Citation end a sentence. Headings, captions and boilerplate are skipped: lines starting with one of `nonPassages`, lines inside a
 * "More on:" block, and short lines that do not end like a sentence. A paragraph that a stray line break cut in
 * the middle of a sentence is joined to its continuation first.
 *
 * The sentences of a line skipped by a `nonPassages` prefix that reads as prose (an author's biography line, a
 * standfirst) follow, marked `aside`: the source states them, so the claim checker reads them, but they are no
 * passage of the article to cite. Of those, only sentences that end like one (a camera credit, "REUTERS/…/Pool",
 * states nothing), and none of a photo caption (`PHOTO_POSITION`).
 */
export function splitPassages(sourceKey: string, text: string, nonPassages: readonly string[]): Passage[] {
  const passages: Passage[] = [];
  const { paragraphs, asides } = proseParagraphs(text, nonPassages);
  const add = (paragraph: Span, aside: boolean) => {
    // Line breaks inside a joined paragraph become spaces of the same length, so offsets stay true.
    const flat = text.slice(paragraph.start, paragraph.end).replace(/[\r\n]/g, ' ');
    for (const sentence of sentencesOf(flat)) {
      const start = paragraph.start + sentence.start;
      const end = paragraph.start + sentence.end;
      const passage: Passage = { id: `${sourceKey}#${passages.length}`, source: sourceKey, index: passages.length, start, end, text: text.slice(start, end) };
      if (!aside) passages.push(passage);
      else if (endsAside(passage.text)) passages.push({ ...passage, aside: true });
    }
  };
  for (const paragraph of paragraphs) add(paragraph, false);
  for (const line of asides) add(line, true);
  return passages;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Spans of prose: one per line, or several lines joined where a sentence runs on past a line break; and the lines a
 * `nonPassages` prefix skipped that read as prose, `asides`.
 */
function proseParagraphs(text: string, nonPassages: readonly string[]): { paragraphs: Span[]; asides: Span[] } {
  const lines: { start: number; end: number; trimmed: string }[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const trimmed = text.slice(lineStart, lineEnd).trim();
    if (trimmed !== '') lines.push({ start: lineStart, end: lineEnd, trimmed });
    lineStart = lineEnd + 1;
  }
  const paragraphs: Span[] = [];
  const asides: Span[] = [];
  let inMoreOnBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^More on:/.test(line.trimmed)) {
      inMoreOnBlock = true;
      continue;
    }
    if (inMoreOnBlock && !SENTENCE_END.test(line.trimmed) && line.trimmed.split(/\s+/).length <= 4) continue;
    inMoreOnBlock = false;
    if (/^#+\s/.test(line.trimmed)) continue;
    if (nonPassages.some((prefix) => line.trimmed.startsWith(prefix))) {
      if ((isProse(line.trimmed) || endsAside(line.trimmed)) && !PHOTO_POSITION.test(line.trimmed)) asides.push({ start: line.start, end: text.slice(0, line.end).trimEnd().length });
      continue;
    }
    let end = line.end;
    let last = line;
    while (i + 1 < lines.length && runsOn(last.trimmed, lines[i + 1].trimmed)) {
      last = lines[++i];
      end = last.end;
    }
    if (last !== line || isProse(line.trimmed)) paragraphs.push({ start: line.start, end: text.slice(0, end).trimEnd().length });
  }
  return { paragraphs, asides };
}

/** A line that stops mid-sentence and a next line that carries the sentence on. */
function runsOn(line: string, next: string): boolean {
  if (SENTENCE_END.test(line) || /[:;]$/.test(line)) return false;
  const nextIsProse = SENTENCE_END.test(next) || next.split(/\s+/).length > 14;
  return nextIsProse && (/^\p{Ll}/u.test(next) || line.split(/\s+/).length > 14);
}

/** Whether an aside's text ends like a sentence, emphasis closing it or not ("… Alliances Project.*"). */
function endsAside(text: string): boolean {
  return SENTENCE_END.test(text.replace(/[*_]+$/, ''));
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
