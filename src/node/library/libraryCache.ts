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
      /**
       * Decoded when read (`Utf8Text`): read from the cache entry file whenever it is not among the texts decoded last,
       * so a process holds no library's worth of text; its UTF-8 bytes are held only until the entry is written, or
       * for good when the cache cannot be written.
       */
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
 * How long an entry no file refers to any more is kept before a save deletes it: another process (a second window,
 * the CLI, the claim checker's thread) may still read a document's text from it, and a text read from a deleted entry
 * reads as blanks until that process reads its sources again. A day covers a working session.
 */
export const UNREFERENCED_KEPT_MS = 24 * 60 * 60 * 1000;

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
 * What this process keeps of one cache folder across runs: the readings already loaded, so that a long-lived process
 * (the editor's extension host) re-reading its library after a change reads from disk only the entries it has not
 * met (safe to keep: an entry is named by the hash of the bytes it was read from, so it stays true for them), and
 * whom the latest run over the folder asked to be told of a text that can no longer be read from its entry.
 */
interface FolderInMemory {
  readings: Map<string, CachedRead>;
  /** Apart from the readings: every text read from an entry keeps this, and must not keep every reading alive. */
  listeners: { onTextUnreadable: (note: string) => void };
}

const readingsInMemory = new Map<string, FolderInMemory>();

/**
 * Lets go of the readings kept in memory for `dir` (every folder when omitted): for a process that drops its library
 * for good, and for measuring what a new process pays.
 */
export function forgetReadingsInMemory(dir?: string): void {
  if (dir === undefined) readingsInMemory.clear();
  else readingsInMemory.delete(dir);
}

/** How a cache is opened besides its folder. */
export interface LibraryCacheOptions {
  /**
   * Told with a note saying which when a document's text could not be read from its entry when asked for (the entry
   * was deleted or changed under this process): the text reads as blanks until the sources are read again. By
   * default the note goes where the cache's other notes go. Kept as long as any text read from the cache: it should
   * hold on to little.
   */
  onTextUnreadable?: (note: string) => void;
  /** The clock the time an entry is kept unreferenced is measured by (ms since the epoch); `Date.now` by default. */
  now?: () => number;
}

/**
 * One sources cache folder, opened. `lookup` answers from the manifest when a file's size and time are unchanged;
 * `entry` finds what was read from given bytes; `record` and `forget` change the manifest in memory and `save`
 * writes it (and the new entries) to disk.
 */
export class LibraryCache {
  private readonly rows = new Map<string, ManifestRow>();
  /** Entries no file refers to, by name, with when they were first found so (see `UNREFERENCED_KEPT_MS`). */
  private unreferenced = new Map<string, number>();
  private readonly newEntries = new Map<string, CachedRead>();
  private readonly loaded: Map<string, CachedRead>;
  private readonly inMemory: FolderInMemory;
  private readonly now: () => number;
  private dirty = false;

  private constructor(
    readonly dir: string,
    private readonly note: (line: string) => void,
    options: LibraryCacheOptions,
  ) {
    this.now = options.now ?? Date.now;
    // A text that cannot be read from this folder's entries any more is reported to the latest run's caller, whose
    // library is the one in use.
    const listeners = { onTextUnreadable: options.onTextUnreadable ?? note };
    const known = readingsInMemory.get(dir);
    if (known) Object.assign(known.listeners, listeners);
    this.inMemory = known ?? { readings: new Map(), listeners };
    readingsInMemory.set(dir, this.inMemory);
    this.loaded = this.inMemory.readings;
  }

  /**
   * Opens the cache in `dir` (made on first save). A manifest that cannot be trusted is set aside with a note, and
   * every file is read again.
   */
  static open(dir: string, note: (line: string) => void, options: LibraryCacheOptions = {}): LibraryCache {
    const cache = new LibraryCache(dir, note, options);
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
    // Entries kept past their time are deleted by the next save, even one that changes nothing else.
    const now = cache.now();
    if ([...cache.unreferenced.values()].some((since) => now - since >= UNREFERENCED_KEPT_MS)) cache.dirty = true;
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
    // Absent from a manifest written before entries were kept unreferenced; a damaged time is taken as now. Only times
    // are taken from here: a save deletes only files it finds in the entries folder (a writer's stale temporary file
    // among them, a day after it is first seen).
    const unreferenced = (data as { unreferenced?: unknown }).unreferenced;
    if (unreferenced && typeof unreferenced === 'object') {
      for (const [name, since] of Object.entries(unreferenced)) {
        this.unreferenced.set(name, typeof since === 'number' && Number.isFinite(since) ? since : this.now());
      }
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
    if (known && stillReadable(known)) return known;
    // Its text is read from an entry that is gone or was changed: the entry is read (or made) anew.
    this.loaded.delete(name);
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
    if (checked.read.kind === 'document') this.readFromEntry(checked.read.text, file, bytes.length, checked.layout);
    this.loaded.set(name, checked.read);
    return checked.read;
  }

  /**
   * Makes a document's text let go of its bytes and read them from its entry `file` when asked: the whole file, taken
   * only when it is still the entry checked when it was loaded or written (`size` bytes, its body still hashing to the
   * header's checksum). Else the text cannot be had: a note says so once (until it can be read again) and the latest
   * run's caller is told.
   */
  private readFromEntry(text: Utf8Text, file: string, size: number, layout: EntryLayout): void {
    textEntries.set(text, { file, size });
    const listeners = this.inMemory.listeners;
    let reported = false;
    text.readFrom(() => {
      let problem: string;
      try {
        const bytes = fs.readFileSync(file);
        if (bytes.length === size && contentHash(bytes.subarray(layout.bodyStart)) === layout.checksum) {
          reported = false;
          return bytes.subarray(layout.textStart);
        }
        problem = 'was changed';
      } catch (err) {
        problem = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'was deleted' : `cannot be read (${(err as Error).message})`;
      }
      if (!reported) {
        reported = true;
        listeners.onTextUnreadable(
          `the sources cache entry ${file} ${problem} while its document was in use: its text reads as blanks until the sources are read again`,
        );
      }
      return undefined;
    });
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
        const file = path.join(entriesDir, name);
        const entry = entryBytes(name.split('-')[0], read);
        writeFileAtomic(file, entry.bytes);
        // Written: the text is read from the entry from now on, not held.
        if (read.kind === 'document') this.readFromEntry(read.text, file, entry.bytes.length, entry.layout);
        this.loaded.set(name, read);
        this.newEntries.delete(name);
      }
      // An entry no file refers to is kept a while (another process may read a text from it), then deleted.
      const referenced = new Set([...this.rows.values()].map((r) => entryName(r.hash, r.format)));
      const now = this.now();
      const unreferenced = new Map<string, number>();
      const expired: string[] = [];
      for (const name of fs.readdirSync(entriesDir)) {
        if (referenced.has(name)) continue;
        const since = this.unreferenced.get(name) ?? now;
        if (now - since >= UNREFERENCED_KEPT_MS) expired.push(name);
        else unreferenced.set(name, since);
      }
      const files: Record<string, ManifestRow> = {};
      for (const [file, row] of [...this.rows].sort((a, b) => a[0].localeCompare(b[0]))) files[file] = row;
      writeFileAtomic(
        path.join(this.dir, MANIFEST),
        JSON.stringify({ version: LIBRARY_CACHE_VERSION, files, unreferenced: Object.fromEntries([...unreferenced].sort()) }),
      );
      this.unreferenced = unreferenced;
      this.dirty = false;
      for (const name of expired) fs.rmSync(path.join(entriesDir, name), { force: true });
      for (const name of this.loaded.keys()) if (!referenced.has(name)) this.loaded.delete(name);
    } catch (err) {
      this.note(`the sources cache ${this.dir} could not be written (${(err as Error).message}); the next run reads every file again`);
    }
  }
}

/** The entry file each text read from one is read from, and its size then. */
const textEntries = new WeakMap<Utf8Text, { file: string; size: number }>();

/**
 * Whether a reading kept in memory can still be used: one whose text is read from its entry only while the entry is
 * there with the same size and its text did not fail to read last time (a same-size change is caught when read).
 * One look at the file each: a long-lived process re-reading its library finds an entry another process deleted
 * before any text of it reads as blanks.
 */
function stillReadable(read: CachedRead): boolean {
  if (read.kind !== 'document' || read.text.held) return true;
  if (read.text.unreadable) return false;
  const entry = textEntries.get(read.text);
  return entry === undefined || fs.statSync(entry.file, { throwIfNoEntry: false })?.size === entry.size;
}

/** Whether the row's file was hashed too soon after it was modified for its size and time to vouch for it. */
function isRacy(row: ManifestRow): boolean {
  return row.checkedAt - row.mtimeMs < RACY_MS;
}

function entryName(hash: string, format: string): string {
  return `${hash}-${format}.json`;
}

/** Where the parts of an entry file start, and what its body must hash to: what a text is read back from it by. */
interface EntryLayout {
  /** The byte offset of the body (all after the header line), and its SHA-256 as the header gives it. */
  bodyStart: number;
  checksum: string;
  /** The byte offset of a document's text (after the reading's JSON line). */
  textStart: number;
}

/**
 * An entry file: a header line `{ version, hash, checksum }`, the reading as one line of JSON and, for a document,
 * its text as UTF-8 after that line (decoded in one go rather than escaped in the JSON and parsed). The SHA-256 of
 * all after the header is the checksum, so any damage to the reading (not only truncation) is caught before use.
 */
function entryBytes(hash: string, read: CachedRead): { bytes: Buffer; layout: EntryLayout } {
  const { text, ...rest } = read.kind === 'document' ? read : { ...read, text: undefined };
  const json = Buffer.from(`${JSON.stringify(rest)}\n`, 'utf8');
  const textBytes = text?.bytes;
  if (text && !textBytes) throw new Error('the text to write could not be read');
  const body = textBytes === undefined ? json : Buffer.concat([json, textBytes]);
  const checksum = contentHash(body);
  const header = Buffer.from(`${JSON.stringify({ version: LIBRARY_CACHE_VERSION, hash, checksum })}\n`, 'utf8');
  return {
    bytes: Buffer.concat([header, body]),
    layout: { bodyStart: header.length, checksum, textStart: header.length + json.length },
  };
}

/**
 * The entry's reading and layout when `bytes` are an intact entry for `hash` and `format`, else what is wrong with it.
 * A document's text holds its bytes (a view of `bytes`) until it is told where to read them from.
 */
function checkEntry(bytes: Buffer, hash: string, format: string): { read: CachedRead; layout: EntryLayout } | string {
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
  const layout = { bodyStart: newline + 1, checksum: header.checksum as string, textStart: newline + 1 + end + 1 };
  return sound ? { read: read as CachedRead, layout } : 'is not a cache entry';
}
