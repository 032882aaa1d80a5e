import { foldTypography } from '../text/normalize';

/**
 * The one folding used on both sides of a citation search, so a query and a passage compare in the same terms:
 * letter case, diacritics (Chŏng/Chong), typographic quotes, hyphens and dashes (Chan-gil/Chan gil), dotted
 * abbreviations (U.S./US) and thousands separators (2,000/2000) do not matter.
 */
export function foldForSearch(text: string): string {
  return foldTypography(text)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words too common to tell passages apart; they still count inside exact phrases. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his how in into is it its of on or our s she ' +
    'that the their them there these they this those to was we were what when which who will with would'
  ).split(' '),
);

/** Whether a folded word is too common to tell passages apart (the search indexes no such word). */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** The words of a folded text that carry meaning (no stopwords, no single letters except digits). */
export function contentWords(folded: string): string[] {
  if (folded === '') return [];
  return folded.split(' ').filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w)));
}
