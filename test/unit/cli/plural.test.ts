import * as assert from 'node:assert/strict';
import { countOf } from '../../../src/core/text/plural';

describe('counts in messages', () => {
  it('say "1 source", never "1 sources", and group thousands', () => {
    assert.equal(countOf(1, 'source'), '1 source');
    assert.equal(countOf(0, 'source'), '0 sources');
    assert.equal(countOf(2, 'match', 'matches'), '2 matches');
    assert.equal(countOf(1_048_576, 'character'), '1,048,576 characters');
  });
});
