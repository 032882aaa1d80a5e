import { blankOutCode } from './markdownCode';

/**
 * A Pandoc citation: `@` not preceded by a word character, `/` or `.` (so e-mail addresses and URLs are not
 * citations), then a key that starts with a letter, digit or `_` and may hold internal punctuation
 * (`:.#$%&-+?<>~/`), or a braced key `@{...}`. Pandoc's own rule; trailing punctuation ends the key.
 */
const CITATION = /(?<![\p{L}\p{N}_./@])@(?:\{([^{}\s]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*))/gu;

/**
 * The citation keys a Markdown document cites with Pandoc syntax (`[@a; @b, p. 3]`, `[-@a]`, `@a says`), each once,
 * in order of first appearance. Code spans, fenced code blocks and HTML comments are ignored, and so are e-mail
 * addresses.
 */
export function citedKeys(documentText: string): string[] {
  if (typeof documentText !== 'string' || !documentText.includes('@')) return [];
  const keys = new Set<string>();
  for (const m of blankOutCode(documentText).matchAll(CITATION)) keys.add(m[1] ?? m[2]);
  return [...keys];
}
