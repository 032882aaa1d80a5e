import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A source guessing at the reason for a fact it tells ("This is likely why David Stilwell … insisted on a recent visit
 * to Japan that it was “not [his] job to mediate” between the two nations"): the guess is of the reason only; the fact
 * explained is stated, and compared (curated facts on and off alike).
 */

/** Each text warns on its value alone, in both modes; each silent text warns on nothing. */
function check(kb: KnowledgeBase, wrong: readonly { text: string; value: string }[], right: readonly string[]): void {
  for (const curated of [false, true]) {
    for (const { text, value } of wrong) assert.deepEqual(warnedWords(kb, text, curated), [value], `${text} (curated ${curated})`);
    for (const text of right) assert.deepEqual(warnedWords(kb, text, curated), [], `${text} (curated ${curated})`);
  }
}

describe('claims read from the sources: a fact whose reason is guessed', () => {
  it('compares the fact a "likely why" explains: who did it, their title, where', () => {
    const kb = realKnowledge();
    check(
      kb,
      [
        {
          text: 'It was John Bolton who said during a recent visit to Japan that mediating between the two nations was not his job.',
          value: 'John Bolton',
        },
        {
          text: 'David Stilwell, the assistant secretary for South and Central Asian affairs, visited Japan recently.',
          value: 'South and Central Asian',
        },
        {
          text: 'On a recent visit to South Korea, Assistant Secretary David Stilwell insisted that it was not his job to mediate.',
          value: 'South Korea',
        },
      ],
      [
        'It was David Stilwell who said during a recent visit to Japan that mediating between the two nations was not his job.',
        'David Stilwell, the assistant secretary for East Asian and Pacific affairs, visited Japan recently.',
        // The draft restating the guessed reason as fact: the sources do not deny it.
        'This is why Stilwell insisted on a recent visit to Japan that it was not his job to mediate between the two nations.',
      ],
    );
  });

  it('counts a list the passage telling the event names, though another passage backs a count it pairs wrongly', () => {
    // The source: "Stilwell's trip schedule did not take him directly from Tokyo to Seoul, but rather to Seoul by way
    // of The Philippines and Thailand"; the passage explaining his remark speaks of "the two nations" too.
    const kb = realKnowledge();
    check(
      kb,
      [{ text: 'On his way from Tokyo to Seoul, Stilwell stopped in three Southeast Asian countries.', value: 'three' }],
      ['On his way from Tokyo to Seoul, Stilwell stopped in two Southeast Asian countries.'],
    );
  });
});
