/**
 * The data of an inverted index: a sorted vocabulary and, per word, the ascending numbers of the documents (passages)
 * holding it, in two flat arrays. Built from documents' words, updated when documents change (`withChanges`), and
 * written to and read from bytes (`toByteParts`, `fromBytes`) so a cache can keep it between runs. The citation
 * search's word index and the claim checker's statement index are both made of it.
 */

/** A document's words by its number in a new list of documents (see `Postings.withChanges`). */
export interface AddedDocument {
  doc: number;
  words: readonly string[];
}

/**
 * A word's id is its place in the sorted vocabulary, so the postings are the same however they were put together
 * (built whole, updated after a change, or read back from bytes).
 */
export interface PostingsParts {
  words: readonly string[];
  /** Word w's documents are `postings[offsets[w]]` up to `postings[offsets[w + 1]]`. */
  offsets: Uint32Array;
  postings: Uint32Array;
  documentCount: number;
}

/** The first four bytes of `Postings.toByteParts()`, with the layout's version: "SBW" and 1. */
const BYTES_MAGIC = 0x01574253;
const HEADER_BYTES = 20;
/** Whether this machine stores numbers little-endian, as the bytes are: then arrays are copied whole. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Words and the documents holding each. */
export class Postings implements PostingsParts {
  readonly words: readonly string[];
  readonly offsets: Uint32Array;
  readonly postings: Uint32Array;
  readonly documentCount: number;
  private readonly ids = new Map<string, number>();

  constructor(parts: PostingsParts) {
    this.words = parts.words;
    this.offsets = parts.offsets;
    this.postings = parts.postings;
    this.documentCount = parts.documentCount;
    this.words.forEach((w, id) => this.ids.set(w, id));
  }

  /** The postings of `documents`, `documents[i]` being the words of document i. */
  static of(documents: readonly (readonly string[])[]): Postings {
    const builder = new PostingsBuilder();
    documents.forEach((words, doc) => builder.add(doc, words));
    return builder.build(documents.length);
  }

  /**
   * The postings of a changed list of documents, without re-reading the documents that stayed: `kept[i]` is the new
   * number of document i (-1 when it is gone), `added` the words of each new document, and `documentCount` how many
   * documents the new list holds. The same postings as ones built over the new list whole.
   */
  withChanges(kept: Int32Array, added: readonly AddedDocument[], documentCount: number): Postings {
    if (kept.length !== this.documentCount) throw new RangeError(`kept has ${kept.length} documents, the index ${this.documentCount}`);
    const builder = new PostingsBuilder();
    for (const { doc, words } of added) builder.add(doc, words);
    return builder.build(documentCount, this, kept);
  }

  /** The id of `word`, or undefined when no document holds it. */
  id(word: string): number | undefined {
    return this.ids.get(word);
  }

  /** The documents holding `word`, ascending (a view, not a copy), or undefined. */
  documentsOf(word: string): Uint32Array | undefined {
    const id = this.ids.get(word);
    return id === undefined ? undefined : this.postings.subarray(this.offsets[id], this.offsets[id + 1]);
  }

  /** How many documents hold word `id`. */
  frequency(id: number): number {
    return this.offsets[id + 1] - this.offsets[id];
  }

  /**
   * The postings as bytes, in parts to be written one after another: a header (magic, documents, words, postings,
   * vocabulary bytes), the offsets and postings as little-endian 32-bit numbers (on a little-endian machine views of
   * the arrays, not copies), and the vocabulary as UTF-8, one word a line.
   */
  toByteParts(): Uint8Array[] {
    const vocabulary = new TextEncoder().encode(this.words.join('\n'));
    const header = new Uint8Array(HEADER_BYTES);
    const view = new DataView(header.buffer);
    [BYTES_MAGIC, this.documentCount, this.words.length, this.postings.length, vocabulary.length].forEach((n, i) =>
      view.setUint32(4 * i, n, true),
    );
    const numbers = [this.offsets, this.postings].map((list) => {
      if (LITTLE_ENDIAN) return new Uint8Array(list.buffer, list.byteOffset, list.byteLength);
      const bytes = new Uint8Array(list.byteLength);
      const out = new DataView(bytes.buffer);
      for (let i = 0; i < list.length; i++) out.setUint32(4 * i, list[i], true);
      return bytes;
    });
    return [header, ...numbers, vocabulary];
  }

  /** `toByteParts()` joined into one array. */
  toBytes(): Uint8Array {
    return joinBytes(this.toByteParts());
  }

  /**
   * Reads back what `toByteParts` wrote (its numbers are used in place when aligned: the bytes must not change after);
   * undefined when the bytes are not such postings (another layout, truncated, numbers out of range, a vocabulary out
   * of order), so a damaged cache is never used.
   */
  static fromBytes(bytes: Uint8Array): Postings | undefined {
    if (bytes.length < HEADER_BYTES) return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const [magic, documentCount, wordCount, postingCount, vocabularyBytes] = [0, 1, 2, 3, 4].map((i) => view.getUint32(4 * i, true));
    const numbersEnd = HEADER_BYTES + 4 * (wordCount + 1 + postingCount);
    if (magic !== BYTES_MAGIC || numbersEnd + vocabularyBytes !== bytes.length) return undefined;
    const read = (at: number, count: number): Uint32Array => {
      const from = bytes.byteOffset + at;
      // Used where they lie when they lie at a multiple of four bytes (the caches pad their headers for that).
      if (LITTLE_ENDIAN && from % 4 === 0) return new Uint32Array(bytes.buffer, from, count);
      if (LITTLE_ENDIAN) return new Uint32Array(bytes.buffer.slice(from, from + 4 * count));
      return Uint32Array.from({ length: count }, (_, i) => view.getUint32(at + 4 * i, true));
    };
    const offsets = read(HEADER_BYTES, wordCount + 1);
    const postings = read(HEADER_BYTES + 4 * (wordCount + 1), postingCount);
    if (offsets[0] !== 0 || offsets[wordCount] !== postingCount) return undefined;
    for (let w = 0; w < wordCount; w++) {
      if (offsets[w + 1] <= offsets[w]) return undefined;
      for (let k = offsets[w]; k < offsets[w + 1]; k++) {
        if (postings[k] >= documentCount || (k > offsets[w] && postings[k] <= postings[k - 1])) return undefined;
      }
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(numbersEnd));
    const words = wordCount === 0 ? [] : text.split('\n');
    if (words.length !== wordCount || words.some((w, i) => w === '' || (i > 0 && !(words[i - 1] < w)))) return undefined;
    return new Postings({ words, offsets, postings, documentCount });
  }
}

/**
 * Collects documents' words one document at a time (each word string kept once, however many documents hold it),
 * then makes the postings, alone or merged into older postings.
 */
export class PostingsBuilder {
  private readonly byWord = new Map<string, number[]>();
  private count = 0;

  /** Files the words of document `doc`; documents are added in ascending order. */
  add(doc: number, words: Iterable<string>): void {
    for (const w of words) {
      const list = this.byWord.get(w);
      if (!list) this.byWord.set(w, [doc]);
      else if (list[list.length - 1] !== doc) list.push(doc);
      else continue;
      this.count++;
    }
  }

  /**
   * The postings of a list of `documentCount` documents: the documents added, and those of `old` renumbered through
   * `kept` (`kept[i]` the new number of old document i, -1 when it is gone).
   */
  build(documentCount: number, old: PostingsParts = EMPTY_PARTS, kept: Int32Array = new Int32Array(0)): Postings {
    return new Postings(mergeParts(old, kept, this.byWord, this.count, documentCount));
  }
}

/** Byte arrays joined into one. */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

const EMPTY_PARTS: PostingsParts = { words: [], offsets: new Uint32Array(1), postings: new Uint32Array(0), documentCount: 0 };

/**
 * The parts of an index over a new list of documents: the old postings renumbered through `kept` (dropping documents
 * gone), merged word by word with the documents added (`addedByWord`, `addedCount` postings in all). One pass over the
 * old postings; only the added documents' words are looked at.
 */
function mergeParts(
  old: PostingsParts,
  kept: Int32Array,
  addedByWord: ReadonlyMap<string, number[]>,
  addedCount: number,
  documentCount: number,
): PostingsParts {
  const addedWords = [...addedByWord.keys()].sort();
  const words: string[] = [];
  const offsets: number[] = [0];
  const postings = new Uint32Array(old.postings.length + addedCount);
  let length = 0;
  // Kept passages keep their order unless files changed places (a rename); only then is each list sorted again.
  const inOrder = keepsOrder(kept);
  for (let i = 0, j = 0; i < old.words.length || j < addedWords.length;) {
    const fromOld = i < old.words.length && (j >= addedWords.length || old.words[i] <= addedWords[j]);
    const word = fromOld ? old.words[i] : addedWords[j];
    const start = length;
    if (fromOld) {
      length = remapInto(postings, length, old.postings, old.offsets[i], old.offsets[i + 1], kept);
      if (!inOrder) postings.subarray(start, length).sort();
      i++;
    }
    if (j < addedWords.length && addedWords[j] === word) {
      length = mergeInto(postings, start, length, addedByWord.get(word)!);
      j++;
    }
    if (length === start) continue; // every passage holding the word is gone
    words.push(word);
    offsets.push(length);
  }
  return { words, offsets: Uint32Array.from(offsets), postings: postings.subarray(0, length), documentCount };
}

/** Whether the passages kept stay in the same order (their new numbers increase with the old). */
function keepsOrder(kept: Int32Array): boolean {
  let last = -1;
  for (let i = 0; i < kept.length; i++) {
    if (kept[i] < 0) continue;
    if (kept[i] <= last) return false;
    last = kept[i];
  }
  return true;
}

/** Copies `from[start..end)` renumbered through `kept` (dropping passages gone) into `into` at `at`; the new end. */
function remapInto(into: Uint32Array, at: number, from: Uint32Array, start: number, end: number, kept: Int32Array): number {
  for (let k = start; k < end; k++) {
    const doc = kept[from[k]];
    if (doc >= 0) into[at++] = doc;
  }
  return at;
}

/**
 * Merges the ascending `added` into the ascending `postings[start..end)`, in place (the array has room after `end`);
 * returns the new end. Linear: the added passages of a changed file usually fall among the kept ones.
 */
function mergeInto(postings: Uint32Array, start: number, end: number, added: readonly number[]): number {
  if (end === start || added[0] > postings[end - 1]) {
    for (const doc of added) postings[end++] = doc;
    return end;
  }
  // The usual case, one changed document: its passages fall between the same two kept ones, so the kept after them
  // move up in one copy.
  const at = lowerBoundOf(postings, start, end, added[0]);
  if (at === lowerBoundOf(postings, start, end, added[added.length - 1])) {
    postings.copyWithin(at + added.length, at, end);
    for (let a = 0; a < added.length; a++) postings[at + a] = added[a];
    return end + added.length;
  }
  const kept = postings.slice(start, end);
  let to = start;
  let a = 0;
  let k = 0;
  while (k < kept.length || a < added.length) {
    postings[to++] = a >= added.length || (k < kept.length && kept[k] < added[a]) ? kept[k++] : added[a++];
  }
  return to;
}

/** The first place in the ascending `list[start..end)` whose number is not below `value`. */
function lowerBoundOf(list: Uint32Array, start: number, end: number, value: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
