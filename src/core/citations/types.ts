import type { Passage, Source } from '../knowledge/types';

/**
 * How a citation is written into a draft:
 * - `pandoc`: `[@key, para. N]`, resolved later by Pandoc/citeproc;
 * - `footnote`: a Markdown footnote `[^n]` whose definition gives the source and the quote;
 * - `chicago-note`: a footnote holding a Chicago (17th ed.) note rendered by the CSL processor;
 * - `chicago-author-date`, `apa`: a parenthetical in-text citation rendered by the CSL processor.
 */
export type CitationStyle = 'pandoc' | 'footnote' | 'chicago-note' | 'chicago-author-date' | 'apa';

/** The styles rendered by the CSL processor. */
export type CslStyle = Exclude<CitationStyle, 'pandoc' | 'footnote'>;

/** Every style, in the order menus and `--help` list them. */
export const CITATION_STYLES: readonly CitationStyle[] = ['pandoc', 'footnote', 'chicago-note', 'chicago-author-date', 'apa'];

/** A passage found for a query, with how well it matched: 0 is a perfect match, 1 no match at all. */
export interface PassageHit {
  passage: Passage;
  source: Source;
  score: number;
}

/** A source found for a query (by title, author, outlet or key); 0 is a perfect match. */
export interface SourceHit {
  source: Source;
  score: number;
}

/** What to cite: a source, and optionally one of its passages (then the quote and its paragraph are known). */
export interface CitationTarget {
  source: string;
  /** A passage id (`key#index`) of that source. */
  passage?: string;
}

/** One replacement in a document; offsets are UTF-16 indices into the text the plan was made for. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Variations on a citation insertion. */
export interface InsertionOptions {
  /** Insert the passage itself as a Markdown block quote after the current paragraph, followed by its citation. */
  blockQuote?: boolean;
  /** Locale for the CSL styles; only `en-US` is bundled, others fall back to it. */
  locale?: string;
}

/** Raised for a citation target that does not exist; the message names what was asked for. */
export class CitationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CitationError';
  }
}
