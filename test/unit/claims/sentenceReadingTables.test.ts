import * as assert from 'node:assert/strict';
import { analyseSentence } from '../../../src/core/claims/grounded/sentenceAnalysis';
import { stem } from '../../../src/core/claims/grounded/stem';
import { realKnowledge } from '../helpers/knowledge';

/**
 * The sentence reading looks words up in tables built once (number words, titles' plurals, a definition's country) and
 * tries its patterns only where they can match (a time told from another, a closing question mark). These readings
 * must stay what the word-by-word rules they stand for gave.
 */
describe('sentence reading: tables and shortcuts read as the rules they stand for', () => {
  const read = (text: string) => analyseSentence(realKnowledge(), text, 0, text.length);
  const numbers = (text: string) =>
    read(text)
      .slots.filter((s) => s.kind === 'number')
      .map((s) => [s.text, s.number?.value]);
  const titles = (text: string) => read(text).slots.flatMap((s) => (s.role ? [s.role.head] : []));

  it('reads number words and fractions written out', () => {
    assert.deepEqual(numbers('Seventy-two lawmakers signed the letter, and a third of them later visited Seoul.'), [
      ['Seventy-two', 72],
      ['a third', 1 / 3],
    ]);
    assert.deepEqual(numbers('Nine in ten respondents in the survey said that relations were bad.'), [['Nine in ten', 0.9]]);
    // No number at all: a word that only opens like one ("and", "a", "Constructor").
    assert.deepEqual(numbers('A constructor and a toString are no numbers.'), []);
  });

  it('reads the plural of a title as the office of each of its holders, but not of a head read only in the singular', () => {
    assert.deepEqual(titles('The two foreign ministers met in Seoul.'), [stem('minister')]);
    assert.deepEqual(titles('The deputy secretaries of state met in Tokyo.'), [stem('secretary')]);
    assert.deepEqual(titles('The heads of the two delegations met in Tokyo.'), []);
  });

  it('tells a question by its closing mark past quotes and brackets, and a time told from another', () => {
    assert.equal(read('Did Seoul terminate GSOMIA in 2019?”  ').question, true);
    assert.equal(read('(Was the agreement signed in 2015?)').question, true);
    assert.equal(read('Seoul asked “why?” and terminated GSOMIA in 2019.').question, false);
    assert.equal(read('Two years later, Seoul terminated GSOMIA.').relativeTime, true);
    assert.equal(read('LATER THAT YEAR Tokyo imposed export controls.').relativeTime, true);
    assert.equal(read('Seoul terminated GSOMIA in August 2019, before the deadline.').relativeTime, false);
  });
});
