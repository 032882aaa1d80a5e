/**
 * A draft sentence often folds two sentences of a source's paragraph into one: "Stilwell did not fly straight from
 * Tokyo to Seoul but detoured through Vietnam and Thailand, likely to avoid any appearance of shuttle diplomacy"
 * retells "Further, Stilwell's trip schedule did not take him directly from Tokyo to Seoul, but rather to Seoul by way
 * of The Philippines and Thailand." and the sentence after it, "This was likely to avoid the perception that the
 * United States is engaged in shuttle diplomacy …". Lined up with either passage alone, the words the other tells
 * count as the draft's own and leave the passage saying too little of the sentence. Here the draft's words that the
 * passage lacks but a sentence beside it in its paragraph says are left out of the draft's side: the source tells
 * them around the passage. They are no anchors: what lines the two up is still what the passage itself shares.
 */
import { pairable, type Alignment } from './alignment';
import { sourceFrame } from './alignment/sourceFrame';
import { namedWords, type AnalysedSentence } from './sentenceAnalysis';
import type { SourceClaims } from './sourceClaims';

/**
 * The least of the sentence the passage itself must say (its coverage before words told around it are left out): a
 * passage sharing only a word or two with a sentence that mostly retells its neighbour is that neighbour's setting,
 * not the sentence's claim.
 */
const OWN_COVERAGE = 0.3;

/** The fewest of the draft's words a sentence beside the passage must tell for them to be left out. */
const TOLD_WORDS = 2;

/**
 * `alignment` of the draft with claim `c`, its coverage counting as the draft's own only what neither the passage nor
 * the sentences beside it in its paragraph say. Words of the draft's source frame ("Sakata argues …") are left out of
 * its side already (`frameWeight`).
 */
export function withToldAround(index: SourceClaims, c: number, draft: AnalysedSentence, alignment: Alignment): Alignment {
  if (alignment.coverage < OWN_COVERAGE || alignment.coverage >= 1) return alignment;
  const claim = index.claim(c);
  const own = claim.analysis;
  const named = namedWords(own);
  const frame = sourceFrame(draft, index);
  // The draft's content words the passage does not say, in their order: only these may be told around it, and a
  // sentence beside it must tell two of them. Read once, not once per sentence beside.
  const unsaid: string[] = [];
  for (let i = 0; i < draft.words.length; i++) {
    if (draft.content[i] !== 1 || frame.has(i)) continue;
    const s = draft.stems[i];
    if (!own.contentStems.has(s) && !named.has(s)) unsaid.push(s);
  }
  if (unsaid.length < TOLD_WORDS) return alignment;
  const beside = [c - 1, c + 1].filter((n) => sameParagraph(index, c, n)).map((n) => index.claim(n).analysis);
  if (beside.length === 0) return alignment;
  // A value the draft gives where the passage has another, stated alike by a sentence beside it, is that sentence's:
  // the draft retells the neighbour ("cooperation between Japan and South Korea is the missing link in Indo-Pacific
  // strategy" retells "Japan-South Korea cooperation is the missing link.", not the sentence before it on the United
  // States' strategy), and what the passage shares with it is its setting.
  if (alignment.mismatches.some((m) => beside.some((b) => pairable(m.draft, b)))) return alignment;
  const told = new Set<string>();
  for (const b of beside) {
    const byIt = new Set<string>();
    const namedByIt = namedWords(b);
    for (const s of unsaid) if (b.contentStems.has(s) || namedByIt.has(s)) byIt.add(s);
    // A phrase of the sentence beside, not one word it happens to share ("security" in "… spilled over into economy
    // and security" tells nothing of Japan's insisting that its controls are about security).
    if (byIt.size >= TOLD_WORDS) for (const s of byIt) told.add(s);
  }
  let total = alignment.total;
  for (const s of told) total -= index.weight(s);
  if (total <= 0 || total >= alignment.total) return alignment;
  const coverage = Math.min(1, (alignment.coverage * alignment.total) / total);
  return { ...alignment, coverage, total };
}

/**
 * Whether claims `c` and `n` are sentences next to each other in one paragraph of one source: numbered one after the
 * other, with nothing but a space between them (a paragraph's break leaves more).
 */
function sameParagraph(index: SourceClaims, c: number, n: number): boolean {
  if (n < 0 || n >= index.passageCount) return false;
  const [a, b] = [index.claim(c).passage, index.claim(n).passage];
  if (a.source !== b.source || a.aside || b.aside || Math.abs(a.index - b.index) !== 1) return false;
  const [first, second] = a.index < b.index ? [a, b] : [b, a];
  return second.start - first.end <= 1;
}
