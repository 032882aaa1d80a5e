import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * Words of time that order nothing: "then" before a title gives the office held at the time, and a year naming a thing
 * inside a later clause ("… later told the Diet … to honor the 1965 agreement") is no date of that clause's act.
 */
describe('claims read from the sources: time words that order no events', () => {
  const kb = realKnowledge();
  const both = (text: string, expected: string[]) => {
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), expected, `${text} (${curated})`);
  };

  // strengthen-relations-2021: "This past week, U.S. Secretary of State Antony Blinken and Secretary of Defense Lloyd
  // Austin made back-to-back visits to Tokyo and Seoul …"; "… Blinken, then deputy secretary of state, … a trilateral
  // meeting in January 2016 …".
  it('reads "then" before a title as the office held at the time, not a next step', () => {
    both(
      'Years before his 2021 trip to Tokyo and Seoul, Blinken — then deputy secretary of state — met Saiki and Lim Sung-nam in January 2016.',
      [],
    );
    both(
      'After his 2021 trip to Tokyo and Seoul, Blinken — then deputy secretary — sat down with Saiki and Lim Sung-nam in January 2016.',
      [],
    );
    both(
      'Before his 2021 trip to Tokyo and Seoul, Blinken — then the deputy secretary — sat down with Saiki and Lim Sung-nam in January 2016.',
      [],
    );
    both('Years before the 2021 visits, Blinken; then deputy secretary, met Saiki and Lim Sung-nam in January 2016.', []);
  });

  it('still reads "then" opening a next act against the dates', () => {
    both(
      'Blinken made back-to-back visits to Tokyo and Seoul in March 2021; then, in January 2016, he sat down with Saiki and Lim Sung-nam.',
      ['then'],
    );
    both('Stilwell visited Seoul first and only then traveled on to Tokyo.', ['first and only then']);
  });

  // seoul-tokyo-2019: "… the Abe cabinet … lost patience with the Moon government when it abandoned the comfort women
  // agreement Japan had reached in 2015 …"; sakata2020 on the 1965 agreement and Abe's meeting with Moon in December 2019.
  it('dates no later clause by a year naming a thing inside it', () => {
    both(
      'The Abe cabinet lost patience when the Moon government walked away from the 2015 accord, and it then argued that the more recent forced-labor ruling violated the 1965 treaty.',
      [],
    );
    both(
      'Tokyo lost patience when the Moon government abandoned the 2015 agreement, and it then argued that the Supreme Court ruling violated the 1965 treaty.',
      [],
    );
    // A date opening a span tells when a state began, not when the act after "then" was.
    both(
      "Japan tightened export controls in the summer of 2019 and then insisted, as it had since 2018, that the 1965 treaty had settled the laborers' claims.",
      [],
    );
    both(
      'Abe and Moon met in Chengdu during the China-Japan-Korea summit in December 2019; the prime minister later told the Diet that the ROK was "our most important neighbor" while still pressing Seoul to honor the 1965 agreement.',
      [],
    );
  });

  it('still dates an event by the year naming it where it is the event ordered by', () => {
    both("Tokyo's export curbs came before the 2015 agreement.", ['before']);
    both("Tokyo's export curbs came after the 2015 agreement.", []);
  });
});
