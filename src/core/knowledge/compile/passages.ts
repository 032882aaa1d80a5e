import { splitSentences } from '../../text/sentences';
import type { Passage } from '../types';
import { captionItems, PHOTO_POSITION } from './captions';

/** A line of prose ends like a sentence; headings and captions usually do not. */
const SENTENCE_END = /[.!?]["'”’)\]]*\s*$/;

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
 * states nothing). A photo caption's line (`PHOTO_POSITION`) is no such sentence: its list sets one person's country and
 * title beside another's name, so each person it names becomes an aside of their own, its `statement` what the
 * caption says of that person (captions.ts); a caption whose list does not read cleanly gives none.
 */
export function splitPassages(sourceKey: string, text: string, nonPassages: readonly string[]): Passage[] {
  const passages: Passage[] = [];
  const { paragraphs, asides, captions } = proseParagraphs(text, nonPassages);
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
  for (const { start, end, statement } of captions)
    passages.push({ id: `${sourceKey}#${passages.length}`, source: sourceKey, index: passages.length, start, end, text: text.slice(start, end), aside: true, statement });
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
function proseParagraphs(text: string, nonPassages: readonly string[]): { paragraphs: Span[]; asides: Span[]; captions: (Span & { statement: string })[] } {
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
  const captionLines: (Span & { statement: string })[][] = [];
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
      if (PHOTO_POSITION.test(line.trimmed)) {
        const from = line.start + text.slice(line.start, line.end).indexOf(line.trimmed);
        captionLines.push(captionItems(line.trimmed).map((item) => ({ start: from + item.start, end: from + item.end, statement: item.statement })));
      } else if (isProse(line.trimmed) || endsAside(line.trimmed)) asides.push({ start: line.start, end: text.slice(0, line.end).trimEnd().length });
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
  return { paragraphs, asides, captions: captionLines.filter((items) => !repeated(items, captionLines)).flat() };
}

/**
 * Whether a caption line is printed again, fuller, on another (with its date: "… guest house." and "… guest house.
 * January 16, 2016. REUTERS/…"): each of its statements opens one of the other's. The fuller one says it all.
 */
function repeated(items: readonly { statement: string }[], lines: readonly (readonly { statement: string }[])[]): boolean {
  const opens = (a: string, b: string) => a !== b && b.startsWith(a.replace(/\.$/, ''));
  return items.length > 0 && lines.some((other) => other !== items && items.every((i) => other.some((o) => opens(i.statement, o.statement))));
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
