/**
 * The claim checker's statement index kept in the sources cache folder (`statement-index.bin`), so a process checking
 * a draft against a library checked before reads the index back instead of reading every passage of the library
 * again (at 320,000 passages: some 11 s and 80 MB of heap the first time; a fraction of a second and a few tens of
 * megabytes of flat arrays after). Only the passages of files that changed are read again (`passageIndexFile.ts`);
 * a change to the glossary (a new acronym) changes how any passage may read, and every passage is then read again.
 */
import * as path from 'node:path';
import {
  analysisIdentity,
  glossaryIdentity,
  sourceClaims,
  updatedStatementIndex,
  useStatementIndex,
} from '../../core/claims/grounded/sourceClaims';
import { CLAIM_FLAG, statementIndexBytes, statementIndexFromBytes } from '../../core/claims/grounded/statementIndex';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { contentHash } from './libraryCache';
import { cachedPassageIndex, passageRuns, passagesBySource, type IndexFileIdentity } from './passageIndexFile';

/** The index's file in the cache folder. */
export const STATEMENT_INDEX_FILE = 'statement-index.bin';

/**
 * Gives `kb` its statement index from `cacheDir` when the cache holds one over these passages, updated for the
 * sources that changed, or built; the cache is then written. `contentIds` identifies each library source's content
 * (`ReadLibraryResult.contentIds`). A cache that cannot be read or written is noted and the checker still works.
 */
export function useCachedStatementIndex(
  kb: KnowledgeBase,
  contentIds: ReadonlyMap<string, string>,
  cacheDir: string,
  note: (line: string) => void,
): void {
  // Passages of no known source: not a compiled library; the index is made in memory on first use.
  if (!passagesBySource(kb)) return;
  // A passage reads by the glossary too: under another glossary, every run is another run and is read again.
  const glossary = fingerprint(glossaryIdentity(kb));
  const parts = cachedPassageIndex(
    {
      file: path.join(cacheDir, STATEMENT_INDEX_FILE),
      identity: identity(kb),
      runs: passageRuns(kb.passages, contentIds).map((run) => ({ ...run, content: `${run.content} ${glossary}` })),
      decode: (body, passages) => {
        const found = statementIndexFromBytes(body);
        return found && found.flags.length === passages ? found : undefined;
      },
      update: (stored, kept, added) => updatedStatementIndex(kb, added, stored, stored && kept),
      bytes: statementIndexBytes,
      otherwise: 'the next check reads the passages again',
    },
    note,
  );
  useStatementIndex(kb, parts);
}

/** How many passages of the sources `keys` state something a draft can be checked against. */
export function claimCount(kb: KnowledgeBase, keys: ReadonlySet<string>): number {
  const { flags } = sourceClaims(kb);
  let count = 0;
  kb.passages.forEach((p, i) => {
    if (flags[i] & CLAIM_FLAG && keys.has(p.source)) count++;
  });
  return count;
}

/** What makes a statement index file this build's and this knowledge's. */
function identity(kb: KnowledgeBase): IndexFileIdentity {
  return {
    what: 'statement index',
    fingerprints: {
      analysis: {
        value: fingerprint(analysisIdentity(kb)),
        otherwise: 'was made by a version that reads the sources differently',
      },
    },
  };
}

function fingerprint(text: string): string {
  return contentHash(Buffer.from(text, 'utf8')).slice(0, 32);
}
