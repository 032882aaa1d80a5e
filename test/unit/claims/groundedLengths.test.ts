import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A length of time against the passage's ("For over three decades, Seoul and Tokyo have tussled over different
 * interpretations of their 1965 Treaty on Basic Relations …"), with the hand-written facts off.
 */
describe('claims read from the sources: how long a state held', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('reads a length of time opening the sentence with the whole clause it qualifies', () => {
    assert.deepEqual(warned('For roughly a decade, Seoul and Tokyo have argued over how to read their 1965 Treaty on Basic Relations.'), [
      'a decade',
    ]);
    assert.deepEqual(
      warned('For over three decades, Seoul and Tokyo have argued over how to read their 1965 Treaty on Basic Relations.'),
      [],
    );
    assert.deepEqual(
      warned('For about thirty years, Seoul and Tokyo have argued over how to read their 1965 Treaty on Basic Relations.'),
      [],
    );
  });
});
