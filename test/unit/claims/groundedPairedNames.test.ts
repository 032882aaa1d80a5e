import { warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * Names that share most of their words and still name two things: a name alike but for a quarter of the compass ("the
 * New Northern Policy" against "the New Southern Policy"), and a pair of countries joined by a dash with one member
 * changed ("U.S.-South Korea relations" against "U.S.-Japan relations"). The name told right, or in other words,
 * stays silent.
 */
describe('claims read from the sources: names alike but for one part', () => {
  it('reads a name with another quarter of the compass as another thing', () => {
    // sakata2020: "The United States and Japan already share a vision for the Indo-Pacific, and the United States has
    // linked its own strategy with South Korea’s New Southern Policy."
    warnsInBothModes(
      realKnowledge(),
      [
        ["Washington has linked its Indo-Pacific strategy with South Korea's New Northern Policy, Sakata observes.", 'New Northern Policy'],
        [
          "Washington and Tokyo already share a vision for the Indo-Pacific, and Washington has tied its strategy to Seoul's New Northern Policy.",
          'New Northern Policy',
        ],
      ],
      ["The United States has tied its own strategy to South Korea's New Southern Policy."],
    );
  });

  it('reads a pair of countries joined by a dash with one member changed against the pair the source names', () => {
    // buchan2019: "The fact that the South Korean government considers GSOMIA abrogation a “lever to use against the
    // U.S.” because of its “necessity” to U.S.-Japan relations only illustrates …".
    warnsInBothModes(
      realKnowledge(),
      [
        [
          'The South Korean government considers GSOMIA abrogation a lever to use against the U.S. because of its necessity to U.S.-South Korea relations.',
          'South Korea',
        ],
      ],
      [
        'Seoul sees scrapping GSOMIA as a lever against Washington because of its necessity to U.S.–Japan relations.',
        // biden-japan-frictions: "Relations between Japan and South Korea are at “their lowest levels in decades,” a
        // recent report on U.S.-Japan relations issued by the Congressional Research Service concluded." The draft's
        // pair is the passage's own, in other words: the report's pair is of another thing.
        'The Congressional Research Service concluded that Japan-South Korea relations are at their lowest in decades.',
        'Japan-Korea ties fell to their lowest levels in decades, according to a recent report.',
      ],
    );
  });
});
