import type { Passage, Source } from '../../core/knowledge/types';
import { isWebLink } from '../../core/knowledge/compile/sources';
import { authorNames, dateLabel } from '../../core/sources/describe';
import { commandLink, escapeMarkdown, quoteBlockLine } from '../hover/hoverMarkdown';

/** Commands the citation hover and completion documentation may run; trusted for these and nothing else. */
export const CITATION_MARKDOWN_COMMANDS = ['sourcebook.openSource'] as const;

/**
 * Markdown describing a source for a `[@key]` hover or a completion item: title, authors, date, where it appeared,
 * licence and URL (only what the index knows; unknown values say so), and a link that opens the source text.
 * Pure (no vscode import) so its output is unit-tested.
 */
export function sourceMarkdown(source: Source, passage?: Passage): string {
  const lines = [
    `**${escapeMarkdown(source.title ?? `Untitled (${source.key})`)}**`,
    `${escapeMarkdown(authorNames(source.authors))} · ${escapeMarkdown(dateLabel(source))}`,
  ];
  const where = [source.container, source.publisher].filter((part): part is string => Boolean(part));
  if (where.length > 0) lines.push(`Published in: ${escapeMarkdown(where.join(', '))}`);
  lines.push(`Licence: ${escapeMarkdown(source.licence?.value ?? 'not stated')}`);
  const url = source.url && safeWebLink(source.url);
  if (url) lines.push(`URL: <${url}>`);
  const parts = [lines.join('  \n')];
  if (passage) parts.push(quoteBlockLine(passage.text));
  const range = passage ? { start: passage.start, end: passage.end } : {};
  parts.push(`${commandLink('Open source', 'sourcebook.openSource', { source: source.key, ...range })} · \`@${source.key}\``);
  return parts.join('\n\n');
}

/**
 * `url` as it may stand in a trusted hover's autolink: only an http(s) address (never `command:`, `javascript:` or
 * `file:`), normalised, with every character that could close the link or start Markdown percent-encoded.
 */
export function safeWebLink(url: string): string | undefined {
  if (!isWebLink(url)) return undefined;
  return new URL(url).href.replace(/[<>()[\]"'`\\\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
