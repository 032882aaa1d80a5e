/**
 * Word tokens of one sentence, with their offsets in the checked text. Letters and digits make words; every other
 * visible character is a punctuation token, so clause marks and quotes keep their place.
 */

export interface Token {
  /** As written. */
  text: string;
  /** Lower-cased, apostrophes folded. */
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** No white space between this token and the one before ("seven-member", "Korea's"). */
  joined: boolean;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+|%|[^\s\p{L}\p{N}\p{M}]/gu;

/** Tokens of `text.slice(from, to)`, offsets relative to `text`. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const slice = text.slice(from, to);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let previousEnd = -1;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const raw = m[0];
    const start = from + m.index;
    const word = raw === '%' || /^[\p{L}\p{N}]/u.test(raw);
    tokens.push({
      text: raw,
      lower: word ? raw.toLowerCase() : foldPunctuation(raw),
      start,
      end: start + raw.length,
      word,
      joined: start === previousEnd,
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** Typographic quotes and dashes as their ASCII forms, so rules name one character each. */
function foldPunctuation(ch: string): string {
  if (/[\u2018\u2019\u201B\u02BC\u2032\uFF07]/.test(ch)) return "'";
  if (/[\u201C-\u201F\u2033\uFF02]/.test(ch)) return '"';
  if (/[\u2013\u2014\u2015]/.test(ch)) return '—';
  if (/[\u2010\u2011\u2012\u2212\uFE63\uFF0D]/.test(ch)) return '-';
  return ch;
}

/** A phrase from the fact data, split the way drafts are, with which words must be capitalised. */
export interface Phrase {
  source: string;
  words: string[];
  capitalised: boolean[];
}

/** Splits a cue phrase into lower-case words; a word written with a capital must be capitalised in the draft. */
export function compilePhrase(source: string): Phrase {
  const words: string[] = [];
  const capitalised: boolean[] = [];
  for (const m of source.matchAll(/[\p{L}\p{N}\p{M}]+|%/gu)) {
    words.push(m[0].toLowerCase());
    capitalised.push(/^\p{Lu}/u.test(m[0]));
  }
  return { source, words, capitalised };
}

/** Where a phrase occurs among the word tokens: indices into the word list, inclusive. */
export interface PhraseHit {
  phrase: Phrase;
  first: number;
  last: number;
}

/** Every occurrence of `phrase` in `words` (word tokens only). */
export function findPhrase(words: readonly Token[], phrase: Phrase): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const n = phrase.words.length;
  if (n === 0) return hits;
  outer: for (let i = 0; i + n <= words.length; i++) {
    for (let k = 0; k < n; k++) {
      const w = words[i + k];
      if (w.lower !== phrase.words[k]) continue outer;
      if (phrase.capitalised[k] && !/^\p{Lu}/u.test(w.text)) continue outer;
    }
    hits.push({ phrase, first: i, last: i + n - 1 });
  }
  return hits;
}

/** Every occurrence of any of `phrases`, longest first where two start at the same word. */
export function findPhrases(words: readonly Token[], phrases: readonly Phrase[]): PhraseHit[] {
  const hits = phrases.flatMap((p) => findPhrase(words, p));
  return hits.sort((a, b) => a.first - b.first || b.last - a.last);
}
