/**
 * A party singled out as the one that did an act ("It was Tokyo that disputed …", "It is Abe who …", "only Japan
 * stripped …", "Tokyo alone stripped …"), and who the claim says did that act. Singling a party out says no other did
 * it: a claim giving the act to another party, or to two parties together, disagrees, though it may name the draft's
 * party elsewhere ("…, while Tokyo faced a ban …"). Apart from parties.ts because the act is read from the words after
 * the party, not from one verb: a cleft's verb stands after "that", and the two sentences may word the act otherwise.
 */
import {
  CLAUSE_OPENERS,
  CLEFT_RELATIVES,
  CLEFT_VERBS,
  JOINT_SUBJECT_WORDS,
  BOTH_WORDS,
  CONTRAST_CONJUNCTIONS,
  LEADER_HEAD,
  NEGATION_WORDS,
  NON_GOVERNMENT_PARTY_NOUNS,
  PARTY_NOUNS,
  SET_APART_ADVERBS,
  SINGLING_OUT_AFTER,
  SINGLING_OUT_AT_END,
  SINGLING_OUT_BEFORE,
} from '../lexicon';
import { type AnalysedSentence, pluralTitle, type Slot } from '../sentenceAnalysis';
import { knownTitles, type SourceClaims, textBetween, inSlot } from '../sourceClaims';
import { stem } from '../stem';
import { breaksClause, PUNCTUATION_BETWEEN } from './clauses';
import { listOf } from './lists';
import { AGENT_GAP, compareParties, partyOf, personLike } from './parties';
import { DETERMINERS, RELATION_WORDS, relationOf, SYMMETRIC_ACTS } from './relations';
import { compareSlots } from './values';
import { ReadingMap } from '../readingMemo';

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

/** The relative a cleft puts after a person ("It was Moon who …"), not after a thing. */
const PERSON_RELATIVE = 'who';

/** Relatives whose clause, set off by a comma after a party, tells that party's act ("…, which brought …"). */
const RELATIVES = new Set(['which', 'who']);

/**
 * Whether two parties are two, as the draft's singled-out party and the claim's doer of its act: they differ, or both
 * name people (or names the analysis could not type, which may be people's: "Moon") sharing no word.
 */
function twoParties(mine: Slot, theirs: Slot): boolean {
  const c = compareParties(mine, theirs);
  return c === 'differ' || (c === 'incomparable' && personLike(mine) && personLike(theirs));
}

/**
 * Whether `title`, standing for its unnamed holder, names another than `person`: the sources give the person titles,
 * none of them this one ("Deputy Secretary of State Blinken" is not "the president"; a title of another rank may be
 * the same person's at another time). A title saying only that someone leads a body ("the head", "the chief") may be any of them.
 */
function heldByAnother(index: SourceClaims, person: Slot, title: Slot): boolean {
  if (person.kind !== 'entity' || person.entity!.type !== 'person' || title.role!.head === LEADER) return false;
  const known = knownTitles(index, person, true);
  return known.length > 0 && known.every((t) => t.title.role!.head !== LEADER && compareSlots(title, t.title) !== 'same');
}

/**
 * Whether the claim names the draft's singled-out party within the act of its `doer`: a title doing an act with or to a person ("The president
 * organized a trilateral meeting with … President Park") is another than that person, whatever titles they share. Not
 * where the draft's act is one two parties do to each other alike (`SYMMETRIC_ACTS`): the person "met" with the
 * president met the president too.
 */
function namedInAct(draft: AnalysedSentence, single: SingledOut, claim: AnalysedSentence, doer: Doer): boolean {
  const party = single.party;
  for (let i = single.act[0]; i <= single.act[1]; i++) if (SYMMETRIC_ACTS.has(draft.stems[i])) return false;
  return claim.slots.some(
    (o) => o.kind === 'entity' && o.first >= doer.act[0] && o.last <= doer.act[1] && compareParties(party, o) === 'same',
  );
}

/** The head of a title that only says someone leads a body, as the analysis keeps it (a stem). */
const LEADER = stem(LEADER_HEAD);

/** How much of the draft's act a claim's clause must tell to be that act: this share of its content words, and two. */
const ACT_SHARE = 0.4;
const MIN_ACT_WORDS = 2;

/** Nouns for a person's government after their name ("the Obama administration"): `PARTY_NOUNS` not of others. */
const GOVERNMENT_NOUNS = new Set([...PARTY_NOUNS].filter((w) => !NON_GOVERNMENT_PARTY_NOUNS.has(w)));

/** The last word of a party's phrase: its name, or the noun for its government after its adjective ("the Japanese side"). */
function partyEnd(a: AnalysedSentence, party: Slot): number {
  return party.entity!.adjective && PARTY_NOUNS.has(a.words[party.last + 1]?.lower ?? '') ? party.last + 1 : party.last;
}

/**
 * Whether the words from `k` on open a predicate: past auxiliaries and adverbs ("has", "then", "had to"), a content
 * word of no value. No mark may stand among them, nor before them unless `setOff` (the predicate after a phrase set
 * off by commas: "Abe, then prime minister, insisted …").
 */
function opensPredicate(a: AnalysedSentence, k: number, setOff = false): boolean {
  for (let i = k; i < a.words.length && i <= k + 3; i++) {
    if (i > 0 && !(setOff && i === k) && PUNCTUATION_BETWEEN.test(textBetween(a, i - 1, i))) return false;
    if (a.content[i] === 1) return !inSlot(a, i);
    if (!AGENT_GAP.has(a.words[i].lower)) return false;
  }
  return false;
}

/** Whether word `k` opens its clause: the sentence's first word, or one after a mark or a word opening a clause. */
function opensClause(a: AnalysedSentence, k: number): boolean {
  return k === 0 || PUNCTUATION_BETWEEN.test(textBetween(a, k - 1, k)) || CLAUSE_OPENERS.has(a.words[k - 1].lower);
}

/**
 * The last word of a phrase set off by commas right after word `end`, holding a title ("Stilwell, the assistant
 * secretary of state for East Asia and Pacific affairs, …"); undefined when none stands there.
 */
function titleSetOff(a: AnalysedSentence, end: number): number | undefined {
  if (!textBetween(a, end, end + 1).includes(',')) return undefined;
  const title = a.slots.find((o) => o.kind === 'role' && o.first > end && o.first <= end + 3);
  if (!title) return undefined;
  for (let k = title.last; k + 1 < a.words.length && k <= title.last + 8; k++) {
    if (breaksClause(a, k, k + 1)) return undefined;
    if (textBetween(a, k, k + 1).includes(',')) return k;
  }
  return undefined;
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
    if (slot.kind !== 'entity' || a.quoted[slot.first] === 1) continue;
    // A name the analysis could not type is a person's where the cleft asks "who" ("It was Moon who called …").
    const named = slot.entity!.type === 'name' && !slot.entity!.adjective;
    if (partyOf(a, slot) !== slot && !named) continue;
    // "It was the Obama administration that …": a person's name before a noun for their government is that government.
    const governs = personLike(slot) && !slot.entity!.adjective && GOVERNMENT_NOUNS.has(a.words[slot.last + 1]?.lower ?? '');
    const end = governs ? slot.last + 1 : partyEnd(a, slot);
    // "It was Deputy Secretary of State Blinken who …": the person's title belongs to the party singled out.
    const title = a.slots.find((o) => o.kind === 'role' && o.last === slot.first - 1);
    let k = (title ?? slot).first - 1;
    while (k >= 0 && DETERMINERS.has(a.words[k].lower) && a.words[k].lower !== 'that') k--;
    const before = a.words[k]?.lower ?? '';
    // "It was Tokyo that …", "It was Blinken, not his Japanese counterpart, who …".
    if (CLEFT_VERBS.has(before) && a.words[k - 1]?.lower === 'it') {
      for (let t = end + 1; t < a.words.length && t <= end + 8; t++) {
        if (!CLEFT_RELATIVES.has(a.words[t].lower)) continue;
        if (named && !governs && partyOf(a, slot) !== slot && a.words[t].lower !== PERSON_RELATIVE) break;
        // Right after the party, or after a phrase set off by commas that sets another aside.
        const setOff = t === end + 1 || (textBetween(a, end, end + 1).includes(',') && textBetween(a, t - 1, t).includes(','));
        // The party does the act only when the act opens with its predicate: in "it is Tokyo that many South Koreans
        // fear" the clause has a subject of its own, and Tokyo is what they fear.
        if (setOff && opensPredicate(a, t + 1)) return { party: slot, words: [k - 1, end], act: [t + 1, clauseEnd(a, t + 1)] };
        break;
      }
      continue;
    }
    if (partyOf(a, slot) !== slot) continue;
    // "only Japan stripped …" (not "not only Japan", which adds; not "with only Japan", a partner).
    if (SINGLING_OUT_BEFORE.has(before)) {
      const prior = a.words[k - 1]?.lower ?? '';
      if (prior === 'not' || RELATION_WORDS.has(prior) || !opensPredicate(a, end + 1)) continue;
      return { party: slot, words: [k, end], act: [end + 1, clauseEnd(a, end + 1)] };
    }
    // "Tokyo alone stripped …".
    if (
      SINGLING_OUT_AFTER.has(a.words[end + 1]?.lower ?? '') &&
      !notRightBefore(a, slot.first) &&
      relationOf(a, slot) === undefined &&
      opensPredicate(a, end + 2)
    )
      return { party: slot, words: [slot.first, end + 1], act: [end + 2, clauseEnd(a, end + 2)] };
  }
  return undefined;
}

const singledOutFound = new ReadingMap<SingledOut | null>();

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
    // A name the analysis could not type may be a person's, where it opens its clause ("For his part, Moon struck …";
    // not "the THAAD anti-ballistic missile system").
    const named = slot.entity?.type === 'name' && !slot.entity.adjective && opensClause(a, slot.first);
    if (slot.kind !== 'entity' || (partyOf(a, slot) !== slot && !named) || a.quoted[slot.first] === 1) continue;
    const list = listOf(a, slot);
    // A list is read at its last member, and named from its first.
    if (list[list.length - 1] !== slot || relationOf(a, list[0]) !== undefined) continue;
    const end = partyEnd(a, slot);
    if (a.words[end + 1]?.lower === 's') continue;
    const title = titleSetOff(a, end);
    if (opensPredicate(a, end + 1)) found.push({ parties: list, words: [list[0].first, end] });
    // "David Stilwell, the assistant secretary of state …, insisted …": past the title set off by commas.
    else if (title !== undefined && opensPredicate(a, title + 1, true)) found.push({ parties: list, words: [list[0].first, title] });
    // "… the Blue House, which brought the quarrel to …": the party set off before a relative does its act.
    else if (RELATIVES.has(a.words[end + 1]?.lower ?? '') && textBetween(a, end, end + 1).includes(',') && opensPredicate(a, end + 2))
      found.push({ parties: list, words: [list[0].first, end + 1] });
  }
  for (let k = 0; k + 1 < a.words.length; k++) {
    const noun = a.words[k + 1];
    if (!JOINT_SUBJECT_WORDS.has(a.words[k].lower) || a.content[k + 1] !== 1 || !noun.lower.endsWith('s')) continue;
    if (opensPredicate(a, k + 2)) found.push({ parties: [], words: [k, k + 1] });
  }
  // "The president organized …": a title with no person named after it is its holder, who does the act.
  for (const slot of a.slots) {
    if (slot.kind !== 'role' || pluralTitle(slot) || a.quoted[slot.first] === 1 || relationOf(a, slot) !== undefined) continue;
    if (a.slots.some((o) => o.first === slot.last + 1 && o.kind === 'entity')) continue;
    if (opensPredicate(a, slot.last + 1)) found.push({ parties: [slot], words: [slot.first, slot.last] });
  }
  found.sort((x, y) => x.words[0] - y.words[0]);
  return found.map((d, i) => {
    const from = d.words[1] + 1;
    const next = found[i + 1]?.words[0] ?? a.words.length;
    return { ...d, act: [from, Math.min(clauseEnd(a, from), next - 1)] };
  });
}

/**
 * The distinct content stems of words from..to and the keys of the things they name ("the World Trade Organization"),
 * when they deny it as `denied` says (undefined otherwise).
 */
function actStems(
  a: AnalysedSentence,
  [from, to]: readonly [number, number],
  denied: boolean,
  mine?: ReadonlySet<string>,
): Set<string> | undefined {
  const stems = new Set<string>();
  for (let i = from; i <= to; i++) if (a.content[i] === 1) stems.add(a.stems[i]);
  for (const slot of a.slots) if (slot.kind === 'entity' && slot.first >= from && slot.last <= to) stems.add(slot.entity!.key);
  // Against the draft's act (`mine`), a denial after the last word the two share denies another act the clause goes
  // on to tell ("described … as “extremely important neighbors” and said “we cannot allow …”").
  let last = to;
  if (mine) {
    const shared = (i: number) =>
      (a.content[i] === 1 && mine.has(a.stems[i])) ||
      a.slots.some((o) => o.kind === 'entity' && o.first <= i && i <= o.last && mine.has(o.entity!.key));
    while (last >= from && !shared(last)) last--;
  }
  let denial = false;
  for (let i = from; i <= last; i++) if (NEGATION_WORDS.has(a.words[i].lower)) denial = true;
  // Both tell the act denied, or neither does ("said … was not his job", "insisted … it was not his job").
  return denial === denied ? stems : undefined;
}

/**
 * The subject of the claim's clause telling most of the words of the act the draft singles a party out for
 * (`ACT_SHARE`), if one clause tells more than any other.
 */
function doerOfAct(draft: AnalysedSentence, single: SingledOut, claim: AnalysedSentence): Doer | undefined {
  const denied = draft.words.slice(single.act[0], single.act[1] + 1).some((w) => NEGATION_WORDS.has(w.lower));
  const mine = actStems(draft, single.act, denied);
  if (!mine || mine.size === 0) return undefined;
  const words = compoundsOf(draft, single.act, mine);
  let best: Doer | undefined;
  let bestScore = 0;
  let tied = false;
  for (const doer of doersOf(claim)) {
    const theirs = actStems(claim, doer.act, denied, mine);
    if (!theirs) continue;
    const told = new Set<number>();
    for (const s of mine) if (theirs.has(s)) told.add(words.get(s)!);
    const score = told.size;
    if (score > bestScore) [best, bestScore, tied] = [doer, score, false];
    else if (score === bestScore) tied = true;
  }
  const size = new Set(words.values()).size;
  return !best || tied || bestScore < MIN_ACT_WORDS || bestScore < size * ACT_SHARE ? undefined : best;
}

/**
 * The word of the act each of its stems (`mine`) belongs to, as a number: words joined by hyphens are one
 * ("the export-control quarrel" tells one thing of the quarrel; a passage telling "export restrictions" shares one
 * word of that act, not two).
 */
function compoundsOf(a: AnalysedSentence, [from, to]: readonly [number, number], mine: ReadonlySet<string>): Map<string, number> {
  const words = new Map<string, number>();
  for (let i = from; i <= to; i++) {
    if (a.content[i] !== 1 || words.has(a.stems[i])) continue;
    const joined = i > from && a.content[i - 1] === 1 && HYPHEN.test(textBetween(a, i - 1, i));
    words.set(a.stems[i], joined ? words.get(a.stems[i - 1])! : i);
  }
  // The keys of things the act names, each a word of its own.
  for (const s of mine) if (!words.has(s)) words.set(s, -1 - words.size);
  return words;
}

/** The mark joining the words of a compound ("export-control"). */
const HYPHEN = /^[-‐‑]$/;

/**
 * Whether `party` is the one the draft singles out ("It was Blinken who convened …") and the claim does not tell
 * that act of it: a passage naming the party in another act ("Blinken also initiated trilateral consultations …")
 * does not say it was the one.
 */
export function singledOutActUntold(draft: AnalysedSentence, party: Slot, claim: AnalysedSentence): boolean {
  const single = singledOutOf(draft);
  if (single?.party !== party) return false;
  const best = doerOfAct(draft, single, claim);
  return !best?.parties.some((o) => o.kind === 'entity' && compareParties(party, o) === 'same');
}

/**
 * Who the claim says did the act the draft singles a party out for, when it is not that party alone: the subject of
 * the claim's clause telling most of the act's words (`ACT_SHARE`), if one clause tells more than any other.
 */
export function otherDoer(draft: AnalysedSentence, claim: AnalysedSentence, index: SourceClaims): OtherDoer | undefined {
  const single = singledOutOf(draft);
  const best = single && doerOfAct(draft, single, claim);
  if (!single || !best) return undefined;
  const party = single.party;
  if (best.parties.length === 0) return { party, words: single.words, joint: best.words };
  if (best.parties[0].kind === 'role')
    return heldByAnother(index, party, best.parties[0]) || namedInAct(draft, single, claim, best)
      ? { party, other: best.parties[0] }
      : undefined;
  const same = best.parties.some((o) => compareParties(party, o) === 'same');
  if (same) return best.parties.length > 1 ? { party, words: single.words, joint: best.words } : undefined;
  if (best.parties.length === 1 && twoParties(party, best.parties[0])) return { party, other: best.parties[0] };
  return undefined;
}

/** Prepositions that may stand between "only" and the party it singles out ("only from Japanese firms", "only by …"). */
const SINGLED_PREPOSITIONS = new Set(['from', 'by']);

/**
 * The words singling out a country's adjective with its noun, anywhere in a sentence ("only Japanese firms would pay",
 * "only from Japanese firms", "by Japanese firms alone"; not "not only Japanese firms"), with the noun (a stem).
 */
function singledQualified(a: AnalysedSentence, slot: Slot): { words: [number, number]; noun: string } | undefined {
  if (slot.kind !== 'entity' || !slot.entity!.adjective || a.quoted[slot.first] === 1) return undefined;
  const n = slot.last + 1;
  if (a.content[n] !== 1 || inSlot(a, n)) return undefined;
  const w = (i: number) => a.words[i]?.lower ?? '';
  // "not from Japanese firms alone" denies the singling out: the act takes in others too.
  const after = !notRightBefore(a, slot.first);
  if (after && SINGLING_OUT_AFTER.has(w(n + 1))) return { words: [slot.first, n + 1], noun: a.stems[n] };
  // "from Korean firms only.": at the end of its clause.
  const ends = n + 2 >= a.words.length || PUNCTUATION_BETWEEN.test(textBetween(a, n + 1, n + 2));
  if (after && SINGLING_OUT_AT_END.has(w(n + 1)) && ends) return { words: [slot.first, n + 1], noun: a.stems[n] };
  let k = slot.first - 1;
  if (SINGLED_PREPOSITIONS.has(w(k))) k--;
  if (!SINGLING_OUT_BEFORE.has(w(k)) || w(k - 1) === 'not') return undefined;
  return { words: [k, n], noun: a.stems[n] };
}

/**
 * Prepositions that may stand between "only" and a group it singles out by a describing word ("plays well only with
 * the liberal voting bloc", "only among conservative voters"): `SINGLED_PREPOSITIONS` and those of a group reached.
 */
const SINGLED_GROUP_PREPOSITIONS = new Set([...SINGLED_PREPOSITIONS, 'with', 'to', 'among', 'in']);

/**
 * Whether a denial stands right before word `first`, past a preposition ("not from Japanese firms alone", "not Tokyo
 * alone"): a party singled out after a denial is one of several, as "not only" adds.
 */
function notRightBefore(a: AnalysedSentence, first: number): boolean {
  let k = first - 1;
  if (SINGLED_GROUP_PREPOSITIONS.has(a.words[k]?.lower ?? '')) k--;
  return a.words[k]?.lower === 'not';
}

/**
 * A group singled out by a word describing it, no named thing ("only with the liberal voting bloc", "only from large
 * firms"; not "not only", nor "the only …", an adjective): the words singling it out, the describing word's stem and
 * the noun's after it.
 */
function singledDescribed(a: AnalysedSentence): { words: [number, number]; described: string; noun: string } | undefined {
  const w = (i: number) => a.words[i]?.lower ?? '';
  for (let k = 0; k + 2 < a.words.length; k++) {
    if (!SINGLING_OUT_BEFORE.has(w(k)) || w(k - 1) === 'not' || DETERMINERS.has(w(k - 1)) || a.quoted[k] === 1) continue;
    let d = k + 1;
    if (SINGLED_GROUP_PREPOSITIONS.has(w(d))) d++;
    if (w(d) === 'the') d++;
    const n = d + 1;
    if (a.content[d] !== 1 || a.content[n] !== 1 || inSlot(a, d) || inSlot(a, n)) continue;
    if (PUNCTUATION_BETWEEN.test(textBetween(a, k, n))) continue;
    return { words: [k, nounEnd(a, n)], described: a.stems[d], noun: a.stems[n] };
  }
  return undefined;
}

/** Most words a noun phrase runs on after its first noun ("voting bloc"). */
const NOUN_PHRASE_REACH = 2;

/** The last word of the noun phrase whose first noun is word `n`: content words after it, no mark between. */
function nounEnd(a: AnalysedSentence, n: number): number {
  let end = n;
  while (end < n + NOUN_PHRASE_REACH && a.content[end + 1] === 1 && !PUNCTUATION_BETWEEN.test(textBetween(a, end, end + 1))) end++;
  return end;
}

/**
 * Two words describing one noun joined by "and" in a claim ("both the conservative and liberal voting blocs"): the
 * index of each, for each such pair.
 */
function describedPairs(a: AnalysedSentence, noun: string): [number, number][] {
  const found: [number, number][] = [];
  for (let m = 1; m + 2 < a.words.length; m++) {
    if (a.words[m].lower !== 'and' || a.stems[m + 2] !== noun) continue;
    const [x, y] = [m - 1, m + 1];
    if (a.content[x] !== 1 || a.content[y] !== 1 || a.slots.some((o) => o.first <= y + 1 && x <= o.last)) continue;
    if (PUNCTUATION_BETWEEN.test(textBetween(a, x, y + 1))) continue;
    found.push([x, y]);
  }
  return found;
}

/**
 * A country's party the draft singles out ("only Japanese firms would pay into the fund") that the claim lists with
 * another country's before the same noun ("with funds provided by both Japanese and Korean firms"): the words of each.
 * Singling one out says the other took no part. So for a group described by a word ("plays well only with the liberal
 * voting bloc" against "plays well to both the conservative and liberal voting blocs"), the other word named nowhere
 * in the draft.
 */
export function singledAgainstList(
  draft: AnalysedSentence,
  claim: AnalysedSentence,
): { draftWords: [number, number]; sourceWords: [number, number]; sameActor: boolean } | undefined {
  for (const slot of draft.slots) {
    const single = singledQualified(draft, slot);
    // "from Japanese and Korean firms alone" singles out the list, not its last member.
    if (!single || listOf(draft, slot).length > 1) continue;
    for (const o of claim.slots) {
      if (o.kind !== 'entity' || !o.entity!.adjective || compareSlots(slot, o) !== 'same') continue;
      const list = listOf(claim, o);
      const last = list[list.length - 1];
      if (list.length < 2 || claim.content[last.last + 1] !== 1 || claim.stems[last.last + 1] !== single.noun) continue;
      if (!list.some((m) => compareParties(slot, m) === 'differ')) continue;
      return { draftWords: single.words, sourceWords: [list[0].first, last.last + 1], sameActor: false };
    }
  }
  const described = singledDescribed(draft);
  if (!described) return undefined;
  for (const [x, y] of describedPairs(claim, described.noun)) {
    const other = claim.stems[x] === described.described ? y : claim.stems[y] === described.described ? x : -1;
    if (other < 0 || claim.stems[other] === described.described || draft.stems.includes(claim.stems[other])) continue;
    return { draftWords: described.words, sourceWords: [x, nounEnd(claim, y + 1)], sameActor: false };
  }
  return undefined;
}

/**
 * The preposition right before a party, past determiners and "both" ("with both Seoul and Tokyo"), as an index; -1
 * where none stands there.
 */
function prepositionBefore(a: AnalysedSentence, party: Slot): number {
  let k = party.first - 1;
  while (k >= 0 && (DETERMINERS.has(a.words[k].lower) || BOTH_WORDS.has(a.words[k].lower))) k--;
  return k >= 0 && RELATION_WORDS.has(a.words[k].lower) ? k : -1;
}

/**
 * A partner the draft sets apart from another after the same preposition, where the claim lists the two together
 * after it ("inked military cost-sharing deals with both Seoul and Tokyo"): denied after the first ("signed a deal
 * with Seoul, but not yet with Tokyo") or the first singled out ("concluded a deal only with Seoul", the claim's other
 * partner named nowhere in the draft). The draft says the act was not done with one the claim says it was done with.
 * Read only where every value the draft gives is the claim's (the caller's settled alignment).
 */
export function partnerSetApart(
  draft: AnalysedSentence,
  claim: AnalysedSentence,
  pairs: readonly [Slot, Slot][],
): { draftWords: [number, number]; sourceWords: [number, number]; sameActor: boolean } | undefined {
  const w = (i: number) => draft.words[i]?.lower ?? '';
  // A partner after a bare "not" ("but not with Tokyo") is set aside, so left unpaired (`setAside`): it is the claim's
  // listed partner all the same, the one the draft denies.
  const deniedPartners: [Slot, Slot][] = [];
  for (const mine of draft.slots) {
    if (mine.kind !== 'entity' || pairs.some(([x]) => x === mine)) continue;
    const theirs = claim.slots.find((o) => o.kind === 'entity' && compareSlots(mine, o) === 'same' && listOf(claim, o).length > 1);
    if (theirs) deniedPartners.push([mine, theirs]);
  }
  for (const [mine, theirs] of [...pairs, ...deniedPartners]) {
    if (mine.kind !== 'entity' || theirs.kind !== 'entity' || draft.quoted[mine.first] === 1) continue;
    const p = prepositionBefore(draft, mine);
    if (p < 0) continue;
    const list = listOf(claim, theirs);
    if (list.length < 2 || claim.words[prepositionBefore(claim, list[0])]?.lower !== w(p)) continue;
    const source: [number, number] = [list[0].first, list[list.length - 1].last];
    // "but not yet with Tokyo", "though not with Tokyo", ", not with Tokyo": after another partner the claim lists,
    // named after the same word.
    let n = p - 1;
    while (n > 0 && SET_APART_ADVERBS.has(w(n))) n--;
    if (w(n) === 'not' && (CONTRAST_CONJUNCTIONS.has(w(n - 1)) || PUNCTUATION_BETWEEN.test(textBetween(draft, n - 1, n)))) {
      const first = pairs.some(
        ([x, y]) =>
          x !== mine && x.last < n && list.includes(y) && y !== theirs && draft.words[prepositionBefore(draft, x)]?.lower === w(p),
      );
      if (first) return { draftWords: [n, mine.last], sourceWords: source, sameActor: false };
      continue;
    }
    // "only with Seoul" (not "not only with Seoul"): the draft's partner alone, where the claim has another the draft
    // does not name at all.
    if (!SINGLING_OUT_BEFORE.has(w(p - 1)) || NEGATION_WORDS.has(w(p - 2)) || listOf(draft, mine).length > 1) continue;
    const other = list.some(
      (o) => compareParties(mine, o) === 'differ' && !draft.slots.some((s) => s.kind === 'entity' && compareSlots(s, o) === 'same'),
    );
    if (other) return { draftWords: [p - 1, mine.last], sourceWords: source, sameActor: false };
  }
  return undefined;
}
