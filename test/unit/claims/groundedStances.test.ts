import * as assert from 'node:assert/strict';
import { stem } from '../../../src/core/claims/grounded/stem';
import { warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * Stances and judgements told with the opposite word ("reassured Tokyo" against "gave Tokyo chills", "stayed aloof"
 * against "intervened", "conditional on" against "separated from") or with another word for the same one ("tame"
 * for "overcome") are warned; the source's own stance is not.
 */
describe('claims read from the sources: stances in other words', () => {
  const check = (texts: readonly (readonly [string, string])[], silent: readonly string[]) =>
    warnsInBothModes(realKnowledge(), texts, silent);

  it('reads staying aloof from a dispute as keeping out of it, the opposite of intervening', () => {
    // strengthen-relations-2021: "… when the United States intervened too assertively on one side or the other of
    // ongoing historical disputes, leading to backlash charged by claims of favoritism."
    check(
      [
        [
          'It occurred, for example, when Washington stayed aloof from historical disputes between its allies, prompting claims of favoritism.',
          'stayed aloof from',
        ],
      ],
      [
        'It occurred, for example, when Washington intervened too assertively in historical disputes between its allies, prompting claims of favoritism.',
      ],
    );
  });

  it('reads taming a feeling as overcoming it', () => {
    // strengthen-relations-2021: "… these strong economic ties have not overcome nationalist sentiments."
    check(
      [['Those strong economic ties have helped tame nationalist sentiment.', 'tame']],
      ['Those strong economic ties have not tamed nationalist sentiment.'],
    );
  });

  it('reads reassuring a party as the opposite of giving it chills', () => {
    // seoul-tokyo-2019: "But the idea that allied defenses could be bargained away … gave Tokyo chills."
    check(
      [['The idea that allied defenses could be bargained away reassured Tokyo.', 'reassured']],
      ['The idea that allied defenses could be bargained away alarmed Tokyo.'],
    );
  });

  it('reads making one matter conditional on another as the opposite of separating them', () => {
    // biden-japan-frictions: "But security should be completely separated from those historical issues, …"
    check(
      [['A Japanese official said security should be made conditional on the historical issues.', 'conditional']],
      ['A Japanese official said security should be kept separate from the historical issues.'],
    );
  });

  it('reads "the authors describe …" as the authors giving the statement, not as words of it', () => {
    // strengthen-relations-2021: "… there has been an explosion of such “minilaterals” in the past decade."
    check(
      [['The authors describe an explosion of such minilaterals over the past three decades.', 'three']],
      ['The authors describe an explosion of such minilaterals over the past decade.'],
    );
  });

  it("reads a party's judgement of a step as its own, not the authors' opposite one", () => {
    // strengthen-relations-2021: "This early diplomatic foray is a welcome effort by the Biden administration …"
    check(
      [['This early diplomatic foray is a misguided effort by the Biden administration.', 'misguided']],
      [
        'Beijing says this early diplomatic foray is a misguided effort by the Biden administration.',
        'Critics consider this early diplomatic foray a misguided effort by the Biden administration.',
      ],
    );
  });

  it('reads an intervention as the act of intervening, not a "prevention" as "prevening"', () => {
    assert.equal(stem('intervention'), stem('intervene'));
    assert.equal(stem('interventions'), stem('intervened'));
    assert.notEqual(stem('prevention'), stem('prevene'));
  });
});
