/**
 * Paragraph-at-a-time analysis with a cache, so that re-checking a document after a keystroke re-analyses only the
 * paragraph that changed.
 *
 * Why paragraphs, and why keyed by their text: the claim checker is paragraph-local (a claim is read in its sentence, a
 * pronoun through the sentence before it) and neither crosses a blank line, so a paragraph's findings depend on
 * nothing but its own text. Keying the cache by that text (not by position) means edits above a paragraph, which only
 * move it, cost a lookup (`TextMap`, below) and an offset shift.
 */

import { followFence, frontMatterLength, opensComment } from './markdown';

/** A span of a document analysed on its own. Offsets are UTF-16 indices into the whole document. */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

/** Anything the analysis reports at a place in the text it was given. */
export interface Located {
  start: number;
  end: number;
}

/**
 * Past this many characters a paragraph is also cut after a line that ends a sentence, so one enormous block of
 * text (a pasted report without blank lines) still re-checks in pieces.
 */
const LONG_PARAGRAPH = 4000;

/**
 * Splits `text` into paragraphs: runs of non-blank lines. Blank lines (white space only) belong to none, and neither
 * does a document's front matter. A fenced code block stays in one paragraph, blank lines and all, so the checker
 * sees its fences and knows it for code.
 */
export function splitParagraphs(text: string, longParagraph = LONG_PARAGRAPH): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let paragraphStart = -1;
  let lastContentEnd = 0;
  let lineStart = frontMatterLength(text);
  const hasFences = text.includes('```') || text.includes('~~~');
  const hasComments = text.includes('<!--');
  let fence: string | undefined;
  // An HTML comment left open on a line runs on, over blank lines too, to its `-->`: kept in one paragraph, as a
  // fence is, so that the checker sees it whole and reads none of it as prose.
  let inComment = false;
  const close = () => {
    paragraphs.push({ start: paragraphStart, end: lastContentEnd, text: text.slice(paragraphStart, lastContentEnd) });
    paragraphStart = -1;
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const inCode = fence !== undefined || inComment;
    const line = hasFences || hasComments ? text.slice(lineStart, contentEnd) : '';
    if (inComment) inComment = !line.includes('-->');
    else if (hasFences) fence = followFence(fence, line).open;
    if (hasComments && !inCode && fence === undefined) inComment = opensComment(line);
    if (isBlank(text, lineStart, contentEnd)) {
      if (paragraphStart >= 0 && !inCode) close();
    } else {
      if (paragraphStart < 0) paragraphStart = lineStart;
      lastContentEnd = contentEnd;
      if (
        !inCode &&
        fence === undefined &&
        !inComment &&
        contentEnd - paragraphStart >= longParagraph &&
        endsSentence(text, lineStart, contentEnd)
      )
        close();
    }
    lineStart = lineEnd + 1;
  }
  if (paragraphStart >= 0) close();
  return paragraphs;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 12 && c !== 11 && c !== 0xa0) return false;
  }
  return true;
}

/** A line ending in `.`, `!` or `?`, possibly followed by closing quotes or brackets, ends its sentence. */
function endsSentence(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && /[\s"'”’)\]*_]/.test(text[i])) i--;
  return i >= from && /[.!?]/.test(text[i]);
}

/** How much of the last run was served from the cache; what tests and the output log look at. */
export interface CacheStats {
  paragraphs: number;
  analysed: number;
}

/**
 * Findings per paragraph text, valid for one analysis context (a knowledge base and a set of options). Holds only
 * the paragraphs of the latest completed run, so memory follows the document, not its history.
 */
export class ParagraphCache<T extends Located> {
  private entries = new TextMap<readonly T[]>();
  private context: readonly unknown[] = [];
  /** Filled by every completed run. */
  lastStats: CacheStats = { paragraphs: 0, analysed: 0 };

  /** Empties the cache when the context (anything findings depend on besides the paragraph) changed. */
  useContext(...context: unknown[]): void {
    if (context.length !== this.context.length || context.some((c, i) => c !== this.context[i])) {
      this.entries = new TextMap();
      this.context = context;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Checks `text`, analysing only the paragraphs the cache lacks, all of them in one call to `analyse` (the fastest
   * way through a whole document). Returns the findings of every paragraph with document offsets, in document order;
   * undefined when cancelled.
   */
  run(text: string, analyse: AnalyseParagraphs<T>, isCancelled: () => boolean = never): T[] | undefined {
    const paragraphs = splitParagraphs(text);
    const next = new TextMap<readonly T[]>();
    const keys: number[] = [];
    // Paragraphs the cache lacks, each text once however often the document repeats it.
    const missing: Paragraph[] = [];
    const missingKeys: number[] = [];
    for (const paragraph of paragraphs) {
      // One sample key per paragraph serves every lookup below.
      const key = sampleKey(paragraph.text);
      keys.push(key);
      if (next.get(paragraph.text, key) !== undefined) continue;
      const known = this.entries.get(paragraph.text, key);
      if (known) {
        next.set(paragraph.text, key, known);
      } else {
        // Marked as queued until its findings replace the mark below.
        next.set(paragraph.text, key, QUEUED);
        missing.push(paragraph);
        missingKeys.push(key);
      }
    }
    if (isCancelled()) return undefined;
    const analysed = missing.length;
    if (analysed > 0) {
      const found = analyse(missing.map((p) => p.text));
      // A checker stopped half-way returns partial findings: they must never be remembered as the answer.
      if (isCancelled()) return undefined;
      missing.forEach((p, k) => {
        this.entries.set(p.text, missingKeys[k], found[k]);
        next.set(p.text, missingKeys[k], found[k]);
      });
    }
    const found: T[] = [];
    paragraphs.forEach((paragraph, k) => {
      for (const item of next.get(paragraph.text, keys[k])!)
        found.push({ ...item, start: item.start + paragraph.start, end: item.end + paragraph.start });
    });
    this.entries = next;
    this.lastStats = { paragraphs: paragraphs.length, analysed };
    return found;
  }
}

/**
 * Analyses paragraphs, each on its own: the answer holds one list per paragraph, in the same order. Given several at
 * once so an analysis can take them phase by phase (see `checkTexts`).
 */
export type AnalyseParagraphs<T> = (paragraphs: readonly string[]) => readonly (readonly T[])[];

const never = () => false;

/** The mark of a paragraph waiting to be analysed in the map of a run's results (never a finished answer). */
const QUEUED: readonly never[] = Object.freeze([]);

/**
 * A map keyed by paragraph text that looks at a few dozen of a paragraph's characters, not all of them. A `Map` keyed
 * by the text hashes every character of every paragraph (about 2 ms per MB of draft, most of it on paragraphs no
 * cache holds). Here a sample of the text (its length and 16 characters spread over it) picks the entry, and the one
 * paragraph stored under that sample is compared whole (`===`), so an answer is only ever served for the very same
 * text. Texts that share a sample (rare: same length, same characters at every sampled place) fall back to a `Map`
 * of their own.
 */
class TextMap<V> {
  private readonly bySample = new Map<number, { text: string; value: V } | Map<string, V>>();
  size = 0;

  /** The value stored for `text`, whose `sampleKey` is `key`. */
  get(text: string, key: number): V | undefined {
    const found = this.bySample.get(key);
    if (found === undefined) return undefined;
    if (found instanceof Map) return found.get(text);
    return found.text === text ? found.value : undefined;
  }

  set(text: string, key: number, value: V): void {
    const found = this.bySample.get(key);
    if (found === undefined) {
      this.bySample.set(key, { text, value });
      this.size++;
    } else if (found instanceof Map) {
      if (!found.has(text)) this.size++;
      found.set(text, value);
    } else if (found.text === text) {
      found.value = value;
    } else {
      this.bySample.set(
        key,
        new Map([
          [found.text, found.value],
          [text, value],
        ]),
      );
      this.size++;
    }
  }
}

const SAMPLES = 16;

/** A small-integer hash of `text`'s length and of `SAMPLES` characters spread evenly over it (all of a short one). */
function sampleKey(text: string): number {
  const n = text.length;
  let hash = n;
  if (n <= SAMPLES) {
    for (let i = 0; i < n; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  } else {
    const step = n / SAMPLES;
    for (let k = 0; k < SAMPLES; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(Math.floor(k * step))) | 0;
    hash = (Math.imul(hash, 31) + text.charCodeAt(n - 1)) | 0;
  }
  // Kept within V8's small integers, which a Map hashes without allocating.
  return hash & 0x3fffffff;
}
