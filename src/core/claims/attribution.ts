import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { REPORTING_NOT_FORWARD } from './context';
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
  if (verb === 'according') return !namesAuthorsAt(view, i + 2, authors);
  const speaker = view.words[i - 1];
  if (!speaker) return true;
  // "the CSIS authors witnessed what they believed": a pronoun speaker is the authors when they were named before it.
  if (PRONOUNS.has(speaker.lower)) return !view.words.slice(0, i - 1).some((w) => refersToAuthors(w, authors));
  return !refersToAuthors(speaker, authors);
}

/** Personal pronouns that, as a speaker, stand for someone named earlier in the sentence. */
const PRONOUNS = new Set(['they', 'he', 'she']);
/** Words that, after "according to the …", end a short description of the speaker ("the CSIS authors"). */
const DESCRIPTION_WORDS = 3;

/**
 * "according to Buchan", "according to the authors", "according to the CSIS authors": in a memo drafted from the
 * sources, "the authors" are the sources' own authors.
 */
function namesAuthorsAt(view: SentenceView, from: number, authors: Set<string>): boolean {
  let k = from;
  if (view.words[k]?.lower === 'the') k++;
  for (const end = k + DESCRIPTION_WORDS; k < end && k < view.words.length; k++) {
    if (refersToAuthors(view.words[k], authors)) return true;
    if (view.text.slice(view.words[k].end, view.words[k + 1]?.start ?? view.words[k].end).trim() !== '') return false;
  }
  return false;
}

/** A source author's family name as written, or the word "authors" itself. */
function refersToAuthors(word: SentenceView['words'][number], authors: Set<string>): boolean {
  return authors.has(word.text) || word.lower === 'authors' || word.lower === 'author';
}

const authorsCache = new WeakMap<KnowledgeBase, Set<string>>();

/** The family names of the sources' authors, as written (capitalised). */
function sourceAuthors(kb: KnowledgeBase): Set<string> {
  let names = authorsCache.get(kb);
  if (!names) authorsCache.set(kb, (names = new Set(kb.sources.flatMap((s) => s.authors.map((a) => a.family)))));
  return names;
}

/** Words that open a trailing remark on the report ("officials said on Tuesday"), not what was said. */
const REPORT_TRAIL = new Set([
  'in',
  'on',
  'at',
  'during',
  'last',
  'this',
  'after',
  'before',
  'to',
  'by',
  'with',
  'from',
  'through',
  'later',
  'then',
  'earlier',
  'yesterday',
  'today',
]);
/** Fewest words a report's own content runs after its verb ("insisted it was not his job"). */
const CONTENT_WORDS = 3;

/**
 * "David Stilwell, then deputy secretary of state, insisted it was …", "normalized relations in 1972, under a treaty
 * that Tokyo says settled all claims": a verb of saying followed by what was said puts only that in the speaker's
 * mouth; a claim standing wholly before its speaker, with none of its values after the verb, is the writer's own.
 * A trailing report ("Seoul withdrew, officials said on Tuesday") has no content of its own and still covers it all.
 * `describesSpeaker`: the fact describes a person in apposition (its slot is the attribute), as a speaker is introduced.
 */
export function claimBeforeReport(
  view: SentenceView,
  i: number,
  hits: readonly { first: number; last: number }[],
  describesSpeaker: boolean,
  valueAfter: (from: number) => boolean,
): boolean {
  if (REPORTING_NOT_FORWARD.has(view.words[i].lower)) return false;
  const content = view.words.slice(i + 1);
  if (content.length < CONTENT_WORDS || REPORT_TRAIL.has(content[0].lower)) return false;
  // The content follows the verb directly, not after a comma that ends the report ("…, officials said, and …").
  if (!/^\s*["\u201c]?\s*$/.test(view.text.slice(view.words[i].end, content[0].start))) return false;
  // The speaker's own name may end the claim when the claim describes the speaker ("Deputy Secretary of State David
  // Stilwell told …"); otherwise the word before the verb is the speaker, not part of the claim.
  if (!hits.every((h) => h.last < (describesSpeaker ? i : i - 1)) || valueAfter(i + 1)) return false;
  // The report is a relative clause after the claim ("a treaty that Tokyo says …"), or the claim is the description
  // the writer gives the speaker ("Stilwell, then …, insisted"). A claim inside a description of what the speaker did
  // ("Japan, which imposed controls in 2018, insists …") stays the speaker's own framing.
  const lastHit = Math.max(...hits.map((h) => h.last));
  return describesSpeaker || view.words.slice(lastHit + 1, i).some((w) => RELATIVE_WORDS.has(w.lower));
}

/** Words opening a relative clause. */
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom']);
