import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A warning on a denied act covers the words the writer changed, not the act word the draft shares with the source:
 * the attitude and the verb before it ("quick to impose"), or the word standing where the source's near miss stands
 * ("actual withdrawal" for "near withdrawal").
 */
describe('claims read from the sources: the words a warning on a denied act covers', () => {
  const kb = realKnowledge();

  // biden-japan-frictions: "Japan has joined the protest but it has been pointedly cautious about taking punitive
  // steps against the military …".
  it('covers the attitude and the draft’s own verb where the source holds back from the act', () => {
    for (const curated of [false, true]) {
      const on = (text: string) => warnedWords(kb, text, curated);
      assert.deepEqual(
        on('Tokyo, which joined the chorus of protest over the Burma coup, has been quick to impose punitive sanctions on the military.'),
        ['quick to impose'],
      );
      assert.deepEqual(on('Tokyo was eager to slap punitive measures on the military after the coup in Burma.'), ['eager to slap']);
      assert.deepEqual(on('Japan has been ready to levy punitive steps against the military in Burma.'), ['ready to levy']);
      assert.deepEqual(on('Japan has been eager to take punitive steps against the military in Burma.'), ['eager to take']);
      assert.deepEqual(on('Japan has been cautious about imposing punitive steps against the military in Burma.'), []);
    }
  });

  // strengthen-relations-2021: "The dispute culminated in Seoul’s near withdrawal from an important military
  // intelligence-sharing pact with Tokyo."
  it('covers the word standing where the source’s near miss stands', () => {
    const off = (text: string) => warnedWords(kb, text, false);
    assert.deepEqual(
      off("The dispute peaked with Seoul's actual withdrawal from an important military intelligence-sharing pact with Tokyo."),
      ['actual withdrawal'],
    );
    assert.deepEqual(off("The quarrel peaked with Seoul's full withdrawal from the military intelligence-sharing pact with Tokyo."), [
      'full withdrawal',
    ]);
    assert.deepEqual(
      off('The dispute culminated when Seoul formally withdrew from an important military intelligence-sharing pact with Tokyo.'),
      ['formally withdrew'],
    );
    // No word beside the act: the act itself.
    assert.deepEqual(off("The dispute culminated in Seoul's withdrawal from an important military intelligence-sharing pact with Tokyo."), [
      'withdrawal',
    ]);
    assert.deepEqual(
      off("The dispute culminated in Seoul's near withdrawal from an important military intelligence-sharing pact with Tokyo."),
      [],
    );
  });
});
