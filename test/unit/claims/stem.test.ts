import * as assert from 'node:assert/strict';
import { IRREGULAR_FORMS, STATED_PAST_FORMS } from '../../../src/core/claims/grounded/lexicon';
import { stem } from '../../../src/core/claims/grounded/stem';

describe('the stemmer the claim checker compares words by', () => {
  /** Each group's words meet on one key. */
  const meets = (groups: readonly string[][]) => {
    for (const group of groups) assert.equal(new Set(group.map(stem)).size, 1, `${group.join(', ')}: ${group.map(stem).join(', ')}`);
  };

  it('meets the inflections and nominalisations of a word, never listed', () => {
    meets([
      ['ruled', 'rules', 'ruling'],
      ['withdraw', 'withdrawal', 'withdrawing'],
      ['normalize', 'normalized', 'normalisation'],
      ['planned', 'planning', 'plan'],
      ['repeatedly', 'repeated'],
      // A noun in "-ation" or "-ition" meets its verb, with an "-ate" or without.
      ['resignation', 'resign', 'resigned'],
      ['negotiate', 'negotiated', 'negotiation'],
      ['imposition', 'impose', 'imposed'],
      ['invitation', 'invite', 'invited'],
      // A verb's own "-eed" is no past "-ed".
      ['succeed', 'succeeded', 'succeeds', 'succeeding'],
      // An adjective in "-tious" or "-cious" meets its noun.
      ['cautious', 'caution', 'cautions'],
      ['suspicious', 'suspicion'],
      ['ambitious', 'ambition'],
      // The "-eal" of a root is no noun's "-al": "reveal" meets "revealed" as "appeal" meets "appealed".
      ['reveal', 'revealed', 'reveals', 'revealing'],
      ['appeal', 'appealed', 'appeals'],
      // A noun in "-ension" or "-ansion" meets its verb in "-end" or "-and".
      ['extension', 'extend', 'extended'],
      ['suspension', 'suspend'],
      ['expansion', 'expand', 'expanding'],
    ]);
    // Not after a root of one or two letters: "tension" is no "tend".
    assert.notEqual(stem('tension'), stem('tend'));
  });

  it('meets British and American spellings of a doubled "l", and irregular pasts', () => {
    meets([
      ['travelled', 'traveled', 'travelling', 'travel'],
      ['controlled', 'controls', 'control'],
      ['labelled', 'labeled', 'label'],
      ['quarrelled', 'quarrel'],
      ['flew', 'flown', 'fly'],
    ]);
    // One syllable, or an "ll" of the word itself: kept.
    meets([
      ['polled', 'poll'],
      ['called', 'call'],
      ['installed', 'install'],
    ]);
    assert.notEqual(stem('called'), stem('cal'));
  });

  it('reads every stated past form of the sentence reader as the past of its own verb', () => {
    // `STATED_PAST_FORMS` is a subset of the irregular table, or a past that is its base ("set", "let"): one list of
    // irregular verbs, so "made" after a party and "made" in a passage meet "make".
    for (const form of STATED_PAST_FORMS) assert.ok(IRREGULAR_FORMS.has(form) || stem(form) === form, form);
    assert.equal(stem('made'), stem('make'));
  });
});
