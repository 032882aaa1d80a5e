/**
 * Folding a draft before analysis, so that characters a reader does not see, or sees as ordinary letters and digits,
 * cannot hide a claim or a term: a zero-width space inside "GSOMIA", full-width digits ("２０１６"), mathematical bold
 * letters, a Cyrillic "О" among Latin letters, a decomposed accent. Findings are made on the folded text and mapped
 * back through `FoldedText`, so underlines land on the characters the writer typed.
 */

/**
 * Characters that may need folding: format characters, combining marks, Greek and Cyrillic (look-alikes), and the
 * compatibility blocks NFKC rewrites. Curly quotes and dashes (U+2010–U+2023) are left out on purpose: drafts are
 * full of them, NFKC keeps them, and the analysis reads them already, so such a draft stays on the fast path.
 */
const MAY_FOLD =
  // eslint-disable-next-line no-misleading-character-class -- lone high surrogates on purpose: they mark the astral letter blocks NFKC rewrites, without the u flag's cost
  /[\u00AA\u00AD\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE\u0300-\u036F\u0370-\u03FF\u0400-\u04FF\u1D00-\u1DBF\u2000-\u200F\u2024-\u2026\u202A-\u202F\u2033-\u2037\u203C\u2047-\u2049\u205F-\u209F\u2100-\u218F\u2460-\u24FF\u3000\u3200-\u33FF\uFB00-\uFB4F\uFE00-\uFE6F\uFEFF\uFF00-\uFFEF\uD835\uD83C]/;

/** Invisible characters that only steer layout (zero-width spaces and joiners, soft hyphens, bidi controls, BOM). */
const FORMAT = /\p{Cf}/u;
const COMBINING = /\p{M}/u;
const LATIN_LETTER = /[A-Za-z]/;
const WORD_UNIT = /[\p{L}\p{N}\p{M}]/u;

/**
 * Greek and Cyrillic capitals and small letters drawn like a Latin letter, each with the Latin letter it passes
 * for (from Unicode's confusables list, letters only). Used only inside a word that also has Latin letters, so
 * Greek and Russian words are left as written.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic capitals
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  // Cyrillic small letters
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  // Greek capitals
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  // Greek small letters
  ο: 'o',
  ι: 'i',
  ν: 'v',
};

/** A text as analysed, with the way back to the text as written. */
export interface FoldedText {
  /** The folded text; the original itself when nothing needed folding. */
  text: string;
  /** True when `text` differs from the original and offsets must be mapped. */
  changed: boolean;
  /** Where the character that produced folded unit `i` starts in the original (index `text.length`: its length). */
  starts?: Int32Array;
  /** Where it ends in the original. */
  ends?: Int32Array;
}

/** 1 for each UTF-16 code unit `MAY_FOLD` matches: one table read per character on the fast path. Built on first use. */
let mayFold: Uint8Array | undefined;

function mayFoldTable(): Uint8Array {
  if (mayFold) return mayFold;
  const table = new Uint8Array(0x10000);
  for (let code = 0x80; code < 0x10000; code++) if (MAY_FOLD.test(String.fromCharCode(code))) table[code] = 1;
  return (mayFold = table);
}

/**
 * Folds `text` for analysis: format characters removed, NFKC applied (a base letter with its combining marks
 * together), and look-alike letters inside Latin words replaced. Text without any character that may need it is
 * returned as it is, after one scan of a table, which is the common case and the one the speed of a check depends on.
 */
export function foldForAnalysis(text: string): FoldedText {
  const table = mayFoldTable();
  let first = 0;
  while (first < text.length && table[text.charCodeAt(first)] === 0) first++;
  if (first === text.length) return { text, changed: false };

  // Everything before the first such character is copied as it is; after it, characters are handled one by one.
  const units: string[] = text.slice(0, first).split('');
  const starts: number[] = Array.from({ length: first }, (_, k) => k);
  const ends: number[] = Array.from({ length: first }, (_, k) => k + 1);
  let lookAlikes = false;
  let i = first;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (table[code] === 0 && (i + 1 >= text.length || table[text.charCodeAt(i + 1)] === 0 || code < 0x41)) {
      units.push(text[i]);
      starts.push(i);
      ends.push(++i);
      continue;
    }
    let next = i + (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length ? 2 : 1);
    const ch = text.slice(i, next);
    if (FORMAT.test(ch)) {
      i = next;
      continue;
    }
    // A letter and the combining marks after it compose together ("e" + U+0301 is "é").
    while (next < text.length && table[text.charCodeAt(next)] === 1 && COMBINING.test(text[next])) next++;
    const folded = text.slice(i, next).normalize('NFKC');
    for (let k = 0; k < folded.length; k++) {
      if (LOOK_ALIKES[folded[k]]) lookAlikes = true;
      units.push(folded[k]);
      starts.push(i);
      ends.push(next);
    }
    i = next;
  }
  if (lookAlikes) replaceLookAlikes(units);
  const joined = units.join('');
  if (joined === text) return { text, changed: false };
  starts.push(text.length);
  return { text: joined, changed: true, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Replaces look-alike letters in words that also hold Latin letters, one unit for one. */
function replaceLookAlikes(units: string[]): void {
  let wordStart = 0;
  for (let k = 0; k <= units.length; k++) {
    if (k < units.length && isWordUnit(units[k])) continue;
    if (k - wordStart > 1) {
      let latin = false;
      let alike = false;
      for (let j = wordStart; j < k; j++) {
        if (LATIN_LETTER.test(units[j])) latin = true;
        else if (LOOK_ALIKES[units[j]]) alike = true;
      }
      if (latin && alike) for (let j = wordStart; j < k; j++) units[j] = LOOK_ALIKES[units[j]] ?? units[j];
    }
    wordStart = k + 1;
  }
}

function isWordUnit(unit: string): boolean {
  const code = unit.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return WORD_UNIT.test(unit);
}

/** The original offset where a span starting at folded offset `start` starts. */
export function originalStart(folded: FoldedText, start: number): number {
  return folded.starts ? folded.starts[start] : start;
}

/** The original offset where a span ending at folded offset `end` ends. */
export function originalEnd(folded: FoldedText, end: number): number {
  if (!folded.ends) return end;
  return end > 0 ? folded.ends[end - 1] : 0;
}

/** The folded offset of original offset `offset` (the first folded unit at or after it). */
export function foldedOffset(folded: FoldedText, offset: number): number {
  const starts = folded.starts;
  if (!starts) return offset;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
