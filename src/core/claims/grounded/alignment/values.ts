/**
 * How two values of one kind compare ('same', 'differ', 'incomparable'): dates at the precision each states, numbers
 * within the tolerance their wording allows, names and titles by their words. Apart from the alignment because every
 * other question (who, which event, which office) ends in this one.
 */
import { closestWord } from '../../../knowledge/compile/problems';
import { SEASON_MONTHS, type DraftDate } from '../../values';
import { isRegion } from '../gazetteer';
import { COMPASS_WORDS, DAYS_IN_UNIT, LEADER_GOVERNMENT_NOUNS, RANK_MODIFIERS } from '../lexicon';
import { pluralTitle, WINDOW, type Slot } from '../sentenceAnalysis';

/** How two values of one kind compare. */
export type Comparison = 'same' | 'differ' | 'incomparable';

/** Whether two dates can both be true of one event, at the precision each states. */
export function compareDates(a: DraftDate, b: DraftDate): Comparison {
  if (a.decade !== undefined && b.decade !== undefined) return a.decade === b.decade ? 'same' : 'differ';
  if (a.decade !== undefined || b.decade !== undefined) {
    const decade = a.decade ?? b.decade!;
    const year = a.decade !== undefined ? b.year : a.year;
    if (year === undefined) return 'incomparable';
    return year >= decade && year < decade + 10 ? 'same' : 'differ';
  }
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) {
    // "winter 2019" may end in January 2020 (or begin in December 2018); "December 2018" and "early 2019" are close.
    // Only clear gaps differ: a winter and, in the year next to it, a month from March to November or another season.
    if (Math.abs(a.year - b.year) === 1 && (a.season === 'winter' || b.season === 'winter')) {
      const other = a.season === 'winter' ? b : a;
      const clear =
        (other.season !== undefined && other.season !== 'winter') || (other.month !== undefined && other.month >= 3 && other.month <= 11);
      return clear ? 'differ' : 'incomparable';
    }
    return 'differ';
  }
  const sameYear = a.year !== undefined && b.year !== undefined;
  if (a.month !== undefined && b.month !== undefined) {
    if (a.month !== b.month)
      return sameYear || (a.year === undefined) !== (b.year === undefined) || (a.year === undefined && b.year === undefined)
        ? 'differ'
        : 'incomparable';
    if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return 'differ';
    // "mid-November" is not November 9: a day outside the third of the month the part names.
    if (outsidePart(a, b) || outsidePart(b, a)) return 'differ';
    return 'same';
  }
  const season = a.season ?? b.season;
  if (season !== undefined) {
    const other = a.season !== undefined ? b : a;
    if (other.season !== undefined) return other.season === season ? 'same' : 'differ';
    if (other.month !== undefined) return SEASON_MONTHS[season].includes(other.month) ? 'same' : 'differ';
  }
  return a.year !== undefined && b.year !== undefined ? 'same' : 'incomparable';
}

/** The days of a month each part of it names ("early", "mid", "late"): its thirds. */
const PART_DAYS: Readonly<Record<NonNullable<DraftDate['part']>, readonly [number, number]>> = {
  early: [1, 10],
  mid: [11, 20],
  late: [21, 31],
};

/** Whether date `a` gives a day of the month outside the part of it `b` names ("November 9" and "mid-November"). */
function outsidePart(a: DraftDate, b: DraftDate): boolean {
  if (a.day === undefined || b.day !== undefined || b.part === undefined) return false;
  const [from, to] = PART_DAYS[b.part];
  return a.day < from || a.day > to;
}

/** Whether two slots of one kind can name the same value. */
export function compareSlots(a: Slot, b: Slot): Comparison {
  if (a.kind !== b.kind) return toldBackAgainstDate(a, b) ?? toldBackAgainstDate(b, a) ?? 'incomparable';
  switch (a.kind) {
    case 'date':
      // "the 2015 agreement" names a thing by its year; it does not date the event the clause tells. It still agrees
      // with the same year elsewhere ("the agreement reached in 2015").
      if (Boolean(a.attributive) !== Boolean(b.attributive)) return compareDates(a.date!, b.date!) === 'same' ? 'same' : 'incomparable';
      return compareDates(a.date!, b.date!);
    case 'number': {
      let x = a.number!;
      let y = b.number!;
      if (x.unit === undefined || y.unit === undefined) return 'incomparable';
      // "within days" and "several months": lengths in two units of time are compared in days.
      if (x.unit !== y.unit) {
        [x, y] = [inDays(x), inDays(y)];
        if (x.unit !== y.unit) return 'incomparable';
      }
      // "dozens of casualties" allows 40, not "hundreds".
      if (x.range || y.range) {
        const [from, to] = [countsOf(x, y), countsOf(y, x)];
        return from[0] <= to[1] && to[0] <= from[1] ? 'same' : 'differ';
      }
      // "Less than a decade" allows nothing over ten years: a ceiling agrees with any count under it, and with another
      // ceiling.
      if (x.most || y.most) return againstCeiling(x, y);
      // Two floors reach as far as the next count each is rounded to ("over three decades" is thirty to forty years,
      // or it would be "over four"): "more than five decades" is not what it says, "more than two decades" meets it.
      if (x.least && y.least && x.step !== undefined && y.step !== undefined)
        return x.value <= y.value + y.step && y.value <= x.value + x.step ? 'same' : 'differ';
      // "Just over 60 percent" allows nothing under 60, however loosely either is written: not 56.
      if (underFloor(x, y) || underFloor(y, x)) return 'differ';
      // "More than half" allows two-thirds: a floor agrees with any count at or above it, however far.
      if (overFloor(x, y) || overFloor(y, x)) return 'same';
      if (x.value === y.value) return 'same';
      // "About 40" agrees with 45, not with 56; "some 58" is as fine as it is written, and not 56.
      if (x.approximate || y.approximate)
        return Math.abs(x.value - y.value) <= Math.max(tolerance(x, y), tolerance(y, x)) ? 'same' : 'differ';
      return 'differ';
    }
    case 'entity': {
      const x = a.entity!;
      const y = b.entity!;
      // One name, whatever it stands for here ("in Tokyo", the city; "to Tokyo", the government).
      if (x.key === y.key || sameIgnoringCase(a.text, b.text)) return 'same';
      if (otherQuarter(x.words, y.words)) return 'differ';
      // "Moon" and "Moon Jae-in", or one name spelled two ways ("Kang Chan-gil", "Kang Chang-il"): people sharing a
      // name are taken for one, unless each full name has a name of its own (`otherPeople`). Organisations and things by their names' words: "the Supreme Court" is "the Korean
      // Supreme Court", but "the Seoul Central District Court" is another court.
      if (x.type === 'person' || y.type === 'person' || x.type === 'name' || y.type === 'name') {
        if (sharesName(x.words, y.words)) return otherPeople(a, b) ? 'differ' : 'same';
      } else if (x.type === y.type && (contains(x.words, y.words) || contains(y.words, x.words)))
        return reordered(x, y) ? 'differ' : 'same';
      // A name holding a place's name is not that place: "the Korea-Japan Parliamentarians' Union" is not "Japan".
      if (x.type === 'name' || y.type === 'name' || x.type !== y.type) return 'incomparable';
      if (Boolean(x.adjective) !== Boolean(y.adjective)) return 'incomparable';
      // A city may lie in the country the other names ("Osaka", "Japan"): only two countries, or two other places, differ.
      if (x.type === 'place' && x.key.startsWith('country:') !== y.key.startsWith('country:')) return 'incomparable';
      // A place lies in a region ("Tokyo", "Asia"): a region differs from no place.
      if (x.type === 'place' && (isRegion(x.words) || isRegion(y.words))) return 'incomparable';
      return 'differ';
    }
    case 'role': {
      const x = a.role!;
      const y = b.role!;
      if (x.head !== y.head) return 'incomparable';
      // "cabinet secretaries" holds several offices: it is no other title than one of them ("Secretary of State").
      if (pluralTitle(a) !== pluralTitle(b)) return 'incomparable';
      // A bare "secretary" is vaguer than "assistant secretary", not another office.
      if (x.modifiers.length === 0 || y.modifiers.length === 0) return 'same';
      if (contains(x.modifiers, y.modifiers) || contains(y.modifiers, x.modifiers)) return 'same';
      return 'differ';
    }
  }
}

/**
 * Whether `a` names a leader's government ("the Moon administration": a person's name that `leads` a country) and `b` that
 * country named as itself ("Seoul"): the same party.
 */
export function governs(a: Slot, b: Slot): boolean {
  const [x, y] = [a.entity, b.entity];
  return x?.leads !== undefined && x.leads === y?.key && !y.adjective;
}

/**
 * A date (a year or a decade, dating an event) against a source's length told back from its time of writing ("some
 * 20 years ago", "in the past decade", read as the years it comes to): 'differ' where the two share no year ("in the
 * 1970s" against "some 20 years ago" written in 2021). A date opening a span ("since the 2010s") against a length
 * held up to the time of writing: 'differ' where it began later than the length allows. Never 'same': a length and a
 * date are no shared anchor.
 */
function toldBackAgainstDate(date: Slot, length: Slot): Comparison | undefined {
  const years = length.number?.years;
  const began = length.number?.began;
  const d = date.date;
  if (date.kind !== 'date' || !d || date.attributive || (!years && !began)) return undefined;
  const first = d.year ?? d.decade;
  if (first === undefined) return undefined;
  // A span the draft opens at a date ("only since the 2010s") against a thing the source tells held for a length up
  // to its writing ("for over three decades"): 'differ' where it began later than the length allows. It runs up to
  // the time of writing, so it shares years with any window ending then ("in the past decade").
  if (date.opens && began) return first > began[1] ? 'differ' : 'incomparable';
  if (date.opens && length.number!.unit?.endsWith(WINDOW)) return 'incomparable';
  if (!years) return undefined;
  const last = d.year ?? first + 9;
  return last < years[0] || first > years[1] ? 'differ' : 'incomparable';
}

/**
 * Two people's full names sharing a given or a family name, each with a name of its own the other lacks and not one
 * name spelled two ways: "William Cohen" and "William Perry", "Park Geun-hye" and "Park Jie-won" (not "Kang Chan-gil"
 * and "Kang Chang-il", nor "Moon" and "Moon Jae-in"). Only names written wholly in capitals: "the Abe cabinet" and
 * "Abe Shinzo" name one man's government and the man.
 */
function otherPeople(a: Slot, b: Slot): boolean {
  if (a.entity!.type !== 'person' || b.entity!.type !== 'person') return false;
  if (!NAME_WORDS_ONLY.test(a.text) || !NAME_WORDS_ONLY.test(b.text)) return false;
  const x = a.entity!.words;
  const y = b.entity!.words;
  // What is left of each name without the words both share, its parts joined ("Chan-gil" and "Chang-il" are one).
  const mine = x.filter((w) => !y.includes(w)).join('');
  const theirs = y.filter((w) => !x.includes(w)).join('');
  if (mine === '' || theirs === '' || mine.includes(theirs) || theirs.includes(mine)) return false;
  return closestWord(mine, [theirs]) === undefined;
}

/**
 * Two of the glossary's names with one set of words in another order ("the Japan-Korea Parliamentarians' Union", the
 * Japanese lawmakers' body, and "the Korea-Japan Parliamentarians' Union", the Korean one): the glossary lists them
 * apart, as two things. Not two names of one entry, nor names the glossary does not know.
 */
function reordered(x: NonNullable<Slot['entity']>, y: NonNullable<Slot['entity']>): boolean {
  if (x.key === y.key || !x.key.startsWith('term:') || !y.key.startsWith('term:') || x.words.length !== y.words.length) return false;
  return contains(x.words, y.words) && contains(y.words, x.words) && x.words.some((w, i) => w !== y.words[i]);
}

/**
 * Two names alike but for one word, a quarter of the compass in each ("the New Southern Policy", "the New Northern
 * Policy"; "the East China Sea", "the South China Sea"): two things, however many words they share.
 */
function otherQuarter(x: readonly string[], y: readonly string[]): boolean {
  if (x.length !== y.length || x.length < 2) return false;
  const differing = x.flatMap((w, i) => (w.toLowerCase() === y[i].toLowerCase() ? [] : [i]));
  return differing.length === 1 && COMPASS_WORDS.has(x[differing[0]].toLowerCase()) && COMPASS_WORDS.has(y[differing[0]].toLowerCase());
}

/** A name whose every word opens with a capital ("Park Geun-hye", "William Cohen"; not "Abe cabinet"). */
const NAME_WORDS_ONLY = /^\p{Lu}[^\s]*(?:\s+\p{Lu}[^\s]*)*$/u;

/**
 * Whether two texts of one length are one text in lower case (`toLowerCase`), without making the lower-case copies:
 * two names are compared for every pair of a sentence's and a passage's named things. ASCII letters are compared
 * folded; where other characters differ, the copies decide (their case may fold otherwise).
 */
function sameIgnoringCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 128 || y >= 128) return a.toLowerCase() === b.toLowerCase();
    const folded = x | 32;
    if (folded !== (y | 32) || folded < 97 || folded > 122) return false;
  }
  return true;
}

/** Two titles of one office but for a rank word one has and the other lacks ("Deputy Secretary of State", "Secretary of State"). */
export function otherRank(a: Slot, b: Slot): boolean {
  const x = a.role!;
  const y = b.role!;
  if (x.head !== y.head || x.modifiers.length === 0 || y.modifiers.length === 0) return false;
  const ranks = (m: readonly string[]) => m.filter((w) => RANK_MODIFIERS.has(w)).join(' ');
  return ranks(x.modifiers) !== ranks(y.modifiers);
}

/**
 * A length of time in days, its unit's mark of a length told from now (" ago", " back") kept; any other number as it
 * is. A month is taken for 30 days and a year for 365: lengths of two units are compared only as far as that allows.
 */
function inDays(n: NonNullable<Slot['number']>): NonNullable<Slot['number']> {
  const space = n.unit!.indexOf(' ');
  const unit = space < 0 ? n.unit! : n.unit!.slice(0, space);
  const days = DAYS_IN_UNIT.get(unit);
  if (days === undefined) return n;
  return {
    value: n.value * days,
    unit: 'day' + (space < 0 ? '' : n.unit!.slice(space)),
    approximate: n.approximate,
    step: n.step === undefined ? undefined : n.step * days,
    range: n.range && [n.range[0] * days, n.range[1] * days],
    least: n.least,
    most: n.most,
  };
}

/** How a count compares with a ceiling (`most`), one of the two being one: 'differ' only where the other lies wholly over it. */
function againstCeiling(x: NonNullable<Slot['number']>, y: NonNullable<Slot['number']>): Comparison {
  if (x.most && y.most) return 'same';
  const [ceiling, other] = x.most ? [x, y] : [y, x];
  const lowest = other.least ? other.value : other.range ? other.range[0] : other.value - tolerance(other, ceiling);
  return lowest > ceiling.value ? 'differ' : 'same';
}

/** Whether `floor` is written as a floor ("more than 40") and every count `other` allows lies under it. */
function underFloor(floor: NonNullable<Slot['number']>, other: NonNullable<Slot['number']>): boolean {
  if (!floor.least || other.least) return false;
  const highest = other.range ? other.range[1] : other.value + tolerance(other, floor);
  return highest < floor.value;
}

/** Whether `other`, a count of its own (no floor, no range), stands at or above the floor `floor`. */
function overFloor(floor: NonNullable<Slot['number']>, other: NonNullable<Slot['number']>): boolean {
  return floor.least === true && !other.least && !other.range && other.value >= floor.value;
}

/** The counts a number allows: its range, or its value as far as it may stand from `other`'s. */
function countsOf(n: NonNullable<Slot['number']>, other: NonNullable<Slot['number']>): readonly [number, number] {
  return n.range ?? [n.value - tolerance(n, other), n.value + tolerance(n, other)];
}

/** How far an approximate number may stand from another and still agree: 15%, at most half its rounding step. */
function tolerance(n: NonNullable<Slot['number']>, other: NonNullable<Slot['number']>): number {
  if (!n.approximate) return 0;
  const loose = 0.15 * Math.max(n.value, other.value);
  return n.step === undefined ? loose : Math.min(loose, n.step / 2);
}

/** Whether `inner` has words and every one stands in `outer`. (Loops, not closures: names are compared pair by pair.) */
function contains(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0) return false;
  for (const w of inner) if (!outer.includes(w)) return false;
  return true;
}

/**
 * Whether a word of one name stands in the other, past a noun for a leader's government ("Abe administration",
 * "Trump administration": `LEADER_GOVERNMENT_NOUNS`), which names no one.
 */
function sharesName(x: readonly string[], y: readonly string[]): boolean {
  for (const w of x) if (y.includes(w) && !LEADER_GOVERNMENT_NOUNS.has(w)) return true;
  return false;
}
