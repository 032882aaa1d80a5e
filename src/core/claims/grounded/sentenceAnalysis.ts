/**
 * One sentence read for its claim: its words with their stems, which words carry content, the typed values it states
 * (dates, numbers with their units, named people, organisations, places and agreements, roles), and the marks that
 * make it something other than a plain statement (negation, hedges, conditions, a question, quotation). Source
 * passages and draft sentences are read by this one function, so the two sides always meet on the same terms.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Term, TermCategory } from '../../knowledge/types';
import { tokenize, type Token } from '../tokens';
import { findDates, findNumbers, isNumberWord, MONTH_NUMBERS, SEASON_WORDS, type DraftDate, type DraftNumber } from '../values';
import { ADJECTIVE_NAMES, CAPITALS, COUNTRY_FIRST_WORDS, COUNTRY_OF_NAME } from './gazetteer';
import {
  ADDITIVE_AFTER_NOT,
  PARTY_POSSESSIVES,
  PHRASAL_POSSESSIVE,
  RELATIVE_TIME_ADVERBS,
  TIME_NOUNS,
  ALONE_WORDS,
  APPROXIMATION_WORDS,
  FLOOR_WORDS,
  FLOOR_COMPARATIVES,
  CEILING_COMPARATIVES,
  CEILING_WORDS,
  TIME_UNITS,
  LONG_TIME_UNITS,
  BACK_IN_TIME_VERBS,
  ATTRIBUTIVE_OPENERS,
  LY_NOT_ADVERBS,
  ORDER_WORDS,
  DENYING_ONLY_BEFORE,
  UNDENYING_BEFORE,
  COUNT_WORDS,
  MANY_ADJECTIVES,
  NONE_BEFORE_SINGLE,
  ONE_AGAINST,
  FEW_WORDS,
  UNCOUNTING_DETERMINERS,
  UNCOUNTED_LENGTH_PREPOSITIONS,
  LENGTH_PREPOSITIONS,
  LENGTH_OF_OPENERS,
  ORIGIN_VERBS,
  UPPER_BOUND_PREPOSITIONS,
  VAGUE_LENGTHS,
  DIGIT_COUNTS,
  CONDITION_WORDS,
  INVERTED_CONDITION_WORDS,
  OPENING_CONDITION_WORDS,
  INVERTED_SUBJECT_OPENERS,
  DECLARATION_NOUNS,
  DECLARATION_VERBS,
  DECLARING_CLEAR,
  CLAUSE_OPENERS,
  EXPECTATION_VERBS,
  FIRST_PERSON_WORDS,
  ARTICLES,
  FUNCTION_WORDS,
  CONJOINING_CONJUNCTIONS,
  CLAUSE_SUBJECTS,
  PLACE_PREPOSITIONS,
  GATHERING_NOUNS,
  HEDGE_WORDS,
  WISHING_AFTER_WOULD,
  IMPERSONAL_COPULAS,
  IMPERSONAL_HEDGES,
  PRESUPPOSING_SUBORDINATORS,
  PLAN_NOUNS,
  FRAME_NOUNS,
  PUNCTUATION_BETWEEN,
  QUARREL_NOUNS,
  QUARREL_OBJECT_REACH,
  QUARREL_TAKEN_AS,
  QUARREL_TAKING_VERBS,
  GOING_VERBS,
  JOURNEY_AS,
  WARNED_AGAINST_AS,
  WARNED_PARTY_REACH,
  IN_OF_RESULT_VERBS,
  REPRESENTATIVE_HEADS,
  TRAVEL_WORDS,
  IDEA_NOUNS,
  LEADING_SUBORDINATORS,
  NEAR_MISS_WORDS,
  NEGATION_WORDS,
  PASSIVE_AUXILIARIES,
  STATED_PAST_FORMS,
  THREAT_WORDS,
  ORGANISATION_HEADS,
  SEAT_BODY_NAMES,
  EXPLAINED_WORD,
  TIME_ADVERBS_BEFORE,
  TIME_ADVERBS_AFTER,
  PEOPLE_NOUNS,
  PORTFOLIO_BODY_NOUNS,
  PORTFOLIO_WORDS,
  FIELD_NAME_WORDS,
  REPETITION_WORDS,
  REPEATED_EVENT_NOUNS,
  REPORTING_HEDGES,
  ROLE_HEADS,
  OCCASION_NOUNS,
  ONLY_WORDS,
  SHARE_WORDS,
  TIMES_WORDS,
  PREVIOUS_WORDS,
  SEASON_PREPOSITIONS,
  ROLE_MODIFIERS,
  ROLE_SYNONYMS,
  SAME_RANK_MODIFIERS,
  OFFICE_COMPLEMENTS,
  SINGULAR_ONLY_HEADS,
  QUALIFIED_HEADS,
  SPAN_PARTS,
  LIKELIHOOD_WORDS,
  SPEAKING_VERBS,
  UNNAMED_SPEAKERS,
  VIEW_VERBS,
  YEAR_SPANS,
  REFUSAL_ALSO_FALL,
  REFUSED_THING_OPENERS,
  GROUP_NOUNS,
  GROUP_SIZE_VERBS,
  GROUP_STRENGTH,
  LEADER_GOVERNMENT_NOUNS,
  LEVEL_NOUNS,
  RANK_ADJECTIVES,
} from './lexicon';
import { ADVISING_STEMS, PHRASAL_BY_VERB, REFUSAL_STEMS, stem } from './stem';
import { KOREAN_SYLLABLE, typeUnlistedPeople } from './unlistedPeople';

/**
 * Whether the refusal word at `i` opens an aim told after the sentence's last value (`lastValue`) in a phrase of its
 * own: "to" right before it, and a comma right before that "to" or before one hedge ahead of it (", likely to avoid",
 * ", to avoid"). Not a refusal told as the act ("…, but refused to impose sanctions": no "to" before it), nor what came
 * of it (", only to fail to …").
 */
function purposeRefusal(words: readonly Token[], text: string, i: number, lastValue: number): boolean {
  if (lastValue < 0 || i <= lastValue + 1 || !REFUSAL_STEMS.has(stem(words[i].lower)) || words[i - 1].lower !== 'to') return false;
  const setOff = (k: number) => k > lastValue && text.slice(words[k - 1].end, words[k].start).includes(',');
  return setOff(i - 1) || (HEDGE_WORDS.has(words[i - 2].lower) && setOff(i - 2));
}

/**
 * What may stand between a year and the word it qualifies: spaces, and a quotation mark opening a name set off in
 * quotes ("the 2015 “comfort women” agreement" names the agreement by its year as "the 2015 agreement" does).
 */
const NOTHING_OR_OPENING_QUOTE = /^\s*[“"‘']?$/;

/** A bit per kind of value. */
export const KIND_BITS: Readonly<Record<Slot['kind'], number>> = { date: 1, number: 2, entity: 4, role: 8 };

/** What a named thing is; only things of one type can stand in for each other in a claim. */
export type EntityType = 'person' | 'organisation' | 'place' | 'agreement' | 'name';

/** A typed value a sentence states: what a claim can get wrong. */
export interface Slot {
  kind: 'date' | 'number' | 'entity' | 'role';
  /** Word indices of the value's first and last word. */
  first: number;
  last: number;
  /** Offsets of the value in the analysed text. */
  start: number;
  end: number;
  text: string;
  date?: DraftDate;
  /** A year naming a thing ("the 2015 agreement", "its 1965 treaty") rather than dating the clause's event. */
  attributive?: boolean;
  /**
   * `step`: how finely the number is written, in its value's scale (10 for "40", 5 for "65", 1 for "58"; none for a
   * fraction): an approximation word widens it by half that, no more ("about 40" is 35-45, "some 58" is not 56).
   * `range`: the counts a word without a figure allows ("dozens": 24 to 199); `value` is its least.
   * `least`: the value is a floor ("more than 40", "just over 60 percent"): nothing under it is meant.
   */
  number?: {
    value: number;
    unit: string | undefined;
    approximate: boolean;
    step?: number;
    range?: readonly [number, number];
    least?: boolean;
    /** The value is a ceiling ("less than a decade", "under 40"): nothing over it is meant. */
    most?: boolean;
    /**
     * The years a length told back from a source's time of writing comes to ("some 20 years ago", "the past decade"),
     * as far as its rounding and the bounds of that time allow: set on a passage's reading only (writtenDates.ts).
     */
    years?: readonly [number, number];
    /**
     * The years a thing held for a length up to a source's time of writing began in ("have tussled for over three
     * decades", "for much of the past three decades"), as far as its rounding, a floor and that time allow: set on a
     * passage's reading only (writtenDates.ts).
     */
    began?: readonly [number, number];
  };
  /**
   * `adjective`: a country named by its adjective ("Japanese firms"), which qualifies another word. `country`: the
   * country a body belongs to ("country:south korea" for the Blue House), when the glossary or the sentence says it.
   * `leads`: for a leader's government ("the Moon administration"), the country it governs, by the glossary.
   */
  entity?: {
    key: string;
    type: EntityType;
    words: readonly string[];
    adjective?: boolean;
    country?: string;
    leads?: string;
    /**
     * For a body named by a short form whose words say no kind of body ("CSIS"), the kinds its full name in the
     * glossary says (`ORGANISATION_HEADS`: "center" of "Center for Strategic and International Studies").
     */
    kinds?: readonly string[];
  };
  role?: { head: string; modifiers: readonly string[] };
  /**
   * A value a sentence before named, standing at the word that refers to it ("he", "it", "the court"): read as if the
   * sentence named it there, but never reported as wrong (the reference may be read wrongly; the writer wrote no value).
   */
  referent?: boolean;
  /**
   * A date the writer counted from one given before ("two years later", "the following winter"), read as the date it
   * comes to: compared like any other, though its sentence tells a time relative to another.
   */
  counted?: boolean;
  /**
   * A date an open span began at ("only since the 2010s", "dates back to the 1980s"): what the clause tells has held
   * from then up to the time of writing.
   */
  opens?: boolean;
}

/** A sentence as the grounded checker reads it. */
export interface AnalysedSentence {
  start: number;
  end: number;
  /** The sentence's text (offsets of words minus `start` index it). */
  source: string;
  words: Token[];
  /** Each word's stem. */
  stems: string[];
  /** 1 where a word carries content: not a function word, not part of a value. */
  content: Uint8Array;
  /** The content stems, once each. */
  contentStems: Set<string>;
  slots: Slot[];
  /** One bit per kind of value the sentence states (`KIND_BITS`): a quick test of whether two can differ at all. */
  kinds: number;
  /** Word indices of the words that deny a clause ("not", "never", "refused"). */
  negations: number[];
  /** A guess, a possibility or hearsay ("may", "reportedly"). */
  hedged: boolean;
  /**
   * Words of no one named or a possibility allowed ("Some argue …", "It is possible that …"): the whole sentence is
   * hearsay, whatever the writer's own words in it claim (a curated fact's finding in it is dropped too).
   */
  hearsay?: boolean;
  /**
   * In a guess: the word ranges of clauses of time after the hedge whose events it takes as given ("would not take a
   * risk before he is re-elected … in September"), from the word opening each to the end of its clause.
   */
  presupposed?: readonly (readonly [number, number])[];
  /**
   * In a quoted guess told whose it is ("“… would not take a risk …,” … Yu Myung Hwan … told me"):
   * where the attribution after the quotation opens. It is stated (one of the `presupposed` ranges), and compared
   * only with a draft telling of someone's telling too.
   */
  attributedFrom?: number;
  /**
   * Where a reported allegation starts ("alleged that …"), or -1: words from here on are someone's claim, hedged;
   * the words before (who alleged it, when) are stated.
   */
  reportedFrom: number;
  /**
   * What is reported from `reportedFrom` on is what a party declared or a proposal says ("announced that he would
   * …", "Under the proposal, … would …"): compared with a passage telling a declaration or proposal too.
   */
  declared?: boolean;
  /** A condition or a supposition ("if", "unless"). */
  conditional: boolean;
  question: boolean;
  /** The writer speaks of their own work ("our survey"): their numbers are not the sources'. */
  firstPerson: boolean;
  /** A time told relative to another ("the month before", "two years later", "the following spring"), or of an event told as happening again ("again in 2021"). */
  relativeTime: boolean;
  /** 1 where a word stands inside double quotation marks: someone else's words. */
  quoted: Uint8Array;
  /**
   * A source passage's word setting its event after the one the passage before told ("In a subsequent speech to the
   * Diet, …" after "… met in Chengdu"), with the named things that passage told its event with (sourceClaims.ts).
   */
  after?: { at: number; events: readonly Slot[]; told: ReadonlySet<string> };
  /**
   * A source passage only judging the act the sentence before told ("This is welcome but insufficient."), read with
   * that sentence (sourceClaims.ts): the word opening the judgement. Its words judge the act the words before it tell.
   */
  judgedFrom?: number;
  /**
   * A photo caption's person restated alone (`Passage.statement`, sourceClaims.ts): how many of the words open the
   * sentence with that person's own phrase (country, title, name) before what the caption says of them all. Those
   * values are that one person's (alignment/captions.ts).
   */
  captionPerson?: number;
  /**
   * 1 where a word is a particle of a phrasal predicate ("put off", "pulled out of"): part of its verb's meaning; 2
   * where a word describes the phrase's noun between its particles ("forced labor" in "broke the forced labor
   * deadlock"): a word of its own, inside the phrase.
   */
  particles: Uint8Array;
}

/**
 * Whether a length of time opens at word `k`, past a word of approximation ("centuries", "some three decades",
 * "over 30 years"): a number, or a unit of time (`TIME_UNITS`, `LONG_TIME_UNITS`) after it or alone.
 */
function lengthAfter(words: readonly Token[], slots: readonly Slot[], k: number): boolean {
  while (APPROXIMATION_WORDS.has(words[k]?.lower ?? '')) k++;
  const unit = (i: number) => {
    const s = stem(words[i]?.lower ?? '');
    return TIME_UNITS.has(s) || LONG_TIME_UNITS.has(s);
  };
  if (unit(k)) return true;
  return slots.some((s) => s.kind === 'number' && s.first === k) && unit(k + 1);
}

/**
 * Reads each phrasal predicate (lexicon.ts `PHRASAL_PREDICATES`: "put off", "pulled out of"): its verb's stem becomes
 * the one word the phrase means; the particles are marked (1) as words of no content of their own, with no stem.
 */
function readPhrasalPredicates(words: readonly Token[], text: string, stems: string[]): Uint8Array {
  const particles = new Uint8Array(words.length);
  const at: number[] = [];
  for (let i = 0; i < words.length; i++) {
    // Most words head no phrase: no empty list is made for them.
    const phrases = PHRASAL_BY_VERB.get(stems[i]);
    if (phrases === undefined) continue;
    for (const phrase of phrases) {
      if (!phrasalAt(words, text, stems, i, phrase.particles, at)) continue;
      stems[i] = phrase.stem;
      // A particle is no word of its own: "pushed back" has no "back" (support) for a predicate to meet. Words
      // describing the phrase's noun ("the forced labor deadlock") keep theirs, marked 2 as inside the phrase.
      for (let k = i + 1; k <= at[at.length - 1]; k++) particles[k] = 2;
      for (const k of at) {
        particles[k] = 1;
        stems[k] = '';
      }
      i = at[at.length - 1];
      break;
    }
  }
  return particles;
}

/** Words that may describe a phrasal predicate's noun between its article and it ("broke the long trade deadlock"). */
const PHRASAL_NOUN_MODIFIERS = 3;

/**
 * Whether the particles of a phrasal predicate follow its verb at word `i`, filling `at` with where each stands. A noun
 * after an article may stand past a few words describing it, with no mark between ("broke the forced labor deadlock"
 * is "broke the deadlock").
 */
function phrasalAt(
  words: readonly Token[],
  text: string,
  stems: readonly string[],
  i: number,
  particles: readonly string[],
  at: number[],
): boolean {
  at.length = 0;
  let j = i + 1;
  for (let k = 0; k < particles.length; k++, j++) {
    if (k > 0 && (ARTICLES.has(particles[k - 1]) || particles[k - 1] === PHRASAL_POSSESSIVE))
      for (let skipped = 0; skipped < PHRASAL_NOUN_MODIFIERS && j < words.length && stems[j] !== particles[k]; skipped++, j++)
        // A possessive's "s" belongs to the words describing the noun ("moved into the prime minister's office").
        if (
          (FUNCTION_WORDS.has(words[j].lower) && !possessiveS(words, text, j)) ||
          PUNCTUATION_BETWEEN.test(text.slice(words[j - 1].end, words[j].start))
        )
          return false;
    if (j >= words.length) return false;
    // "one's" in a phrase ("keep one's distance from") is any possessive the writer puts there ("kept their distance").
    const possessive = particles[k] === PHRASAL_POSSESSIVE && PARTY_POSSESSIVES.has(words[j].lower);
    if (!possessive && stems[j] !== particles[k]) return false;
    at.push(j);
  }
  return true;
}

/**
 * Whether word `j` is the "s" of a possessive, written right after an apostrophe ("minister's", "minister’s"). Narrower
 * than `possessiveMark`, which takes any "s" joined to the token before, the "S" of "U.S." too: here it would let "the
 * U.S. office" stand for a phrase's noun.
 */
function possessiveS(words: readonly Token[], text: string, j: number): boolean {
  return words[j].lower === 's' && j > 0 && /^['’]$/.test(text.slice(words[j - 1].end, words[j].start));
}

const QUARREL_TAKING_STEMS = new Set([...QUARREL_TAKING_VERBS].map(stem));
const QUARREL_STEMS = new Set([...QUARREL_NOUNS].map(stem));
const QUARREL_TAKEN_STEM = stem(QUARREL_TAKEN_AS);

/**
 * Reads a quarrel taken before a body ("took the export-control quarrel to …", lexicon.ts `QUARREL_TAKING_VERBS`):
 * the verb's stem becomes the one the sources may use ("brought the quarrel to …"). The quarrel must follow within
 * the verb's clause, with "to" right after it.
 */
function readQuarrelsTaken(words: readonly Token[], text: string, stems: string[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!QUARREL_TAKING_STEMS.has(stems[i])) continue;
    for (let k = i + 1; k < words.length && k <= i + QUARREL_OBJECT_REACH; k++) {
      if (PUNCTUATION_BETWEEN.test(text.slice(words[k - 1].end, words[k].start))) break;
      if (!QUARREL_STEMS.has(stems[k])) continue;
      if (words[k + 1]?.lower === 'to') stems[i] = QUARREL_TAKEN_STEM;
      break;
    }
  }
}

const GOING_STEMS = new Set([...GOING_VERBS].map(stem));
const JOURNEY_STEM = stem(JOURNEY_AS);

/**
 * Reads a journey told by a verb of going (lexicon.ts `GOING_VERBS`: "went to Tokyo", "flew to Seoul"): "to" right
 * after the verb and a place after it (past "the": "went to The Hague"); the verb's stem becomes the one a source
 * telling the journey uses ("traveled to Tokyo"), so the two tell one act. Not "went to great lengths", nor "the
 * appointment went to Kang Chan-gil", which give no place.
 */
function readJourneys(words: readonly Token[], stems: string[], slots: readonly Slot[]): void {
  for (let i = 0; i + 2 < words.length; i++) {
    if (!GOING_STEMS.has(stems[i]) || words[i + 1].lower !== 'to') continue;
    const at = words[i + 2].lower === 'the' ? i + 3 : i + 2;
    if (slots.some((s) => s.first === at && s.entity?.type === 'place' && !s.entity.adjective)) stems[i] = JOURNEY_STEM;
  }
}

/** Whether word v is a verb of going read as a journey (`readJourneys`: "went to Tokyo"), whatever its form. */
export function goingToPlace(a: AnalysedSentence, v: number): boolean {
  return a.stems[v] === JOURNEY_STEM && GOING_STEMS.has(stem(a.words[v].lower));
}

const WARNED_AGAINST_STEM = stem(WARNED_AGAINST_AS);

/**
 * Reads a warning against an act ("warns Washington against overt intervention", lexicon.ts `ADVISING_VERBS`): the
 * "against" within the verb's clause, past the party warned, reads as "avoid", the word of refusal a source advising
 * the same may use, which denies the act after it.
 */
function readWarningsAgainst(words: readonly Token[], text: string, stems: string[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!ADVISING_STEMS.has(stems[i])) continue;
    for (let k = i + 1; k < words.length && k <= i + 1 + WARNED_PARTY_REACH; k++) {
      if (PUNCTUATION_BETWEEN.test(text.slice(words[k - 1].end, words[k].start))) break;
      if (words[k].lower !== 'against') continue;
      stems[k] = WARNED_AGAINST_STEM;
      break;
    }
  }
}

/** The stem of "come", by which "came close to quitting" and "coming close to quitting" are read alike. */
const COME_STEM = stem('come');

/**
 * Whether word i opens a condition before its subject, as "if" (lexicon.ts `INVERTED_CONDITION_WORDS`: "… should
 * Japanese assets be liquidated"), or opens the sentence so (`OPENING_CONDITION_WORDS`): a determiner or a
 * capitalised word after it.
 */
export function invertedCondition(words: readonly Token[], i: number): boolean {
  const next = words[i + 1];
  // Opening the sentence, "should" asks; "had" and "were" state a condition ("Had Seoul terminated GSOMIA, …").
  if (next === undefined || !(i === 0 ? OPENING_CONDITION_WORDS : INVERTED_CONDITION_WORDS).has(words[i].lower)) return false;
  return INVERTED_SUBJECT_OPENERS.has(next.lower) || /^\p{Lu}/u.test(next.text);
}

/**
 * Whether negation word i denies what follows: not "not only" (it adds), nor a word that denies only before its
 * preposition without it (`DENYING_ONLY_BEFORE`: "Instead, Tokyo chose …" states the choice).
 */
function denies(words: readonly Token[], text: string, i: number): boolean {
  const lower = words[i].lower;
  const next = words[i + 1]?.lower ?? '';
  if (lower === 'not' && ADDITIVE_AFTER_NOT.has(next)) return false;
  // "did not travel alone", "was not alone in protesting": the denial falls on "alone"; the act is stated.
  if (lower === 'not' && (ALONE_WORDS.has(next) || ALONE_WORDS.has(words[i + 2]?.lower ?? ''))) return false;
  if (UNDENYING_BEFORE.get(lower)?.has(words[i - 1]?.lower ?? '')) return false;
  const prepositions = DENYING_ONLY_BEFORE.get(lower);
  if (prepositions === undefined) return true;
  // The preposition in its phrase: "yielded very little—in fact just the opposite" qualifies nothing after the dash.
  return prepositions.has(next) && !PUNCTUATION_BETWEEN.test(text.slice(words[i].end, words[i + 1].start));
}

/**
 * Whether refusal word i tells a fall instead ("tourism declined after the export controls", "a decline in
 * exports"): a word that may tell either refuses only before "to" or the thing refused, a name or its opener.
 */
function tellsFall(words: readonly Token[], i: number): boolean {
  if (!REFUSAL_ALSO_FALL.has(words[i].lower)) return false;
  const next = words[i + 1];
  return next === undefined || !(REFUSED_THING_OPENERS.has(next.lower) || /^\p{Lu}/u.test(next.text));
}

/**
 * Whether word `i` is a word of a near miss or a threat ("nearly", "threatened", "came close", "threat to"), before
 * `nearMissOfEvent` reads what follows it: the one test by which the analysis denies the act after it and the
 * alignment and the decision know such a denial for a near miss, not a "not".
 */
export function nearMissWord(words: readonly Token[], stems: readonly string[], i: number): boolean {
  const lower = words[i].lower;
  return (
    NEAR_MISS_WORDS.has(lower) ||
    (lower === 'close' && stems[i - 1] === COME_STEM) ||
    // "the Blue House's threat to scrap GSOMIA"; not "a military threat", a danger.
    ((lower === 'threat' || lower === 'threats') && words[i + 1]?.lower === 'to')
  );
}

/**
 * Whether the word after a near-miss word (past "to", and past a passive "being": "came close to being torpedoed")
 * is an event rather than an amount.
 */
function nearMissOfEvent(words: readonly Token[], i: number): boolean {
  // "Seoul's near withdrawal", "the near collapse": the adjective stands after a determiner or a possessive; "flights
  // near Korean vessels" is the preposition of place.
  if (words[i].lower === 'near' && !ATTRIBUTIVE_OPENERS.has(words[i - 1]?.lower ?? '')) return false;
  // "Termination of GSOMIA was threatened by Tokyo": in the passive the act threatened stands before.
  if (words[i].lower === 'threatened' && PASSIVE_AUXILIARIES.has(words[i - 1]?.lower ?? '')) return true;
  let k = i + 1;
  if (words[k]?.lower === 'to') k++;
  if (PASSIVE_AUXILIARIES.has(words[k]?.lower ?? '')) k++;
  const next = words[k];
  if (!next) return false;
  const c = next.lower.charCodeAt(0);
  return !(c >= 48 && c <= 57) && !FUNCTION_WORDS.has(next.lower) && !isNumberWord(next.lower) && !MONTH_NUMBERS.has(next.lower);
}

/** The stems of verbs giving a person's words (lexicon.ts `SPEAKING_VERBS`), in any form ("arguing that …"). */
const SPEAKING_STEMS = new Set([...SPEAKING_VERBS].map(stem));

/** The stems of the verbs a "back" after tells a reach into the past (lexicon.ts `BACK_IN_TIME_VERBS`). */
const BACK_IN_TIME_STEMS = new Set([...BACK_IN_TIME_VERBS].map(stem));

/**
 * The "that" opening the clause a hedge at `h` stands in, a few words before it with no punctuation between, when a
 * value of the sentence stands before that "that": -1 otherwise.
 */
function complementBefore(words: readonly Token[], text: string, slots: readonly Slot[], h: number): number {
  for (let t = h - 1; t >= 1 && t >= h - 8; t--) {
    if (punctuatedAfter(words, text, t)) return -1;
    if (words[t].lower === 'that') return slots.some((s) => s.last < t) ? t : -1;
  }
  return -1;
}

/**
 * Whether every value of a sentence stands in a clause after its "would" that tells, of a named party, what it did
 * ("One proposal would copy the fund Germany set up in the 1970s"): the proposal is a guess, what Germany did is stated.
 * Not when a denial stands between (what would not be done is the guess's).
 */
function statedAfter(words: readonly Token[], slots: readonly Slot[], h: number): boolean {
  const party = slots.find((s) => s.first > h && s.kind === 'entity');
  // "One proposal", "the one": a "one" before counts nothing of the guess.
  const counted = (s: Slot) => !(s.kind === 'number' && s.number?.value === 1);
  if (!party || party.first > h + 10 || slots.some((s) => s.first < party.first && counted(s))) return false;
  const verb = words[party.last + 1]?.lower ?? '';
  if (!pastForm(verb)) return false;
  for (let k = h + 1; k < party.first; k++) if (NEGATION_WORDS.has(words[k].lower)) return false;
  return true;
}

/** Whether punctuation stands between words k and k + 1. */
const punctuatedAfter = (words: readonly Token[], text: string, k: number) =>
  PUNCTUATION_BETWEEN.test(text.slice(words[k].end, words[k + 1].start));

/**
 * Where the content of a declaration or a proposal opens when the "would" at `h` tells it rather than a guess, or -1:
 * at a verb by which a party named before declared it, within the "would"'s clause ("Trump announced that he would
 * …", "Motegi made clear that Tokyo would not …"), or at the proposal its clause describes ("Under the proposal, only
 * Japanese firms would pay", "That scheme would be financed by …"). The sources report such a declaration or proposal
 * as a fact; a guess ("analysts think X would …", "predicted that X would …") declares nothing.
 */
/**
 * A verb of saying or holding a view whose subject names no one: "Some argue", "Others recall", "some analysts say",
 * "many Japanese officials believe". The subject opens the sentence or a clause of its own (after a comma, a dash or
 * "but"), so "for some time said" is no such subject.
 */
function unnamedHearsay(words: readonly Token[], text: string, i: number): boolean {
  const lower = words[i].lower;
  if (!SPEAKING_VERBS.has(lower) && !VIEW_VERBS.has(lower)) return false;
  for (let q = i - 1; q >= 0 && q >= i - 3; q--) {
    if (q < i - 1 && PUNCTUATION_BETWEEN.test(text.slice(words[q].end, words[q + 1].start))) return false;
    // The words between the subject's first word and the verb are its noun and adjectives ("some Japanese officials").
    if (FUNCTION_WORDS.has(words[q].lower) && !UNNAMED_SPEAKERS.has(words[q].lower)) return false;
    const opensClause =
      q === 0 || PUNCTUATION_BETWEEN.test(text.slice(words[q - 1].end, words[q].start)) || CLAUSE_OPENERS.has(words[q - 1].lower);
    if (UNNAMED_SPEAKERS.has(words[q].lower) && opensClause) return true;
  }
  return false;
}

/** "It is possible", "it's conceivable", "it seems plausible": an impersonal allowance (lexicon `IMPERSONAL_HEDGES`). */
function impersonalHedge(words: readonly Token[], i: number): boolean {
  if (!IMPERSONAL_HEDGES.has(words[i].lower)) return false;
  return IMPERSONAL_COPULAS.has(words[i - 1]?.lower ?? '') && words[i - 2]?.lower === 'it';
}

/** Most words from "Under" to the noun of the frame it opens ("Under the so-called “two track” approach,"). */
const UNDER_FRAME_REACH = 6;

function declaredContent(words: readonly Token[], text: string, slots: readonly Slot[], h: number): number {
  for (let t = h - 1; t >= 0 && t >= h - 6; t--) {
    const lower = words[t].lower;
    const declares = DECLARATION_VERBS.has(lower) || (lower === 'clear' && DECLARING_CLEAR.has(words[t - 1]?.lower ?? ''));
    // The declaring party is named before its verb: "Trump", "Foreign Minister Motegi".
    if (declares) return slots.some((s) => s.last < t && (s.kind === 'entity' || s.kind === 'role')) ? t : -1;
    // The clause's subject names the proposal: "That scheme would …", "the German-style foundation idea would …".
    if (t >= h - 3 && PLAN_NOUNS.has(lower)) return t;
    if (t > 0 && punctuatedAfter(words, text, t - 1)) break;
  }
  // "Under the proposal, …", "Under the so-called two-track approach, …": the clause after the comma is the
  // proposal's content. So after "proposed" before the thing proposed ("Under the proposed foundation, …").
  if (words[0]?.lower !== 'under') return -1;
  let framed = false;
  for (let k = 1; k <= UNDER_FRAME_REACH && k < h; k++) {
    framed ||= PLAN_NOUNS.has(words[k].lower) || FRAME_NOUNS.has(words[k].lower);
    if (punctuatedAfter(words, text, k)) return framed ? k : -1;
  }
  return -1;
}

/** Whether words first..last stand in a parenthesis after an author's name: "(Sakata 2020)", "(Buchan & Rimland, 2019, p. 2)". */
function citedYear(text: string, words: readonly Token[], first: number, last: number): boolean {
  const open = text.lastIndexOf('(', words[first].start);
  if (open < 0 || text.lastIndexOf(')', words[first].start) > open) return false;
  const inside = text.slice(open + 1, words[first].start);
  return (
    /^\s*\p{Lu}[\p{L}'’-]+(?:\s*(?:&|and|,)\s*\p{Lu}[\p{L}'’-]+)*(?:\s+et\s+al\.?)?\s*,?\s*$/u.test(inside) &&
    words[last].end <= text.length
  );
}

/**
 * Times told from another time: "the month before", "two years later", "the following spring", "earlier that year".
 * ("Twenty years ago" is told from the time of writing, as a source tells it: a length of its own, `AGO`.)
 */
const RELATIVE_TIME =
  /\b(?:(?:days?|weeks?|months?|years?|decades?)\s+(?:before|after|earlier|later|prior)|(?:the\s+)?(?:following|previous|preceding|next|prior)\s+(?:day|week|month|year|spring|summer|autumn|fall|winter)|earlier\s+that|later\s+that)\b/i;

/**
 * The words one of which every time `RELATIVE_TIME` reads holds, as letters anywhere: a sentence without any (four in
 * five) is spared that pattern, which tries its alternatives at every word of the sentence.
 */
const MAY_TELL_RELATIVE_TIME = /before|after|earlier|later|prior|following|previous|preceding|next/i;

/** The characters that may close a question after its mark ("…?”", "…?)"). */
const QUESTION_CLOSERS = `"'”’)]`;

/**
 * Whether `sentence` ends with a question mark, past closing quotes or brackets and then white space: what
 * `/\?["'”’)\]]*\s*$/` says, read back from the end rather than tried at every character.
 */
function endsAsQuestion(sentence: string): boolean {
  let k = sentence.length - 1;
  while (k >= 0 && WHITE_SPACE.test(sentence[k])) k--;
  while (k >= 0 && QUESTION_CLOSERS.includes(sentence[k])) k--;
  return k >= 0 && sentence[k] === '?';
}

const WHITE_SPACE = /\s/;

const CATEGORY_TYPES: Partial<Record<TermCategory, EntityType>> = {
  person: 'person',
  institution: 'organisation',
  group: 'organisation',
  country: 'place',
  place: 'place',
  agreement: 'agreement',
};

/** Fewest words of a headline read as one (`headlineCased`): a short run of capitals is a name. */
const HEADLINE_WORDS = 5;

/**
 * Whether the sentence ending at `end` is a headline in Title Case: no closing stop, at least `HEADLINE_WORDS`
 * words, and every word of four letters or more capitalised ("Seoul Terminates Intelligence-Sharing Pact With Tokyo").
 */
function headlineCased(words: readonly Token[], text: string, end: number): boolean {
  if (words.length < HEADLINE_WORDS || /[.!?]["”’)]*\s*$/.test(text.slice(words[words.length - 1].end, end))) return false;
  return words.every((w) => w.text.length < 4 || /^\p{Lu}/u.test(w.text));
}

/** Whether `slots` stand in the order of their first words. */
function inReadingOrder(slots: readonly Slot[]): boolean {
  for (let k = 1; k < slots.length; k++) if (slots[k].first < slots[k - 1].first) return false;
  return true;
}

/** Whether word i is the "s" of a possessive, joined to the word before it ("Abe's"): the tokenizer splits it off. */
export function possessiveMark(words: readonly Token[], i: number): boolean {
  const word = words[i];
  return word !== undefined && word.lower === 's' && word.joined;
}

/** Reads the sentence at [start, end) of `text`. */
export function analyseSentence(kb: KnowledgeBase, text: string, start: number, end: number): AnalysedSentence {
  const tokens = tokenize(text, start, end);
  const words: Token[] = [];
  const quoted: number[] = [];
  let inQuote = false;
  for (const t of tokens) {
    if (t.word) {
      words.push(t);
      quoted.push(inQuote ? 1 : 0);
    } else if (t.lower === '"') inQuote = !inQuote;
  }
  const n = words.length;
  const stems = words.map((w) => stem(w.lower));
  const particles = readPhrasalPredicates(words, text, stems);
  readQuarrelsTaken(words, text, stems);
  readWarningsAgainst(words, text, stems);
  const slots: Slot[] = [];
  const taken = new Int16Array(n).fill(-1);
  const claim = (slot: Slot): void => {
    for (let i = slot.first; i <= slot.last; i++) if (taken[i] !== -1) return;
    for (let i = slot.first; i <= slot.last; i++) taken[i] = slots.length;
    slots.push(slot);
  };
  const dates = findDates(words, text);
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k];
    // A bare month word with no day or year is read as a date only when it is capitalised ("in May", not "may").
    // (The month's own word: "late January" opens with a lower-case part word.)
    if (
      d.year === undefined &&
      d.day === undefined &&
      d.month !== undefined &&
      !/^[A-Z]/.test(text.slice(d.monthSpan!.start, d.monthSpan!.end))
    )
      continue;
    // A span of time ("between 1910 and 1945", "from 2012 to 2017") is not one date; neither end is compared.
    const opener = words[d.first - 1]?.lower;
    const next = dates[k + 1];
    if ((opener === 'between' || opener === 'from') && next && next.first === d.last + 2) {
      k++;
      continue;
    }
    // "(Sakata 2020)", "(Buchan & Rimland, 2019)": the year of a work cited, not of anything the sentence tells.
    if (citedYear(text, words, d.first, d.last)) continue;
    const before = words[d.first - 1];
    const after = words[d.last + 1];
    const attributive =
      d.month === undefined &&
      d.season === undefined &&
      before !== undefined &&
      ATTRIBUTIVE_OPENERS.has(before.lower) &&
      after !== undefined &&
      NOTHING_OR_OPENING_QUOTE.test(text.slice(words[d.last].end, after.start)) &&
      !FUNCTION_WORDS.has(after.lower) &&
      !isAdverb(after.lower);
    const opens = !attributive && opensSpan(words, d.first);
    claim(slotOf('date', words, d.first, d.last, text, { date: d, attributive, ...(opens ? { opens } : {}) }));
  }
  // "last spring", "since last winter's controls": a season told from the time of writing, as "last December" is.
  // "the previous spring", "in the spring", "in late summer": a season with no year, compared as a season.
  for (let i = 1; i < n; i++) {
    const season = SEASON_WORDS.get(words[i].lower);
    if (season === undefined || taken[i] !== -1) continue;
    const first = words[i - 1].lower === 'last' ? i : yearlessSeasonFirst(words, text, i);
    if (first < 0 || taken[first] !== -1) continue;
    const seasonSpan = { start: words[i].start, end: words[i].end };
    const part = first < i ? PART_OF_SEASON.get(words[first].lower) : undefined;
    const partSpan = part && { start: words[first].start, end: words[first].end };
    claim(slotOf('date', words, first, i, text, { date: { first, last: i, season, seasonSpan, part, partSpan } }));
  }
  for (const m of kb.matcher.findAll(text, start, end)) {
    const first = wordAt(words, m.start);
    const last = wordAt(words, m.end - 1);
    if (first < 0 || last < 0) continue;
    const term = kb.term(m.termIds[0]);
    const type = term ? CATEGORY_TYPES[term.category] : undefined;
    if (!type) continue;
    const country = type === 'place' ? COUNTRY_OF_NAME.get(m.alias.toLowerCase()) : undefined;
    // Most names are of one term: its id is the key as it is, with no list to copy, sort and join.
    const key = country ? `country:${country}` : `term:${m.termIds.length === 1 ? m.termIds[0] : [...m.termIds].sort().join('+')}`;
    // "the 2015 comfort women agreement" matched by a name that opens with its year: the year is a date of its own
    // (found first), and the words after it name the thing when they are a name of it themselves ("comfort women
    // agreement"; not "agreement" of "2015 agreement", which the year alone tells from others).
    let nameFirst = first;
    while (nameFirst <= last && taken[nameFirst] !== -1 && slots[taken[nameFirst]].kind === 'date') nameFirst++;
    if (nameFirst > last) continue;
    if (nameFirst > first && !namesAlone(kb, text, words[nameFirst].start, m.end, m.termIds)) continue;
    // "Foreign Minister Motegi", "President Moon": the title is a value of its own, compared with other titles. Left
    // to `findRoles`, which reads it whole with the title words the name leaves out ("Deputy" of "Deputy Secretary of
    // State Blinken", where the glossary names "Secretary of State Blinken"); the person is named after it.
    if (type === 'person') {
      let head = -1;
      for (let i = nameFirst; i < last && (ROLE_MODIFIERS.has(words[i].lower) || ROLE_HEADS.has(words[i].lower)); i++)
        if (ROLE_HEADS.has(words[i].lower)) head = i;
      if (head >= 0) {
        nameFirst = head + 1;
        // "Secretary of State Blinken": "of State" names the office.
        if (words[nameFirst].lower === 'of' && nameFirst + 1 < last && ROLE_MODIFIERS.has(words[nameFirst + 1].lower)) nameFirst += 2;
      }
    }
    // A leader's government ("the Moon administration", "the Abe cabinet") is their country's, as a body's is: the
    // country their definition opens with ("South Korean president").
    const leads =
      type === 'person' && LEADER_GOVERNMENT_NOUNS.has(words[last].lower) ? countryOfDefinition(term!.definition, true) : undefined;
    const body = type === 'organisation' ? countryOfDefinition(term!.definition) : undefined;
    const named = nameWords(words, nameFirst, last);
    const kinds = type === 'organisation' && !named.some((w) => ORGANISATION_HEADS.has(w)) ? expandedKinds(term!) : undefined;
    const entity = {
      key,
      type,
      words: named,
      ...(body ? { country: body } : {}),
      ...(leads ? { leads } : {}),
      ...(kinds !== undefined && kinds.length > 0 ? { kinds } : {}),
    };
    claim(slotOf('entity', words, nameFirst, last, text, { entity }));
  }
  findCountries(words, text, claim);
  findRoles(words, text, claim, taken);
  findPortfolioBodies(words, text, claim, taken);
  // A headline in Title Case ("Seoul Scraps GSOMIA as Export Row Deepens") capitalises its verbs and nouns too: only
  // the names the glossary and the gazetteer know are read in it.
  if (!headlineCased(words, text, end)) findNames(words, text, claim, taken, slots, personNameWords(kb), authorNameWords(kb));
  typeUnlistedPeople(words, text, slots);
  tieBodiesToCountries(words, slots);
  findYearSpans(words, text, claim, taken);
  findCounts(words, text, claim, taken);
  findVagueLengths(words, text, claim, taken);
  for (const num of findNumbers(words)) {
    if (taken[num.first] !== -1 || taken[num.last] !== -1 || oneAgainstAnother(words, num)) continue;
    const before = words[num.first - 1]?.lower;
    const approximate = before !== undefined && APPROXIMATION_WORDS.has(before);
    const numbered = numberedName(words, slots, num);
    // Made here, so completed in place (its fields in the order a spread of it would give), not copied.
    const number: NonNullable<Slot['number']> =
      numbered === undefined ? quantityOf(num, words, text, approximate) : { value: num.value, unit: numbered, approximate };
    // "more than 40", "just over 60 percent": a floor. Not "over two decades", which may be the stretch a thing went on;
    // but "for over two decades" tells how long at the least.
    const least =
      (FLOOR_WORDS.has(before ?? '') && (!TIME_UNITS.has(number.unit ?? '') || words[num.first - 2]?.lower === 'for')) ||
      (before === 'than' && FLOOR_COMPARATIVES.has(words[num.first - 2]?.lower ?? ''));
    if (least) number.least = true;
    else if (ceilingBefore(words, num.first)) number.most = true;
    claim(slotOf('number', words, num.first, num.last, text, { number }));
  }
  readJourneys(words, stems, slots);
  const content = new Uint8Array(n);
  const relative = relativeTimeWords(words, slots);
  const contentStems = new Set<string>();
  const negations: number[] = [];
  const hedges: number[] = [];
  // Hearsay of no one named, or a possibility allowed ("some analysts say", "It is possible that"): a guess wherever
  // it stands in the sentence, even after every value ("… had ten members, some analysts say").
  const hearsay: number[] = [];
  let reportedFrom = -1;
  let hoping = false;
  let declared = false;
  let conditional = false;
  for (let i = 0; i < n; i++) {
    const lower = words[i].lower;
    if (
      (NEGATION_WORDS.has(lower) && denies(words, text, i)) ||
      (REFUSAL_STEMS.has(stems[i]) && !tellsFall(words, i)) ||
      (lower === 't' && words[i - 1]?.lower.endsWith('n'))
    )
      negations.push(i);
    // "near withdrawal", "nearly collapsed", "threatened to terminate", "came close to quitting": it did not happen.
    // Not before a number or a date ("nearly 40 percent", "almost two years"): that is an approximation.
    else if (nearMissWord(words, stems, i) && nearMissOfEvent(words, i)) negations.push(i);
    // "May" the month is a date, not a hedge.
    if (REPORTING_HEDGES.has(lower) && words[i + 1]?.lower === 'that' && reportedFrom < 0 && hedges.length === 0) reportedFrom = i;
    else if (EXPECTATION_VERBS.has(lower) && reportedFrom < 0 && hedges.length === 0) {
      // The hope starts at its "that" when one follows closely: "hoped last November that …" dates the hoping.
      const that = words.findIndex((w, k) => k > i && k <= i + 4 && w.lower === 'that');
      reportedFrom = that > 0 ? that : i;
      hoping = true;
    } else if (unnamedHearsay(words, text, i) || impersonalHedge(words, i)) hearsay.push(i);
    // A hedge inside a hope ("hoped … would") is part of what was hoped, not a guess of the writer's.
    // "would like to …" is a wish held, stated as "wants to …" is.
    else if (lower === 'would' && WISHING_AFTER_WOULD.has(words[i + 1]?.lower ?? '') && words[i + 2]?.lower === 'to') {
      // No guess, no report.
    } else if (HEDGE_WORDS.has(lower) && taken[i] === -1 && !hoping) {
      // A "would" telling what a party declared or what a proposal says is no guess: the declaration's content is
      // reported, compared only with a passage telling a declaration too (alignment.ts).
      const declaredAt = lower === 'would' && reportedFrom < 0 && hedges.length === 0 ? declaredContent(words, text, slots, i) : -1;
      if (declaredAt >= 0) {
        reportedFrom = declaredAt;
        declared = true;
      } else {
        // "… signaled early that Korea policy would not change": a "would" after "that" tells what someone said or
        // meant would happen, reported like an allegation; what stands before it is stated. ("could not sue" is no
        // report.)
        const opener = lower === 'would' && reportedFrom < 0 && hedges.length === 0 ? complementBefore(words, text, slots, i) : -1;
        // A modal in what a party said or argued ("…, arguing that Seoul could no longer be trusted") is reported so
        // too: the hedge is the speaker's, the act told before the saying is stated. (A likelihood a party argued,
        // "argued that … are likely to succeed", stays a guess, compared with the likelihood the sources give.)
        const modal = !LIKELIHOOD_WORDS.has(lower) && reportedFrom < 0 && hedges.length === 0;
        const said = modal ? complementBefore(words, text, slots, i) : -1;
        if (opener >= 0) reportedFrom = opener;
        else if (said >= 0 && SPEAKING_STEMS.has(stems[said - 1])) reportedFrom = said;
        else if (!(lower === 'would' && statedAfter(words, slots, i))) hedges.push(i);
      }
    }
    if (CONDITION_WORDS.has(lower) || invertedCondition(words, i)) {
      // "threatened to end GSOMIA unless Japan rescinded …": the threat is stated, the condition is what it threatened.
      if (lower !== 'whether' && words.some((w, k) => k < i && THREAT_WORDS.has(w.lower))) {
        if (reportedFrom < 0) reportedFrom = i;
      } else if (lower === 'if' && idiomaticIf(words, text, i)) {
        // "If anything, …", "…, if not approval": no supposition; the sentence is stated.
      } else if (!quotedCondition(quoted, i)) conditional = true;
    }
    const first = lower.charCodeAt(0);
    if (taken[i] !== -1 || particles[i] === 1 || FUNCTION_WORDS.has(lower) || (first >= 48 && first <= 57)) continue;
    // "Back in 2015": an adverb of time, not the verb.
    if (TIME_ADVERBS_BEFORE.get(lower)?.has(words[i + 1]?.lower ?? '')) continue;
    // "no longer", "any longer": the denial's adverb of time, no word of the act it denies.
    if (TIME_ADVERBS_AFTER.get(lower)?.has(words[i - 1]?.lower ?? '')) continue;
    // "goes back centuries", "dates back some three decades": told back in time, not the verb.
    if (lower === 'back' && lengthAfter(words, slots, i + 1)) continue;
    // "dates back to the 2018 rulings", "goes back to colonial rule": told back in time after its verb.
    // (A root of two letters keeps the "e" of its "-es" in its stem, "goes" "goe": read without it too.)
    if (
      lower === 'back' &&
      i > 0 &&
      (BACK_IN_TIME_STEMS.has(stems[i - 1]) || BACK_IN_TIME_STEMS.has(stem(words[i - 1].lower.replace(/es$/, ''))))
    )
      continue;
    // The "ago" of a length told back from now ("some 20 years ago") is the length's, in its unit: no word of the act
    // to tie two such lengths of different events.
    if (lower === AGO.trimStart() && agoOfLength(slots, i)) continue;
    if (relative.has(i)) continue;
    content[i] = 1;
    contentStems.add(stems[i]);
  }
  const sentenceText = text.slice(start, end);
  const question = endsAsQuestion(sentenceText);
  const relativeTime =
    (MAY_TELL_RELATIVE_TIME.test(sentenceText) && RELATIVE_TIME.test(sentenceText)) ||
    words.some((w, i) => REPETITION_WORDS.has(w.lower) || (w.lower === 'another' && REPEATED_EVENT_NOUNS.has(words[i + 1]?.lower ?? '')));
  const firstPerson = words.some((w) => FIRST_PERSON_WORDS.has(w.lower) && w.text !== 'US');
  // The values were found kind by kind; most sentences' are in order already (a stable sort would leave them so).
  if (!inReadingOrder(slots)) slots.sort((a, b) => a.first - b.first);
  // A hedge in a clause of its own after every value ("…by way of Vietnam and Thailand, probably to avoid the
  // appearance of shuttle diplomacy") guesses at that clause only; the values before it are stated.
  const lastValue = slots.length > 0 ? slots[slots.length - 1].last : -1;
  const trailing = (h: number) => lastValue >= 0 && h > lastValue && /[,;—–]/.test(text.slice(words[lastValue].end, words[h].start));
  // So does one in a subordinate clause opening the sentence before every value ("Where in past disputes, diplomats
  // might have stepped in …, repeated meetings between the two foreign ministers only resulted in a stalemate").
  const firstValue = slots.length > 0 ? slots[0].first : -1;
  const leading = (h: number) =>
    LEADING_SUBORDINATORS.has(words[0].lower) && firstValue > h && text.slice(words[h].end, words[firstValue].start).includes(',');
  // So does one in the "that" clause of an idea the sentence tells of ("The notion that allied defenses might be
  // traded away … sent chills through Seoul"), before the sentence's own verb: the idea holds the hedge.
  const ideaHeld = (h: number) => {
    for (let k = h - 1; k > 0 && k >= h - IDEA_REACH; k--) {
      if (PUNCTUATION_BETWEEN.test(text.slice(words[k].end, words[k + 1].start))) return false;
      if (words[k].lower === 'that' && IDEA_NOUNS.has(words[k - 1].lower)) return true;
    }
    return false;
  };
  const guesses = hedges.filter((h) => !trailing(h) && !leading(h) && !ideaHeld(h));
  // A refusal in an aim told after every value, set off by a comma (", likely to avoid the look of shuttle diplomacy",
  // ", to avoid a clash"): the aim is what was avoided; the act before it is stated, not denied.
  for (let k = negations.length - 1; k >= 0; k--) if (purposeRefusal(words, text, negations[k], lastValue)) negations.splice(k, 1);
  // A guess quoted, then told whose it is ("“Prime Minister Suga would not take a risk …,” former … Yu Myung Hwan …
  // told me"): the telling is stated, who told it and where they serve; the quoted words stay the speaker's guess.
  // (A quoted supposition is the speaker's, stated as said: `quotedCondition`.)
  const attribution = hearsay.length === 0 ? quotedAttribution(words, quoted, guesses) : -1;
  const hedged = hearsay.length > 0 || guesses.length > 0;
  // What a party is reported to guess ("Yu said that Suga would not take a risk before he is re-elected … in
  // November", "doubted that Suga would gamble … before his re-election … in November") takes its clauses of time as
  // given, as a guess does: they are the speaker's account of what is so, compared (alignment.ts `align`).
  const reportedGuess = !hedged && reportedFrom >= 0 ? words.findIndex((w, k) => k > reportedFrom && HEDGE_WORDS.has(w.lower)) : -1;
  const presupposed = hedged
    ? presupposedClauses(words, text, Math.min(hedges[0] ?? n, hearsay[0] ?? n))
    : reportedGuess >= 0
      ? presupposedClauses(words, text, reportedGuess)
      : undefined;
  if (presupposed && attribution >= 0) presupposed.push([attribution, n - 1]);
  let kinds = 0;
  for (const slot of slots) kinds |= KIND_BITS[slot.kind];
  // Every field present, those a sentence lacks as undefined: every reading then has one shape (optional fields spread
  // in or not gave each combination a shape of its own), which keeps the property reads of the code comparing
  // readings monomorphic and fast, and the literal is built without spreading.
  return {
    start,
    end,
    source: sentenceText,
    words,
    stems,
    content,
    contentStems,
    slots,
    kinds,
    negations,
    hedged,
    hearsay: hearsay.length > 0 ? true : undefined,
    presupposed: presupposed && presupposed.length > 0 ? presupposed : undefined,
    attributedFrom: attribution >= 0 ? attribution : undefined,
    reportedFrom,
    declared: declared ? true : undefined,
    conditional,
    question,
    relativeTime,
    firstPerson,
    // The constructor copies an array directly; `Uint8Array.from` walks it through an iterator, a fortieth of the read.
    quoted: new Uint8Array(quoted),
    after: undefined,
    judgedFrom: undefined,
    particles,
  };
}

/**
 * Where the attribution of a quoted guess opens, or -1: every one of its hedges (`marks`) stands inside the quotation, which the sentence's words after it attribute to a speaker by a verb of
 * saying ("…,” a senior official … told me").
 */
function quotedAttribution(words: readonly Token[], quoted: readonly number[], marks: readonly number[]): number {
  if (marks.length === 0 || marks.some((i) => quoted[i] !== 1)) return -1;
  let close = words.length - 1;
  while (close >= 0 && quoted[close] !== 1) close--;
  if (close < 0 || close === words.length - 1) return -1;
  for (let k = close + 1; k < words.length; k++) if (SPEAKING_VERBS.has(words[k].lower)) return close + 1;
  return -1;
}

/**
 * Marks that end a clause of time: the clause runs to the first after its opening word, or to the sentence's end. A
 * comma or a closing quotation mark ends it too ("… in September,” said Yu …": who said it is no part of it).
 */
const CLAUSE_END = /[;:—–,”")]/;

/** A quotation mark, opening or closing. */
const QUOTATION_MARK = /["“”]/;

/**
 * The clauses of time after the hedge at word `hedge` (`PRESUPPOSING_SUBORDINATORS`: "before he is re-elected …"),
 * each from its opening word to the end of its clause.
 */
function presupposedClauses(words: readonly Token[], text: string, hedge: number): [number, number][] {
  const ranges: [number, number][] = [];
  // "After the Singapore Summit last year, the U.S. president's announcement … may have been tolerable": an opening
  // phrase ordering the sentence's event against another, set off by a comma before the guess, is given.
  if (ORDER_WORDS.has(words[0]?.lower ?? '')) {
    let end = 0;
    while (end + 1 < hedge && !text.slice(words[end].end, words[end + 1].start).includes(',')) end++;
    if (end + 1 < hedge) ranges.push([0, end]);
  }
  // "the president's announcement that he was reducing … exercises—… may have been tolerable": the declaration the
  // guess judges was made; its clause, to the end of the clause, is given.
  // Who made it, owning the noun ("the U.S. president's announcement"), is given with it: the act named by a noun
  // happened, whatever the guess says of it.
  for (let k = 0; k + 1 < hedge; k++) {
    if (!DECLARATION_NOUNS.has(words[k].lower) || words[k + 1].lower !== 'that') continue;
    let end = k + 1;
    while (end + 1 < hedge && !CLAUSE_END.test(text.slice(words[end].end, words[end + 1].end))) end++;
    ranges.push([declarationOwnerStart(words, text, k), end]);
    break;
  }
  // "This is likely why Stilwell insisted …", "This may be why …": the act explained is given, up to a quotation (the
  // words quoted are the speaker's: their values are not compared; a denial among them that the act reports as the
  // speaker's stance is, groundedCheck.ts `presupposedAlignment`).
  const why = words[hedge + 1]?.lower === 'be' ? hedge + 2 : hedge + 1;
  if (words[why]?.lower === EXPLAINED_WORD && why + 1 < words.length) {
    let end = why + 1;
    while (end + 1 < words.length && !QUOTATION_MARK.test(text.slice(words[end].end, words[end + 1].start))) end++;
    ranges.push([why + 1, end]);
  }
  for (let k = hedge + 1; k < words.length; k++) {
    if (!PRESUPPOSING_SUBORDINATORS.has(words[k].lower)) continue;
    let end = k;
    while (end + 1 < words.length && !CLAUSE_END.test(text.slice(words[end].end, words[end + 1].end))) end++;
    ranges.push([k, end]);
    k = end;
  }
  return ranges;
}

/** How many words an owner of a declaration noun may take before its possessive ("the U.S. president's"). */
const DECLARATION_OWNER_REACH = 4;

/** Marks that end the phrase owning a noun, going back from its possessive. */
const OWNER_PHRASE_BREAK = /[,;:—–(“"]/;

/**
 * The first word of the phrase owning the declaration noun at `k` by a possessive ("the U.S. president’s
 * announcement"), within `DECLARATION_OWNER_REACH` words and not past a comma or a dash; `k` when none owns it.
 */
function declarationOwnerStart(words: readonly Token[], text: string, k: number): number {
  if (!possessiveMark(words, k - 1)) return k;
  let first = k - 2;
  while (
    first > 0 &&
    first > k - 2 - DECLARATION_OWNER_REACH &&
    !OWNER_PHRASE_BREAK.test(text.slice(words[first - 1].end, words[first].start))
  )
    first--;
  return first < 0 ? k : first;
}

/** Whether text[start, end) is, on its own, a name of the terms `termIds` (the whole of it, no more). */
function namesAlone(kb: KnowledgeBase, text: string, start: number, end: number, termIds: readonly string[]): boolean {
  return kb.matcher
    .findAll(text, start, end)
    .some((m) => m.start === start && m.end === end && m.termIds.every((id) => termIds.includes(id)));
}

/** `pluralTitle` per title slot (a slot's text and head never change once read). */
const PLURAL_TITLES = new WeakMap<Slot, boolean>();

/**
 * Whether a title is written in the plural ("the two foreign ministers", "cabinet secretaries"): no one person's title.
 * Read once per slot (`PLURAL_TITLES`): the alignment asks it of a title at every comparison with another title.
 */
export function pluralTitle(slot: Slot): boolean {
  let plural = PLURAL_TITLES.get(slot);
  if (plural === undefined) {
    const head = slot.text
      .toLowerCase()
      .split(/\s+/)
      .find((w) => stem(w) === slot.role!.head);
    plural = head !== undefined && head.endsWith('s') && !head.endsWith('ss');
    PLURAL_TITLES.set(slot, plural);
  }
  return plural;
}

/**
 * Whether the date opening at word `first` is where an open span began: after "since" ("only since the 2010s", "ever
 * since 2015") or after a verb of origin and "back to" or "from" ("dates back to the 1980s", "dating from the 1970s"),
 * past an article and "only" ("dates back only to the 1990s").
 */
function opensSpan(words: readonly Token[], first: number): boolean {
  const word = (k: number) => words[k]?.lower ?? '';
  let k = first - 1;
  if (word(k) === 'the') k--;
  if (word(k) === 'since') return true;
  if (word(k) !== 'to' && word(k) !== 'from') return false;
  const preposition = word(k);
  k--;
  if (word(k) === 'only') k--;
  if (preposition === 'to' && word(k) === 'back') k--;
  else if (preposition === 'to') return false;
  return ORIGIN_VERBS.has(word(k));
}

/**
 * A slot of the words `first` to `last` with the typed value `value` (its `date`, `attributive`, `number`, `entity` or
 * `role`), made as `newSlot` makes one, without first spreading the value into an object for `newSlot` to copy: a
 * sentence's every value is made here.
 */
function slotOf(kind: Slot['kind'], words: readonly Token[], first: number, last: number, text: string, value: Partial<Slot>): Slot {
  const start = words[first].start;
  const end = words[last].end;
  return slotWith(kind, first, last, start, end, text.slice(start, end), value);
}

/**
 * A slot with every field present, in one order (undefined where it has none): every slot then has one hidden class,
 * and the alignment's reads of slots' fields (tens of thousands per check) stay monomorphic. A slot is made here, or
 * copied whole (`{ ...slot, … }`, which keeps the order).
 */
export function newSlot(fields: Slot): Slot {
  return slotWith(fields.kind, fields.first, fields.last, fields.start, fields.end, fields.text, fields);
}

/** The one place a slot's fields are listed, in their order (`newSlot`, `slotOf`). */
function slotWith(kind: Slot['kind'], first: number, last: number, start: number, end: number, text: string, value: Partial<Slot>): Slot {
  return {
    kind,
    first,
    last,
    start,
    end,
    text,
    date: value.date,
    attributive: value.attributive,
    number: value.number,
    entity: value.entity && newEntity(value.entity),
    role: value.role,
    referent: value.referent,
    counted: value.counted,
    opens: value.opens,
  };
}

/** A named thing with every field present, in one order, as `newSlot` makes slots (its fields are read as often). */
function newEntity(entity: NonNullable<Slot['entity']>): NonNullable<Slot['entity']> {
  return {
    key: entity.key,
    type: entity.type,
    words: entity.words,
    adjective: entity.adjective,
    country: entity.country,
    leads: entity.leads,
    kinds: entity.kinds,
  };
}

/** Parts of a season a writer names before it ("in late summer"), as a date's part. */
const PART_OF_SEASON: ReadonlyMap<string, DraftDate['part']> = new Map([
  ['early', 'early'],
  ['mid', 'mid'],
  ['late', 'late'],
]);

/**
 * The first word of a season told with no year at word `i` ("the previous spring", "in the spring", "during the
 * winter", "in late summer"), or -1. Only where the words before make it a time, and the season word is written in
 * lower case with no "of" or "in" after it but "of last year": "the fall of Kabul", "the fall in exports", "the Arab
 * Spring" and "spring up" are no seasons.
 */
function yearlessSeasonFirst(words: readonly Token[], text: string, i: number): number {
  const word = (k: number) => words[k]?.lower ?? '';
  if (!LOWER_START.test(words[i].text)) return -1;
  const next = word(i + 1);
  if (next === 'in' || (next === 'of' && !(word(i + 2) === 'last' && word(i + 3) === 'year'))) return -1;
  if (punctuatedAfter(words, text, i - 1)) return -1;
  // "the previous spring": told back from a time given before or from the time of writing (`countedDate` dates it
  // from the date before where there is one).
  if (PREVIOUS_WORDS.has(word(i - 1)) && word(i - 2) === 'the') return i;
  const part = PART_OF_SEASON.has(word(i - 1)) ? i - 1 : i;
  if (part === 0 || (part < i && punctuatedAfter(words, text, part - 1))) return -1;
  const article = word(part - 1) === 'the' ? part - 1 : part;
  return SEASON_PREPOSITIONS.has(word(article - 1)) ? part : -1;
}

/** The index of the word holding `offset`, or -1. */
function wordAt(words: readonly Token[], offset: number): number {
  for (let i = 0; i < words.length; i++) if (words[i].start <= offset && offset < words[i].end) return i;
  return -1;
}

/**
 * A number's value and unit, the word after it ("40 years", "seven members"). A share of a whole is one unit however
 * it is written, as a fraction of one: "38 percent", "38 per cent", "38%", "two-thirds", "nine in ten", "half". Made
 * whole with `approximate` (an approximation word before it): the slot takes this object as its number.
 */
function quantityOf(num: DraftNumber, words: readonly Token[], text: string, approximate: boolean): NonNullable<Slot['number']> {
  if (num.style === 'fraction') return { value: num.value, unit: SHARE_UNIT, step: FRACTION_STEP, approximate };
  const next = words[num.last + 1]?.lower;
  const step = roundingStep(num.value);
  // "two decades" is 20 years.
  const span = next === undefined ? undefined : YEAR_SPANS.get(next);
  const ago =
    words[num.last + 2]?.lower === 'ago' || datedBack(words, num.first)
      ? AGO
      : WINDOW_OPENERS.has(words[num.first - 1]?.lower ?? '')
        ? WINDOW
        : '';
  if (span !== undefined) return { value: num.value * span, unit: YEAR_UNIT + ago, step: step * span, approximate };
  if (next === '%' || next === 'percent' || (next === 'per' && words[num.last + 2]?.lower === 'cent'))
    return { value: num.value / 100, unit: SHARE_UNIT, step: step / 100, approximate };
  if (groupSize(num, words)) return { value: num.value, unit: MEMBER_UNIT, step, approximate };
  if (next === undefined || FUNCTION_WORDS.has(next)) return { value: num.value, unit: undefined, step, approximate };
  return { value: num.value, unit: stem(countedNoun(num, words, text) ?? next) + ago, step, approximate };
}

/** The unit of a group's size ("a seven-member delegation", "seven members"), as the analysis keeps it (a stem). */
export const MEMBER_UNIT = stem('members');

/**
 * Whether a count tells the size of a group, whatever its people are called: after a verb of a group's size ("It
 * numbered twelve lawmakers"), after a group noun and "of" ("a delegation of twelve lawmakers", not a name's "Group
 * of Twenty"), or before "strong" ("a twelve-strong delegation"). Such a count is the group's members: it meets "a
 * seven-member delegation". Not a count of some of them ("two of its lawmakers", "included two lawmakers").
 */
function groupSize(num: DraftNumber, words: readonly Token[]): boolean {
  const before = words[num.first - 1];
  if (words[num.last + 1]?.lower === GROUP_STRENGTH) return true;
  if (before === undefined) return false;
  if (GROUP_SIZE_VERBS.has(before.lower)) return true;
  const group = words[num.first - 2];
  return before.lower === 'of' && group !== undefined && GROUP_NOUNS.has(group.lower) && group.text === group.lower;
}

/**
 * How fine a share written as a fraction is ("two-thirds", "three-quarters", "nine in ten"): a writer picks among
 * simple fractions about a tenth apart, so "roughly three-quarters" allows 70 percent but not two-thirds.
 */
const FRACTION_STEP = 0.1;

/** Words between a count and the plural noun it counts ("two major interest groups", "three allied capitals"). */
const MAX_COUNT_MODIFIERS = 2;

/**
 * The plural noun a count of more than one counts, past words qualifying it ("two major interest groups": "groups"),
 * when the word right after the count is not itself plural; undefined otherwise ("seven-member delegation" counts
 * members, the word after it).
 */
function countedNoun(num: DraftNumber, words: readonly Token[], text: string): string | undefined {
  if (num.value < 2 || plural(words[num.last + 1].lower)) return undefined;
  for (let i = num.last + 2; i < words.length && i <= num.last + 1 + MAX_COUNT_MODIFIERS; i++) {
    const w = words[i].lower;
    // Only words of one phrase: none after a mark or a hyphen ("the two countries' ties"; "two-year-old").
    if (FUNCTION_WORDS.has(w) || words[i].joined || punctuatedAfter(words, text, i - 1)) return undefined;
    if (plural(w)) return w;
  }
  return undefined;
}

/** A word written as a plural noun ("groups", "capitals"; not "across", "status"). */
const plural = (w: string) => w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is');

/** The coarsest step a whole number is a multiple of, among 1, 5, 10, 50, 100 …: how round a writer made it. */
function roundingStep(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let step = 1;
  for (let unit = 1; unit <= value; unit *= 10) {
    if (value % unit === 0) step = unit;
    if (value % (unit * 5) === 0 && unit * 5 <= value) step = unit * 5;
  }
  return step;
}

/**
 * Added to the unit of a length of time told back from the time of writing ("20 years ago"): it is compared only with
 * another such length, not with how long something lasted ("for 20 years").
 */
export const AGO = ' ago';

/**
 * The words of a length of time counted from another event (lexicon.ts `RELATIVE_TIME_ADVERBS`: "months later", "two
 * years later", "a decade earlier"): the adverb and its time noun, no words of the act. ("later that month" stays: it
 * places its event in the time the sentence before gave, which the order of two events is read from.)
 */
function relativeTimeWords(words: readonly Token[], slots: readonly Slot[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < words.length; i++) {
    if (!RELATIVE_TIME_ADVERBS.has(words[i].lower)) continue;
    if (TIME_NOUNS.has(words[i - 1].lower)) out.add(i).add(i - 1);
    else if (slots.some((s) => s.kind === 'number' && s.last === i - 1 && s.number!.unit !== undefined)) out.add(i);
  }
  return out;
}

/** Whether word `i` is the "ago" closing a length told back from now, its unit marked so (`AGO`). */
function agoOfLength(slots: readonly Slot[], i: number): boolean {
  return slots.some((s) => s.kind === 'number' && s.last < i && s.last >= i - 2 && s.number!.unit?.endsWith(AGO) === true);
}

/**
 * Added to the unit of a length of time that ends at the time of writing ("in the past two years", "over the last
 * decade"): the window a statement covers, compared only with another such window, not with how long something has
 * been so ("the lowest point in 70 years").
 */
export const WINDOW = ' back';

/** Words before a length of time that make it a window ending now ("the past two years", "the last decade"). */
const WINDOW_OPENERS = new Set(['past', 'last', 'previous']);

/** The unit of a length of time in years, as the analysis keeps it (a stem). */
export const YEAR_UNIT = stem('years');

/**
 * A span of years written as a word after "a" ("a decade", "a century"), with a part before it ("half a century", "a
 * half-century"), or a window ending at the time of writing ("the past decade", "the last half-century", compared as
 * `WINDOW`s): a number of years, approximate as such words are (about as much as the span's own rounding).
 */
function findYearSpans(words: readonly Token[], text: string, claim: (s: Slot) => void, taken: Int16Array): void {
  for (let i = 1; i < words.length; i++) {
    const span = YEAR_SPANS.get(words[i].lower);
    if (span === undefined || taken[i] !== -1 || words[i].lower.endsWith('s')) continue;
    const word = (k: number) => words[k]?.lower ?? '';
    const article = (k: number) => word(k) === 'a' || word(k) === 'an';
    let first: number;
    let part = 1;
    let window = false;
    if (article(i - 1) && SPAN_PARTS.has(word(i - 2))) {
      // "half a century"
      part = SPAN_PARTS.get(word(i - 2))!;
      first = i - 2;
    } else if (SPAN_PARTS.has(word(i - 1)) && article(i - 2)) {
      // "a half-century"
      part = SPAN_PARTS.get(word(i - 1))!;
      first = i - 2;
    } else if (article(i - 1)) first = i - 1;
    else if (WINDOW_OPENERS.has(word(i - 1)) && word(i - 2) === 'the') {
      // "the past decade": a window ending at the time of writing.
      first = i - 2;
      window = true;
    } else if (SPAN_PARTS.has(word(i - 1)) && WINDOW_OPENERS.has(word(i - 2)) && word(i - 3) === 'the') {
      // "the past half-century"
      part = SPAN_PARTS.get(word(i - 1))!;
      first = i - 3;
      window = true;
    } else continue;
    if (taken[first] !== -1) continue;
    const value = span * part;
    const unit = YEAR_UNIT + (word(i + 1) === 'ago' || datedBack(words, first) ? AGO : window ? WINDOW : '');
    const bound = ceilingBefore(words, first) ? { most: true } : floorBefore(words, first) ? { least: true } : {};
    claim(slotOf('number', words, first, i, text, { number: { value, unit, approximate: true, step: value, ...bound } }));
  }
}

/**
 * Whether the length at word `first` tells how long ago a thing began, after a verb of origin and "back" ("a
 * foundation that dates back some four decades", "dating back a decade"): as "some four decades ago" does.
 */
function datedBack(words: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (APPROXIMATION_WORDS.has(words[k]?.lower ?? '')) k--;
  return words[k]?.lower === 'back' && ORIGIN_VERBS.has(words[k - 1]?.lower ?? '');
}

/** Whether the words before word `first` make the count there a ceiling ("less than a decade", "under 40"). */
function ceilingBefore(words: readonly Token[], first: number): boolean {
  const before = words[first - 1]?.lower ?? '';
  return CEILING_WORDS.has(before) || (before === 'than' && CEILING_COMPARATIVES.has(words[first - 2]?.lower ?? ''));
}

/** Whether the words before a span of years at `first` make it a floor ("more than half a century", "for over a decade"). */
function floorBefore(words: readonly Token[], first: number): boolean {
  const before = words[first - 1]?.lower ?? '';
  if (before === 'than') return FLOOR_COMPARATIVES.has(words[first - 2]?.lower ?? '');
  return FLOOR_WORDS.has(before) && words[first - 2]?.lower === 'for';
}

/**
 * Lengths of time without a figure ("within days of taking office", "several months into its term", "after weeks",
 * "for centuries", "a few decades"): the counts of their unit they allow (lexicon.ts `VAGUE_LENGTHS`, `FEW_WORDS`), in
 * years for a span of years. A few of a unit after "the past" or "the last" is a window ending at the time of writing
 * ("in the past few years", compared as `WINDOW`s).
 */
function findVagueLengths(words: readonly Token[], text: string, claim: (s: Slot) => void, taken: Int16Array): void {
  const word = (k: number) => words[k]?.lower ?? '';
  // From the first word: "Months of private diplomacy …" opens a sentence.
  for (let i = 0; i < words.length; i++) {
    const bare = VAGUE_LENGTHS.get(words[i].lower);
    if (bare === undefined || taken[i] !== -1) continue;
    // "decades", "centuries": counted in years, as "two decades" is.
    const span = YEAR_SPANS.get(words[i].lower) ?? 1;
    const few = FEW_WORDS.get(word(i - 1));
    // "for some months" is "for months": the determiner counts nothing (`UNCOUNTING_DETERMINERS`).
    const uncounted =
      few === undefined && UNCOUNTING_DETERMINERS.has(word(i - 1)) && UNCOUNTED_LENGTH_PREPOSITIONS.has(word(i - 2)) && taken[i - 1] === -1;
    // "a few weeks" needs its article; "several months" stands alone; "the past few years" opens a window.
    const window = few !== undefined && WINDOW_OPENERS.has(word(i - 2)) && word(i - 3) === 'the';
    const first = window ? i - 3 : uncounted ? i - 1 : few === undefined ? i : word(i - 1) === 'few' ? i - 2 : i - 1;
    if (few !== undefined && (first < 0 || (!window && first < i - 1 && word(first) !== 'a') || taken[first] !== -1)) continue;
    // "Months of private diplomacy have yielded …", "despite years of talks": a bare plural opening a noun phrase with
    // "of" tells how long the thing it names went on, as "for months" does.
    const opensStretch = word(i + 1) === 'of' && (first === 0 || LENGTH_OF_OPENERS.has(word(first - 1)));
    if (few === undefined && !LENGTH_PREPOSITIONS.has(word(first - 1)) && !opensStretch) continue;
    // "within weeks" is at most some weeks: it holds of what took days.
    const bound = first > 0 && UPPER_BOUND_PREPOSITIONS.has(words[first - 1].lower);
    const counts = few ?? bare;
    const range: readonly [number, number] = bound ? [0, counts[1] * span] : [counts[0] * span, counts[1] * span];
    const unit = (span > 1 ? YEAR_UNIT : stem(words[i].lower)) + (window ? WINDOW : '');
    claim(slotOf('number', words, first, i, text, { number: { value: range[0], unit, approximate: true, range } }));
  }
}

/** The unit of a magnitude told by its number of digits ("a double-digit pace"), whatever it measures. */
const DIGITS_UNIT = 'digits';

/**
 * Counts without a figure ("dozens of casualties", "a handful of partners", "a single meeting", "numerous calls"),
 * each with the counts it allows, and magnitudes told by their digits ("a single-digit rate", "a double-digit pace").
 */
function findCounts(words: readonly Token[], text: string, claim: (s: Slot) => void, taken: Int16Array): void {
  for (let i = 0; i < words.length; i++) {
    const digits = DIGIT_COUNTS.get(words[i].lower);
    const hyphened = words[i + 1]?.lower === 'digit' && words[i + 1].joined && text[words[i + 1].start - 1] === '-';
    if (digits !== undefined && hyphened && taken[i] === -1 && taken[i + 1] === -1) {
      claim(slotOf('number', words, i, i + 1, text, { number: { value: digits[0], unit: DIGITS_UNIT, approximate: true, range: digits } }));
      continue;
    }
    // "a single meeting", "a single phone call": one of the noun heading the words after it (not "not a single one").
    if (words[i].lower === 'single' && words[i - 1]?.lower === 'a' && taken[i] === -1 && taken[i - 1] === -1) {
      const head = singleCounted(words, i);
      if (head > i && !NONE_BEFORE_SINGLE.has(words[i - 2]?.lower ?? ''))
        claim(slotOf('number', words, i - 1, i, text, { number: { value: 1, unit: stem(words[head].lower), approximate: false } }));
      continue;
    }
    // "numerous calls", "on multiple occasions": more than one of the plural noun after it.
    const many = MANY_ADJECTIVES.get(words[i].lower);
    const plural = words[i + 1]?.lower ?? '';
    if (
      many !== undefined &&
      taken[i] === -1 &&
      plural.endsWith('s') &&
      !FUNCTION_WORDS.has(plural) &&
      LOWER_START.test(words[i + 1].text)
    ) {
      claim(slotOf('number', words, i, i, text, { number: { value: many[0], unit: countedUnit(plural), approximate: true, range: many } }));
      continue;
    }
    const range = COUNT_WORDS.get(words[i].lower);
    if (range === undefined || taken[i] !== -1) continue;
    // "a handful": the singular needs its article.
    const first = words[i].lower.endsWith('s') ? i : i - 1;
    if (first < i && words[first]?.lower !== 'a') continue;
    const counted = words[i + 1]?.lower === 'of' ? words[i + 2]?.lower : undefined;
    if (counted === undefined || FUNCTION_WORDS.has(counted)) continue;
    claim(slotOf('number', words, first, i, text, { number: { value: range[0], unit: stem(counted), approximate: true, range } }));
  }
  for (let i = 1; i < words.length; i++) {
    // "only once", "just twice", "more than once": a count of times (`TIMES_UNIT`), as "on multiple occasions" is.
    const times = TIMES_WORDS.get(words[i].lower);
    if (times !== undefined && taken[i] === -1 && taken[i - 1] === -1) {
      const more = words[i - 1].lower === 'than' && words[i - 2]?.lower === 'more';
      if (!more && !ONLY_WORDS.has(words[i - 1].lower)) continue;
      const range: readonly [number, number] = more ? [times + 1, MANY_TIMES] : [times, times];
      claim(
        slotOf('number', words, more ? i - 2 : i - 1, i, text, { number: { value: range[0], unit: TIMES_UNIT, approximate: true, range } }),
      );
      continue;
    }
    // "a majority of Koreans": a share of a whole without a figure.
    const share = SHARE_WORDS.get(words[i].lower);
    if (share === undefined || taken[i] !== -1 || words[i + 1]?.lower !== 'of' || !ARTICLES.has(words[i - 1].lower)) continue;
    claim(slotOf('number', words, i - 1, i, text, { number: { value: share[0], unit: SHARE_UNIT, approximate: true, range: share } }));
  }
}

/** The unit of a count of times an act happened ("twice", "on multiple occasions"). */
const TIMES_UNIT = stem('times');

/** The most times "more than once" allows (no bound a writer means). */
const MANY_TIMES = 999;

/** The unit a plural noun counts: occasions are counted as times ("on multiple occasions", "twice"). */
const countedUnit = (plural: string): string => (OCCASION_NOUNS.has(plural) ? TIMES_UNIT : stem(plural));

/** "one" set against "another" or "the other" later in its sentence (`ONE_AGAINST`): a member picked out, no count. */
function oneAgainstAnother(words: readonly Token[], num: DraftNumber): boolean {
  if (num.first !== num.last || words[num.first].lower !== 'one') return false;
  for (let k = num.last + 1; k < words.length; k++) {
    const w = words[k].lower;
    if (ONE_AGAINST.has(w) && (w === 'another' || words[k - 1].lower === 'the')) return true;
  }
  return false;
}

/** A word opening in lower case: a common word, not a name. */
const LOWER_START = /^\p{Ll}/u;

/**
 * The noun "a single" counts ("a single meeting", "a single phone call"): the last of at most two lower-case words of
 * content after it; -1 when none follows.
 */
function singleCounted(words: readonly Token[], i: number): number {
  let head = -1;
  for (let k = i + 1; k <= i + 2 && k < words.length; k++) {
    if (FUNCTION_WORDS.has(words[k].lower) || !LOWER_START.test(words[k].text)) break;
    head = k;
  }
  return head;
}

/**
 * A number in digits right after a one-word name ("Article 9", "Section 5") numbers that kind of thing, whatever
 * word follows it: its unit is the name's word, marked as a number of it ("article no.").
 */
function numberedName(words: readonly Token[], slots: readonly Slot[], num: DraftNumber): string | undefined {
  if (num.style !== 'digits' || num.first === 0 || words[num.first].start !== words[num.first - 1].end + 1) return undefined;
  const name = slots.find((o) => o.entity?.type === 'name' && o.first === num.first - 1 && o.last === num.first - 1);
  return name && !FUNCTION_WORDS.has(words[name.first].lower) ? `${stem(words[name.first].lower)} no.` : undefined;
}

/** The unit of a share of a whole (a percentage or a fraction). */
export const SHARE_UNIT = 'share';

/**
 * The kinds of body (`ORGANISATION_HEADS`) a glossary term's full name says ("Center for Strategic and International
 * Studies": center), for a body written by a short form that says none ("CSIS"). Read once per term.
 */
function expandedKinds(term: Term): readonly string[] {
  let known = EXPANDED_KINDS.get(term);
  if (known === undefined) {
    const full = term.expansion ?? '';
    known = [
      ...new Set(
        full
          .toLowerCase()
          .split(/[^a-z]+/)
          .filter((w) => ORGANISATION_HEADS.has(w)),
      ),
    ];
    EXPANDED_KINDS.set(term, known);
  }
  return known;
}

/** `expandedKinds`, by term. */
const EXPANDED_KINDS = new WeakMap<Term, readonly string[]>();

function nameWords(words: readonly Token[], first: number, last: number): string[] {
  const out: string[] = [];
  for (let i = first; i <= last; i++) if (!FUNCTION_WORDS.has(words[i].lower)) out.push(words[i].lower);
  return out;
}

const isCapitalised = (t: Token | undefined): boolean => {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text);
};

/** Country names, capitals and adjectives of the gazetteer, capitalised, longest first. */
/** The stems of verbs whose "in" takes a result or an act (lexicon.ts `IN_OF_RESULT_VERBS`). */
const IN_OF_RESULT = new Set(IN_OF_RESULT_VERBS.map(stem));

/** The stems of the words of going somewhere (lexicon.ts `TRAVEL_WORDS`). */
export const TRAVEL_STEMS: ReadonlySet<string> = new Set(TRAVEL_WORDS.map(stem));

function findCountries(words: readonly Token[], text: string, claim: (s: Slot) => void): void {
  for (let i = 0; i < words.length; i++) {
    const lengths = COUNTRY_FIRST_WORDS.get(words[i].lower);
    if (!lengths || !isCapitalised(words[i])) continue;
    for (const len of lengths) {
      if (len > words.length - i) continue;
      let spaced = words[i].lower;
      for (let k = i + 1; k < i + len; k++) spaced += ' ' + words[k].lower;
      // Dotted abbreviations ("U.S.") arrive as letters; the gazetteer lists them with their dots.
      const country =
        COUNTRY_OF_NAME.get(spaced) ?? (len > 1 && words[i].text.length === 1 ? COUNTRY_OF_NAME.get(spaced.replace(/ /g, '.')) : undefined);
      if (!country) continue;
      // "Korea University", "Seoul National University": a place's name opening an organisation's is that name's.
      if (!ADJECTIVE_NAMES.has(spaced) && opensOrganisationName(words, i + len)) break;
      // "Japanese firms" qualifies; "Japanese citizens" is a population, like "Koreans". An abbreviation before a
      // lower-case word is an adjective too ("U.S. prodding").
      const next = words[i + len];
      const lowerNext = next !== undefined && !isCapitalised(next) && !FUNCTION_WORDS.has(next.lower);
      // A capital after "in" or "at" is the city where something happened ("met in Beijing"), not its country; so is
      // one a journey goes to ("traveled to Tokyo", "a trip to Seoul"), the city compared with another ("flew to
      // Osaka"). Not when it owns something ("in Seoul's near withdrawal"): then it is the government. Nor after a
      // representative's title ("ambassador in Tokyo"): the post is to the country, as "ambassador to Japan" says.
      const possessive = possessiveMark(words, i + len);
      const where =
        (words[i - 1]?.lower === 'at' ||
          (words[i - 1]?.lower === 'in' &&
            !IN_OF_RESULT.has(stem(words[i - 2]?.lower ?? '')) &&
            !REPRESENTATIVE_HEADS.has(words[i - 2]?.lower ?? '')) ||
          (words[i - 1]?.lower === 'to' && TRAVEL_STEMS.has(stem(words[i - 2]?.lower ?? '')))) &&
        CAPITALS.has(spaced) &&
        !possessive;
      if (where) {
        claim(slotOf('entity', words, i, i + len - 1, text, { entity: { key: `place:${spaced}`, type: 'place', words: [spaced] } }));
        i += len - 1;
        break;
      }
      // A one-word country name between "the" and a noun qualifies it too ("the Singapore summit").
      const attributiveName = len === 1 && (words[i - 1]?.lower === 'the' || words[i - 1]?.lower === 'a') && lowerNext;
      const adjective =
        attributiveName ||
        (ADJECTIVE_NAMES.has(spaced) && !(next && PEOPLE_NOUNS.has(next.lower))) ||
        (lowerNext && words[i].text.length <= 2 && /^\p{Lu}+$/u.test(words[i].text));
      claim(
        slotOf('entity', words, i, i + len - 1, text, {
          entity: { key: `country:${country}`, type: 'place', words: [country], adjective },
        }),
      );
      i += len - 1;
      break;
    }
  }
}

/**
 * The country a glossary entry's definition opens by naming as the body's owner: "South Korea's presidential office",
 * "A South Korean court", "The U.S. department …". Undefined for any other opening ("The organization to which South
 * Korea's Blue House …", "Japan has worked …"). For a `person`'s government, their nationality opening it too ("South
 * Korean president.").
 */
function countryOfDefinition(definition: string, person = false): string | undefined {
  // Read once per definition: every sentence naming a body or a leader's government asks it of the same few.
  const known = (person ? PERSON_COUNTRY_OF_DEFINITION : COUNTRY_OF_DEFINITION).get(definition);
  if (known !== undefined) return known || undefined;
  const country = readCountryOfDefinition(definition, person);
  (person ? PERSON_COUNTRY_OF_DEFINITION : COUNTRY_OF_DEFINITION).set(definition, country ?? '');
  return country;
}

/** `countryOfDefinition`'s answers by definition ('' for none), for a body and for a person. */
const COUNTRY_OF_DEFINITION = new Map<string, string>();
const PERSON_COUNTRY_OF_DEFINITION = new Map<string, string>();

function readCountryOfDefinition(definition: string, person: boolean): string | undefined {
  const m = OWNER_OPENING.exec(definition) ?? (person ? NATIONALITY_OPENING.exec(definition) : null);
  const found = m?.[1] ?? m?.[2];
  const country = found === undefined ? undefined : COUNTRY_OF_NAME.get(found.toLowerCase().replace(/\.$/, ''));
  return country === undefined ? undefined : `country:${country}`;
}

/** A definition's opening naming a country as owner: after an article before a noun, or as a possessive. */
const OWNER_OPENING = (() => {
  const name = String.raw`(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)`;
  return new RegExp(String.raw`^(?:(?:A|An|The)\s+${name}\s+\p{Ll}|${name}['’]s\s)`, 'u');
})();

/**
 * A person's definition opening with their country's adjective before a lower-case noun ("South Korean president."),
 * or its abbreviation, dots and all ("U.S. president before Biden", as `OWNER_OPENING` reads them).
 */
const NATIONALITY_OPENING = /^(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)\s+\p{Ll}/u;

/**
 * A body the sentence names with its country right before it ("Japan's Maritime Self-Defense Force", "the South
 * Korean National Assembly"): it belongs to that country, whatever its glossary entry says.
 */
function tieBodiesToCountries(words: readonly Token[], slots: Slot[]): void {
  for (let k = 0; k < slots.length; k++) {
    const body = slots[k];
    if (body.entity?.type !== 'organisation') continue;
    // Past a word or two describing it: "South Korea's presidential Blue House".
    let at = body.first - 1;
    while (at > body.first - 3 && at > 0 && !isCapitalised(words[at]) && !FUNCTION_WORDS.has(words[at].lower) && words[at].lower !== 's')
      at--;
    const possessive = possessiveMark(words, at);
    if (possessive) at--;
    else if (at !== body.first - 1) continue;
    const owner = slots.find((o) => o.last === at && o.entity?.key.startsWith('country:') && Boolean(o.entity.adjective) !== possessive);
    if (owner) slots[k] = newSlot({ ...body, entity: { ...body.entity, country: owner.entity!.key } });
  }
}

/** Whether capitalised words from `k` on, right after a place's name, end an organisation's name ("… National University"). */
function opensOrganisationName(words: readonly Token[], k: number): boolean {
  for (let j = k; j < words.length && j < k + 3 && isCapitalised(words[j]); j++) {
    if (j === k && words[j].start !== words[j - 1].end + 1) return false;
    if (ORGANISATION_HEADS.has(words[j].lower)) return true;
  }
  return false;
}

/**
 * The head of a title a word is, in the singular: the word itself ("minister"), or the head it is the plural of
 * ("ministers", "secretaries": "the two foreign ministers" hold one office each); undefined for any other word.
 */
function roleHead(lower: string): string | undefined {
  return ROLE_HEADS.has(lower) ? lower : PLURAL_ROLE_HEADS.get(lower);
}

/** The singular a plural is read as ("secretaries": "secretary", "ministers": "minister"). */
const singularOf = (plural: string): string => (plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.slice(0, -1));

/**
 * Each head's plurals (`singularOf` reads them back to it) → the head, for the heads that have one: a title is looked
 * for at every word, and cutting a singular out of every word in "-s" to look it up cost as much as the rest of it.
 */
const PLURAL_ROLE_HEADS: ReadonlyMap<string, string> = new Map(
  [...ROLE_HEADS]
    .filter((head) => !SINGULAR_ONLY_HEADS.has(head))
    .flatMap((head) => [`${head}s`, ...(head.endsWith('y') ? [`${head.slice(0, -1)}ies`] : [])].map((p) => [p, head] as const))
    .filter(([plural, head]) => singularOf(plural) === head),
);

/** Titles: a head ("secretary") with the modifiers before it ("assistant") and an "of state" after it. */
function findRoles(words: readonly Token[], text: string, claim: (s: Slot) => void, taken: Int16Array): void {
  // An office's adjective before a level ("at the ministerial level", "vice-ministerial level") names that office's rank.
  const headAt = (k: number) =>
    roleHead(words[k].lower) ?? (LEVEL_NOUNS.has(words[k + 1]?.lower ?? '') ? RANK_ADJECTIVES.get(words[k].lower) : undefined);
  const isRoleWord = (k: number) => taken[k] === -1 && (headAt(k) !== undefined || ROLE_MODIFIERS.has(words[k].lower));
  for (let i = 0; i < words.length; i++) {
    if (!isRoleWord(i)) continue;
    // A run of title words ("Chief Cabinet Secretary", "deputy secretary"): its last head word is the office.
    let last = i;
    // "under" after a head begins another phrase ("foreign minister under President Lee"), as it does not before one
    // ("Under Secretary").
    let headed = headAt(i) !== undefined;
    while (last + 1 < words.length && isRoleWord(last + 1) && !(headed && words[last + 1].lower === 'under')) {
      last++;
      headed ||= headAt(last) !== undefined;
    }
    let head = -1;
    for (let k = i; k <= last; k++) if (headAt(k) !== undefined) head = k;
    if (head < 0) {
      i = last;
      continue;
    }
    const headWord = headAt(head)!;
    if (head === i && QUALIFIED_HEADS.has(headWord)) {
      i = last;
      continue;
    }
    // Only "elect" qualifies a head from after it ("President-Elect"); other words after it begin something else
    // ("Chief Cabinet Secretary under Abe").
    last = words[head + 1]?.lower === 'elect' && head + 1 <= last ? head + 1 : head;
    const modifiers = words
      .slice(i, last + 1)
      .filter((_, k) => i + k !== head)
      .map((w) => w.lower);
    // "secretary of state", "minister of defense"
    if (last === head && words[head + 1]?.lower === 'of' && words[head + 2] && ROLE_MODIFIERS.has(words[head + 2].lower)) {
      modifiers.push(words[head + 2].lower);
      last = head + 2;
    }
    // "secretary of the treasury", "minister of the interior": a field after "of the" closes the title, unless a body's
    // name goes on after it ("chairman of the foreign affairs committee", "of the Treasury Department").
    const afterField = words[head + 4]?.lower;
    if (
      last === head &&
      words[head + 1]?.lower === 'of' &&
      words[head + 2]?.lower === 'the' &&
      PORTFOLIO_WORDS.has(words[head + 3]?.lower ?? '') &&
      (afterField === undefined || !(ORGANISATION_HEADS.has(afterField) || FIELD_NAME_WORDS.has(afterField)))
    ) {
      modifiers.push(words[head + 3].lower);
      last = head + 3;
    }
    // "chief of staff": an office of its own, not a "chief" who leads some body (no synonym read).
    const ownOffice = last === head && words[head + 1]?.lower === 'of' && OFFICE_COMPLEMENTS.has(words[head + 2]?.lower ?? '');
    if (ownOffice) {
      modifiers.push(words[head + 2].lower);
      last = head + 2;
    }
    const synonym = ownOffice ? undefined : ROLE_SYNONYMS.get(headWord);
    // "former" and "acting" say when or how, not which office.
    // A rank in one of its translations ("vice", "deputy") is read as one rank (`SAME_RANK_MODIFIERS`).
    const office = [...modifiers, ...(synonym?.modifiers ?? [])]
      .filter((m) => m !== 'former' && m !== 'acting')
      .map((m) => SAME_RANK_MODIFIERS.get(m) ?? m);
    claim(
      slotOf('role', words, i, last, text, {
        role: { head: stem(synonym?.head ?? headWord), modifiers: [...new Set(office)].sort() },
      }),
    );
    i = last;
  }
}

/**
 * A government's body named in lower case by its field ("the defense ministry", "the two foreign ministries"): an
 * organisation whose words are the field and the noun in the singular, so it compares with the capitalised name of
 * that body ("Ministry of Foreign Affairs") by its words, as a capitalised name does.
 */
function findPortfolioBodies(words: readonly Token[], text: string, claim: (s: Slot) => void, taken: Int16Array): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const field = words[i].lower;
    // The field first: few words are one, and the noun's singular is cut out only after one.
    if (taken[i] !== -1 || taken[i + 1] !== -1 || !PORTFOLIO_WORDS.has(field)) continue;
    const noun = singularBodyNoun(words[i + 1].lower);
    if (noun === undefined) continue;
    // Two words of one phrase, the noun in lower case: a capitalised one is a name `findNames` reads whole.
    if (!/^\s+$/.test(text.slice(words[i].end, words[i + 1].start)) || isCapitalised(words[i + 1])) continue;
    claim(
      slotOf('entity', words, i, i + 1, text, { entity: { key: `name:${field} ${noun}`, type: 'organisation', words: [field, noun] } }),
    );
    i++;
  }
}

/** A body noun of `PORTFOLIO_BODY_NOUNS` in the singular ("ministries": "ministry"), or undefined for any other word. */
function singularBodyNoun(lower: string): string | undefined {
  if (PORTFOLIO_BODY_NOUNS.has(lower)) return lower;
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('s') ? lower.slice(0, -1) : undefined;
  return singular !== undefined && PORTFOLIO_BODY_NOUNS.has(singular) ? singular : undefined;
}

/** The stems of the nouns of a gathering (lexicon.ts `GATHERING_NOUNS`). */
const GATHERING_STEMS = new Set(GATHERING_NOUNS.map(stem));

/**
 * The words of the names of the glossary's people, lower-case ("moon", "jae", "abe"): capitalised at a sentence's
 * opening, such a word is the person's name, not a common word written so.
 */
function personNameWords(kb: KnowledgeBase): ReadonlySet<string> {
  let found = PERSON_NAME_WORDS.get(kb);
  if (!found) {
    const words = new Set<string>();
    for (const term of kb.terms)
      if (term.category === 'person')
        for (const w of term.name.split(/[\s\-‐‑]+/)) if (/^\p{Lu}\p{Ll}+$/u.test(w)) words.add(w.toLowerCase());
    PERSON_NAME_WORDS.set(kb, (found = words));
  }
  return found;
}

/**
 * The family names of the sources' authors, lower-case ("sakata", "buchan"): people the sources' metadata names, not
 * the glossary. Capitalised at a sentence's opening and set off by a comma, such a word is the author's name with an
 * apposition telling who they are ("Sakata, a professor at …"); before a verb it may be a teller the alignment would set
 * against a claim's doer, so it is left as it was.
 */
function authorNameWords(kb: KnowledgeBase): ReadonlySet<string> {
  let found = AUTHOR_NAME_WORDS.get(kb);
  if (!found) {
    found = new Set(
      kb.sources
        .flatMap((s) => s.authors.flatMap((a) => a.family.split(/[\s\-‐‑]+/).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w))))
        .map((w) => w.toLowerCase()),
    );
    AUTHOR_NAME_WORDS.set(kb, found);
  }
  return found;
}

/** `authorNameWords`, read once per knowledge base. */
const AUTHOR_NAME_WORDS = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** `personNameWords`, read once per knowledge base. */
const PERSON_NAME_WORDS = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** Words that may join the capitalised words of one name ("Ministry of Foreign Affairs", "Council on Foreign Relations"). */
const NAME_JOINERS = new Set(['of', 'on', 'for', 'and', 'the', 'de']);

/**
 * Capitalised names the glossary and the gazetteer do not know: a run of capitalised words (with joiners between
 * them, and hyphenated parts: "Kim Jin-pyo"). An organisation when a word of it is an organisation's head, a person
 * when a title stands just before it, else a name of unknown type (never compared).
 */
function findNames(
  words: readonly Token[],
  text: string,
  claim: (s: Slot) => void,
  taken: Int16Array,
  slots: readonly Slot[],
  personWords: ReadonlySet<string>,
  authorWords: ReadonlySet<string>,
): void {
  let i = 0;
  while (i < words.length) {
    // A capitalised number word ("Thirty-eight percent") is a number, read after the names.
    if (
      taken[i] !== -1 ||
      !isCapitalised(words[i]) ||
      MONTH_NUMBERS.has(words[i].lower) ||
      SEASON_WORDS.get(words[i].lower) ||
      isNumberWord(words[i].lower)
    ) {
      i++;
      continue;
    }
    let last = i;
    for (let j = i + 1; j < words.length && taken[j] === -1; j++) {
      // A name runs over spaces, hyphens, apostrophes and an initial's full stop ("Donald J. Trump"), nothing else.
      const gap = text.slice(words[j - 1].end, words[j].start);
      if (!/^(?:\s+|[-‐‑'’]|\.\s+)$/.test(gap) || (gap.startsWith('.') && words[j - 1].text.length > 1)) break;
      if (isCapitalised(words[j]) && !MONTH_NUMBERS.has(words[j].lower)) last = j;
      else if (words[j].joined && words[j - 1].joined && text[words[j].start - 1] === '-') last = j;
      // A Korean given name's small hyphened syllable ("Roh Moo-hyun"): the second capitalised word's.
      else if (words[j].joined && /^[-‐‑]$/.test(gap) && j - 1 > i && last === j - 1 && KOREAN_SYLLABLE.test(words[j].text)) last = j;
      // A number after a hyphen is the name's ("the G-20 summit", "COVID-19"), not a count.
      else if (/^[-‐‑]$/.test(gap) && /^\d+$/.test(words[j].text)) last = j;
      else if (NAME_JOINERS.has(words[j].lower) && isCapitalised(words[j + 1]) && taken[j + 1] === -1) continue;
      else break;
    }
    // A capitalised word opening the sentence is a name only with another capitalised word after it, a possessive's
    // "s" ("Moon's popularity"), as a word of a person the glossary names ("Moon met Abe in Chengdu"), or as an
    // author's family name set off by a comma ("Sakata, a professor at …").
    const possessive = possessiveMark(words, last + 1);
    const author = authorWords.has(words[0].lower) && words.length > 1 && /^\s*,/.test(text.slice(words[0].end, words[1].start));
    if (i === 0 && last === 0 && !possessive && !personWords.has(words[0].lower) && !author) {
      i++;
      continue;
    }
    if (i === 0 && FUNCTION_WORDS.has(words[0].lower)) {
      i++;
      continue;
    }
    const lowers = words.slice(i, last + 1).map((w) => w.lower);
    const roleBefore = slots.some((s) => s.kind === 'role' && s.last === i - 1);
    // A name after a place preposition ("met in Chengdu", "travelled to Busan", "near Tokyo") is a place; not one naming
    // the gathering after it ("at the G20 summit").
    const placeBefore =
      (PLACE_PREPOSITIONS.has(words[i - 1]?.lower ?? '') ||
        (words[i - 1]?.lower === 'the' && PLACE_PREPOSITIONS.has(words[i - 2]?.lower ?? ''))) &&
      !GATHERING_STEMS.has(stem(words[last + 1]?.lower ?? ''));
    const type: EntityType =
      lowers.some((w) => ORGANISATION_HEADS.has(w)) || (last === i && SEAT_BODY_NAMES.has(lowers[0]))
        ? 'organisation'
        : roleBefore
          ? 'person'
          : placeBefore
            ? 'place'
            : 'name';
    const named = lowers.filter((w) => !NAME_JOINERS.has(w));
    claim(slotOf('entity', words, i, last, text, { entity: { key: `name:${named.join(' ')}`, type, words: named } }));
    i = last + 1;
  }
}

/** Words an idea's "that" may stand before the hedge in its clause ("the idea that allied defenses could …"). */
const IDEA_REACH = 6;

/**
 * Where the clause opens when a sentence's first supposition is an "if" in a clause joined after a stated one
 * ("Seoul terminated GSOMIA in 2019, and if Tokyo retaliates, ties will sink further", "…; if talks fail, …"): the
 * conjunction, or the word after the semicolon, with at most "even" between it and the "if". -1 otherwise: for an
 * "if" the sentence opens with, or one after a comma alone ("… will refrain from retaliation, even if assets are
 * liquidated"), what comes before it follows from the supposition.
 */
export function conjoinedSupposition(a: AnalysedSentence): number {
  const { words } = a;
  const i = words.findIndex((w, k) => CONDITION_WORDS.has(w.lower) || invertedCondition(words, k));
  if (i < 0 || words[i].lower !== 'if') return -1;
  const text = (k: number) => a.source.slice(words[k - 1].end - a.start, words[k].start - a.start);
  const opener = words[i - 1]?.lower === 'even' ? i - 1 : i;
  if (opener < 2) return -1;
  if (text(opener).includes(';')) return opener;
  const conjunction = opener - 1;
  return CONJOINING_CONJUNCTIONS.has(words[conjunction].lower) && conjunction >= 2 ? conjunction : -1;
}

/**
 * Whether the "if" at i opens no supposition: "If anything, …" (what follows is stated, and more so), or "…, if not
 * approval" ("perhaps even"; after a comma, before a word that is no verb's participle: "if not resolved, …"
 * supposes).
 */
function idiomaticIf(words: readonly Token[], text: string, i: number): boolean {
  const next = words[i + 1]?.lower;
  if (next === 'anything') return i === 0 && text.slice(words[i + 1].end, words[i + 2]?.start ?? words[i + 1].end).includes(',');
  if (next !== 'not' || i === 0 || !text.slice(words[i - 1].end, words[i].start).includes(',')) return false;
  const after = words[i + 2];
  if (!after || /[,;:]/.test(text.slice(words[i + 1].end, after.start))) return false;
  return !/(?:ed|en|ing)$/.test(after.lower) && !CLAUSE_SUBJECTS.has(after.lower);
}

/**
 * Whether the condition word at i stands inside a quotation the sentence frames with words of its own ("“… crucial if
 * we want to pressurize North Korea …,” a senior official … told me"): the speaker's supposition, quoted; that the
 * speaker said it is stated.
 */
function quotedCondition(quoted: readonly number[], i: number): boolean {
  return quoted[i] === 1 && quoted.includes(0);
}

/** Whether `word` is an adverb by its ending ("briefly", "quickly"), not an "-ly" noun or adjective (`LY_NOT_ADVERBS`). */
function isAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !LY_NOT_ADVERBS.has(word);
}

/**
 * The stems of the words of a sentence's named organisations and agreements (kept per reading: a passage is aligned
 * with many sentences): a draft telling the thing in plain words ("South Korea's intelligence service" for "the
 * National Intelligence Service", "the intelligence-sharing pact" for "… military intelligence-sharing pact") shares
 * them, in retrieval (`candidatesFor`) and in alignment (`sharedWords`). Not a person's or a place's: their names'
 * words ("Park", "States") are no words of an act.
 */
export function namedWords(a: AnalysedSentence): ReadonlySet<string> {
  let found = NAMED_WORDS.get(a);
  if (found) return found;
  found = NO_WORDS;
  for (const slot of a.slots) {
    const type = slot.entity?.type;
    if (type !== 'organisation' && type !== 'agreement') continue;
    if (found === NO_WORDS) found = new Set<string>();
    for (let i = slot.first; i <= slot.last; i++) if (!FUNCTION_WORDS.has(a.words[i].lower)) (found as Set<string>).add(a.stems[i]);
  }
  NAMED_WORDS.set(a, found);
  return found;
}

const NAMED_WORDS = new WeakMap<AnalysedSentence, ReadonlySet<string>>();

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Whether `word` (in lower case) is a verb's past form or participle: in "-ed", or one of `STATED_PAST_FORMS` (the
 * irregular ones that matter here; not every `IRREGULAR_FORMS` key, see there).
 */
export function pastForm(word: string): boolean {
  return word.endsWith('ed') || STATED_PAST_FORMS.has(word);
}
