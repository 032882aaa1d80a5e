import * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { mentionsAt } from '../../core/terms/lookup';
import type { SourcebookServices } from '../services';
import { HOVER_COMMANDS, termHoverMarkdown } from './hoverMarkdown';

/** Lines above and below the hovered one that are scanned, so a term broken across lines is still found. */
const CONTEXT_LINES = 2;

/** A glossary mention found in a document: the terms it names and where it stands. */
export interface TermMention {
  termIds: string[];
  range: vscode.Range;
}

/**
 * The glossary mention at `position`, if any. Scans only a few lines around it: the cost is per hover, not per
 * document. Shared by the hover and "Define Term at Cursor", so both see the same terms.
 */
export function termMentionAt(kb: KnowledgeBase, document: vscode.TextDocument, position: vscode.Position): TermMention | undefined {
  const firstLine = Math.max(0, position.line - CONTEXT_LINES);
  const lastLine = Math.min(document.lineCount - 1, position.line + CONTEXT_LINES);
  const window = new vscode.Range(firstLine, 0, lastLine, document.lineAt(lastLine).text.length);
  const windowStart = document.offsetAt(window.start);
  const mention = mentionsAt(kb, document.getText(window), document.offsetAt(position) - windowStart)[0];
  if (!mention) return undefined;
  const range = new vscode.Range(document.positionAt(windowStart + mention.start), document.positionAt(windowStart + mention.end));
  return { termIds: mention.termIds, range };
}

/** Shows sourced definitions for glossary terms. */
export class TermHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: SourcebookServices) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const config = vscode.workspace.getConfiguration('sourcebook', document);
    if (!config.get<boolean>('hover.enabled', true) || !this.services.isEnabledFor(document)) return undefined;
    // The first hover waits for the writer's sources to be read: a hover without their terms would be wrong, not early.
    const kb = await this.services.knowledgeReady();
    const mention = termMentionAt(kb, document, position);
    if (!mention) return undefined;
    const maxQuotes = config.get<number>('hover.maxQuotes', 2);
    const start = mention.range.start;
    const hovered = { uri: document.uri.toString(), line: start.line, character: start.character };
    const markdown = new vscode.MarkdownString(
      mention.termIds.map((id) => termHoverMarkdown(kb, kb.term(id)!, maxQuotes, hovered)).join('\n\n---\n\n'),
    );
    markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, mention.range);
  }
}
