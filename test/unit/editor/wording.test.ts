import * as assert from 'node:assert/strict';
import { asSentence, countOf } from '../../../src/core/text/wording';

describe('message wording', () => {
  it('puts the noun in the number its count needs', () => {
    assert.equal(countOf(1, 'source'), '1 source');
    assert.equal(countOf(5, 'source'), '5 sources');
    assert.equal(countOf(0, 'term'), '0 terms');
    assert.equal(countOf(1, 'claim is', 'claims are'), '1 claim is');
    assert.equal(countOf(3, 'claim is', 'claims are'), '3 claims are');
    assert.equal(countOf(2, 'match', 'matches'), '2 matches');
    assert.equal(countOf(1_048_576, 'character'), '1,048,576 characters');
  });

  it('turns a lower-case reason into a sentence, and leaves a sentence as it is', () => {
    assert.equal(
      asSentence('knowledge index not found at /x: run "npm run build" first'),
      'Knowledge index not found at /x: run "npm run build" first.',
    );
    assert.equal(asSentence('Already a sentence.'), 'Already a sentence.');
    assert.equal(asSentence(''), '');
  });
});
