/**
 * Where a pandoc citation key stands on a line: what completion replaces after `[@` and what a hover describes.
 * Pure (no vscode import) so the rules are unit-tested.
 */

/** Characters a key may contain; pandoc allows internal punctuation only when a letter or digit follows it. */
const KEY_CHAR = String.raw`[\p{L}\p{N}_:.#$%&+?<>~/-]`;
/** A whole key as pandoc reads it: trailing punctuation (`@key.` ending a sentence) is not part of it. */
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*`;

/**
 * After `[`, after white space or `;` inside the brackets (`[see @a; @b]`), optionally `-` (suppress author).
 * A word character before `@` (`a@b.org`) is an e-mail address, not a citation.
 */
const PREFIX_AT_END = new RegExp(String.raw`(?:^|[\s;])-?@(${KEY_CHAR}*)$`, 'u');
/** Every `@key` not glued to a preceding word (`a@b.org`), a dot or another `@`. */
const KEY_MENTION = new RegExp(String.raw`(?<![\p{L}\p{N}_.@])-?@(${KEY})`, 'gu');

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

/** The `@key` (bracketed `[@key]` or in-text `@key`) whose span contains `character` on `line`, if any. */
export function citationKeyAt(line: string, character: number): KeyMention | undefined {
  for (const match of line.matchAll(KEY_MENTION)) {
    const start = match.index + match[0].indexOf('@');
    const end = match.index + match[0].length;
    if (character >= start && character <= end) return { key: match[1], start, end };
    if (start > character) break;
  }
  return undefined;
}
