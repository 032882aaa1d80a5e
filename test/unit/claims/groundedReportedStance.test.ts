import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A party's own denial the source reports as theirs: buchan2019 "This is likely why David Stilwell, … insisted on a
 * recent visit to Japan that it was "not [his] job to mediate" between the two nations." The hedge guesses at the
 * reason only, and the quoted words are Stilwell's stated stance, so a draft telling he took the mediating on is
 * contradicted; one telling his refusal is not.
 */
describe("claims read from the sources: a reported stance in the party's own words", () => {
  it('warns on a draft telling the party took on the act its quoted words refuse', () => {
    const kb = realKnowledge();
    for (const curated of [false, true]) {
      for (const [text, word] of [
        ['On a recent trip to Japan, Stilwell volunteered to mediate between the two allies.', 'mediate'],
        ['On his visit to Japan, Stilwell described mediating between the two allies as part of his job.', 'mediating'],
      ])
        assert.ok(
          warnedWords(kb, text, curated).some((w) => w.includes(word)),
          `${text} (${curated ? 'curated' : 'grounded'})`,
        );
      for (const told of [
        'Stilwell insisted on a trip to Japan that it was not his job to mediate between the two allies.',
        'Stilwell refused to mediate between the two allies.',
        'Stilwell said that mediating between the two allies was not his job.',
      ])
        assert.deepEqual(warnedWords(kb, told, curated), [], told);
    }
  });

  it('underlines the duty the draft gives the act, with the act, where the quoted words deny that duty', () => {
    const kb = realKnowledge();
    const text = 'Stilwell said that mediating between the two allies was part of his job.';
    for (const curated of [false, true])
      assert.ok(
        warnedWords(kb, text, curated).some((w) => w.includes('mediating') && w.endsWith('part of his job')),
        `${text} (${curated ? 'curated' : 'grounded'}): ${JSON.stringify(warnedWords(kb, text, curated))}`,
      );
  });
});
