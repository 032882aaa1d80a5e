import * as path from 'node:path';
import * as vscode from 'vscode';
import type { KnowledgeBase } from '../core/knowledge/knowledgeBase';
import { KNOWLEDGE_FILE, loadKnowledgeFile } from '../node/knowledgeIndex';
import type { SourcebookServices } from './services';
import { sourceLocation, sourceUri } from './sources/sourceDocuments';
import { countOf } from '../core/text/wording';
import { noticeText } from './notices/noticeText';
import { DraftProviders, isDraft } from './drafts';

/**
 * Builds the services the features share. The index is read on first use, not at activation, and a broken index
 * is reported once (with the reason) instead of on every hover.
 */
export function createServices(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): SourcebookServices {
  const knowledgeFile = path.join(context.extensionPath, 'dist', KNOWLEDGE_FILE);
  let kb: KnowledgeBase | undefined;
  let loadError: Error | undefined;
  const knowledge = (): KnowledgeBase => {
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
  const draftProviders = new DraftProviders();
  context.subscriptions.push(draftProviders);
  return {
    knowledge,
    knowledgeFile,
    isEnabledFor: isDraft,
    registerForDrafts: (register) => draftProviders.register(register),
    sourceUri: (key) => sourceUri(knowledge(), key),
    sourceLocation: (key, start, end) => sourceLocation(knowledge(), key, start, end),
    log,
  };
}
