/**
 * Titles and offices: whose title a title is, whether it is told as once held, and whether the claim gives it to
 * another person. Apart because offices change hands: a title is compared only through the person holding it, at the
 * time the sentence tells.
 */
import { type AnalysedSentence, pluralTitle, possessiveMark, type Slot } from '../sentenceAnalysis';
import { knownTitles, type PersonTitle, type SourceClaims, textBetween, titleOfNoNameAfter } from '../sourceClaims';
import { stem } from '../stem';
import {
  APPOSITION_WORDS,
  CAPACITY_OPENERS,
  OPENING_CAPACITY_WORDS,
  RANK_MODIFIERS,
  SUCCESSION_VERBS,
  TITLE_THEN_PHRASES,
} from '../lexicon';
import { PERSON_TYPES } from '../nameLists';
import { sameClause, wordsApart } from './clauses';
import { compareSlots, otherRank } from './values';

/**
 * Whether a title may be told of the time the claim tells: offices change hands, so in a sentence dating an event the
 * claim does not date alike ("In January 2016, Deputy Secretary of State Blinken …") a title is not compared.
 */
export function undatedOrDatedAlike(a: AnalysedSentence, pairs: readonly [Slot, Slot][]): boolean {
  return a.slots.every((s) => s.kind !== 'date' || pairs.some(([p]) => p === s));
}

/**
 * A title the sentence dates or tells as once held ("who served as culture minister in 2000", "then served as"): an
 * office of the past, not the one the person holds in the passage.
 */
export function pastOffice(a: AnalysedSentence, role: Slot): boolean {
  if (dated(a, role)) return true;
  const before = a.words[role.first - 1]?.lower;
  return before === 'as' && /^serv/.test(a.words[role.first - 2]?.lower ?? '');
}

/** The stems of the verbs of taking an office over (lexicon.ts `SUCCESSION_VERBS`). */
const SUCCESSION_STEMS: ReadonlySet<string> = new Set([...SUCCESSION_VERBS].map(stem));

/**
 * Whether a title is an office taken over from a person the sources give it to ("Suga, who succeeded Abe as prime
 * minister": "Prime Minister Abe"): the predecessor's office, held from the succession on, so no wrong title for the
 * one succeeding, whatever post the sources give that one before. (An office the sources never give the predecessor,
 * "succeeded Abe as foreign minister", is compared as any other.)
 */
export function officeTakenOver(index: SourceClaims, a: AnalysedSentence, role: Slot): boolean {
  if (a.words[role.first - 1]?.lower !== 'as') return false;
  const before = a.slots.find((o) => o.kind === 'entity' && o.entity!.type === 'person' && o.last === role.first - 2);
  if (!before || !SUCCESSION_STEMS.has(a.stems[before.first - 1] ?? '')) return false;
  return knownTitles(index, before).some((t) => compareSlots(role, t.title) === 'same');
}

/** Whether a date follows a title closely enough to date it ("culture minister in 2000"). */
function dated(a: AnalysedSentence, role: Slot): boolean {
  return a.slots.some((s) => s.kind === 'date' && s.first > role.last && s.first <= role.last + 2);
}

/** Words before a title that tell it as once held ("former", "previously Abe's foreign minister", "once ambassador"). */
const ONCE_WORDS = new Set(['former', 'formerly', 'previously', 'once']);

/**
 * Whether a title is told as once held: "former", "previously" or "formerly" before it, or "served as" ("former Cabinet
 * Secretary", "a former South Korean foreign minister", "who had served as Abe's foreign minister"), past the country
 * and the possessive owner qualifying it, or dated ("culture minister in 2000"). A person holds many offices in a career: such a
 * title is one of them, to compare only with one the sources tell as once held too.
 */
export function onceHeld(a: AnalysedSentence, title: Slot): boolean {
  if (ONCE_WORDS.has(a.words[title.first].lower) || dated(a, title)) return true;
  for (let i = title.first - 1; i >= 0; i--) {
    const w = a.words[i].lower;
    if (ONCE_WORDS.has(w)) return true;
    // "served as": not "serving as", told of the time of the sentence ("Then serving as unification minister, he …").
    if (w === 'as') return a.words[i - 1]?.lower === 'served';
    const named = a.slots.find((o) => o.kind === 'entity' && o.first <= i && i <= o.last);
    if (named && (named.entity!.type === 'place' || named.entity!.type === 'person')) {
      i = named.first;
      continue;
    }
    if (!APPOSITION_WORDS.has(w)) return false;
  }
  return false;
}

/**
 * A lower rank of the draft's title, of one office ("Deputy Secretary of State" for "Secretary of State"), that the
 * sources give `person` in a source written after the one year the draft dates its sentence to ("In January 2016,
 * then-Secretary of State Blinken met …", where an article of 2019 calls him the deputy secretary): a career climbs an
 * office's ranks, so the person did not hold the higher office before holding the lower. Only a title the draft tells
 * as held at its own time (`heldThen`, "serving as": checked by the caller), never one matching a title the sources
 * give the person when written by that year.
 */
export function lowerRankHeldLater(index: SourceClaims, draft: AnalysedSentence, person: Slot, title: Slot): PersonTitle | undefined {
  const years = new Set(draft.slots.flatMap((s) => (s.kind === 'date' && s.date?.year !== undefined ? [s.date.year] : [])));
  if (years.size !== 1) return undefined;
  const [year] = years;
  const ranks = (t: Slot) => t.role!.modifiers.filter((m) => RANK_MODIFIERS.has(m));
  const mine = ranks(title);
  const career = knownTitles(index, person, true).filter((t) => compareSlots(title, t.title) === 'same');
  // The sources give the very title by the draft's year: held then, whatever lower rank came after.
  if (career.some((t) => !otherRank(title, t.title) && (index.writingTime(t.claim)?.latest.year ?? Infinity) <= year)) return undefined;
  return career.find((t) => {
    const theirs = ranks(t.title);
    const lower = otherRank(title, t.title) && mine.every((m) => theirs.includes(m)) && theirs.length > mine.length;
    const written = index.writingTime(t.claim)?.earliest.year;
    return lower && written !== undefined && written > year;
  });
}

/**
 * A title of the draft's office at another rank that a source gives `person` in a statement dated to the one year the
 * draft dates its sentence to ("Japanese Foreign Minister Akitaka Saiki stood at the center as the three officials
 * posed before their January 2016 trilateral meeting" against a caption's "Japan's Vice Foreign Minister Akitaka
 * Saiki pose at the start of their trilateral meeting, …, on January 16, 2016"): the rank the person held then. Not
 * where a source gives the draft's rank dated then, nor, for a title not told as held then (`held` false), where the
 * sources give that rank at any time: a title of today may name a person for what they did before.
 */
export function otherRankHeldThen(
  index: SourceClaims,
  draft: AnalysedSentence,
  person: Slot,
  title: Slot,
  held: boolean,
): PersonTitle | undefined {
  const dates = draft.slots.filter((s) => s.kind === 'date' && s.date?.year !== undefined);
  if (dates.length === 0 || dates.some((d) => d.date!.year !== dates[0].date!.year)) return undefined;
  const { year, month } = dates[0].date!;
  const career = knownTitles(index, person, true).filter((t) => compareSlots(title, t.title) === 'same');
  if (!held && career.some((t) => !otherRank(title, t.title))) return undefined;
  // Dated then: every date of the statement in the draft's year (and month, where both give one).
  const datedThen = (t: PersonTitle) => {
    const own = index.claim(t.claim).analysis.slots.filter((s) => s.kind === 'date');
    return (
      own.length > 0 &&
      own.every((s) => s.date?.year === year && (month === undefined || s.date!.month === undefined || s.date!.month === month))
    );
  };
  const then = career.filter(datedThen);
  if (then.some((t) => !otherRank(title, t.title))) return undefined;
  return then[0];
}

/** Articles and the possessive's "s" that may stand between a dating word and its title ("then the chief …"). */
const TITLE_ARTICLES = new Set(['the', 'a', 'an', 's']);

/**
 * Whether a title is dated to the time of the sentence's own event by words before it (lexicon.ts
 * `TITLE_THEN_PHRASES`: "Blinken, then Deputy Secretary", "then South Korea's foreign minister"), past its article
 * and the place or person owning it: one office of a career, held then.
 */
export function heldThen(a: AnalysedSentence, title: Slot): boolean {
  for (let i = title.first - 1; i >= 0; i--) {
    if (TITLE_THEN_PHRASES.some((p) => p.every((w, k) => a.words[i - p.length + 1 + k]?.lower === w))) return true;
    const named = a.slots.find((o) => o.kind === 'entity' && o.first <= i && i <= o.last);
    if (named && (named.entity!.type === 'place' || named.entity!.type === 'person')) {
      i = named.first;
      continue;
    }
    if (!TITLE_ARTICLES.has(a.words[i].lower)) return false;
  }
  return false;
}

/**
 * Whether `title` stands as `person`'s title: nothing but articles, "then", "former", a possessive's "s", a place or a
 * body and punctuation between them ("Abe's Cabinet Secretary", "Suga, then the chief cabinet secretary", "Bolton,
 * the NSC director"); a title before the person may name its field after "for" ("the NSC director for Asia, Matthew
 * Pottinger"). A verb or a noun between ties the title to something else ("… appointment as ambassador came before
 * Park's trip").
 */
export function titleOf(a: AnalysedSentence, person: Slot, title: Slot): boolean {
  if (pluralTitle(title)) return false;
  const titleFirst = person.last >= title.first;
  // "Yu Myung Hwan, a former ROK foreign minister, Suga will …", "In a call with the new president, Suga …": the title
  // is the earlier name's, or closes an opening phrase; the name after its comma opens the main clause.
  if (titleFirst && titleOfNoNameAfter(a, title)) return false;
  const [from, to] = titleFirst ? [title.last + 1, person.first] : [person.last + 1, title.first];
  for (let i = from; i < to; i++) {
    if (APPOSITION_WORDS.has(a.words[i].lower)) continue;
    const named = a.slots.find((o) => o.kind === 'entity' && o.first <= i && i <= o.last);
    if (named && (named.entity!.type === 'place' || named.entity!.type === 'organisation')) continue;
    if (titleFirst && i === from && a.words[i].lower === 'for' && named === undefined) {
      const field = a.slots.find((o) => o.kind === 'entity' && o.first === i + 1);
      if (field) {
        i = field.last;
        continue;
      }
    }
    return false;
  }
  return true;
}

/**
 * Whether the draft gives `title` to a person the claim names too, beside it or as a capacity ("Lloyd Austin visited
 * Tokyo as Secretary of State"), while the claim gives the same title (`theirs`) only to another person, standing
 * beside it as that person's.
 */
export function titledElsewhere(
  draft: AnalysedSentence,
  title: Slot,
  claim: AnalysedSentence,
  theirs: Slot,
  pairs: readonly [Slot, Slot][],
): boolean {
  const person = pairs.find(([p]) => p.entity?.type === 'person' && (holds(draft, p, title) || p === capacityHolder(draft, title)));
  if (!person) return false;
  const holder = claim.slots.find((q) => q.entity?.type === 'person' && holds(claim, q, theirs));
  return holder !== undefined && compareSlots(holder, person[1]) === 'differ' && !titleOf(claim, person[1], theirs);
}

/** Whether `person` holds `title`, standing beside it as its holder: not as the one it serves ("Abe's Cabinet Secretary"). */
export function holds(a: AnalysedSentence, person: Slot, title: Slot): boolean {
  if (wordsApart(person, title) > 3 || !titleOf(a, person, title)) return false;
  return !serves(a, person, title);
}

/** Whether `title` names an office by the person it serves, that person's possessive before it ("Abe's Cabinet Secretary"). */
export function serves(a: AnalysedSentence, person: Slot, title: Slot): boolean {
  return person.last < title.first && possessiveMark(a.words, person.last + 1);
}

/**
 * The draft's people right after a title that stands paired with the claim's same title, where the claim puts another
 * person right after it ("reached … with President Moon Jae-in" against "reached in 2015 with President Park
 * Geun-hye"): that person holds the title in the claim's account, whatever other mention of the draft's person the
 * claim has ("the Moon government", in another clause). Each with the claim's holder. Not where the draft names the
 * claim's holder too: then both are told.
 */
export function otherHolderOfTitle(draft: AnalysedSentence, claim: AnalysedSentence, pairs: readonly [Slot, Slot][]): [Slot, Slot][] {
  const found: [Slot, Slot][] = [];
  for (const [title, theirs] of pairs) {
    if (title.kind !== 'role' || theirs.kind !== 'role') continue;
    const mine = draft.slots.find((s) => s.first === title.last + 1 && s.entity?.type === 'person');
    const holder = claim.slots.find((s) => s.first === theirs.last + 1 && s.entity?.type === 'person');
    if (!mine || !holder || compareSlots(mine, holder) !== 'differ') continue;
    if (draft.slots.some((s) => s.kind === 'entity' && compareSlots(s, holder) === 'same')) continue;
    found.push([mine, holder]);
  }
  return found;
}

/**
 * Whether the draft's title stands right before a person ("Defense Secretary Austin") to whom the claim gives that
 * same title right before the same person ("Secretary of Defense Lloyd Austin"): the title is that person's in both,
 * whatever other title of the claim it was set against ("Secretary of State Antony Blinken", named beside him). Not
 * a title of another rank ("secretary of state" against "Deputy Secretary of State"), compared through its holder.
 */
export function titleOfSamePerson(draft: AnalysedSentence, title: Slot, claim: AnalysedSentence): boolean {
  const person = draft.slots.find((s) => s.first === title.last + 1 && s.entity?.type === 'person');
  if (!person) return false;
  return claim.slots.some(
    (q) =>
      q.entity?.type === 'person' &&
      compareSlots(person, q) === 'same' &&
      claim.slots.some((r) => r.kind === 'role' && r.last === q.first - 1 && compareSlots(title, r) === 'same' && !otherRank(title, r)),
  );
}

/**
 * The person a title after "as" gives a capacity to ("Suga played a significant role in reaching it as Abe's Cabinet
 * Secretary", "Suga helped reach the deal as foreign minister"): the first person the title's clause names before
 * "as", its subject, not an owner ("Moon's scrapping"). Undefined for a title not after "as".
 */
export function capacityHolder(a: AnalysedSentence, title: Slot): Slot | undefined {
  let k = title.first - 1;
  // The title's article, owner or holder's word stands between ("as the foreign minister", "as Abe's Cabinet Secretary",
  // "as its next foreign minister").
  const owner = (i: number) =>
    a.slots.some((s) => s.kind === 'entity' && s.first <= i && i <= s.last && possessiveMark(a.words, s.last + 1));
  while (k >= 0 && (CAPACITY_OPENERS.has(a.words[k].lower) || possessiveMark(a.words, k) || owner(k))) k--;
  if (a.words[k]?.lower !== 'as') return undefined;
  if (k === 0) return openingCapacityHolder(a, title);
  // Past a title set off by commas before "as", the clause ends at the person it is given to.
  const apposed = appositionBefore(a, k);
  const end = apposed ?? k;
  return a.slots.find(
    (s) =>
      PERSON_TYPES.includes(s.entity?.type ?? 'place') &&
      (apposed === undefined ? s.last < end : s.last <= end) &&
      sameClause(a, s.last, end, true) &&
      !possessiveMark(a.words, s.last + 1),
  );
}

/**
 * The person a sentence opening with "as" and a title gives that capacity to ("As the LDP's secretary-general under
 * Abe, Suga played …"): the name right after the comma closing the phrase, the main clause's subject. Only what names
 * whom the office serves may stand between the title and that comma (`OPENING_CAPACITY_WORDS`, names): a verb makes
 * the "as" one of time or manner ("As President Moon said, Suga …" gives Suga no title).
 */
function openingCapacityHolder(a: AnalysedSentence, title: Slot): Slot | undefined {
  for (let i = title.last + 1; i < a.words.length; i++) {
    if (textBetween(a, i - 1, i).includes(',')) {
      const subject = a.slots.find((s) => s.first === i && PERSON_TYPES.includes(s.entity?.type ?? 'place'));
      return subject && !possessiveMark(a.words, subject.last + 1) ? subject : undefined;
    }
    const named = a.slots.find((o) => o.kind === 'entity' && o.first <= i && i <= o.last);
    if (named?.entity?.type === 'person' && named.first === title.last + 1) return undefined;
    if (named) i = named.last;
    else if (!OPENING_CAPACITY_WORDS.has(a.words[i].lower)) return undefined;
  }
  return undefined;
}

/**
 * The first word of a title set off by commas right before word `k` ("appointed Representative Kang Chan-gil, former
 * chairman of the Korea-Japan Parliamentarians' Union, as the next ambassador"): the person's title, not another
 * clause, so the person before it is the one the "as" speaks of. The last word before the apposition; undefined where
 * none stands there.
 */
function appositionBefore(a: AnalysedSentence, k: number): number | undefined {
  if (k < 1 || !textBetween(a, k - 1, k).includes(',')) return undefined;
  for (let i = k - 2; i > 0; i--) {
    if (!textBetween(a, i - 1, i).includes(',')) continue;
    const first = a.words[i].lower === 'a' || a.words[i].lower === 'the' ? i + 1 : i;
    return a.slots.some((s) => s.kind === 'role' && s.first === first) ? i - 1 : undefined;
  }
  return undefined;
}
