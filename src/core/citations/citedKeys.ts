import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { citationText } from './insertion';
import { paragraphNumber } from './locator';
import { matchesOutsideCode } from './markdownCode';
import { CITATION_STYLES, type CitationStyle } from './types';

/**
 * A Pandoc citation: `@` not preceded by a word character, `/` or `.` (so e-mail addresses and URLs are not
 * citations), then a key that starts with a letter, digit or `_` and may hold internal punctuation
 * (`:.#$%&-+?<>~/`), or a braced key `@{...}`. Pandoc's own rule; trailing punctuation ends the key.
 */
const CITATION = /@(?:\{([^{}\s]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*))/gu;

/** A character that makes the `@` after it part of a word, an address or a path. */
const NOT_AFTER = /^[\p{L}\p{N}_./@]$/u;

/** The whole character (one code point, surrogate pairs kept together) just before `at`. */
function charBefore(text: string, at: number): string {
  const unit = text.charCodeAt(at - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.slice(at - 1, at);
}

/**
 * The citation keys a document cites, each once, in order of first appearance. Code spans, fenced code blocks and
 * HTML comments are ignored, and so are e-mail addresses.
 *
 * Without `kb`, only Pandoc syntax counts (`[@a; @b, p. 3]`, `[-@a]`, `@a says`). With it, so do the citations this
 * tool writes in its other styles (see `planCitationInsertion`): footnote definitions naming a source, Chicago
 * notes, and Chicago author–date and APA parentheticals, with or without their `para. N` locator.
 */
export function citedKeys(documentText: string, kb?: KnowledgeBase): string[] {
  if (typeof documentText !== 'string') return [];
  const found: { at: number; key: string }[] = [];
  if (documentText.includes('@')) {
    for (const m of matchesOutsideCode(documentText, CITATION)) {
      // Checked here rather than as a lookbehind, which would make the RegExp try every position of the draft.
      const at = m.index ?? 0;
      if (at > 0 && NOT_AFTER.test(charBefore(documentText, at))) continue;
      found.push({ at, key: m[1] ?? m[2] });
    }
  }
  if (kb) {
    const { pattern, keys } = styledCitations(kb);
    for (const m of matchesOutsideCode(documentText, pattern)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      found.push({ at: m.index ?? 0, key: keys[group - 1] });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.key))];
}

/** The non-Pandoc citations of a knowledge base's sources as one RegExp: group i (1-based) cites `keys[i - 1]`. */
interface StyledCitations {
  pattern: RegExp;
  keys: string[];
}

/** Built once per knowledge base: rendering the CSL styles takes citeproc, which is loaded only when needed. */
const styledCache = new WeakMap<KnowledgeBase, StyledCitations>();

/**
 * What this tool writes for each source in each style but Pandoc's, rendered by the same code that inserts it:
 * the citation of the source alone, and the citation of a passage up to and including its `para. N` locator (with
 * any paragraph number, and whatever follows, such as the quote of a `footnote` definition). Spaces match any run
 * of white space, so a citation a writer has re-wrapped is still found.
 */
function styledCitations(kb: KnowledgeBase): StyledCitations {
  const cached = styledCache.get(kb);
  if (cached) return cached;
  const alternatives: string[] = [];
  const keys: string[] = [];
  const styles = CITATION_STYLES.filter((s): s is Exclude<CitationStyle, 'pandoc'> => s !== 'pandoc');
  for (const source of kb.sources) {
    const passage = kb.passagesOf(source.key).find((p) => paragraphNumber(kb, p) !== undefined);
    const paragraph = passage && paragraphNumber(kb, passage);
    for (const style of styles) {
      const forms = [asPattern(citationText(kb, { source: source.key }, style).trim())];
      if (passage && paragraph !== undefined) {
        const rendered = citationText(kb, { source: source.key, passage: passage.id }, style);
        const locator = rendered.indexOf(`para. ${paragraph}`);
        if (locator > 0) forms.push(`${asPattern(rendered.slice(0, locator))}para\\.\\s+\\d+`);
      }
      for (const form of forms) {
        alternatives.push(`(${form})`);
        keys.push(source.key);
      }
    }
  }
  const built = { pattern: new RegExp(alternatives.join('|'), 'g'), keys };
  styledCache.set(kb, built);
  return built;
}

/** A rendered citation as a RegExp source: literal, except that each run of spaces matches any white space. */
function asPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
