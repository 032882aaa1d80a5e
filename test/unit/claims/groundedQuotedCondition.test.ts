import * as assert from 'node:assert/strict';
import { grounded, words } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A condition inside a quotation ("“… it is crucial if we want to pressurize North Korea …,” a senior official in the
 * Prime Minister's National Security Secretariat (NSS) told me"): the speaker's supposition, quoted; who said it is
 * stated, and is compared with the draft's teller.
 */
describe('claims read from the sources: a condition inside a quotation', () => {
  it('warns on another body for the official who spoke', () => {
    const kb = realKnowledge();
    const text =
      "A senior official in Japan's Ministry of Foreign Affairs told me that trilateral security cooperation is crucial to pressurize North Korea as well as China on denuclearization.";
    const found = grounded(kb, text);
    assert.deepEqual(words(text, found), ['Ministry of Foreign Affairs'], text);
    assert.match(found[0].message, /says “National Security Secretariat”/, found[0].message);
  });

  it('is silent on the body the source names, and on the quotation given whole', () => {
    const kb = realKnowledge();
    for (const text of [
      "A senior official in the Prime Minister's National Security Secretariat told me that trilateral security cooperation is crucial to pressurize North Korea as well as China on denuclearization.",
      '“On trilateral security cooperation, we also believe it is crucial if we want to pressurize North Korea as well as China on the issue of North Korea denuclearization,” a senior official in the National Security Secretariat told me.',
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
  });
});
