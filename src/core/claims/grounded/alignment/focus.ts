/**
 * A party singled out as the one that did an act ("It was Tokyo that disputed …", "It is Abe who …", "only Japan
 * stripped …", "Tokyo alone stripped …"), and who the claim says did that act. Singling a party out says no other did
 * it: a claim giving the act to another party, or to two parties together, disagrees, though it may name the draft's
 * party elsewhere ("…, while Tokyo faced a ban …"). Apart from parties.ts because the act is read from the words after
 * the party, not from one verb: a cleft's verb stands after "that", and the two sentences may word the act otherwise.
 */
import {
  CLEFT_RELATIVES,
  CLEFT_VERBS,
  JOINT_SUBJECT_WORDS,
  NEGATION_WORDS,
  PARTY_NOUNS,
  SINGLING_OUT_AFTER,
  SINGLING_OUT_BEFORE,
} from '../lexicon';
import type { AnalysedSentence, Slot } from '../sentenceAnalysis';
import { textBetween } from '../sourceClaims';
import { breaksClause, PUNCTUATION_BETWEEN } from './clauses';
import { listOf } from './lists';
import { AGENT_GAP, compareParties, partyOf } from './parties';
import { DETERMINERS, RELATION_WORDS, relationOf } from './relations';

/** A party a sentence singles out, with the words singling it out and the words of its act. */
interface SingledOut {
  party: Slot;
  /** The words that single it out, first and last ("It was Tokyo", "only Japan", "Tokyo alone"). */
  words: [number, number];
  /** The act's words, first and last: from after the party (or the cleft's "that") to the end of its clause. */
  act: [number, number];
}

/** Who a claim says did the draft's singled-out act, where it is not the draft's party alone. */
export type OtherDoer =
  /** Another party did it. */
  | { party: Slot; other: Slot }
  /** The draft's party did it with another, or both parties did ("Both nations removed …"): the claim's words saying so. */
  | { party: Slot; words: [number, number]; joint: [number, number] };

/** A subject of a claim's clause: one party, a list of parties, or words naming two together ("Both nations"). */
interface Doer {
  parties: Slot[];
  /** The subject's words, first and last. */
  words: [number, number];
  /** The words of its act, first and last. */
  act: [number, number];
}

/** How much of the draft's act a claim's clause must tell to be that act: this share of its content words, and two. */
const ACT_SHARE = 0.4;
const MIN_ACT_WORDS = 2;

/** The last word of a party's phrase: its name, or the noun for its government after its adjective ("the Japanese side"). */
function partyEnd(a: AnalysedSentence, party: Slot): number {
  return party.entity!.adjective && PARTY_NOUNS.has(a.words[party.last + 1]?.lower ?? '') ? party.last + 1 : party.last;
}

/** Whether the words from `k` on open a predicate: past auxiliaries and adverbs ("has", "then", "had to"), a content word of no value. */
function opensPredicate(a: AnalysedSentence, k: number): boolean {
  for (let i = k; i < a.words.length && i <= k + 3; i++) {
    if (i > 0 && PUNCTUATION_BETWEEN.test(textBetween(a, i - 1, i))) return false;
    if (a.content[i] === 1) return !a.slots.some((o) => o.first <= i && i <= o.last);
    if (!AGENT_GAP.has(a.words[i].lower)) return false;
  }
  return false;
}

/** The last word of the clause running from word `k`. */
function clauseEnd(a: AnalysedSentence, k: number): number {
  let end = k;
  while (end + 1 < a.words.length && !breaksClause(a, end, end + 1)) end++;
  return end;
}

/** The party a sentence singles out (lexicon.ts `CLEFT_VERBS`, `SINGLING_OUT_BEFORE`, `SINGLING_OUT_AFTER`), if any. */
function singledOut(a: AnalysedSentence): SingledOut | undefined {
  for (const slot of a.slots) {
    if (slot.kind !== 'entity' || partyOf(a, slot) !== slot || a.quoted[slot.first] === 1) continue;
    const end = partyEnd(a, slot);
    let k = slot.first - 1;
    while (k >= 0 && DETERMINERS.has(a.words[k].lower) && a.words[k].lower !== 'that') k--;
    const before = a.words[k]?.lower ?? '';
    // "It was Tokyo that …", "It was Blinken, not his Japanese counterpart, who …".
    if (CLEFT_VERBS.has(before) && a.words[k - 1]?.lower === 'it') {
      for (let t = end + 1; t < a.words.length && t <= end + 8; t++) {
        if (!CLEFT_RELATIVES.has(a.words[t].lower)) continue;
        // Right after the party, or after a phrase set off by commas that sets another aside.
        const setOff = t === end + 1 || (textBetween(a, end, end + 1).includes(',') && textBetween(a, t - 1, t).includes(','));
        // The party does the act only when the act opens with its predicate: in "it is Tokyo that many South Koreans
        // fear" the clause has a subject of its own, and Tokyo is what they fear.
        if (setOff && opensPredicate(a, t + 1)) return { party: slot, words: [k - 1, end], act: [t + 1, clauseEnd(a, t + 1)] };
        break;
      }
      continue;
    }
    // "only Japan stripped …" (not "not only Japan", which adds; not "with only Japan", a partner).
    if (SINGLING_OUT_BEFORE.has(before)) {
      const prior = a.words[k - 1]?.lower ?? '';
      if (prior === 'not' || RELATION_WORDS.has(prior) || !opensPredicate(a, end + 1)) continue;
      return { party: slot, words: [k, end], act: [end + 1, clauseEnd(a, end + 1)] };
    }
    // "Tokyo alone stripped …".
    if (SINGLING_OUT_AFTER.has(a.words[end + 1]?.lower ?? '') && relationOf(a, slot) === undefined && opensPredicate(a, end + 2))
      return { party: slot, words: [slot.first, end + 1], act: [end + 2, clauseEnd(a, end + 2)] };
  }
  return undefined;
}

const singledOutFound = new WeakMap<AnalysedSentence, SingledOut | null>();

/** `singledOut`, read once per sentence however many passages it is lined up with. */
function singledOutOf(a: AnalysedSentence): SingledOut | undefined {
  let found = singledOutFound.get(a);
  if (found === undefined) singledOutFound.set(a, (found = singledOut(a) ?? null));
  return found ?? undefined;
}

/**
 * The subjects of a claim's clauses with their acts: a party (or a list of parties) in no relation, right before a
 * predicate; or `JOINT_SUBJECT_WORDS` before a plural noun ("Both nations removed …"). Each act runs to the end of its
 * clause or to the next subject.
 */
function doersOf(a: AnalysedSentence): Doer[] {
  const found: { parties: Slot[]; words: [number, number] }[] = [];
  for (const slot of a.slots) {
    if (slot.kind !== 'entity' || partyOf(a, slot) !== slot || a.quoted[slot.first] === 1) continue;
    const list = listOf(a, slot);
    // A list is read at its last member, and named from its first.
    if (list[list.length - 1] !== slot || relationOf(a, list[0]) !== undefined) continue;
    const end = partyEnd(a, slot);
    if (a.words[end + 1]?.lower === 's' || !opensPredicate(a, end + 1)) continue;
    found.push({ parties: list, words: [list[0].first, end] });
  }
  for (let k = 0; k + 1 < a.words.length; k++) {
    const noun = a.words[k + 1];
    if (!JOINT_SUBJECT_WORDS.has(a.words[k].lower) || a.content[k + 1] !== 1 || !noun.lower.endsWith('s')) continue;
    if (opensPredicate(a, k + 2)) found.push({ parties: [], words: [k, k + 1] });
  }
  found.sort((x, y) => x.words[0] - y.words[0]);
  return found.map((d, i) => {
    const from = d.words[1] + 1;
    const next = found[i + 1]?.words[0] ?? a.words.length;
    return { ...d, act: [from, Math.min(clauseEnd(a, from), next - 1)] };
  });
}

/** The distinct content stems of words from..to, with no denial among them (undefined if one stands there). */
function actStems(a: AnalysedSentence, [from, to]: readonly [number, number]): Set<string> | undefined {
  const stems = new Set<string>();
  for (let i = from; i <= to; i++) {
    if (NEGATION_WORDS.has(a.words[i].lower)) return undefined;
    if (a.content[i] === 1) stems.add(a.stems[i]);
  }
  return stems;
}

/**
 * Who the claim says did the act the draft singles a party out for, when it is not that party alone: the subject of
 * the claim's clause telling most of the act's words (`ACT_SHARE`), if one clause tells more than any other.
 */
export function otherDoer(draft: AnalysedSentence, claim: AnalysedSentence): OtherDoer | undefined {
  const single = singledOutOf(draft);
  if (!single) return undefined;
  const mine = actStems(draft, single.act);
  if (!mine || mine.size === 0) return undefined;
  let best: Doer | undefined;
  let bestScore = 0;
  let tied = false;
  for (const doer of doersOf(claim)) {
    const theirs = actStems(claim, doer.act);
    if (!theirs) continue;
    let score = 0;
    for (const s of mine) if (theirs.has(s)) score++;
    if (score > bestScore) [best, bestScore, tied] = [doer, score, false];
    else if (score === bestScore) tied = true;
  }
  if (!best || tied || bestScore < MIN_ACT_WORDS || bestScore < mine.size * ACT_SHARE) return undefined;
  const party = single.party;
  if (best.parties.length === 0) return { party, words: single.words, joint: best.words };
  const same = best.parties.some((o) => compareParties(party, o) === 'same');
  if (same) return best.parties.length > 1 ? { party, words: single.words, joint: best.words } : undefined;
  if (best.parties.length === 1 && compareParties(party, best.parties[0]) === 'differ') return { party, other: best.parties[0] };
  return undefined;
}
