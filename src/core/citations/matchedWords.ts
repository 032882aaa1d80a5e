import { contentWords, foldForSearch } from './searchText';
import { WordIndex } from './wordIndex';

/** Where a query's words occur in a text: what a result list shows as the reason a row matched. */
export interface WordMatches {
  /** The matching words of the text, as [start, end) offsets into it, in order. */
  spans: { start: number; end: number }[];
  /** How many of the query's words occur in the text (spelt alike, begun, or near-spelt). */
  found: number;
  /** How many words the query has that count (stopwords left out, as the search leaves them out). */
  asked: number;
}

/** The words spelt as in the texts searched, folded (see `matchedWords`). */
export interface Vocabulary {
  has(word: string): boolean;
}

/** A word of a text: letters and digits, as the search's folding splits words. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Similarity `WordIndex.variants` gives a word a query word begins; near-spellings score below it. */
const BEGUN_WORD = 0.85;

/**
 * The words of `text` that match the words of `query`, by the citation search's own rules: the same folding, the
 * same stopwords and the same typo tolerance (`WordIndex.variants`: "factr" finds "Factor", "reconcil" finds
 * "reconciliation"). Each word of the text is a document of a small index, so the index answers which words match.
 *
 * `vocabulary` (folded words of the whole corpus) keeps the search's rule that a word spelt as in the texts is no
 * typo: such a word matches itself and the words it begins, not near-spellings ("could" does not find "should").
 */
export function matchedWords(query: string, text: string, vocabulary?: Vocabulary): WordMatches {
  const folded = foldForSearch(query);
  const content = [...new Set(contentWords(folded))];
  const queryWords = content.length > 0 ? content : [...new Set(folded.split(' ').filter(Boolean))];
  const tokens = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: foldForSearch(m[0]) }));
  if (queryWords.length === 0 || tokens.length === 0) return { spans: [], found: 0, asked: queryWords.length };
  const index = new WordIndex(tokens.map((t) => (t.word ? [t.word] : [])));
  const matching = new Set<number>();
  let found = 0;
  for (const word of queryWords) {
    const spelt = vocabulary?.has(word) ?? false;
    const docs = index.candidates([word], tokens.length, (w) => index.variants(w).filter((v) => !spelt || v.similarity >= BEGUN_WORD));
    if (docs.length > 0) found++;
    for (const { doc } of docs) matching.add(doc);
  }
  const spans = [...matching].sort((a, b) => a - b).map((doc) => ({ start: tokens[doc].start, end: tokens[doc].end }));
  return { spans, found, asked: queryWords.length };
}
