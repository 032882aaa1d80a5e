/**
 * Answers kept per word for the words met lately, in two generations: once the current one holds `generation` words
 * it becomes the previous one and a new one starts, and a word found only in the previous one moves back into the
 * current. A writer's library of a thousand documents holds hundreds of thousands of distinct words (names, figures,
 * misspellings); a cache that took no more words once full left every word of a draft first met after that to be
 * worked out anew at each reading (the reading of a memo then took twice as long), while here the words a check meets
 * again stay at hand, and no more than twice `generation` are kept.
 */
export class RecentWords<T> {
  /**
   * The current generation: a caller on a hot path reads it first itself (`recent.current.get(word) ?? recent.get(word)`),
   * a Map lookup V8 inlines where a call of `get` was not (the stemmer's lookups took a third longer through it).
   */
  current = new Map<string, T>();
  private previous = new Map<string, T>();

  constructor(private readonly generation: number) {}

  /** The answer kept for `word`, or undefined. */
  get(word: string): T | undefined {
    const known = this.current.get(word);
    if (known !== undefined) return known;
    const older = this.previous.get(word);
    if (older !== undefined) this.set(word, older);
    return older;
  }

  /** Keeps `value` (not undefined) as the answer for `word`. */
  set(word: string, value: T): void {
    if (this.current.size >= this.generation) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(word, value);
  }
}
