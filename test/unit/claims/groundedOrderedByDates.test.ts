import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A passage's date is its own event's: an event it names only to order its own by ("following Abe's resignation")
 * is dated by it no further than the order says.
 */
describe('claims read from the sources: the date of an event a passage orders its own by', () => {
  const kb = realKnowledge();
  const both = (text: string, expected: string[]) => {
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), expected, `${text} (${curated})`);
  };

  it('compares no date of the earlier event with the date of the event told after it', () => {
    // sakata2020: "In September 2020, former Cabinet Secretary Yoshihide Suga became Japan’s prime minister following
    // Abe’s resignation."
    both('Abe resigned in the late summer of 2020.', []);
    both('Abe resigned in August 2020.', []);
  });

  it('still compares a date of that event the order rules out, and the date of the passage’s own event', () => {
    both('Abe resigned in 2021.', ['2021']);
    both("Suga became prime minister following Abe's resignation in October 2020.", ['October 2020']);
  });
});
