/**
 * An inverted index over folded passage texts, with typo-tolerant word lookup, used to pick the few passages worth
 * handing to fuse.js. fuse.js compares the query with every item it holds, which is fine for a few hundred
 * passages and far too slow for a hundred thousand; this index touches only the passages that share a word (or a
 * near-spelling of one) with the query.
 */

/** A vocabulary word close to a query word, with how close: 1 is the same word. */
interface WordMatch {
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

export class WordIndex {
  private readonly wordIds = new Map<string, number>();
  private readonly words: string[] = [];
  /** Passage numbers holding each word, ascending, without repeats. */
  private readonly postings: Int32Array[];
  private readonly wordsByTrigram = new Map<string, number[]>();
  private readonly trigramCounts: number[] = [];
  /** Vocabulary sorted alphabetically, for prefix lookups. */
  private readonly sortedWords: string[];
  /** Reused per query: a score per passage and which ones were touched; the same for one query word. */
  private readonly scores: Float64Array;
  private readonly touched: number[] = [];
  private readonly wordBest: Float64Array;
  private readonly wordTouched: number[] = [];

  /** `documents[i]` is the list of content words of passage i. */
  constructor(documents: readonly (readonly string[])[]) {
    const lists: number[][] = [];
    documents.forEach((words, doc) => {
      for (const w of words) {
        let id = this.wordIds.get(w);
        if (id === undefined) {
          id = this.words.length;
          this.wordIds.set(w, id);
          this.words.push(w);
          lists.push([]);
        }
        const list = lists[id];
        if (list[list.length - 1] !== doc) list.push(doc);
      }
    });
    this.postings = lists.map((l) => Int32Array.from(l));
    this.words.forEach((w, id) => {
      const grams = trigramsOf(w);
      this.trigramCounts.push(grams.length);
      for (const g of grams) {
        const list = this.wordsByTrigram.get(g);
        if (list) list.push(id);
        else this.wordsByTrigram.set(g, [id]);
      }
    });
    this.sortedWords = [...this.words].sort();
    this.scores = new Float64Array(documents.length);
    this.wordBest = new Float64Array(documents.length);
  }

  get documentCount(): number {
    return this.scores.length;
  }

  /** How telling a word is: rare words weigh more (BM25's idf). */
  idf(word: number): number {
    const df = this.postings[word].length;
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
      for (let i = lowerBound(this.sortedWords, token); i < this.sortedWords.length && this.sortedWords[i].startsWith(token); i++) {
        const id = this.wordIds.get(this.sortedWords[i])!;
        if (!matches.has(id)) matches.set(id, PREFIX_SIMILARITY);
        if (matches.size > 4 * MAX_VARIANTS) break;
      }
    }
    // A word spelt as in the texts needs no near-spellings (its inflections come from the prefix match above);
    // skipping the trigram scan for it keeps common words cheap.
    if (exact === undefined && token.length >= 3) {
      const grams = trigramsOf(token);
      const common = new Map<number, number>();
      for (const g of grams) for (const id of this.wordsByTrigram.get(g) ?? []) common.set(id, (common.get(id) ?? 0) + 1);
      for (const [id, shared] of common) {
        const similarity = (2 * shared) / (grams.length + this.trigramCounts[id]);
        if (similarity >= MIN_SIMILARITY && similarity > (matches.get(id) ?? 0)) matches.set(id, Math.min(similarity, 0.95));
      }
    }
    return [...matches]
      .map(([word, similarity]) => ({ word, similarity }))
      .sort((a, b) => b.similarity - a.similarity || a.word - b.word)
      .slice(0, MAX_VARIANTS);
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
  ): { doc: number; weight: number }[] {
    const { scores, wordBest, touched, wordTouched } = this;
    for (const token of queryWords) {
      for (const { word, similarity } of variantsOf(token)) {
        const weight = this.idf(word) * similarity;
        for (const doc of this.postings[word]) {
          if (weight > wordBest[doc]) {
            if (wordBest[doc] === 0) wordTouched.push(doc);
            wordBest[doc] = weight;
          }
        }
      }
      for (const doc of wordTouched) {
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] += wordBest[doc];
        wordBest[doc] = 0;
      }
      wordTouched.length = 0;
    }
    const best = topK(touched, scores, limit);
    for (const doc of touched) scores[doc] = 0;
    touched.length = 0;
    return best;
  }
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
function topK(docs: readonly number[], scores: Float64Array, k: number): { doc: number; weight: number }[] {
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
