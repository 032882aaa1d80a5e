/**
 * The citation search's word index kept in the sources cache folder (`citation-index.bin`), so a process searching
 * a library that was searched before reads the index back instead of indexing every passage again (at 320,000
 * passages: about 10 s and 200 MB of heap to build, well under a second to read back).
 *
 * The file says which passages it indexes as runs: per source, in the order of the knowledge's passages, the identity
 * of the content its passages were cut from (the cache entry's content hash and format for a document of the library,
 * the SHA-256 of the passages' texts otherwise) and how many passages it gave. When the runs are those of the
 * knowledge searched, the index is used as it is; when some differ (a file changed, added or deleted, the bundled
 * articles turned on), the passages of the runs still there keep their postings, renumbered, and only the others are
 * indexed, then the file is written again. A file that does not check out (truncated, garbled, another version) is
 * never used: a note says so and the index is built whole.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CitationSearch, searchWordsOf, type SearchCorpus } from '../../core/citations';
import { WordIndex, type AddedDocument } from '../../core/citations/wordIndex';
import type { Passage } from '../../core/knowledge/types';
import { writeFileAtomic } from '../files';
import { contentHash, LIBRARY_CACHE_VERSION } from './libraryCache';

/** The index's file in the cache folder. */
export const CITATION_INDEX_FILE = 'citation-index.bin';

/**
 * Text that shows how passages are turned into indexed words (`searchWordsOf`): letter case, diacritics, quotes,
 * dashes, dotted abbreviations, thousands separators, single letters and common English function words. Its words
 * are written into the file, so an index made by a build that folds or drops words differently is not used.
 */
const FOLDING_PROBE =
  'Ünïcödé “Quotes” — dashes-and hyphens U.S. 2,000 a b 7 the of and to in is was for on that with as by at from ' +
  'it be are this which or an but not have has had were been their they we he she his her its our you your all ' +
  'would will could should can may might must do does did so if no yes than then there these those what when who';

/** The passages of one source in the index: what they were cut from, and how many. */
interface PassageRun {
  content: string;
  count: number;
}

/**
 * The citation search over `kb`, its word index read from `cacheDir` when the cache holds one over these passages,
 * updated for the sources that changed, or built; the cache is then written. `contentIds` gives, per source key, the
 * identity of the content its passages come from (`ReadLibraryResult.contentIds`); other sources are identified by
 * their passages' texts. A cache that cannot be read or written is noted and the search still works.
 */
export function cachedCitationSearch(
  kb: SearchCorpus,
  contentIds: ReadonlyMap<string, string>,
  cacheDir: string,
  note: (line: string) => void,
): CitationSearch {
  const keys = new Set(kb.sources.map((s) => s.key));
  // Passages of no known source are not searched; such knowledge is not a compiled library, and is indexed anew.
  if (!kb.passages.every((p) => keys.has(p.source))) return new CitationSearch(kb);
  const file = path.join(cacheDir, CITATION_INDEX_FILE);
  const runs = passageRuns(kb.passages, contentIds);
  const stored = readStoredIndex(file, note);
  if (stored && sameRuns(stored.runs, runs)) return new CitationSearch(kb, { index: stored.index });
  const index = updatedIndex(stored, runs, kb.passages);
  try {
    writeFileAtomic(file, storedBytes(runs, index));
  } catch (err) {
    note(`the citation index ${file} could not be written (${(err as Error).message}); the next search indexes the passages again`);
  }
  return new CitationSearch(kb, { index });
}

/** The runs of consecutive passages of one source, each with the identity of what its passages were cut from. */
function passageRuns(passages: readonly Passage[], contentIds: ReadonlyMap<string, string>): PassageRun[] {
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
 * The index over `passages` (made of `runs`): the stored index with the passages of the runs still present
 * renumbered and those of the other runs indexed, or every passage indexed when nothing is stored.
 */
function updatedIndex(stored: StoredIndex | undefined, runs: readonly PassageRun[], passages: readonly Passage[]): WordIndex {
  const old = stored?.index ?? new WordIndex([]);
  // Where each stored run's passages start, by content (the same content may give two runs: a copy under two keys).
  const storedRuns = new Map<string, { start: number; count: number }[]>();
  let at = 0;
  for (const run of stored?.runs ?? []) {
    const list = storedRuns.get(run.content) ?? [];
    list.push({ start: at, count: run.count });
    storedRuns.set(run.content, list);
    at += run.count;
  }
  const kept = new Int32Array(old.documentCount).fill(-1);
  const added: AddedDocument[] = [];
  let doc = 0;
  for (const run of runs) {
    const list = storedRuns.get(run.content);
    const i = list?.findIndex((r) => r.count === run.count) ?? -1;
    if (list && i >= 0) {
      const [from] = list.splice(i, 1);
      for (let k = 0; k < run.count; k++) kept[from.start + k] = doc + k;
    } else {
      for (let k = 0; k < run.count; k++) added.push({ doc: doc + k, words: searchWordsOf(passages[doc + k].text) });
    }
    doc += run.count;
  }
  return old.withChanges(kept, added, doc);
}

/** What the index file holds, once checked. */
interface StoredIndex {
  runs: PassageRun[];
  index: WordIndex;
}

/**
 * The file: a header line `{ version, runs, checksum }` (runs as `[content, count]` pairs) and the index's bytes,
 * whose SHA-256 is the checksum, so any damage is caught before the index is searched. The header is padded with
 * spaces to a multiple of four bytes, so the index's numbers can be used where they were read, without a copy.
 */
function storedBytes(runs: readonly PassageRun[], index: WordIndex): Uint8Array[] {
  const body = index.toByteParts();
  const checksum = body.reduce((hash, part) => hash.update(part), createHash('sha256')).digest('hex');
  const header = JSON.stringify({
    version: LIBRARY_CACHE_VERSION,
    words: foldingFingerprint(),
    runs: runs.map((r) => [r.content, r.count]),
    checksum,
  });
  const line = Buffer.from(header, 'utf8');
  return [line, Buffer.from(`${' '.repeat((4 - ((line.length + 1) % 4)) % 4)}\n`), ...body];
}

/** The hash of the words `FOLDING_PROBE` is indexed under: what this build's indexing of a text is. */
function foldingFingerprint(): string {
  return contentHash(Buffer.from(searchWordsOf(FOLDING_PROBE).join(' '), 'utf8')).slice(0, 16);
}

/** The stored index when the file is there and checks out; a damaged or foreign file is noted and removed. */
function readStoredIndex(file: string, note: (line: string) => void): StoredIndex | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined; // Not built yet: it is, now.
  }
  const checked = checkStoredIndex(bytes);
  if (typeof checked === 'string') {
    note(`the citation index ${file} ${checked}; it is rebuilt`);
    fs.rmSync(file, { force: true });
    return undefined;
  }
  return checked;
}

function checkStoredIndex(bytes: Buffer): StoredIndex | string {
  const damaged = 'is not a citation index (truncated or damaged)';
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return damaged;
  let header: { version?: unknown; words?: unknown; runs?: unknown; checksum?: unknown } | null;
  try {
    header = JSON.parse(bytes.subarray(0, newline).toString('utf8'));
  } catch {
    return damaged;
  }
  if (!header || typeof header !== 'object') return damaged;
  if (header.version !== LIBRARY_CACHE_VERSION) return `was written by another version (format ${String(header.version)})`;
  if (header.words !== foldingFingerprint()) return 'was written by a version that indexes words differently';
  const body = bytes.subarray(newline + 1);
  if (header.checksum !== contentHash(body)) return 'does not match its checksum (truncated or damaged)';
  const runs = header.runs;
  if (
    !Array.isArray(runs) ||
    !runs.every((r) => Array.isArray(r) && r.length === 2 && typeof r[0] === 'string' && Number.isInteger(r[1]) && r[1] > 0)
  )
    return damaged;
  const index = WordIndex.fromBytes(body);
  const passages = runs.reduce((n: number, r: [string, number]) => n + r[1], 0);
  if (!index || index.documentCount !== passages) return damaged;
  return { runs: runs.map(([content, count]: [string, number]) => ({ content, count })), index };
}
