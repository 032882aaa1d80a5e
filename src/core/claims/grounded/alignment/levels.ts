/**
 * The rank a gathering is held at, named by a title ("the dialogue at the assistant secretary or senior official
 * level", "at the level of cabinet ministers", "director-level talks"): a level, not an office someone holds. Apart
 * because a level is compared through the gathering both sentences tell, not through a person: two sentences telling
 * one dialogue give it one level, however each words it.
 */
import { GATHERING_NOUNS, LEVEL_LINKS, LEVEL_NOUNS, NEGATION_WORDS, RANK_MODIFIERS, TOP_OFFICE_HEADS } from '../lexicon';
import type { AnalysedSentence, Slot } from '../sentenceAnalysis';
import { stem } from '../stem';
import { PUNCTUATION_BETWEEN } from './clauses';
import { textBetween } from '../sourceClaims';

/** The stems of the nouns of a gathering (lexicon.ts `GATHERING_NOUNS`). */
const GATHERING_STEMS: ReadonlySet<string> = new Set(GATHERING_NOUNS.map(stem));

/** The stems of the heads of offices that are no official's rank (lexicon.ts `TOP_OFFICE_HEADS`). */
const TOP_HEADS: ReadonlySet<string> = new Set([...TOP_OFFICE_HEADS].map(stem));

/** How many words after a title may list other ranks of its level before "level" ("or senior official"). */
const LISTED_RANKS_REACH = 4;

/** How many words may open a level's phrase before its ranks ("not at the level of the"). */
const LEVEL_PHRASE_OPENING = 5;

/** The words of a level: those naming it, from its first to its last, and the word "level" itself. */
interface Level {
  first: number;
  last: number;
}

/** Whether words `i` and `j` (j = i + 1) stand in one phrase, no mark between them but a space or a hyphen. */
function joined(a: AnalysedSentence, i: number): boolean {
  return !PUNCTUATION_BETWEEN.test(textBetween(a, i, i + 1)) && !textBetween(a, i, i + 1).includes(',');
}

/**
 * The level a title names, or undefined: a title right before "level" ("at the foreign-minister level", "the
 * assistant secretary or senior official level", the other ranks listed before it by "or" or "and" being part of the
 * level), or right after "level of" ("at the level of cabinet ministers", up to the end of the phrase).
 */
function levelOf(a: AnalysedSentence, title: Slot): Level | undefined {
  // "… level": forward to the word "level", past other ranks listed after "or" or "and" (a few words, titles or not:
  // "senior official"), no other word between.
  let listed = false;
  for (let k = title.last; k + 1 < a.words.length && k <= title.last + LISTED_RANKS_REACH && joined(a, k); k++) {
    const next = a.words[k + 1].lower;
    if (LEVEL_NOUNS.has(next)) return { first: title.first, last: k };
    listed ||= LEVEL_LINKS.has(next);
    if (!listed && !inTitle(a, k + 1)) break;
  }
  // "level of (the) …": the words after "of" up to the phrase's end.
  let k = title.first - 1;
  if (a.words[k]?.lower === 'the') k--;
  if (a.words[k]?.lower !== 'of' || !LEVEL_NOUNS.has(a.words[k - 1]?.lower ?? '')) return undefined;
  let last = title.last;
  while (last + 1 < a.words.length && joined(a, last) && (LEVEL_LINKS.has(a.words[last + 1].lower) || inTitle(a, last + 1))) last++;
  return { first: k + 1, last };
}

/** Whether word `k` is part of a title. */
function inTitle(a: AnalysedSentence, k: number): boolean {
  return a.slots.some((s) => s.kind === 'role' && s.first <= k && k <= s.last);
}

/** Whether the two titles name one rank: one head, the modifiers of one within the other's, the same rank words. */
function sameRank(x: Slot, y: Slot): boolean {
  const a = x.role!;
  const b = y.role!;
  if (a.head !== b.head) return false;
  const ranks = (m: readonly string[]) => m.filter((w) => RANK_MODIFIERS.has(w)).join(' ');
  if (ranks(a.modifiers) !== ranks(b.modifiers)) return false;
  const within = (m: readonly string[], n: readonly string[]) => m.every((w) => n.includes(w));
  return within(a.modifiers, b.modifiers) || within(b.modifiers, a.modifiers);
}

/** Whether the two sentences tell a gathering by one noun ("dialogue", "talks"). */
function sameGathering(x: AnalysedSentence, y: AnalysedSentence): boolean {
  return x.stems.some((s, i) => GATHERING_STEMS.has(s) && !inTitle(x, i) && y.stems.includes(s));
}

/** Whether `title` names the level of a gathering ("at the level of cabinet ministers"), not an office held. */
export function namesLevel(a: AnalysedSentence, title: Slot): boolean {
  if (title.kind !== 'role') return false;
  const level = levelOf(a, title);
  return level !== undefined && !setAsideLevel(a, level);
}

/**
 * Whether a denial stands in the few words before a level, opening its phrase ("not at the level of foreign
 * ministers", "rather than at the minister level"): a level set aside, no level the writer gives.
 */
function setAsideLevel(a: AnalysedSentence, level: Level): boolean {
  for (let k = Math.max(0, level.first - LEVEL_PHRASE_OPENING); k < level.first; k++) if (NEGATION_WORDS.has(a.words[k].lower)) return true;
  return false;
}

/**
 * The claim's title for the level of the gathering the draft's `title` gives another level ("keep the dialogue at the
 * level of cabinet ministers" against "maintaining the dialogue at the assistant secretary or senior official level"),
 * or undefined. Both must tell the gathering by one noun. A level the claim gives in vaguer words too ("senior
 * official", no title) may hold many ranks: against it only a cabinet office with no rank word ("ministers", "the
 * foreign minister", not "vice minister") is another level. A level whose words hold the draft's head anywhere ("the
 * minister or vice minister level") is not read as another.
 */
export function otherLevel(draft: AnalysedSentence, title: Slot, claim: AnalysedSentence): Slot | undefined {
  if (!namesLevel(draft, title) || !sameGathering(draft, claim)) return undefined;
  for (const theirs of claim.slots) {
    if (theirs.kind !== 'role') continue;
    const level = levelOf(claim, theirs);
    if (!level) continue;
    const titles = claim.slots.filter((s) => s.kind === 'role' && s.first >= level.first && s.last <= level.last);
    if (titles.some((t) => sameRank(title, t))) return undefined;
    for (let k = level.first; k <= level.last; k++) if (claim.stems[k] === title.role!.head) return undefined;
    const vague = claim.words.some((w, k) => k >= level.first && k <= level.last && !inTitle(claim, k) && !LEVEL_LINKS.has(w.lower));
    if (vague && (!TOP_HEADS.has(title.role!.head) || title.role!.modifiers.some((m) => RANK_MODIFIERS.has(m)))) return undefined;
    return titles[0];
  }
  return undefined;
}
