import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A source quoting a guess or a supposition and telling whose it is ("“Prime Minister Suga would not take a risk …,”
 * former South Korean foreign Minister Yu Myung Hwan … told me"): who told it, and where they serve, is stated and
 * compared with a draft telling someone's telling; the quoted words stay the speaker's (curated facts on and off).
 */

/** Each text warns on its value alone, in both modes; each silent text warns on nothing. */
function check(kb: KnowledgeBase, wrong: readonly { text: string; value: string }[], right: readonly string[]): void {
  for (const curated of [false, true]) {
    for (const { text, value } of wrong) assert.deepEqual(warnedWords(kb, text, curated), [value], `${text} (curated ${curated})`);
    for (const text of right) assert.deepEqual(warnedWords(kb, text, curated), [], `${text} (curated ${curated})`);
  }
}

describe('claims read from the sources: who told a quoted guess', () => {
  it('compares the speaker of a quoted guess, and the body of the speaker of a quoted supposition', () => {
    const kb = realKnowledge();
    check(
      kb,
      [
        {
          text: 'Professor Park Cheol Hee predicted that Suga would take no risk on the issue before his re-election as LDP chairman in September.',
          value: 'Park Cheol Hee',
        },
        {
          // The source: "“On trilateral security cooperation, we also believe it is crucial if we want to pressurize
          // North Korea …,” a senior official in the Prime Minister’s National Security Secretariat (NSS) told me."
          text: "A senior official at Japan's Ministry of Foreign Affairs told the author that trilateral security cooperation is vital to pressing North Korea and China on denuclearization.",
          value: 'Ministry of Foreign Affairs',
        },
      ],
      [
        'Former foreign minister Yu Myung Hwan predicted that Suga would take no risk on the issue before his re-election as LDP chairman in September.',
        "A senior official in the Prime Minister's National Security Secretariat told the author that trilateral security cooperation is vital to pressing North Korea and China on denuclearization.",
        // Telling no one's telling: the speaker of the quotation naming Suga is not compared with Suga's old boss.
        "Prime Minister Suga, formerly Abe's chief cabinet secretary, kept his predecessor's line.",
      ],
    );
  });
});

/**
 * A guess reported as someone's ("Yu … said that Suga would not take a risk before he is re-elected … in November"):
 * its clause of time is the speaker's account of what is so, compared with the passage's quoted guess ("“Prime
 * Minister Suga would not take a risk … before he is re-elected as Chairman of the Liberal Democratic Party in
 * September …,” … Yu Myung Hwan … told me"), though the guess itself is not, and is denied.
 */
describe('claims read from the sources: the clause of time of a reported guess', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);
  const said = (month: string) => `Yu Myung Hwan said that Suga would not take a risk before he is re-elected as LDP chairman in ${month}.`;
  const doubted = (month: string) =>
    `Yu Myung Hwan, who once served as Seoul's foreign minister, doubted that Suga would gamble on a settlement before his re-election as LDP chairman in ${month}.`;

  it('warns on the month of the re-election the guess takes as given', () => {
    assert.deepEqual(warned(said('November')), ['November']);
    assert.deepEqual(warned(doubted('November')), ['November']);
  });

  it('stays silent on the right month', () => {
    assert.deepEqual(warned(said('September')), []);
    assert.deepEqual(warned(doubted('September')), []);
  });
});

/**
 * The clause of time of a quoted guess ("… before he is re-elected as Chairman of the Liberal Democratic Party in
 * September or has an election victory") dates the event it tells before its value: a draft dating another event the
 * sentence also speaks of ("after Biden's victory") is not compared with it.
 */
describe('claims read from the sources: another event beside a guess’s clause of time', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('stays silent on a date of another event sharing a word after the clause’s value', () => {
    assert.deepEqual(warned("Optimism about Japan-ROK relations grew in November 2020 after Biden's victory."), []);
  });

  it('still warns on the month of the re-election itself', () => {
    assert.deepEqual(warned('Yu Myung Hwan said that Suga would not take a risk before he is re-elected as LDP chairman in November.'), [
      'November',
    ]);
  });
});
