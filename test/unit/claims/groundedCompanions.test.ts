import { warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/** Whom a person travelled with: a companion told after "with" is compared with the one the source lists beside them. */
describe('claims read from the sources: a traveller’s companion', () => {
  // buchan2019: "… the NSC director for Asia, Matthew Pottinger, along with national security adviser John Bolton,
  // visited Japan and Korea last weekend."
  it('sets a companion told after “with” against the one the source lists with the traveller', () => {
    warnsInBothModes(
      realKnowledge(),
      [
        [
          'Last weekend NSC Asia director Matthew Pottinger visited Japan and Korea together with Secretary of State Mike Pompeo.',
          'Mike Pompeo',
        ],
        ['Matthew Pottinger flew to Japan and Korea with Secretary of State Mike Pompeo.', 'Mike Pompeo'],
      ],
      [
        'Matthew Pottinger visited Japan and Korea with national security adviser John Bolton.',
        'Last weekend Matthew Pottinger visited Japan and Korea, and he later met Mike Pompeo.',
        'Matthew Pottinger visited Japan and Korea with an eye to easing tensions.',
      ],
    );
  });
});
