import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import type { Citation, Term } from '../../core/knowledge/types';
import { inQuotes, sourceLabelOf } from '../../core/sources/describe';

/** A verbatim quote as `--json` gives it: the text, where it is, and which source it is from, by key and by name. */
export interface QuoteJson {
  source: string;
  /** The source's own title; null when it prints none (`label` then still names it). */
  title: string | null;
  /** How citations name the source: authors, title or opening words, outlet and date. */
  label: string;
  /** The passage (`key#index`) holding the start of the quote, when one does. */
  passage: string | null;
  quote: string;
  /** UTF-16 offsets of the quote in the source text. */
  start: number;
  end: number;
}

/** A located quote with its source's title and label, so JSON readers need not look the source up. */
export function quoteToJson(kb: KnowledgeBase, c: Citation): QuoteJson {
  const source = kb.source(c.source);
  return {
    source: c.source,
    title: source?.title ?? null,
    label: sourceLabelOf(kb, c.source),
    passage: c.passage ?? null,
    quote: c.quote,
    start: c.start,
    end: c.end,
  };
}

/** The `define --json` contract. */
export function termToJson(kb: KnowledgeBase, term: Term) {
  return {
    term: term.name,
    expansion: term.expansion,
    category: term.category,
    aliases: term.aliases.map((a) => a.text),
    definition: term.definition,
    citations: term.citations.map((c) => quoteToJson(kb, c)),
  };
}

/** Plain-text definition for a terminal. */
export function describeTermAsText(kb: KnowledgeBase, term: Term): string {
  const lines = [`${term.name}${term.expansion && term.expansion !== term.name ? ` (${term.expansion})` : ''}`, '', term.definition, ''];
  for (const c of term.citations) lines.push(`  ${inQuotes(c.quote)}`, `    — ${sourceLabelOf(kb, c.source)} [@${c.source}]`);
  const others = term.aliases.map((a) => a.text).filter((a) => a !== term.name);
  if (others.length) lines.push('', `Also written: ${others.join('; ')}`);
  return lines.join('\n');
}
