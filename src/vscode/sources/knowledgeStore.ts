import * as path from 'node:path';
import * as vscode from 'vscode';
import { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { KNOWLEDGE_FORMAT } from '../../core/knowledge/types';
import { countOf } from '../../core/text/wording';
import { CONFIG_FILE } from '../../node/library/config';
import {
  loadEditorKnowledge,
  resolveKnowledgeSelection,
  type EditorKnowledge,
  type KnowledgeSelection,
  type SourceSettings,
} from '../../node/library/editorSources';
import { cachedCitationSearch } from '../../node/library/citationIndexCache';
import { LIBRARY_LINK_SUFFIX, writeLibraryLink } from '../../node/library/checkerKnowledge';
import { LibraryReadCancelled } from '../../node/library/readLibrary';
import { buildCitationSearchWith } from '../citations/citationChoices';
import { notify } from '../notices/notify';

/** The settings that choose the knowledge (package.json), read as set explicitly. */
const SOURCES_SETTING = 'sourcebook.sources';
const BUNDLED_SETTING = 'sourcebook.bundled';

/** The folder, in the extension's storage, of the cache of what was read from the writer's source files. */
const LIBRARY_CACHE_FOLDER = 'library-cache';

/** Where the knowledge of the writer's sources is written for the claim checker's thread, in the extension's storage. */
const WORKER_LIBRARY_LINK = `claim-checker${LIBRARY_LINK_SUFFIX}`;

/** A change of the team file or in a sources folder is read after this quiet time, so saving ten files reads once. */
const CHANGE_DELAY_MS = 1_000;

/** Knowledge with nothing in it: what features see while the writer's sources are still read with the bundled ones off. */
const NOTHING = KnowledgeBase.fromCompiled({ format: KNOWLEDGE_FORMAT, sources: [], passages: [], terms: [], facts: [] });

/** A read of the knowledge, in flight or done. */
interface Load {
  generation: number;
  selection: KnowledgeSelection;
  done: Promise<EditorKnowledge>;
  /** The file the claim checker loads this knowledge from, once written. */
  workerFile: Promise<string>;
  cancel: vscode.CancellationTokenSource;
}

/**
 * The knowledge every feature works over: the bundled articles (unless left out) and the writer's own sources
 * (`resolveKnowledgeSelection`). Read in the background the first time a feature asks (never at activation), with a
 * cancellable progress notification; read again when the team file, the settings or a sources folder change.
 * Features call `current()` (synchronous: what is loaded so far) or `ready()` (waits for the read in flight).
 */
export class KnowledgeStore implements vscode.Disposable {
  private load: Load | undefined;
  private loaded: EditorKnowledge | undefined;
  private generation = 0;
  private folderWatchers: vscode.Disposable[] = [];
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly listeners: vscode.Disposable[];
  /** Fires after a read finished (or failed) and the knowledge it gives is in use. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly bundled: () => KnowledgeBase,
    private readonly bundledFile: string,
    private readonly storageFolder: string,
    private readonly log: vscode.LogOutputChannel,
  ) {
    // The folder `.sourcebook` is watched as well as the file: a file written right after its new folder is created is
    // often not reported (the watcher on Linux starts watching the new folder too late), the folder always is.
    const [folderName, fileName] = CONFIG_FILE.split(path.sep);
    const configWatcher = vscode.workspace.createFileSystemWatcher(`**/${folderName}{,/${fileName}}`);
    const onConfigFile = (uri: vscode.Uri) => this.reloadSoon(`${vscode.workspace.asRelativePath(uri)} changed`);
    this.listeners = [
      configWatcher,
      configWatcher.onDidCreate(onConfigFile),
      configWatcher.onDidChange(onConfigFile),
      configWatcher.onDidDelete(onConfigFile),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SOURCES_SETTING) || e.affectsConfiguration(BUNDLED_SETTING))
          this.reloadIfStarted('the settings changed');
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reloadIfStarted('the workspace folders changed')),
    ];
  }

  /** The knowledge loaded so far; starts the first read. While it runs: the bundled knowledge, or none when it is left out. */
  current(): KnowledgeBase {
    const load = this.start();
    if (this.loaded) return this.loaded.kb;
    return load.selection.bundled ? this.bundled() : NOTHING;
  }

  /** The knowledge once the read in flight (or the first one) is done. */
  async ready(): Promise<KnowledgeBase> {
    for (;;) {
      const load = this.start();
      const done = await load.done;
      // A reload that started meanwhile replaces this read: wait for that one.
      if (this.load === load) return done.kb;
    }
  }

  /** The last knowledge read, with its selection and the library's file statuses (the Sources view). */
  last(): EditorKnowledge | undefined {
    return this.loaded;
  }

  /** The compiled knowledge file the claim checker's thread should load, once the read in flight is done. */
  async workerFile(): Promise<string> {
    for (;;) {
      const load = this.start();
      const file = await load.workerFile;
      if (this.load === load) return file;
    }
  }

  /** Reads the knowledge again (a command, or a change noticed). */
  reload(why: string): void {
    this.log.info(`reading the sources again: ${why}`);
    this.load?.cancel.cancel();
    this.load = undefined;
    this.start();
  }

  private reloadIfStarted(why: string): void {
    if (this.load) this.reload(why);
  }

  /** Reads again after a quiet time, once for a burst of changes (a folder and the files written into it). */
  private reloadSoon(why: string): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.reloadIfStarted(why), CHANGE_DELAY_MS);
  }

  private start(): Load {
    if (this.load) return this.load;
    const selection = resolveKnowledgeSelection(startFolder(), sourceSettings());
    const generation = ++this.generation;
    const cancel = new vscode.CancellationTokenSource();
    const done = this.read(selection, cancel.token).then((knowledge) => {
      if (this.generation === generation) {
        this.loaded = knowledge;
        this.watchFolders(selection);
      }
      return knowledge;
    });
    const workerFile = done.then((knowledge) => this.writeForWorker(knowledge));
    // Features are told only once the worker's file is written, so a re-check started by them sees the new knowledge.
    void workerFile.then(() => {
      if (this.generation === generation) this.changed.fire();
    });
    this.load = { generation, selection, done, workerFile, cancel };
    return this.load;
  }

  /** Reads the selection's knowledge; a read that fails or is cancelled leaves the bundled knowledge (or none). */
  private async read(selection: KnowledgeSelection, token: vscode.CancellationToken): Promise<EditorKnowledge> {
    if (selection.configError) this.log.error(`cannot use the team file: ${selection.configError}`);
    if (selection.bundledKeptBecause) this.log.warn(selection.bundledKeptBecause);
    if (selection.folders.length === 0) return { kb: this.bundled(), selection };
    this.log.info(
      `reading sources from ${selection.folders.join(', ')} (folders from ${selection.foldersFrom}); bundled articles ${
        selection.bundled ? 'kept' : 'left out'
      } (${selection.bundledFrom})`,
    );
    const started = Date.now();
    try {
      const knowledge = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Policy Sourcebook', cancellable: true },
        (progress, cancelButton) => {
          let reported = 0;
          return loadEditorKnowledge(selection, this.bundled, {
            // What was read from each file is kept in the extension's storage: a reload re-reads changed files only.
            cacheDir: path.join(this.storageFolder, LIBRARY_CACHE_FOLDER),
            onNote: (line) => this.log.info(line),
            // A text is read from the cache when needed: one whose entry another process deleted or changed reads as
            // blanks (the note says which) until the sources are read again, which reads the entry or file anew.
            onTextUnreadable: () => this.reloadSoon('a source’s text could no longer be read from the sources cache'),
            isCancelled: () => token.isCancellationRequested || cancelButton.isCancellationRequested,
            onProgress: (done, total) => {
              const increment = total > 0 ? ((done - reported) / total) * 100 : 0;
              reported = done;
              progress.report({ message: `Reading sources: ${done} of ${total}`, increment });
            },
          });
        },
      );
      const library = knowledge.library;
      if (library) {
        // Insert Citation and passage completions search the library with the word index the cache keeps.
        const cacheDir = path.join(this.storageFolder, LIBRARY_CACHE_FOLDER);
        buildCitationSearchWith(knowledge.kb, () =>
          cachedCitationSearch(knowledge.kb, library.contentIds, cacheDir, (line) => this.log.info(line)),
        );
      }
      const files = knowledge.library?.files ?? [];
      const failed = files.filter((f) => f.status === 'failed');
      this.log.info(
        `sources read in ${Date.now() - started} ms: ${countOf(files.filter((f) => f.status === 'indexed').length, 'source')} indexed, ` +
          `${countOf(failed.length, 'file')} not; ${countOf(knowledge.kb.sources.length, 'source')}, ${countOf(knowledge.kb.terms.length, 'term')} in all`,
      );
      for (const f of failed) this.log.warn(`source not indexed: ${f.file}: ${f.reason ?? 'not used'}`);
      return knowledge;
    } catch (err) {
      const fallback = { kb: selection.bundled ? this.bundled() : NOTHING, selection };
      if (err instanceof LibraryReadCancelled) {
        this.log.warn(
          `reading the sources was cancelled; ${selection.bundled ? 'the bundled articles alone are used' : 'no source is used'}`,
        );
        return { ...fallback, readError: 'reading was cancelled' };
      }
      this.log.error(`cannot read the sources: ${(err as Error).stack ?? String(err)}`);
      notify('error', `The sources could not be read: ${(err as Error).message}`);
      return { ...fallback, readError: (err as Error).message };
    }
  }

  /**
   * Where the claim checker's thread loads this knowledge from: the bundled file when it is the bundled knowledge
   * alone, else a link file in the extension's storage saying how the library was read, so the thread reads it from
   * the same sources cache (src/node/library/checkerKnowledge.ts). A file rather than a message to the thread: a
   * thread is restarted after a check that ran past its budget, and it then loads again by itself.
   */
  private writeForWorker(knowledge: EditorKnowledge): string {
    if (!knowledge.library) return this.bundledFile;
    const file = path.join(this.storageFolder, WORKER_LIBRARY_LINK);
    try {
      writeLibraryLink(file, {
        selection: knowledge.selection,
        bundledFile: this.bundledFile,
        cacheDir: path.join(this.storageFolder, LIBRARY_CACHE_FOLDER),
      });
      this.log.info(`the claim checker reads the library through ${file}`);
      return file;
    } catch (err) {
      this.log.error(
        `cannot write the library link for the claim checker to ${file}: ${(err as Error).message}; it checks against the bundled articles`,
      );
      return this.bundledFile;
    }
  }

  /** Reads again when a file in a sources folder is added, changed or deleted (after a quiet time). */
  private watchFolders(selection: KnowledgeSelection): void {
    this.folderWatchers.forEach((w) => w.dispose());
    this.folderWatchers = selection.folders.flatMap((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(folder), '**/*'));
      const later = (uri: vscode.Uri) => this.reloadSoon(`${uri.fsPath} changed`);
      return [watcher, watcher.onDidCreate(later), watcher.onDidChange(later), watcher.onDidDelete(later)];
    });
  }

  dispose(): void {
    this.load?.cancel.cancel();
    clearTimeout(this.changeTimer);
    this.folderWatchers.forEach((w) => w.dispose());
    this.listeners.forEach((l) => l.dispose());
    this.changed.dispose();
  }
}

/** Where the team file is looked for: the first workspace folder, else the folder of the active file. */
function startFolder(): string | undefined {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  if (folder) return folder.uri.fsPath;
  const active = vscode.window.activeTextEditor?.document.uri;
  return active?.scheme === 'file' ? path.dirname(active.fsPath) : undefined;
}

/** `sourcebook.sources` and `sourcebook.bundled` where a user or the workspace set them; undefined where not. */
function sourceSettings(): SourceSettings {
  const config = vscode.workspace.getConfiguration(undefined, vscode.workspace.workspaceFolders?.[0]?.uri);
  const explicit = <T>(key: string): T | undefined => {
    const value = config.inspect<T>(key);
    return value?.workspaceFolderValue ?? value?.workspaceValue ?? value?.globalValue;
  };
  const sources = explicit<unknown>(SOURCES_SETTING);
  const bundled = explicit<unknown>(BUNDLED_SETTING);
  return {
    ...(Array.isArray(sources) ? { sources: sources.filter((s): s is string => typeof s === 'string') } : {}),
    ...(typeof bundled === 'boolean' ? { bundled } : {}),
  };
}
