import * as assert from 'node:assert/strict';
import { grounded, words } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A date closing a sentence of one clause dates that clause's act, however far its verb stands from the date
 * (alignment/neighbourhood.ts `sharesNeighbourhood`), as a date opening the sentence does.
 */
describe('claims read from the sources: a date closing its sentence', () => {
  it('compares a date ending the sentence with the passage’s date of the same act, told nearer its verb', () => {
    const kb = realKnowledge();
    // The passages: "The Japanese Cabinet’s sudden decision in summer 2019 to tighten export control measures …";
    // "The constitutional court first became involved in 2011 when it called on the Lee Myung-bak government …";
    // "The naval relationship was nearly torpedoed in late January when the two sides traded accusations …".
    const cases = [
      { text: "Japan's decision to tighten export controls on South Korea was taken in the summer of 2020.", value: 'summer of 2020' },
      { text: "South Korea's constitutional court first weighed in on the comfort women question in 2013.", value: '2013' },
      { text: 'The naval quarrel over the patrol aircraft and the destroyer broke out in late March.', value: 'late March' },
    ];
    for (const { text, value } of cases) assert.deepEqual(words(text, grounded(kb, text)), [value], text);
    for (const text of [
      "Japan's decision to tighten export controls on South Korea was taken in the summer of 2019.",
      "South Korea's constitutional court first weighed in on the comfort women question in 2011.",
      'The naval quarrel over the patrol aircraft and the destroyer broke out in late January.',
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
  });

  it('takes no party or word of time near the date for the act it dates', () => {
    const kb = realKnowledge();
    // The passage: "In the past two years, the Japan-South Korea relationship has experienced one of its lowest points
    // since the normalization of relations in 1965." Its date closes it, but "years" and "Korea" tell no act of 2015.
    const text = "The year 2015 was a busy one for Tokyo's Korea policy.";
    assert.deepEqual(words(text, grounded(kb, text)), [], text);
  });

  it('compares a date ending the sentence’s last clause with a date of that clause’s act', () => {
    const kb = realKnowledge();
    // The passage: "Seoul had to contend with direct pressure over its decision to deploy the THAAD anti-ballistic
    // missile system, while Tokyo faced a ban on rare earth exports during its clash with Beijing over the
    // Senkaku/Diaoyu Islands in 2010." Its date closes its second clause, far from the act it dates.
    for (const year of ['2012', '2010'])
      for (const text of [
        `Japan's own lesson came in ${year}, when it faced a ban on rare earth exports during the Senkaku/Diaoyu standoff with Beijing.`,
        `Japan's leverage over China was tested in ${year}, when Beijing banned rare earth exports during the Senkaku/Diaoyu clash.`,
      ])
        assert.deepEqual(words(text, grounded(kb, text)), year === '2010' ? [] : [year], text);
    // One verb of that clause ("faced") tells no act of its own: another pressure, in another decade.
    const other = 'Japan faced American pressure in the 1980s over sanctions on China.';
    assert.deepEqual(words(other, grounded(kb, other)), [], other);
  });

  it('reads a date opening its sentence after "Only in the" as dating the whole sentence', () => {
    const kb = realKnowledge();
    // The passage: "Only in the 1990s, when Secretary of Defense William Perry led a trilateral, alliances-first approach
    // to negotiating with Pyongyang did Seoul and Tokyo seemed to find common ground."
    for (const decade of ['2000s', '1990s']) {
      const text = `Perry's alliances-first trilateral approach to Pyongyang in the ${decade} is the last time Seoul and Tokyo really aligned.`;
      assert.deepEqual(words(text, grounded(kb, text)), decade === '1990s' ? [] : [decade], text);
    }
  });
});

describe('claims read from the sources: a date opening its sentence before an adjective ending in "-al"', () => {
  it('reads "the naval relationship" after the date as no event of its own: the date is compared with the passage’s', () => {
    const kb = realKnowledge();
    // buchan2019: "The naval relationship was nearly torpedoed in late January when the two sides traded accusations
    // over what was alternatively a Japanese patrol aircraft buzzing a South Korean destroyer …".
    const wrong =
      'In late March the naval relationship nearly foundered, as the two sides traded charges over a patrol aircraft and a South Korean destroyer.';
    const right =
      'In late January the naval relationship nearly foundered, as the two sides traded charges over a patrol aircraft and a South Korean destroyer.';
    for (const curated of [false, true]) {
      assert.deepEqual(words(wrong, grounded(kb, wrong, curated)), ['late March'], wrong);
      assert.deepEqual(words(right, grounded(kb, right, curated)), [], right);
    }
  });
});
