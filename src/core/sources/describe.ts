import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Author, Source } from '../knowledge/types';

/** "Yasuyo Sakata", "A and B", "A, B and C"; "unknown author" when the text names none. */
export function authorNames(authors: readonly Author[]): string {
  const names = authors.map((a) => (a.given ? `${a.given} ${a.family}` : a.family));
  if (names.length === 0) return 'unknown author';
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The date as honestly as the source allows: the printed date, else the bounds the text implies
 * ("written 2020-11 – 2021-01"), else "n.d.".
 */
export function dateLabel(source: Source): string {
  const d = source.date;
  if (d.value) return d.value;
  if (d.earliest && d.latest) return d.earliest === d.latest ? `c. ${d.earliest}` : `between ${d.earliest} and ${d.latest}`;
  if (d.earliest) return `after ${d.earliest}`;
  if (d.latest) return `before ${d.latest}`;
  return 'n.d.';
}

/**
 * The first words of a source's text, without trailing punctuation: how a work that prints no title is named (a
 * reader can find it by them, and they are the source's own words, not a title made up for it).
 */
export function openingWords(source: Source, count = 8): string {
  return source.text
    .trim()
    .split(/\s+/)
    .slice(0, count)
    .join(' ')
    .replace(/[,;:.]+$/, '');
}

/** Double quotation marks, straight or curly, inside a quoted text. */
const DOUBLE_QUOTE = /[“”"]/g;

/**
 * `text` in double quotation marks, as running prose quotes it. Quotation marks inside become single ones (the
 * nesting rule of American usage, Chicago 13.30), so a passage or title that itself opens or closes with a
 * quotation reads “‘They claim…’” rather than with doubled marks (““They claim…””).
 */
export function inQuotes(text: string): string {
  const nested = text.replace(DOUBLE_QUOTE, (mark, at: number) => {
    if (mark === '“') return '‘';
    if (mark === '”') return '’';
    // A straight mark opens at the start or after a space or an opening bracket or dash, else it closes.
    return at === 0 || /[\s([{\u2014\u2013-]/.test(text[at - 1]) ? '‘' : '’';
  });
  return `“${nested}”`;
}

/**
 * What a citation or a list names a source by, saying only what its record knows:
 * "Yasuyo Sakata, “Japan-South Korea Relations and the Biden Factor”, Asia Unbound (between 2020-11-23 and 2020-12)".
 * Unknown authors are left out rather than spelled "unknown author"; a work that prints no title is named by its
 * opening words ("Untitled text beginning “In the early weeks…”") instead of an internal key.
 */
export function sourceLabel(source: Source): string {
  const hasAuthors = source.authors.length > 0;
  const untitled = `${hasAuthors ? 'untitled' : 'Untitled'} text beginning ${inQuotes(`${openingWords(source)}…`)}`;
  const parts = [
    ...(hasAuthors ? [authorNames(source.authors)] : []),
    source.title ? inQuotes(source.title) : untitled,
    ...[source.container ?? source.publisher].filter((where): where is string => Boolean(where)),
  ];
  return `${parts.join(', ')} (${dateLabel(source)})`;
}

/** `sourceLabel` of the source with this key, or the key itself when the index holds no such source. */
export function sourceLabelOf(kb: KnowledgeBase, key: string): string {
  const source = kb.source(key);
  return source ? sourceLabel(source) : key;
}
