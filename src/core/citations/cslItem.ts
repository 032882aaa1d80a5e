import type { Source } from '../knowledge/types';

/** A CSL-JSON item, as citeproc-js and Pandoc read it. Only the fields we can fill honestly. */
export interface CslItem {
  id: string;
  type: 'webpage';
  title?: string;
  author?: { family: string; given?: string }[];
  'container-title'?: string;
  publisher?: string;
  issued?: { 'date-parts': number[][] };
  URL?: string;
  license?: string;
}

/**
 * The CSL-JSON item for a source. Unknown values are left out rather than guessed: no title means no title field,
 * and a date the text only bounds ("between 2020-11 and 2021-01") gives no `issued`, so styles print "n.d.".
 * Every source here is an article published on the web, hence type `webpage`.
 */
export function toCslItem(source: Source): CslItem {
  const item: CslItem = { id: source.key, type: 'webpage' };
  if (source.title) item.title = source.title;
  if (source.authors.length > 0)
    item.author = source.authors.map((a) => (a.given ? { family: a.family, given: a.given } : { family: a.family }));
  if (source.container) item['container-title'] = source.container;
  if (source.publisher) item.publisher = source.publisher;
  const parts = source.date.value ? isoDateParts(source.date.value) : undefined;
  if (parts) item.issued = { 'date-parts': [parts] };
  if (source.url) item.URL = source.url;
  if (source.licence) item.license = source.licence.value;
  return item;
}

/** "2021-03-21" → [2021, 3, 21]; "2021" → [2021]; anything else → undefined. */
function isoDateParts(value: string): number[] | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter((x): x is string => x !== undefined).map(Number);
}
