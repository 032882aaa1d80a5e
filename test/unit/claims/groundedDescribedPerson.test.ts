import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A title set off after a person's name describes the person; the passage's date is its own act's. A draft sharing
 * only the person and the title tells another event of theirs, and its date is not compared.
 */
describe('claims read from the sources: a date of another act of a person the passage describes', () => {
  const kb = realKnowledge();
  const both = (text: string, expected: string[]) => {
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), expected, `${text} (${curated})`);
  };

  it('compares no date of a person’s taking the post the passage only describes them by', () => {
    // sakata2020: "Park Jie-won, head of the National Intelligence Service, traveled to Tokyo on November 9 as a
    // presidential envoy."
    both('Moon named Park Jie-won to head the National Intelligence Service in July 2020.', []);
    both('Park Jie-won became head of the National Intelligence Service in July 2020.', []);
  });

  it('still compares the date of the act the passage tells', () => {
    const text = 'Park Jie-won, the head of the National Intelligence Service, went to Tokyo in December 2020.';
    assert.deepEqual(warnedWords(kb, text), ['December 2020']);
    assert.deepEqual(warnedWords(kb, text, true), ['December']);
  });
});
