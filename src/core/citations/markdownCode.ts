/**
 * Where Markdown code (fenced blocks, inline code spans), HTML comments, raw HTML and link URLs lie in a draft, so
 * scanners for `@key` and `[^n]` look at what a reader sees only. Read by the product's one Markdown reader
 * (src/core/text/markdown.ts); ranges, not a blanked copy of the text: a megabyte draft costs a few scans.
 */
import { markupRanges, type MarkupKind } from '../text/markdown';

/** Half-open [start, end) ranges, ascending and non-overlapping. */
export type Ranges = [number, number][];

/**
 * The markup a citation or footnote mark cannot stand in: code, comments, raw HTML (an `@` in an attribute), link
 * syntax (an `@` in a URL) and reference definitions. Citation brackets and footnote marks are what the scanners
 * look for, and front matter may name citations Pandoc is to list (`nocite: '@key'`).
 */
const NOT_SCANNED = new Set<MarkupKind>(['code', 'comment', 'html', 'link', 'reference-definition']);

export function codeRanges(text: string): Ranges {
  const ranges: Ranges = [];
  for (const r of markupRanges(text)) {
    if (!NOT_SCANNED.has(r.kind)) continue;
    const last = ranges[ranges.length - 1];
    if (last && r.start <= last[1]) last[1] = Math.max(last[1], r.end);
    else ranges.push([r.start, r.end]);
  }
  return ranges;
}

/** The matches of a global RegExp that start outside code, in order. */
export function* matchesOutsideCode(text: string, pattern: RegExp): Generator<RegExpMatchArray> {
  const ranges = codeRanges(text);
  let r = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    while (r < ranges.length && ranges[r][1] <= at) r++;
    if (r < ranges.length && ranges[r][0] <= at) continue;
    yield m;
  }
}
