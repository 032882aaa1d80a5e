/**
 * Markdown link syntax read as its text: a draft that cites "[Sakata](https://…) notes" or links a date
 * ("in [October 2020](https://…)") makes the same claim as one without the link. The brackets and the target become
 * spaces, so every offset (and so every underline) still points into the writer's text.
 */

/** `[text](target)`, the target without spaces or nested parentheses (as Markdown writers type them). */
const INLINE_LINK = /\[([^\[\]\n]*)\]\([^()\s]*\)/g;

/** `text` with each inline link's brackets and target blanked out, the same length as `text`. */
export function readLinksAsText(text: string): string {
  // Most drafts link nothing: one search decides, and then the text is returned as it is.
  if (!text.includes('](')) return text;
  return text.replace(INLINE_LINK, (link, label: string) => ' ' + label + ' '.repeat(link.length - label.length - 1));
}
