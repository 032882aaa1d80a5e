/**
 * Character folding shared by quote verification and term matching, so that a quote typed with straight quotes
 * or a term broken across lines is still recognised — and nothing else is loosened.
 */

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032\uFF07]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\uFF02]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** True for the typographic apostrophes folded to `'` (by code, for scanners on a hot path). */
export function isTypographicApostropheCode(code: number): boolean {
  return code === 0x2018 || code === 0x2019 || code === 0x201b || code === 0x02bc || code === 0x2032 || code === 0xff07;
}

/** Replaces every typographic apostrophe with `'`; nothing else changes. */
export function foldApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

/** True for characters folded to `'`. */
export function isApostrophe(ch: string): boolean {
  return ch === "'" || (ch.length === 1 && isTypographicApostropheCode(ch.charCodeAt(0)));
}

/** True for characters folded to `-`. */
export function isDash(ch: string): boolean {
  return ch === '-' || /[\u2010-\u2015\u2212\uFE63\uFF0D]/.test(ch);
}

/** Folds typographic quotes and dashes to ASCII and collapses white space runs to one space. Length may change. */
export function foldTypography(text: string): string {
  return foldApostrophes(text).replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(SPACES, ' ');
}

/**
 * Builds the folded form of `text` with a map from each folded index back to the original index, so a match found
 * in folded text can be reported at its real place.
 */
export function foldWithOffsets(text: string): { folded: string; toOriginal: Int32Array } {
  const out: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s|\u00A0|[\u2000-\u200A\u202F\u205F\u3000]/.test(ch)) {
      const start = i;
      while (i < text.length && /\s|\u00A0|[\u2000-\u200A\u202F\u205F\u3000]/.test(text[i])) i++;
      out.push(' ');
      map.push(start);
      continue;
    }
    out.push(isApostrophe(ch) ? "'" : /[\u201C-\u201F\u2033\uFF02]/.test(ch) ? '"' : isDash(ch) ? '-' : ch);
    map.push(i);
    i++;
  }
  map.push(text.length);
  return { folded: out.join(''), toOriginal: Int32Array.from(map) };
}

/** Where a quote stands in a text, word for word up to typography and white space. */
export interface QuoteLocation {
  start: number;
  end: number;
}

/**
 * Finds `quote` in `text`. Exact first (the common case, and cheap); then up to typography and white space.
 * `occurrence` picks the n-th match (1-based) when a quote appears more than once.
 */
export function locateQuote(text: string, quote: string, occurrence = 1): QuoteLocation | undefined {
  const trimmed = quote.trim();
  if (trimmed.length === 0) return undefined;
  let from = 0;
  for (let n = 1; ; n++) {
    const at = text.indexOf(trimmed, from);
    if (at < 0) break;
    if (n === occurrence) return { start: at, end: at + trimmed.length };
    from = at + 1;
  }
  const { folded, toOriginal } = foldWithOffsets(text);
  const needle = foldTypography(trimmed);
  from = 0;
  for (let n = 1; ; n++) {
    const at = folded.indexOf(needle, from);
    if (at < 0) return undefined;
    if (n === occurrence) {
      return { start: toOriginal[at], end: toOriginal[at + needle.length - 1] + 1 };
    }
    from = at + 1;
  }
}
