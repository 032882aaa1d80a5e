/**
 * The text with Markdown code (fenced blocks, inline code spans) and HTML comments blanked out, same length and
 * same line breaks, so scanners for `@key` and `[^n]` see only prose and every offset still points at the original.
 */
export function blankOutCode(text: string): string {
  const chars = text.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  };
  // Fenced blocks: a line opening with ``` or ~~~ (up to three spaces in) until a closing fence of the same kind.
  const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*$/gm;
  let open: RegExpExecArray | null;
  while ((open = fence.exec(text))) {
    const marker = open[1];
    const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*\\r?$`, 'gm');
    closing.lastIndex = open.index + open[0].length + 1;
    const close = closing.exec(text);
    const end = close ? close.index + close[0].length : text.length;
    blank(open.index, end);
    fence.lastIndex = Math.max(end, open.index + 1);
  }
  const fenced = chars.join('');
  // Inline code spans: a run of n backticks up to the next run of exactly n; an unclosed run is literal text.
  const run = /`+/g;
  let m: RegExpExecArray | null;
  while ((m = run.exec(fenced))) {
    const ticks = m[0].length;
    const closeRe = new RegExp(`(?<!\`)\`{${ticks}}(?!\`)`, 'g');
    closeRe.lastIndex = m.index + ticks;
    const close = closeRe.exec(fenced);
    if (!close) continue;
    blank(m.index, close.index + ticks);
    run.lastIndex = close.index + ticks;
  }
  for (const c of fenced.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) blank(c.index, c.index + c[0].length);
  return chars.join('');
}
