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
