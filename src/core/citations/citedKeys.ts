import { matchesOutsideCode } from './markdownCode';

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
 * The citation keys a Markdown document cites with Pandoc syntax (`[@a; @b, p. 3]`, `[-@a]`, `@a says`), each once,
 * in order of first appearance. Code spans, fenced code blocks and HTML comments are ignored, and so are e-mail
 * addresses.
 */
export function citedKeys(documentText: string): string[] {
  if (typeof documentText !== 'string' || !documentText.includes('@')) return [];
  const keys = new Set<string>();
  for (const m of matchesOutsideCode(documentText, CITATION)) {
    // Checked here rather than as a lookbehind, which would make the RegExp try every position of the draft.
    const at = m.index ?? 0;
    if (at > 0 && NOT_AFTER.test(charBefore(documentText, at))) continue;
    keys.add(m[1] ?? m[2]);
  }
  return [...keys];
}
