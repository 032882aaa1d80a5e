import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A draft giving its statement as a source's ("The CSIS authors propose …", "…, according to the authors, …"): the
 * words saying whose statement it is are no part of it, and do not count against the passage that tells it (the
 * passage says "we recommend …", never "the authors"). Read from the sources' own text with the hand-written facts off.
 */
describe('claims read from the sources: a statement given as the source’s own', () => {
  it('compares a proposal the draft gives as the authors’ with the passage that makes it', () => {
    const kb = realKnowledge();
    // buchan2019: "… we finally recommend that the United States strongly encourage a leader-to-leader meeting on the
    // margins of the upcoming UN General Assembly meeting in New York."
    const text = 'The CSIS authors propose a leader-level meeting on the margins of the UN General Assembly in Vienna.';
    assert.deepEqual(warnedWords(kb, text), ['Vienna']);
    assert.deepEqual(warnedWords(kb, text.replace('Vienna', 'New York')), []);
  });

  it('compares a finding the draft gives "according to the authors" with the passage', () => {
    const kb = realKnowledge();
    // buchan2019: "Thirty-eight percent of Koreans view Japan as a military threat."
    const text = 'A majority of Koreans, according to the authors, regard Japan as a military threat.';
    assert.deepEqual(warnedWords(kb, text), ['A majority']);
    assert.deepEqual(warnedWords(kb, text.replace('A majority', 'Thirty-eight percent')), []);
  });

  it('counts the words of a teller that names no source', () => {
    const kb = realKnowledge();
    // Analysts are not the passage's writers: their figure may come from another poll than the one the passage
    // reports. (A place given to a gathering the passage names is compared whoever tells it: see groundedVenues.)
    const text = 'A majority of Koreans, some analysts say, regard Japan as a military threat.';
    assert.deepEqual(warnedWords(kb, text), []);
    assert.deepEqual(warnedWords(kb, text.replace('some analysts say', 'the CSIS authors say')), ['A majority']);
  });
});
