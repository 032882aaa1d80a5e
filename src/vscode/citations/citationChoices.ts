import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { CitationSearch, type CitationTarget } from '../../core/citations';
import { sourceLabel } from '../../core/sources/describe';

/** Passages offered for one query: enough to scroll, few enough to read. */
const PASSAGE_CHOICES = 30;
const SOURCE_CHOICES = 5;

/** One thing "Insert Citation" can insert, described for a Quick Pick row. */
export interface CitationChoice {
  kind: 'passage' | 'source';
  target: CitationTarget;
  /** The passage text, or the source title. */
  label: string;
  /** `@key`, so the key a citation will carry is visible. */
  description: string;
  /** Authors, title, outlet and date of the source. */
  detail: string;
}

const searches = new WeakMap<KnowledgeBase, CitationSearch>();

/** The search over one knowledge base, built the first time a citation feature needs it. */
export function citationSearchFor(kb: KnowledgeBase): CitationSearch {
  let search = searches.get(kb);
  if (!search) {
    search = new CitationSearch(kb);
    searches.set(kb, search);
  }
  return search;
}

/**
 * What the Quick Pick lists for `query`, in the order it lists them: matching passages best first, then matching
 * sources (cite the whole text). A blank query lists every source. The automation form's `pick` indexes this list,
 * so a test picks exactly what a user would see. Pure (no vscode import).
 */
export function citationChoices(kb: KnowledgeBase, query: string): CitationChoice[] {
  const search = citationSearchFor(kb);
  const choices: CitationChoice[] = [];
  if (query.trim() !== '') {
    for (const hit of search.search(query, { limit: PASSAGE_CHOICES })) {
      choices.push({
        kind: 'passage',
        target: { source: hit.source.key, passage: hit.passage.id },
        label: hit.passage.text.replace(/\s+/g, ' '),
        description: `@${hit.source.key}`,
        detail: sourceLabel(hit.source),
      });
    }
  }
  const sources = query.trim() === '' ? kb.sources : search.searchSources(query, { limit: SOURCE_CHOICES }).map((hit) => hit.source);
  for (const source of sources) {
    choices.push({
      kind: 'source',
      target: { source: source.key },
      label: source.title ?? `Untitled (${source.key})`,
      description: `@${source.key} · whole source`,
      detail: sourceLabel(source),
    });
  }
  return choices;
}
