/**
 * An inverted index over folded passage texts, with typo-tolerant word lookup, used to pick the few passages worth
 * handing to fuse.js. fuse.js compares the query with every item it holds, which is fine for a few hundred
 * passages and far too slow for a hundred thousand; this index touches only the passages that share a word (or a
 * near-spelling of one) with the query.
 */
import { lowerBound, Postings, type AddedDocument } from '../indexing/postings';

export type { AddedDocument };

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
 * What each query word adds to the passages holding it (or a spelling of it), kept across the passes of one query
 * (the words as typed, then with a glossary alias swapped in): most words are in every pass, and their weights are
 * the same each time. Valid for one index and one way of finding variants.
 */
export type WordWeights = Map<string, { docs: Uint32Array; weights: Float64Array }>;

/**
 * The index: built from passages' content words, updated when passages change (`withChanges`), and written to and
 * read from bytes (`toBytes`, `fromBytes`) so a cache can keep it between runs.
 */
export class WordIndex {
  private readonly index: Postings;
  /** Vocabulary words by trigram, for near-spellings: built on the first query word not spelt as in the texts. */
  private trigrams: { byTrigram: Map<string, number[]>; counts: Uint8Array } | undefined;
  /** Reused per query: a score per passage and which ones were touched; the same for one query word. */
  private readonly scores: Float64Array;
  private readonly touched: Uint32Array;
  private readonly wordBest: Float64Array;
  private readonly wordTouched: Uint32Array;

  /** `documents[i]` is the list of content words of passage i. */
  constructor(documents: readonly (readonly string[])[]);
  constructor(index: Postings);
  constructor(source: readonly (readonly string[])[] | Postings) {
    this.index = source instanceof Postings ? source : Postings.of(source);
    const count = this.index.documentCount;
    this.scores = new Float64Array(count);
    this.wordBest = new Float64Array(count);
    this.touched = new Uint32Array(count);
    this.wordTouched = new Uint32Array(count);
  }

  get documentCount(): number {
    return this.index.documentCount;
  }

  /**
   * The index of a changed list of passages, without re-reading the passages that stayed (`Postings.withChanges`):
   * the same index as one built over the new list whole.
   */
  withChanges(kept: Int32Array, added: readonly AddedDocument[], documentCount: number): WordIndex {
    return new WordIndex(this.index.withChanges(kept, added, documentCount));
  }

  /** The index as bytes, for a cache (`Postings.toByteParts`). */
  toBytes(): Uint8Array {
    return this.index.toBytes();
  }

  /** `toBytes()` in parts to be written one after another, without copying the index's arrays. */
  toByteParts(): Uint8Array[] {
    return this.index.toByteParts();
  }

  /** Reads back what `toBytes` wrote; undefined when the bytes are not such an index, so a damaged cache is never searched. */
  static fromBytes(bytes: Uint8Array): WordIndex | undefined {
    const index = Postings.fromBytes(bytes);
    return index && new WordIndex(index);
  }

  /** Whether the vocabulary holds this word as it is spelt. */
  has(word: string): boolean {
    return this.index.id(word) !== undefined;
  }

  /** How telling a word is: rare words weigh more (BM25's idf). */
  idf(word: number): number {
    const df = this.index.frequency(word);
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
    const exact = this.index.id(token);
    const { words } = this.index;
    if (exact !== undefined) matches.set(exact, 1);
    if (token.length >= MIN_PREFIX) {
      for (let id = lowerBound(words, token); id < words.length && words[id].startsWith(token); id++) {
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
    const counts = new Uint8Array(this.index.words.length);
    this.index.words.forEach((w, id) => {
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
    const { scores, wordBest, touched, wordTouched } = this;
    const { offsets, postings } = this.index;
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
        for (let k = offsets[word], end = offsets[word + 1]; k < end; k++) {
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
