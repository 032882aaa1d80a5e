/**
 * Which knowledge the editor works over, and reading it: the bundled articles (unless left out) and the writer's own
 * sources, chosen by the team file `.sourcebook/config.json` (see `findSourcesConfig`) and overridden by the user's
 * `sourcebook.sources` and `sourcebook.bundled` settings. Editor-independent (the adapter passes the settings in), so
 * unit tests resolve real folders the way the extension does.
 */
import * as path from 'node:path';
import { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { ConfigError, findSourcesConfig } from './config';
import { readLibrary, type ReadLibraryOptions, type ReadLibraryResult } from './readLibrary';

/** The user's settings as set explicitly (undefined: not set, so the team file decides). */
export interface SourceSettings {
  /** Folders; a relative one is taken from `settingsBase` (the workspace folder). */
  sources?: readonly string[];
  bundled?: boolean;
}

/** The knowledge chosen: which folders are read and whether the bundled articles come first. */
export interface KnowledgeSelection {
  /** Absolute folders, in the order given. */
  folders: string[];
  /** The folder files are named relative to in statuses (the one holding `.sourcebook/`, or the workspace folder). */
  baseFolder: string;
  bundled: boolean;
  /** The team file used, when one was found and could be read. */
  configFile?: string;
  /** Why a team file found could not be used (the settings and defaults apply instead). */
  configError?: string;
  /**
   * Why the bundled articles are kept though the settings or the team file leave them out: there would be nothing
   * left to work over.
   */
  bundledKeptBecause?: string;
  /** Where `folders` and `bundled` came from, for the log: "settings", the team file's path, or "default". */
  foldersFrom: string;
  bundledFrom: string;
}

/**
 * Resolves the selection for an editor whose drafts live under `startFolder` (the workspace folder, or the draft's
 * folder when there is none): settings set explicitly win over the nearest team file, which wins over the default
 * (the bundled articles alone). A team file that cannot be read is reported, not thrown.
 */
export function resolveKnowledgeSelection(
  startFolder: string | undefined,
  settings: SourceSettings,
  settingsBase: string | undefined = startFolder,
): KnowledgeSelection {
  let config;
  let configError: string | undefined;
  if (startFolder !== undefined) {
    try {
      config = findSourcesConfig(startFolder);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      configError = err.message;
    }
  }
  const fromSettings = settings.sources !== undefined;
  const folders = fromSettings
    ? settings.sources!.filter((f) => f.trim() !== '').map((f) => path.resolve(settingsBase ?? startFolder ?? process.cwd(), f))
    : (config?.sources ?? []);
  let bundled = settings.bundled ?? config?.bundled ?? true;
  const bundledFrom = settings.bundled !== undefined ? 'settings' : config ? config.file : 'default';
  let bundledKeptBecause: string | undefined;
  if (!bundled && folders.length === 0) {
    bundled = true;
    bundledKeptBecause = `the bundled articles are left out (${bundledFrom}) but no sources folder is given, so they are kept`;
  }
  const baseFolder = fromSettings || !config ? (settingsBase ?? startFolder ?? process.cwd()) : path.dirname(path.dirname(config.file));
  return {
    folders: [...new Set(folders)],
    baseFolder,
    bundled,
    ...(config ? { configFile: config.file } : {}),
    ...(configError ? { configError } : {}),
    ...(bundledKeptBecause ? { bundledKeptBecause } : {}),
    foldersFrom: fromSettings ? 'settings' : config && config.sources.length > 0 ? config.file : 'default',
    bundledFrom,
  };
}

/** The knowledge an editor works over, with the library read for it when there is one. */
export interface EditorKnowledge {
  kb: KnowledgeBase;
  /** Every file's status; absent when no sources folder is read. */
  library?: ReadLibraryResult;
  selection: KnowledgeSelection;
  /** Why the folders were not read (cancelled, or an error): the bundled knowledge alone, or none, is used. */
  readError?: string;
}

/**
 * Reads the selection's folders and compiles them after the bundled knowledge (when kept); the bundled knowledge
 * alone, unread, when there is no folder. `bundled` is asked only when needed.
 */
export async function loadEditorKnowledge(
  selection: KnowledgeSelection,
  bundled: () => KnowledgeBase,
  options: ReadLibraryOptions = {},
): Promise<EditorKnowledge> {
  if (selection.folders.length === 0) return { kb: bundled(), selection };
  const base = selection.bundled ? bundled().compiled : undefined;
  const cwd = selection.baseFolder;
  const library = await readLibrary(
    selection.folders.map((f) => path.relative(cwd, f) || '.'),
    cwd,
    base,
    options,
  );
  return { kb: KnowledgeBase.fromCompiled(library.knowledge), library, selection };
}
