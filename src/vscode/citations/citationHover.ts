import * as vscode from 'vscode';
import type { SourcebookServices } from '../services';
import { citationKeyAt } from './citeSyntax';
import { CITATION_MARKDOWN_COMMANDS, sourceMarkdown } from './sourceMarkdown';

/** Hovering `@key` in `[@key]` (or an in-text `@key`) of a known source shows what the source is, with a link to open it. */
export class CitationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: SourcebookServices) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.services.isEnabledFor(document)) return undefined;
    const mention = citationKeyAt(document.lineAt(position.line).text, position.character);
    if (!mention) return undefined;
    // Unknown keys (a social-media handle, another bibliography's entry) get no hover rather than a guess.
    const source = (await this.services.knowledgeReady()).source(mention.key);
    if (!source) return undefined;
    const markdown = new vscode.MarkdownString(sourceMarkdown(source));
    markdown.isTrusted = { enabledCommands: [...CITATION_MARKDOWN_COMMANDS] };
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, new vscode.Range(position.line, mention.start, position.line, mention.end));
  }
}
