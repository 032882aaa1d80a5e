import * as assert from 'node:assert/strict';
import { warnedWords, warnsOnce, warnsOnNone } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * Where a gathering was held, read from the sources' own text with the hand-written facts off: a gathering both
 * surely tell (one name, or the same two people) has one venue, however each sentence words the rest.
 */
describe('claims read from the sources: the venue of a gathering', () => {
  // buchan2019: "… we finally recommend that the United States strongly encourage a leader to leader meeting on the
  // margins of the upcoming UN General Assembly meeting in New York."
  it('sets the venue of a gathering named alike against the source’s', () => {
    const kb = realKnowledge();
    warnsOnce(kb, [['The CSIS authors propose a leader-level meeting on the margins of the UN General Assembly in Geneva.', 'Geneva']]);
    warnsOnNone(kb, ['The CSIS authors propose a leader-level meeting on the margins of the UN General Assembly in New York.']);
  });

  it('sets the venue of a gathering named alike against the source’s, whoever the draft says meets there', () => {
    const kb = realKnowledge();
    const wrong =
      'The CSIS authors urge Washington to press for a Moon-Abe meeting on the margins of the upcoming UN General Assembly in Geneva.';
    warnsOnce(kb, [[wrong, 'Geneva']]);
    warnsOnNone(kb, [wrong.replace('Geneva', 'New York'), 'Moon met Trump on the margins of the UN General Assembly in New York.']);
  });

  // seoul-tokyo-2019: "Prime Minister Abe and President Moon Jae-in barely spoke during the Group of Twenty summit in
  // Osaka, coming together only for a requisite photo opportunity."
  it('sets the venue of a summit the same two people attended against the source’s, not backed by another meeting there', () => {
    const kb = realKnowledge();
    // sakata2020 tells a delegation meeting Suga in Tokyo: another gathering, which backs no summit there.
    warnsOnce(kb, [['At the G20 summit in Tokyo, Abe and Moon barely exchanged a word, meeting only for the obligatory photo.', 'Tokyo']]);
    warnsOnNone(kb, ['At the G20 summit in Osaka, Abe and Moon barely exchanged a word, meeting only for the obligatory photo.']);
  });

  it('leaves a gathering of another year, or a second gathering beside the source’s, unread', () => {
    const kb = realKnowledge();
    warnsOnNone(kb, [
      // Another edition: the draft dates it, the source does not.
      'At the G20 summit in Tokyo in 2019, Abe and Moon barely exchanged a word.',
      'After his Hanoi summit with Kim in 2019, Trump announced cuts to U.S.-ROK military exercises.',
      // The source's summit named too: the draft's venue is another gathering's.
      'Unlike the Osaka G20, where Abe and Moon barely spoke, the December 2019 trilateral summit in Chengdu brought the two leaders together.',
    ]);
  });
  // seoul-tokyo-2019 (written 2019): "Prime Minister Abe and President Moon Jae-in barely spoke during the Group of
  // Twenty summit in Osaka, …"
  it('leaves the venue of a gathering of another name, or dated another year, unread', () => {
    const kb = realKnowledge();
    for (const curated of [false, true]) {
      for (const text of [
        'Abe and Moon Jae-in spoke for eleven minutes at an ASEAN meeting in Bangkok.',
        'Abe and Moon met at the G20 summit in Buenos Aires in 2018.',
      ])
        assert.deepEqual(warnedWords(kb, text, curated), [], text);
    }
    // seoul-tokyo-2019's "negotiating with Pyongyang" is a party dealt with, no venue.
    assert.deepEqual(warnedWords(kb, 'Abe and Moon met on the sidelines of an ASEAN summit in Singapore.'), []);
    // The source's gathering, of its year, held in a wrong place, is still caught.
    warnsOnce(kb, [['Abe and Moon barely spoke at the G20 summit in Tokyo.', 'Tokyo']]);
  });

  // sakata2020: "… in December 2019, … Abe Shinzo and … Moon Jae-in met in Chengdu, China at the China-Japan-Korea
  // trilateral summit."
  it('leaves a second gathering in another clause unread where the sentence gives the source’s place for its own', () => {
    const kb = realKnowledge();
    const text = 'Abe and Moon barely spoke during the G20 summit in Osaka; they met properly only at the trilateral summit in Chengdu.';
    assert.deepEqual(warnedWords(kb, text, true), [], text);
    assert.deepEqual(warnedWords(kb, text, false), [], text);
    assert.deepEqual(warnedWords(kb, 'Abe and Moon met at the trilateral summit in Beijing.', true), ['Beijing']);
  });
});

describe('claims read from the sources: a place a passage only advises', () => {
  it('sets no advised venue ("recommend that … a meeting … in New York") against a meeting told as held', () => {
    const kb = realKnowledge();
    for (const curated of [false, true]) {
      const text =
        "Abe and Moon finally sat down together in December 2019 in Chengdu, on the margins of a G20 leaders' meeting, after Washington leaned on both allies.";
      assert.ok(!warnedWords(kb, text, curated).includes('Chengdu'), text);
      // A draft telling the advice itself is set against it as ever.
      const advice = 'The authors urge a leader-to-leader meeting on the margins of the upcoming UN General Assembly in Geneva.';
      assert.deepEqual(warnedWords(kb, advice, curated), ['Geneva'], advice);
    }
  });
});
