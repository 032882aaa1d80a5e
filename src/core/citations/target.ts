import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Passage, Source } from '../knowledge/types';
import { paragraphNumber } from './locator';
import { CitationError, type CitationTarget } from './types';

/** A citation target looked up in the knowledge base. */
export interface ResolvedTarget {
  source: Source;
  passage?: Passage;
  /** The passage's paragraph number in its source, the `para. N` locator. */
  paragraph?: number;
}

/** Looks a target up; throws `CitationError` naming the unknown source or passage. */
export function resolveTarget(kb: KnowledgeBase, target: CitationTarget): ResolvedTarget {
  const source = target && typeof target.source === 'string' ? kb.source(target.source) : undefined;
  if (!source) {
    throw new CitationError(`unknown source "${String(target?.source)}" (known: ${kb.sources.map((s) => s.key).join(', ')})`);
  }
  if (!target.passage) return { source };
  const passage = kb.passage(target.passage);
  if (!passage || passage.source !== source.key) throw new CitationError(`unknown passage "${target.passage}" in source "${source.key}"`);
  return { source, passage, paragraph: paragraphNumber(kb, passage) };
}
