import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * seoul-tokyo-2019: "… the painfully negotiated “comfort women” agreement Japan had reached in 2015 with President Park
 * Geun-hye." strengthen-relations-2021: "In recent weeks, Washington inked military cost-sharing deals with both Seoul
 * and Tokyo, …"
 */
describe('claims read from the sources: an act the draft denies, another doer’s act, another event’s date', () => {
  it('leaves a meeting’s date alone where the draft denies the act the source dates', () => {
    const kb = realKnowledge();
    const text = 'Abe and Moon met in Chengdu in December 2019, only to fail to reach a deal.';
    assert.deepEqual(warnedWords(kb, text, false), [], text);
    assert.deepEqual(warnedWords(kb, text, true), [], text);
  });

  it('still sets the date of the act itself against the source’s, and a denial of the doer’s own act', () => {
    const kb = realKnowledge();
    assert.deepEqual(warnedWords(kb, 'Abe and Park reached the comfort women agreement in 2016.'), ['2016']);
    assert.deepEqual(warnedWords(kb, 'Washington failed to ink military cost-sharing deals with Seoul and Tokyo.'), ['failed']);
  });
  // sakata2020: "… in December 2019, … Abe Shinzo and … Moon Jae-in met in Chengdu, China at the … trilateral summit."
  it('leaves a date alone that stands by a scene of its own, the source’s scene told for another event', () => {
    const kb = realKnowledge();
    const text = 'Abe and Moon held a summit in Tokyo in 2018, long before their meeting in Chengdu.';
    assert.deepEqual(warnedWords(kb, text, false), [], text);
    assert.deepEqual(warnedWords(kb, text, true), [], text);
    assert.deepEqual(warnedWords(kb, 'Abe and Moon met in Chengdu in 2018.'), ['2018']);
  });
});
