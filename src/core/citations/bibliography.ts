import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Source } from '../knowledge/types';
import { toCslItem } from './cslItem';

/** CSL-JSON (what Pandoc and Zotero read) or BibTeX. */
export type BibliographyFormat = 'csl-json' | 'bibtex';

/**
 * The bibliography for the given keys in CSL-JSON or BibTeX. Deterministic: each known key once, sorted by key,
 * whatever the order and repeats of `keys`, so exporting twice gives the same bytes. Keys of no bundled source are
 * left out (`unknownKeys` lists them for a message).
 */
export function exportBibliography(kb: KnowledgeBase, keys: readonly string[], format: BibliographyFormat): string {
  const sources = [...new Set(keys)]
    .sort()
    .map((k) => kb.source(k))
    .filter((s): s is Source => s !== undefined);
  if (format === 'csl-json') return `${JSON.stringify(sources.map(toCslItem), null, 2)}\n`;
  return sources.map(toBibtex).join('\n');
}

/** The keys that name no bundled source, in the order given. */
export function unknownKeys(kb: KnowledgeBase, keys: readonly string[]): string[] {
  return [...new Set(keys)].filter((k) => !kb.source(k));
}

/**
 * A BibTeX `@misc` entry (understood by BibTeX and biblatex alike) with only the fields the source states. Titles
 * are double-braced so BibTeX styles keep their capitals.
 */
function toBibtex(source: Source): string {
  const fields: [string, string][] = [];
  if (source.authors.length > 0) {
    fields.push([
      'author',
      source.authors.map((a) => (a.given ? `${escape(a.family)}, ${escape(a.given)}` : `{${escape(a.family)}}`)).join(' and '),
    ]);
  }
  if (source.title) fields.push(['title', `{${escape(source.title)}}`]);
  if (source.container) fields.push(['howpublished', escape(source.container)]);
  if (source.publisher) fields.push(['organization', escape(source.publisher)]);
  const date = source.date.value;
  if (date) {
    fields.push(['year', date.slice(0, 4)]);
    if (date.length >= 7) fields.push(['month', String(Number(date.slice(5, 7)))]);
    fields.push(['date', date]);
  }
  if (source.url) fields.push(['url', source.url]);
  if (source.licence) fields.push(['note', `Licence: ${escape(source.licence.value)}`]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${source.key}${body ? `,\n${body}` : ''}\n}\n`;
}

/** Escapes the characters BibTeX treats specially; other Unicode is kept (biber and bibtex8 read UTF-8). */
function escape(text: string): string {
  return text
    .replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`))
    .replace(/[&%$#_]/g, (c) => `\\${c}`)
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}
