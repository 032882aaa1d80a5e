import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * "as" and a post after a person met or accompanied tell the capacity of the one who met them, not the post of the
 * person met (biden-japan-frictions: Motegi is Japan's foreign minister; buchan2019: Pottinger is the NSC director for
 * Asia, Bolton the national security adviser).
 */
describe('claims: a post after "as" that belongs to the clause’s subject', () => {
  it('leaves the post of the one who met or travelled with a person alone', () => {
    const kb = realKnowledge();
    for (const text of [
      'Blinken met Motegi as Secretary of State in March 2021.',
      'Bolton travelled with Pottinger as national security adviser.',
    ])
      assert.deepEqual(warnedWords(kb, text, true), [], text);
  });

  it('still sets a post given to the person themselves against the sources', () => {
    const kb = realKnowledge();
    for (const [text, value] of [
      ['Biden named Motegi as Secretary of State.', 'Secretary of State'],
      ['Motegi, as Secretary of State, met Blinken.', 'Secretary of State'],
      ['Bolton travelled with national security adviser Pottinger.', 'national security adviser'],
    ])
      assert.deepEqual(warnedWords(kb, text, true), [value], text);
  });
});

/**
 * sakata2020: "… the so-called “comfort women agreement” in 2018, which Suga played a significant role in reaching as
 * Abe's Cabinet Secretary, has made Suga very cautious." The office after "succeeded Abe as" is Abe's, taken over.
 */
describe('claims read from the sources: an office taken over from a predecessor', () => {
  it('leaves the office the sources give the predecessor alone, in both modes', () => {
    const kb = realKnowledge();
    const text = 'Suga, who succeeded Abe as prime minister, is cautious.';
    assert.deepEqual(warnedWords(kb, text, false), [], text);
    assert.deepEqual(warnedWords(kb, text, true), [], text);
  });

  it('still sets an office the sources never give the predecessor against the successor’s', () => {
    const kb = realKnowledge();
    const text = 'Suga, who succeeded Abe as foreign minister, is cautious.';
    assert.deepEqual(warnedWords(kb, text, false), ['foreign minister'], text);
  });
});
