import * as assert from 'node:assert/strict';
import { grounded, warnedWords, words } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A sentence giving several people their titles or bodies, read from the sources' own text with the hand-written facts
 * off: each title and each body is told of its own person, so each the sources contradict is a slip of its own.
 */

describe('claims read from the sources: several titles in one sentence', () => {
  it('warns on every title the sources give another, not only the first', () => {
    // "… the NSC director for Asia, Matthew Pottinger, along with national security adviser John Bolton, visited Japan
    // and Korea last weekend."
    const kb = realKnowledge();
    const text =
      'Secretary of State John Bolton visited Japan and Korea last weekend with Matthew Pottinger, the national security adviser.';
    const found = grounded(kb, text);
    assert.deepEqual(words(text, found), ['Secretary of State', 'national security adviser']);
    assert.match(found[0].message, /says “national security adviser”/);
    assert.match(found[1].message, /says “director”/);
    const right =
      'National security adviser John Bolton visited Japan and Korea last weekend with Matthew Pottinger, the NSC director for Asia.';
    assert.deepEqual(warnedWords(kb, right), []);
  });

  it('warns on a wrong body beside a wrong title of the same person', () => {
    // "Yasuyo Sakata is a professor at Kanda University of International Studies in Japan."
    const kb = realKnowledge();
    const text = 'Yasuyo Sakata, a senior fellow at Keio University, sees little room for a deal.';
    assert.deepEqual(warnedWords(kb, text), ['senior fellow', 'Keio University']);
    const right = 'Yasuyo Sakata, a professor at Kanda University of International Studies, sees little room for a deal.';
    assert.deepEqual(warnedWords(kb, right), []);
  });
});

describe('claims read from the sources: a title owned by a surname that is an everyday word', () => {
  it('reads "Moon\'s chief of staff" after a name as that person\'s title, as "Moon Jae-in\'s" is', () => {
    // "Park Jie-won, head of the National Intelligence Service, traveled to Tokyo on November 9 as a presidential envoy."
    const kb = realKnowledge();
    for (const curated of [false, true]) {
      const text = "Park Jie-won, Moon's chief of staff, travelled to Tokyo on November 9 as a presidential envoy.";
      assert.deepEqual(warnedWords(kb, text, curated), ['chief of staff'], text);
      const right = "Park Jie-won, Moon's intelligence chief, travelled to Tokyo on November 9 as a presidential envoy.";
      assert.deepEqual(warnedWords(kb, right, curated), [], right);
    }
  });
});
