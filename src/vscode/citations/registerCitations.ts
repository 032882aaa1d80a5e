import * as vscode from 'vscode';
import type { SourcebookServices } from '../services';
import { CitationCompletionProvider } from './citationCompletion';
import { CitationHoverProvider } from './citationHover';
import { exportBibliographyCommand } from './exportBibliography';
import { insertCitation } from './insertCitation';

/**
 * Citations in the editor: "Insert Citation", "Export Bibliography", `[@` key completion and hovers on `[@key]`.
 * Providers follow the drafts' selector (`sourcebook.languages`), check each document again and read the index only
 * when used.
 */
export function registerCitationFeatures(context: vscode.ExtensionContext, services: SourcebookServices): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sourcebook.insertCitation', (args?: unknown) => insertCitation(services, args)),
    vscode.commands.registerCommand('sourcebook.exportBibliography', (args?: unknown) => exportBibliographyCommand(services, args)),
  );
  const completion = new CitationCompletionProvider(services);
  const hover = new CitationHoverProvider(services);
  services.registerForDrafts((selector) => [
    vscode.languages.registerCompletionItemProvider(selector, completion, '@'),
    vscode.languages.registerHoverProvider(selector, hover),
  ]);
}
