import { countOf } from '../../core/text/wording';

/**
 * Text from outside the tool (file names, queries, arguments, words quoted from a draft) made safe to print on a
 * terminal: a name can hold escape sequences that recolour the terminal or retitle its window, carriage returns
 * that overwrite what was printed, bidirectional overrides that reorder it, or a line break that forges a line of
 * output ("brief.md:1:1: warning: …"). Such characters are shown as escapes instead of being sent raw.
 */

/**
 * C0 controls (line breaks and tabs included: within one value they are never layout), DEL, C1 controls (0x9B is
 * a one-byte CSI), and the bidirectional embeddings, overrides and isolates that reorder a line as displayed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are what gets escaped
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Escapes as C and JavaScript write them, so a reader recognises them. */
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control and reordering character written as a visible escape (`\n`, `\x1b`, `\u202e`). */
export function terminalSafe(text: string): string {
  return text.replace(
    UNSAFE,
    (c) =>
      NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16)}`),
  );
}

/**
 * A long value cut to its start and end for a message, with its length, escaped for the terminal:
 * `"Japan Japan Jap… an Japan" (12,000 characters)`. Short values are printed whole.
 */
export function shortForm(text: string, max = 60): string {
  const chars = [...text];
  if (chars.length <= max) return `"${terminalSafe(text)}"`;
  const head = chars.slice(0, Math.ceil(max * 0.7)).join('');
  const tail = chars.slice(chars.length - Math.floor(max * 0.3)).join('');
  return `"${terminalSafe(head)}…${terminalSafe(tail)}" (${countOf(chars.length, 'character')})`;
}
