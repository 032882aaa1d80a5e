import * as vscode from 'vscode';
import { sourceLabel } from '../../core/sources/describe';
import type { SourcebookServices } from '../services';
import { citationSearchFor } from './citationChoices';
import { citationKeyPrefix } from './citeSyntax';
import { CITATION_MARKDOWN_COMMANDS, sourceMarkdown } from './sourceMarkdown';

/** Passages offered under the source keys once a word is typed after `[@`. */
const PASSAGE_ITEMS = 8;
/** A prefix this short is a key being typed, not words to search passages for. */
const MIN_PASSAGE_QUERY = 3;

/**
 * Completes citation keys after `[@` (and `; @` inside a citation): every source key, and once a few letters are
 * typed, the passages that match them, each inserting its source's key. Not triggered by e-mail addresses.
 */
export class CitationCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly services: SourcebookServices) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionList | undefined> {
    if (!this.services.isEnabledFor(document)) return undefined;
    const at = citationKeyPrefix(document.lineAt(position.line).text, position.character);
    if (!at) return undefined;
    const kb = await this.services.knowledgeReady();
    const range = new vscode.Range(position.line, at.start, position.line, at.end);
    const items: vscode.CompletionItem[] = kb.sources.map((source) => {
      const item = new vscode.CompletionItem(
        { label: source.key, description: source.title ?? undefined },
        vscode.CompletionItemKind.Reference,
      );
      item.detail = sourceLabel(source);
      item.documentation = trusted(sourceMarkdown(source));
      item.range = range;
      item.sortText = `0 ${source.key}`;
      // Authors and title match too: `[@sakata` and `[@biden` both find the source.
      item.filterText = `${source.key} ${source.authors.map((a) => a.family).join(' ')} ${source.title ?? ''}`;
      return item;
    });
    if (at.prefix.length >= MIN_PASSAGE_QUERY) {
      citationSearchFor(kb)
        .search(at.prefix, { limit: PASSAGE_ITEMS })
        .forEach((hit, rank) => {
          const item = new vscode.CompletionItem(
            { label: `${hit.source.key}: ${hit.passage.text.replace(/\s+/g, ' ')}`, description: 'passage' },
            vscode.CompletionItemKind.Text,
          );
          item.insertText = hit.source.key;
          item.detail = sourceLabel(hit.source);
          item.documentation = trusted(sourceMarkdown(hit.source, hit.passage));
          item.range = range;
          item.sortText = `1 ${String(rank).padStart(3, '0')}`;
          // Our search already matched these words; filtering on the prefix itself keeps VS Code from hiding them.
          item.filterText = at.prefix;
          items.push(item);
        });
    }
    // More letters may find other passages: ask again as the user types.
    return new vscode.CompletionList(items, true);
  }
}

function trusted(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown);
  md.isTrusted = { enabledCommands: [...CITATION_MARKDOWN_COMMANDS] };
  return md;
}
