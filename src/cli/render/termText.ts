import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import type { Term } from '../../core/knowledge/types';
import { sourceLabel } from '../../core/sources/describe';

/** The `define --json` contract. */
export function termToJson(_kb: KnowledgeBase, term: Term) {
  return {
    term: term.name,
    aliases: term.aliases.map((a) => a.text),
    definition: term.definition,
    citations: term.citations.map((c) => ({ source: c.source, quote: c.quote, start: c.start, end: c.end })),
  };
}

/** Plain-text definition for a terminal. */
export function describeTermAsText(kb: KnowledgeBase, term: Term): string {
  const lines = [`${term.name}${term.expansion && term.expansion !== term.name ? ` (${term.expansion})` : ''}`, '', term.definition, ''];
  for (const c of term.citations) {
    const source = kb.source(c.source);
    lines.push(`  “${c.quote}”`, `    — ${source ? sourceLabel(source) : c.source} [@${c.source}]`);
  }
  const others = term.aliases.map((a) => a.text).filter((a) => a !== term.name);
  if (others.length) lines.push('', `Also written: ${others.join('; ')}`);
  return lines.join('\n');
}
