import * as vscode from 'vscode';
import { defineTerm } from './hover/defineTerm';
import { TermHoverProvider } from './hover/termHoverProvider';
import type { SourcebookServices } from './services';
import { SOURCE_SCHEME, SourceDocumentProvider, SourceViewer, type OpenSourceArgs } from './sources/sourceDocuments';

/** Hovers, the `sourcebook:` source documents and the commands that open them. */
export function registerGlossary(context: vscode.ExtensionContext, services: SourcebookServices): void {
  const viewer = new SourceViewer(services.knowledgeReady);
  const sourceDocuments = new SourceDocumentProvider(services.knowledgeReady);
  context.subscriptions.push(
    viewer,
    sourceDocuments,
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, sourceDocuments),
    services.onDidChangeKnowledge(() => sourceDocuments.refresh()),
    vscode.commands.registerCommand('sourcebook.openSource', (args?: OpenSourceArgs) => viewer.open(args)),
    vscode.commands.registerCommand('sourcebook.defineTerm', () => defineTerm(services)),
  );
  const hover = new TermHoverProvider(services);
  services.registerForDrafts((selector) => [vscode.languages.registerHoverProvider(selector, hover)]);
}
