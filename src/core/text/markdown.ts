/**
 * The one Markdown reader of the product: which parts of a draft are prose a reader takes as the writer's words, and
 * which are markup (code, front matter, HTML comments, raw HTML, link and image syntax, reference definitions,
 * citation brackets). The claim checker, the citation and footnote scanners, Insert Citation (from the editor or a
 * term hover) and the ignore file all ask it, so they agree on what a draft says.
 *
 * Why hand-written and not a CommonMark parser: every editor re-check and every full check of a draft reads it, and
 * the check of a 1 MB draft must stay well under 100 ms. Measured on this machine on a 1 MB draft: micromark (the
 * parser with offsets under mdast-util-from-markdown) took about 1,000 ms, commonmark.js about 100 ms (and gives
 * line and column for blocks only), markdown-it gives line numbers only. This reader follows CommonMark's rules
 * for the constructs it reports (test/unit/text/markdown.test.ts holds the spec examples it is held to) and costs a
 * few RegExp scans; it does not build a tree, since no caller needs one.
 *
 * Known limit: an indented code block (four spaces) is read as prose, because a paragraph read alone cannot tell it
 * from a list item's continuation.
 */

/** What a stretch of markup is. Everything outside the ranges `markupRanges` returns is prose. */
export type MarkupKind =
  /** YAML metadata opening a document (Pandoc's and Jekyll's `---` block). */
  | 'front-matter'
  /** A fenced code block (fences included) or an inline code span. */
  | 'code'
  /** An HTML comment `<!-- … -->`: a note the reader never sees. */
  | 'comment'
  /** Raw HTML: a tag (attributes and all), a processing instruction, a declaration, CDATA, a script or style. */
  | 'html'
  /** Link syntax around the link's text: its brackets, URL and title, or a whole autolink `<https://…>`. */
  | 'link'
  /**
   * An image's `![alt text]`: the alt text describes a picture, it is not the writer's claim (its destination and
   * title that follow are `link`).
   */
  | 'image'
  /** A link reference definition `[label]: url "title"`, which renders as nothing. */
  | 'reference-definition'
  /** A Pandoc citation `[@key, p. 3]` or `[see @a; @b]`. */
  | 'citation'
  /** A footnote mark `[^1]`, or the `[^1]:` that opens a footnote's text (the text itself is prose). */
  | 'footnote';

/** A half-open [start, end) stretch of markup, with offsets into the text that was read. */
export interface MarkupRange {
  start: number;
  end: number;
  kind: MarkupKind;
}

/** How `markupRanges` reads a text. */
export interface MarkdownReadOptions {
  /** The text is a whole document, so a `---` block at its top is front matter (a paragraph's "---" is not). */
  document?: boolean;
}

/**
 * The markup of `text`, in order, non-overlapping. Cheap for text without markup: a few `includes` decide.
 */
export function markupRanges(text: string, options: MarkdownReadOptions = {}): MarkupRange[] {
  const found: MarkupRange[] = [];
  const front = options.document ? frontMatterLength(text) : 0;
  if (front > 0) found.push({ start: 0, end: front, kind: 'front-matter' });
  const blocks = blockRanges(text, front);
  readInline(text, front, blocks, found);
  return found;
}

/**
 * `text` with every character of the markup of the given kinds made a space (line breaks kept), so every offset
 * still points into the writer's text. Link syntax is blanked around the link's text, which stays: "[Sakata](…)
 * notes" says what "Sakata notes" says.
 */
export function blankMarkup(text: string, kinds: ReadonlySet<MarkupKind> = PROSE_BLANKS, options: MarkdownReadOptions = {}): string {
  if (!mayHoldMarkup(text) && !options.document) return text;
  const ranges = markupRanges(text, options);
  if (ranges.length === 0) return text;
  return blankRanges(text, ranges, 0, text.length, kinds);
}

/**
 * `text[from, to)` with the given `ranges` (as `markupRanges` read them from the whole of `text`) of the given kinds
 * blanked as `blankMarkup` blanks them. Lets a caller that keeps a document's ranges read a few lines of it as prose
 * without reading the document again: a code fence or comment opened far above still covers the lines.
 */
export function blankRanges(
  text: string,
  ranges: readonly MarkupRange[],
  from = 0,
  to = text.length,
  kinds: ReadonlySet<MarkupKind> = PROSE_BLANKS,
): string {
  const parts: string[] = [];
  let at = from;
  for (let k = firstRangeEndingAfter(ranges, from); k < ranges.length && ranges[k].start < to; k++) {
    const r = ranges[k];
    if (!kinds.has(r.kind)) continue;
    const start = Math.max(r.start, from);
    const end = Math.min(r.end, to);
    parts.push(text.slice(at, start), blank(text, start, end));
    at = end;
  }
  if (at === from) return from === 0 && to === text.length ? text : text.slice(from, to);
  parts.push(text.slice(at, to));
  return parts.join('');
}

/** The index of the first of `ranges` (ascending, non-overlapping) that ends after `at`; `ranges.length` if none. */
function firstRangeEndingAfter(ranges: readonly { end: number }[], at: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every kind of markup: what a reader of prose blanks. */
export const PROSE_BLANKS: ReadonlySet<MarkupKind> = new Set<MarkupKind>([
  'front-matter',
  'code',
  'comment',
  'html',
  'link',
  'image',
  'reference-definition',
  'citation',
  'footnote',
]);

/** The prose of `text`: `blankMarkup` with every kind blanked. What the claim checker reads. */
export function readAsProse(text: string, options: MarkdownReadOptions = {}): string {
  return blankMarkup(text, PROSE_BLANKS, options);
}

/**
 * The words of a stretch of Markdown as a reader sees them, on one line: its prose (`readAsProse`) without the marks
 * that open a heading, quote or list item, without emphasis marks and stray backticks, white space collapsed. What
 * Insert Citation's search query and the ignore file's comparison of two claim sentences are made of.
 */
export function proseWords(text: string): string {
  return readAsProse(text)
    .replace(BLOCK_MARK, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The mark opening a heading, a block quote or a list item, at a line's start. */
const BLOCK_MARK = /^[ \t]*(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm;

/** Whether `text` holds a character any markup starts with; most paragraphs hold none and are prose as they are. */
function mayHoldMarkup(text: string): boolean {
  return text.includes('`') || text.includes('<') || text.includes('[') || text.includes('~~~');
}

/** `text[start, end)` with every character but line breaks (`\n` and `\r`) made a space. */
function blank(text: string, start: number, end: number): string {
  const piece = text.slice(start, end);
  // Most markup sits on one line: one run of spaces. Else a run of spaces per line, the breaks kept.
  if (!LINE_BREAK.test(piece)) return ' '.repeat(piece.length);
  let out = '';
  let at = 0;
  for (let k = 0; k < piece.length; k++) {
    const c = piece.charCodeAt(k);
    if (c !== 10 && c !== 13) continue;
    out += ' '.repeat(k - at) + piece[k];
    at = k + 1;
  }
  return out + ' '.repeat(piece.length - at);
}

const LINE_BREAK = /[\r\n]/;

// ---------------------------------------------------------------------------------------------------------------
// Blocks: front matter, fenced code, reference definitions, script/style blocks.

/**
 * A `---` block on the first line (after a byte-order mark, if any), closed by `---` or `...`: Pandoc's and Jekyll's
 * metadata. Group 1 is the YAML between the fences.
 */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([^]*?)\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/;

/** The front matter opening a document: its length (up to the closing fence's line end) and its YAML. */
export function frontMatterOf(text: string): { length: number; yaml: string } | undefined {
  if (!text.startsWith('---') && !text.startsWith('\uFEFF---')) return undefined;
  const m = FRONT_MATTER.exec(text);
  return m ? { length: m[0].length, yaml: m[1] } : undefined;
}

/**
 * The length of the YAML front matter that opens a document (0 when there is none). Only a whole document has front
 * matter: a paragraph that happens to start with "---" is prose.
 */
export function frontMatterLength(text: string): number {
  return frontMatterOf(text)?.length ?? 0;
}

/**
 * An opening or closing fence line: up to three spaces (after any block quote marks `>`), then three or more
 * backticks or tildes.
 */
const FENCE = /^(?:[ \t]{0,3}>)*[ \t]{0,3}(`{3,}|~{3,})/;

/**
 * Follows fenced code blocks one line at a time. `open` is the fence open before `line` (undefined outside code);
 * returns the fence open after it, and whether `line` is code (a fence line or inside a block). One left open runs to
 * the end of the text, as CommonMark reads it.
 */
export function followFence(open: string | undefined, line: string): { open: string | undefined; code: boolean } {
  const found = FENCE.exec(line);
  const fence = found?.[1];
  if (open === undefined) {
    // A backtick fence's info string may not hold a backtick: "```js`x`" is inline code, not a fence.
    if (!fence || (fence[0] === '`' && line.slice(found!.index + found![0].length).includes('`'))) return { open, code: false };
    return { open: fence, code: true };
  }
  // The closing fence: the same character, at least as long, and nothing else on the line.
  const closes = fence !== undefined && fence[0] === open[0] && fence.length >= open.length && line.slice(found![0].length).trim() === '';
  return { open: closes ? undefined : open, code: true };
}

/** Whether `line` opens an HTML comment that it does not close (then the comment runs on past the line). */
export function opensComment(line: string): boolean {
  const open = line.lastIndexOf('<!--');
  return open >= 0 && !line.includes('-->', open + 4);
}

/**
 * A line that may be a link reference definition: up to three spaces, a label that is not a footnote's, a colon
 * and a destination. (Whether it is one also depends on the line before: a definition cannot interrupt a paragraph.)
 */
const REFERENCE_DEFINITION =
  /^ {0,3}\[(?!\^)(?:[^\\[\]]|\\.){0,999}\]:[ \t]*(?:\r?\n[ \t]*)?(?:<[^<>\n]*>|[^\s<][^\s]*)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*$/gm;

/** An HTML block whose content is not prose either: `<script>`, `<style>`, `<pre>`, `<textarea>` up to its end tag. */
const RAW_TEXT_BLOCK = /^ {0,3}<(script|style|pre|textarea)(?=[\s>]|$)[^]*?(?:<\/\1>[^\n]*|$(?![^]))/gim;

/** Fenced code, reference definitions and raw-text HTML blocks, in order, each at line boundaries. */
function blockRanges(text: string, from: number): MarkupRange[] {
  const fences: MarkupRange[] = [];
  if (text.includes('```') || text.includes('~~~')) fencedBlocks(text, from, fences);
  const others: MarkupRange[] = [];
  if (text.includes(']:')) {
    REFERENCE_DEFINITION.lastIndex = from;
    for (let m = REFERENCE_DEFINITION.exec(text); m; m = REFERENCE_DEFINITION.exec(text)) {
      if (!inRanges(fences, m.index) && startsBlock(text, m.index, others))
        others.push({ start: m.index, end: m.index + m[0].length, kind: 'reference-definition' });
    }
  }
  if (/<(?:script|style|pre|textarea)/i.test(text)) {
    RAW_TEXT_BLOCK.lastIndex = from;
    for (let m = RAW_TEXT_BLOCK.exec(text); m; m = RAW_TEXT_BLOCK.exec(text)) {
      if (m[0].length === 0) RAW_TEXT_BLOCK.lastIndex++;
      else if (!inRanges(fences, m.index) && !inRanges(others, m.index))
        others.push({ start: m.index, end: m.index + m[0].length, kind: 'html' });
    }
  }
  if (others.length === 0) return fences;
  const ranges = [...fences, ...others].sort((a, b) => a.start - b.start);
  // A definition inside a script block, say: the outer range holds it.
  return ranges.filter((r, k) => k === 0 || r.start >= ranges[k - 1].end);
}

/** Whether the line starting at `at` starts a block: the text's first line, or one after a blank line or a definition. */
function startsBlock(text: string, at: number, known: readonly MarkupRange[]): boolean {
  if (at === 0) return true;
  const previousEnd = at - 1;
  const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
  if (text.slice(previousStart, previousEnd).trim() === '') return true;
  const last = known[known.length - 1];
  return last !== undefined && last.kind === 'reference-definition' && last.end >= previousEnd - 1 && last.end <= previousEnd;
}

/** Fenced code blocks, fences included; one left open runs to the end of the text. */
function fencedBlocks(text: string, from: number, out: MarkupRange[]): void {
  let open: string | undefined;
  let blockStart = 0;
  for (let lineStart = from; lineStart <= text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const line = text.slice(lineStart, contentEnd);
    // Most lines hold no fence mark at all: no need to follow them outside a block.
    if (open !== undefined || line.includes('```') || line.includes('~~~')) {
      const state = followFence(open, line);
      if (open === undefined && state.code) blockStart = lineStart;
      if (open !== undefined && state.open === undefined) out.push({ start: blockStart, end: contentEnd, kind: 'code' });
      open = state.open;
    }
    lineStart = lineEnd + 1;
  }
  if (open !== undefined) out.push({ start: blockStart, end: text.length, kind: 'code' });
}

// ---------------------------------------------------------------------------------------------------------------
// Inline: code spans, comments, raw HTML, autolinks, images, links, citations, footnote marks.

/** Characters inline markup starts with. */
const INLINE_START = /[`<[]/g;
/** A blank line: code spans, links and images do not cross one. */
const BLANK_LINE = /\n[ \t]*\r?\n/g;
/** An autolink: `<scheme:…>` or `<address@host>`. */
const AUTOLINK =
  /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
/**
 * An HTML open or closing tag, its attributes allowed to run over lines (CommonMark's raw HTML). A quoted value is
 * read up to 2,000 characters, so an unclosed quote costs a bounded scan.
 */
const HTML_TAG =
  /<(?:[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']{0,2000}'|"[^"]{0,2000}"))?)*\s*\/?>|\/[A-Za-z][A-Za-z0-9-]*\s*>)/y;
/** A Pandoc citation's bracket holds an `@key` after its start, a space, `-` or `;`. */
const CITATION_INSIDE = /(?:^|[\s;[-])-?@(?:\{[^{}\s]+\}|[\p{L}\p{N}_])/u;
/** A footnote mark `[^label]`, or the `[^label]:` that opens its text. */
const FOOTNOTE = /\[\^[^\]\s]{1,999}\]:?/y;
/** Longest link text, alt text or citation read as one; longer brackets are text. */
const MAX_BRACKET = 1000;

/** Inline markup of `text` from `from`, skipping the block ranges, appended to `out` in order. */
function readInline(text: string, from: number, blocks: readonly MarkupRange[], out: MarkupRange[]): void {
  const hasTicks = text.includes('`');
  const hasAngles = text.includes('<');
  const hasBrackets = text.includes('[');
  if (!hasTicks && !hasAngles && !hasBrackets) {
    out.push(...blocks);
    return;
  }
  const spans = new CodeSpans(text);
  const brackets = new Brackets(text);
  const closers = new Closers(text);
  // Ranges found ahead of the scan (a link's closing part), to be skipped when reached and emitted in order.
  const ahead: MarkupRange[] = [];
  let b = 0;
  const emit = (r: MarkupRange) => {
    while (ahead.length && ahead[0].start < r.start) out.push(ahead.shift()!);
    out.push(r);
  };
  INLINE_START.lastIndex = from;
  for (let m = INLINE_START.exec(text); m; m = INLINE_START.exec(text)) {
    let i = m.index;
    // Inside a block (code, a definition): go past it.
    while (b < blocks.length && blocks[b].end <= i) emit(blocks[b++]);
    if (b < blocks.length && blocks[b].start <= i) {
      INLINE_START.lastIndex = blocks[b].end;
      continue;
    }
    // Inside link syntax already found: go past it.
    if (ahead.length && ahead[0].start <= i) {
      const r = ahead.shift()!;
      out.push(r);
      INLINE_START.lastIndex = r.end;
      continue;
    }
    if (isEscaped(text, i)) continue;
    const c = text[i];
    let r: MarkupRange | undefined;
    if (c === '`') {
      const end = spans.closeOf(i);
      if (end < 0) {
        // An unmatched run is literal text: skip the whole run.
        INLINE_START.lastIndex = spans.runEnd(i);
        continue;
      }
      r = { start: i, end, kind: 'code' };
    } else if (c === '<') {
      r = angleMarkup(text, i, closers);
    } else {
      const lastEnd = out.length ? out[out.length - 1].end : 0;
      if (i > lastEnd && text[i - 1] === '!' && !isEscaped(text, i - 1)) i--;
      const found = bracketMarkup(text, i, brackets, ahead);
      if (found) r = found;
    }
    if (!r) continue;
    emit(r);
    INLINE_START.lastIndex = Math.max(r.end, m.index + 1);
  }
  while (b < blocks.length) emit(blocks[b++]);
  out.push(...ahead);
  // A link's closing part after a block that follows it on the next line: rare, and then put in order.
  for (let k = 1; k < out.length; k++) {
    if (out[k].start < out[k - 1].start) {
      out.sort((x, y) => x.start - y.start);
      break;
    }
  }
}

/** A backslash before `i` (an odd number of them) makes the character literal. */
function isEscaped(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && text.charCodeAt(k - 1) === 92) k--;
  return (i - k) % 2 === 1;
}

/** A comment, raw HTML or an autolink starting at `i`, if any. */
function angleMarkup(text: string, i: number, closers: Closers): MarkupRange | undefined {
  if (text.startsWith('<!--', i)) {
    // One left open runs to the end of the text, as a browser reads it.
    const close = text.indexOf('-->', i + 4);
    return { start: i, end: close < 0 ? text.length : close + 3, kind: 'comment' };
  }
  // A processing instruction, a CDATA section or a declaration, up to its closing mark (none: it is text).
  const other = text.startsWith('<?', i)
    ? '?>'
    : text.startsWith('<![CDATA[', i)
      ? ']]>'
      : /^<![A-Za-z]/.test(text.slice(i, i + 3))
        ? '>'
        : '';
  if (other) {
    const close = closers.next(other, i + 2);
    return close < 0 ? undefined : { start: i, end: close + other.length, kind: 'html' };
  }
  // No tag or autolink can close without a ">" ahead.
  if (closers.next('>', i) < 0) return undefined;
  for (const [pattern, kind] of ANGLE_PATTERNS) {
    pattern.lastIndex = i;
    const m = pattern.exec(text);
    if (m) return { start: i, end: i + m[0].length, kind };
  }
  return undefined;
}

/**
 * The next place each closing mark (`>`, `?>`, `]]>`) occurs, remembered: the scan only moves forward, so a text full
 * of unclosed `<?` or `<!x` costs one search per mark, not one per opening.
 */
class Closers {
  private readonly found = new Map<string, number>();

  constructor(private readonly text: string) {}

  /** The first `mark` at or after `from`, or -1. */
  next(mark: string, from: number): number {
    const known = this.found.get(mark);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const at = this.text.indexOf(mark, from);
    this.found.set(mark, at);
    return at;
  }
}

const ANGLE_PATTERNS: [RegExp, MarkupKind][] = [
  [AUTOLINK, 'link'],
  [HTML_TAG, 'html'],
];

/**
 * Markup opening with the `[` (or `![`) at `i`: an image's alt text (its destination goes to `ahead`), a footnote
 * mark, a citation (whole), or a link's opening bracket, whose closing part (`](url "title")`, `][ref]`, `][]`) goes
 * to `ahead`. Undefined for a bracket that is text.
 */
function bracketMarkup(text: string, i: number, brackets: Brackets, ahead: MarkupRange[]): MarkupRange | undefined {
  const image = text[i] === '!';
  const open = image ? i + 1 : i;
  if (!image && text[open + 1] === '^') {
    FOOTNOTE.lastIndex = open;
    const mark = FOOTNOTE.exec(text);
    return mark ? { start: i, end: open + mark[0].length, kind: 'footnote' } : undefined;
  }
  const close = brackets.closeOf(open);
  if (close < 0 || close - open > MAX_BRACKET) return undefined;
  const after = close + 1;
  const tail = linkTail(text, after);
  if (image) {
    // The alt text and its destination apart: Pandoc renders the alt text as a figure's caption, citations and all.
    if (tail > 0) ahead.push({ start: after, end: tail, kind: 'link' });
    ahead.sort((a, b) => a.start - b.start);
    return { start: i, end: after, kind: 'image' };
  }
  // A citation holds no brackets of its own: so each character is tested for one at most once.
  if (tail < 0 && !brackets.nests(open) && CITATION_INSIDE.test(text.slice(open + 1, close)))
    return { start: i, end: after, kind: 'citation' };
  if (tail < 0) return undefined;
  ahead.push({ start: close, end: tail, kind: 'link' });
  ahead.sort((a, b) => a.start - b.start);
  return { start: i, end: i + 1, kind: 'link' };
}

/**
 * Which `]` closes each `[`: nested brackets balanced, escaped ones skipped, none across a blank line. Paired per
 * paragraph once with a stack, so a text full of stray brackets costs time in proportion to its length.
 */
class Brackets {
  /** The closing `]` of each `[` that has one, by the `[`'s offset. */
  private readonly closes = new Map<number, number>();
  /** The `[`s whose brackets hold another pair. */
  private readonly nesting = new Set<number>();
  private pairedTo = 0;

  constructor(private readonly text: string) {}

  /** The `]` closing the `[` at `open`, or -1. */
  closeOf(open: number): number {
    while (this.pairedTo <= open && this.pairedTo < this.text.length) {
      BLANK_LINE.lastIndex = this.pairedTo;
      const gap = BLANK_LINE.exec(this.text);
      const to = gap ? gap.index + 1 : this.text.length;
      this.pair(this.pairedTo, to);
      this.pairedTo = to;
    }
    return this.closes.get(open) ?? -1;
  }

  /** Whether the brackets opened at `open` hold another pair of brackets. */
  nests(open: number): boolean {
    return this.nesting.has(open);
  }

  private pair(from: number, to: number): void {
    const open: number[] = [];
    for (let k = from; k < to; k++) {
      const c = this.text.charCodeAt(k);
      if (c === 92 /* \ */) k++;
      else if (c === 91 /* [ */) open.push(k);
      else if (c === 93 /* ] */ && open.length > 0) {
        const start = open.pop()!;
        this.closes.set(start, k);
        if (open.length > 0) this.nesting.add(open[open.length - 1]);
      }
    }
  }
}

/** An inline destination `(url "title")`, a reference `[ref]` or `[]` right after a link's text. */
const LINK_TAIL =
  /\([ \t]*(?:\r?\n[ \t]*)?(?:<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)(?:[ \t]*(?:\r?\n[ \t]*)?(?:"[^"]{0,2000}"|'[^']{0,2000}'|\([^()]{0,2000}\)))?[ \t]*(?:\r?\n[ \t]*)?\)|\[(?:[^\\[\]]|\\.){0,999}\]/y;

/** Where the destination or reference after a link's text ends, or -1 when none follows. */
function linkTail(text: string, after: number): number {
  const c = text[after];
  if (c !== '(' && c !== '[') return -1;
  LINK_TAIL.lastIndex = after;
  const m = LINK_TAIL.exec(text);
  return m ? after + m[0].length : -1;
}

/**
 * Inline code spans: a run of backticks up to the next run of the same length in the same paragraph (an unmatched
 * run is literal text, and the prose after it is still prose). Runs are paired per paragraph once, walking each
 * length's list of runs forward only, so text full of stray backticks costs time in proportion to its length.
 */
class CodeSpans {
  /** Where each run that starts a span ends its span, by the run's start. */
  private readonly closes = new Map<number, number>();
  /** Paragraphs paired so far reach up to here. */
  private pairedTo = 0;

  constructor(private readonly text: string) {}

  /** The end of the span the run at `i` opens, or -1 when it opens none. */
  closeOf(i: number): number {
    this.pairUpTo(i);
    return this.closes.get(i) ?? -1;
  }

  /** The end of the run of backticks at `i`. */
  runEnd(i: number): number {
    let k = i;
    while (this.text.charCodeAt(k) === 96) k++;
    return k;
  }

  private pairUpTo(i: number): void {
    // Paragraph by paragraph up to the one holding `i`; each is paired once.
    while (this.pairedTo <= i && this.pairedTo < this.text.length) {
      BLANK_LINE.lastIndex = this.pairedTo;
      const gap = BLANK_LINE.exec(this.text);
      const to = gap ? gap.index + 1 : this.text.length;
      this.pair(this.pairedTo, to);
      this.pairedTo = to;
    }
  }

  private pair(from: number, to: number): void {
    // Each run: its start, its length, and whether a backslash escapes its first backtick (outside code only).
    const runs: [number, number, boolean][] = [];
    for (let k = this.text.indexOf('`', from); k >= 0 && k < to; k = this.text.indexOf('`', k)) {
      const start = k;
      while (k < to && this.text.charCodeAt(k) === 96) k++;
      runs.push([start, k - start, isEscaped(this.text, start)]);
    }
    // The runs of each length, in order, and how far each list has been searched.
    const byLength = new Map<number, number[]>();
    runs.forEach(([, length], r) => (byLength.get(length) ?? byLength.set(length, []).get(length)!).push(r));
    const searched = new Map<number, number>();
    for (let r = 0; r < runs.length; r++) {
      const [start, length, escaped] = runs[r];
      // An escaped run opens with its remaining backticks; inside a span a backslash is literal, so closers are whole.
      const opens = escaped ? start + 1 : start;
      const openLength = escaped ? length - 1 : length;
      const same = byLength.get(openLength);
      if (openLength === 0 || !same) continue;
      let p = searched.get(openLength) ?? 0;
      while (p < same.length && same[p] <= r) p++;
      searched.set(openLength, p);
      if (p === same.length) continue;
      const close = same[p];
      this.closes.set(opens, runs[close][0] + openLength);
      r = close;
    }
  }
}

/** Whether `at` falls in one of `ranges` (ascending, non-overlapping). */
export function inRanges(ranges: readonly { start: number; end: number }[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < ranges[mid].start) hi = mid - 1;
    else if (at >= ranges[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}
