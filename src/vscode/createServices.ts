import * as path from 'node:path';
import * as vscode from 'vscode';
import type { KnowledgeBase } from '../core/knowledge/knowledgeBase';
import { KNOWLEDGE_FILE, loadKnowledgeFile } from '../node/knowledgeIndex';
import type { SourcebookServices } from './services';
import { sourceLocation, sourceUri } from './sources/sourceDocuments';
import { countOf } from '../core/text/wording';
import { noticeText } from './notices/noticeText';
import { DraftProviders, isDraft } from './drafts';
import { KnowledgeStore } from './sources/knowledgeStore';

/**
 * Builds the services the features share. The bundled index and the writer's sources are read on first use, not at
 * activation, and a broken index is reported once (with the reason) instead of on every hover.
 */
export function createServices(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): SourcebookServices {
  const knowledgeFile = path.join(context.extensionPath, 'dist', KNOWLEDGE_FILE);
  let kb: KnowledgeBase | undefined;
  let loadError: Error | undefined;
  const bundled = (): KnowledgeBase => {
    if (kb) return kb;
    if (loadError) throw loadError;
    const file = knowledgeFile;
    try {
      const started = Date.now();
      kb = loadKnowledgeFile(file);
      log.info(
        `knowledge index loaded from ${file} in ${Date.now() - started} ms: ${countOf(kb.terms.length, 'term')}, ${countOf(kb.sources.length, 'source')}`,
      );
      return kb;
    } catch (err) {
      loadError = err as Error;
      log.error(`cannot load the knowledge index: ${loadError.message}`);
      void vscode.window.showErrorMessage(noticeText(loadError.message));
      throw loadError;
    }
  };
  // Workspace storage when a folder is open (the knowledge belongs to its sources), else the extension's global storage.
  const storage = (context.storageUri ?? context.globalStorageUri).fsPath;
  const store = new KnowledgeStore(bundled, knowledgeFile, storage, log);
  const knowledge = () => store.current();
  const draftProviders = new DraftProviders();
  context.subscriptions.push(draftProviders, store);
  return {
    knowledge,
    knowledgeReady: () => store.ready(),
    lastKnowledge: () => store.last(),
    onDidChangeKnowledge: store.onDidChange,
    reloadKnowledge: (why) => store.reload(why),
    claimKnowledgeFile: () => store.workerFile(),
    isEnabledFor: isDraft,
    registerForDrafts: (register) => draftProviders.register(register),
    sourceUri: (key) => sourceUri(knowledge(), key),
    sourceLocation: (key, start, end) => sourceLocation(knowledge(), key, start, end),
    log,
  };
}
