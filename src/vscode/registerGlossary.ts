import * as vscode from 'vscode';
import { TermHoverProvider } from './hover/termHoverProvider';
import type { SourcebookServices } from './services';
import { openSource, SOURCE_SCHEME, SourceDocumentProvider, type OpenSourceArgs } from './sources/sourceDocuments';

/** Hovers, the `sourcebook:` source documents and the commands that open them. */
export function registerGlossary(context: vscode.ExtensionContext, services: SourcebookServices): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, new SourceDocumentProvider(services.knowledge)),
    vscode.commands.registerCommand('sourcebook.openSource', (args?: OpenSourceArgs) => openSource(services.knowledge, args)),
    vscode.commands.registerCommand('sourcebook.defineTerm', () => vscode.commands.executeCommand('editor.action.showHover')),
  );
  const hover = new TermHoverProvider(services);
  services.registerForDrafts((selector) => [vscode.languages.registerHoverProvider(selector, hover)]);
}
