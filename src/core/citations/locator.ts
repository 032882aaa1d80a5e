import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Passage } from '../knowledge/types';

/**
 * The paragraph number of a passage in its source, for `para. N` locators: web articles have no page numbers.
 *
 * Counted honestly from the source text: a paragraph is a line of the source holding at least one prose passage
 * (the seeds keep one paragraph per line), numbered from 1 in reading order. Headings, captions and boilerplate hold
 * no passage and so are not counted, as a reader counting paragraphs of the article would skip them.
 */
export function paragraphNumber(kb: KnowledgeBase, passage: Passage): number | undefined {
  const source = kb.source(passage.source);
  if (!source) return undefined;
  let paragraph = 0;
  let lastLineStart = -1;
  for (const p of kb.passagesOf(passage.source)) {
    const lineStart = source.text.lastIndexOf('\n', p.start - 1) + 1;
    if (lineStart !== lastLineStart) {
      paragraph++;
      lastLineStart = lineStart;
    }
    if (p.id === passage.id) return paragraph;
  }
  return undefined;
}
