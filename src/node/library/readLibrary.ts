/**
 * Reads a writer's sources folders: every Markdown, text, HTML, PDF and DOCX document and every BibTeX or CSL-JSON
 * bibliography in them, through the safe reader (regular files only, bounded size, UTF-8 or UTF-16 for text). A file
 * that cannot be used gets a status saying why, and the rest is still read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BibliographyError, parseBibtex } from '../../core/library/bibtex';
import {
  compileLibrary,
  type CompiledLibrary,
  type LibraryBibliography,
  type LibraryDocument,
  type LibraryFileStatus,
} from '../../core/library/compileLibrary';
import { looksLikeCslJson, parseCslJson } from '../../core/library/cslJson';
import { readMarkdown } from '../../core/library/frontMatter';
import type { CompiledKnowledge } from '../../core/knowledge/types';
import { describeRefusal, describeTextRefusal, readRegularFile, readTextFile } from '../files';
import { readDocx } from './docx';
import { readHtml } from './html';
import { readPdf } from './pdf';

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
}

/** How a long read reports itself (the editor's progress notification) and is stopped. */
export interface ReadLibraryOptions {
  /** Told before each file is read, and once more at the end: `done` of `total` files read. */
  onProgress?: (done: number, total: number) => void;
  /** Asked between files; when it says yes, the read stops with a `LibraryReadCancelled`. */
  isCancelled?: () => boolean;
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
 * file is named in statuses as `path.join(dir, relative path)`, the folder as the caller gave it.
 */
export async function readLibraryFiles(dirs: readonly string[], cwd: string, options: ReadLibraryOptions = {}): Promise<LibraryFiles> {
  const result: LibraryFiles = { documents: [], bibliographies: [], failures: [] };
  // Listed first and read one at a time after: a PDF is read asynchronously, and one at a time bounds the memory.
  const found: { full: string; shown: string }[] = [];
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
  for (const [done, file] of found.entries()) {
    if (watched) {
      // A text file is read synchronously: without a turn of the event loop between files, the caller's progress
      // and cancel button would not be served until the whole folder was read.
      await new Promise((resolve) => setImmediate(resolve));
      if (options.isCancelled?.()) throw new LibraryReadCancelled();
      options.onProgress?.(done, found.length);
    }
    await readOne(file.full, file.shown, result);
  }
  options.onProgress?.(found.length, found.length);
  return result;
}

async function readOne(full: string, shown: string, into: LibraryFiles): Promise<void> {
  const ext = path.extname(full).toLowerCase();
  const format = FORMATS[ext];
  const fail = (reason: string, f: LibraryFileStatus['format'] = format ?? 'unknown') =>
    into.failures.push({ file: shown, format: f, status: 'failed', reason, warnings: [] });
  if (!format) return void fail(`not a format sources are read from (${ext || 'no extension'})`);
  if (format === 'pdf' || format === 'docx') {
    const bytes = readRegularFile(full, MAX_LIBRARY_FILE_BYTES);
    if (!bytes.ok) return void fail(describeRefusal(bytes.refusal));
    const doc = format === 'pdf' ? await readPdf(bytes.bytes) : await readDocx(bytes.bytes);
    if (!doc.ok) return void fail(doc.reason);
    const metadataOrigin = format === 'pdf' ? "the PDF's document info" : undefined;
    into.documents.push({ file: shown, format, text: doc.text, metadata: doc.metadata, metadataOrigin });
    return;
  }
  const read = readTextFile(full, MAX_LIBRARY_FILE_BYTES);
  if (!read.ok) {
    const reason = read.refusal.kind === 'binary' ? 'binary: it contains NUL bytes, so it is not text' : describeTextRefusal(read.refusal);
    return void fail(reason);
  }
  const text = read.text;
  if (format === 'bibtex' || format === 'csl-json') {
    if (format === 'csl-json' && !looksLikeJsonArray(text)) return void fail('a JSON file that is not a CSL-JSON bibliography');
    if (text.trim() === '') return void fail(format === 'bibtex' ? 'malformed .bib: empty' : 'empty: no text');
    try {
      const entries = format === 'bibtex' ? parseBibtex(text) : parseCslJson(text);
      into.bibliographies.push({ file: shown, format, entries });
    } catch (err) {
      if (!(err instanceof BibliographyError)) throw err;
      fail(format === 'bibtex' ? `malformed .bib: ${err.message}` : `malformed CSL-JSON: ${err.message}`);
    }
    return;
  }
  if (format === 'markdown') {
    const md = readMarkdown(text);
    into.documents.push({
      file: shown,
      format,
      text: md.body,
      metadata: md.metadata,
      metadataOrigin: 'its front matter',
      warnings: md.warning ? [md.warning] : [],
    });
  } else if (format === 'html') {
    const page = readHtml(text);
    into.documents.push({ file: shown, format, text: page.text, metadata: page.metadata, metadataOrigin: "the page's meta tags" });
  } else {
    into.documents.push({ file: shown, format: 'text', text, metadata: {} });
  }
}

/** A `.json` file is taken for a bibliography only when it is an array of CSL items; other JSON is not a source. */
function looksLikeJsonArray(text: string): boolean {
  try {
    return looksLikeCslJson(JSON.parse(text));
  } catch {
    return /^\s*\[/.test(text);
  }
}

/** Reads the folders and compiles them, after `base` (the bundled knowledge) when given. */
export async function readLibrary(
  dirs: readonly string[],
  cwd: string,
  base?: CompiledKnowledge,
  options: ReadLibraryOptions = {},
): Promise<CompiledLibrary> {
  const files = await readLibraryFiles(dirs, cwd, options);
  return compileLibrary(files.documents, files.bibliographies, files.failures, base);
}
