import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * The place where an act happened ("met … in Geneva"), read from the sources' own text with the hand-written facts
 * off: set against the place the source gives the same act, and never against a place of another act.
 */
describe('claims read from the sources: the place an act happened', () => {
  // seoul-tokyo-2019: "The president organized a trilateral meeting with Prime Minister Abe and then President Park at
  // the Hague, which jump started bilateral efforts to end a particularly difficult episode of estrangement."
  it('ties a meeting place to the people met there, though the draft names one by a bare name', () => {
    const kb = realKnowledge();
    const wrong = 'Obama convened Abe and Park for a trilateral meeting in Geneva.';
    assert.deepEqual(warnedWords(kb, wrong), ['Geneva'], wrong);
    assert.deepEqual(warnedWords(kb, wrong.replace('in Geneva', 'at the Hague')), []);
  });

  it('does not set a place of the people’s other act against the meeting’s', () => {
    const kb = realKnowledge();
    // Park's own visit elsewhere is another act, in another clause, with no word of the meeting.
    const other = 'Obama convened Abe and Park at the Hague; Park later flew home to Seoul.';
    assert.deepEqual(warnedWords(kb, other), [], other);
  });

  it('does not set a place where the same people met, told in other words, against their meeting elsewhere', () => {
    const kb = realKnowledge();
    // seoul-tokyo-2019: "Prime Minister Abe and President Moon Jae-in barely spoke during the Group of Twenty summit in
    // Osaka"; sakata2020: "… Abe Shinzo and South Korean President Moon Jae-in met in Chengdu, China …".
    const met = 'Abe and Moon Jae-in spoke directly with each other in Chengdu.';
    assert.deepEqual(warnedWords(kb, met), [], met);
    assert.deepEqual(warnedWords(kb, 'Abe and President Moon spoke with each other in Chengdu.'), []);
  });

  // buchan2019: "Further, Stilwell's trip schedule did not take him directly from Tokyo to Seoul, but rather to Seoul by
  // way of The Philippines and Thailand."
  it('compares a stop told in a clause of its own after a denied route, not as denied', () => {
    const kb = realKnowledge();
    const wrong = 'Stilwell did not fly straight from Tokyo to Seoul; he reached Seoul by way of Vietnam and Thailand.';
    assert.deepEqual(warnedWords(kb, wrong), ['Vietnam'], wrong);
    assert.deepEqual(warnedWords(kb, wrong.replace('Vietnam', 'the Philippines')), []);
  });

  it('compares a route’s stops though an aim set off by a comma follows them, not read as denying the route', () => {
    const kb = realKnowledge();
    const wrong =
      'Stilwell did not fly straight from Tokyo to Seoul; he went by way of Vietnam and Thailand, probably to avoid the appearance of shuttle diplomacy.';
    assert.deepEqual(warnedWords(kb, wrong), ['Vietnam'], wrong);
    assert.deepEqual(warnedWords(kb, wrong.replace('Vietnam', 'the Philippines')), []);
    // A refusal told as the act, not as its aim, still denies what follows it.
    const failed = 'Japan joined the protest against the coup, but refused to impose sanctions.';
    assert.deepEqual(warnedWords(kb, failed), [], failed);
  });

  it('sets a stop after "via" on the same traveller’s route to the same end against the source’s stops', () => {
    const kb = realKnowledge();
    const wrong = 'Stilwell travelled from Tokyo to Seoul via Beijing.';
    assert.deepEqual(warnedWords(kb, wrong), ['Beijing'], wrong);
    // Cities in the source's countries, another trip's end, or a trip dated otherwise: no conflict.
    for (const text of [
      'Stilwell travelled from Tokyo to Seoul via Manila and Bangkok.',
      'Stilwell flew on to Tokyo via Beijing.',
      'In 2021, Stilwell travelled from Tokyo to Seoul via Beijing.',
    ])
      assert.deepEqual(warnedWords(kb, text), [], text);
  });

  it('leaves a stop under the denial itself unread', () => {
    const kb = realKnowledge();
    const denied = 'Stilwell did not reach Seoul by way of Vietnam and Thailand.';
    assert.deepEqual(warnedWords(kb, denied), [], denied);
  });

  // sakata2020: "Park Jie-won, head of the National Intelligence Service, traveled to Tokyo on November 9 as a
  // presidential envoy."
  it('sets the end of the same person’s trip on the same day against the place the source gives, in other verbs', () => {
    const kb = realKnowledge();
    const wrong = "Park Jie-won flew to Beijing on November 9 as Moon's personal envoy.";
    assert.deepEqual(warnedWords(kb, wrong), ['Beijing'], wrong);
    assert.deepEqual(warnedWords(kb, wrong.replace('Beijing', 'Tokyo')), []);
    const titled = "Seoul's spy chief, Park Jie-won, flew to Beijing on November 9 as Moon's personal envoy.";
    assert.deepEqual(warnedWords(kb, titled), ['Beijing'], titled);
  });

  it('does not set a trip on another day, or undated, or another person’s, against that trip', () => {
    const kb = realKnowledge();
    const others = [
      "Park Jie-won flew to Beijing as Moon's personal envoy.",
      'Park Jie-won later flew to Washington in 2021.',
      // Another traveller on that day.
      'Suga flew to Seoul on November 9.',
    ];
    for (const text of others) assert.deepEqual(warnedWords(kb, text), [], text);
  });
});
