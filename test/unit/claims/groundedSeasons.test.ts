import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A season with no year against the passage's month or season ("The naval relationship was nearly torpedoed in late
 * January …"; "South Korean boycotts of Japanese goods since last summer’s export control measures seem to be winding
 * down …"), with the hand-written facts off.
 */
describe('claims read from the sources: a season told without a year', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('warns on a season after "in", "in late" or "the previous" that the passage’s month or season is not in', () => {
    assert.deepEqual(
      warned(
        'The naval quarrel over a low-flying Japanese patrol plane and a Korean destroyer’s fire-control radar nearly wrecked military ties in late summer.',
      ),
      ['late summer'],
    );
    assert.deepEqual(
      warned('Korean boycotts of Japanese goods, which began after the previous autumn’s export controls, appear to be winding down.'),
      ['autumn'],
    );
  });

  it('leaves the season the passage’s month or season is in, and a season of another round of an event', () => {
    assert.deepEqual(
      warned(
        'The naval quarrel over a low-flying Japanese patrol plane and a Korean destroyer’s fire-control radar nearly wrecked military ties in the winter.',
      ),
      [],
    );
    assert.deepEqual(
      warned('Korean boycotts of Japanese goods, which began after the previous summer’s export controls, appear to be winding down.'),
      [],
    );
    assert.deepEqual(
      warned('Kawamura plans to return to Seoul in the spring for another round of informal talks with his counterparts.'),
      [],
    );
  });
});

describe('claims read from the sources: "midsummer" and "midwinter" as seasons', () => {
  it('dates the episode the sentence before told by "midsummer", against the passage’s late January, and leaves "midwinter"', () => {
    const kb = realKnowledge();
    // buchan2019: "The naval relationship was nearly torpedoed in late January when the two sides traded accusations …".
    const told =
      'The naval relationship came close to being torpedoed when the two sides traded accusations over a Japanese patrol aircraft and a South Korean destroyer.';
    const at = (season: string) =>
      `${told} The episode unfolded in ${season}, and each side told a different story about who provoked whom.`;
    for (const curated of [false, true]) {
      assert.deepEqual(warnedWords(kb, at('midsummer'), curated), ['midsummer']);
      assert.deepEqual(warnedWords(kb, at('midwinter'), curated), []);
    }
  });
});

describe('claims read from the sources: a season against a dated decision', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('reads a decision dated with what it decided ("decision in summer 2019 to tighten …") as the date of that act', () => {
    const curbs = (when: string) =>
      `Japan's Cabinet abruptly tightened export controls in ${when} and dropped South Korea from its white list of preferred trading partners, hurting Korean chipmakers.`;
    assert.deepEqual(warned(curbs('the spring of 2019')), ['spring of 2019']);
    assert.deepEqual(
      warned('The Japanese Cabinet tightened export controls and delisted South Korea from its white list in summer 2018.'),
      ['summer 2018'],
    );
    assert.deepEqual(warned(curbs('the summer of 2019')), []);
    assert.deepEqual(warned(curbs('July 2019')), []);
  });
});
