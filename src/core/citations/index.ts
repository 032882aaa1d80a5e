/**
 * Citation lookup: find the passage that backs a claim, and write it into a draft as a citation.
 * Editor-independent; the VS Code side (src/vscode/citations) builds on these.
 */
export { CitationSearch, searchWordsOf, type SearchCorpus } from './search';
export { planCitationInsertion, applyEdits, citationText, pandocCitation } from './insertion';
export { formatReference, formatCitation } from './csl';
export { citedKeys } from './citedKeys';
export { exportBibliography, unknownKeys, type BibliographyFormat } from './bibliography';
export { toCslItem, type CslItem } from './cslItem';
export { paragraphNumber } from './locator';
export {
  CITATION_STYLES,
  CitationError,
  type CitationStyle,
  type CitationTarget,
  type CslStyle,
  type InsertionOptions,
  type PassageHit,
  type SourceHit,
  type TextEdit,
} from './types';
