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
