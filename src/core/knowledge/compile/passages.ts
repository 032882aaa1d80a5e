import type { Passage } from '../types';

/** Abbreviations after which a full stop does not end a sentence in these texts. */
const NON_TERMINAL = /(?:\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|St|No|Jr|Sr|vs|e\.g|i\.e|etc|Gen|Gov|Rep|Sen|Prof)\.|\b[A-Z]\.)\s*$/;
/** A line of prose ends like a sentence; headings and captions usually do not. */
const SENTENCE_END = /[.!?]["'”’)\]]*\s*$/;

let segmenter: Intl.Segmenter | undefined;

/**
 * Splits a source into sentence-level passages with offsets into its text.
 *
 * Lines are segmented one at a time (Intl.Segmenter over a whole text grows worse than linearly). Headings, captions
 * and boilerplate are skipped: lines starting with one of `nonPassages`, lines inside a "More on:" block, and short
 * lines that do not end like a sentence.
 */
export function splitPassages(sourceKey: string, text: string, nonPassages: readonly string[]): Passage[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const passages: Passage[] = [];
  let inMoreOnBlock = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (/^More on:/.test(trimmed)) {
      inMoreOnBlock = true;
    } else if (inMoreOnBlock && trimmed !== '' && (SENTENCE_END.test(trimmed) || trimmed.split(/\s+/).length > 4)) {
      inMoreOnBlock = false;
    }
    if (trimmed !== '' && !inMoreOnBlock && isProse(trimmed, nonPassages)) {
      for (const sentence of sentencesOf(line)) {
        passages.push({
          id: `${sourceKey}#${passages.length}`,
          source: sourceKey,
          index: passages.length,
          start: lineStart + sentence.start,
          end: lineStart + sentence.end,
          text: text.slice(lineStart + sentence.start, lineStart + sentence.end),
        });
      }
    }
    lineStart = lineEnd + 1;
  }
  return passages;
}

function isProse(trimmedLine: string, nonPassages: readonly string[]): boolean {
  if (nonPassages.some((prefix) => trimmedLine.startsWith(prefix))) return false;
  if (/^#+\s/.test(trimmedLine)) return false;
  const words = trimmedLine.split(/\s+/).length;
  return SENTENCE_END.test(trimmedLine) || words > 14;
}

/** Sentence spans of one line, trimmed, with abbreviation splits mended. */
function sentencesOf(line: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const seg of segmenter!.segment(line)) {
    const lead = seg.segment.length - seg.segment.trimStart().length;
    const start = seg.index + lead;
    const end = seg.index + seg.segment.trimEnd().length;
    if (end <= start) continue;
    const previous = spans[spans.length - 1];
    if (previous && NON_TERMINAL.test(line.slice(previous.start, previous.end))) {
      previous.end = end;
    } else {
      spans.push({ start, end });
    }
  }
  return spans;
}
