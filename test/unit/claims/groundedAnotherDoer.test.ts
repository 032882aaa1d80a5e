import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A date in a part of the sentence whose act another person does, one the passage (or the fact) never names, dates
 * that person's act: the person the passage tells of is named only in another part.
 */
describe('claims read from the sources: a date in another person’s act', () => {
  const kb = realKnowledge();
  const both = (text: string, expected: string[]) => {
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), expected, `${text} (${curated})`);
  };

  it('compares no date of an act the passage does not tell of its person', () => {
    // sakata2020: "… Takeo Kawamura, head of the Japan-Korea Parliamentarians’ Union, met informally with his
    // counterparts in Seoul in October 2020." and "In mid-November, a seven-member delegation from the Korea-Japan
    // Parliamentarians’ Union headed by Kim Jin-pyo … met with Suga … in Tokyo".
    both(
      "Takeo Kawamura heads the Japan-Korea Parliamentarians' Union; Kim Jin-pyo led a delegation from its Korean counterpart to Tokyo in mid-November 2020.",
      [],
    );
    // sakata2020: "In September 2020, former Cabinet Secretary Yoshihide Suga became Japan’s prime minister following
    // Abe’s resignation." Biden is not named there; he takes office in his own part of the sentence.
    both('Suga praised Abe, and Biden took office in January 2021.', []);
  });

  it('compares no date of a predicate that a person the sources never name does after "and"', () => {
    // The fact of Suga's taking office: Yoon Suk Yeol takes office in the part after "and".
    both('Kishida Fumio succeeded Suga in the autumn of 2021, and Yoon Suk Yeol took office in Seoul in May 2022.', []);
  });

  it('still compares the date of the act the passage tells of its own person', () => {
    // The hand-written fact marks the month alone, the passage's reading the whole date.
    const kawamura = "Takeo Kawamura, head of the Japan-Korea Parliamentarians' Union, met his counterparts in Seoul in November 2020.";
    assert.deepEqual(warnedWords(kb, kawamura), ['November 2020']);
    assert.deepEqual(warnedWords(kb, kawamura, true), ['November']);
    const suga = 'Abe resigned, and Suga took office in October 2020.';
    assert.deepEqual(warnedWords(kb, suga), ['October 2020']);
    assert.deepEqual(warnedWords(kb, suga, true), ['October']);
    // Two doers listed together, the subject among them; an act done to the subject, named by a pronoun.
    assert.deepEqual(warnedWords(kb, 'Suga and Moon took office in 2019.', true), ['2019']);
    assert.deepEqual(warnedWords(kb, 'Kang Chan-gil led the union, and Moon appointed him ambassador in December 2020.', true), [
      'December',
    ]);
  });
});
