import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * Words policy writing uses for one another (lexicon.ts `SYNONYM_GROUPS`), read against the sources' own passages with
 * the hand-written facts off: the draft's word ties it to the passage telling the same thing in another.
 */
describe('claims read from the sources: the same thing in other words', () => {
  it('reads a "gathering" of leaders as the passage’s summit, and warns on its place', () => {
    // The passage: "Prime Minister Abe and President Moon Jae-in barely spoke during the Group of Twenty summit in
    // Osaka, coming together only for a requisite photo opportunity."
    const kb = realKnowledge();
    for (const place of ['Nagoya', 'Osaka']) {
      const text = `At the G20 gathering in ${place}, Abe and Moon barely spoke.`;
      assert.deepEqual(warnedWords(kb, text), place === 'Osaka' ? [] : [place], text);
    }
  });
});
