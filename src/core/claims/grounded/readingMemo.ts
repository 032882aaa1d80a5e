/**
 * What the checker works out once per reading of a sentence (its acts, its asides, its order phrases …) and asks of it
 * again with every passage it is lined up with, kept beside the reading for as long as the reading lives.
 *
 * Each such helper kept its own `WeakMap` from reading to result: a dozen entries made per draft reading, some 9,000 per
 * check of a 100 KB memo, and an entry in a `WeakMap` costs far more than a read of one (a weak table is grown, then
 * swept by the collector): making them was some 3% of a check, besides the collector's work. A `ReadingMap` is used as
 * such a map is, but all of a reading's results share one entry, an array holding each map's result at its own place.
 */
import type { AnalysedSentence } from './sentenceAnalysis';

/** Each reading's results, at each `ReadingMap`'s place. */
const KEPT = new WeakMap<AnalysedSentence, unknown[]>();

/** How many `ReadingMap`s there are: the next one's place. */
let places = 0;

/**
 * A map from a reading to what a helper found of it, kept while the reading lives, as a `WeakMap` would keep it. An
 * entry is told apart from none by `undefined` only: a helper keeping "none found" keeps `null`.
 */
export class ReadingMap<V> {
  private readonly place = places++;

  get(a: AnalysedSentence): V | undefined {
    return KEPT.get(a)?.[this.place] as V | undefined;
  }

  set(a: AnalysedSentence, value: V): this {
    let kept = KEPT.get(a);
    if (!kept) KEPT.set(a, (kept = []));
    kept[this.place] = value;
    return this;
  }
}
