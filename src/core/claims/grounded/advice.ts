/**
 * Reversed advice: a draft giving a source's author advice on whether a party should take a hand in a matter between
 * others ("Sakata urges Washington to take the lead in negotiating the laborers and export-control disputes") where
 * the author advises that party the other way on that matter ("The United States should leave the resolution of
 * bilateral issues – including Korean laborers and export control – to its allies and avoid any overt intervention").
 * Apart because advice tells what ought to be done, not what was: the events' readings set it aside, and here only
 * advice is set against advice, of one holder, one party and one matter.
 */
import {
  ADDITIVE_AFTER_NOT,
  ADVICE_MODALS,
  ADVICE_WORDS,
  AUTHOR_NOUNS,
  FUNCTION_WORDS,
  LEAVING_TO_VERBS,
  STANDING_ASIDE_PHRASES,
  TAKING_A_HAND_PHRASES,
} from './lexicon';
import type { ClaimFinding } from '../types';
import { draftText, finding } from './conflictFinding';
import type { AnalysedSentence, Slot } from './sentenceAnalysis';
import { textBetween, valueKeys, type SourceClaim, type SourceClaims } from './sourceClaims';
import { stem } from './stem';
import { compareParties } from './alignment/parties';
import { keptSpeakerOf } from './alignment/tellers';
import type { AuthorLists } from './numberedLists';

/** Whether the advised party is to take a hand in the matter, or to keep out of it. */
type Stance = 'hand' | 'aside';

/** A course advised, stance or none: the party, and the words from the course's start to its clause's end. */
interface Course {
  party: Slot;
  from: number;
  to: number;
}

/** A course advised: the party, the stance, the words that tell it, and the words of the clause that tells the matter. */
interface Advice extends Course {
  stance: Stance;
  /** The first and last word of the first phrase telling the stance. */
  said: [number, number];
  /** Every word of a phrase telling the stance: no word of the matter. */
  stanceWords: ReadonlySet<number>;
}

const MODALS = ADVICE_MODALS;
const ADVICE_STEMS = new Set([...ADVICE_WORDS].map(stem));
const AUTHOR_STEMS = new Set([...AUTHOR_NOUNS].map(stem));
const LEAVING_STEMS = new Set([...LEAVING_TO_VERBS].map(stem));

/** The phrases as stems, each with its stance. */
const PHRASES: readonly { stems: readonly string[]; stance: Stance }[] = [
  ...TAKING_A_HAND_PHRASES.map((p) => ({ stems: p.map(stem), stance: 'hand' as const })),
  ...STANDING_ASIDE_PHRASES.map((p) => ({ stems: p.map(stem), stance: 'aside' as const })),
];

/** How many words may describe an article's noun in a phrase ("take a direct hand"). */
const NOUN_MODIFIERS = 2;

/** How far before a stance's phrase a denial of it may stand ("avoid any overt intervention", "without an … convenor"). */
const DENIAL_REACH = 4;

/** How many things the two courses must both name (content words, or named things) to tell one matter. */
const SHARED_MATTER = 2;

/**
 * How much of the draft's matter a course of the holder's with no stance must name to be the draft's course retold:
 * nearly all of it, not a few words of a passage on the same allies.
 */
const RETOLD_SHARE = 0.75;

/** A word of `ADVICE_MODALS` in a passage's text, found before the passage is read. */
const ADVISING_TEXT = new RegExp(`\\b(${[...ADVICE_MODALS].join('|')})\\b`, 'i');

/** How many candidate passages are read at most, those naming most of the matter first. */
const CANDIDATES_READ = 200;

/** How many passages one word of the matter may find before it is too common to find candidates by. */
const POSTINGS_CAP = 5000;

/** The word's stem, read from its own letters: the phrasal readings of the analysis ("stay out" as "abstain") aside. */
function ownStem(a: AnalysedSentence, k: number): string {
  return stem(a.words[k].lower);
}

/** Whether a comma, a semicolon, a colon or a bracket stands between words k and k + 1: the course's clause ends. */
function clauseEndsAfter(a: AnalysedSentence, k: number): boolean {
  return k + 1 >= a.words.length || /[,;:()]/.test(textBetween(a, k, k + 1));
}

/** The last word of `phrase` read at word `k`, or -1 where it does not stand there. */
function phraseAt(a: AnalysedSentence, k: number, phrase: readonly string[], to: number): number {
  if (ownStem(a, k) !== phrase[0]) return -1;
  let j = k + 1;
  for (let p = 1; p < phrase.length; p++, j++) {
    // An adverb after the verb ("wade directly into"), words describing an article's noun ("take a direct hand").
    if (p === 1 && j <= to && a.words[j].lower.endsWith('ly') && ownStem(a, j) !== phrase[p]) j++;
    if (p > 1 && FUNCTION_WORDS.has(phrase[p - 1]))
      for (let m = 0; m < NOUN_MODIFIERS && j <= to && ownStem(a, j) !== phrase[p] && !FUNCTION_WORDS.has(a.words[j].lower); m++) j++;
    if (j > to || ownStem(a, j) !== phrase[p]) return -1;
  }
  return j - 1;
}

/** Whether a denial stands within a few words before word `k` in its clause, from word `from` on. */
function deniedAt(a: AnalysedSentence, k: number, from: number): boolean {
  return a.negations.some(
    (n) => n >= from && n < k && n >= k - DENIAL_REACH && a.quoted[n] === 0 && !ADDITIVE_AFTER_NOT.has(a.words[n + 1]?.lower ?? ''),
  );
}

/**
 * The stance of the course in words from..to: each phrase of taking a hand or standing aside, turned round where a
 * denial stands before it, and leaving a matter "to" others. Undefined where none, or where they disagree.
 */
function stanceOf(
  a: AnalysedSentence,
  from: number,
  to: number,
): { stance: Stance; said: [number, number]; stanceWords: ReadonlySet<number> } | undefined {
  let found: { stance: Stance; said: [number, number]; stanceWords: Set<number> } | undefined;
  for (let k = from; k <= to; k++) {
    let stance: Stance | undefined;
    let end = k;
    // The words of the phrase; for a matter left "to" others, only the verb and its "to" (the matter lies between).
    let own: number[] | undefined;
    for (const phrase of PHRASES) {
      const last = phraseAt(a, k, phrase.stems, to);
      if (last < 0) continue;
      stance = phrase.stance;
      end = last;
      break;
    }
    // "leave the resolution of bilateral issues … to its allies": told up to the first content word after the "to".
    if (!stance && LEAVING_STEMS.has(ownStem(a, k))) {
      let m = k + 2;
      while (m <= to && a.words[m].lower !== 'to') m++;
      if (m <= to) {
        stance = 'aside';
        own = [k, m];
        end = m;
        while (end < to && a.content[end] !== 1) end++;
      }
    }
    if (!stance) continue;
    if (deniedAt(a, k, from)) stance = stance === 'hand' ? 'aside' : 'hand';
    if (found && found.stance !== stance) return undefined;
    found ??= { stance, said: [k, end], stanceWords: new Set() };
    if (own) own.forEach((m) => found!.stanceWords.add(m));
    else for (let m = k; m <= end; m++) found.stanceWords.add(m);
    if (!own) k = end;
  }
  return found;
}

/** The named party whose last word stands in words from..to, the last one. */
function partyIn(a: AnalysedSentence, from: number, to: number): Slot | undefined {
  let found: Slot | undefined;
  for (const s of a.slots) if (s.kind === 'entity' && s.first >= from && s.last <= to && s.last >= 0) found = s;
  return found;
}

/**
 * The course a sentence advises from word `start` on: a word of advice in the writer's voice ("should", "must") with
 * its party right before it, or a verb or noun of advice ("urges", "prescription") with the party right after it and
 * its "to" opening the course.
 */
function adviceFrom(a: AnalysedSentence, start: number): Advice | undefined {
  const course = courseFrom(a, start);
  return course && adviceOf(a, course);
}

/** `course` with the stance its words tell (`stanceOf`), or undefined where they tell none. */
function adviceOf(a: AnalysedSentence, course: Course): Advice | undefined {
  const stance = stanceOf(a, course.from, course.to);
  return stance ? { ...course, ...stance } : undefined;
}

/** The party and the words of the course a sentence advises from word `start` on (`adviceFrom`), stance or none. */
function courseFrom(a: AnalysedSentence, start: number): Course | undefined {
  for (let k = start; k < a.words.length; k++) {
    if (a.quoted[k] !== 0) continue;
    const w = a.words[k].lower;
    let party: Slot | undefined;
    let from = -1;
    if (MODALS.has(w)) {
      party = partyIn(a, Math.max(start, k - 3), k - 1);
      if (party && textBetween(a, party.last, k).trim() !== '') party = undefined;
      from = k + 1;
    } else if (ADVICE_STEMS.has(a.stems[k]) && a.content[k] === 1) {
      // Advice denied ("Sakata does not want Washington to wade into …") gives no course of its own to set against
      // another: at most the course's opposite, and for most verbs ("does not urge") not even that.
      if (deniedAt(a, k, start)) return undefined;
      // A modal later in the sentence tells the party itself ("The essay's advice is that the United States should …").
      const later = courseFrom(a, k + 1);
      if (later) return later;
      for (const s of a.slots)
        if (s.kind === 'entity' && s.first > k && s.first <= k + 3 && a.words[s.last + 1]?.lower === 'to') {
          party = s;
          from = s.last + 2;
          break;
        }
    } else continue;
    // A course needs words: "The authors argue the United States should." ends where its course would begin.
    if (!party || from >= a.words.length) return undefined;
    let to = from;
    while (!clauseEndsAfter(a, to)) to++;
    return { party, from, to };
  }
  return undefined;
}

/**
 * Whose advice the draft gives: an author it names by family name before the advice ("Sakata urges …", "In
 * Sakata's view, …": that author's one source), or a noun naming a source's writers or the source ("the authors",
 * "the essay": any source). Undefined where it names none, or another person, or quotes.
 */
function holderOf(a: AnalysedSentence, lists: AuthorLists): { source?: string; from: number } | undefined {
  let holder: { source?: string; from: number } | undefined;
  for (let k = 0; k < a.words.length; k++) {
    if (MODALS.has(a.words[k].lower) || (ADVICE_STEMS.has(a.stems[k]) && a.content[k] === 1)) break;
    const lower = a.words[k].lower;
    if (/^\p{Lu}/u.test(a.words[k].text) && lists.has(lower)) {
      const source = lists.sourceKey(lower);
      if (holder && holder.source !== source) return undefined;
      holder = { source, from: k + 1 };
    } else if (AUTHOR_STEMS.has(a.stems[k]) && a.content[k] === 1 && !holder) holder = { from: k + 1 };
  }
  if (!holder) return undefined;
  // Another person named as the teller ("Sakata's critics argue …" names no one; "Yu says …" does) is not the author.
  const other = a.slots.some((s) => s.kind === 'entity' && s.entity!.type === 'person' && !s.entity!.words.some((w) => lists.has(w)));
  return other ? undefined : holder;
}

/** The things a course names, for telling its matter: content stems outside its stance, and named things' keys. */
function matterOf(a: AnalysedSentence, advice: Course & { stanceWords?: ReadonlySet<number> }): Set<string> {
  const out = new Set<string>();
  for (let k = advice.from; k <= advice.to; k++) if (a.content[k] === 1 && !advice.stanceWords?.has(k)) out.add(a.stems[k]);
  for (const s of a.slots)
    if (s.kind === 'entity' && s.first >= advice.from && s.last <= advice.to && s !== advice.party) out.add(valueKeys(s)[0]);
  return out;
}

/**
 * The passages that name two things or more of the draft's course (`SHARED_MATTER`): the only ones whose advice may
 * be on the same matter.
 */
function candidates(index: SourceClaims, matter: ReadonlySet<string>): number[] {
  const hits = new Map<number, number>();
  for (const key of matter) {
    const postings = key.startsWith('e:') ? index.withValue(key) : index.withStem(key);
    if (!postings || postings.length > POSTINGS_CAP) continue;
    for (const c of postings) hits.set(c, (hits.get(c) ?? 0) + 1);
  }
  const named = [...hits].filter(([, n]) => n >= SHARED_MATTER);
  // The passages naming most of the matter first, and only so many of them: a library's passages are read on demand.
  if (named.length > CANDIDATES_READ) named.sort((x, y) => y[1] - x[1] || x[0] - y[0]).length = CANDIDATES_READ;
  return named.map(([c]) => c);
}

/**
 * A draft giving an author's advice on a party's taking a hand in a matter, where a passage of that author (any
 * source's, for "the authors") advises the same party the other way on a matter the two name alike; none where
 * another such passage advises as the draft does.
 */
export function adviceConflict(index: SourceClaims, draft: AnalysedSentence): ClaimFinding | undefined {
  const holder = holderOf(draft, index.numberedLists);
  if (!holder) return undefined;
  const mine = adviceFrom(draft, holder.from);
  if (!mine) return undefined;
  const matter = matterOf(draft, mine);
  let against: { claim: SourceClaim; advice: Advice } | undefined;
  let opposed = 0;
  // The most of the draft's matter a course of the holder's to the same party names with no stance of its own: the
  // draft's course told with a stance added ("should take the lead in building an environment that encourages … to
  // overcome the export control issue" for "should build an environment … that encourages … to overcome the export
  // control issue"), where it names more of it than the course advised the other way.
  let retold = 0;
  for (const c of candidates(index, matter)) {
    const claim = index.claim(c);
    if (holder.source !== undefined && claim.passage.source !== holder.source) continue;
    // Read only a passage that gives advice in a word of its own (most do not): reading is the cost.
    if (!ADVISING_TEXT.test(claim.passage.text)) continue;
    const source = claim.analysis;
    // Only the writer's own advice: not a quoted official's, nor one given as another's words.
    if (keptSpeakerOf(source) || source.reportedFrom >= 0) continue;
    const course = courseFrom(source, 0);
    if (!course || compareParties(mine.party, course.party) !== 'same') continue;
    const theirs = adviceOf(source, course);
    const shared = [...matterOf(source, theirs ?? course)].filter((k) => matter.has(k)).length;
    if (shared < SHARED_MATTER) continue;
    if (!theirs) {
      if (shared >= RETOLD_SHARE * matter.size) retold = Math.max(retold, shared);
    } else if (theirs.stance === mine.stance) return undefined;
    else {
      against ??= { claim, advice: theirs };
      opposed = Math.max(opposed, shared);
    }
  }
  if (!against || retold > opposed) return undefined;
  const [a, b] = mine.said;
  const [x, y] = against.advice.said;
  return finding(
    against.claim,
    draft.words[a].start,
    draft.words[b].end,
    draftText(draft, a, b),
    draftText(against.claim.analysis, x, y),
    undefined,
  );
}
