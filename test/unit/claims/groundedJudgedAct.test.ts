import { warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A source sentence that only judges the act told before it ("This is welcome but insufficient.") is read with that
 * sentence: a draft judging the act the other way ("sufficient") is warned on its word; the source's own judgement, or
 * a judgement of something else the draft tells, is not.
 */
describe('claims read from the sources: a judgement of the act told before', () => {
  const check = (texts: readonly (readonly [string, string])[], silent: readonly string[]) =>
    warnsInBothModes(realKnowledge(), texts, silent);

  it('reads "This is welcome but insufficient." as judging the visit the sentence before told', () => {
    // buchan2019: "It is in this vein of behind-closed-doors diplomacy that the NSC director for Asia, Matthew
    // Pottinger, along with national security adviser John Bolton, visited Japan and Korea last weekend. This is
    // welcome but insufficient."
    check(
      [
        ["Pottinger and Bolton's visit to Japan and Korea last weekend was sufficient.", 'sufficient'],
        ['The authors consider the behind-closed-doors visit by Pottinger and Bolton sufficient.', 'sufficient'],
        ['The authors judge the visit of Pottinger and Bolton to Japan and Korea last weekend both welcome and sufficient.', 'sufficient'],
      ],
      [
        "Pottinger and Bolton's visit to Japan and Korea last weekend was welcome but insufficient.",
        'The authors consider the behind-closed-doors visit by Pottinger and Bolton insufficient.',
        // Another thing judged, in a clause of its own.
        "Pottinger and Bolton visited Japan and Korea last weekend, though Seoul's reply was sufficient.",
      ],
    );
  });
});
