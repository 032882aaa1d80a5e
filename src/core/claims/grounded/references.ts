/**
 * References across the sentences of a paragraph, resolved where the paragraph leaves one reading: "he" or "she" for
 * the one person the sentence before named (none when it named two), or still referred to, "They" or "the two leaders" for the people it
 * named together as its subject ("Abe and Moon …"), "it" for the one agreement the sentence right before named, "the
 * court" or "that agreement" for the thing of that kind named last, and "that year", "that October", "the same summer"
 * for the year of the date given last; "two years later" or "the following winter" for the date it comes to, counted from
 * the one date the last sentence giving dates gave. The checker lines a sentence up with the passages using what its references
 * stand for, as if the sentence had named it where the reference stands ("As deputy secretary of state, he …" gives
 * the title to the person; a year beside "it" dates what "it" stands for), but never warns that a referent is wrong:
 * the writer named no value there.
 */
import { MONTH_NUMBERS, SEASON_MONTHS, SEASON_WORDS, type DraftDate } from '../values';
import { breaksClause, PUNCTUATION_BETWEEN } from './alignment/clauses';
import { seasonToldBack } from './alignment/events';
import { holds } from './alignment/offices';
import { workDated } from './alignment/tellingTimes';
import { compareSlots } from './alignment/values';
import {
  ADVERBIAL_CONJUNCTIONS,
  AFTER_THE_EVENT_BEFORE,
  APPROXIMATION_WORDS,
  BACKGROUND_ADVERBS,
  BACK_POINTERS,
  CASE_SUBJECTS,
  CASE_VERBS,
  CLAUSE_OPENERS,
  DATING_WORDS,
  DECLARING_WORDS,
  DEMONSTRATIVE_DETERMINERS,
  ELLIPSIS_SUBJECTS,
  EXISTENTIAL_THERE_VERBS,
  ELLIPSIS_VERBS,
  ELLIPSIS_WORD,
  IMPERSONAL_COPULAS,
  LEADER_GOVERNMENT_NOUNS,
  MODAL_VERBS,
  OCCURRING_VERBS,
  OFFICE_TERMS,
  ORDER_WORDS,
  ORGANISATION_HEADS,
  OTHER_PERSON_PREPOSITIONS,
  PARTY_POSSESSIVES,
  PASSIVE_AUXILIARIES,
  PERFECT_AUXILIARIES,
  PHRASE_CLOSERS,
  PLACE_PREPOSITIONS,
  PRESUPPOSING_SUBORDINATORS,
  PREVIOUS_WORDS,
  RANK_MODIFIERS,
  SUMMING_NOUNS,
  THEN_WORDS,
} from './lexicon';
import { nameLists, PERSON_TYPES, type ListReading } from './nameLists';
import { KIND_BITS, newSlot, pastForm, pluralTitle, possessiveMark, type AnalysedSentence, type Slot } from './sentenceAnalysis';
import { writtenAsPersonName } from './unlistedPeople';
import { textBetween, inSlot } from './sourceClaims';
import { LIGHT_STEMS, stem } from './stem';

/** What the sentences before have named, for the ones after. */
export interface ParagraphContext {
  person?: Slot;
  /**
   * The person is the one the sentence naming them named, no other but the owners of titles ("Suga, Abe's Cabinet
   * Secretary"): a title opening a sentence after it may stand for them. Not where another party of their act was named
   * ("Blinken phoned Motegi. The foreign minister …": the title is likelier the other's).
   */
  personAlone?: boolean;
  /** Every person the paragraph has named by a name of two words or more, by key: what a surname alone may stand for. */
  people?: Map<string, Slot>;
  /**
   * The people the paragraph has named with a title standing by them ("Professor Park Cheol Hee", "President Moon"),
   * by key, each with the last such title: whom a title opening a later sentence stands for, and whom not.
   */
  titled?: Map<string, TitledPerson>;
  /** The people the sentence before named together as its subject ("Abe and Moon met …"). */
  group?: Slot[];
  /**
   * The two people the sentence before named together anywhere, and no one else ("… a meeting between Abe and Moon in
   * Chengdu"): whom "the two leaders" stands for, though not "they".
   */
  pair?: Slot[];
  /** The last agreement, and the last organisation, named. */
  agreement?: Slot;
  /** The one agreement the sentence right before named, if it named one: what "it" may stand for. */
  agreementBefore?: Slot;
  /**
   * The body or country the sentence right before opened with as its subject ("The Blue House answered with
   * countermeasures."): what "It" opening the next sentence stands for, where no agreement was named.
   */
  subjectBefore?: Slot;
  organisation?: Slot;
  /** The one place the sentence right before named, if it named one: what "there" stands for ("… met there"). */
  placeBefore?: Slot;
  /**
   * The named things (not people) the sentence right before told its event with ("the Supreme Court ordered Japanese
   * companies …"): what "the ruling" or "that meeting" in the next sentence stands for.
   */
  event?: Slot[];
  year?: number;
  /**
   * The one date the last sentence giving dates gave (with its year), when it gave one: what "two years later" or "the
   * following winter" counts from.
   */
  date?: DraftDate;
}

/**
 * A paragraph's context before its first sentence: every field there from the start, unset, so that every paragraph's
 * context has one shape whatever its sentences set in whichever order (`updateContext` runs for every sentence; stores
 * to objects of many shapes are slow).
 */
export function emptyContext(): ParagraphContext {
  return {
    person: undefined,
    personAlone: undefined,
    people: undefined,
    titled: undefined,
    group: undefined,
    pair: undefined,
    agreement: undefined,
    agreementBefore: undefined,
    subjectBefore: undefined,
    organisation: undefined,
    placeBefore: undefined,
    event: undefined,
    year: undefined,
    date: undefined,
  };
}

/** A person named with a title standing by them ("Professor Park Cheol Hee"), and that title. */
interface TitledPerson {
  person: Slot;
  title: Slot;
}

/**
 * Whether word `i` of `draft` is a demonstrative before a noun of no name ("that share", "those talks"). "that" opens
 * a clause as often ("argued that browbeating would fail"): it is the demonstrative only after a function word ("at
 * that meeting") or where its noun closes its phrase ("put that share at 58 percent", "applaud that itinerary.").
 */
function demonstrativeAt(draft: AnalysedSentence, i: number): boolean {
  const { words } = draft;
  if (!DEMONSTRATIVE_DETERMINERS.has(words[i].lower) || draft.content[i + 1] !== 1) return false;
  if (draft.slots.some((s) => s.first <= i + 1 && i + 1 <= s.last)) return false;
  if (words[i].lower !== 'that' || draft.content[i - 1] === 0) return true;
  const after = words[i + 2];
  return after === undefined || PHRASE_CLOSERS.has(after.lower) || PUNCTUATION_BETWEEN.test(textBetween(draft, i + 1, i + 2));
}
/** Pronouns that stand for a person. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);
/** Words that stand for a thing named before: a pronoun, or a definite noun of its kind. */
const THING_PRONOUNS = new Set(['it', 'its']);
/** Nouns that, after "the", "that" or "this", stand for the last agreement or organisation ("the pact", "that court"). */
const AGREEMENT_NOUNS = new Set(['agreement', 'pact', 'accord', 'deal', 'treaty', 'arrangement']);
const ORGANISATION_NOUNS = new Set(['court', 'ministry', 'party', 'council', 'agency', 'service', 'union', 'foundation', 'committee']);
/**
 * Nouns of an event that, after "the", "that" or "this", stand for the event the sentence right before told ("The
 * Supreme Court ordered Japanese companies to pay. Tokyo called the ruling a violation …", "Abe and Moon met in
 * Chengdu. … preceded that meeting"). A writer names the event just told by its noun: the things that sentence named
 * are the ones this sentence speaks of.
 */
export const EVENT_NOUNS = new Set([
  'ruling',
  'verdict',
  'judgment',
  'judgement',
  'decision',
  'meeting',
  'summit',
  'talks',
  'visit',
  'trip',
  'appointment',
  'announcement',
  'speech',
  'call',
  'incident',
]);
/**
 * Nouns of the edges of a gathering that, after "the" and with no "of" saying whose, stand for the event the sentence
 * right before told, as its noun does: "… during the Group of Twenty summit in Osaka. The two leaders met on the
 * margins" met on the margins of that summit, in Osaka.
 */
const EVENT_EDGE_NOUNS = new Set(['margins', 'sidelines']);
/** Words before an event noun that point back at the event just told. */
const EVENT_DETERMINERS = new Set(['the', 'that', 'this']);
/** Most named things a sentence may tell its event with for "the ruling" after it to stand for them all. */
const MAX_EVENT_THINGS = 4;

/** Pronouns that, opening a sentence, stand for the people the sentence before named together as its subject. */
const GROUP_PRONOUNS = new Set(['they']);
/** Nouns of people that, after "the two" or "both", stand for two people named together ("the two leaders"). */
const GROUP_NOUNS = new Set(['leaders', 'men', 'women', 'ministers', 'presidents', 'officials']);
/** The noun that, after "the", stands for two people named together ("the pair"). */
const PAIR_NOUN = 'pair';
/** Words before a month, a season or "year" that point back at the date given before ("that year", "the same month"). */
const BACK = new Set(['that', 'same']);

/**
 * The values `draft`'s references stand for, as slots at the words that refer to them ("he", "it", the noun of "the
 * court"), and the dates it gives by reference ("that October", with the year of the date before), as slots at their
 * words.
 */
export function resolveReferences(draft: AnalysedSentence, context: ParagraphContext): References {
  const referents: Slot[] = [];
  const dates: Slot[] = [];
  const has = (type: string) => draft.slots.some((s) => s.entity?.type === type);
  const words = draft.words;
  const lower = (i: number) => words[i]?.lower ?? '';
  const pronoun = words.findIndex((w) => PERSON_PRONOUNS.has(w.lower));
  if (context.person && pronoun >= 0 && leftToPersonBefore(draft, pronoun, context.person))
    referents.push(referentAt(context.person, draft, pronoun));
  const namesPersonBefore = draft.slots.some((s) => s.entity?.type === 'person' && s.entity.key === context.person?.entity!.key);
  // "he" or "she" after the opening title is the title's holder ("The foreign minister signalled he was ready …"); any
  // other pronoun of a person may be someone else's ("The president received him"), unless a person the sentence
  // names stands before it to be its own ("The former minister expects Suga to avoid risks before his re-election").
  const othersPronoun = words.some(
    (w, i) =>
      PERSON_PRONOUNS.has(w.lower) &&
      !(i > 1 && SUBJECT_PRONOUNS.has(w.lower)) &&
      !draft.slots.some((s) => s.entity?.type === 'person' && !s.referent && s.last < i),
  );
  const title = othersPronoun ? undefined : titleReference(draft);
  const holder = title && titleHolder(draft, context, title, namesPersonBefore);
  if (title && holder)
    referents.push({ ...holder, first: title.first, last: title.last, start: title.start, end: title.end, referent: true });
  if (context.people) referents.push(...surnameReferences(draft, context.people));
  let together = context.group && !has('person') ? groupReference(draft, context.group.length) : -1;
  let members = context.group;
  // "The two leaders sat down there …, and Abe afterwards told the Diet …": a person named after the noun is no
  // third one it could count.
  if (together < 0 && context.pair) {
    const at = groupReference(draft, context.pair.length, false);
    if (at >= 0 && !draft.slots.some((s) => s.entity?.type === 'person' && s.first < at)) {
      together = at;
      members = context.pair;
    }
  }
  if (together >= 0) for (const p of members!) referents.push(referentAt(p, draft, together));
  // "It" opening the sentence, as the subject of a verb of its own (not "It is …", "It was Seoul that …"), is the body
  // or country the sentence before opened with: "The Blue House answered with countermeasures. It took the quarrel …".
  const subject = context.subjectBefore;
  if (
    subject &&
    !context.agreementBefore &&
    lower(0) === 'it' &&
    !PASSIVE_AUXILIARIES.has(lower(1)) &&
    !IMPERSONAL_COPULAS.has(lower(1)) &&
    !draft.slots.some((s) => s.entity?.key === subject.entity!.key)
  )
    referents.push(referentAt(subject, draft, 0));
  for (let i = 0; i < words.length; i++) {
    const w = lower(i);
    // "the deal", or "that deal" and "this court": a demonstrative points back as the article does.
    const definite = EVENT_DETERMINERS.has(lower(i - 1));
    if (context.agreementBefore && !has('agreement') && THING_PRONOUNS.has(w)) {
      referents.push(referentAt(context.agreementBefore, draft, i));
      break;
    }
    if (context.agreement && !has('agreement') && definite && AGREEMENT_NOUNS.has(w) && !saysWhichItself(draft, i)) {
      referents.push(referentAt(context.agreement, draft, i));
      break;
    }
    if (context.organisation && !has('organisation') && definite && ORGANISATION_NOUNS.has(w) && !saysWhichItself(draft, i)) {
      referents.push(referentAt(context.organisation, draft, i));
      break;
    }
  }
  // "there" points at the place named before, unless the sentence named a place of its own before it ("He flew to
  // Seoul and met Moon there") or names that place itself.
  const place = context.placeBefore;
  const there = place ? words.findIndex((w, i) => w.lower === 'there' && !existentialThere(draft, i)) : -1;
  if (there >= 0 && !draft.slots.some((s) => s.entity?.type === 'place' && (s.first < there || s.entity.key === place!.entity!.key)))
    referents.push(referentAt(place!, draft, there));
  const event = context.event ? eventReference(draft) : -1;
  if (event >= 0) {
    // The things the sentence names itself are its own; the rest of the event's stand at the noun.
    for (const thing of context.event!)
      if (!draft.slots.some((s) => s.entity?.key === thing.entity!.key) && !referents.some((r) => r.entity?.key === thing.entity!.key))
        referents.push(referentAt(thing, draft, event));
  }
  // (A written work's own date, "The March 2021 essay puts the low-water mark … in that same year", is no date of the
  // event told: the year pointed back at is the one before.)
  if (context.year !== undefined && !draft.slots.some((s) => s.kind === 'date' && workDated(draft, s) < 0)) {
    for (let i = 1; i < words.length; i++) {
      if (!BACK.has(lower(i - 1))) continue;
      const month = MONTH_NUMBERS.get(lower(i));
      const season = SEASON_WORDS.get(lower(i));
      if (month === undefined && season === undefined && lower(i) !== 'year') continue;
      const first = lower(i - 2) === 'the' && lower(i - 1) === 'same' ? i - 2 : i - 1;
      const date = { first: i, last: i, year: context.year, ...(month !== undefined ? { month } : {}), ...(season ? { season } : {}) };
      const start = words[first].start;
      const end = words[i].end;
      dates.push(
        newSlot({ kind: 'date', first, last: i, start, end, text: draft.source.slice(start - draft.start, end - draft.start), date }),
      );
      break;
    }
  }
  // A season counted back with no year of its own ("the previous spring") gets its year from the date before.
  if (context.date !== undefined && dates.length === 0 && !draft.slots.some((s) => s.kind === 'date' && !seasonToldBack(draft, s))) {
    const counted = countedDate(draft, context.date);
    if (counted) dates.push(counted);
  }
  return { referents, dates, restated: restatedLengths(draft) };
}

/**
 * Whether the "there" at word `i` is the empty subject of its clause ("There was little progress", "there could be
 * …"), pointing at no place.
 */
function existentialThere(draft: AnalysedSentence, i: number): boolean {
  const next = draft.words[i + 1]?.lower ?? '';
  return EXISTENTIAL_THERE_VERBS.has(next) || MODAL_VERBS.has(next);
}

/**
 * What a sentence's references stand for (`resolveReferences`): the people and things it refers to, at the words that
 * refer to them; the dates it gives by reference; and the lengths it counts from the date before that its own date
 * restates (`restatedLengths`), which are no values of its own.
 */
export interface References {
  referents: Slot[];
  dates: Slot[];
  restated?: Slot[];
}

/** Prepositions opening a date restated after a length ("two years later, in 2020"). */
const DATE_OPENERS = new Set(['in', 'on']);

/**
 * The lengths of years `draft` counts forward or back from the date before it, each right before a date of its own that
 * restates where the count comes to ("reached their low point two years later, in 2020"): the date says when, and the
 * length only how far that is from a date the sentence before gave. It is no count of anything, and, read as one,
 * would leave the sentence a value no passage gives.
 */
function restatedLengths(draft: AnalysedSentence): Slot[] {
  const { words } = draft;
  const lower = (i: number) => words[i]?.lower ?? '';
  const found: Slot[] = [];
  for (const length of draft.slots) {
    if (length.kind !== 'number' || length.number!.unit !== YEARS) continue;
    const end = length.last + (UNIT_WORDS.has(lower(length.last + 1)) ? 2 : 1);
    if (!COUNTED_LATER.has(lower(end)) && !COUNTED_EARLIER.has(lower(end))) continue;
    // A comma, then "in" or "on" and the date: an apposition restating the time counted to.
    const at = DATE_OPENERS.has(lower(end + 1)) ? end + 2 : -1;
    const date = draft.slots.find((s) => s.kind === 'date' && s.first === at);
    if (date && textBetween(draft, end, end + 1).includes(',')) found.push({ ...length, last: end });
  }
  return found;
}

/** Prepositions after a noun that may place what it names somewhere ("the court in Tokyo"). */
const PLACING_PREPOSITIONS = new Set(['in', 'at']);

/**
 * Whether the noun at word `i` says itself which one it is, by "of" after it ("the court of appeals") or a named place
 * ("the court in Tokyo"): it is not the one named before, whatever its kind.
 */
function saysWhichItself(draft: AnalysedSentence, i: number): boolean {
  const next = draft.words[i + 1]?.lower;
  if (next === 'of') return true;
  return (
    next !== undefined &&
    PLACING_PREPOSITIONS.has(next) &&
    draft.slots.some((s) => s.first === i + 2 && s.kind === 'entity' && s.entity!.type === 'place')
  );
}

/**
 * The surnames `draft` writes alone, capitalised, that the analysis named nothing ("Austin, who serves as …"), of a
 * person the paragraph named before in full ("Lloyd Austin and Antony Blinken travelled …"): the name is that
 * person's, as a writer shortens a name given once. Only where one person named before bears it as the last word of
 * their name, and the sentence names no one of that surname itself; not after a preposition of place ("in Austin").
 */
function surnameReferences(draft: AnalysedSentence, people: ReadonlyMap<string, Slot>): Slot[] {
  const found: Slot[] = [];
  const { words } = draft;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const c = w.text.charCodeAt(0);
    if (c < 65 || c > 90 || draft.slots.some((s) => s.first <= i && i <= s.last && !openingSurname(s))) continue;
    if (PLACE_PREPOSITIONS.has(words[i - 1]?.lower ?? '')) continue;
    let bearer: Slot | undefined;
    let bearers = 0;
    for (const p of people.values())
      if (p.entity!.words[p.entity!.words.length - 1] === w.lower) {
        bearer = p;
        bearers++;
      }
    if (bearers !== 1 || draft.slots.some((s) => s.entity?.type === 'person' && s.entity.words.includes(w.lower))) continue;
    found.push(referentAt(bearer!, draft, i));
  }
  return found;
}

/**
 * The one untyped name a sentence opens with, read as a name for being a word of a glossary person's name ("Austin,
 * who …"): a surname the paragraph may have given in full before, which then stands for that person.
 */
const openingSurname = (s: Slot): boolean => s.first === 0 && s.last === 0 && s.kind === 'entity' && s.entity!.type === 'name';

/** How many words an opening phrase may run before a word pointing back ("Even so, they …", "At that meeting …"). */
const BACK_POINTER_REACH = 4;

/**
 * Whether `draft` opens with a word pointing back at what the sentence right before it told ("Those restrictions …",
 * "Under that plan …", "Its eight recommendations …", "Instead, they …"), before it names anything of its own: it goes
 * on with that sentence, and may say too little alone to be lined up with the passage it goes on with. (A reference
 * the paragraph resolves, "he" or "the court", already stands for what it names: `resolveReferences`.)
 */
export function goesOn(draft: AnalysedSentence): boolean {
  const { words } = draft;
  // "He traveled with …" goes on with the act told of him (a person's pronoun opening the sentence stands for the
  // person, but the rest of the act, where and when, is told only before); "It did so in 2017" stands for the act told
  // before.
  if (SUBJECT_PRONOUNS.has(words[0]?.lower ?? '') || ellipsisAt(draft) >= 0) return true;
  // "The two leaders …", "Both leaders …", "The pair …" go on with the people the sentence before named, as "They" does.
  const group = words.findIndex((w) => GROUP_NOUNS.has(w.lower) || w.lower === PAIR_NOUN);
  if (group > 0 && group <= 2 && groupReference(draft, 2, false) === group) return true;
  // "The authors put that share at 58 percent": a demonstrative before a noun, anywhere, points back at what it names.
  for (let i = 1; i < words.length - 1; i++) if (demonstrativeAt(draft, i)) return true;
  const limit = Math.min(words.length - 1, BACK_POINTER_REACH, draft.slots[0]?.first ?? words.length);
  for (let i = 0; i < limit; i++) {
    if (BACK_POINTERS.has(words[i].lower)) return true;
    // Nothing but function words before the pointer, or a phrase set off by a comma ("Instead, they …").
    if (draft.content[i] === 1 && !draft.source.slice(words[i].end - draft.start, words[i + 1].start - draft.start).includes(','))
      return false;
  }
  return false;
}

/**
 * The first word of what follows `draft`'s opening "He did so" or "It said so" (a pronoun, then a verb standing for the
 * act the sentence before told: `ELLIPSIS_VERBS`), or "That has been the case" (standing for all the sentence before
 * told: `CASE_SUBJECTS`), or -1: the rest of the sentence tells only that act's circumstance ("… as Abe's foreign
 * minister", "… in 2017", "… for the past decade").
 */
export function ellipsisAt(draft: AnalysedSentence): number {
  const { words } = draft;
  if (words.length > 3 && ELLIPSIS_SUBJECTS.has(words[0].lower) && ELLIPSIS_VERBS.has(words[1].lower) && words[2].lower === ELLIPSIS_WORD)
    return 3;
  if (!CASE_SUBJECTS.has(words[0]?.lower ?? '')) return -1;
  let i = 1;
  while (CASE_VERBS.has(words[i]?.lower ?? '')) i++;
  return i > 1 && words[i]?.lower === 'the' && words[i + 1]?.lower === 'case' && i + 2 < words.length ? i + 2 : -1;
}

/**
 * Whether `draft` tells background of the person named before, in the past perfect ("He had once chaired the
 * Korea-Japan Parliamentarians' Union."): its opening "He" or "She", then "had", adverbs of `BACKGROUND_ADVERBS` and a
 * past participle. What it tells came before the event the paragraph tells: the event the sentence before it told is
 * still the one a next sentence names by its noun ("The appointment was announced on …").
 */
export function tellsBackground(draft: AnalysedSentence): boolean {
  const { words } = draft;
  if (!SUBJECT_PRONOUNS.has(words[0]?.lower ?? '') || words[1]?.lower !== 'had') return false;
  let i = 2;
  while (BACKGROUND_ADVERBS.has(words[i]?.lower ?? '')) i++;
  return i < words.length && pastForm(words[i].lower) && !inSlot(draft, i);
}

/** Words of a length of years after its number ("two years", "three decades"). */
const UNIT_WORDS = new Set(['year', 'years', 'decade', 'decades']);
/** Words after a length of time that count it forward or back from the date given before ("two years later"). */
const COUNTED_LATER = new Set(['later']);
const COUNTED_EARLIER = new Set(['earlier']);
/** Words between "the" and "year", "month" or a season that count one forward or back ("the following winter"). */
const FOLLOWING = new Set(['following', 'next']);
/**
 * Whether `length` is "a decade" (or "one decade") with no word of approximation before it ("nearly a decade"): read as
 * rough, it is a whole decade counted from a decade.
 */
function aDecade(draft: AnalysedSentence, length: Slot): boolean {
  const words = draft.words;
  return (
    length.last === length.first + 1 &&
    length.number!.value === 10 &&
    (words[length.first].lower === 'a' || words[length.first].lower === 'one') &&
    !APPROXIMATION_WORDS.has(words[length.first - 1]?.lower ?? '')
  );
}

/** The first month of a season (`SEASON_MONTHS`): winter's is December. */
const seasonStart = (season: NonNullable<DraftDate['season']>): number => SEASON_MONTHS[season][0];

/**
 * The date a sentence giving none counts from the date given before, at the words that count it: "two years later"
 * or "a year earlier" (from a year), "the following year", "the next month", "the previous spring" (a month or a
 * season from a date giving a month or season). A length followed by "after" or "before" is not counted: "two years
 * after the ruling" counts from the ruling, not from the date before. The date is `counted`: compared like any other,
 * though the sentence tells a time relative to another.
 */
function countedDate(draft: AnalysedSentence, from: DraftDate): Slot | undefined {
  const words = draft.words;
  const lower = (i: number) => words[i]?.lower ?? '';
  const slotOf = (first: number, last: number, date: Omit<DraftDate, 'first' | 'last'>): Slot => {
    const start = words[first].start;
    const end = words[last].end;
    const text = draft.source.slice(start - draft.start, end - draft.start);
    return newSlot({ kind: 'date', first, last, start, end, text, date: { first, last, ...date }, counted: true });
  };
  for (let i = 0; i < words.length; i++) {
    // "two years later", "a decade earlier", "a year later". A length told roughly is no count, except "a decade"
    // counted from a decade ("in the 1990s … a decade earlier"): at a decade's precision it is exact (yearsFrom counts
    // it from a decade only).
    const length = draft.slots.find(
      (s) =>
        s.kind === 'number' &&
        s.first === i &&
        s.number!.unit === YEARS &&
        (!s.number!.approximate || (from.decade !== undefined && aDecade(draft, s))),
    );
    const years = length ? length.number!.value : (lower(i) === 'a' || lower(i) === 'one') && lower(i + 1) === 'year' ? 1 : undefined;
    // The word after the length: past its unit when the number stands alone ("two years later"; "a decade" holds it).
    const end = length ? length.last + (UNIT_WORDS.has(lower(length.last + 1)) ? 2 : 1) : i + 2;
    if (years !== undefined && (COUNTED_LATER.has(lower(end)) || COUNTED_EARLIER.has(lower(end)))) {
      const counted = yearsFrom(from, years * (COUNTED_LATER.has(lower(end)) ? 1 : -1));
      return counted && slotOf(i, end, counted);
    }
    // "the following year", "the next month", "the previous spring".
    const direction = FOLLOWING.has(lower(i)) ? 1 : PREVIOUS_WORDS.has(lower(i)) ? -1 : 0;
    if (direction === 0 || lower(i - 1) !== 'the' || from.year === undefined) continue;
    const unit = lower(i + 1);
    if (unit === 'year') return slotOf(i - 1, i + 1, { year: from.year + direction });
    const month = from.month ?? (from.season !== undefined ? seasonStart(from.season) : undefined);
    if (month === undefined) return undefined;
    if (unit === 'month' && from.month !== undefined) {
      const counted = from.month + direction;
      const year = from.year + (counted > 12 ? 1 : counted < 1 ? -1 : 0);
      return slotOf(i - 1, i + 1, { year, month: ((counted + 11) % 12) + 1 });
    }
    const season = SEASON_WORDS.get(unit);
    if (season === undefined) return undefined;
    // The season's first occurrence starting after the month (or, back, ending before it); winter is dated by the
    // year of its December.
    const starts = seasonStart(season);
    const year = direction > 0 ? (starts > month ? from.year : from.year + 1) : starts + 2 < month ? from.year : from.year - 1;
    return slotOf(i - 1, i + 1, { year, season });
  }
  return undefined;
}

/**
 * The word of `draft` that stands for the `count` people the sentence before named together: "They" opening it (when
 * `pronoun`), or the noun of "the two leaders", "both leaders" or "the pair" when they were two; -1 when none does.
 */
function groupReference(draft: AnalysedSentence, count: number, pronoun = true): number {
  const words = draft.words;
  if (pronoun && GROUP_PRONOUNS.has(words[0]?.lower ?? '')) return 0;
  if (count !== 2) return -1;
  return words.findIndex(
    (w, i) =>
      (GROUP_NOUNS.has(w.lower) && (words[i - 1]?.lower === 'both' || (words[i - 1]?.lower === 'two' && words[i - 2]?.lower === 'the'))) ||
      (w.lower === PAIR_NOUN && words[i - 1]?.lower === 'the'),
  );
}

/**
 * The title that stands for the one person named before, as "he" would ("David Stilwell visited Japan. The deputy
 * secretary of state then travelled on to Seoul"): a title of one person opening the sentence after "the", with no
 * name after it. Only where the paragraph leaves that reading: the sentence does not name that person again and uses
 * no pronoun of a person (the caller asks), since "The president received him" or "The minister praised his efforts"
 * tell of someone else meeting the one named before. A title often brings in someone new ("Suga addressed the Diet.
 * The foreign minister later told reporters …"): the checker takes its words as that person's title only where a
 * passage tells the sentence's act of that very person (groundedCheck.ts).
 */
function titleReference(draft: AnalysedSentence): Slot | undefined {
  const title = draft.slots[0];
  if (title?.kind !== 'role' || title.first !== 1 || draft.words[0].lower !== 'the' || pluralTitle(title)) return undefined;
  // "The assistant secretary, …" or "The assistant secretary then …": a name right after it would be the holder.
  return draft.slots[1]?.first === title.last + 1 ? undefined : title;
}

/**
 * The person an opening title (`titleReference`) stands for: the one person the paragraph has named with that very
 * title ("Professor Park Cheol Hee … . The professor …"), whoever was named in between; else the person named before,
 * alone (`personAlone`) and not named again, unless the paragraph gave that person another title ("… scores to
 * President Moon …" is no professor). A title of a lower rank than the reference's ("Deputy Secretary …" for "The
 * secretary") is another office, not that title.
 */
function titleHolder(draft: AnalysedSentence, context: ParagraphContext, title: Slot, namesPersonBefore: boolean): Slot | undefined {
  const sameTitle = (t: Slot) =>
    compareSlots(title, t) === 'same' && t.role!.modifiers.every((m) => !RANK_MODIFIERS.has(m) || title.role!.modifiers.includes(m));
  const holders = [...(context.titled?.values() ?? [])].filter((h) => sameTitle(h.title));
  if (holders.length > 1) return undefined;
  if (holders.length === 1) {
    const { person } = holders[0];
    return draft.slots.some((s) => s.entity?.key === person.entity!.key) ? undefined : person;
  }
  const person = context.person;
  if (!person || !context.personAlone || namesPersonBefore) return undefined;
  const own = context.titled?.get(person.entity!.key);
  return own && !sameTitle(own.title) ? undefined : person;
}

/**
 * The word of `draft` that names the event the sentence before told ("the ruling", "that meeting"), by a noun of an
 * event after "the", "that" or "this" and not before "of" ("the appointment of Kang" says which appointment itself);
 * -1 when none does.
 */
function eventReference(draft: AnalysedSentence): number {
  const words = draft.words;
  return words.findIndex(
    (w, i) =>
      (EVENT_NOUNS.has(w.lower) || (EVENT_EDGE_NOUNS.has(w.lower) && atSameEvent(draft))) &&
      EVENT_DETERMINERS.has(words[i - 1]?.lower ?? '') &&
      words[i + 1]?.lower !== 'of' &&
      !inSlot(draft, i),
  );
}

/**
 * Whether `draft` may be at the event the sentence before told, for its "on the sidelines" to be that event's: it
 * names no date or place of its own and no word moves it on in time ("Months later, … on the sidelines in Bangkok").
 */
function atSameEvent(draft: AnalysedSentence): boolean {
  if (draft.slots.some((s) => s.kind === 'date' || s.entity?.type === 'place')) return false;
  return !draft.words.some((w) => THEN_WORDS.has(w.lower) || AFTER_THE_EVENT_BEFORE.has(w.lower) || COUNTED_EARLIER.has(w.lower));
}

/**
 * The date of a sentence that dates the event the sentence before told, by its noun ("The ruling came in October
 * 2017.", "The ruling, issued in October 2017, set off a bitter fight.", "His visit came in December 2020, and …"): the
 * noun opens the sentence after its determiner (or the person's possessive), only `DATING_WORDS` stand between it and
 * the date, the sentence names nothing of its own before the date, and nothing but a comma follows the date (what
 * follows the comma is not read). The noun stands for the event `before` told only where that sentence is one
 * clause, gives no date of its own and names no event by a noun ("Tokyo protested the ruling": "The ruling" after it
 * is that one, not the protest). Undefined otherwise.
 */
export function dateOfEventBefore(draft: AnalysedSentence, before: AnalysedSentence): Slot | undefined {
  const { words } = draft;
  const opening = words[0]?.lower ?? '';
  // "His visit came in December 2020": the act the sentence before told of the person, by its noun.
  const owned = PARTY_POSSESSIVES.has(opening);
  if (!EVENT_DETERMINERS.has(opening) && !owned) return undefined;
  // "That episode took place in 2012", "That happened in 2012": the whole of what the sentence before told, summed up,
  // so no event that sentence names by its noun is the one dated instead.
  const summed = !owned && (SUMMING_NOUNS.has(words[1]?.lower ?? '') || (opening !== 'the' && DATING_WORDS.has(words[1]?.lower ?? '')));
  const named = owned
    ? EVENT_NOUNS.has(words[1]?.lower ?? '') && words[2]?.lower !== 'of' && !inSlot(draft, 1)
    : eventReference(draft) === 1;
  if (!summed && !named) return undefined;
  const own = draft.slots.filter((s) => !s.referent);
  const date = own[0];
  if (!date || date.kind !== 'date' || date.attributive || draft.quoted[date.first] === 1 || date.first < 2) return undefined;
  for (let i = 2; i < date.first; i++) if (!DATING_WORDS.has(words[i].lower)) return undefined;
  // A comma closes the dating: what follows it ("…, and director-level talks followed") is another clause or phrase,
  // whose names are its own, not the event's.
  const next = words[date.last + 1];
  if (next && !draft.source.slice(words[date.last].end - draft.start, next.start - draft.start).includes(',')) return undefined;
  if (before.slots.some((s) => s.kind === 'date') || (!summed && before.words.some((w) => EVENT_NOUNS.has(w.lower)))) return undefined;
  for (let i = 1; i < before.words.length; i++) if (breaksClause(before, i - 1, i)) return undefined;
  return date;
}

/**
 * Whether `draft` opens by naming the event the sentence before told by "the" and its noun, and sets it before or after
 * another, with a verb saying only that it took place or an order verb ("The visit came after Biden's election
 * victory.", "The meeting followed the talks."): it goes on with that event, as "That visit came after …" does.
 */
export function ordersToldEvent(draft: AnalysedSentence): boolean {
  const { words } = draft;
  if (words[0]?.lower !== 'the' || eventReference(draft) !== 1 || words.length < 4) return false;
  const verb = words[2].lower;
  const placing = LIGHT_STEMS.has(draft.stems[2]) || OCCURRING_STEMS.has(draft.stems[2]) || ORDER_WORDS.get(verb)?.verb === true;
  return placing && words.some((w, i) => i > 2 && ORDER_WORDS.has(w.lower));
}

/** The stems of `OCCURRING_VERBS`. */
const OCCURRING_STEMS = new Set([...OCCURRING_VERBS].map(stem));

/** People named together: "Abe and Moon", "Abe, Moon and Xi" (the last two joined by "and"). */
const PEOPLE_LIST: ListReading = {
  types: PERSON_TYPES,
  adjectives: true,
  titled: false,
  conjunctions: ['and'],
  closedByConjunction: true,
};

/**
 * The people `draft` names together as its subject, if it names two or more: a list of people ("Abe and Moon", the
 * last two joined by "and") opening the sentence, or its clause after an opening phrase ("In December 2019, Abe and
 * Moon …"), before any other named party or thing. "Suga, Abe's Cabinet Secretary, …" is one person and a title.
 */
function namedTogether(draft: AnalysedSentence): Slot[] | undefined {
  const { words } = draft;
  const named = draft.slots.filter((s) => s.kind === 'entity');
  // Most sentences open with no person: no list of people to read.
  if (named.length < 2 || !PEOPLE_LIST.types.includes(named[0].entity!.type)) return undefined;
  // A name the analysis could not type, listed with a person ("Abe and Moon"), is taken for one too. The list opens
  // the sentence's names, and no person follows it before another named thing ("Abe and Moon met Xi": no group).
  const list = nameLists(draft, PEOPLE_LIST).find((l) => l[0] === named[0]);
  const next = list && named[list.length];
  // A name after "the" is no person's, whatever its type ("Abe and Moon barely spoke at the G-20 summit").
  const nextPerson =
    next && PERSON_TYPES.includes(next.entity!.type) && !(next.entity!.type === 'name' && words[next.first - 1]?.lower === 'the');
  if (!list || nextPerson || !list.some((p) => p.entity!.type === 'person')) return undefined;
  if (new Set(list.map((p) => p.entity!.key)).size !== list.length) return undefined;
  if (list.some((p) => possessiveMark(words, p.last + 1))) return undefined;
  // The subject: nothing but function words before the list, or an opening phrase set off by a comma.
  const first = list[0].first;
  const opened = first > 0 && /,\s*$/.test(draft.source.slice(0, words[first].start - draft.start));
  for (let i = 0; i < first && !opened; i++) if (draft.content[i] === 1) return undefined;
  return list;
}

/**
 * The two people `draft` names, listed together by "and" wherever they stand ("The result was a meeting between Abe
 * and Moon in Chengdu"), when it names no one else (no other name, no pronoun of a person) and neither owns a noun:
 * "the two leaders" after it can only be them. A name the analysis could not type, listed with a person, is taken for
 * one too (`namedTogether`).
 */
function pairNamed(draft: AnalysedSentence): Slot[] | undefined {
  const { words } = draft;
  const named = draft.slots.filter((s) => s.entity && PERSON_TYPES.includes(s.entity.type) && !s.entity.adjective);
  if (named.length !== 2 || named[0].entity!.key === named[1].entity!.key) return undefined;
  if (!named.some((p) => p.entity!.type === 'person') || named.some((p) => draft.quoted[p.first] === 1)) return undefined;
  if (words.some((w) => PERSON_PRONOUNS.has(w.lower)) || named.some((p) => possessiveMark(words, p.last + 1))) return undefined;
  const list = nameLists(draft, PEOPLE_LIST).find((l) => l[0] === named[0]);
  return list && list.length === 2 && list[1] === named[1] ? named : undefined;
}

/**
 * The person opening `draft` as its subject when every other person it names only qualifies a noun ("Suga, long Abe's
 * Cabinet Secretary, …", "… now that Trump-Kim summitry is gone": `qualifiesOnly`) or stands in a clause of time or
 * cause after the subject's, not as its subject ("… after meeting Abe"): the "he" of the sentence after goes on with
 * the subject. Undefined when another is a party of the subject's act ("Suga met Moon", "Suga and Moon").
 */
function subjectAmongOthers(draft: AnalysedSentence, people: readonly Slot[]): Slot | undefined {
  const { words } = draft;
  const [subject] = people;
  if (subject.first !== 0) return undefined;
  const owner = (p: Slot) => qualifiesOnly(draft, p);
  // A person standing in such a clause, but as its own subject ("… after Abe resigned"), has an act of their own: the
  // "he" after may go on with either (a writer may go on with the one who resigned and tell his past), so it stays
  // open. One the clause's act takes ("… after meeting Abe") stands aside.
  const subordinate = (p: Slot) => {
    for (let k = p.first - 1; k > subject.last; k--)
      if (ADVERBIAL_CONJUNCTIONS.has(words[k].lower) || PRESUPPOSING_SUBORDINATORS.has(words[k].lower)) return !clauseSubject(draft, k, p);
    return false;
  };
  if (owner(subject)) return undefined;
  // A name the analysis could not type may be a person's too ("Suga met Moon after …"): it must stand aside as well.
  const others = draft.slots.filter((s) => s.entity && PERSON_TYPES.includes(s.entity.type) && !s.referent);
  for (const p of others) if (p.entity!.key !== subject.entity!.key && !owner(p) && !subordinate(p)) return undefined;
  return subject;
}

/**
 * Whether the person `p` opens the clause after the word `k` that opens it ("after Abe resigned", "because the prime
 * minister Abe resigned"): no content word outside a name or title stands between, so `p` is its subject.
 */
function clauseSubject(a: AnalysedSentence, k: number, p: Slot): boolean {
  for (let m = k + 1; m < p.first; m++) if (a.content[m] === 1 && !inSlot(a, m)) return false;
  return true;
}

/** A hyphen or dash joining two names into the modifier of a noun ("Trump-Kim summitry"). */
const NAME_JOINER = /^[-\u2010\u2011\u2013]$/;

/**
 * Whether the person `p` only qualifies a noun of `draft`, taking no part in its act: an owner ("Abe's Cabinet
 * Secretary") or a name joined by a hyphen to another ("now that Trump-Kim summitry is gone", "a Moon-Suga summit").
 */
function qualifiesOnly(draft: AnalysedSentence, p: Slot): boolean {
  if (possessiveMark(draft.words, p.last + 1)) return true;
  const named = (at: number) => draft.slots.some((s) => s.kind === 'entity' && s.first <= at && at <= s.last);
  return (
    (NAME_JOINER.test(textBetween(draft, p.last, p.last + 1)) && named(p.last + 1)) ||
    (NAME_JOINER.test(textBetween(draft, p.first - 1, p.first)) && named(p.first - 1))
  );
}

/** Pronouns that stand as the subject of their clause: no one named after them in it is who they stand for. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Pronouns that stand as the subject of their clause for a thing, not a person: a body, a country, an agreement. */
export const THING_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it']);

/** Pronouns that stand only as an object: in the clause of the subject they follow, never that subject ("himself"). */
const OBJECT_PRONOUNS = new Set(['him']);

/**
 * Whether the pronoun at word `at` is an object ("him") after the one person the sentence names, who opens it as its
 * subject, in one clause with no report or other clause between ("Suga, however, held off on congratulating him"): the
 * subject would be "himself", so the pronoun is the person named before. Not after an owner ("Suga's aide praised
 * him"), nor past a word opening another clause ("Suga said that the ministry would invite him").
 */
function objectPronounOfOther(draft: AnalysedSentence, at: number, person: Slot): boolean {
  const { slots, words } = draft;
  if (!OBJECT_PRONOUNS.has(words[at].lower)) return false;
  const people = slots.filter((s) => s.entity?.type === 'person');
  if (people.length !== 1) return false;
  const [named] = people;
  if (named.first !== 0 || named.last >= at || named.entity!.key === person.entity!.key) return false;
  if (possessiveMark(words, named.last + 1)) return false;
  for (let k = named.last + 1; k < at; k++)
    if (breaksClause(draft, k, k + 1) || CLAUSE_OPENERS.has(words[k].lower) || DECLARING_WORDS.has(words[k].lower)) return false;
  return true;
}

/**
 * Whether the people `draft` names leave its pronoun at word `at` to `person`, the one named before: the sentence
 * names nobody else, or the pronoun is a subject ("he", "she"), the sentence names nobody before it but the owner of
 * the title it holds ("As Abe's foreign minister he …") or the object of a preposition of another person closing the
 * phrase before it ("As secretary-general under Abe, he …"), and the people it names after it, in its phrase, are others
 * ("he met Suga": not Suga). Past a comma a name may be the pronoun's own ("When he arrived, Suga …"), unless the
 * pronoun opens the sentence; and so may a name after "his" ("In his speech Abe …").
 */
function leftToPersonBefore(draft: AnalysedSentence, at: number, person: Slot): boolean {
  const { slots, words } = draft;
  const subject = SUBJECT_PRONOUNS.has(words[at].lower);
  if (objectPronounOfOther(draft, at, person)) return true;
  for (const s of slots) {
    if (s.entity?.type !== 'person') continue;
    if (!subject) return false;
    if (s.first < at) {
      // "Abe's foreign minister he": the title, and right after it the pronoun, are another's.
      const title = slots.find((t) => t.kind === 'role' && t.first === s.last + 2 && t.last === at - 1);
      // "As secretary-general under Abe, he …": the object of such a preposition, closing the opening phrase, is
      // another than the subject right after it.
      const other =
        s.last + 1 === at && OTHER_PERSON_PREPOSITIONS.has(words[s.first - 1]?.lower ?? '') && textBetween(draft, s.last, at).includes(',');
      if (!(title && possessiveMark(words, s.last + 1)) && !other) return false;
    } else {
      // Opening the sentence as its subject, the pronoun comes before every clause of it: a name after it, past a comma
      // too, is someone else ("He became prime minister in September 2020, following Abe's resignation").
      const between = draft.source.slice(words[at].end - draft.start, s.start - draft.start);
      if ((at > 0 && PUNCTUATION_BETWEEN.test(between)) || s.entity.key === person.entity!.key) return false;
    }
  }
  return true;
}

/**
 * The person a passage's opening title stands for, where the passage before tied that title to them by the term of
 * their office ("During the Obama presidency, the United States played a critical role … . The president organized a
 * trilateral meeting …"): the one person named there, right before a noun of a term whose office is the title's
 * (`OFFICE_TERMS`), as standing at the title's words. The title opens the passage after "the", bare (not "The vice
 * president"), with no name after it and no pronoun of a person in the passage (`titleReference`, as for a draft);
 * the passage before names nobody else. A source's "The president" is the holder its own words name, so the person is
 * compared like one the passage named. Undefined otherwise.
 */
export function titleHolderBefore(reading: AnalysedSentence, before: AnalysedSentence): Slot | undefined {
  const title = titleReference(reading);
  if (!title || title.role!.modifiers.length > 0 || reading.words.some((w) => PERSON_PRONOUNS.has(w.lower))) return undefined;
  const people = before.slots.filter((s) => s.entity && PERSON_TYPES.includes(s.entity.type) && !s.entity.adjective);
  if (people.length !== 1) return undefined;
  const [holder] = people;
  const office = OFFICE_TERMS.get(before.words[holder.last + 1]?.lower ?? '');
  if (office === undefined || stem(office) !== title.role!.head) return undefined;
  // The term says the name is a person's, though the analysis may have left it untyped ("Obama").
  return {
    ...holder,
    entity: { ...holder.entity!, type: 'person' },
    first: title.first,
    last: title.last,
    start: title.start,
    end: title.end,
    referent: true,
  };
}

/**
 * Adds what a sentence's references stand for to its values: the dates it gives by reference, compared like any
 * other, and the things and people it refers to, at the words that refer to them.
 */
export function withReferences(
  draft: AnalysedSentence,
  { referents, dates, restated = [] }: { referents: readonly Slot[]; dates: readonly Slot[]; restated?: readonly Slot[] },
): AnalysedSentence {
  if (dates.length === 0 && referents.length === 0 && restated.length === 0) return draft;
  // A counted date stands for the length it was counted from ("two years later"): that is no count of years any more;
  // nor is a length its own date restates. A surname standing for a person named before ("Austin, who …") replaces the
  // untyped name it was read as.
  const within = (s: Slot, d: Slot) => d.first <= s.first && s.last <= d.last;
  const own = draft.slots.filter(
    (s) =>
      !dates.some((d) => within(s, d)) &&
      !restated.some((d) => within(s, d)) &&
      !(openingSurname(s) && referents.some((r) => r.first === 0)),
  );
  const slots = [...own, ...dates, ...referents].sort((a, b) => a.first - b.first);
  const content = draft.content.slice();
  for (const d of [...dates, ...restated]) for (let i = d.first; i <= d.last; i++) content[i] = 0;
  // The noun of "that deal" or "the pact" standing for the agreement named before is that name's word, as "it" would
  // be: no word of the act that the passages must share besides the name ("Japan had reached that deal in 2015 with
  // …"). (A body's noun, "the foundation", is often the passage's own word for it; an event's noun, "the ruling", tells
  // the act.)
  let nouns = 0;
  for (const r of referents)
    if (r.entity?.type === 'agreement' && AGREEMENT_NOUNS.has(draft.words[r.first].lower) && content[r.first] === 1) {
      content[r.first] = 0;
      nouns++;
    }
  const kinds = slots.reduce((k, s) => k | KIND_BITS[s.kind], 0);
  if (restated.length === 0 && nouns === 0) return { ...draft, slots, content, kinds };
  // The restated length's words ("years later"), and a noun standing for a name, are no words of the act the passages
  // must share.
  const contentStems = new Set(draft.stems.filter((_, i) => content[i] === 1));
  return { ...draft, slots, content, contentStems, kinds };
}

/** What a sentence leaves the sentences after it (`updateContext`). */
interface ContextChange {
  /** The sentence names people: `person`, `group` and `pair` replace the context's (undefined clears them). */
  namesPeople: boolean;
  person: Slot | undefined;
  personAlone: boolean;
  /**
   * "He" or "she" stands before every person the sentence names ("In January 2016 he posed with Japan's Akitaka Saiki
   * and South Korea's Lim Sung-nam"): the sentence goes on with the person before, the people it names are met, and
   * the "he" after is still that person.
   */
  pronounLeads: boolean;
  group: Slot[] | undefined;
  pair: Slot[] | undefined;
  /** It names nobody and does not refer back to the person: the person is no longer sure. */
  forgetsPerson: boolean;
  /** The one leader it names, and only by the government they lead: the person when none was named before. */
  leader: Slot | undefined;
  /** The name it opens with as its subject, written as a person's, that the analysis could not type (`untypedDoer`). */
  doer: Slot | undefined;
  /** The named things (no people) it tells its event with, which a noun of an event after it ("the ruling") stands for. */
  event: Slot[] | undefined;
  /** It tells background in the past perfect (`tellsBackground`): the event told before stands for the sentences after. */
  background: boolean;
  agreementBefore: Slot | undefined;
  /** The one place it names, which "there" in the next sentence stands for. */
  placeBefore: Slot | undefined;
  /** The body or country it opens with as its subject, which "It" opening the next sentence stands for. */
  subjectBefore: Slot | undefined;
  /** The last agreement, organisation and year it names, where it names one (else the context's stands). */
  agreement: Slot | undefined;
  organisation: Slot | undefined;
  year: number | undefined;
  /** It gives dates: `date` replaces the context's (undefined when it gives several). */
  dated: boolean;
  date: DraftDate | undefined;
  /** The people it names by two words or more ("Lloyd Austin"), whose surname alone may stand for them after it. */
  fullNames: Slot[];
  /** The people it names with a title standing by them ("President Moon"), each with that title. */
  titled: TitledPerson[];
}

/** What `draft` leaves the sentences after it. */
function contextChange(draft: AnalysedSentence): ContextChange {
  // Two people named in one sentence leave "he" open: neither is taken. A person named only within quoted words is
  // the speaker's topic, not one the paragraph goes on with ("'… to President Moon …,' he said. The professor …": the
  // professor is the speaker).
  const named = draft.slots.filter((s) => s.entity?.type === 'person');
  // Nor a leader's name before the government or term it names ("During the Obama presidency, he initiated …"): a
  // time or a government, not a person the paragraph goes on with; the "he" is still the one named before.
  const people = named.filter((s) => draft.quoted[s.first] !== 1 && !LEADER_GOVERNMENT_NOUNS.has(draft.words[s.last + 1]?.lower ?? ''));
  const namesPeople = people.length > 0;
  let person: Slot | undefined;
  let personAlone = false;
  const pronounLeads = namesPeople && draft.words.some((w, i) => SUBJECT_PRONOUNS.has(w.lower) && i < people[0].first);
  let group: Slot[] | undefined;
  let pair: Slot[] | undefined;
  if (namesPeople) {
    const distinct = new Set(people.map((p) => p.entity!.key));
    person = opensWithUntypedDoer(draft) ? undefined : distinct.size === 1 ? people[0] : subjectAmongOthers(draft, people);
    personAlone = people.every((p) => p.entity!.key === person?.entity!.key || qualifiesOnly(draft, p));
    group = namedTogether(draft);
    pair = group ? undefined : pairNamed(draft);
  }
  // A sentence naming nobody and not referring back to the person may have brought in another ("A successor took
  // office"): the "he" after it is no longer sure to be the one named before.
  const forgetsPerson = !namesPeople && !draft.words.some((w) => PERSON_PRONOUNS.has(w.lower));
  // Named only by the government they lead ("The Abe government tightened export controls"), a leader is no person
  // the paragraph goes on with while another was named before; with no one before, the "he" after can only be them.
  const leaders = forgetsPerson ? named.filter((s) => draft.quoted[s.first] !== 1) : [];
  const leader = leaders.length > 0 && new Set(leaders.map((s) => s.entity!.key)).size === 1 ? leaders[0] : undefined;
  // Not its people, nor a name the analysis could not type (often a person's): a person standing at "the call" would
  // take the titles written near it ("During the call, the Japanese minister …" is not Blinken's title), and would
  // find passages on that person's other acts; "he" and titles refer to people (above).
  const things = draft.slots.filter(
    (s) => s.kind === 'entity' && !s.referent && !s.entity!.adjective && !PERSON_TYPES.includes(s.entity!.type),
  );
  const event = things.length > 0 && things.length <= MAX_EVENT_THINGS ? things : undefined;
  const agreements = draft.slots.filter((s) => s.entity?.type === 'agreement');
  const agreementBefore = new Set(agreements.map((s) => s.entity!.key)).size === 1 ? agreements[0] : undefined;
  const subjectBefore = subjectThing(draft);
  // Not a place qualifying a noun ("the China-Japan-Korea trilateral summit", "Japan's capital").
  const places = draft.slots.filter((s) => s.entity?.type === 'place' && !s.entity.adjective && !s.attributive && !qualifiesOnly(draft, s));
  const placeBefore = new Set(places.map((s) => s.entity!.key)).size === 1 ? places[0] : undefined;
  let agreement: Slot | undefined;
  let organisation: Slot | undefined;
  let year: number | undefined;
  for (const s of draft.slots) {
    if (s.entity?.type === 'person') continue;
    else if (s.entity?.type === 'agreement') agreement = s;
    else if (s.entity?.type === 'organisation') organisation = s;
    // A written work's own date ("the essay, published in March 2021") is no year of the events a sentence after it tells.
    else if (s.kind === 'date' && s.date?.year !== undefined && !s.attributive && workDated(draft, s) < 0) year = s.date.year;
  }
  // Two dates in one sentence leave open which one a length after it counts from.
  const dated = draft.slots.filter(
    (s) => s.kind === 'date' && !s.attributive && (s.date!.year !== undefined || s.date!.decade !== undefined),
  );
  const date = dated.length === 1 ? dated[0].date : undefined;
  return {
    namesPeople,
    person,
    personAlone,
    pronounLeads,
    group,
    pair,
    forgetsPerson,
    leader,
    doer: forgetsPerson ? untypedDoer(draft) : undefined,
    event,
    background: tellsBackground(draft),
    agreementBefore,
    placeBefore,
    subjectBefore,
    agreement,
    organisation,
    year,
    dated: dated.length > 0,
    date,
    fullNames: named.filter((p) => !p.referent && p.entity!.words.length > 1),
    titled: titledPeople(draft, named),
  };
}

/** The people of `people` named with a title standing by them as its holder ("Professor Park Cheol Hee"), with it. */
function titledPeople(draft: AnalysedSentence, people: readonly Slot[]): TitledPerson[] {
  const found: TitledPerson[] = [];
  for (const person of people) {
    if (person.referent) continue;
    const title = draft.slots.find((t) => t.kind === 'role' && holds(draft, person, t));
    if (title) found.push({ person, title });
  }
  return found;
}

/** The changes of the sources' sentences, by their reading (which the index keeps while it is in use). */
const keptChanges = new WeakMap<AnalysedSentence, ContextChange>();

/** `contextChange` of a source's sentence, read once per reading. */
function keptContextChange(reading: AnalysedSentence): ContextChange {
  let change = keptChanges.get(reading);
  if (!change) keptChanges.set(reading, (change = contextChange(reading)));
  return change;
}

/**
 * Remembers what `draft` named, for the sentences after it. `kept`: the reading is a source's, which the index keeps
 * and drafts quote again and again, so what it leaves is read from it once (`keptContextChange`).
 */
export function updateContext(context: ParagraphContext, draft: AnalysedSentence, kept = false): void {
  const change = kept ? keptContextChange(draft) : contextChange(draft);
  for (const p of change.fullNames) (context.people ??= new Map()).set(p.entity!.key, p);
  for (const t of change.titled) (context.titled ??= new Map()).set(t.person.entity!.key, t);
  if (change.namesPeople) {
    if (!change.pronounLeads || context.person === undefined) {
      context.person = change.person;
      context.personAlone = change.personAlone;
    }
    context.group = change.group;
    context.pair = change.pair;
  } else if (change.forgetsPerson) {
    context.person = change.doer ?? (context.person === undefined ? change.leader : undefined);
    context.personAlone = false;
  }
  if (!change.background) context.event = change.event;
  context.agreementBefore = change.agreementBefore;
  context.placeBefore = change.placeBefore;
  context.subjectBefore = change.subjectBefore;
  if (change.agreement) context.agreement = change.agreement;
  if (change.organisation) context.organisation = change.organisation;
  if (change.year !== undefined) context.year = change.year;
  if (change.dated) context.date = change.date;
}

/** The kinds of named things "it" may stand for as a subject: a body or a country, not a person or an agreement. */
const IT_SUBJECT_TYPES = new Set(['organisation', 'place']);

/**
 * The body or country `draft` opens with as its subject ("The Blue House answered …", "China has pressed …"): its
 * first word, or its second after "the", before a verb or an auxiliary of the perfect and its verb (no possessive, no
 * comma, no other name right after it).
 */
function subjectThing(draft: AnalysedSentence): Slot | undefined {
  const first = draft.slots[0];
  if (!first || first.kind !== 'entity' || first.referent || first.entity!.adjective) return undefined;
  if (!IT_SUBJECT_TYPES.has(first.entity!.type)) return undefined;
  if (!(first.first === 0 || (first.first === 1 && draft.words[0].lower === 'the'))) return undefined;
  // Its verb, past an auxiliary of the perfect ("China has pressed …").
  const next = first.last + 1 + (PERFECT_AUXILIARIES.has(draft.words[first.last + 1]?.lower ?? '') ? 1 : 0);
  if (next >= draft.words.length || possessiveMark(draft.words, first.last + 1) || draft.content[next] !== 1) return undefined;
  if (draft.slots.some((s) => s.first === next) || PUNCTUATION_BETWEEN.test(textBetween(draft, first.last, next))) return undefined;
  return first;
}

/**
 * Whether the sentence opens with a name the analysis could not type, right before its verb ("Kishida Fumio succeeded
 * Suga …"): it may be a person's, and the one doing the act, so a "he" after it may stand for either person. An
 * opening date, or function words, may stand before the name ("In January 2016 Akitaka Saiki met Blinken …"): the
 * name is still the subject, not the person met.
 */
function opensWithUntypedDoer(draft: AnalysedSentence): boolean {
  const first = draft.slots.find((s) => s.kind !== 'date');
  if (first?.entity?.type !== 'name') return false;
  for (let i = 0; i < first.first; i++)
    if (draft.content[i] === 1 && !draft.slots.some((s) => s.kind === 'date' && s.first <= i && i <= s.last)) return false;
  const next = first.last + 1;
  return draft.content[next] === 1 && !inSlot(draft, next);
}

/**
 * The name `draft` opens with as its subject, right before a word of its own (not an owner's "'s"), where the analysis
 * could not type it but it is written as a person's name of two words or more ("Patrick G. Buchan directs the U.S.
 * Alliances Project."), holds no head noun of a body, and the sentence names no person, pronoun or other such name but
 * after "the" ("the U.S. Alliances Project"): the "he" or "she" of the next sentence can only be that name's bearer.
 * As a person, so that it is compared like one.
 */
function untypedDoer(draft: AnalysedSentence): Slot | undefined {
  const { words, slots } = draft;
  const first = slots[0];
  if (first?.entity?.type !== 'name' || first.first !== 0 || first.last === first.first) return undefined;
  const next = first.last + 1;
  if (next >= words.length || slots.some((s) => s.first <= next && next <= s.last) || possessiveMark(words, next)) return undefined;
  if (!writtenAsPersonName(words, first) || words.slice(0, next).some((w) => ORGANISATION_HEADS.has(w.lower))) return undefined;
  // "the U.S. Alliances Project": a name after "the", or after a name after "the", is no person's.
  const afterThe = (s: Slot): boolean =>
    words[s.first - 1]?.lower === 'the' || slots.some((t) => t.last === s.first - 1 && words[t.first - 1]?.lower === 'the');
  if (slots.some((s) => s !== first && s.entity && PERSON_TYPES.includes(s.entity.type) && !afterThe(s))) return undefined;
  return { ...first, entity: { ...first.entity!, type: 'person' } };
}

/** `slot`, named in a sentence before, as standing at word `at` of `draft` that refers to it. */
function referentAt(slot: Slot, draft: AnalysedSentence, at: number): Slot {
  const { start, end } = draft.words[at];
  return { ...slot, first: at, last: at, start, end, referent: true };
}

/**
 * The date `years` (back when negative) from `from`: a whole decade counted from a decade, or fewer than ten years
 * from a year; none otherwise (a length told roughly, or at another precision than the date's).
 */
function yearsFrom(from: DraftDate, years: number): { decade: number } | { year: number } | undefined {
  if (from.decade !== undefined) return years % 10 === 0 ? { decade: from.decade + years } : undefined;
  return from.year !== undefined && Math.abs(years) < 10 ? { year: from.year + years } : undefined;
}

/** Words after a length of years that count it from the time the sentence before gave, forward or back. */
const LATER_WORDS = new Set(['later', 'after']);
const EARLIER_WORDS = new Set(['earlier', 'before']);
const YEARS = stem('years');

/**
 * A sentence counting a length of years from the time the sentence before gave ("Only in the 1990s … . The Six-Party
 * Talks a decade later revealed …"), with that length read as the date it comes to (the 2000s), so it is compared like
 * a date. Only a whole decade counted from a decade, or a few years from a year, and only when the sentence gives no
 * date of its own and the one before gives one date: otherwise `reading` as it is.
 */
export function withDateCountedFrom(reading: AnalysedSentence, before: AnalysedSentence | undefined): AnalysedSentence {
  if (!before || reading.slots.some((s) => s.kind === 'date')) return reading;
  const at = reading.slots.findIndex(
    (s) =>
      s.kind === 'number' &&
      s.number!.unit === YEARS &&
      (LATER_WORDS.has(reading.words[s.last + 1]?.lower ?? '') || EARLIER_WORDS.has(reading.words[s.last + 1]?.lower ?? '')),
  );
  const dates = before.slots.filter((s) => s.kind === 'date' && !s.attributive);
  if (at < 0 || dates.length !== 1) return reading;
  const span = reading.slots[at];
  const years = span.number!.value * (LATER_WORDS.has(reading.words[span.last + 1].lower) ? 1 : -1);
  const from = dates[0].date!;
  const last = span.last + 1;
  const counted = yearsFrom(from, years);
  if (!counted) return reading;
  const start = span.start;
  const end = reading.words[last].end;
  const date = newSlot({
    kind: 'date',
    first: span.first,
    last,
    start,
    end,
    text: reading.source.slice(start - reading.start, end - reading.start),
    date: { first: span.first, last, ...counted },
  });
  const slots = reading.slots.map((s, i) => (i === at ? date : s));
  const content = reading.content.slice();
  content[last] = 0;
  return { ...reading, slots, content, kinds: slots.reduce((k, s) => k | KIND_BITS[s.kind], 0) };
}
