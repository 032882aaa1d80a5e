/**
 * What the claim checker's thread in the editor loads: the bundled knowledge file, or — over a writer's library — a
 * small link file saying how the extension host read the library (the selection, the bundled file, the sources
 * cache), so the thread reads the same library from the same cache itself. Writing the library's knowledge out as
 * JSON for it instead took a 50 MB string and an about as large copy of every passage in the thread (measured on
 * 1,000 documents: the host and the thread held 374 MB of heap and about 1 GB RSS); read from the cache, the thread
 * holds texts as UTF-8 and passages made when read, and takes the statement index from the cache too.
 */
import * as fs from 'node:fs';
import { KnowledgeBase, KnowledgeLoadError } from '../../core/knowledge/knowledgeBase';
import { writeFileAtomic } from '../files';
import { loadKnowledgeFile } from '../knowledgeIndex';
import { loadEditorKnowledge, type KnowledgeSelection } from './editorSources';
import { useCachedStatementIndex } from './statementIndexCache';

/** The end of a link file's name: what tells it from a compiled knowledge file. */
export const LIBRARY_LINK_SUFFIX = '.library-link.json';

/** How to read the library the extension host reads. */
export interface LibraryLink {
  selection: KnowledgeSelection;
  /** The bundled knowledge file, read when the selection keeps the bundled articles. */
  bundledFile: string;
  /** The sources cache the host read the library through. */
  cacheDir: string;
}

/** Writes `link` to `file` (whose name ends in `LIBRARY_LINK_SUFFIX`), atomically. */
export function writeLibraryLink(file: string, link: LibraryLink): void {
  if (!file.endsWith(LIBRARY_LINK_SUFFIX)) throw new Error(`a library link's name ends in ${LIBRARY_LINK_SUFFIX}: ${file}`);
  writeFileAtomic(file, JSON.stringify(link));
}

/**
 * The knowledge `file` gives: a compiled knowledge file as it is, or the library a link file names, read through its
 * cache (notes, such as a damaged cache rebuilt, go to `note`), with the claim checker's statement index from the
 * cache. A link that cannot be used gives a `KnowledgeLoadError` that says why.
 */
export async function loadCheckerKnowledge(file: string, note: (line: string) => void): Promise<KnowledgeBase> {
  if (!file.endsWith(LIBRARY_LINK_SUFFIX)) return loadKnowledgeFile(file);
  const link = readLink(file);
  const knowledge = await loadEditorKnowledge(link.selection, () => loadKnowledgeFile(link.bundledFile), {
    cacheDir: link.cacheDir,
    onNote: note,
  });
  if (knowledge.library) useCachedStatementIndex(knowledge.kb, knowledge.library.contentIds, link.cacheDir, note);
  return knowledge.kb;
}

function readLink(file: string): LibraryLink {
  let link: Partial<LibraryLink> | null;
  try {
    link = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new KnowledgeLoadError(`cannot read the library link ${file}: ${(err as Error).message}`);
  }
  const selection = link?.selection;
  if (
    typeof link?.bundledFile !== 'string' ||
    typeof link.cacheDir !== 'string' ||
    !selection ||
    !Array.isArray(selection.folders) ||
    !selection.folders.every((f) => typeof f === 'string') ||
    typeof selection.baseFolder !== 'string' ||
    typeof selection.bundled !== 'boolean'
  )
    throw new KnowledgeLoadError(`${file} is not a library link (truncated or damaged)`);
  return link as LibraryLink;
}
