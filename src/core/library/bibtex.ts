import { lineColumnAt } from '../knowledge/compile/problems';
import type { Author } from '../knowledge/types';
import { datePartsToIso, isoDate, monthNumber, parsePersonName, text, webLink, type BibliographyEntry } from './metadata';

/** Raised for a `.bib` file that cannot be read as BibTeX; the message names the line. */
export class BibliographyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BibliographyError';
  }
}

/** BibTeX's predefined month macros (`month = mar`), the only macros a file may use without defining them. */
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads a BibTeX or BibLaTeX file as Zotero and Better BibTeX export it: entries with braced, quoted, numeric or
 * macro values joined by `#`, `@string` macros, `@comment` and `@preamble` skipped. Throws `BibliographyError` at
 * the first thing that is not BibTeX (an unclosed brace, a missing comma), naming its line.
 */
export function parseBibtex(source: string): BibliographyEntry[] {
  const entries: BibliographyEntry[] = [];
  const macros = new Map<string, string>(MONTH_MACROS.map((m, i) => [m, String(i + 1)]));
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new BibliographyError(`line ${lineColumnAt(source, at).line}: ${message}`);
  };
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i])) i++;
  };
  const expect = (c: string) => {
    skipSpace();
    if (source[i] !== c) fail(`expected "${c}" but found ${i < source.length ? `"${source[i]}"` : 'the end of the file'}`);
    i++;
  };
  const identifier = (what: string): string => {
    skipSpace();
    const m = /^[^\s{}(),="#%'~]+/.exec(source.slice(i, i + 200));
    if (!m) fail(`expected ${what}`);
    i += m![0].length;
    return m![0];
  };
  const braced = (): string => {
    const start = i;
    let depth = 0;
    for (; i < source.length; i++) {
      if (source[i] === '\\') {
        i++;
        continue;
      }
      if (source[i] === '{') depth++;
      else if (source[i] === '}' && --depth === 0) return source.slice(start + 1, i++);
    }
    return fail('a "{" is never closed', start);
  };
  const quoted = (): string => {
    const start = i++;
    let depth = 0;
    for (; i < source.length; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === '{') depth++;
      else if (source[i] === '}') depth--;
      else if (source[i] === '"' && depth === 0) return source.slice(start + 1, i++);
    }
    return fail('a quoted value is never closed', start);
  };
  const value = (): string => {
    let result = '';
    for (;;) {
      skipSpace();
      if (source[i] === '{') result += braced();
      else if (source[i] === '"') result += quoted();
      else if (/\d/.test(source[i] ?? '')) result += identifier('a number');
      else {
        const name = identifier('a value');
        const macro = macros.get(name.toLowerCase());
        if (macro === undefined) fail(`unknown macro "${name}" (a value needs braces or quotes)`);
        result += macro;
      }
      skipSpace();
      if (source[i] !== '#') return result;
      i++;
    }
  };

  for (;;) {
    const at = source.indexOf('@', i);
    if (at < 0) break;
    i = at + 1;
    const type = identifier('an entry type').toLowerCase();
    skipSpace();
    const open = source[i];
    if (open !== '{' && open !== '(') fail(`expected "{" after @${type}`);
    const closer = open === '{' ? '}' : ')';
    if (type === 'comment') {
      // @comment{...} takes a braced body; anything else after @comment runs to the end of the line.
      if (open === '{') braced();
      continue;
    }
    i++;
    if (type === 'preamble') {
      value();
      expect(closer);
      continue;
    }
    if (type === 'string') {
      const name = identifier('a macro name');
      expect('=');
      macros.set(name.toLowerCase(), value());
      expect(closer);
      continue;
    }
    const key = identifier('a citation key');
    const fields = new Map<string, string>();
    for (;;) {
      skipSpace();
      if (source[i] === closer) {
        i++;
        break;
      }
      expect(',');
      skipSpace();
      if (source[i] === closer) {
        i++;
        break;
      }
      const name = identifier('a field name').toLowerCase();
      expect('=');
      fields.set(name, value());
    }
    entries.push(toEntry(key, fields));
  }
  return entries;
}

function toEntry(key: string, fields: Map<string, string>): BibliographyEntry {
  const field = (name: string) => text(fields.has(name) ? latexToText(fields.get(name)!) : undefined);
  const year = field('year');
  const month = field('month');
  const day = field('day');
  const date =
    isoDate(field('date')) ??
    (year && /^\d{4}$/.test(year)
      ? datePartsToIso(Number(year), month ? monthNumber(month) : undefined, day && month ? Number(day) : undefined)
      : undefined);
  const authors = fields.has('author') ? bibtexNames(fields.get('author')!) : undefined;
  return {
    key,
    metadata: {
      key,
      title: field('title'),
      authors: authors && authors.length > 0 ? authors : undefined,
      date,
      url: webLink(field('url')) ?? (field('doi') ? `https://doi.org/${field('doi')}` : undefined),
      container: field('journaltitle') ?? field('journal') ?? field('booktitle'),
      publisher: field('publisher') ?? field('institution') ?? field('organization'),
    },
    files: fields.has('file') ? bibtexFiles(fields.get('file')!) : [],
  };
}

/** `A and B and {Org Name}`: names split on a top-level "and"; a braced name is one family name. */
function bibtexNames(raw: string): Author[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '{') depth++;
    else if (raw[i] === '}') depth--;
    else if (depth === 0 && /\s/.test(raw[i]) && /^\s+and\s/i.test(raw.slice(i))) {
      names.push(raw.slice(start, i));
      i += /^\s+and\s+/i.exec(raw.slice(i))![0].length - 1;
      start = i + 1;
    }
  }
  names.push(raw.slice(start));
  const authors: Author[] = [];
  for (const name of names) {
    const trimmed = name.trim();
    if (/^\{[^{}]*\}$/.test(trimmed)) authors.push({ family: latexToText(trimmed) });
    else {
      const author = parsePersonName(latexToText(trimmed));
      if (author) authors.push(author);
    }
  }
  return authors;
}

/**
 * A `file` field's paths. Zotero writes `Description:path/to/file.pdf:mime/type`, several joined by ";"; Better
 * BibTeX writes bare paths joined by ";".
 */
function bibtexFiles(raw: string): string[] {
  return raw
    .split(';')
    .map((part) => {
      const p = part.replace(/[{}]/g, '').trim();
      const zotero = /^[^:]*:(.+):[a-z]+\/[\w.+-]+$/i.exec(p);
      return zotero ? zotero[1].replace(/\\:/g, ':') : p;
    })
    .filter(Boolean);
}

/** The few LaTeX spellings titles and names use (`\&`, `--`, braces kept for case), as plain text. */
function latexToText(s: string): string {
  return s
    .replace(/\\([&%$#_{}])/g, '$1')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/\\[a-zA-Z]+\s*\{([^{}]*)\}/g, '$1')
    .replace(/[{}]/g, '')
    .replace(/~/g, ' ');
}
