/**
 * Shapes of the compiled knowledge index (`dist/knowledge.json`).
 *
 * The index is produced by `compileKnowledge` from the authored files in `knowledge/` and read back by
 * `KnowledgeBase`. Everything here is plain JSON so the same file serves the extension and the CLI.
 */

/** The format number written into the index; bumped whenever a field changes meaning. */
export const KNOWLEDGE_FORMAT = 1;

/** A person credited on a source, split as CSL expects. */
export interface Author {
  family: string;
  given?: string;
}

/** When a source was written, with how we know it. Unknown parts are null or absent: never guessed. */
export interface SourceDate {
  /** ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), only when known. */
  value: string | null;
  /** True only when the text itself prints the date. */
  stated: boolean;
  /** Bounds inferred from the text's own words, when it gives no date. */
  earliest?: string;
  latest?: string;
  /** Verbatim quotes from the source supporting the value or the bounds. */
  evidence: string[];
  note?: string;
}

/** A value the text states, with the quotes that show it. */
export interface EvidencedValue {
  value: string;
  evidence: string[];
}

/** One source document with its metadata and full text. */
export interface Source {
  key: string;
  /** The seed file it was copied from. */
  seed: string;
  title: string | null;
  authors: Author[];
  container: string | null;
  publisher: string | null;
  date: SourceDate;
  url: string | null;
  licence: EvidencedValue | null;
  /** Quotes backing each metadata field, by field name. */
  evidence: Record<string, string[]>;
  text: string;
}

/** A sentence-level span of prose in a source. Offsets are UTF-16 indices into `Source.text`. */
export interface Passage {
  /** `${source}#${index}`: stable as long as the source text does not change. */
  id: string;
  source: string;
  index: number;
  start: number;
  end: number;
  text: string;
  /**
   * A statement the source makes outside its article's prose (an author's biography line, a photo caption: lines its
   * description's `nonPassages` leave out). The claim checker reads it; Insert Citation, search and paragraph numbers
   * do not count it. Asides follow the source's passages, numbered on after them.
   */
  aside?: true;
  /**
   * What an aside states when its own words are no sentence: a photo caption's person, restated with what the caption
   * says of them all and its date ("Japan's Vice Foreign Minister Akitaka Saiki pose at the start of their trilateral
   * meeting, …, on January 16, 2016."; compile/captions.ts). The claim checker reads this instead of `text`.
   */
  statement?: string;
}

/** A verbatim quote from a source, located in it. */
export interface Citation {
  source: string;
  quote: string;
  start: number;
  end: number;
  /** The passage that contains the start of the quote, when one does. */
  passage?: string;
}

/** How an alias's letter case must match. See knowledge/README.md. */
export type AliasCase = 'exact' | 'proper' | 'any';

export interface TermAlias {
  text: string;
  case: AliasCase;
  /** Claimed by more than one term on purpose: a hover shows every such term. */
  shared: boolean;
}

export type TermCategory =
  | 'agreement'
  | 'strategy'
  | 'group'
  | 'institution'
  | 'place'
  | 'person'
  | 'event'
  | 'country'
  | 'concept';

export const TERM_CATEGORIES: readonly TermCategory[] = [
  'agreement', 'strategy', 'group', 'institution', 'place', 'person', 'event', 'country', 'concept',
];

/** A glossary entry: what a term means according to the sources. */
export interface Term {
  id: string;
  name: string;
  expansion: string | null;
  category: TermCategory;
  aliases: TermAlias[];
  definition: string;
  citations: Citation[];
}

/** The whole compiled index as stored on disk. */
export interface CompiledKnowledge {
  format: number;
  sources: Source[];
  passages: Passage[];
  terms: Term[];
  /** Structured facts for the claim checker; their shape lives with the checker (src/core/claims). */
  facts: unknown[];
}
