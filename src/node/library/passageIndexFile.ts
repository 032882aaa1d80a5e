/**
 * What the caches of indexes over a library's passages have in common (the citation search's word index, the claim
 * checker's statement index): the file, and which passages it indexes.
 *
 * The file says which passages it indexes as runs: per source, in the order of the knowledge's passages, the identity
 * of the content its passages were cut from (the cache entry's content hash and format for a document of the library,
 * the SHA-256 of the passages' texts otherwise) and how many passages it gave. When the runs are those of the
 * knowledge, the index is used as it is; when some differ (a file changed, added or deleted, the bundled articles
 * turned on), the passages of the runs still there keep their entries, renumbered (`renumbering`), and only the
 * others are read, then the file is written again. A file that does not check out (truncated, garbled, another
 * version) is never used: a note says so and the index is built whole.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import type { Passage } from '../../core/knowledge/types';
import { writeFileAtomic } from '../files';
import { contentHash, LIBRARY_CACHE_VERSION } from './libraryCache';

/**
 * Whether every passage of `kb` belongs to one of its sources: knowledge compiled from a library (or the bundled
 * articles), whose passages can be told apart by source. Other knowledge is indexed anew, not through a cache.
 */
export function passagesBySource(kb: { sources: readonly { key: string }[]; passages: readonly Passage[] }): boolean {
  const keys = new Set(kb.sources.map((s) => s.key));
  return kb.passages.every((p) => keys.has(p.source));
}

/** How an index over passages is read from, updated in and written to its file (`cachedPassageIndex`). */
export interface PassageIndexFile<T> {
  file: string;
  identity: IndexFileIdentity;
  /** The runs of the passages indexed now (`passageRuns`). */
  runs: readonly PassageRun[];
  /** The index in a file's body, when it is one over `passages` passages. */
  decode(body: Uint8Array, passages: number): T | undefined;
  /** The index over `count` passages: `stored`'s renumbered through `kept` (`renumbering`), and the `added` read. */
  update(stored: T | undefined, kept: Int32Array, added: number[], count: number): T;
  /** The index's bytes, to be written after the header. */
  bytes(index: T): readonly Uint8Array[];
  /** What follows when the file cannot be written ("the next search indexes the passages again"). */
  otherwise: string;
}

/**
 * The index `spec` describes: read from its file when the file is sound and its runs are those indexed now; otherwise
 * the stored index updated for the runs that changed (or built whole), then written. A file that cannot be read or
 * written is noted and the index is still returned.
 */
export function cachedPassageIndex<T>(spec: PassageIndexFile<T>, note: (line: string) => void): T {
  const stored = readIndexFile(spec.file, spec.identity, (body, passages) => spec.decode(body, passages), note);
  if (stored && sameRuns(stored.runs, spec.runs)) return stored.index;
  const { kept, added } = renumbering(stored?.runs ?? [], spec.runs);
  const index = spec.update(
    stored?.index,
    kept,
    added,
    spec.runs.reduce((n, r) => n + r.count, 0),
  );
  try {
    writeIndexFile(spec.file, spec.identity, spec.runs, spec.bytes(index));
  } catch (err) {
    note(`the ${spec.identity.what} ${spec.file} could not be written (${(err as Error).message}); ${spec.otherwise}`);
  }
  return index;
}

/** The passages of one source in an index: what they were cut from, and how many. */
export interface PassageRun {
  content: string;
  count: number;
}

/** The runs of consecutive passages of one source, each with the identity of what its passages were cut from. */
export function passageRuns(passages: readonly Passage[], contentIds: ReadonlyMap<string, string>): PassageRun[] {
  const runs: PassageRun[] = [];
  for (let start = 0; start < passages.length;) {
    const source = passages[start].source;
    let end = start + 1;
    while (end < passages.length && passages[end].source === source) end++;
    const content =
      contentIds.get(source) ??
      `text:${contentHash(
        Buffer.from(
          passages
            .slice(start, end)
            .map((p) => p.text)
            .join('\u0000'),
          'utf8',
        ),
      )}`;
    runs.push({ content, count: end - start });
    start = end;
  }
  return runs;
}

function sameRuns(a: readonly PassageRun[], b: readonly PassageRun[]): boolean {
  return a.length === b.length && a.every((run, i) => run.content === b[i].content && run.count === b[i].count);
}

/**
 * How the passages of the `stored` runs map onto those of `runs`: `kept[i]` is the new number of stored passage i
 * (-1 when its run is gone), `added` the new numbers of the passages no stored run holds, ascending.
 */
function renumbering(stored: readonly PassageRun[], runs: readonly PassageRun[]): { kept: Int32Array; added: number[] } {
  // Where each stored run's passages start, by content (the same content may give two runs: a copy under two keys).
  const storedRuns = new Map<string, { start: number; count: number }[]>();
  let at = 0;
  for (const run of stored) {
    const list = storedRuns.get(run.content) ?? [];
    list.push({ start: at, count: run.count });
    storedRuns.set(run.content, list);
    at += run.count;
  }
  const kept = new Int32Array(at).fill(-1);
  const added: number[] = [];
  let passage = 0;
  for (const run of runs) {
    const list = storedRuns.get(run.content);
    const i = list?.findIndex((r) => r.count === run.count) ?? -1;
    if (list && i >= 0) {
      const [from] = list.splice(i, 1);
      for (let k = 0; k < run.count; k++) kept[from.start + k] = passage + k;
    } else {
      for (let k = 0; k < run.count; k++) added.push(passage + k);
    }
    passage += run.count;
  }
  return { kept, added };
}

/** The header fields that say whether an index file was made the way this build makes it. */
export interface IndexFileIdentity {
  /** What the file holds, for notes: "citation index". */
  what: string;
  /** Fingerprints of how this build reads passages into the index, each with what a mismatch means. */
  fingerprints: Record<string, { value: string; otherwise: string }>;
}

/**
 * Writes an index file: a header line `{ version, <fingerprints>, runs, checksum }` (runs as `[content, count]` pairs)
 * and the index's bytes, whose SHA-256 is the checksum, so any damage is caught before the index is used. The header
 * is padded with spaces to a multiple of eight bytes, so the index's numbers can be used where they were read.
 */
function writeIndexFile(file: string, identity: IndexFileIdentity, runs: readonly PassageRun[], body: readonly Uint8Array[]): void {
  const checksum = body.reduce((hash, part) => hash.update(part), createHash('sha256')).digest('hex');
  const fingerprints = Object.fromEntries(Object.entries(identity.fingerprints).map(([name, f]) => [name, f.value]));
  const header = JSON.stringify({ version: LIBRARY_CACHE_VERSION, ...fingerprints, runs: runs.map((r) => [r.content, r.count]), checksum });
  const line = Buffer.from(header, 'utf8');
  writeFileAtomic(file, [line, Buffer.from(`${' '.repeat((8 - ((line.length + 1) % 8)) % 8)}\n`), ...body]);
}

/**
 * The runs and body of an index file when it is there and checks out (version, fingerprints, checksum, runs); a
 * damaged or foreign file is noted, removed and undefined returned. `decode` reads the body (undefined when the bytes
 * are not such an index) and is given the number of passages the runs hold.
 */
function readIndexFile<T>(
  file: string,
  identity: IndexFileIdentity,
  decode: (body: Uint8Array, passages: number) => T | undefined,
  note: (line: string) => void,
): { runs: PassageRun[]; index: T } | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined; // Not built yet: it is, now.
  }
  const checked = checkIndexFile(bytes, identity, decode);
  if (typeof checked === 'string') {
    note(`the ${identity.what} ${file} ${checked}; it is rebuilt`);
    fs.rmSync(file, { force: true });
    return undefined;
  }
  return checked;
}

function checkIndexFile<T>(
  bytes: Buffer,
  identity: IndexFileIdentity,
  decode: (body: Uint8Array, passages: number) => T | undefined,
): { runs: PassageRun[]; index: T } | string {
  const damaged = `is not a ${identity.what} (truncated or damaged)`;
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return damaged;
  let header: Record<string, unknown> | null;
  try {
    header = JSON.parse(bytes.subarray(0, newline).toString('utf8'));
  } catch {
    return damaged;
  }
  if (!header || typeof header !== 'object') return damaged;
  if (header.version !== LIBRARY_CACHE_VERSION) return `was written by another version (format ${String(header.version)})`;
  for (const [name, { value, otherwise }] of Object.entries(identity.fingerprints)) if (header[name] !== value) return otherwise;
  const body = bytes.subarray(newline + 1);
  if (header.checksum !== contentHash(body)) return 'does not match its checksum (truncated or damaged)';
  const runs = header.runs;
  if (
    !Array.isArray(runs) ||
    !runs.every((r) => Array.isArray(r) && r.length === 2 && typeof r[0] === 'string' && Number.isInteger(r[1]) && r[1] > 0)
  )
    return damaged;
  const passages = runs.reduce((n: number, r: [string, number]) => n + r[1], 0);
  const index = decode(body, passages);
  if (index === undefined) return damaged;
  return { runs: runs.map(([content, count]: [string, number]) => ({ content, count })), index };
}
