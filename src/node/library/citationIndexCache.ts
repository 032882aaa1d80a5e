/**
 * The citation search's word index kept in the sources cache folder (`citation-index.bin`), so a process searching
 * a library that was searched before reads the index back instead of indexing every passage again (at 320,000
 * passages: about 10 s and 200 MB of heap to build, well under a second to read back). Only the passages of files
 * that changed are indexed again (`passageIndexFile.ts`).
 */
import * as path from 'node:path';
import { CitationSearch, searchWordsOf, type SearchCorpus } from '../../core/citations';
import { WordIndex } from '../../core/citations/wordIndex';
import { contentHash } from './libraryCache';
import { cachedPassageIndex, passageRuns, passagesBySource, type IndexFileIdentity } from './passageIndexFile';

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
  // Passages of no known source are not searched; such knowledge is not a compiled library, and is indexed anew.
  if (!passagesBySource(kb)) return new CitationSearch(kb);
  // The passages the search offers, in its order: asides (`Passage.aside`) are not searched.
  const offered = kb.passages.some((p) => p.aside) ? kb.passages.filter((p) => !p.aside) : kb.passages;
  const index = cachedPassageIndex(
    {
      file: path.join(cacheDir, CITATION_INDEX_FILE),
      identity: identity(),
      runs: passageRuns(offered, contentIds),
      decode: wordIndexOf,
      // The stored index with the passages of the runs still present renumbered and the others indexed, or every
      // passage indexed when nothing is stored.
      update: (stored, kept, added, count) =>
        (stored ?? new WordIndex([])).withChanges(
          kept,
          added.map((doc) => ({ doc, words: searchWordsOf(offered[doc].text) })),
          count,
        ),
      bytes: (index) => index.toByteParts(),
      otherwise: 'the next search indexes the passages again',
    },
    note,
  );
  return new CitationSearch(kb, { index });
}

/** What makes a citation index file this build's: the words it indexes a text under. */
function identity(): IndexFileIdentity {
  return {
    what: 'citation index',
    fingerprints: { words: { value: foldingFingerprint(), otherwise: 'was written by a version that indexes words differently' } },
  };
}

/** The word index in a file's body, when it is one over `passages` passages. */
function wordIndexOf(body: Uint8Array, passages: number): WordIndex | undefined {
  const index = WordIndex.fromBytes(body);
  return index && index.documentCount === passages ? index : undefined;
}

/** The hash of the words `FOLDING_PROBE` is indexed under: what this build's indexing of a text is. */
function foldingFingerprint(): string {
  return contentHash(Buffer.from(searchWordsOf(FOLDING_PROBE).join(' '), 'utf8')).slice(0, 16);
}
