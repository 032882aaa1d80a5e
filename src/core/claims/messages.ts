import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Citation } from '../knowledge/types';
import { authorNames } from '../sources/describe';
import type { Fact } from './types';

/**
 * The words a writer reads in a finding: what the draft says, what the sources say, and where. Short enough for a
 * diagnostic line; the citations carry the full quotes.
 */

/** "Sakata (sakata2020)": the first author's family name, or the title when the source names no author. */
function whoSays(kb: KnowledgeBase, citations: readonly Citation[]): string {
  const keys = [...new Set(citations.map((c) => c.source))];
  return keys
    .map((key) => {
      const source = kb.source(key);
      if (!source) return key;
      const who = source.authors.length > 0 ? authorNames(source.authors.slice(0, 1)).split(' ').slice(-1)[0] + (source.authors.length > 1 ? ' et al.' : '') : source.title ? `“${source.title}”` : key;
      return `${who} (${key})`;
    })
    .join('; ');
}

function firstQuote(citations: readonly Citation[]): string {
  const q = citations[0]?.quote ?? '';
  return q.length > 140 ? `${q.slice(0, 137)}…` : q;
}

export function conflictMessage(kb: KnowledgeBase, fact: Fact, claimed: string): string {
  return `The draft says "${claimed}", but the sources say ${fact.expected}: ${fact.statement} Source: ${whoSays(kb, fact.citations)} — “${firstQuote(fact.citations)}”`;
}

export function differMessage(kb: KnowledgeBase, fact: Fact, claimed: string, sidedWith: string, sidedCitations: readonly Citation[]): string {
  return `The sources differ here: the draft's "${claimed}" follows ${whoSays(kb, sidedCitations)} (${sidedWith}); overall: ${fact.statement} Consider saying which source you follow.`;
}

export function unsupportedMessage(subject: string, claimed: string): string {
  return `No source gives "${claimed}" for ${subject}: the sources neither confirm nor contradict it.`;
}
