import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { SentenceView } from './view';

/**
 * Whose claim a reporting verb introduces. A claim someone else makes ("Some commentators claim Seoul withdrew") is
 * not the writer's and is not checked; but a sentence that attributes a claim to the sources' own authors
 * ("Buchan and Rimland say they witnessed a 50-year low") says what the sources say, which is exactly what the
 * checker compares, and a verb of struggling is no verb of saying ("Tokyo had to contend with pressure").
 */

/** Whether the reporting verb at word `i` puts what follows in someone else's mouth. */
export function reportsOthers(view: SentenceView, i: number): boolean {
  const verb = view.words[i].lower;
  if (verb.startsWith('contend') && view.words[i + 1]?.lower === 'with') return false;
  const authors = sourceAuthors(view.kb);
  // The speaker's name right before the verb ("Buchan and Rimland say"), or right after "according to"; not a name
  // further off ("Buchan of Brookings argues" is someone's garbled Buchan, not the source).
  const speaker = verb === 'according' ? view.words[i + 2] : view.words[i - 1];
  return !(speaker && authors.has(speaker.text));
}

const authorsCache = new WeakMap<KnowledgeBase, Set<string>>();

/** The family names of the sources' authors, as written (capitalised). */
function sourceAuthors(kb: KnowledgeBase): Set<string> {
  let names = authorsCache.get(kb);
  if (!names) authorsCache.set(kb, (names = new Set(kb.sources.flatMap((s) => s.authors.map((a) => a.family)))));
  return names;
}
