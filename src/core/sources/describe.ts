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

/** "Yasuyo Sakata, “Japan-South Korea Relations and the Biden Factor”, Asia Unbound (between 2020-11 and 2021-01)" */
export function sourceLabel(source: Source): string {
  const title = source.title ? `“${source.title}”` : `untitled (${source.key})`;
  const where = source.container ?? source.publisher;
  return `${authorNames(source.authors)}, ${title}${where ? `, ${where}` : ''} (${dateLabel(source)})`;
}
