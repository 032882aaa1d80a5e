/**
 * Finding the passages a draft sentence may retell: those sharing the most rare words, named things and opposites
 * with it, scored over the statement index's postings (`SourceClaims`), best first. Editor-independent; used by the
 * checks of a sentence against the sources (groundedCheck.ts, datedOrder.ts, countedSpan.ts), so that none of them
 * imports another for its candidates.
 */
import { DEGREE_OPPOSITES, FUNCTION_WORDS } from './lexicon';
import { breaksClause } from './alignment/clauses';
import { KIND_BITS, type AnalysedSentence, type Slot } from './sentenceAnalysis';
import type { SourceClaims } from './sourceClaims';
import { DENIES_FLAG, KIND_MASK } from './statementIndex';
import { hasOpposite, oppositesOf, REFUSAL_STEMS, stem } from './stem';
import { RecentWords } from './recentWords';

/** The words of degree (lexicon.ts `DEGREE_OPPOSITES`). */
const DEGREE_WORDS: ReadonlySet<string> = new Set(DEGREE_OPPOSITES.flat());

/**
 * The fewest content words and agreeing values a draft sentence and a passage must share, besides a differing value,
 * before the difference counts; a passage sharing fewer is not a candidate at all.
 */
export const MIN_ANCHORS = 3;

/** Passages compared per draft sentence, the best by shared rare words. */
const CANDIDATES = 6;

/** Passages added per clause of a sentence of several clauses. */
const CLAUSE_CANDIDATES = 3;

/**
 * Per distinct passage d (`SourceClaims.distinctCount`): its score for the sentence being read (at 2d), and how many
 * of its content words it shares (at 2d + 1); and the passages scored so far, `touched` of them (reused: a sentence's
 * postings in a library run to thousands of claims, and an array of them per sentence was a sixth of a check's
 * allocation). Numbered among the distinct passages, not among all, and a passage's two numbers side by side: each
 * posting lands far from the last, and the scores of a library's 300,000 passages, out of the processor's cache, made
 * every posting a wait on memory.
 */
let scratchTally = new Float64Array(0);
let scratchTouched = new Uint32Array(0);

/** A passage scoring below this share of the best one's score is not compared. */
const CANDIDATE_SHARE_OF_BEST = 0.55;

/** A stem in more than this share of the passages is too common to find candidates by. */
const COMMON_STEM_SHARE = 0.15;
/**
 * Nor one (or a named thing) in more passages than this, however large the library: a word in thousands of its
 * passages does not tell which one a sentence retells, and adding up its postings for every sentence was most of a
 * check's time.
 */
const COMMON_STEM_PASSAGES = 5000;

/** What a shared year adds to a passage's score: far below any word's weight, it only orders passages that tie. */
const YEAR_TIE_BREAK = 1e-3;

/**
 * The passages sharing the most rare words and named things with the sentence, best first, leaving out those that
 * cannot make a conflict: too few shared words, or no kind of value in common and no denial on either side.
 */
export function candidatesFor(index: SourceClaims, draft: AnalysedSentence, size = CANDIDATES): number[] {
  const count = index.claimCount;
  if (scratchTouched.length < index.distinctCount) {
    scratchTally = new Float64Array(2 * index.distinctCount);
    scratchTouched = new Uint32Array(index.distinctCount);
  }
  const { flags } = index;
  const tally = scratchTally;
  const touched = scratchTouched;
  let touchedCount = 0;
  const common = Math.max(8, Math.min(index.passageCount * COMMON_STEM_SHARE, COMMON_STEM_PASSAGES));
  for (const s of draft.contentStems) {
    // How common a stem is counts every passage; one of each set of copies is scored (they would score alike). The
    // passages naming a thing by the word ("Intelligence" in "… Military Intelligence Sharing Agreement"), not among
    // their content words, count too: a sentence telling the thing in plain words retells them as much.
    const scoring = index.scoringStem(s);
    if (scoring === undefined || scoring.passages > common) continue;
    touchedCount = tallyPostings(scoring.claims(), scoring.weight, touchedCount);
    touchedCount = tallyPostings(scoring.naming(), scoring.weight, touchedCount);
  }
  // A predicate's opposite finds passages as the word itself does ("Moon disowned the agreement" finds "The Korean
  // leader reaffirmed that the … agreement remains intact"): a sentence telling the opposite of what a passage states
  // retells that passage, though the one word carrying the disagreement is not among the words they share. Not a word
  // of refusal nor its opposites ("agreed to resume talks", "refused to hold further meetings"): what they answer is
  // the act after them, whose own words find the passage; by the answer alone, every refusal by the same parties would
  // be compared. A link through an opposite tells no more than the commoner of the two words ("terminated" must not
  // let every passage "maintaining" something outscore those telling the termination).
  // Each opposite once, at the first of the sentence's words (in their order) listing it, though two of them share it
  // ("supported and backed": "oppose"), or two synonyms of the one word list it ("scrap", "abandon": "maintain"); an
  // opposite first listed by a word of refusal is not read at all. (`seen`: a set, not a search of the earlier words'
  // opposites for each opposite.)
  const seen = new Set<string>();
  for (const s of draft.contentStems) {
    const opposites = oppositesOf(s);
    if (opposites === undefined) continue;
    const refusal = REFUSAL_STEMS.has(s);
    let own = -1;
    for (let k = 0; k < opposites.length; k++) {
      const o = opposites[k];
      if (seen.has(o)) continue;
      seen.add(o);
      if (refusal || REFUSAL_STEMS.has(o) || draft.contentStems.has(o)) continue;
      const scoring = index.scoringStem(o);
      if (scoring === undefined || scoring.passages > common) continue;
      if (own < 0) own = index.scoringStem(s)?.weight ?? Infinity;
      touchedCount = tallyPostings(scoring.claims(), Math.min(scoring.weight, own), touchedCount);
    }
  }
  // A thing the sentence names that a passage spells out in plain words, every one of them ("the comfort-women
  // agreement", "the … “comfort women” agreement"): the passage names it too. Without this, a wrong name elsewhere in
  // the sentence ("… with President Lee Myung-bak") finds passages of its own that outscore the one telling the event.
  for (const slot of draft.slots) {
    const stems = nameWordStems(draft, slot);
    if (!stems) continue;
    const lists = stems.map((s) => index.distinctIdsOfClaimsWithStem(s));
    if (lists.some((list) => !list)) continue;
    // Weighed as naming the thing by its key is, below: a passage spelling it out names it.
    const w = Math.log((count + 1) / Math.max(1, index.namingPostings(slot.entity!.key)?.passages ?? 0));
    lists.sort((x, y) => x!.length - y!.length);
    if (lists[0]!.length > common) continue;
    const first = lists[0]!;
    for (let k = 0; k < first.length; k++) {
      const d = first[k];
      if (!lists.every((list) => holds(list, d))) continue;
      if (tally[2 * d + 1] === 0) touched[touchedCount++] = d;
      tally[2 * d] += w;
      tally[2 * d + 1]++;
    }
  }
  // The parties and things the sentence names find passages too ("Chengdu" finds the passage about the meeting there).
  for (const slot of draft.slots) {
    if (slot.kind !== 'entity') continue;
    const naming = index.namingPostings(slot.entity!.key);
    if (!naming || naming.passages > Math.min(count / 10, COMMON_STEM_PASSAGES)) continue;
    touchedCount = tallyPostings(naming.ids, Math.log((count + 1) / naming.passages), touchedCount);
  }
  // A year the sentence names breaks ties among the passages its words found ("improved in 2020" among the passages
  // sharing only "improve"), without finding any passage or outweighing a word: a wrong year must not push out the
  // passage with the right one.
  for (const slot of draft.slots) {
    if (slot.kind !== 'date' || slot.date!.year === undefined) continue;
    const list = index.yearIds(slot.date!.year);
    if (!list || list.length > COMMON_STEM_PASSAGES) continue;
    for (let k = 0; k < list.length; k++) if (tally[2 * list[k] + 1] > 0) tally[2 * list[k]] += YEAR_TIE_BREAK;
  }
  // Whether a denial can make a conflict: the sentence denies something, or states what some passage might deny.
  // A plain word a prefix negates counts where the sources use its negation ("sufficient", "insufficient").
  // So does a word graded by "more" or "less" (`DEGREE_OPPOSITES`), which a passage may grade the other way.
  const denies =
    draft.negations.length > 0 ||
    draft.words.some((w, k) => DEGREE_WORDS.has(w.lower) && draft.content[k + 1] === 1) ||
    draft.stems.some(deniableIn(index));
  // By distinct number, as scored.
  const best: number[] = [];
  let top = 0;
  for (let t = 0; t < touchedCount; t++) if (tally[2 * touched[t]] > top) top = tally[2 * touched[t]];
  for (let t = 0; t < touchedCount; t++) {
    const d = touched[t];
    // Far below the best: it shares too little to be the passage the sentence retells.
    if (tally[2 * d] < top * CANDIDATE_SHARE_OF_BEST) continue;
    // No better than the worst of a full list: it would not enter it (asked first, as it is most often so).
    if (best.length === size && tally[2 * best[size - 1]] >= tally[2 * d]) continue;
    // Too few words and values in common to line up, or no kind of value in common and no denial on either side. The
    // passage's flags are read last, and only when the sentence denies nothing: against a library each is a wait on
    // memory (the flags of 300,000 passages, read in no order).
    if (tally[2 * d + 1] + Math.min(draft.slots.length, 4) < MIN_ANCHORS) continue;
    if (!denies) {
      const f = flags[index.distinctPassage(d)];
      if ((f & KIND_MASK & draft.kinds) === 0 && (f & DENIES_FLAG) === 0) continue;
    }
    // One passage per wording: copies of a sentence score alike and would fill every place.
    if (!sameWordingIn(index, best, d)) insertBest(best, d, tally, size);
  }
  for (let t = 0; t < touchedCount; t++) {
    tally[2 * touched[t]] = 0;
    tally[2 * touched[t] + 1] = 0;
  }
  for (let k = 0; k < best.length; k++) best[k] = index.distinctPassage(best[k]);
  return best;
}

/**
 * Whether a passage of `index` may deny or oppose the word whose stem is `s`: it has an opposite listed, or one some
 * passage says. Kept per index and stem (the index's scoring stems are kept so too): every draft sentence, and each of
 * its clauses, asked it of each of its words.
 */
function deniableIn(index: SourceClaims): (s: string) => boolean {
  let known = DENIABLE.get(index);
  if (!known) DENIABLE.set(index, (known = new DeniableStems(index)));
  return known.deniable;
}

/**
 * `deniableIn`'s answers for one index, for the stems met lately (`RecentWords`, as the stemmer keeps its own): a
 * library's words, not every string a writer types.
 */
class DeniableStems {
  private readonly stems = new RecentWords<boolean>(DENIABLE_GENERATION);

  constructor(private readonly index: SourceClaims) {}

  readonly deniable = (s: string): boolean => {
    let found = this.stems.get(s);
    if (found === undefined) {
      found = hasOpposite(s) || (oppositesOf(s)?.some((o) => this.index.scoringStem(o) !== undefined) ?? false);
      this.stems.set(s, found);
    }
    return found;
  };
}

const DENIABLE = new WeakMap<SourceClaims, DeniableStems>();

/** How many stems make one generation of `deniableIn`'s answers per index (at most twice as many are kept). */
const DENIABLE_GENERATION = 100_000;

/**
 * Adds weight `w` to the score of each distinct passage in `ids` (`scratchTally`), and one to its count of shared
 * words, noting each passage scored for the first time in `scratchTouched` (from `touchedCount`, returned updated). An
 * indexed loop: iterating a typed array or a fallback `[]` with `for … of` made an iterator result per posting, and
 * the postings of a sentence's words against a library run to tens of thousands.
 */
function tallyPostings(ids: Uint32Array | undefined, w: number, touchedCount: number): number {
  if (ids === undefined) return touchedCount;
  const tally = scratchTally;
  const touched = scratchTouched;
  for (let k = 0; k < ids.length; k++) {
    const d = ids[k];
    if (tally[2 * d + 1] === 0) touched[touchedCount++] = d;
    tally[2 * d] += w;
    tally[2 * d + 1]++;
  }
  return touchedCount;
}

/**
 * The stems of the words of a thing the sentence names in two or more words, other than a person or a place (whose
 * names are spelled alike everywhere), when none is among the sentence's own content words: a passage may spell such
 * a name out in plain words (`spelledOut` in alignment/namedThings.ts lines the two up). Undefined for any other slot.
 */
function nameWordStems(a: AnalysedSentence, slot: Slot): string[] | undefined {
  const named = slot.entity;
  if (!named || named.words.length < 2 || named.type === 'person' || named.type === 'place') return undefined;
  const stems: string[] = [];
  for (const word of named.words) {
    if (FUNCTION_WORDS.has(word)) continue;
    const s = stem(word.toLowerCase());
    if (a.contentStems.has(s)) return undefined;
    stems.push(s);
  }
  return stems.length > 1 ? stems : undefined;
}

/**
 * The candidates of the whole sentence, and of each of its clauses when it has several ("Then, in December, Biden won
 * the election, and both Suga and Moon congratulated him"): the passage one clause retells may share too little
 * with the whole sentence to rank among the best of it.
 */
export function candidatesOfClauses(index: SourceClaims, draft: AnalysedSentence): number[] {
  const found = candidatesFor(index, draft);
  const bounds = clauseBounds(draft);
  if (bounds.length === 2) return found;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [from, to] = [bounds[k], bounds[k + 1]];
    const clause = { ...clauseOf(draft, from, to), stems: draft.stems.slice(from, to) };
    for (const c of candidatesFor(index, clause, CLAUSE_CANDIDATES)) if (!found.includes(c)) found.push(c);
  }
  return found;
}

/**
 * Where each clause of a sentence begins (`breaksClause`), then the end of its words: [0, …, words.length], so clause k
 * is words bounds[k]..bounds[k+1]-1.
 */
export function clauseBounds(a: AnalysedSentence): number[] {
  const bounds = [0];
  for (let i = 1; i < a.words.length; i++) if (breaksClause(a, i - 1, i)) bounds.push(i);
  bounds.push(a.words.length);
  return bounds;
}

/** Words from..to-1 of a sentence read as a sentence of their own: their content words, values and denials. */
export function clauseOf(draft: AnalysedSentence, from: number, to: number): AnalysedSentence {
  const contentStems = new Set<string>();
  for (let i = from; i < to; i++) if (draft.content[i] === 1) contentStems.add(draft.stems[i]);
  const slots = draft.slots.filter((s) => s.first >= from && s.last < to);
  let kinds = 0;
  for (const slot of slots) kinds |= KIND_BITS[slot.kind];
  const negations = draft.negations.filter((n) => n >= from && n < to);
  return { ...draft, contentStems, slots, kinds, negations };
}

/**
 * Whether one of the passages numbered `distinct` has the wording (`distinctTextKey`) of the one numbered `d` (numbers
 * among the distinct passages, `SourceClaims.distinctPassage`). A loop, not `some` with a closure: it runs for every
 * passage good enough to enter a sentence's candidates, hundreds per sentence against a library.
 */
function sameWordingIn(index: SourceClaims, distinct: readonly number[], d: number): boolean {
  const wording = index.distinctTextKey(d);
  for (const other of distinct) if (index.distinctTextKey(other) === wording) return true;
  return false;
}

/** Keeps `best` the (at most) `size` passages with the highest scores (distinct passage d's at `tally[2d]`), best first. */
function insertBest(best: number[], d: number, tally: Float64Array, size: number): void {
  const score = tally[2 * d];
  if (best.length === size && tally[2 * best[size - 1]] >= score) return;
  let i = best.length < size ? best.length : size - 1;
  best[i] = d;
  while (i > 0 && tally[2 * best[i - 1]] < score) {
    best[i] = best[i - 1];
    best[i - 1] = d;
    i--;
  }
}

/** Whether the ascending list of claim indices `list` holds `c` (binary search). */
export function holds(list: Uint32Array | undefined, c: number): boolean {
  if (!list) return false;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === c) return true;
    if (list[mid] < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
