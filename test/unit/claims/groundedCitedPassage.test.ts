import * as assert from 'node:assert/strict';
import { grounded } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * The evidence a warning shows: a wrong date is cited from the passage that tells the draft's event, not from one that
 * merely lines up a date of another event ("Moon's … scrapping of the so-called 'comfort women agreement' in 2018,
 * which Suga played a significant role in reaching"), with the hand-written facts off.
 */
describe('claims read from the sources: the passage a wrong date is cited from', () => {
  const cited = (text: string) => grounded(realKnowledge(), text).map((f) => [text.slice(f.start, f.end), f.expected]);

  it('cites the date of the event the draft retells', () => {
    // "… the painfully negotiated “comfort women” agreement Japan had reached in 2015 with President Park Geun-hye."
    assert.deepEqual(cited('In 2013 the Abe government reached the comfort women agreement with Seoul.'), [['2013', '2015']]);
    // "The Japanese leader told Biden that the Koreans have effectively broken the 1965 treaty normalizing relations …"
    assert.deepEqual(cited('Japan and South Korea normalized relations under a treaty signed in 1961.'), [['1961', '1965']]);
  });

  it('stays silent on the true dates', () => {
    assert.deepEqual(cited('In 2015 the Abe government reached the comfort women agreement with Seoul.'), []);
    assert.deepEqual(cited('Japan and South Korea normalized relations under a treaty signed in 1965.'), []);
  });
});
