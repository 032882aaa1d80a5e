/**
 * The words by which a draft gives its statement as a source's ("The CSIS authors propose …", "…, the authors argue,
 * …", "according to Sakata, …"): a teller naming the source's writers or the source itself, and its verb of saying.
 * They say whose statement it is, which the passage's own words never restate ("we recommend …"), so they do not
 * count against a passage's coverage of the draft (alignment.ts): the passage is measured on the statement alone.
 */
import { AUTHOR_NOUNS, FRAME_JUDGING_VERBS, FUNCTION_WORDS, PROPOSING_VERBS, SPEAKING_VERBS, VIEW_VERBS } from '../lexicon';
import type { AnalysedSentence } from '../sentenceAnalysis';
import { textBetween, type SourceClaims } from '../sourceClaims';
import { stem } from '../stem';
import { namesASource } from './namedThings';
import { ReadingMap } from '../readingMemo';

/** The stems of the verbs a teller gives a statement by. */
const FRAME_VERBS = new Set([...SPEAKING_VERBS, ...VIEW_VERBS, ...PROPOSING_VERBS, ...FRAME_JUDGING_VERBS].map(stem));

/** The stems of the nouns naming a source's writers or the source (lexicon.ts `AUTHOR_NOUNS`). */
const AUTHORS = new Set([...AUTHOR_NOUNS].map(stem));

/** The frame's words of each reading, found once: a draft sentence is lined up with several passages. */
const FRAMES = new ReadingMap<ReadonlySet<number>>();

/**
 * The indexes of the words of the draft's source frame, if any: its teller and verb ("The CSIS authors propose"),
 * its "according to" and teller, set off by a comma or opening or closing the sentence.
 */
export function sourceFrame(a: AnalysedSentence, index: SourceClaims): ReadonlySet<number> {
  let found = FRAMES.get(a);
  if (!found) FRAMES.set(a, (found = findFrame(a, index)));
  return found;
}

function findFrame(a: AnalysedSentence, index: SourceClaims): ReadonlySet<number> {
  const out = new Set<number>();
  const n = a.words.length;
  const lower = (i: number) => a.words[i]?.lower ?? '';
  const setOff = (i: number) => i <= 0 || i >= n || /[,;:—–]/.test(textBetween(a, i - 1, i));
  for (let i = 0; i < n; i++) {
    if (a.quoted[i] !== 0 || (i > 0 && !setOff(i))) continue;
    const according = lower(i) === 'according' && lower(i + 1) === 'to';
    const from = according ? i + 2 : i;
    const end = tellerEnd(a, index, from);
    if (end < 0) continue;
    if (according) {
      if (!setOff(end + 1)) continue;
      for (let k = i; k <= end; k++) out.add(k);
      continue;
    }
    // The verb right after the teller; an opening frame may go on with "that", a set-off one closes with a mark.
    const verb = end + 1;
    if (!FRAME_VERBS.has(a.stems[verb] ?? '')) continue;
    const opening = i === 0;
    const that = lower(verb + 1) === 'that' ? verb + 1 : verb;
    if (!opening && !setOff(verb + 1)) continue;
    for (let k = i; k <= that; k++) out.add(k);
  }
  return out;
}

/**
 * The last word of a teller naming a source's writers or the source starting at word `from` ("the CSIS authors",
 * "Sakata", "the report"): function words, words of a source's name or author (`SourceClaims.sourceNames`) and at
 * least one noun naming writers or a source, or a source's name alone. -1 where none starts there.
 */
function tellerEnd(a: AnalysedSentence, index: SourceClaims, from: number): number {
  let end = -1;
  let named = false;
  for (let k = from; k < a.words.length && a.quoted[k] === 0; k++) {
    const w = a.words[k].lower;
    if (k > from && /[,;:—–(]/.test(textBetween(a, k - 1, k))) break;
    if (AUTHORS.has(a.stems[k])) {
      named = true;
      end = k;
      continue;
    }
    // A source's publisher or author by name ("CSIS", "Sakata"): a name all of whose words name a source.
    const name = a.slots.find((s) => s.kind === 'entity' && s.first === k);
    if (name && namesASource(name, index)) {
      named = true;
      end = k = name.last;
    } else if (!FUNCTION_WORDS.has(w) || (k > from && w !== 's')) break;
  }
  return named ? end : -1;
}

/**
 * The weight of the draft's content words that stand only in its source frame and that `claim` does not share
 * (`shares`): left out of the draft's side of a coverage. A frame word the claim shares ("we recommend", "the authors
 * recommend") still counts for it.
 */
export function frameWeight(draft: AnalysedSentence, index: SourceClaims, shares: (stem: string) => boolean): number {
  const frame = sourceFrame(draft, index);
  if (frame.size === 0) return 0;
  const inFrame = new Set<string>();
  const outside = new Set<string>();
  draft.stems.forEach((s, i) => {
    if (draft.content[i] === 1) (frame.has(i) ? inFrame : outside).add(s);
  });
  let weight = 0;
  for (const s of inFrame) if (!outside.has(s) && !shares(s)) weight += index.weight(s);
  return weight;
}
