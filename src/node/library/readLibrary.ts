/**
 * Reads a writer's sources folders: every Markdown, text, HTML, PDF and DOCX document and every BibTeX or CSL-JSON
 * bibliography in them, through the safe reader (regular files only, bounded size, UTF-8 or UTF-16 for text). A file
 * that cannot be used gets a status saying why, and the rest is still read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BibliographyError, parseBibtex } from '../../core/library/bibtex';
import { MAX_SOURCE_CHARS } from '../../core/knowledge/compile/limits';
import {
  analyseDocument,
  compileLibrary,
  type CompiledLibrary,
  type LibraryBibliography,
  type LibraryDocument,
  type LibraryFileStatus,
} from '../../core/library/compileLibrary';
import { looksLikeCslJson, parseCslJson } from '../../core/library/cslJson';
import { readMarkdown } from '../../core/library/frontMatter';
import { Utf8Text } from '../../core/library/utf8Text';
import type { CompiledKnowledge } from '../../core/knowledge/types';
import { decodeText, describeRefusal, describeTextRefusal, readRegularFile } from '../files';
import { contentHash, LibraryCache, type CachedRead } from './libraryCache';

/**
 * Past this a source file is not read. Reports run to a few megabytes of text; a saved web page with inline images
 * can be ten times that. Anything larger is a mistake or a data dump, and reading it whole would stall the run.
 */
export const MAX_LIBRARY_FILE_BYTES = 32 * 1024 * 1024;

/** Past this many files a folder is not read further: a sources folder pointed at a home folder by mistake. */
export const MAX_LIBRARY_FILES = 20_000;

/** Formats by file extension. */
const FORMATS: Record<string, LibraryFileStatus['format']> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.bib': 'bibtex',
  '.json': 'csl-json',
  '.pdf': 'pdf',
  // A macro-enabled Word file is read like any other: its text only, its macros never.
  '.docx': 'docx',
  '.docm': 'docx',
};

/** The documents, bibliographies and failures of the given folders, before they are compiled. */
export interface LibraryFiles {
  documents: LibraryDocument[];
  bibliographies: LibraryBibliography[];
  failures: LibraryFileStatus[];
  /**
   * Per document file (as named in `documents`), the identity of its content in the cache: the hash of its bytes and
   * its format, which decide its text and passages.
   */
  contentIds: Map<string, string>;
  /** How many files were read and parsed, and how many were taken from the cache unparsed. */
  stats: LibraryReadStats;
}

/** How a run used the cache. */
export interface LibraryReadStats {
  /** Files whose bytes were parsed this run (new, changed, or no cache). */
  parsed: number;
  /** Files whose reading came from the cache: unchanged, or bytes the cache already held under another name. */
  fromCache: number;
  /** One line each about the cache itself (rebuilt, or not writable); also given to `onNote`. */
  notes: string[];
}

/**
 * How `readLibrary` reads: with a cache, where to say what became of it, and how a long read reports itself (the
 * editor's progress notification) and is stopped.
 */
export interface ReadLibraryOptions {
  /**
   * The cache folder (made when missing; the CLI's is `.sourcebook/cache/` beside the team file). Without it every
   * file is read and parsed on every run.
   */
  cacheDir?: string;
  /** Told each note about the cache (a damaged cache rebuilt), as it happens. */
  onNote?: (line: string) => void;
  /** Told before each file is read, and once more at the end: `done` of `total` files read. */
  onProgress?: (done: number, total: number) => void;
  /** Asked between files; when it says yes, the read stops with a `LibraryReadCancelled`. */
  isCancelled?: () => boolean;
  /**
   * Told, after a note saying which, when a document's text could later not be read from its cache entry (deleted or
   * changed by another process while the library was in use): its passages read as blanks until the sources are read
   * again, which reads the entry anew (or the file, when the entry is gone).
   */
  onTextUnreadable?: () => void;
}

/** Thrown when `isCancelled` stopped a read: nothing of it is used. */
export class LibraryReadCancelled extends Error {
  constructor() {
    super('reading the sources was cancelled');
    this.name = 'LibraryReadCancelled';
  }
}

/**
 * Reads every folder in `dirs` (recursively; names starting with "." are skipped, as are links to folders). Each
 * file is named in statuses as `path.join(dir, relative path)`, the folder as the caller gave it. With a cache, a
 * file whose size and time are unchanged is not read at all, and one whose bytes the cache holds is not parsed;
 * files gone from a folder are dropped from the cache.
 */
export async function readLibraryFiles(dirs: readonly string[], cwd: string, options: ReadLibraryOptions = {}): Promise<LibraryFiles> {
  const stats: LibraryReadStats = { parsed: 0, fromCache: 0, notes: [] };
  const note = (line: string) => {
    stats.notes.push(line);
    options.onNote?.(line);
  };
  const cache =
    options.cacheDir === undefined
      ? undefined
      : LibraryCache.open(path.resolve(cwd, options.cacheDir), note, { onTextUnreadable: unreadableTextListener(options) });
  const result: LibraryFiles = { documents: [], bibliographies: [], failures: [], contentIds: new Map(), stats };
  // Listed first and read one at a time after: a PDF is read asynchronously, and one at a time bounds the memory.
  const found: { full: string; shown: string }[] = [];
  const listed: string[] = [];
  let count = 0;
  for (const dir of dirs) {
    const full = path.resolve(cwd, dir);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat?.isDirectory()) {
      result.failures.push({
        file: dir,
        format: 'unknown',
        status: 'failed',
        reason: stat ? 'is not a folder' : 'no such folder',
        warnings: [],
      });
      continue;
    }
    listed.push(full);
    const walk = (sub: string) => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(path.join(full, sub), { withFileTypes: true });
      } catch (err) {
        result.failures.push({
          file: path.join(dir, sub),
          format: 'unknown',
          status: 'failed',
          reason: `cannot be listed (${(err as Error).message})`,
          warnings: [],
        });
        return;
      }
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.')) continue;
        const rel = path.join(sub, entry.name);
        if (entry.isDirectory()) walk(rel);
        else if (!entry.isSymbolicLink() || !fs.statSync(path.join(full, rel), { throwIfNoEntry: false })?.isDirectory()) {
          if (++count > MAX_LIBRARY_FILES) {
            if (count === MAX_LIBRARY_FILES + 1) {
              result.failures.push({
                file: path.join(dir, rel),
                format: 'unknown',
                status: 'failed',
                reason: `more than ${MAX_LIBRARY_FILES} files: this and the rest are not read`,
                warnings: [],
              });
            }
            continue;
          }
          found.push({ full: path.join(full, rel), shown: path.join(dir, rel) });
        }
      }
    };
    walk('');
  }
  const watched = options.onProgress !== undefined || options.isCancelled !== undefined;
  // The first file (in listing order) with given bytes is the document; any other with the same bytes is a copy.
  const firstWithContent = new Map<string, string>();
  const seen = new Set<string>();
  for (const [done, file] of found.entries()) {
    if (watched) {
      // A text file is read synchronously: without a turn of the event loop between files, the caller's progress
      // and cancel button would not be served until the whole folder was read.
      await new Promise((resolve) => setImmediate(resolve));
      if (options.isCancelled?.()) throw new LibraryReadCancelled();
      options.onProgress?.(done, found.length);
    }
    seen.add(file.full);
    const outcome = await readOne(file.full, cache);
    if (outcome.fromCache) stats.fromCache++;
    else if (outcome.parsed) stats.parsed++;
    const read = outcome.read;
    if (read.kind === 'document' && outcome.hash) {
      const first = firstWithContent.get(`${outcome.hash}\u0000${read.format}`);
      if (first !== undefined) {
        result.failures.push({
          file: file.shown,
          format: read.format,
          status: 'failed',
          reason: `a duplicate of ${first}: the same content`,
          warnings: [],
        });
        continue;
      }
      firstWithContent.set(`${outcome.hash}\u0000${read.format}`, file.shown);
      result.contentIds.set(file.shown, `${outcome.hash}-${read.format}`);
    }
    addRead(file.shown, read, result);
  }
  options.onProgress?.(found.length, found.length);
  if (cache) {
    for (const folder of listed) for (const gone of cache.filesUnder(folder)) if (!seen.has(gone)) cache.forget(gone);
    cache.save();
  }
  return result;
}

/**
 * What the cache tells of a document's text that can no longer be read from its entry, long after the run: the
 * caller's `onNote` and `onTextUnreadable`. Made apart from `readLibraryFiles` because every text read from the cache
 * keeps it, and a closure made there would keep that function's whole scope (every document read) alive with it.
 */
function unreadableTextListener(options: ReadLibraryOptions): (note: string) => void {
  const { onNote, onTextUnreadable } = options;
  return (line) => {
    onNote?.(line);
    onTextUnreadable?.();
  };
}

/** What became of one file: what was read, the hash of its bytes when they were read, and whether parsing ran. */
interface ReadOutcome {
  read: CachedRead;
  hash?: string;
  parsed: boolean;
  fromCache: boolean;
}

/**
 * Reads one file, from the cache when its size and time are unchanged or its bytes are known. A file whose size or
 * time changes while it is read (being saved) is read once more; if it changes again it is not used this run.
 */
async function readOne(full: string, cache: LibraryCache | undefined): Promise<ReadOutcome> {
  const ext = path.extname(full).toLowerCase();
  const format = FORMATS[ext];
  // Not a format sources are read from: named in the statuses, but neither read nor counted.
  if (!format) return { ...failedOutcome('unknown', `not a format sources are read from (${ext || 'no extension'})`), parsed: false };
  for (let attempt = 0; attempt < 2; attempt++) {
    const before = fs.statSync(full, { throwIfNoEntry: false });
    const hit = before?.isFile() ? cache?.lookup(full, before, format) : undefined;
    if (hit) return { read: hit.read, hash: hit.hash, parsed: false, fromCache: true };
    const bytes = readRegularFile(full, MAX_LIBRARY_FILE_BYTES);
    if (!bytes.ok) {
      cache?.forget(full);
      return failedOutcome(format, describeRefusal(bytes.refusal));
    }
    const hash = contentHash(bytes.bytes);
    const known = cache?.entry(hash, format);
    const read = known ?? (await parse(bytes.bytes, format));
    const after = fs.statSync(full, { throwIfNoEntry: false });
    if (before && after && before.size === after.size && before.mtimeMs === after.mtimeMs && after.size === bytes.bytes.length) {
      cache?.record(full, after, hash, read);
      return { read, hash, parsed: !known, fromCache: !!known };
    }
    cache?.forget(full);
  }
  return failedOutcome(format, 'changed while it was read (still being saved?); it is read again on the next run');
}

function failedOutcome(format: string, reason: string): ReadOutcome {
  return { read: { kind: 'failed', format, reason }, parsed: true, fromCache: false };
}

/** Adds what was read from `shown` to the documents, bibliographies or failures. */
function addRead(shown: string, read: CachedRead, into: LibraryFiles): void {
  if (read.kind === 'document') {
    const { kind: _kind, ...doc } = read;
    into.documents.push({ file: shown, ...doc });
  } else if (read.kind === 'bibliography') {
    into.bibliographies.push({ file: shown, format: read.format, entries: read.entries });
  } else {
    into.failures.push({
      file: shown,
      format: read.format as LibraryFileStatus['format'],
      status: 'failed',
      reason: read.reason,
      warnings: [],
    });
  }
}

/* eslint-disable @typescript-eslint/no-require-imports -- the readers are required on first use, not at start-up:
   PDF.js, mammoth, linkedom and Readability take longer to load than a run that finds every file in the cache. */
const readers = {
  pdf: () => require('./pdf') as typeof import('./pdf'),
  docx: () => require('./docx') as typeof import('./docx'),
  html: () => require('./html') as typeof import('./html'),
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** What the reader for `format` makes of a file's bytes. Deterministic: the same bytes always give the same. */
async function parse(bytes: Buffer, format: NonNullable<(typeof FORMATS)[string]>): Promise<CachedRead> {
  const fail = (reason: string): CachedRead => ({ kind: 'failed', format, reason });
  const document = (
    doc: Omit<Extract<CachedRead, { kind: 'document' }>, 'kind' | 'analysis' | 'warnings' | 'text'> & { text: string; warnings?: string[] },
  ): CachedRead => ({
    kind: 'document',
    warnings: [],
    ...doc,
    // Held as UTF-8 until the cache saves it; then read from the cache entry when needed, as a text read back is.
    text: new Utf8Text(Buffer.from(doc.text, 'utf8')),
    analysis: analysable(doc.text) ? analyseDocument(doc.text) : { spans: [], acronyms: [] },
  });
  if (format === 'pdf' || format === 'docx') {
    const doc = format === 'pdf' ? await readers.pdf().readPdf(bytes) : await readers.docx().readDocx(bytes);
    if (!doc.ok) return fail(doc.reason);
    const metadataOrigin = format === 'pdf' ? "the PDF's document info" : undefined;
    return document({ format, text: doc.text, metadata: doc.metadata, ...(metadataOrigin ? { metadataOrigin } : {}) });
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return fail(
      decoded.refusal === 'binary' ? 'binary: it contains NUL bytes, so it is not text' : describeTextRefusal({ kind: decoded.refusal }),
    );
  }
  const text = decoded.text;
  if (format === 'bibtex' || format === 'csl-json') {
    if (format === 'csl-json' && !looksLikeJsonArray(text)) return fail('a JSON file that is not a CSL-JSON bibliography');
    if (text.trim() === '') return fail(format === 'bibtex' ? 'malformed .bib: empty' : 'empty: no text');
    try {
      return { kind: 'bibliography', format, entries: format === 'bibtex' ? parseBibtex(text) : parseCslJson(text) };
    } catch (err) {
      if (!(err instanceof BibliographyError)) throw err;
      return fail(format === 'bibtex' ? `malformed .bib: ${err.message}` : `malformed CSL-JSON: ${err.message}`);
    }
  }
  if (format === 'markdown') {
    const md = readMarkdown(text);
    return document({
      format,
      text: md.body,
      metadata: md.metadata,
      metadataOrigin: 'its front matter',
      warnings: md.warning ? [md.warning] : [],
    });
  }
  if (format === 'html') {
    const page = readers.html().readHtml(text);
    return document({ format, text: page.text, metadata: page.metadata, metadataOrigin: "the page's meta tags" });
  }
  return document({ format: 'text', text, metadata: {} });
}

/** Whether `compileLibrary` would index a text at all (not empty, not over the limit): only then is it analysed. */
function analysable(text: string): boolean {
  return text.trim() !== '' && text.length <= MAX_SOURCE_CHARS;
}

/** A `.json` file is taken for a bibliography only when it is an array of CSL items; other JSON is not a source. */
function looksLikeJsonArray(text: string): boolean {
  try {
    return looksLikeCslJson(JSON.parse(text));
  } catch {
    return /^\s*\[/.test(text);
  }
}

/** A compiled library and how its files were read. */
export interface ReadLibraryResult extends CompiledLibrary {
  stats: LibraryReadStats;
  /** Per source key of the library's own documents, the identity of the content its passages were cut from. */
  contentIds: Map<string, string>;
}

/** Reads the folders (through the cache in `options.cacheDir`) and compiles them, after `base` (the bundled knowledge) when given. */
export async function readLibrary(
  dirs: readonly string[],
  cwd: string,
  base?: CompiledKnowledge,
  options: ReadLibraryOptions = {},
): Promise<ReadLibraryResult> {
  const files = await readLibraryFiles(dirs, cwd, options);
  const compiled = compileLibrary(files.documents, files.bibliographies, files.failures, base);
  const contentIds = new Map<string, string>();
  for (const f of compiled.files) {
    const id = files.contentIds.get(f.file);
    if (f.status === 'indexed' && f.key !== undefined && id !== undefined) contentIds.set(f.key, id);
  }
  return { ...compiled, stats: files.stats, contentIds };
}
