import * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { DraftReadings, mentionsAt } from '../../core/terms/lookup';
import type { SourcebookServices } from '../services';
import { HOVER_COMMANDS, termHoverMarkdown } from './hoverMarkdown';

/**
 * Each open draft as the Markdown reader read it, per version: hovers ask often and must not read it again. Keyed by
 * the document object, which stands for one opening of it (its uri does not: a reopened untitled draft reuses it).
 */
const readings = new DraftReadings<vscode.TextDocument>();

/** A glossary mention found in a document: the terms it names and where it stands. */
export interface TermMention {
  termIds: string[];
  range: vscode.Range;
}

/**
 * The glossary mention at `position`, if any, where it stands in prose (not in code, a comment, front matter or a
 * link's URL). The document is read once per version; a hover scans only a few lines around it. Shared by the hover
 * and "Define Term at Cursor", so both see the same terms.
 */
export function termMentionAt(kb: KnowledgeBase, document: vscode.TextDocument, position: vscode.Position): TermMention | undefined {
  const draft = readings.get(document, document.version, () => document.getText());
  const mention = mentionsAt(kb, draft, document.offsetAt(position))[0];
  if (!mention) return undefined;
  return { termIds: mention.termIds, range: new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)) };
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
