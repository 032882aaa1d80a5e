import * as assert from 'node:assert/strict';
import { checkDocument, type DocumentFinding } from '../../../src/core/claims/document';
import type { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';

/** The warnings (`claim-conflict`) on `text`, with the hand-written facts off unless `curatedFacts`. */
export const grounded = (kb: KnowledgeBase, text: string, curatedFacts = false): DocumentFinding[] =>
  checkDocument(kb, text, { curatedFacts }).findings.filter((f) => f.code === 'claim-conflict');

/** The words each finding covers. */
export const words = (text: string, found: readonly DocumentFinding[]): string[] => found.map((f) => text.slice(f.start, f.end));

/** The words each warning on `text` covers. */
export const warnedWords = (kb: KnowledgeBase, text: string, curatedFacts = false): string[] =>
  words(text, grounded(kb, text, curatedFacts));

/** Each text warns once, on its `value`, with the hand-written facts off. */
export function warnsOnce(kb: KnowledgeBase, texts: readonly (readonly [string, string])[]): void {
  for (const [text, value] of texts) assert.deepEqual(warnedWords(kb, text), [value], text);
}

/** No text warns, with the hand-written facts off. */
export function warnsOnNone(kb: KnowledgeBase, texts: readonly string[]): void {
  for (const text of texts) assert.deepEqual(warnedWords(kb, text), [], text);
}

/** Each text warns once, on its word, in both modes (hand-written facts off and on); each of `silent` warns nowhere. */
export function warnsInBothModes(kb: KnowledgeBase, texts: readonly (readonly [string, string])[], silent: readonly string[]): void {
  for (const curated of [false, true]) {
    for (const [text, word] of texts) assert.deepEqual(warnedWords(kb, text, curated), [word], text);
    for (const text of silent) assert.deepEqual(warnedWords(kb, text, curated), [], text);
  }
}
