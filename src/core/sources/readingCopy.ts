import { lineOf } from '../claims/suppressions';
import { paragraphNumber } from '../citations/locator';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { authorNames, dateLabel } from './describe';

/**
 * A source laid out for reading in the editor: a heading with its title, a line with author, outlet and date, then
 * the text itself, each paragraph prefixed with the number that `para. N` citations point to.
 *
 * The source text is kept character for character (a quote copied from it is the quote), one source line per line:
 * only the header and the `¶ N` prefixes are added, so `toReading` maps any offset of the source text here.
 */
export interface ReadingCopy {
  /** The title a reader knows the source by (its tab name), or "Untitled (key)". */
  title: string;
  /** The text to show. */
  text: string;
  /** Where offset `offset` of the source text stands in `text`. */
  toReading(offset: number): number;
}

/** The prefix of a numbered paragraph: `¶ 12  `. */
export function paragraphMark(paragraph: number): string {
  return `¶ ${paragraph}  `;
}

/** The reading copy of source `key`, or undefined when the knowledge base has no such source. */
export function readingCopy(kb: KnowledgeBase, key: string): ReadingCopy | undefined {
  const source = kb.source(key);
  if (!source) return undefined;
  const title = source.title ?? `Untitled (${source.key})`;
  const byline = [authorNames(source.authors), source.container ?? source.publisher, dateLabel(source)].filter(Boolean).join(' · ');
  const header = [
    `# ${title}`,
    '',
    byline,
    `@${source.key} · Read-only copy. “¶ N” marks the paragraph that a citation’s “para. N” points to.`,
    '',
    '',
  ].join('\n');

  // The paragraph number of each source line that has one, by the line's start offset. The number itself is the
  // citation locator's (`paragraphNumber`), asked once per line for the line's first passage: one rule for both.
  const numbers = new Map<number, number>();
  for (const passage of kb.passagesOf(key)) {
    const lineStart = source.text.lastIndexOf('\n', passage.start - 1) + 1;
    if (numbers.has(lineStart)) continue;
    const paragraph = paragraphNumber(kb, passage);
    if (paragraph !== undefined) numbers.set(lineStart, paragraph);
  }

  const lineStarts: number[] = [];
  /** Characters added before each line's text: the header and every `¶ N` prefix up to and including this line's. */
  const shifts: number[] = [];
  const out: string[] = [];
  let shift = header.length;
  let lineStart = 0;
  for (const line of source.text.split('\n')) {
    const paragraph = numbers.get(lineStart);
    const mark = paragraph === undefined ? '' : paragraphMark(paragraph);
    shift += mark.length;
    lineStarts.push(lineStart);
    shifts.push(shift);
    out.push(mark + line);
    lineStart += line.length + 1;
  }
  const text = header + out.join('\n');

  const toReading = (offset: number): number => {
    const at = Math.max(0, Math.min(source.text.length, Math.floor(offset)));
    return at + shifts[lineOf(lineStarts, at)];
  };
  return { title, text, toReading };
}
