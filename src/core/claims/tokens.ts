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

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return NON_ASCII_WORD.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  // Typographic quotes and dashes recur in every sentence: each code's answer is kept after its first test.
  let known = BMP_WORD[c];
  if (known === 0) BMP_WORD[c] = known = NON_ASCII_WORD.test(text[i]) ? 1 : 2;
  return known === 1;
}

/** Per BMP code outside the surrogates: 0 not yet tested, 1 a word character, 2 not one. */
const BMP_WORD = new Uint8Array(0x10000);

/** 1 for ASCII letters and digits. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0,
);

function isSpaceChar(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Tokens of `text.slice(from, to)`, offsets relative to `text`. One pass over the characters, no RegExp per token. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  let i = from;
  // The whole sentence lower-cased once, on its first capitalised word: one call instead of one per such word (a
  // quarter of a sentence's words). Not used when lower-casing changed its length ("İ" becomes two characters) or
  // it wrote a final sigma, whose form depends on what follows the word.
  let lowered: string | undefined;
  let loweredAligned = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpaceChar(c)) {
      i++;
      continue;
    }
    const start = i;
    let word: boolean;
    // Most words are already lower-case ASCII: they skip toLowerCase, which costs more than the rest of the token.
    let needsLowering = false;
    if (isWordChar(text, i)) {
      word = true;
      while (i < to) {
        // One read per character: ASCII letters and digits by table, anything else by the full test.
        const w = text.charCodeAt(i);
        if (w < 128) {
          if (ASCII_WORD[w] === 0) break;
          if (w >= 65 && w <= 90) needsLowering = true;
          i++;
        } else {
          if (!isWordChar(text, i)) break;
          needsLowering = true;
          i += w >= 0xd800 && w <= 0xdbff ? 2 : 1;
        }
      }
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      word = c === 37; // "%" is a word: the unit of a share
    }
    const raw = text.slice(start, Math.min(i, to));
    let lower = raw;
    if (!word) {
      lower = foldPunctuation(raw);
    } else if (needsLowering) {
      if (lowered === undefined) {
        lowered = text.slice(from, to).toLowerCase();
        loweredAligned = lowered.length === to - from && !lowered.includes('ς');
      }
      lower = loweredAligned ? lowered.slice(start - from, start - from + raw.length) : raw.toLowerCase();
    }
    tokens.push({ text: raw, lower, start, end: start + raw.length, word, joined: start === previousEnd });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/**
 * Typographic quotes and dashes as their ASCII forms, so rules name one character each. Compares character codes:
 * every comma and full stop of a checked sentence comes through here.
 */
function foldPunctuation(ch: string): string {
  if (ch.length !== 1) return ch;
  switch (ch.charCodeAt(0)) {
    case 0x2018:
    case 0x2019:
    case 0x201b:
    case 0x02bc:
    case 0x2032:
    case 0xff07:
      return "'";
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
    case 0xff02:
      return '"';
    case 0x2013:
    case 0x2014:
    case 0x2015:
      return '—';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2212:
    case 0xfe63:
    case 0xff0d:
      return '-';
    default:
      return ch;
  }
}

/** A phrase from the fact data, split the way drafts are, with which words must be capitalised. */
export interface Phrase {
  source: string;
  words: string[];
  capitalised: boolean[];
  /** A number unique to this compiled phrase: `PhraseFinder` keeps its answers in arrays indexed by it. */
  id: number;
  /** `wordHash` of the first word, computed once for the word index's lookups. */
  firstHash: number;
}

let phraseCount = 0;

/** Splits a cue phrase into lower-case words; a word written with a capital must be capitalised in the draft. */
export function compilePhrase(source: string): Phrase {
  const words: string[] = [];
  const capitalised: boolean[] = [];
  for (const m of source.matchAll(/[\p{L}\p{N}\p{M}]+|%/gu)) {
    words.push(m[0].toLowerCase());
    capitalised.push(/^\p{Lu}/u.test(m[0]));
  }
  return { source, words, capitalised, id: phraseCount++, firstHash: wordHash(words[0] ?? '') };
}

/** Where a phrase occurs among the word tokens: indices into the word list, inclusive. */
export interface PhraseHit {
  phrase: Phrase;
  first: number;
  last: number;
}

const NO_HITS: PhraseHit[] = Object.freeze([]) as unknown as PhraseHit[];

/**
 * Word positions by lower-cased text, so a phrase is looked for only where its first word occurs: the first position
 * of each distinct word, and from each position the next one with the same word (-1 at the last).
 *
 * The first positions sit in an open-addressing table of typed arrays shared by all sentences, each entry marked with
 * the index that wrote it, rather than in a Map per sentence: a Map grows and rehashes several times over a
 * sentence's few dozen words, and this index is built for every sentence read closely.
 */
export class WordIndex {
  /** A plain array: V8 allocates a small typed array through its runtime, and one is made per sentence read. */
  readonly next: number[];
  private owner = 0;
  private readonly mask: number;

  constructor(private readonly words: readonly Token[]) {
    this.next = [];
    for (let i = 0; i < words.length; i++) this.next.push(-1);
    let size = 64;
    while (size < words.length * 2) size *= 2;
    this.mask = size - 1;
    this.fill();
  }

  /** The first position of `word` (whose `wordHash` is `hash`), or -1. */
  first(word: string, hash: number): number {
    // Another sentence's index has taken the table since: take it back (rare; indexes are used one at a time).
    if (this.owner !== latestOwner) this.fill();
    const slot = this.slotOf(word, hash);
    return slotOwner[slot] === this.owner ? slotWord[slot] : -1;
  }

  /** Puts this index's words in the shared table under a new owner number, so older entries read as empty. */
  private fill(): void {
    if (slotWord.length <= this.mask) {
      slotWord = new Int32Array(this.mask + 1);
      slotOwner = new Int32Array(this.mask + 1);
    }
    this.owner = latestOwner = latestOwner + 1;
    // Built from the end, so each word's chain runs in reading order.
    for (let i = 0; i < this.next.length; i++) this.next[i] = -1;
    for (let i = this.words.length - 1; i >= 0; i--) {
      const word = this.words[i].lower;
      const slot = this.slotOf(word, wordHash(word));
      if (slotOwner[slot] === this.owner) this.next[i] = slotWord[slot];
      slotOwner[slot] = this.owner;
      slotWord[slot] = i;
    }
  }

  /** The slot holding `word`, or the empty one where it would go. */
  private slotOf(word: string, hash: number): number {
    let slot = hash & this.mask;
    while (slotOwner[slot] === this.owner && this.words[slotWord[slot]].lower !== word) slot = (slot + 1) & this.mask;
    return slot;
  }
}

/** The shared table: a word position per slot, and the index that wrote it. */
let slotWord = new Int32Array(0);
let slotOwner = new Int32Array(0);
let latestOwner = 0;

/** A 32-bit hash of a word's characters (h = h * 31 + code): what the word index and the quick value tests key on. */
export function wordHash(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = (Math.imul(hash, 31) + word.charCodeAt(k)) | 0;
  return hash;
}

export function indexWords(words: readonly Token[]): WordIndex {
  return new WordIndex(words);
}

/** Every occurrence of `phrase` in `words` (word tokens only); `index` makes it proportional to the hits. */
export function findPhrase(words: readonly Token[], phrase: Phrase, index?: WordIndex): PhraseHit[] {
  const n = phrase.words.length;
  if (n === 0) return NO_HITS;
  let i = index ? index.first(phrase.words[0], phrase.firstHash) : 0;
  // Most lookups find nothing: they share one empty answer instead of allocating one each.
  let hits = NO_HITS;
  outer: for (; i >= 0 && i < words.length; i = index ? index.next[i] : i + 1) {
    if (i + n > words.length) continue;
    for (let k = 0; k < n; k++) {
      const w = words[i + k];
      if (w.lower !== phrase.words[k]) continue outer;
      if (phrase.capitalised[k] && !startsCapitalised(w.text)) continue outer;
    }
    if (hits === NO_HITS) hits = [];
    hits.push({ phrase, first: i, last: i + n - 1 });
  }
  return hits;
}

/**
 * Where phrases occur in one sentence's words, each phrase looked for once however many rules ask (the same cue is
 * asked about by several). The answers live in arrays indexed by phrase id, shared by all sentences and marked with
 * the sentence they belong to: a closely read sentence makes no Map of its own for them.
 */
export class PhraseFinder {
  private readonly index: WordIndex;
  private readonly stamp = nextStamp++;

  constructor(private readonly words: readonly Token[]) {
    this.index = indexWords(words);
  }

  find(phrase: Phrase): PhraseHit[] {
    if (answeredFor[phrase.id] === this.stamp) return answers[phrase.id];
    const hits = findPhrase(this.words, phrase, this.index);
    answeredFor[phrase.id] = this.stamp;
    answers[phrase.id] = hits;
    return hits;
  }
}

/** Which finder last answered for each phrase id, and its answer (valid only while the stamp matches). */
const answeredFor: number[] = [];
const answers: PhraseHit[][] = [];
let nextStamp = 1;

function startsCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
}

/** Hits in reading order, the longest first where two start at the same word. */
export function sortHits(hits: PhraseHit[]): PhraseHit[] {
  return hits.sort((a, b) => a.first - b.first || b.last - a.last);
}
