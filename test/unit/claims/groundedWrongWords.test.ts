import * as assert from 'node:assert/strict';
import { grounded, warnedWords, words } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A warning lands on the words the writer got wrong, and its message sets them against the passage's: an attitude
 * toward an act ("eager to take") against the passage's reluctance ("cautious about taking"), a state still holding
 * ("remain in place") against an act done since ("since lifted"), not the act before it ("imposed"), which is true.
 */
describe('claims read from the sources: the wrong words warned', () => {
  it('warns on the eagerness for an act the passage holds back from, not the act alone', () => {
    const kb = realKnowledge();
    // biden-japan-frictions: "it has been pointedly cautious about taking punitive steps against the military".
    const text = 'Tokyo has, however, been eager to take punitive steps against the generals.';
    for (const curated of [false, true]) {
      const found = grounded(kb, text, curated);
      assert.deepEqual(words(text, found), ['eager to take'], text);
      assert.match(found[0].message, /says “eager to take”, but \S+ says “cautious about taking”/, found[0].message);
    }
    for (const told of [
      'Tokyo has, however, been cautious about taking punitive steps against the generals.',
      'Tokyo has, however, been reluctant to take punitive steps against the generals.',
    ])
      for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, told, curated), [], told);
  });

  it('warns on a state said to hold still against an act done since, and not on the act it undid', () => {
    const kb = realKnowledge();
    // strengthen-relations-2021: "… with reciprocal coronavirus travel restrictions, since lifted, reducing further
    // opportunities for person-to-person engagement".
    const text =
      'The reciprocal coronavirus travel restrictions imposed in 2020 remain in place, further limiting person-to-person engagement.';
    for (const curated of [false, true]) {
      const found = grounded(kb, text, curated);
      assert.deepEqual(words(text, found), ['remain in place'], text);
      assert.match(found[0].message, /says “remain in place”, but \S+ says “since lifted”/, found[0].message);
    }
    // The restrictions were imposed in 2020, and lifted later: both true.
    for (const told of [
      'The reciprocal coronavirus travel restrictions imposed in 2020 reduced further opportunities for person-to-person engagement.',
      'The reciprocal coronavirus travel restrictions imposed in 2020 have since been lifted.',
    ])
      for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, told, curated), [], told);
  });
});
