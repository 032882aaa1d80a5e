import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import type { Citation, Term } from '../../core/knowledge/types';
import { sourceLabelOf } from '../../core/sources/describe';
import type { CitationPlace } from '../citations/commandArgs';

/** Commands a term hover may run; the hover is trusted for these and nothing else. */
export const HOVER_COMMANDS = ['sourcebook.openSource', 'sourcebook.insertCitation'] as const;

/**
 * Markdown for a term hover: name and expansion, definition, the best quotes with their source, and links to
 * insert a citation or open the source at the quote. `hovered` is where the term stands in the draft: "Insert
 * citation" cites the sentence there, not the one at the text cursor. Pure (no vscode import) so it is unit-tested.
 */
export function termHoverMarkdown(kb: KnowledgeBase, term: Term, maxQuotes: number, hovered?: CitationPlace): string {
  const parts: string[] = [];
  const heading = `**${escapeMarkdown(term.name)}**`;
  const expansion = term.expansion && term.expansion !== term.name ? ` — ${escapeMarkdown(term.expansion)}` : '';
  parts.push(`${heading}${expansion} · _${term.category}_`);
  parts.push(escapeMarkdown(term.definition));
  for (const citation of term.citations.slice(0, Math.max(1, maxQuotes))) {
    parts.push(quoteBlock(kb, citation, hovered));
  }
  return parts.join('\n\n');
}

function quoteBlock(kb: KnowledgeBase, c: Citation, hovered: CitationPlace | undefined): string {
  const label = sourceLabelOf(kb, c.source);
  const open = commandLink('Open source', 'sourcebook.openSource', { source: c.source, start: c.start, end: c.end });
  const cite = commandLink('Insert citation', 'sourcebook.insertCitation', {
    source: c.source,
    ...(c.passage ? { passage: c.passage } : {}),
    ...(hovered ? { at: hovered } : {}),
  });
  return `${quoteBlockLine(c.quote)}\n>\n> — ${escapeMarkdown(label)}\n\n${cite} · ${open}`;
}

/** A source's words as the opening line of a Markdown block quote, in quotation marks, escaped. */
export function quoteBlockLine(text: string): string {
  return `> “${escapeMarkdown(text)}”`;
}

/** A `command:` link whose arguments survive URI encoding. */
export function commandLink(label: string, command: string, args: unknown): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify([args]))} "${label}")`;
}

/** Escapes text so source quotes cannot inject links, HTML or formatting into a hover. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}
