/**
 * An inverted index over folded passage texts, with typo-tolerant word lookup, used to pick the few passages worth
 * handing to fuse.js. fuse.js compares the query with every item it holds, which is fine for a few hundred
 * passages and far too slow for a hundred thousand; this index touches only the passages that share a word (or a
 * near-spelling of one) with the query.
 */

/** A vocabulary word close to a query word, with how close: 1 is the same word. */
export interface WordMatch {
  word: number;
  similarity: number;
}

/** Dice similarity on padded trigrams below which two spellings are different words. */
const MIN_SIMILARITY = 0.5;
/** A query word this long or longer also matches the words it begins ("reconcil" → "reconciliation"). */
const MIN_PREFIX = 4;
const PREFIX_SIMILARITY = 0.85;
/** Near-spellings followed per query word; more only adds noise. */
const MAX_VARIANTS = 6;

function trigramsOf(word: string): string[] {
  const padded = `^${word}$`;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  if (grams.size === 0) grams.add(padded);
  return [...grams];
}

/**
 * The index's data: a sorted vocabulary and, per word, the ascending passage numbers holding it, in two flat arrays.
 * A word's id is its place in the sorted vocabulary, so the index is the same however it was put together (built
 * whole, updated after a change, or read back from bytes) and ties between equally close spellings go
 * alphabetically.
 */
interface IndexParts {
  words: readonly string[];
  /** Word w's passages are `postings[offsets[w]]` up to `postings[offsets[w + 1]]`. */
  offsets: Uint32Array;
  postings: Uint32Array;
  documentCount: number;
}

/** The first four bytes of `WordIndex.toBytes()`, with the layout's version: "SBW" and 1. */
const BYTES_MAGIC = 0x01574253;
const HEADER_BYTES = 20;
/** Whether this machine stores numbers little-endian, as the bytes are: then arrays are copied whole. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * What each query word adds to the passages holding it (or a spelling of it), kept across the passes of one query
 * (the words as typed, then with a glossary alias swapped in): most words are in every pass, and their weights are
 * the same each time. Valid for one index and one way of finding variants.
 */
export type WordWeights = Map<string, { docs: Uint32Array; weights: Float64Array }>;

/** A passage's content words by its number in a new list of passages (see `WordIndex.withChanges`). */
export interface AddedDocument {
  doc: number;
  words: readonly string[];
}

/**
 * The index: built from passages' content words, updated when passages change (`withChanges`), and written to and
 * read from bytes (`toBytes`, `fromBytes`) so a cache can keep it between runs.
 */
export class WordIndex {
  private readonly words: readonly string[];
  private readonly wordIds = new Map<string, number>();
  private readonly offsets: Uint32Array;
  private readonly postings: Uint32Array;
  /** Vocabulary words by trigram, for near-spellings: built on the first query word not spelt as in the texts. */
  private trigrams: { byTrigram: Map<string, number[]>; counts: Uint8Array } | undefined;
  /** Reused per query: a score per passage and which ones were touched; the same for one query word. */
  private readonly scores: Float64Array;
  private readonly touched: Uint32Array;
  private readonly wordBest: Float64Array;
  private readonly wordTouched: Uint32Array;

  /** `documents[i]` is the list of content words of passage i. */
  constructor(documents: readonly (readonly string[])[]);
  constructor(parts: IndexParts);
  constructor(source: readonly (readonly string[])[] | IndexParts) {
    const parts = Array.isArray(source)
      ? mergeParts(EMPTY_PARTS, new Int32Array(0), documentsOf(source), source.length)
      : (source as IndexParts);
    this.words = parts.words;
    this.offsets = parts.offsets;
    this.postings = parts.postings;
    this.words.forEach((w, id) => this.wordIds.set(w, id));
    this.scores = new Float64Array(parts.documentCount);
    this.wordBest = new Float64Array(parts.documentCount);
    this.touched = new Uint32Array(parts.documentCount);
    this.wordTouched = new Uint32Array(parts.documentCount);
  }

  get documentCount(): number {
    return this.scores.length;
  }

  /**
   * The index of a changed list of passages, without re-reading the passages that stayed: `kept[i]` is the new
   * number of this index's passage i (-1 when it is gone), `added` the content words of each new passage, and
   * `documentCount` how many passages the new list holds. The same index as one built over the new list whole.
   */
  withChanges(kept: Int32Array, added: readonly AddedDocument[], documentCount: number): WordIndex {
    if (kept.length !== this.documentCount) throw new RangeError(`kept has ${kept.length} passages, the index ${this.documentCount}`);
    const parts = { words: this.words, offsets: this.offsets, postings: this.postings, documentCount: this.documentCount };
    return new WordIndex(mergeParts(parts, kept, added, documentCount));
  }

  /**
   * The index as bytes, for a cache: a header (magic, passages, words, postings, vocabulary bytes), the offsets and
   * postings as little-endian 32-bit numbers, and the vocabulary as UTF-8, one word a line.
   */
  toBytes(): Uint8Array {
    const parts = this.toByteParts();
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
    return out;
  }

  /**
   * `toBytes()` in parts to be written one after another: on a little-endian machine the offsets and postings are
   * views of the index's own arrays, not copies.
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

  /**
   * Reads back what `toBytes` wrote (its numbers are used in place when aligned: the bytes must not change after);
   * undefined when the bytes are not such an index (another layout, truncated,
   * numbers out of range, a vocabulary out of order), so a damaged cache is never searched.
   */
  static fromBytes(bytes: Uint8Array): WordIndex | undefined {
    if (bytes.length < HEADER_BYTES) return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const [magic, documentCount, wordCount, postingCount, vocabularyBytes] = [0, 1, 2, 3, 4].map((i) => view.getUint32(4 * i, true));
    const numbersEnd = HEADER_BYTES + 4 * (wordCount + 1 + postingCount);
    if (magic !== BYTES_MAGIC || numbersEnd + vocabularyBytes !== bytes.length) return undefined;
    const read = (at: number, count: number): Uint32Array => {
      const from = bytes.byteOffset + at;
      // Used where they lie when they lie at a multiple of four bytes (the cache pads its header for that).
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
    return new WordIndex({ words, offsets, postings, documentCount });
  }

  /** Whether the vocabulary holds this word as it is spelt. */
  has(word: string): boolean {
    return this.wordIds.has(word);
  }

  /** How telling a word is: rare words weigh more (BM25's idf). */
  idf(word: number): number {
    const df = this.offsets[word + 1] - this.offsets[word];
    const n = this.scores.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The idf a query word would have if it matched nothing: the most it could be worth. */
  maxIdf(): number {
    const n = this.scores.length;
    return Math.log(1 + (n + 0.5) / 1.5);
  }

  /** Vocabulary words spelt like `token`: itself, words it begins, and near-spellings; best first. */
  variants(token: string): WordMatch[] {
    const matches = new Map<number, number>();
    const exact = this.wordIds.get(token);
    if (exact !== undefined) matches.set(exact, 1);
    if (token.length >= MIN_PREFIX) {
      for (let id = lowerBound(this.words, token); id < this.words.length && this.words[id].startsWith(token); id++) {
        if (!matches.has(id)) matches.set(id, PREFIX_SIMILARITY);
        if (matches.size > 4 * MAX_VARIANTS) break;
      }
    }
    // A word spelt as in the texts needs no near-spellings (its inflections come from the prefix match above);
    // skipping the trigram scan for it keeps common words cheap.
    if (exact === undefined && token.length >= 3) {
      const grams = trigramsOf(token);
      const trigrams = this.trigramIndex();
      const common = new Map<number, number>();
      for (const g of grams) for (const id of trigrams.byTrigram.get(g) ?? []) common.set(id, (common.get(id) ?? 0) + 1);
      for (const [id, shared] of common) {
        const similarity = (2 * shared) / (grams.length + trigrams.counts[id]);
        if (similarity >= MIN_SIMILARITY && similarity > (matches.get(id) ?? 0)) matches.set(id, Math.min(similarity, 0.95));
      }
    }
    return [...matches]
      .map(([word, similarity]) => ({ word, similarity }))
      .sort((a, b) => b.similarity - a.similarity || a.word - b.word)
      .slice(0, MAX_VARIANTS);
  }

  private trigramIndex(): { byTrigram: Map<string, number[]>; counts: Uint8Array } {
    if (this.trigrams) return this.trigrams;
    const byTrigram = new Map<string, number[]>();
    const counts = new Uint8Array(this.words.length);
    this.words.forEach((w, id) => {
      const grams = trigramsOf(w);
      counts[id] = Math.min(255, grams.length);
      for (const g of grams) {
        const list = byTrigram.get(g);
        if (list) list.push(id);
        else byTrigram.set(g, [id]);
      }
    });
    return (this.trigrams = { byTrigram, counts });
  }

  /**
   * The `limit` passages sharing most weight with the query words, best first: each query word adds
   * idf × similarity of its best-matching variant in the passage. Typed arrays reused across queries keep a query
   * over a hundred thousand passages free of per-passage allocations.
   */
  candidates(
    queryWords: readonly string[],
    limit: number,
    variantsOf = (w: string) => this.variants(w),
    weights?: WordWeights,
  ): { doc: number; weight: number }[] {
    const { scores, wordBest, touched, wordTouched, postings } = this;
    let touchedCount = 0;
    for (const token of queryWords) {
      const known = weights?.get(token);
      if (known) {
        // The same sums, in the same order, as the loop below: the weights a token gave an earlier pass.
        for (let i = 0; i < known.docs.length; i++) {
          const doc = known.docs[i];
          if (scores[doc] === 0) touched[touchedCount++] = doc;
          scores[doc] += known.weights[i];
        }
        continue;
      }
      let wordCount = 0;
      for (const { word, similarity } of variantsOf(token)) {
        const weight = this.idf(word) * similarity;
        for (let k = this.offsets[word], end = this.offsets[word + 1]; k < end; k++) {
          const doc = postings[k];
          if (weight > wordBest[doc]) {
            if (wordBest[doc] === 0) wordTouched[wordCount++] = doc;
            wordBest[doc] = weight;
          }
        }
      }
      const kept = weights ? { docs: wordTouched.slice(0, wordCount), weights: new Float64Array(wordCount) } : undefined;
      for (let i = 0; i < wordCount; i++) {
        const doc = wordTouched[i];
        if (scores[doc] === 0) touched[touchedCount++] = doc;
        scores[doc] += wordBest[doc];
        if (kept) kept.weights[i] = wordBest[doc];
        wordBest[doc] = 0;
      }
      if (kept) weights!.set(token, kept);
    }
    const best = topK(touched.subarray(0, touchedCount), scores, limit);
    for (let i = 0; i < touchedCount; i++) scores[touched[i]] = 0;
    return best;
  }
}

const EMPTY_PARTS: IndexParts = { words: [], offsets: new Uint32Array(1), postings: new Uint32Array(0), documentCount: 0 };

function documentsOf(documents: readonly (readonly string[])[]): AddedDocument[] {
  return documents.map((words, doc) => ({ doc, words }));
}

/**
 * The parts of an index over a new list of passages: the old index's postings renumbered through `kept` (dropping
 * passages gone), merged word by word with the postings of the `added` passages. One pass over the old postings;
 * only the added passages' words are looked at.
 */
function mergeParts(old: IndexParts, kept: Int32Array, added: readonly AddedDocument[], documentCount: number): IndexParts {
  const addedByWord = new Map<string, number[]>();
  let addedCount = 0;
  for (const { doc, words } of added) {
    for (const w of words) {
      const list = addedByWord.get(w);
      if (!list) addedByWord.set(w, [doc]);
      else if (list[list.length - 1] !== doc) list.push(doc);
      else continue;
      addedCount++;
    }
  }
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

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The k passages of `docs` with the highest score, highest first, ties by document order: a bounded heap, O(n log k). */
function topK(docs: ArrayLike<number> & Iterable<number>, scores: Float64Array, k: number): { doc: number; weight: number }[] {
  if (k <= 0) return [];
  // heap[0] is the worst of the best k kept so far.
  const heap: number[] = [];
  const worse = (a: number, b: number) => scores[a] < scores[b] || (scores[a] === scores[b] && a > b);
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l], heap[m])) m = l;
      if (r < heap.length && worse(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (const doc of docs) {
    if (heap.length < k) {
      heap.push(doc);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i], heap[parent])) break;
        [heap[i], heap[parent]] = [heap[parent], heap[i]];
        i = parent;
      }
    } else if (worse(heap[0], doc)) {
      heap[0] = doc;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0)).map((doc) => ({ doc, weight: scores[doc] }));
}
