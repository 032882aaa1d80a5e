import * as assert from 'node:assert/strict';
import { RecentWords } from '../../../src/core/claims/grounded/recentWords';
import { oppositesOf, stem } from '../../../src/core/claims/grounded/stem';

/**
 * The stemmer's caches keep the words met lately however many words a writer's library holds: a cache that took no
 * more words once full had every later word of a draft stemmed anew at each reading.
 */
describe('the stemmer’s caches of the words met lately', () => {
  it('keeps a word met again after a library’s worth of other words, and no more than two generations', () => {
    const kept = new RecentWords<number>(3);
    kept.set('ruled', 1);
    for (const w of ['a', 'b', 'c']) kept.set(w, 0);
    // "ruled" is now in the previous generation: found, and moved back into the current one.
    assert.equal(kept.get('ruled'), 1);
    for (const w of ['d', 'e', 'f']) kept.set(w, 0);
    assert.equal(kept.get('ruled'), 1);
    // Words not met for two generations are let go.
    assert.equal(kept.get('a'), undefined);
  });

  it('stems and finds opposites as ever after more distinct words than the caches hold', () => {
    const before = [stem('ruling'), stem('withdrawal'), oppositesOf(stem('approved')), oppositesOf(stem('ruled'))];
    for (let i = 0; i < 120_000; i++) oppositesOf(stem(`zq${i.toString(36)}ing`));
    assert.deepEqual([stem('ruling'), stem('withdrawal'), oppositesOf(stem('approved')), oppositesOf(stem('ruled'))], before);
    assert.equal(stem('ruling'), stem('ruled'));
  });
});
