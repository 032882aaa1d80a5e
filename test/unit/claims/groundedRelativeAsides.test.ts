import * as assert from 'node:assert/strict';
import { grounded, words } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A relative clause set off by commas (", who … ,", ", which …") tells of the noun before it, not of the main clause's
 * act: a value outside it is not near the values and words inside it (alignment/neighbourhood.ts `sharesNeighbourhood`).
 */
describe('claims read from the sources: a relative clause set off by commas', () => {
  it("does not date the aside's act by the main clause's date", () => {
    const kb = realKnowledge();
    // The passage: "But Moon’s unilateral scrapping of the so-called “comfort women agreement” in 2018, which Suga
    // played a significant role in reaching as Abe’s Cabinet Secretary, has made Suga very cautious."
    for (const text of [
      "Suga, who as Abe's Cabinet Secretary helped reach the 2015 comfort women agreement, became prime minister in September 2020 after Abe resigned.",
      // The aside's words stand in the passage's main clause, and the passage's Suga in its aside.
      'Moon, who scrapped the comfort women agreement in 2018, sent Park Jie-won to Tokyo on November 9.',
      // The aside's act, dated by the passage, is not the main clause's.
      'Suga, who became prime minister after Abe resigned, received Park Jie-won in Tokyo in November 2020.',
    ]) {
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
      assert.deepEqual(words(text, grounded(kb, text, true)), [], text);
    }
  });

  it('ties values by words both sentences set in an aside, and a value in an aside to the noun it tells of', () => {
    const kb = realKnowledge();
    // The passages: "The president organized a trilateral meeting with Prime Minister Abe and then President Park at
    // the Hague, which jump started bilateral efforts to end …"; "The Six-Party Talks a decade later revealed …".
    const cases = [
      {
        text: 'Obama convened a trilateral meeting with Abe and Park in Geneva, which jump-started efforts to end their estrangement.',
        value: 'Geneva',
      },
      {
        text: 'The Six-Party Talks, which came in the 2010s, instead exposed considerable angst in Tokyo about a regional solution.',
        value: '2010s',
      },
    ];
    for (const { text, value } of cases) assert.deepEqual(words(text, grounded(kb, text)), [value], text);
  });
});
