/**
 * What of a Markdown draft is prose a reader takes as the writer's claims. Everything here returns a string of the
 * same length as its input, with the parts that are not prose turned into spaces (line breaks kept), so every offset
 * (and so every underline) still points into the writer's text.
 *
 * - Link syntax is read as its text: a draft that cites "[Sakata](https://…) notes" or links a date
 *   ("in [October 2020](https://…)") makes the same claim as one without the link.
 * - Code is not prose: a fenced block (```` ``` ```` or `~~~`) quoting a log, a table of raw data or a tool's output, and
 *   an inline code span, state nothing the writer asserts.
 * - YAML front matter at the top (Pandoc's `title:`, `date:`, `bibliography:`) is metadata, not a claim; the
 *   paragraph splitter skips it.
 * - An HTML comment (`<!-- … -->`) is a note the reader never sees, and an image's alt text (`![…](…)`) describes
 *   a picture: neither is the writer's claim. (The ignore directives, which are comments, are read from the raw
 *   text by the suppression rules.)
 */

/** `[text](target)`, the target without spaces or nested parentheses (as Markdown writers type them). */
const INLINE_LINK = /\[([^[\]\n]*)\]\([^()\s]*\)/g;

/** `text` with each inline link's brackets and target blanked out, the same length as `text`. */
function readLinksAsText(text: string): string {
  // Most drafts link nothing: one search decides, and then the text is returned as it is.
  if (!text.includes('](')) return text;
  return text.replace(INLINE_LINK, (link, label: string) => ' ' + label + ' '.repeat(link.length - label.length - 1));
}

/**
 * `text` read as prose: links as their text; code blocks and code spans blanked. Front matter is the document
 * reader's business (see `frontMatterLength`), and a fence spanning blank lines reaches the checker whole because
 * the paragraph splitter keeps a code block in one piece.
 */
export function readAsProse(text: string): string {
  return blankCodeSpans(blankCodeBlocks(readLinksAsText(blankImages(blankComments(text)))));
}

/** `<!-- … -->`; one left open runs to the end of the text (its paragraph), as a browser reads it. */
const HTML_COMMENT = /<!--[^]*?(?:-->|$)/g;

function blankComments(text: string): string {
  if (!text.includes('<!--')) return text;
  return text.replace(HTML_COMMENT, blank);
}

/** `![alt](target)` and `![alt][ref]`: the whole image, alt text included. */
const IMAGE = /!\[[^[\]\n]*\](?:\([^()\s]*\)|\[[^[\]\n]*\])?/g;

function blankImages(text: string): string {
  if (!text.includes('![')) return text;
  return text.replace(IMAGE, blank);
}

/** Whether `line` opens an HTML comment that it does not close (then the comment runs on past the line). */
export function opensComment(line: string): boolean {
  const open = line.lastIndexOf('<!--');
  return open >= 0 && !line.includes('-->', open + 4);
}

/** An opening or closing fence line: up to three spaces, then three or more backticks or tildes. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Follows fenced code blocks one line at a time. `open` is the fence open before `line` (undefined outside code);
 * returns the fence open after it, and whether `line` is code (a fence line or inside a block). One left open runs to
 * the end of the text, as CommonMark reads it.
 */
export function followFence(open: string | undefined, line: string): { open: string | undefined; code: boolean } {
  const fence = FENCE.exec(line)?.[1];
  if (open === undefined) {
    // A backtick fence's info string may not hold a backtick: "```js`x`" is inline code, not a fence.
    if (!fence || (fence[0] === '`' && line.slice(line.indexOf(fence) + fence.length).includes('`'))) return { open, code: false };
    return { open: fence, code: true };
  }
  // The closing fence: the same character, at least as long, and nothing else on the line.
  const closes = fence !== undefined && fence[0] === open[0] && fence.length >= open.length && line.trim() === fence;
  return { open: closes ? undefined : open, code: true };
}

/** Fenced code blocks blanked, fences included. */
function blankCodeBlocks(text: string): string {
  if (!text.includes('```') && !text.includes('~~~')) return text;
  const lines = text.split('\n');
  let open: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const state = followFence(open, lines[i]);
    if (state.code) lines[i] = blank(lines[i]);
    open = state.open;
  }
  return lines.join('\n');
}

/**
 * Inline code spans: a run of backticks up to the next run of the same length in the same paragraph (an unmatched
 * backtick is a typo, and the prose after it is still prose). Runs are paired by a scan, not a lazy RegExp, so text
 * full of stray backticks costs time in proportion to its length.
 */
function blankCodeSpans(text: string): string {
  if (!text.includes('`')) return text;
  const chars = text.split('');
  const blankLine = /\n[ \t]*\n/g;
  for (let from = 0; from < text.length;) {
    const gap = blankLine.exec(text);
    const to = gap ? gap.index : text.length;
    pairRuns(backtickRuns(text, from, to), (start, end) => {
      for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
    });
    from = gap ? blankLine.lastIndex : text.length;
  }
  return chars.join('');
}

/** Runs of backticks in [from, to) as [start, length]. */
function backtickRuns(text: string, from: number, to: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = text.indexOf('`', from); i >= 0 && i < to; i = text.indexOf('`', i)) {
    const start = i;
    while (i < to && text.charCodeAt(i) === 96) i++;
    runs.push([start, i - start]);
  }
  return runs;
}

/** Each run paired with the next run of the same length; a run with none is literal text. Linear in the runs. */
function pairRuns(runs: [number, number][], span: (start: number, end: number) => void): void {
  const next = new Int32Array(runs.length).fill(-1);
  const seen = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    next[r] = seen.get(runs[r][1]) ?? -1;
    seen.set(runs[r][1], r);
  }
  for (let r = 0; r < runs.length; r++) {
    if (next[r] < 0) continue;
    span(runs[r][0], runs[next[r]][0] + runs[r][1]);
    r = next[r];
  }
}

/** A `---` block on the first line, closed by `---` or `...`: Pandoc's and Jekyll's metadata. */
const FRONT_MATTER = /^---[ \t]*\r?\n[^]*?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/;

/**
 * The length of the YAML front matter that opens a document (0 when there is none). Only a whole document has front
 * matter: the document reader skips it, while a paragraph that happens to start with "---" is prose.
 */
export function frontMatterLength(text: string): number {
  if (!text.startsWith('---')) return 0;
  return FRONT_MATTER.exec(text)?.[0].length ?? 0;
}

/** Every character but line breaks made a space. */
function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}
