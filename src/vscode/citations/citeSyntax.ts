import { citedKeys } from '../../core/citations';

/**
 * Where a pandoc citation key stands on a line: what completion replaces after `[@` and what a hover describes.
 * Pure (no vscode import) so the rules are unit-tested.
 */

/** Characters a key may contain; pandoc allows internal punctuation only when a letter or digit follows it. */
const KEY_CHAR = String.raw`[\p{L}\p{N}_:.#$%&+?<>~/-]`;

/**
 * After `[`, after white space or `;` inside the brackets (`[see @a; @b]`), optionally `-` (suppress author).
 * A word character before `@` (`a@b.org`) is an e-mail address, not a citation.
 */
const PREFIX_AT_END = new RegExp(String.raw`(?:^|[\s;])-?@(${KEY_CHAR}*)$`, 'u');

/** Key characters from the cursor on: completing inside `[@sak|ata]` replaces the whole key. */
const KEY_TAIL = new RegExp(String.raw`^${KEY_CHAR}*`, 'u');

/** The key typed so far before the cursor, and the span `[start, end)` on the line a completed key replaces. */
export interface KeyPrefix {
  start: number;
  end: number;
  prefix: string;
}

/**
 * When the cursor at `character` on `line` stands inside an open `[...` citation right after `@` and any key
 * characters, the prefix typed so far; otherwise undefined (plain text, a closed bracket, an e-mail address).
 */
export function citationKeyPrefix(line: string, character: number): KeyPrefix | undefined {
  const lineBefore = line.slice(0, character);
  const open = lineBefore.lastIndexOf('[');
  if (open < 0 || lineBefore.indexOf(']', open) >= 0) return undefined;
  const inside = lineBefore.slice(open + 1);
  // `[^1]` footnote references are not citations.
  if (inside.startsWith('^')) return undefined;
  const match = PREFIX_AT_END.exec(inside);
  if (!match) return undefined;
  const tail = KEY_TAIL.exec(line.slice(character))![0];
  return { start: character - match[1].length, end: character + tail.length, prefix: match[1] };
}

/** A citation key found on a line: `start`/`end` span `@key` (the `@` included). */
export interface KeyMention {
  key: string;
  start: number;
  end: number;
}

/**
 * The `@key` (bracketed `[@key]`, braced `@{key}` or in-text `@key`) whose span contains `character` on `line`.
 * What counts as a citation (not `a@b.org`, trailing punctuation not part of the key) is the core's `citedKeys` rule,
 * applied from the `@` nearest the cursor: keys hold no `@`, so that one is the only candidate.
 */
export function citationKeyAt(line: string, character: number): KeyMention | undefined {
  const at = line.lastIndexOf('@', character);
  if (at < 0) return undefined;
  const key = citedKeys(line.slice(Math.max(0, at - 1)))[0];
  if (key === undefined) return undefined;
  const written = line.startsWith(`{${key}}`, at + 1) ? `{${key}}` : line.startsWith(key, at + 1) ? key : undefined;
  if (written === undefined) return undefined; // the first citation found lies further on: this `@` is not one
  const end = at + 1 + written.length;
  return character <= end ? { key, start: at, end } : undefined;
}
