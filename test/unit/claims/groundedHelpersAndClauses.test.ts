import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * False alarms of whose act a value belongs to: a titled helper of an act, told as an untitled one is, in both modes.
 */

describe('claims read from the sources: who acts, past titles and clauses', () => {
  it('does not set a titled helper of an act against its parties ("Chief Cabinet Secretary Suga helped reach …")', () => {
    const kb = realKnowledge();
    // "… the painfully negotiated “comfort women” agreement Japan had reached in 2015 with President Park Geun-hye";
    // "… the so-called “comfort women agreement” in 2018, which Suga played a significant role in reaching as Abe's
    // Cabinet Secretary".
    for (const curated of [false, true]) {
      for (const text of [
        'Then-Chief Cabinet Secretary Suga helped reach the 2015 comfort women agreement.',
        'Chief Cabinet Secretary Suga had helped reach the 2015 comfort women agreement.',
      ])
        assert.deepEqual(warnedWords(kb, text, curated), [], text);
      // The act is still read: it was reached in 2015.
      const wrong = 'Then-Chief Cabinet Secretary Suga helped reach the 2016 comfort women agreement.';
      assert.deepEqual(warnedWords(kb, wrong, curated), ['2016'], wrong);
    }
    // And its other party, with the hand-written facts on: it was President Park Geun-hye.
    const partner = 'Then-Chief Cabinet Secretary Suga helped reach the 2015 comfort women agreement with President Moon.';
    assert.deepEqual(warnedWords(kb, partner, true), ['Moon'], partner);
  });
});
