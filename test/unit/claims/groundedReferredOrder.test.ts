import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * An order set against the event the sentence before told, pointed back at after the order word ("came after that
 * result", "Two weeks after that appointment, …", "After that, …"): the two events are dated by the passages telling
 * them, as where the draft names both.
 */
describe('claims read from the sources: an order against the event the sentence before told', () => {
  const kb = realKnowledge();
  const both = (text: string, expected: string[]) => {
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), expected, `${text} (${curated})`);
  };
  // sakata2020: "… Takeo Kawamura … met informally with his counterparts in Seoul in October 2020." … "A second source
  // of momentum … came in November with former Vice President Joe Biden’s victory in the U.S. presidential election."
  // "Park Jie-won … traveled to Tokyo on November 9 as a presidential envoy." … "On November 23, the Blue House
  // appointed Representative Kang Chan-gil … as the next ambassador to Japan."

  it('warns where the event pointed back at came the other way round', () => {
    both(
      "Biden's victory gave Japan-Korea ties a second push, and both Suga and Moon quickly congratulated him. " +
        "Takeo Kawamura's informal meeting with counterparts in Seoul came after that result.",
      ['after'],
    );
    both('Takeo Kawamura met his counterparts informally in Seoul in October 2020. Before that, Biden won the presidential election.', [
      'Before',
    ]);
    both(
      'On November 23 the Blue House named Kang Chan-gil as its next ambassador to Japan. ' +
        'Two weeks after that appointment, intelligence chief Park Jie-won flew to Tokyo as a presidential envoy.',
      ['after'],
    );
  });

  it('warns where the time counted from the event pointed back at does not meet the dates', () => {
    both(
      'Park Jie-won went to Tokyo as a presidential envoy on November 9. ' +
        'A month after that trip, the Blue House named Kang Chan-gil as its next ambassador to Japan.',
      ['A month after'],
    );
  });

  it('stays silent where the order and the count agree with the dates', () => {
    both(
      "Biden's victory gave Japan-Korea ties a second push. Park Jie-won's trip to Tokyo as a presidential envoy came after that result.",
      [],
    );
    both('Takeo Kawamura met his counterparts informally in Seoul in October 2020. After that, Biden won the presidential election.', []);
    both(
      'Park Jie-won went to Tokyo as a presidential envoy on November 9. ' +
        'Two weeks after that trip, the Blue House named Kang Chan-gil as its next ambassador to Japan.',
      [],
    );
    both(
      'On November 23 the Blue House named Kang Chan-gil as its next ambassador to Japan. ' +
        'Two weeks before that appointment, intelligence chief Park Jie-won flew to Tokyo as a presidential envoy.',
      [],
    );
  });

  it('stays silent on a true order against the event pointed back at', () => {
    both(
      'Biden won the U.S. presidential election in November. Only after that did Seoul send Park Jie-won to Tokyo as a presidential envoy.',
      [],
    );
    both("In October 2020 Takeo Kawamura met his counterparts informally in Seoul. Biden's election victory came after that meeting.", []);
  });

  it('reads no event of a noun the sentence before does not tell: it points further back', () => {
    // seoul-tokyo-2019 tells the walkout undated; "That deal" sentence tells the 2015 negotiation.
    both(
      'The Abe cabinet lost patience when the Moon government walked away from the 2015 comfort women agreement. ' +
        'That deal had been negotiated with Park Geun-hye. The forced labor ruling came before that walkout.',
      [],
    );
  });

  it('counts a time told with no event from the event the sentence before told', () => {
    both(
      'On November 23 the Blue House named Kang Chan-gil as its next ambassador to Japan. ' +
        'Two weeks later, intelligence chief Park Jie-won flew to Tokyo as a presidential envoy.',
      ['Two weeks later'],
    );
    both(
      'Park Jie-won flew to Tokyo as a presidential envoy on November 9. ' +
        'A month later, the Blue House named Kang Chan-gil as its next ambassador to Japan.',
      ['A month later'],
    );
    both(
      'Park Jie-won flew to Tokyo as a presidential envoy on November 9. ' +
        'The Blue House named Kang Chan-gil as its next ambassador to Japan two weeks later.',
      [],
    );
    both(
      'Park Jie-won flew to Tokyo as a presidential envoy on November 9. ' +
        'Two weeks later, the Blue House named Kang Chan-gil as its next ambassador to Japan.',
      [],
    );
  });
});
