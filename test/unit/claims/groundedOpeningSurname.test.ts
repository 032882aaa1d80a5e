import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A capitalised word opening a sentence is read as a name only with more of a name after it, unless it is a word of
 * a person the glossary names: "Moon met Abe …" names Moon, and the passage's Moon Jae-in is no other party.
 */
describe('claims read from the sources: a surname opening the sentence', () => {
  const kb = realKnowledge();

  it('reads a glossary person’s surname opening a sentence as that person', () => {
    // sakata2020: "… in December 2019, Japanese Prime Minister Abe Shinzo and South Korean President Moon Jae-in met in
    // Chengdu, China at the China-Japan-Korea trilateral summit."
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, 'Moon met Abe in Chengdu in December 2019.', curated), []);
  });

  it('still compares the date of that meeting', () => {
    assert.deepEqual(warnedWords(kb, 'Moon met Abe in Chengdu in November 2019.'), ['November 2019']);
    assert.deepEqual(warnedWords(kb, 'Moon met Abe in Chengdu in November 2019.', true), ['November']);
  });
});
