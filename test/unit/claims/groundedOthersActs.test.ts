import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * An act a passage tells only as asked for or decided by one party ("a Korean court decision to grant compensation",
 * "ordering them to compensate") is not stated as done by another: a draft telling that the other party refused it
 * agrees with the sources. And a year naming one event ("the 2018 ruling") does not date another event the sentence
 * orders it with ("was followed by Tokyo's restrictions").
 */
describe('claims read from the sources: acts asked of one party, and years naming one event', () => {
  const kb = realKnowledge();
  const both = (text: string, expected: string[]) => {
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), expected, `${text} (${curated})`);
  };

  it('reads no refusal against an act a court decided or ordered of others', () => {
    // biden-japan-frictions: "… seized as part of a Korean court decision to grant compensation to Korean forced
    // laborers." sakata2020: "… a Korean Supreme Court ruling in October 2018 … which called for Japanese companies to
    // pay compensation to the victims." 004: "With Korean courts ordering expropriation of Japanese shares to compensate
    // the victims, …"
    for (const text of [
      'Japanese companies refused to compensate Korean laborers.',
      'After the October 2018 Supreme Court verdict, Japanese companies refused to compensate Korean laborers.',
      'Japanese firms declined to pay compensation to the victims.',
    ])
      both(text, []);
  });

  it('still reads the deciding party refusing what it decided as the opposite', () => {
    both('The Korean court refused to grant compensation to Korean forced laborers.', ['refused']);
  });

  it('reads a year right before an event noun as naming that event, not dating the one it was followed by', () => {
    // sakata2020: "The Japanese Cabinet’s sudden decision in summer 2019 to tighten export control measures …"
    both("The 2018 ruling was followed by Tokyo's restrictions on exports of materials.", []);
    const wrong =
      'The Japanese Cabinet’s sudden decision in summer 2018 to tighten export control measures hit South Korea’s semiconductor industry.';
    assert.deepEqual(warnedWords(kb, wrong), ['summer 2018']);
    // buchan2019: "The Six-Party Talks a decade later revealed …": a verb in "-ed" right after the year is its act.
    assert.deepEqual(warnedWords(kb, 'The Six-Party Talks of the 1980s revealed angst in Tokyo.'), ['1980s']);
  });
});
