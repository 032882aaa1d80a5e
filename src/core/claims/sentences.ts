/**
 * The claim checker's names for the product's one sentence splitter (src/core/text/sentences.ts): the checker walks
 * sentences with `sentenceOrSkip`, and the pronoun, suppression and fix rules ask `sentenceAround`.
 */
export { MAX_SENTENCE, sentenceAround, sentenceOrSkip, type SentenceRange } from '../text/sentences';
