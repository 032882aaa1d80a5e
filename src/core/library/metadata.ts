import { isWebLink } from '../knowledge/compile/sources';
import type { Author } from '../knowledge/types';

/**
 * What some record (front matter, HTML meta tags, a BibTeX or CSL-JSON entry) says about a document. A field the
 * record does not give is undefined, so records can be layered; what none gives becomes null in the source.
 */
export interface DocumentMetadata {
  key?: string;
  title?: string;
  authors?: Author[];
  /** ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  url?: string;
  container?: string;
  publisher?: string;
}

/** A bibliography entry (BibTeX or CSL-JSON), with the files it names for matching to documents. */
export interface BibliographyEntry {
  key: string;
  metadata: DocumentMetadata;
  /** File paths or names the entry names (BibTeX `file`, CSL-JSON `file`), as written. */
  files: string[];
}

/** A citation key as Pandoc reads one after `@`: what a key from a record must look like to be kept. */
const CITATION_KEY = /^[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*$/u;

export function isCitationKey(key: string): boolean {
  return key.length <= 100 && CITATION_KEY.test(key) && !/[:.#$%&+?<>~/-]$/.test(key);
}

/** A file name's key: its name without the extension, each run of other characters than letters and digits one "-". */
export function keyFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*$/, '');
  const key = stem
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_]+/gu, '-')
    .replace(/^[-_]+|-+$/g, '');
  return key || 'source';
}

/** Months as bibliographies spell them, for dates given as "March 2021" or BibTeX's `month = mar`. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date written as YYYY, YYYY-MM, YYYY-MM-DD (a time after it is dropped), "YYYY/MM/DD", or with an English month
 * name ("4 March 2021", "March 4, 2021", "March 2021"); anything else is undefined rather than guessed.
 */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  const iso = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (iso) return datePartsToIso(Number(iso[1]), iso[2] ? Number(iso[2]) : undefined, iso[3] ? Number(iso[3]) : undefined);
  const named = /^(?:(\d{1,2})\s+)?([A-Za-z]{3,})\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/.exec(v);
  if (named && !(named[1] && named[3])) {
    const month = MONTHS.indexOf(named[2].slice(0, 3).toLowerCase());
    if (month < 0) return undefined;
    return datePartsToIso(Number(named[4]), month + 1, named[1] || named[3] ? Number(named[1] ?? named[3]) : undefined);
  }
  return undefined;
}

/** CSL's `date-parts` and BibTeX's year/month/day as ISO; undefined when a part is out of range. */
export function datePartsToIso(year: number, month?: number, day?: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (month === undefined) return String(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ym;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return undefined;
  return `${ym}-${String(day).padStart(2, '0')}`;
}

/** A month as BibTeX writes it (`mar`, `March`, `3`). */
export function monthNumber(value: string): number | undefined {
  const v = value.trim().toLowerCase();
  if (/^\d{1,2}$/.test(v)) return Number(v);
  const i = MONTHS.indexOf(v.slice(0, 3));
  return i >= 0 ? i + 1 : undefined;
}

/** An http(s) address, or undefined: a record's `file:` or `javascript:` link is never put in front of a reader. */
export function webLink(value: unknown): string | undefined {
  return typeof value === 'string' && isWebLink(value.trim()) ? value.trim() : undefined;
}

/**
 * One name as records write it: "Family, Given", "Given Family", or a single word (an organisation or a mononym,
 * kept whole as the family name). Names in braces (`{World Bank}`) are kept whole by the BibTeX reader before this.
 */
export function parsePersonName(name: string): Author | undefined {
  const n = name.replace(/\s+/g, ' ').trim();
  if (!n) return undefined;
  const comma = n.indexOf(',');
  if (comma >= 0) {
    const family = n.slice(0, comma).trim();
    const given = n.slice(comma + 1).trim();
    if (!family) return undefined;
    return given ? { family, given } : { family };
  }
  const words = n.split(' ');
  if (words.length === 1) return { family: n };
  return { family: words[words.length - 1], given: words.slice(0, -1).join(' ') };
}

/** A string field, trimmed; undefined when empty or not a string. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : undefined;
}
