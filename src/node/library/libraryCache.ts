/**
 * The on-disk cache of what was read from each file of a writer's sources, so a second run reads only the files that
 * changed. Two parts in the cache folder:
 * - `files.json`, the manifest: per file (absolute path) its size, modification time and the SHA-256 of its bytes;
 * - `entries/<hash>-<format>.json`: what the reader made of those bytes (the text, metadata and analysis of a
 *   document, the entries of a bibliography, or why the file could not be used). Content-addressed, so a renamed or
 *   touched file is not read again, and two files with the same bytes share one entry.
 * Every write replaces a file in one rename, so another process (a second window, the CLI) sees old or new, never
 * half. Anything that does not check out (a truncated or garbled file, another version's format, an entry whose
 * content is not what its name says) is never trusted: it is dropped with a one-line note and the file read again.
 *
 * A plain file store rather than an embedded database: measured here on 1,000 documents (50 MB of text), SQLite
 * through WebAssembly (node-sqlite3-wasm) took 1.0–1.2 s to reopen and read every entry and 1.3 s to write them,
 * these files 0.5 s and 0.13 s (see README, "A library of 1,000 documents").
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentAnalysis, DocumentFormat } from '../../core/library/compileLibrary';
import type { DocumentMetadata, BibliographyEntry } from '../../core/library/metadata';
import { Utf8Text } from '../../core/library/utf8Text';
import { writeFileAtomic } from '../files';

/**
 * The cache's layout and the readers' output. Bump it whenever a reader (Markdown, HTML, PDF, DOCX, BibTeX,
 * CSL-JSON) or `analyseDocument` changes what it makes of the same bytes: an older cache is then rebuilt.
 */
export const LIBRARY_CACHE_VERSION = 2;

const MANIFEST = 'files.json';
const ENTRIES = 'entries';

/** What the reader made of one file's bytes: a document, a bibliography, or why it cannot be used. */
export type CachedRead =
  | {
      kind: 'document';
      format: DocumentFormat;
      /** UTF-8 bytes, decoded when read (`Utf8Text`): held by every process that reads the library, outside the heap. */
      text: Utf8Text;
      metadata: DocumentMetadata;
      metadataOrigin?: string;
      warnings: string[];
      analysis: DocumentAnalysis;
    }
  | { kind: 'bibliography'; format: 'bibtex' | 'csl-json'; entries: BibliographyEntry[] }
  | { kind: 'failed'; format: string; reason: string };

/** A file as the manifest knows it. */
interface ManifestRow {
  size: number;
  mtimeMs: number;
  hash: string;
  format: string;
  /** When the hash was taken (ms since the epoch): a file modified just before may change again in the same tick. */
  checkedAt: number;
}

/**
 * How long after its modification time a file must have been hashed for its size and time alone to vouch for it
 * later. Some file systems keep times to the second or two (FAT, some network shares): a file saved twice within
 * that keeps its time, and a same-size edit would go unseen. Such a file is hashed again (not parsed) next time.
 */
const RACY_MS = 2000;

/** The SHA-256 of `bytes`, hex: a file's identity in the cache. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The readings already loaded in this process, per cache folder, so that a long-lived process (the editor's
 * extension host) re-reading its library after a change reads from disk only the entries it has not met. Safe to
 * keep: an entry is named by the hash of the bytes it was read from, so it stays true for them.
 */
const readingsInMemory = new Map<string, Map<string, CachedRead>>();

/**
 * Lets go of the readings kept in memory for `dir` (every folder when omitted): for a process that drops its library
 * for good, and for measuring what a new process pays.
 */
export function forgetReadingsInMemory(dir?: string): void {
  if (dir === undefined) readingsInMemory.clear();
  else readingsInMemory.delete(dir);
}

/**
 * One sources cache folder, opened. `lookup` answers from the manifest when a file's size and time are unchanged;
 * `entry` finds what was read from given bytes; `record` and `forget` change the manifest in memory and `save`
 * writes it (and the new entries) to disk.
 */
export class LibraryCache {
  private readonly rows = new Map<string, ManifestRow>();
  private readonly newEntries = new Map<string, CachedRead>();
  private readonly loaded: Map<string, CachedRead>;
  private dirty = false;

  private constructor(
    readonly dir: string,
    private readonly note: (line: string) => void,
  ) {
    this.loaded = readingsInMemory.get(dir) ?? new Map();
    readingsInMemory.set(dir, this.loaded);
  }

  /**
   * Opens the cache in `dir` (made on first save). A manifest that cannot be trusted is set aside with a note, and
   * every file is read again.
   */
  static open(dir: string, note: (line: string) => void): LibraryCache {
    const cache = new LibraryCache(dir, note);
    const file = path.join(dir, MANIFEST);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return cache; // No cache yet (or unreadable, which the first save will say): everything is read.
    }
    const problem = cache.loadManifest(text);
    if (problem) {
      note(`the sources cache ${file} ${problem}; it is rebuilt`);
      cache.dirty = true;
    }
    return cache;
  }

  /** Fills the rows from the manifest's text; says what is wrong with it, or undefined when it is sound. */
  private loadManifest(text: string): string | undefined {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return 'is not valid JSON (truncated or damaged)';
    }
    const m = data as { version?: unknown; files?: unknown } | null;
    if (!m || typeof m !== 'object' || typeof m.files !== 'object' || m.files === null) return 'is not a sources cache manifest';
    if (m.version !== LIBRARY_CACHE_VERSION)
      return `was written by another version (format ${String(m.version)}, expected ${LIBRARY_CACHE_VERSION})`;
    for (const [file, row] of Object.entries(m.files as Record<string, unknown>)) {
      const r = row as Partial<ManifestRow> | null;
      if (
        !r ||
        typeof r.size !== 'number' ||
        typeof r.mtimeMs !== 'number' ||
        typeof r.hash !== 'string' ||
        !/^[0-9a-f]{64}$/.test(r.hash) ||
        typeof r.format !== 'string' ||
        !/^[a-z-]+$/.test(r.format) ||
        typeof r.checkedAt !== 'number'
      ) {
        this.rows.clear();
        return `has a damaged row for ${file}`;
      }
      this.rows.set(file, { size: r.size, mtimeMs: r.mtimeMs, hash: r.hash, format: r.format, checkedAt: r.checkedAt });
    }
    return undefined;
  }

  /**
   * What was read from `file` when its size and modification time are still those recorded (the fast check that
   * spares reading it), with its content hash; undefined when the file must be read.
   */
  lookup(file: string, stat: { size: number; mtimeMs: number }, format: string): { hash: string; read: CachedRead } | undefined {
    const row = this.rows.get(file);
    if (!row || row.size !== stat.size || row.mtimeMs !== stat.mtimeMs || row.format !== format || isRacy(row)) return undefined;
    const read = this.entry(row.hash, format);
    return read ? { hash: row.hash, read } : undefined;
  }

  /** What was read from bytes with this hash as this format, by any file, if the cache holds it intact. */
  entry(hash: string, format: string): CachedRead | undefined {
    const name = entryName(hash, format);
    const known = this.newEntries.get(name) ?? this.loaded.get(name);
    if (known) return known;
    const file = path.join(this.dir, ENTRIES, name);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return undefined;
    }
    const checked = checkEntry(bytes, hash, format);
    if (typeof checked === 'string') {
      this.note(`the sources cache entry ${file} ${checked}; the file is read again`);
      fs.rmSync(file, { force: true });
      return undefined;
    }
    this.loaded.set(name, checked.read);
    return checked.read;
  }

  /** Records what was read from `file` (whose bytes hash to `hash`), to be saved. */
  record(file: string, stat: { size: number; mtimeMs: number }, hash: string, read: CachedRead): void {
    const name = entryName(hash, read.format);
    if (!this.loaded.has(name) && !this.newEntries.has(name)) this.newEntries.set(name, read);
    const old = this.rows.get(file);
    const unchanged = old && old.size === stat.size && old.mtimeMs === stat.mtimeMs && old.hash === hash && old.format === read.format;
    if (unchanged && !isRacy(old)) return;
    this.rows.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, hash, format: read.format, checkedAt: Date.now() });
    this.dirty = true;
  }

  /** Drops `file` from the manifest: it is gone, or could not be read this time. */
  forget(file: string): void {
    if (this.rows.delete(file)) this.dirty = true;
  }

  /** The files the manifest lists inside `folder` (an absolute path): those a run over it should have seen. */
  filesUnder(folder: string): string[] {
    const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
    return [...this.rows.keys()].filter((f) => f.startsWith(prefix));
  }

  /**
   * Writes the new entries and the manifest, then deletes entries no file refers to any more. A cache that cannot
   * be written (a read-only folder, a full disk) is noted and the run goes on without it.
   */
  save(): void {
    if (!this.dirty && this.newEntries.size === 0) return;
    try {
      const entriesDir = path.join(this.dir, ENTRIES);
      fs.mkdirSync(entriesDir, { recursive: true });
      // The cache is this machine's: never committed with the drafts.
      const ignore = path.join(this.dir, '.gitignore');
      if (!fs.existsSync(ignore)) fs.writeFileSync(ignore, '# The sources cache, rebuilt from the sources by "sourcebook index".\n*\n');
      for (const [name, read] of this.newEntries) {
        writeFileAtomic(path.join(entriesDir, name), entryBytes(name.split('-')[0], read));
        this.loaded.set(name, read);
      }
      this.newEntries.clear();
      const files: Record<string, ManifestRow> = {};
      for (const [file, row] of [...this.rows].sort((a, b) => a[0].localeCompare(b[0]))) files[file] = row;
      writeFileAtomic(path.join(this.dir, MANIFEST), JSON.stringify({ version: LIBRARY_CACHE_VERSION, files }));
      this.dirty = false;
      const referenced = new Set([...this.rows.values()].map((r) => entryName(r.hash, r.format)));
      for (const name of fs.readdirSync(entriesDir)) if (!referenced.has(name)) fs.rmSync(path.join(entriesDir, name), { force: true });
      for (const name of this.loaded.keys()) if (!referenced.has(name)) this.loaded.delete(name);
    } catch (err) {
      this.note(`the sources cache ${this.dir} could not be written (${(err as Error).message}); the next run reads every file again`);
    }
  }
}

/** Whether the row's file was hashed too soon after it was modified for its size and time to vouch for it. */
function isRacy(row: ManifestRow): boolean {
  return row.checkedAt - row.mtimeMs < RACY_MS;
}

function entryName(hash: string, format: string): string {
  return `${hash}-${format}.json`;
}

/**
 * An entry file: a header line `{ version, hash, checksum }`, the reading as one line of JSON and, for a document,
 * its text as UTF-8 after that line (decoded in one go rather than escaped in the JSON and parsed). The SHA-256 of
 * all after the header is the checksum, so any damage to the reading (not only truncation) is caught before use.
 */
function entryBytes(hash: string, read: CachedRead): Buffer {
  const { text, ...rest } = read.kind === 'document' ? read : { ...read, text: undefined };
  const json = Buffer.from(`${JSON.stringify(rest)}\n`, 'utf8');
  const body = text === undefined ? json : Buffer.concat([json, text.bytes]);
  const header = JSON.stringify({ version: LIBRARY_CACHE_VERSION, hash, checksum: contentHash(body) });
  return Buffer.concat([Buffer.from(`${header}\n`, 'utf8'), body]);
}

/** The entry's reading when `bytes` are an intact entry for `hash` and `format`, else what is wrong with it. */
function checkEntry(bytes: Buffer, hash: string, format: string): { read: CachedRead } | string {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return 'is not a cache entry (truncated or damaged)';
  let header: { version?: unknown; hash?: unknown; checksum?: unknown } | null;
  try {
    header = JSON.parse(bytes.subarray(0, newline).toString('utf8'));
  } catch {
    return 'is not a cache entry (truncated or damaged)';
  }
  if (!header || typeof header !== 'object') return 'is not a cache entry (truncated or damaged)';
  if (header.version !== LIBRARY_CACHE_VERSION) return `was written by another version (format ${String(header.version)})`;
  if (header.hash !== hash) return 'is not the entry its name says';
  const body = bytes.subarray(newline + 1);
  if (header.checksum !== contentHash(body)) return 'does not match its checksum (truncated or damaged)';
  const end = body.indexOf(0x0a);
  if (end < 0) return 'is not a cache entry (truncated or damaged)';
  let read: Partial<CachedRead> | null;
  try {
    read = JSON.parse(body.toString('utf8', 0, end));
  } catch {
    return 'is not a cache entry (truncated or damaged)';
  }
  if (!read || typeof read !== 'object' || read.format !== format) return 'is not a cache entry';
  // A document's text follows its JSON line as it is (UTF-8): kept as those bytes, decoded when read.
  if (read.kind === 'document') read.text = new Utf8Text(body.subarray(end + 1));
  else if (end + 1 !== body.length) return 'is not a cache entry';
  const sound =
    (read.kind === 'document' &&
      read.text instanceof Utf8Text &&
      typeof read.metadata === 'object' &&
      Array.isArray(read.warnings) &&
      Array.isArray(read.analysis?.spans) &&
      Array.isArray(read.analysis?.acronyms) &&
      read.analysis.spans.every((n, i, all) => Number.isInteger(n) && n >= (i > 0 ? all[i - 1] : 0) && n <= read.text!.length) &&
      read.analysis.acronyms.every(
        (a) =>
          Number.isInteger(a?.passage) &&
          a.passage >= 0 &&
          a.passage < read.analysis!.spans.length / 2 &&
          typeof a.short === 'string' &&
          typeof a.long === 'string',
      )) ||
    (read.kind === 'bibliography' && Array.isArray(read.entries)) ||
    (read.kind === 'failed' && typeof read.reason === 'string');
  return sound ? { read: read as CachedRead } : 'is not a cache entry';
}
