import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * Hearsay of no one named and possibilities allowed: the writer reports what "some" say or allows what "it is possible"
 * did, and is not wrong when the sources say otherwise. The same claim made outright still warns.
 */
describe('claims told as hearsay or as a possibility', () => {
  const kb = realKnowledge();
  const silent = [
    // Seoul-Tokyo 2019: Perry's trilateral approach dates from the 1990s.
    "Some argue that Perry's trilateral approach dates from the 1980s.",
    "Some recall Perry's trilateral approach as dating from the 1980s.",
    // Sakata: "a seven-member delegation … headed by Kim Jin-pyo".
    'It is possible that the delegation that met Suga had ten members.',
    'It is possible, some analysts say, that the delegation that met Suga had as many as ten members.',
    'The delegation that met Suga had ten members, some analysts say.',
    'Many observers believe the delegation that met Suga had ten members.',
    // Sakata: "Park Jie-won, head of the National Intelligence Service, traveled to Tokyo on November 9 …": "reportedly"
    // before the verb puts its whole clause in doubt, however far the date stands from it.
    "Some Korean outlets reportedly placed Park Jie-won's envoy trip to Tokyo in early October.",
    'Park Jie-won allegedly made his first trip to Tokyo as a presidential envoy in early October.',
  ];
  for (const curated of [false, true]) {
    it(`is silent on them, and warns on the same claims made outright (curated ${curated})`, () => {
      for (const text of silent) assert.deepEqual(warnedWords(kb, text, curated), [], `${text} (curated ${curated})`);
      // (The curated fact marks "ten members", the extracted claim "ten".)
      assert.match(warnedWords(kb, 'The delegation that met Suga had ten members.', curated).join('|'), /^ten( members)?$/);
      assert.deepEqual(warnedWords(kb, "Perry's trilateral approach dates from the 1980s.", curated), ['1980s']);
      // A named speaker's words are the sources' record of them: not hearsay ("for some time said" names no speaker).
      const named = 'For some time said to be large, the delegation that met Suga had ten members.';
      assert.match(warnedWords(kb, named, curated).join('|'), /^ten( members)?$/);
    });
  }
});
