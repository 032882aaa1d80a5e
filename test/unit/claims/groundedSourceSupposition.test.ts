import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A source sentence that states something and then supposes ("… expressed deep skepticism that President Moon is
 * really ready to act and even if he did, the Japanese worry …") states its first clause: a draft telling the opposite
 * of it is warned, as it would be against that clause printed alone. What the supposition governs is not compared.
 */
describe('claims read from the sources: a statement before a supposition joined after it', () => {
  /** Each text warns on `word` in both modes; each of `silent` warns nowhere. */
  const check = (texts: readonly (readonly [string, string])[], silent: readonly string[]) => {
    const kb = realKnowledge();
    for (const curated of [false, true]) {
      for (const [text, word] of texts) assert.deepEqual(warnedWords(kb, text, curated), [word], text);
      for (const text of silent) assert.deepEqual(warnedWords(kb, text, curated), [], text);
    }
  };

  it('compares the stated clause of "…, and even if he did, …"', () => {
    // biden-japan-frictions: "A senior advisor to Prime Minister Suga expressed deep skepticism that President Moon is
    // really ready to act and even if he did, the Japanese worry that he will shift in response to political
    // pressures, …"
    check(
      [
        ['A senior adviser to Suga voiced confidence that Moon is truly ready to act.', 'confidence'],
        ['A senior advisor to Prime Minister Suga expressed deep confidence that President Moon is really ready to act.', 'confidence'],
      ],
      [
        'A senior adviser to Suga expressed deep skepticism that Moon is really ready to act.',
        // What the supposition governs stays unread: a worry is no fact either way.
        'Even if Moon acted, a senior adviser to Suga said, he might not shift in response to political pressures.',
      ],
    );
  });
});
