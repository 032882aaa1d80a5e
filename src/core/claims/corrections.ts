import type { SentenceShape } from './context';
import type { Token } from './tokens';

/**
 * "Japan did not reach the agreement with Moon Jae-in but with his predecessor": in a correction of the form
 * "not X but Y" the writer denies X, however far the negation stands from it. The value just before the "but" of a
 * clause that a negation governs is the denied one ("not only X but also Y" asserts X, and is left alone).
 */

/** Negations that can open a "not X but Y" correction ("nearly X but" is no correction). */
const CORRECTION_NEGATIONS = new Set(['not', 'never', 'didn', 'wasn', 'weren', 'isn', 'doesn', 'nt']);
/** Words after the negation that make it "not only … but also …": an addition, not a correction. */
const ADDITIVE = new Set(['only', 'just', 'merely', 'simply']);
/** How many words may stand between the denied value and its "but" ("with Moon Jae-in in 2015 but …"). */
const BUT_REACH = 3;

/** Whether the value at words `first`…`last` is the denied member of a "not X but Y" correction. */
export function deniedInCorrection(words: readonly Token[], shape: SentenceShape, first: number, last: number): boolean {
  const clause = shape.clause[first];
  let but = -1;
  for (let k = last + 1; k <= last + 1 + BUT_REACH && k < words.length; k++) {
    if (words[k].lower === 'but') {
      but = k;
      break;
    }
    if (shape.clause[k] !== clause) return false;
  }
  if (but < 0) return false;
  for (let k = first - 1; k >= 0 && shape.clause[k] === clause; k--) {
    if (CORRECTION_NEGATIONS.has(words[k].lower)) return !ADDITIVE.has(words[k + 1]?.lower ?? '');
  }
  return false;
}
