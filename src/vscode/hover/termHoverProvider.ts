import * as vscode from 'vscode';
import { mentionsAt } from '../../core/terms/lookup';
import type { SourcebookServices } from '../services';
import { HOVER_COMMANDS, termHoverMarkdown } from './hoverMarkdown';

/** Lines above and below the hovered one that are scanned, so a term broken across lines is still found. */
const CONTEXT_LINES = 2;

/** Shows sourced definitions for glossary terms. Scans only a few lines around the position: cost is per hover, not per document. */
export class TermHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: SourcebookServices) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const config = vscode.workspace.getConfiguration('sourcebook', document);
    if (!config.get<boolean>('hover.enabled', true) || !this.services.isEnabledFor(document)) return undefined;
    const firstLine = Math.max(0, position.line - CONTEXT_LINES);
    const lastLine = Math.min(document.lineCount - 1, position.line + CONTEXT_LINES);
    const window = new vscode.Range(firstLine, 0, lastLine, document.lineAt(lastLine).text.length);
    const text = document.getText(window);
    const windowStart = document.offsetAt(window.start);
    const offset = document.offsetAt(position) - windowStart;

    const kb = this.services.knowledge();
    const mention = mentionsAt(kb, text, offset)[0];
    if (!mention) return undefined;
    const maxQuotes = config.get<number>('hover.maxQuotes', 2);
    const markdown = new vscode.MarkdownString(
      mention.termIds.map((id) => termHoverMarkdown(kb, kb.term(id)!, maxQuotes)).join('\n\n---\n\n'),
    );
    markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    markdown.supportHtml = false;
    const range = new vscode.Range(document.positionAt(windowStart + mention.start), document.positionAt(windowStart + mention.end));
    return new vscode.Hover(markdown, range);
  }
}
