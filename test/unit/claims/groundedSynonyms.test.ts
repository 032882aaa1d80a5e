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

describe('claims read from the sources: a lowest point in other words', () => {
  it('reads "hopes … bottomed out" as the passage’s "prospects … hit a low-water mark", and warns on its year', () => {
    // The passage: "Despite longstanding efforts by each nation, prospects for trilateral cooperation hit a low-water
    // mark in 2019."
    const kb = realKnowledge();
    for (const text of [
      'Hopes for trilateral cooperation bottomed out in 2017, the authors write.',
      'The authors judge that hopes for trilateral cooperation reached their lowest ebb in 2017.',
    ])
      assert.deepEqual(warnedWords(kb, text), ['2017'], text);
    for (const text of [
      'Hopes for trilateral cooperation bottomed out in 2019, the authors write.',
      'The authors judge that hopes for trilateral cooperation reached their lowest ebb in 2019.',
    ])
      assert.deepEqual(warnedWords(kb, text), [], text);
  });
});
