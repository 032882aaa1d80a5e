/**
 * Where Markdown code (fenced blocks, inline code spans) and HTML comments lie in a draft, so scanners for `@key`
 * and `[^n]` look at prose only. Ranges, not a blanked copy of the text: a megabyte draft costs a few scans.
 */

/** Half-open [start, end) ranges, ascending and non-overlapping. */
export type Ranges = [number, number][];

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})[^\n]*$/gm;
const TICK_RUN = /`+/g;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** A closing backtick run of exactly n ticks, by n (few distinct lengths occur, so they are kept). */
const closingRuns = new Map<number, RegExp>();

export function codeRanges(text: string): Ranges {
  const fenced: Ranges = [];
  FENCE_OPEN.lastIndex = 0;
  let open: RegExpExecArray | null;
  while ((open = FENCE_OPEN.exec(text))) {
    const marker = open[1];
    const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*\\r?$`, 'gm');
    closing.lastIndex = open.index + open[0].length + 1;
    const close = closing.exec(text);
    const end = close ? close.index + close[0].length : text.length;
    fenced.push([open.index, end]);
    FENCE_OPEN.lastIndex = Math.max(end, open.index + 1);
  }
  const others: Ranges = [];
  // Inline code spans: a run of n backticks up to the next run of exactly n; an unclosed run is literal text.
  TICK_RUN.lastIndex = 0;
  let run: RegExpExecArray | null;
  while ((run = TICK_RUN.exec(text))) {
    if (inRanges(fenced, run.index)) continue;
    const ticks = run[0].length;
    let closeRe = closingRuns.get(ticks);
    if (!closeRe) closingRuns.set(ticks, (closeRe = new RegExp(`(?<!\`)\`{${ticks}}(?!\`)`, 'g')));
    closeRe.lastIndex = run.index + ticks;
    const close = closeRe.exec(text);
    if (!close) continue;
    others.push([run.index, close.index + ticks]);
    TICK_RUN.lastIndex = close.index + ticks;
  }
  COMMENT.lastIndex = 0;
  for (const c of text.matchAll(COMMENT)) if (!inRanges(fenced, c.index)) others.push([c.index, c.index + c[0].length]);
  return merge([...fenced, ...others]);
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

function inRanges(ranges: Ranges, at: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < ranges[mid][0]) hi = mid - 1;
    else if (at >= ranges[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function merge(ranges: Ranges): Ranges {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
