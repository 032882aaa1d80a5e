import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * An author's numbered list (Sakata's six points, "1. The United States should play an assertive role …" to "6.
 * Beyond Northeast Asia and the Indo-Pacific, …"), counted or placed by a draft, with the hand-written facts off.
 */
describe('claims read from the sources: an author’s numbered list', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('warns on a count of the points other than the list’s', () => {
    assert.deepEqual(
      warned('Sakata offers four recommendations in all, ending with global cooperation on health, climate and WTO reform.'),
      ['four'],
    );
    assert.deepEqual(warned('Sakata’s roadmap sets out 8 numbered recommendations for Washington.'), ['8']);
    assert.deepEqual(
      warned('Yasuyo Sakata, a professor at Kanda University of International Studies, lays out six recommendations for Washington.'),
      [],
    );
    // The whole a placed point is one "of".
    assert.deepEqual(warned('Sakata’s second recommendation, one of four recommendations, leaves bilateral issues to the allies.'), [
      'four',
    ]);
  });

  it('leaves alone an approximate, partial, hedged or topical count', () => {
    for (const text of [
      'Sakata offers about four recommendations.',
      'Sakata offers more than four recommendations.',
      'Sakata’s first three recommendations concern the alliances.',
      'Sakata offers two recommendations on North Korea.',
      'Sakata adds two other proposals.',
      'Sakata may offer four recommendations.',
      // The parts of one point placed before the count.
      'Sakata’s second recommendation boils down to two points: leave bilateral disputes to the allies, and back the two-track approach.',
    ])
      assert.deepEqual(warned(text), [], text);
  });

  it('warns on the place of a point the list numbers otherwise', () => {
    // "4. The United States should re-strengthen U.S.-Japan-ROK trilateral cooperation on North Korea …"
    assert.deepEqual(warned('Sakata’s fifth recommendation calls for re-strengthening trilateral cooperation on North Korea.'), ['fifth']);
    assert.deepEqual(warned('Sakata’s fourth recommendation calls for re-strengthening trilateral cooperation on North Korea.'), []);
    // "2. The United States should leave the resolution of bilateral issues … to its allies …"
    assert.deepEqual(
      warned(
        'Sakata’s second recommendation: Washington should leave bilateral issues such as the laborers and export controls to its allies.',
      ),
      [],
    );
  });
});
