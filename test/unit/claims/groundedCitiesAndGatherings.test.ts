import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A capital a journey goes to, read as the city (compared with another city), and a gathering named by another
 * body's name ("the APEC summit" against "the Group of Twenty summit"), read from the sources' own text with the
 * hand-written facts off.
 */
describe('claims read from the sources: the city a journey went to, the body a gathering is named by', () => {
  it('sets another city a journey went to against the capital the source names', () => {
    const kb = realKnowledge();
    // "Park Jie-won, head of the National Intelligence Service, traveled to Tokyo on November 9 as a presidential envoy."
    assert.deepEqual(warnedWords(kb, 'Park Jie-won travelled to Osaka on November 9 as a presidential envoy.'), ['Osaka']);
    assert.deepEqual(warnedWords(kb, 'Park Jie-won flew to Tokyo on November 9 as a presidential envoy.'), []);
  });

  it('sets a gathering named by another body against the one the source names', () => {
    const kb = realKnowledge();
    // "Prime Minister Abe and President Moon Jae-in barely spoke during the Group of Twenty summit in Osaka, coming
    // together only for a requisite photo opportunity."
    const text = 'At the APEC summit in Osaka, Abe and Moon barely spoke and came together only for the obligatory photo.';
    assert.deepEqual(warnedWords(kb, text), ['APEC']);
    assert.deepEqual(warnedWords(kb, text.replace('APEC', 'G-20')), []);
  });

  it('does not take a word the stemmer joins to another for the kind of thing a name names', () => {
    const kb = realKnowledge();
    // "… headed by Kim Jin-pyo of the ruling Democratic Party met with Suga …": "summit" and "met" are no one kind.
    const text =
      'The 2023 Camp David summit brought the U.S., Japanese and South Korean leaders together for a standalone trilateral meeting.';
    assert.deepEqual(warnedWords(kb, text), []);
  });
});

describe('claims read from the sources: a capital after a representative’s title', () => {
  it('reads "ambassador in Tokyo" as the post to Japan, so the rest of the sentence is compared', () => {
    const kb = realKnowledge();
    // sakata2020: "On November 23, the Blue House appointed Representative Kang Chan-gil, former chairman of the
    // Korea-Japan Parliamentarians’ Union, as the next ambassador to Japan."
    const wrong = "On January 23, the Blue House tapped Representative Kang Chan-gil to be Seoul's next ambassador in Tokyo.";
    const right = "On November 23, the Blue House tapped Representative Kang Chan-gil to be Seoul's next ambassador in Tokyo.";
    assert.deepEqual(warnedWords(kb, wrong), ['January 23'], wrong);
    assert.deepEqual(warnedWords(kb, right), [], right);
  });
});
