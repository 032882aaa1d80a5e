import * as assert from 'node:assert/strict';
import { listWith, nameLists, PERSON_TYPES, type ListReading } from '../../../src/core/claims/grounded/nameLists';
import { analyseSentence } from '../../../src/core/claims/grounded/sentenceAnalysis';
import { realKnowledge } from '../helpers/knowledge';

/**
 * The one reader of a sentence's lists of names (src/core/claims/grounded/nameLists.ts): each option of a reading
 * changes which names it reads as listed together.
 */

const kb = realKnowledge();
const read = (text: string) => analyseSentence(kb, text, 0, text.length);

/** Each list a reading reads in `text`, as its names. */
const lists = (text: string, reading: ListReading) => nameLists(read(text), reading).map((l) => l.map((s) => s.text));

const PLACES: ListReading = { types: ['place'], adjectives: false, titled: false, conjunctions: ['and', 'or'], closedByConjunction: true };

describe('lists of names', () => {
  it('reads a list joined by commas and a last "and" or "or", each in order', () => {
    assert.deepEqual(lists('Britain, France, Australia and Canada have worked with Japan.', PLACES), [
      ['Britain', 'France', 'Australia', 'Canada'],
    ]);
    assert.deepEqual(lists('Leaders flew to Tokyo, or Seoul.', PLACES), [['Tokyo', 'Seoul']]);
  });

  it('reads a city and its country ("Chengdu, China") as a list only when no conjunction is asked for', () => {
    const text = 'The leaders met in Chengdu, China.';
    assert.deepEqual(lists(text, PLACES), []);
    assert.deepEqual(lists(text, { ...PLACES, closedByConjunction: false }), [['Chengdu', 'China']]);
  });

  it('joins by the conjunctions a reading names', () => {
    const text = 'Visits to Tokyo or Seoul followed.';
    assert.deepEqual(lists(text, PLACES), [['Tokyo', 'Seoul']]);
    assert.deepEqual(lists(text, { ...PLACES, conjunctions: ['and'] }), []);
  });

  it("counts a country's adjective as a member only when the reading lets it", () => {
    const text = 'Japanese and Korean firms were sued.';
    assert.deepEqual(lists(text, PLACES), []);
    assert.deepEqual(lists(text, { ...PLACES, adjectives: true }), [['Japanese', 'Korean']]);
  });

  it('lets a title stand before a member only when the reading lets it', () => {
    const a = read('Abe and President Moon Jae-in met in Chengdu.');
    const abe = a.slots.find((s) => s.text === 'Abe')!;
    const people: ListReading = { types: PERSON_TYPES, adjectives: true, titled: true, conjunctions: ['and'], closedByConjunction: false };
    assert.deepEqual(
      listWith(a, abe, people).map((s) => s.text),
      ['Abe', 'Moon Jae-in'],
    );
    assert.deepEqual(
      listWith(a, abe, { ...people, titled: false }).map((s) => s.text),
      ['Abe'],
    );
  });
});
