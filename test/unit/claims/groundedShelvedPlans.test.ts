import { warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A plan shelved or refused is an act denied ("shelved plans to impose curbs"), as a refused proposal is:
 * strengthen-relations-2021 "Both nations removed the other from most-favored-nation trading status. Tokyo placed export
 * restrictions on critical inputs for South Korea’s large semiconductor industry …" tells the acts done. An act only
 * put off (biden-japan-frictions "He also indicated a desire to put off the liquidation of Japanese company assets …")
 * is not told as done, so a draft denying it is not contradicted.
 */
describe('claims read from the sources: a plan shelved', () => {
  it('warns on a shelved plan against a passage telling its act done, not on one telling the act put off', () => {
    warnsInBothModes(
      realKnowledge(),
      [
        ['Tokyo shelved plans to place export restrictions on critical inputs for South Korea’s semiconductor industry.', 'shelved'],
        ['Both nations shelved plans to remove the other from most-favored-nation trading status.', 'shelved'],
      ],
      [
        'Tokyo placed export restrictions on critical inputs for South Korea’s semiconductor industry.',
        'Moon shelved plans to liquidate the Japanese company assets seized as part of the forced labor ruling.',
        'Moon never liquidated the Japanese company assets seized as part of the forced labor ruling.',
        'Seoul shelved plans to terminate GSOMIA.',
      ],
    );
  });
});
