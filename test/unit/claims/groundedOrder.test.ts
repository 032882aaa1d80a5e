import * as assert from 'node:assert/strict';
import { grounded, words } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * The order a draft gives two events, against the dates the sources give each, read from the sources' own text with
 * the hand-written facts off.
 */

/** Each text warns once, on `value`. */
function warnsOn(texts: readonly (readonly [string, string])[]): void {
  const kb = realKnowledge();
  for (const [text, value] of texts) assert.deepEqual(words(text, grounded(kb, text)), [value], text);
}

/** No text warns. */
function silentOn(texts: readonly string[]): void {
  const kb = realKnowledge();
  for (const text of texts) assert.deepEqual(words(text, grounded(kb, text)), [], text);
}

describe('claims read from the sources: the order of two dated events', () => {
  it('dates an event told in few words among the passages that retell it undated ("the Supreme Court\'s labour ruling")', () => {
    // "The Japanese Cabinet's sudden decision in summer 2019 to tighten export control measures …"; "In 2018, however,
    // the ROK Supreme Court ruled that …": many passages retell the ruling without its date.
    warnsOn([["Tokyo's export curbs came before the Supreme Court's labour ruling.", 'before']]);
    silentOn(["Tokyo's export curbs came after the Supreme Court's labour ruling."]);
  });
});
