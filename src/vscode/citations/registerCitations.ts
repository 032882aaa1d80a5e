import * as vscode from 'vscode';
import { DRAFT_SELECTOR, type SourcebookServices } from '../services';
import { CitationCompletionProvider } from './citationCompletion';
import { CitationHoverProvider } from './citationHover';
import { exportBibliographyCommand } from './exportBibliography';
import { insertCitation } from './insertCitation';

/**
 * Citations in the editor: "Insert Citation", "Export Bibliography", `[@` key completion and hovers on `[@key]`.
 * Registered once; every provider checks `sourcebook.languages` per document and reads the index only when used.
 */
export function registerCitationFeatures(context: vscode.ExtensionContext, services: SourcebookServices): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sourcebook.insertCitation', (args?: unknown) => insertCitation(services, args)),
    vscode.commands.registerCommand('sourcebook.exportBibliography', (args?: unknown) => exportBibliographyCommand(services, args)),
    vscode.languages.registerCompletionItemProvider(DRAFT_SELECTOR, new CitationCompletionProvider(services), '@'),
    vscode.languages.registerHoverProvider(DRAFT_SELECTOR, new CitationHoverProvider(services)),
  );
}
