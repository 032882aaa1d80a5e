import * as assert from 'node:assert/strict';
import { grounded, warnedWords, words } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A wrong date or number in a sentence sharing few anchors and little else with the passage (groundedCheck.ts
 * `valueClauseTold`): warned where the value's own clause is one the passage tells, the rest of the sentence being the
 * writer's own words; quiet where the value stands in a clause of its own or lies years from the passage's date.
 */
describe('claims read from the sources: a value whose own clause the passage tells', () => {
  it('warns on a date told with the parties and place of the passage, in other words', () => {
    // "… in December 2019, Japanese Prime Minister Abe and President Moon Jae-in met in Chengdu, China …"
    const text = 'Abe and Moon finally sat down in Chengdu in October 2019.';
    const found = grounded(realKnowledge(), text);
    assert.deepEqual(words(text, found), ['October 2019']);
    assert.match(found[0].message, /says “December 2019”/, found[0].message);
  });

  it('warns on a share whose clause tells what the passage measures', () => {
    // "With 56 percent of Japanese citizens deeming the economic retaliation against South Korea “appropriate,” …"
    const text = 'Some 40 percent of Japanese voters backed the retaliatory export measures against Seoul.';
    const found = grounded(realKnowledge(), text);
    assert.deepEqual(words(text, found), ['40']);
    assert.match(found[0].message, /says “56 percent”/, found[0].message);
  });

  it('warns on a date whose clause shares the passage’s words', () => {
    // "The naval relationship was nearly torpedoed in late January when the two sides traded accusations …"
    const text = 'The naval relationship came close to being sunk in early April amid dueling accusations.';
    assert.deepEqual(warnedWords(realKnowledge(), text), ['early April']);
  });

  it('stays quiet on a date set off in a clause of its own, or years from the passage’s', () => {
    const kb = realKnowledge();
    for (const text of [
      'In a separate case in July 2019, Abe and Moon sat down together in Chengdu.',
      "Moon's government, elected in 2017, walked away from the comfort women agreement.",
      'Abe and Moon sat down together in Chengdu in December 2012.',
    ])
      assert.deepEqual(warnedWords(kb, text), [], text);
  });

  it('warns on a short sentence one anchor short, when the passage says most of it and names its every party', () => {
    // "The constitutional court first became involved in 2011 when it called on the Lee Myung-bak government …"
    const text = 'The constitutional court first stepped in in 2012.';
    const found = grounded(realKnowledge(), text);
    assert.deepEqual(words(text, found), ['2012']);
    assert.match(found[0].message, /says “2011”/, found[0].message);
    // A party the passage does not name: another event ("… customers returning to UNIQLO and Toyota Lexus").
    const other = 'Park Jie-won returned from Tokyo on November 10.';
    assert.deepEqual(warnedWords(realKnowledge(), other), [], other);
  });
});

/**
 * A guess set off after the clause a wrong value stands in ("…, likely to avoid the look of shuttle diplomacy"): the
 * writer's reading of why, a statement of its own, so the value's clause ends before it (groundedCheck.ts
 * `clauseCoverage`). Facts off.
 */
describe('claims read from the sources: a value before a guess set off after its clause', () => {
  it('weighs the value’s clause without the guess after it', () => {
    const kb = realKnowledge();
    // buchan2019: "Further, Stilwell's trip schedule did not take him directly from Tokyo to Seoul, but rather to Seoul
    // by way of The Philippines and Thailand."
    const text =
      'Stilwell did not fly directly from Tokyo to Seoul; he went by way of Vietnam and Thailand, likely to avoid the look of shuttle diplomacy.';
    assert.deepEqual(warnedWords(kb, text), ['Vietnam']);
    assert.deepEqual(warnedWords(kb, text.replace('Vietnam', 'the Philippines')), []);
  });
});
