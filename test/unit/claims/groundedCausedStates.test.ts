import * as assert from 'node:assert/strict';
import { warnedWords, warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A passage dating the cause of a state ("Moon's unilateral scrapping of the so-called 'comfort women agreement' in
 * 2018, which Suga played a significant role in reaching …, has made Suga very cautious"): the date is the cause's. A
 * state lasts, so a draft dating the state later ("Suga became very cautious in 2020 after Moon scrapped the
 * agreement") is not wrong; a draft dating the cause otherwise still is.
 */
describe('claims read from the sources: a state caused by a dated act', () => {
  const check = (texts: readonly (readonly [string, string])[], silent: readonly string[]) =>
    warnsInBothModes(realKnowledge(), texts, silent);

  it('compares a date with the cause, not with the state it brought about', () => {
    check(
      [
        ['Suga became very cautious after Moon scrapped the agreement in 2020.', '2020'],
        ["Moon's scrapping of the comfort women agreement in 2016 made Suga very cautious.", '2016'],
      ],
      [
        'Suga became very cautious in 2020 after Moon scrapped the agreement.',
        'Suga helped to reach the 2015 agreement; as prime minister in 2020 he stayed cautious.',
        'By 2020 Suga was very cautious, because Moon had scrapped the agreement.',
      ],
    );
  });
});

/**
 * A sentence opening with a date and then a name the analysis cannot type ("In January 2016 Akitaka Saiki met Blinken
 * in Tokyo."): that name is the subject, likely a person's, so the "he" of the next sentence is not sure to be the
 * person met.
 */
describe('claims read from the sources: a "he" after an untyped name met someone', () => {
  it('does not read the "he" after "In January 2016 Akitaka Saiki met Blinken" as Blinken', () => {
    warnsInBothModes(
      realKnowledge(),
      [
        // The person met first named, as the subject: the "he" is his, and Blinken was no vice foreign minister.
        [
          'Blinken met Akitaka Saiki in Tokyo in January 2016. As vice foreign minister he pressed Seoul on the issue.',
          'vice foreign minister',
        ],
        [
          'In January 2016 Blinken met Akitaka Saiki in Tokyo. As vice foreign minister he pressed Seoul on the issue.',
          'vice foreign minister',
        ],
      ],
      [
        'In January 2016 Akitaka Saiki met Blinken in Tokyo. As vice foreign minister he pressed Seoul on the issue.',
        "In January 2016, Akitaka Saiki met Blinken in Tokyo. He was Japan's vice foreign minister.",
      ],
    );
  });
});

/**
 * A verb taking almost any object ("left", "kept") opposes the passage's "delist South Korea" only where its object is
 * South Korea: "left South Korea's semiconductor industry hit hard" leaves the industry, which South Korea only owns.
 */
describe("claims read from the sources: the owner of a broad verb's object", () => {
  it('does not read "left South Korea\'s semiconductor industry hit hard" as keeping South Korea on the list', () => {
    warnsInBothModes(
      realKnowledge(),
      [['In summer 2019 Japan left South Korea on its white list.', 'left']],
      ["The tightening of export controls in summer 2019 left South Korea's semiconductor industry hit hard."],
    );
  });
});

/**
 * A hand-written fact's event named in a phrase set off by commas that an order word opens ("Moon's government, after
 * the 2018 scrapping of the comfort women agreement, faced a cautious Suga in 2020"): the date after that phrase is the
 * main clause's act's, not the agreement's (2015).
 */
describe('curated dates: an event named in an aside of order', () => {
  it("does not read the main clause's date as the date of the agreement the aside names", () => {
    const kb = realKnowledge();
    assert.deepEqual(warnedWords(kb, 'Abe, in December 2016, reached the comfort women agreement with Park.', true), ['2016']);
    assert.deepEqual(
      warnedWords(kb, "Moon's government, after the 2018 scrapping of the comfort women agreement, faced a cautious Suga in 2020.", true),
      [],
    );
  });
});
