/**
 * What of a Markdown draft is prose a reader takes as the writer's claims: the product's one Markdown reader
 * (src/core/text/markdown.ts), under the names the claim checker has always called it by. Everything here returns a
 * string of the same length as its input, with the parts that are not prose turned into spaces (line breaks kept),
 * so every offset (and so every underline) still points into the writer's text.
 *
 * - Link syntax is read as its text: a draft that cites "[Sakata](https://…) notes" or links a date
 *   ("in [October 2020](https://…)") makes the same claim as one without the link.
 * - Code is not prose: a fenced block quoting a log, a table of raw data or a tool's output, and an inline code span,
 *   state nothing the writer asserts.
 * - YAML front matter at the top (Pandoc's `title:`, `date:`, `bibliography:`) is metadata, not a claim; the
 *   paragraph splitter skips it.
 * - An HTML comment (`<!-- … -->`) is a note the reader never sees, an image's alt text (`![…](…)`) describes a
 *   picture, and raw HTML tags, reference definitions, citation brackets and footnote marks are markup: none of
 *   them is the writer's claim. (The ignore directives, which are comments, are read from the raw text by the
 *   suppression rules.)
 */
import { readAsProse as readProse } from '../text/markdown';

export { followFence, frontMatterLength, opensComment } from '../text/markdown';

/** `text` (a paragraph or a whole draft past its front matter) read as prose: markup blanked, the same length. */
export function readAsProse(text: string): string {
  return readProse(text);
}
