import type { Author } from '../knowledge/types';
import { BibliographyError } from './bibtex';
import { datePartsToIso, isoDate, text, webLink, type BibliographyEntry } from './metadata';

/**
 * Whether a parsed JSON value looks like CSL-JSON (what Zotero and Better BibTeX export): an array whose items are
 * objects with an `id` and a `type`. Other JSON files in a sources folder are not bibliographies.
 */
export function looksLikeCslJson(data: unknown): data is unknown[] {
  return Array.isArray(data) && data.length > 0 && data.every((item) => isObject(item) && 'id' in item && 'type' in item);
}

/** Reads CSL-JSON items; throws `BibliographyError` when the text is not CSL-JSON. */
export function parseCslJson(source: string): BibliographyEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    throw new BibliographyError(`not valid JSON (${(err as Error).message})`);
  }
  if (!looksLikeCslJson(data)) throw new BibliographyError('not CSL-JSON: expected an array of items, each with an "id" and a "type"');
  return data.map((item) => toEntry(item as Record<string, unknown>));
}

function toEntry(item: Record<string, unknown>): BibliographyEntry {
  const key = String(item['citation-key'] ?? item.id);
  const authors = Array.isArray(item.author) ? item.author.map(cslName).filter((a): a is Author => a !== undefined) : [];
  return {
    key,
    metadata: {
      key,
      title: text(item.title),
      authors: authors.length > 0 ? authors : undefined,
      date: cslDate(item.issued),
      url: webLink(item.URL) ?? (text(item.DOI) ? `https://doi.org/${text(item.DOI)}` : undefined),
      container: text(item['container-title']),
      publisher: text(item.publisher),
    },
    files: [item.file, item.path].flatMap((f) =>
      typeof f === 'string'
        ? f
            .split(';')
            .map((p) => p.trim())
            .filter(Boolean)
        : [],
    ),
  };
}

/** `{ "family", "given" }`, `{ "literal" }` (an organisation), or nothing usable. */
function cslName(name: unknown): Author | undefined {
  if (!isObject(name)) return undefined;
  const family = text(name.family);
  const given = text(name.given);
  if (family) return given ? { family, given } : { family };
  const literal = text(name.literal);
  return literal ? { family: literal } : undefined;
}

/** `{ "date-parts": [[2021, 3, 4]] }` or `{ "raw": "2021-03-04" }`. */
function cslDate(issued: unknown): string | undefined {
  if (!isObject(issued)) return undefined;
  const parts = issued['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0]) && parts[0].length > 0) {
    const [year, month, day] = (parts[0] as unknown[]).map((p) => Number(p));
    return datePartsToIso(year, month, day);
  }
  return isoDate(issued.raw) ?? isoDate(issued.literal);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
