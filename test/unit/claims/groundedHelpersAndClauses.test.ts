import * as assert from 'node:assert/strict';
import { grounded, warnedWords } from '../helpers/grounded';
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

  it('reads each clause with a subject of its own alone (after a semicolon, or ", while")', () => {
    const kb = realKnowledge();
    // "Park Jie-won, head of the National Intelligence Service, traveled to Tokyo …"; "David Stilwell, the assistant
    // Secretary of state for East Asia and Pacific affairs"; "… Matthew Pottinger, the NSC’s Asia director".
    for (const curated of [false, true]) {
      for (const text of [
        'Park Jie-won went to Tokyo as a presidential envoy, while Kawamura had earlier gone to Seoul.',
        'Park Jie-won traveled to Tokyo as a presidential envoy; Kawamura had earlier gone to Seoul.',
        'Park Cheol Hee advocates improving relations; Yu Myung Hwan served as foreign minister.',
        'Stilwell was the assistant secretary of state; Pottinger was the NSC director for Asia.',
      ])
        assert.deepEqual(warnedWords(kb, text, curated), [], text);
      // A clause wrong on its own is still wrong.
      const title = 'Stilwell was the deputy secretary of state; Pottinger was the NSC director for Asia.';
      assert.deepEqual(warnedWords(kb, title, curated), ['deputy secretary of state'], title);
    }
    const place = 'Park Jie-won traveled to Seoul as a presidential envoy; Kawamura had earlier gone to Seoul.';
    assert.deepEqual(warnedWords(kb, place, true), ['Seoul'], place);
  });

  it('matches a hand-written fact in the clause with a subject of its own that holds the value (", and Park Jie-won …")', () => {
    const kb = realKnowledge();
    // "Park Jie-won, head of the National Intelligence Service, traveled to Tokyo on November 9 as a presidential envoy."
    const text = 'Takeo Kawamura went to Seoul in October 2020, and Park Jie-won went to Tokyo in November.';
    assert.deepEqual(warnedWords(kb, text, true), [], text);
    const wrong = 'Takeo Kawamura went to Seoul in October 2020, and Park Jie-won went to Tokyo in October.';
    const found = grounded(kb, wrong, true);
    assert.equal(found.length, 1, wrong);
    assert.equal(found[0].start, wrong.lastIndexOf('October'), wrong);
  });

  it('warns about a clause with a subject of its own that is wrong alone, though the sentence before it read otherwise', () => {
    const kb = realKnowledge();
    // "In September 2020, former Cabinet Secretary Yoshihide Suga became Japan’s prime minister following Abe’s
    // resignation."; "Park Jie-won, head of the National Intelligence Service, traveled to Tokyo on November 9 as a
    // presidential envoy."
    for (const curated of [false, true]) {
      for (const joined of ['; ', ', and ']) {
        const wrong = `Suga became prime minister in September 2020${joined}Park Jie-won traveled to Tokyo on October 9.`;
        assert.deepEqual(warnedWords(kb, wrong, curated), ['October 9'], wrong);
        const right = `Suga became prime minister in September 2020${joined}Park Jie-won traveled to Tokyo on November 9.`;
        assert.deepEqual(warnedWords(kb, right, curated), [], right);
      }
    }
  });
});
