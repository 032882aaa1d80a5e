/**
 * Acronyms a text defines in place, found by the algorithm of Schwartz & Hearst (2003), "A simple algorithm for
 * identifying abbreviation definitions in biomedical text": a parenthetical short form next to its long form, either
 * "long form (SF)" or "SF (long form)", where the long form is the shortest run of words before the parenthesis whose
 * letters cover the short form's letters right to left, its first letter starting a word.
 */

/** One short form defined by its long form in a text. Offsets are UTF-16 indices into the text given. */
export interface AcronymDefinition {
  short: string;
  long: string;
  /** Start of the long form or the short form, whichever comes first. */
  start: number;
  /** End of the parenthetical, its closing bracket included. */
  end: number;
}

/** Short forms are short: the paper bounds them at ten characters and two words. */
const MAX_SHORT_CHARS = 10;
const MAX_SHORT_WORDS = 2;

/**
 * Every acronym definition in `text` (best read one sentence at a time: a long form never crosses a sentence end).
 * Parentheticals that are not a short form next to a matching long form ("(2019)", "(see below)") give nothing.
 */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  const open = /\(/g;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const close = text.indexOf(')', m.index + 1);
    if (close < 0) break;
    const inner = text.slice(m.index + 1, close);
    // Nested brackets are left alone: "(the (first) one)" has no clear short form.
    if (inner.includes('(')) continue;
    const definition = longFormBefore(text, m.index, close, inner) ?? shortFormBefore(text, m.index, close, inner);
    if (definition) found.push(definition);
  }
  return found;
}

/** "long form (SF)": the parenthetical (up to a comma or semicolon, as in "(SF; 2019)") is the short form. */
function longFormBefore(text: string, open: number, close: number, inner: string): AcronymDefinition | undefined {
  const short = inner.split(/[;,]/)[0].trim();
  if (!isShortForm(short)) return undefined;
  const before = text.slice(0, open).trimEnd();
  // The paper's window: at most min(|SF| + 5, 2 × |SF|) words before the parenthesis, kept as written (line breaks
  // and all) so the long form's offsets point into the text.
  const window = Math.min(short.length + 5, short.length * 2);
  const wordStarts = [...before.matchAll(/\S+/g)].map((w) => w.index);
  const windowStart = wordStarts.length > window ? wordStarts[wordStarts.length - window] : (wordStarts[0] ?? 0);
  const candidate = before.slice(windowStart);
  const long = bestLongForm(short, candidate);
  if (!long) return undefined;
  const longStart = windowStart + candidate.length - long.length;
  return { short, long, start: longStart, end: close + 1 };
}

/** "SF (long form)": the word before the parenthesis is the short form, the parenthetical its long form. */
function shortFormBefore(text: string, open: number, close: number, inner: string): AcronymDefinition | undefined {
  const long = inner.trim();
  if (long.split(/\s+/).length < 2) return undefined;
  const shortMatch = /(\S+)\s*$/.exec(text.slice(0, open));
  if (!shortMatch) return undefined;
  const short = shortMatch[1];
  if (!isShortForm(short) || long.length <= short.length) return undefined;
  const best = bestLongForm(short, long);
  // The whole parenthetical must be the long form: a clause in brackets after a capitalised word is not one.
  if (best !== long) return undefined;
  return { short, long, start: shortMatch.index, end: close + 1 };
}

/**
 * A short-form candidate: 2–10 characters, at most two words, starting with a letter or digit, holding a letter,
 * and with a capital letter (what tells "(TISA)" from "(see)" in running prose; the paper's biomedical corpus did
 * not need this, prose does).
 */
function isShortForm(s: string): boolean {
  if (s.length < 2 || s.length > MAX_SHORT_CHARS) return false;
  if (s.split(/\s+/).length > MAX_SHORT_WORDS) return false;
  if (!/^[\p{L}\p{N}]/u.test(s) || !/\p{L}/u.test(s)) return false;
  return /\p{Lu}/u.test(s);
}

/**
 * The paper's `findBestLongForm`: match the short form's letters and digits right to left against the candidate,
 * the short form's first character only at the start of a word; the long form runs from that word to the end.
 * Undefined when the letters cannot be matched, or the match is no longer than the short form or contains it.
 */
function bestLongForm(short: string, candidate: string): string | undefined {
  const s = short.toLowerCase();
  const l = candidate.toLowerCase();
  let sIndex = s.length - 1;
  let lIndex = l.length - 1;
  for (; sIndex >= 0; sIndex--) {
    const c = s[sIndex];
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    while (lIndex >= 0 && (l[lIndex] !== c || (sIndex === 0 && lIndex > 0 && /[\p{L}\p{N}]/u.test(l[lIndex - 1])))) lIndex--;
    if (lIndex < 0) return undefined;
    lIndex--;
  }
  // The long form starts at the word holding the short form's first letter.
  let start = lIndex + 1;
  while (start > 0 && !/\s/.test(l[start - 1])) start--;
  const long = candidate.slice(start).trim();
  if (long.length <= short.length) return undefined;
  if (long.split(/\s+/).some((w) => w === short)) return undefined;
  return long;
}
