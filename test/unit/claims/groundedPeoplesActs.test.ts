import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A date's clause lined up with a passage only by words for alike acts ("the two leaders did finally meet" against
 * "… William Perry led a trilateral … approach to negotiating …") tells another event where each sentence tells the
 * act of a person the other never names: the draft's Abe and Moon are not the passage's Perry, and the draft's date
 * is their meeting's, not a wrong date of his approach.
 */
describe('claims read from the sources: a date of other people’s act', () => {
  const kb = realKnowledge();
  const both = (text: string, expected: string[]) => {
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), expected, `${text} (${curated})`);
  };

  it('reads no wrong date where the draft tells other people doing an alike act', () => {
    // seoul-tokyo-2019: "Only in the 1990s, when Secretary of Defense William Perry led a trilateral, alliances-first
    // approach to negotiating with Pyongyang did Seoul and Tokyo seemed to find common ground."
    both(
      'In December 2019 the two leaders did finally meet: Abe and Moon sat down together in Chengdu, China, at the China-Japan-Korea trilateral summit.',
      [],
    );
    both('In 2019 the two leaders finally met: Abe and Moon sat down in Chengdu at the China-Japan-Korea trilateral summit.', []);
  });

  it('still reads a wrong date of the act of the people the passage names', () => {
    // sakata2020: "… in December 2019, Japanese Prime Minister Abe Shinzo and South Korean President Moon Jae-in met in
    // Chengdu, China at the China-Japan-Korea trilateral summit."
    both(
      'In December 2018 the two leaders did finally meet: Abe and Moon sat down together in Chengdu, China, at the China-Japan-Korea trilateral summit.',
      ['December 2018'],
    );
    both('In the 2000s the two capitals found common ground: William Perry led a trilateral approach to negotiating with Pyongyang.', [
      '2000s',
    ]);
  });

  it('reads no denial against people meeting at a gathering named by its member countries', () => {
    // buchan2019: "… news that Japan has refused to hold further working group meetings with South Korea …": the
    // draft's Japan and Korea only name the summit's members; Abe and Moon hold the talks.
    both('At the China-Japan-Korea summit in December 2019, Abe and Moon held their first formal talks in fifteen months.', []);
    // Japan itself acting still denies the passage.
    both('At the China-Japan-Korea summit in December 2019, Japan agreed to hold further working group meetings with South Korea.', [
      'agreed',
    ]);
  });

  it('reads a bare "held back" as hesitating, not as backing anything', () => {
    // biden-japan-frictions: "… with the Chinese backing the coup while the United States condemns it and has moved to
    // impose sanctions against the coup leaders."
    both(
      'In February 2021 the two allies parted ways over Burma: Washington moved to sanction the coup leaders while Tokyo held back.',
      [],
    );
    // biden-japan-frictions: "“Prime Minister Suga would not take a risk in resolving this issue before he is
    // re-elected as Chairman of the Liberal Democratic Party in September …,” … Yu Myung Hwan … told me." The wrong
    // month of the vote is still read.
    both('Yu expects Suga to hold back until after the LDP leadership vote in April.', ['April']);
  });

  it('reads "the two sides" as standing for parties, not as telling the passage\'s event', () => {
    // buchan2019: "The naval relationship was nearly torpedoed in late January when the two sides traded accusations
    // over …": the draft's lawmakers are other sides, meeting in another month.
    both(
      "In November 2020 the two sides' lawmakers met: the Korea-Japan Parliamentarians' Union delegation agreed to set up committees on the Tokyo Olympics.",
      [],
    );
  });
});
