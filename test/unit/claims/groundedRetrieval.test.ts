import * as assert from 'node:assert/strict';
import { grounded, words } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * Which passages a draft sentence is lined up with (groundedCheck.ts `candidatesFor`): the one telling its event must
 * be among them, though the sentence's wrong detail pulls in passages of its own.
 */
describe('claims read from the sources: finding the passage a sentence retells', () => {
  it('finds a passage spelling out in plain words the thing the draft names, past the passages of a wrong name', () => {
    const kb = realKnowledge();
    // The passage: "… abandoned the painfully negotiated “comfort women” agreement Japan had reached in 2015 with
    // President Park Geun-hye." The draft names the agreement as a thing; "Lee Myung-bak" finds the passage on the
    // constitutional court, which outscored it.
    for (const text of [
      'Japan concluded the 2015 comfort-women agreement with President Lee Myung-bak.',
      'Tokyo signed the comfort women agreement in December 2015 with President Lee Myung-bak.',
    ]) {
      const found = grounded(kb, text);
      assert.deepEqual(words(text, found), ['Lee Myung-bak'], text);
      assert.match(found[0].message, /says “Park Geun-hye”/, found[0].message);
    }
  });

  it('lets a passage spelling the agreement out back the draft, as one naming it does', () => {
    const kb = realKnowledge();
    // Now lined up too: "… President Moon is viewed poorly in Japan—his government's withdrawal from the 2015 “comfort
    // women” agreement …", another act of another president; the passage above tells the draft's act and backs it.
    for (const text of [
      'The year 2015 also saw Japan conclude the comfort women agreement with President Park Geun-hye.',
      'The comfort women agreement was struck by Japan in 2015 with the government of President Park Geun-hye.',
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
  });
});

/**
 * A passage naming an agreement ("… Seoul’s near withdrawal from an important military intelligence-sharing pact with
 * Tokyo.") is found and lined up by the words of its name, which a draft tells in plain words (sentenceAnalysis.ts
 * `namedWords`, filed in the index as `s:` keys); and what that reading would let through wrongly stays quiet.
 */
describe('claims read from the sources: a passage found by the words of a name it gives', () => {
  it('warns on a withdrawal the passage tells only as a near one', () => {
    const kb = realKnowledge();
    for (const [text, wrong] of [
      ['Seoul actually withdrew from its intelligence-sharing pact with Tokyo.', 'actually withdrew'],
      ['In 2019 Seoul really did pull out of the intelligence-sharing pact with Tokyo.', 'pull out'],
    ]) {
      const found = grounded(kb, text);
      assert.deepEqual(words(text, found), [wrong], text);
      assert.match(found[0].message, /says “near withdrawal”/, found[0].message);
    }
  });

  it('reads "coming close to" as a near miss, as "came close to"', () => {
    const text = 'By 2019 Seoul was coming close to pulling out of the intelligence-sharing pact with Tokyo.';
    assert.deepEqual(words(text, grounded(realKnowledge(), text)), [], text);
  });

  it('reads a sentence opening "Had Seoul …" as a condition', () => {
    const text = 'Had Seoul quit GSOMIA in November 2019, the trilateral intelligence link could have unravelled.';
    assert.deepEqual(words(text, grounded(realKnowledge(), text)), [], text);
  });

  it('reads "X is not a …; Y is." as picking one thing over another, no denial of the passage', () => {
    // "… the Trilateral Information Sharing Arrangement (TISA), the General Security of Military Information Agreement
    // (GSOMIA), …"
    const text = 'GSOMIA is not a trilateral information sharing arrangement; TISA is.';
    assert.deepEqual(words(text, grounded(realKnowledge(), text)), [], text);
  });

  it("does not read an agreement dated by a year of its own as the passage's other agreement", () => {
    // "… a challenge to the 1965 Normalization Treaty and the Settlement of Claims agreement, …"
    const text = 'The 2015 comfort women agreement came half a century after the 1965 normalization treaty.';
    assert.deepEqual(words(text, grounded(realKnowledge(), text)), [], text);
  });
});
