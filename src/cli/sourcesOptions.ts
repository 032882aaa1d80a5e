import * as path from 'node:path';
import { CitationSearch } from '../core/citations';
import { KnowledgeBase } from '../core/knowledge/knowledgeBase';
import { cachedCitationSearch } from '../node/library/citationIndexCache';
import { useCachedStatementIndex } from '../node/library/statementIndexCache';
import { ConfigError, findSourcesConfig, CONFIG_FILE } from '../node/library/config';
import { readLibrary, type ReadLibraryResult } from '../node/library/readLibrary';
import { UsageError, type CliIO } from './io';
import { terminalSafe } from './render/terminalText';

/** The cache's folder inside the team file's `.sourcebook/` folder. */
export const CACHE_FOLDER = 'cache';

/** The options every command that reads sources takes; spread into its `parseCommandArgs` options. */
export const SOURCE_OPTIONS = {
  sources: { type: 'string', multiple: true },
  'no-bundled': { type: 'boolean' },
} as const;

/** How the source options read in a command's `--help`. */
export const SOURCE_OPTIONS_HELP = `  --sources DIR   also read the writer's own sources in DIR (repeatable): Markdown with front matter, .txt, HTML,
                  and a BibTeX or CSL-JSON file for their metadata; "sourcebook index" lists what was read
  --no-bundled    leave out the five bundled articles
The nearest ${CONFIG_FILE} from the current folder up to the repository root adds its "sources" (folders
relative to the folder holding .sourcebook/) and "bundled": false leaves the bundled articles out.`;

/** The knowledge a command works over, and the library read for it when there is one. */
export interface SourcesSelection {
  kb: KnowledgeBase;
  library?: ReadLibraryResult;
  /** The folders read, as given (`--sources`) or resolved (the team file). */
  folders: string[];
  bundled: boolean;
  /** The cache folder the library was read through, when there is a team file to keep it beside. */
  cacheDir?: string;
}

/**
 * The knowledge for `--sources`, `--no-bundled` and the team file: the bundled index alone when no folder is given,
 * else the folders' documents compiled after it (or alone). `extraFolders` are folders a command names itself
 * (`index DIR…`). Throws `UsageError` when nothing would be left, or the team file cannot be used.
 */
export async function selectSources(
  values: { sources?: string[]; 'no-bundled'?: boolean },
  io: CliIO,
  extraFolders: readonly string[] = [],
): Promise<SourcesSelection> {
  let config;
  try {
    config = findSourcesConfig(io.cwd);
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
  const bundled = !values['no-bundled'] && (config?.bundled ?? true);
  const folders = [...(config?.sources ?? []).map((f) => path.relative(io.cwd, f) || '.'), ...(values.sources ?? []), ...extraFolders];
  if (folders.length === 0) {
    if (!bundled)
      throw new UsageError(`no sources to read: without the bundled articles, give --sources DIR or list folders in ${CONFIG_FILE}`);
    return { kb: io.knowledge(), folders, bundled };
  }
  // The team file's folder keeps the cache of what was read (.sourcebook/cache/, ignored by git); without a team
  // file there is nowhere that is clearly the team's, and every run reads the folders again.
  const cacheDir = config ? path.join(path.dirname(config.file), CACHE_FOLDER) : undefined;
  const library = await readLibrary(folders, io.cwd, bundled ? io.knowledge().compiled : undefined, {
    cacheDir,
    onNote: (line) => io.err(`sourcebook: ${terminalSafe(line)}\n`),
  });
  return { kb: KnowledgeBase.fromCompiled(library.knowledge), library, folders, bundled, cacheDir };
}

/**
 * The citation search over the selection's knowledge: with a cache, its word index read from the cache (and kept
 * there for the next run), so a one-off `cite` does not index every passage of the library again.
 */
export function citationSearchFor(selection: SourcesSelection, io: CliIO): CitationSearch {
  if (!selection.library || !selection.cacheDir) return new CitationSearch(selection.kb);
  return cachedCitationSearch(selection.kb, selection.library.contentIds, selection.cacheDir, (line) =>
    io.err(`sourcebook: ${terminalSafe(line)}\n`),
  );
}

/**
 * With a cache, gives the selection's knowledge the claim checker's statement index from the cache (kept there for
 * the next run), so a one-off `check` does not read every passage of the library again.
 */
export function useStatementIndexOf(selection: SourcesSelection, io: CliIO): void {
  if (!selection.library || !selection.cacheDir) return;
  useCachedStatementIndex(selection.kb, selection.library.contentIds, selection.cacheDir, (line) =>
    io.err(`sourcebook: ${terminalSafe(line)}\n`),
  );
}

/** One line on stderr when some files were not indexed, pointing at `sourcebook index` for the reasons. */
export function warnAboutFailures(selection: SourcesSelection, io: CliIO): void {
  const failed = selection.library?.files.filter((f) => f.status === 'failed') ?? [];
  if (failed.length === 0) return;
  const names = failed
    .slice(0, 3)
    .map((f) => terminalSafe(f.file))
    .join(', ');
  io.err(
    `sourcebook: ${failed.length} file${failed.length === 1 ? '' : 's'} in the sources not indexed (${names}${failed.length > 3 ? ', …' : ''}); "sourcebook index" says why\n`,
  );
}
