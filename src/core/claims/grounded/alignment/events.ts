/**
 * Which event a date dates: the act before it, or the noun phrase it stands before; and whether two dates date one
 * act, or a value belongs to another event the draft tells. Apart because two dates of one kind may still date two
 * events, which no comparison of the dates themselves can tell.
 */
import {
  ASIDE_RELATIVES,
  ATTRIBUTIVE_OPENERS,
  EVENT_PREPOSITIONS,
  EXPECTATION_VERBS,
  GATHERING_NOUNS,
  HEDGE_WORDS,
  ISSUING_VERBS,
  PARTY_COUNT_WORDS,
  PASSIVE_AUXILIARIES,
  PREVIOUS_WORDS,
  RELATIVE_WORDS,
  WILLED_NOUNS,
} from '../lexicon';
import { possessiveMark, type AnalysedSentence, type Slot } from '../sentenceAnalysis';
import { textBetween, inSlot } from '../sourceClaims';
import { PUNCTUATION_BETWEEN, sameClause, wordsApart } from './clauses';
import { NEIGHBOURHOOD } from './neighbourhood';
import { compareSlots } from './values';
import { AGREEMENT_STEM, stem } from '../stem';

/**
 * Whether the date nearest a differing value in the draft is another than every date of the claim: the value belongs
 * to another event the draft tells ("the Supreme Court ruling of November 2017 and the export controls of July 2019"
 * against the Cabinet's decision in summer 2019), or the whole sentence tells another time than the claim ("hosted the
 * January 2016 trilateral meeting" against what someone led "in the 1990s").
 */
export function datedOtherwise(
  draft: AnalysedSentence,
  value: Slot,
  claim: AnalysedSentence,
  matched: readonly Slot[],
  mismatches: readonly { draft: Slot }[],
): boolean {
  if (value.kind === 'date') return false;
  let nearest: Slot | undefined;
  for (const s of draft.slots)
    if (s.kind === 'date' && !s.attributive && (!nearest || wordsApart(s, value) < wordsApart(nearest, value))) nearest = s;
  if (!nearest || matched.includes(nearest) || mismatches.some((m) => m.draft === nearest)) return false;
  const dates = claim.slots.filter((o) => o.kind === 'date' && !o.attributive);
  return dates.length > 0 && dates.every((o) => compareSlots(nearest!, o) === 'differ');
}

/** Words ending a count of time from an event told before ("two weeks later"). */
const COUNTED_FROM = new Set(['later', 'earlier']);

/**
 * A date set off right after a count of time from another event ("Two weeks later, on November 26, the Blue House
 * …"): the writer gives the event's own date beside the count, and it is compared like any other.
 */
export function datedAfterCount(a: AnalysedSentence, slot: Slot): boolean {
  const k = slot.first - 1;
  return (
    slot.kind === 'date' &&
    (a.words[k]?.lower === 'on' || a.words[k]?.lower === 'in') &&
    COUNTED_FROM.has(a.words[k - 1]?.lower ?? '') &&
    textBetween(a, k - 1, k).includes(',')
  );
}

/**
 * Whether `slot` is a season told back with no year ("the previous spring", "the prior winter's controls"): whatever
 * time it is counted from, the season is the one of its clause's event, and compared as a season.
 */
export function seasonToldBack(a: AnalysedSentence, slot: Slot): boolean {
  const date = slot.date;
  return (
    slot.kind === 'date' &&
    date !== undefined &&
    date.year === undefined &&
    date.season !== undefined &&
    PREVIOUS_WORDS.has(a.words[slot.first - 1]?.lower ?? '')
  );
}

/** Endings of words that tell an act or an event ("ruled", "reaching", "decision", "withdrawal", "agreement"). */
const EVENT_ENDING = /(?:ed|ing|ion|ment|al)$/;

/** Endings of the verb forms that tell an act ("reaching", "scrapped"), not a thing ("agreement"). */
export const ACT_ENDING = /(?:ed|ing)$/;

/**
 * The act a date is the date of: the nearest verb form before it, past the name of what was acted on ("reaching the
 * comfort women agreement in 2015"), else the nearest event word before it in its clause, else just after it.
 */
function eventOf(a: AnalysedSentence, slot: Slot): string | undefined {
  const phrase = prenominalPhrase(a, slot);
  if (phrase) return phrase[phrase.length - 1];
  for (let i = slot.first - 1; i >= 0 && i >= slot.first - 10; i--) {
    if (PUNCTUATION_BETWEEN.test(textBetween(a, i, i + 1))) break;
    // Not the second half of a compound adjective ("so-called", "long-awaited").
    if (a.content[i] === 1 && ACT_ENDING.test(a.words[i].lower) && !a.words[i].joined) return a.stems[i];
  }
  for (let i = slot.first - 1; i >= 0 && i >= slot.first - 5; i--) if (eventWord(a, i) && !a.words[i].joined) return a.stems[i];
  // An aside after the date (", which culminated in …") tells more of the time it names, not the act it dates.
  if (asideAfter(a, slot.last)) return undefined;
  for (let i = slot.last + 1; i < a.words.length && i <= slot.last + 3; i++) if (eventWord(a, i)) return a.stems[i];
  return undefined;
}

/** Whether a relative aside opens right after word `k`, set off by a comma ("the 1980s, which culminated …"). */
function asideAfter(a: AnalysedSentence, k: number): boolean {
  return ASIDE_RELATIVES.has(a.words[k + 1]?.lower ?? '') && textBetween(a, k, k + 1).includes(',');
}

/**
 * Whether word `i` tells an act or an event by its ending (`EVENT_ENDING`). Not an "-al" word qualifying the noun right
 * after it ("the naval relationship", "bilateral ties"): an adjective, where "withdrawal" or "approval" is a noun.
 */
function eventWord(a: AnalysedSentence, i: number): boolean {
  const w = a.words[i].lower;
  if (a.content[i] !== 1 || !EVENT_ENDING.test(w)) return false;
  return !(w.endsWith('al') && a.content[i + 1] === 1 && /^\s+$/.test(textBetween(a, i, i + 1)));
}

/**
 * The noun phrase a date set before it dates, between a determiner and the phrase's last noun ("a November 2018
 * Supreme Court judgment", "his March 1 national address"), as content stems: that event is the date's, not the verb
 * before it. A verb form after a noun ends the phrase ("a 2018 ruling ordering …").
 */
function prenominalPhrase(a: AnalysedSentence, slot: Slot): string[] | undefined {
  if (slot.attributive || !ATTRIBUTIVE_OPENERS.has(a.words[slot.first - 1]?.lower ?? '')) return undefined;
  const out: string[] = [];
  for (let i = slot.last + 1; i < a.words.length && i <= slot.last + 5; i++) {
    if (!/^[\s-]*$/.test(textBetween(a, i - 1, i))) break;
    if (a.slots.some((o) => o.kind === 'entity' && o.first <= i && i <= o.last)) continue;
    if (a.content[i] !== 1 || (out.length > 0 && ACT_ENDING.test(a.words[i].lower))) break;
    out.push(a.stems[i]);
  }
  return out.length > 0 ? out : undefined;
}

/** Whether a content word of stem `word` stands within a few words of `slot`, with no punctuation between. */
export function inClauseOf(a: AnalysedSentence, slot: Slot, word: string): boolean {
  for (let i = slot.last + 1; i < a.words.length && i <= slot.last + NEIGHBOURHOOD; i++) {
    if (PUNCTUATION_BETWEEN.test(textBetween(a, i - 1, i)) && i > slot.last + 1) return false;
    if (a.content[i] === 1 && a.stems[i] === word) return true;
  }
  for (let i = slot.first - 1; i >= 0 && i >= slot.first - NEIGHBOURHOOD; i--) {
    if (PUNCTUATION_BETWEEN.test(textBetween(a, i, i + 1))) return false;
    if (a.content[i] === 1 && a.stems[i] === word) return true;
  }
  return false;
}

/**
 * Whether `x` puts date `a` in a phrase of time opening its clause ("After the 2018 ruling, each country removed …,
 * and Tokyo restricted exports …"), and `y` gives date `b` to a decision or plan (lexicon.ts `WILLED_NOUNS`) to do
 * what `x` tells after that phrase ("decision in summer 2019 to tighten export control measures"): the phrase names an
 * event before the act, whose own date `x` leaves untold, so the two date two events.
 */
function datesEventBefore(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  const p = a.first - 2;
  if (p < 0 || !EVENT_PREPOSITIONS.has(x.words[p].lower) || !ATTRIBUTIVE_OPENERS.has(x.words[p + 1].lower)) return false;
  if (p > 0 && !PUNCTUATION_BETWEEN.test(textBetween(x, p - 1, p))) return false;
  const decided = decidedAct(y, b);
  if (decided.size === 0) return false;
  // The phrase ends at the first mark after the date; the act is told after it.
  let e = a.last + 1;
  while (e < x.words.length && !PUNCTUATION_BETWEEN.test(textBetween(x, e - 1, e))) e++;
  for (let i = e; i < x.words.length; i++) if (x.content[i] === 1 && decided.has(x.stems[i])) return true;
  return false;
}

/**
 * The content stems of the act a dated decision or plan is to do, its "to" closing the date's phrase: "decision in
 * summer 2019 to tighten export control measures", "the 2019 plan to fund the foundation"; none for any other date.
 */
function decidedAct(y: AnalysedSentence, b: Slot): Set<string> {
  const out = new Set<string>();
  const willed = (k: number) => WILLED_NOUNS.has(y.words[k]?.lower ?? '');
  const noun = willed(b.first - 2) && y.words[b.first - 1].lower === 'in' ? b.first - 2 : willed(b.last + 1) ? b.last + 1 : -1;
  const to = Math.max(noun, b.last) + 1;
  if (noun < 0 || y.words[to]?.lower !== 'to' || PUNCTUATION_BETWEEN.test(textBetween(y, to - 1, to))) return out;
  for (let k = to + 1; k < y.words.length && k <= to + NEIGHBOURHOOD && !PUNCTUATION_BETWEEN.test(textBetween(y, k - 1, k)); k++)
    if (y.content[k] === 1) out.add(y.stems[k]);
  return out;
}

/**
 * Two dates are of the same act unless one sentence tells both acts and dates the other: "reaching the agreement in
 * 2015" against "scrapping of the agreement in 2018, which Suga played a role in reaching" date two acts.
 */
export function sameEvent(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  if (a.kind !== 'date') return true;
  if (datesEventBefore(x, a, y, b) || datesEventBefore(y, b, x, a)) return false;
  // Two years naming things ("violated the 1972 treaty that normalized relations", "broken the 1965 treaty normalizing
  // relations") date the things, not the acts around them: whether they name one thing is `sameNamedThing`'s question.
  if (a.attributive && b.attributive) return true;
  const ex = eventOf(x, a);
  const ey = eventOf(y, b);
  if (ex === undefined || ey === undefined || ex === ey) return true;
  // A decision dated with what it decided ("decision in summer 2019 to tighten export control measures") dates that
  // act: a draft dating the tightening itself tells the same event.
  if (decidedAct(y, b).has(ex) || decidedAct(x, a).has(ey)) return true;
  // A date before a noun phrase dates the thing it names, whichever of its words the other sentence's act is; and the
  // other sentence dates that thing too when it names it in the date's clause ("in June 2020, engaged in a standoff").
  const px = prenominalPhrase(x, a);
  const py = prenominalPhrase(y, b);
  if (px?.includes(ey) || py?.includes(ex) || (px && inClauseOf(y, b, ex)) || (py && inClauseOf(x, a, ey))) return true;
  // A thing given out in the passive is dated by its giving out ("The court's ruling …, which set off the battle, was
  // issued in October 2017" against "a Korean Supreme Court ruling in October 2018"): both date the ruling.
  if (issuedAs(x, a, ey) || issuedAs(y, b, ex)) return true;
  // The claim tells the draft's act too, but dates another one (or the draft tells the claim's act undated).
  return !y.contentStems.has(ex) && !x.contentStems.has(ey);
}

/** The stems of `ISSUING_VERBS`. */
const ISSUING_STEMS = new Set([...ISSUING_VERBS].map(stem));

/**
 * Where date `slot` dates a passive verb of giving out (`ISSUING_VERBS`: "was issued in October 2017"), the content
 * words of the noun phrase opening the sentence, its subject ("The Korean Supreme Court's ruling on wartime laborers,
 * …, was issued …"): the thing given out. None for a verb of a relative clause ("… controls that were imposed in
 * 2019"), nor in a sentence opening with a phrase of time ("After the ruling, …"), whose subject comes later.
 */
export function issuedSubject(a: AnalysedSentence, slot: Slot): number[] {
  const out: number[] = [];
  if (slot.kind !== 'date' || !['in', 'on'].includes(a.words[slot.first - 1]?.lower ?? '')) return out;
  const verb = slot.first - 2;
  if (verb < 2 || !ISSUING_STEMS.has(a.stems[verb]) || !ACT_ENDING.test(a.words[verb].lower)) return out;
  const auxiliary = verb - 1;
  if (!PASSIVE_AUXILIARIES.has(a.words[auxiliary].lower) || RELATIVE_WORDS.has(a.words[auxiliary - 1].lower)) return out;
  // The opening noun phrase: from the sentence's first word to its first preposition, mark or other function word.
  if (!ATTRIBUTIVE_OPENERS.has(a.words[0].lower) && a.content[0] !== 1) return out;
  for (let k = 0; k < auxiliary; k++) {
    const inName = inSlot(a, k);
    if (k > 0 && (PUNCTUATION_BETWEEN.test(textBetween(a, k - 1, k)) || (a.content[k] !== 1 && !inName && !possessiveMark(a.words, k))))
      break;
    if (a.content[k] === 1) out.push(k);
  }
  return out;
}

/** Whether date `slot` dates the giving out of a thing its sentence's subject names by `word` (`issuedSubject`). */
function issuedAs(a: AnalysedSentence, slot: Slot, word: string | undefined): boolean {
  return word !== undefined && issuedSubject(a, slot).some((k) => a.stems[k] === word);
}

/** The stems of the nouns of a gathering (lexicon.ts `GATHERING_NOUNS`). */
const GATHERING_STEMS = new Set(GATHERING_NOUNS.map(stem));

/** The words of `PARTY_COUNT_WORDS` a sentence sizes a gathering with ("a bilateral summit"; not "bilateral efforts"). */
function partyCounts(a: AnalysedSentence): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i + 1 < a.words.length; i++)
    if (PARTY_COUNT_WORDS.has(a.words[i].lower) && GATHERING_STEMS.has(a.stems[i + 1])) found.add(a.words[i].lower);
  return found;
}

/**
 * Whether the two tell events of other sizes: each counts its parties in a word the other does not use ("their first
 * bilateral summit in Seoul" against "a trilateral meeting … at the Hague"). Then they tell two meetings.
 */
export function otherPartyCount(x: AnalysedSentence, y: AnalysedSentence): boolean {
  const mine = partyCounts(x);
  const theirs = partyCounts(y);
  return mine.size > 0 && theirs.size > 0 && ![...mine].some((w) => theirs.has(w));
}

/**
 * Whether the claim's date `other` dates an agreement in its clause ("the … agreement Japan had reached in 2015 with
 * President Park Geun-hye") and the draft tells no agreement: the draft's date is another act's of the same parties
 * ("In 2014, Abe and Park Geun-hye met at The Hague"), not a wrong date of the agreement.
 */
export function datesUntoldAgreement(draft: AnalysedSentence, slot: Slot, claim: AnalysedSentence, other: Slot): boolean {
  if (slot.kind !== 'date' || other.kind !== 'date') return false;
  if (draft.stems.includes(AGREEMENT_STEM) || draft.slots.some((s) => s.entity?.type === 'agreement')) return false;
  for (let i = 0; i < claim.words.length; i++) {
    if (claim.stems[i] !== AGREEMENT_STEM) continue;
    const [from, to] = i < other.first ? [i, other.first] : [other.last, i];
    if (sameClause(claim, from, to)) return !tellsActOf(draft, claim, i);
  }
  return false;
}

/**
 * Whether the draft tells what the agreement at word `at` of the claim did, in a word of its own (outside its values)
 * the claim says after the agreement in its clause: "Diplomatic normalization … came only in 1972" against "the 1965
 * treaty normalizing relations". Not a word describing the agreement before it ("the painfully negotiated …
 * agreement"): "met" is read as "negotiated" is, but tells no act of the agreement.
 */
function tellsActOf(draft: AnalysedSentence, claim: AnalysedSentence, at: number): boolean {
  const acts = new Set<string>();
  for (let k = at + 1; k < claim.words.length && sameClause(claim, at, k); k++) if (claim.content[k] === 1) acts.add(claim.stems[k]);
  for (let i = 0; i < draft.words.length; i++) if (draft.content[i] === 1 && acts.has(draft.stems[i]) && !inSlot(draft, i)) return true;
  return false;
}

/**
 * Whether the claim's date `other` dates a hoping ("Last September, many …, hoped that the election of Prime Minister
 * Suga would provide an opportunity for renewed Japan-ROK relations") and the draft names nothing of what was hoped
 * would come about, the hoped clause's subject before its "would" ("the election of Prime Minister Suga"): a hope is
 * held at many times, and a draft dating hopes of the same end another thing raised ("Hopes for renewed Japan-ROK
 * relations rose in November 2020 with Biden's victory") tells another hope, not a wrong date of this one. A draft
 * naming the hoped thing ("hoped last November that Suga's election would …") is compared.
 */
export function otherHope(draft: AnalysedSentence, slot: Slot, claim: AnalysedSentence, other: Slot): boolean {
  if (slot.kind !== 'date' || other.kind !== 'date' || claim.reportedFrom < 0 || other.last >= claim.reportedFrom) return false;
  const verb = claim.words.findIndex((w, k) => k <= claim.reportedFrom && EXPECTATION_VERBS.has(w.lower));
  if (verb < 0) return false;
  let end = claim.reportedFrom + 1;
  while (end < claim.words.length && !HEDGE_WORDS.has(claim.words[end].lower)) end++;
  if (end >= claim.words.length) return false;
  // Whom the hoped thing names ("Prime Minister Suga"), and whether the draft names another person the claim does not
  // ("with Biden's election"): then "election" shared tells another person's election, not the hoped one.
  const persons = (a: AnalysedSentence, from: number, to: number) =>
    a.slots.filter((o) => o.entity?.type === 'person' && o.first >= from && o.last < to).map((o) => o.entity!.key);
  const hopedNames = persons(claim, claim.reportedFrom + 1, end);
  const claimNames = new Set(persons(claim, 0, claim.words.length));
  const draftNames = persons(draft, 0, draft.words.length);
  const otherPerson =
    hopedNames.length > 0 && !hopedNames.some((p) => draftNames.includes(p)) && draftNames.some((p) => !claimNames.has(p));
  if (otherPerson) return true;
  const told = new Set(draft.stems);
  for (let k = claim.reportedFrom + 1; k < end; k++) {
    const named = claim.slots.some((o) => o.kind === 'entity' && o.first <= k && k <= o.last);
    if ((claim.content[k] === 1 || named) && told.has(claim.stems[k])) return false;
  }
  return true;
}
