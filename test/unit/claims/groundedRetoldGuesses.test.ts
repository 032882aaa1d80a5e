import { warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A source's own guess retold in the same hedge words with one of its values changed: what the source guesses is
 * misreported, though the guess itself is no claim of fact. The same guess told right, or in other words, stays
 * silent.
 */
describe('claims read from the sources: a guess of a source retold with another value', () => {
  it('reads a value of a guess the passage makes in the same hedge words', () => {
    // seoul-tokyo-2019: "For Tokyo, abandoning this hard won international coalition would be tantamount to giving up
    // on the UN’s role in international security …". sakata2020: "Termination of the General Security of Military
    // Information Agreement (GSOMIA) could have triggered the unraveling of trilateral U.S.-Japan-South Korea security
    // cooperation."
    warnsInBothModes(
      realKnowledge(),
      [
        [
          "For Japan, abandoning the international coalition against North Korea would be tantamount to giving up on NATO's role in international security.",
          'NATO',
        ],
        ['Termination of TISA could have triggered the unraveling of trilateral U.S.-Japan-South Korea security cooperation.', 'TISA'],
        ['Termination of GSOMIA could have triggered the unraveling of trilateral U.S.-Japan-China security cooperation.', 'China'],
      ],
      [
        "For Tokyo, walking away from the coalition would amount to abandoning the UN's role in international security.",
        'Losing GSOMIA could have set off the collapse of trilateral security cooperation among the U.S., Japan and South Korea.',
        // biden-japan-frictions: "Koreans hope the Summer Olympic Games may offer a venue to revive diplomacy with
        // Pyongyang." The same name in other words.
        'Koreans also hope the Summer Olympics may offer a venue for reviving diplomacy with Pyongyang.',
      ],
    );
  });
});
