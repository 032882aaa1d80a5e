/**
 * Whether it happened: a denial of what the other sentence states, or a predicate whose opposite the other uses
 * ("agreed" / "refused"), told of the same object and party. Apart because a disagreement on whether something
 * happened is read from the predicates, not the values, and needs no differing value at all.
 */
import {
  ADDING_MODIFIERS,
  ADVERBIAL_CONJUNCTIONS,
  BROAD_OBJECT_VERBS,
  CANCELLABLE_EVENTS,
  CANCELLING_VERBS,
  CLAUSE_OPENERS,
  FREQUENCY_WORDS,
  FRAME_JUDGING_VERBS,
  JUDGEMENT_WORDS,
  JUDGING_VERBS,
  UNNAMED_SPEAKERS,
  VIEW_VERBS,
  CONTESTING_VERBS,
  CONTRAST_CONJUNCTIONS,
  FUNCTION_WORDS,
  IMPLICATIVE_VERBS,
  INTENT_NOUNS,
  EFFORT_VERBS,
  INTENT_PREPOSITIONS,
  ORDERING_VERBS,
  EVENT_PREPOSITIONS,
  WEIGHING_VERBS,
  DELAYING_VERBS,
  LIGHT_VERBS,
  LASTING_WORDS,
  LITTLE_DEGREE_WORDS,
  PAST_BE_WORDS,
  REPEATED_OCCASION_NOUNS,
  STATE_ENDINGS,
  DENIAL_AUXILIARIES,
  DUTY_NOUNS,
  EAGERNESS_WORDS,
  PREVENTING_VERBS,
  PARTY_NOUNS,
  PARTY_PRONOUNS,
  PERSISTING_WORDS,
  PRESSING_NOUNS,
  DEGREE_OPPOSITES,
  PROPOSAL_NOUNS,
  PUT_FORWARD_NOUNS,
  RECOMMENDATION_WORDS,
  SET_ASIDE_PREPOSITIONS,
  SIGN_NOUNS,
  SIGNED_ACT_REACH,
  SETTING_ASIDE_PHRASES,
  TRAILING_CONTRAST_WORDS,
  SPEAKING_VERBS,
  SUBJECT_DENIALS,
  TIME_ADVERBS_AFTER,
  HOLDING_NOW_WORDS,
  WILLED_NOUNS,
} from '../lexicon';
import { nearMissWord, possessiveMark, type AnalysedSentence, type Slot } from '../sentenceAnalysis';
import { textBetween, inSlot } from '../sourceClaims';
import { ADVISING_STEMS, oppositesOf, stem } from '../stem';
import { breaksClause, PUNCTUATION_BETWEEN, sameClause } from './clauses';
import { compareParties, passiveParticipleAt, qualifiesNonGovernment } from './parties';
import { DETERMINERS, relationOf } from './relations';
import { compareSlots } from './values';
import { ReadingMap } from '../readingMemo';

/** Where a draft and a claim disagree on whether (or in which order) something happened. */
export interface Opposition {
  /** The draft's words that carry the disagreement, first and last. */
  draftWords: [number, number];
  /** The claim's words, first and last. */
  sourceWords: [number, number];
  /** Whether both are told of one party named as their subject ("Tokyo stayed out …", "Japan has joined …"). */
  sameActor: boolean;
  /**
   * The draft's words a warning covers, where they are not `draftWords`: the words the writer changed beside the act
   * word compared ("quick to impose" in "quick to impose punitive sanctions" against "cautious about taking punitive
   * steps"; "actual withdrawal" in "Seoul's actual withdrawal" against "Seoul's near withdrawal").
   */
  warnedWords?: [number, number];
}

/** The stems of the verbs whose denial denies the act after them (lexicon.ts `IMPLICATIVE_VERBS`). */
const IMPLICATIVE_STEMS = new Set([...IMPLICATIVE_VERBS].map(stem));

/** The stems of the nouns naming a party by what it is (lexicon.ts `PARTY_NOUNS`: "government", "officials"). */
const PARTY_NOUN_STEMS = new Set([...PARTY_NOUNS].map(stem));

/** The stems of the verbs taking almost any object (lexicon.ts `BROAD_OBJECT_VERBS`). */
const BROAD_OBJECT_STEMS = new Set([...BROAD_OBJECT_VERBS].map(stem));

/**
 * Whether the draft's predicate at word `i` and the claim's opposite at `j` may tell of one object: for a verb taking
 * almost any object ("kept South Korea on its list", "kept its export controls in place"), only where both name the
 * same thing in the phrase right after them ("delist South Korea", "freeze the … Foundation").
 */
function broadObjectShared(x: AnalysedSentence, i: number, y: AnalysedSentence, j: number): boolean {
  if (!BROAD_OBJECT_STEMS.has(x.stems[i]) && !BROAD_OBJECT_STEMS.has(y.stems[j])) return true;
  // Not an owner of the object ("left South Korea's semiconductor industry hit hard" against "delist South Korea"):
  // the thing owned is the object, not its owner.
  const own = (a: AnalysedSentence, at: number) => objectValues(a, phraseEnd(a, at)).filter((p) => !possessiveMark(a.words, p.last + 1));
  const theirs = own(y, j);
  return own(x, i).some((p) => theirs.some((q) => compareSlots(p, q) === 'same'));
}

/**
 * The named things of the phrase right after word `e`: its determiners, names and content words ("the Japan-funded
 * Reconciliation and Healing Foundation"), up to the first other word ("on", "in") or mark.
 */
function objectValues(a: AnalysedSentence, e: number): Slot[] {
  const out: Slot[] = [];
  for (let k = e + 1; k < a.words.length && k <= e + 8 && !PUNCTUATION_BETWEEN.test(textBetween(a, k - 1, k)); k++) {
    const slot = a.slots.find((s) => s.first === k);
    if (slot) {
      if (slot.kind === 'entity') out.push(slot);
      k = slot.last;
    } else if (a.content[k] !== 1 && !DETERMINERS.has(a.words[k].lower)) break;
  }
  return out;
}

/** The stems of the adjectives of eagerness for an act (lexicon.ts `EAGERNESS_WORDS`). */
const EAGERNESS_STEMS = new Set([...EAGERNESS_WORDS].map(stem));

/** The stems of the words telling that a state still holds (lexicon.ts `PERSISTING_WORDS`). */
const PERSISTING_STEMS = new Set([...PERSISTING_WORDS].map(stem));

/** The stems of the verbs of little content (lexicon.ts `LIGHT_VERBS`): a denial of one denies what it takes. */
const LIGHT_STEMS = new Set(LIGHT_VERBS.map(stem));

/** The stems of the verbs of weighing an act (lexicon.ts `WEIGHING_VERBS`): a denial of one denies the act weighed. */
const WEIGHING_STEMS = new Set([...WEIGHING_VERBS].map(stem));

/**
 * The last word of the phrase a claim states at word `j`, for quoting: its particles, or, for a word that only adds
 * to the act after it (lexicon.ts `ADDING_MODIFIERS`), up to two content words after it ("further retaliatory
 * measures", not "further" alone).
 */
function statedPhraseEnd(a: AnalysedSentence, j: number): number {
  let end = phraseEnd(a, j);
  if (ADDING_MODIFIERS.has(a.words[j].lower)) while (end < j + 2 && a.content[end + 1] === 1) end++;
  return end;
}

/** The stems of the nouns of will or effort (lexicon.ts `INTENT_NOUNS`). */
const INTENT_STEMS = new Set([...INTENT_NOUNS].map(stem));

/**
 * The word a denial reaching word `i` denies: past a noun of will or effort and its preposition, and a verb of effort
 * after it ("little interest in trying to build"), or past a verb whose denial denies the act after its "to" ("never
 * managed to overcome").
 */
function deniedActAt(a: AnalysedSentence, i: number): number {
  if (INTENT_STEMS.has(a.stems[i]) && INTENT_PREPOSITIONS.has(a.words[i + 1]?.lower ?? '') && a.content[i + 2] === 1) {
    i += 2;
    // "little interest in trying to build": the effort is denied with the will, and the act with it.
    if (EFFORT_STEMS.has(a.stems[i]) && a.words[i + 1]?.lower === 'to' && a.content[i + 2] === 1) return i + 2;
  }
  return implicativeAt(a, i) ? i + 2 : i;
}

/**
 * Whether word `i` is an act only decided on or put forward, after the "to" of a noun of `WILLED_NOUNS` or
 * `PROPOSAL_NOUNS` ("its decision to terminate GSOMIA", "a proposal to fund …"): no statement that it was done.
 */
function willedOnly(a: AnalysedSentence, i: number): boolean {
  if (i < 2 || a.words[i - 1].lower !== 'to') return false;
  const noun = a.words[i - 2].lower;
  return WILLED_NOUNS.has(noun) || PROPOSAL_NOUNS.has(noun);
}

/** The stems of `PREVENTING_VERBS`. */
const PREVENTING_STEMS = new Set([...PREVENTING_VERBS].map(stem));

/** How far before the "from" a verb of preventing may stand ("kept bilateral relations from improving"). */
const PREVENTING_REACH = 6;

/**
 * Whether word `i`, an "-ing" form after "from", is an act a verb of `PREVENTING_VERBS` before it in its clause keeps
 * from happening ("helped keep bilateral relations from improving"): the sentence tells it did not happen, so it is
 * no statement of the act a passage denies.
 */
function keptFrom(a: AnalysedSentence, i: number): boolean {
  if (i < 2 || a.words[i - 1].lower !== 'from' || !a.words[i].lower.endsWith('ing')) return false;
  return stemInClauseBefore(a, i - 2, i - 1 - PREVENTING_REACH, PREVENTING_STEMS);
}

/** Whether a word of `stems` stands at word `last` or before it down to word `lowest`, in the same clause. */
function stemInClauseBefore(a: AnalysedSentence, last: number, lowest: number, stems: ReadonlySet<string>): boolean {
  for (let k = last; k >= 0 && k >= lowest && !breaksClause(a, k, k + 1); k--) if (stems.has(a.stems[k])) return true;
  return false;
}

/** The stems of `CONTESTING_VERBS`. */
const CONTESTING_STEMS = new Set([...CONTESTING_VERBS].map(stem));

/**
 * Whether word `i` is the thing a verb of `CONTESTING_VERBS` takes, past its determiners ("disputed the veracity of
 * …"): held in doubt, it is not stated, so it neither states nor denies what the other sentence denies or states.
 */
function contested(a: AnalysedSentence, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && DETERMINERS.has(a.words[k].lower)) k--;
  return k >= 0 && CONTESTING_STEMS.has(a.stems[k]) && a.content[k] === 1;
}

/** Whether word `n` opens its clause: the sentence's first word, or one after a mark or a word opening a clause. */
function opensClause(a: AnalysedSentence, n: number): boolean {
  return n === 0 || PUNCTUATION_BETWEEN.test(textBetween(a, n - 1, n)) || CLAUSE_OPENERS.has(a.words[n - 1].lower);
}

/**
 * The verb told of the one-word subject at word `i` ("Neither leader, however, congratulated …", "No official has
 * attended …"): the next content word, past a one-word aside set off by commas, when it reads as a verb (in "-ed",
 * or after an auxiliary); -1 otherwise (the subject's phrase goes on: "No Japanese official …").
 */
function actAfterSubject(a: AnalysedSentence, i: number): number {
  for (let k = i + 1; k < Math.min(a.words.length, i + 5); k++) {
    if (breaksClause(a, k - 1, k)) return -1;
    const aside = textBetween(a, k - 1, k).includes(',') && k + 1 < a.words.length && textBetween(a, k, k + 1).includes(',');
    if (aside || a.content[k] !== 1) continue;
    return a.words[k].lower.endsWith('ed') || DENIAL_AUXILIARIES.has(a.words[k - 1].lower) ? k : -1;
  }
  return -1;
}

/** The stems of the verbs of effort (lexicon.ts `EFFORT_VERBS`). */
const EFFORT_STEMS = new Set([...EFFORT_VERBS].map(stem));

/** Whether word `i` is a verb whose denial denies the act after its "to" ("managed to overcome"). */
function implicativeAt(a: AnalysedSentence, i: number): boolean {
  return IMPLICATIVE_STEMS.has(a.stems[i]) && a.words[i + 1]?.lower === 'to' && a.content[i + 2] === 1;
}

/**
 * The last word of the denial at word `n`: its phrase's ("stayed out"), or the verb it denies the act after ("never
 * managed to"), which says nothing of the act itself.
 */
function denialEnd(a: AnalysedSentence, n: number): number {
  for (let i = n + 1; i < Math.min(a.words.length, n + 4); i++)
    if (a.content[i] === 1) return implicativeAt(a, i) ? i + 1 : phraseEnd(a, n);
  return phraseEnd(a, n);
}

/** A denial of a condition, which a denial before it in its clause turns into a need ("cannot … without …"). */
const CONDITION_DENIALS: ReadonlySet<string> = new Set(['without']);

/**
 * Plain denials of an act, which a condition denied after them turns into a need. Not a refusal or a reluctance
 * ("hesitated to recommence discussions without a third party present" tells the reluctance, with its condition).
 */
const PLAIN_DENIALS: ReadonlySet<string> = new Set(['not', "n't", 't', 'cannot', 'never']);

/** `cancelledDenials` of a sentence without a denial. */
const NONE_CANCELLED: ReadonlySet<number> = new Set();

/**
 * The denials that deny one another ("did not refuse to join", "never rejected", "no one refused"): a denial whose
 * first content word is itself a word of refusal, and that word. Together they state the act.
 */
function cancelledDenials(a: AnalysedSentence): ReadonlySet<number> {
  // Most sentences deny nothing: one empty set serves them all (this is asked of both sides of every alignment).
  if (a.negations.length === 0) return NONE_CANCELLED;
  const cancelled = new Set<number>();
  for (const n of a.negations)
    for (let i = n + 1; i < Math.min(a.words.length, n + 4); i++) {
      if (a.content[i] !== 1) continue;
      if (a.negations.includes(i)) cancelled.add(n).add(i);
      break;
    }
  // "cannot strengthen their leverage without joint demands", "never meet without a third party": the act is told as
  // needing the thing "without" leaves out, which the sentence so states, not denies; nor does it deny the act.
  for (const n of a.negations) {
    if (!CONDITION_DENIALS.has(a.words[n].lower)) continue;
    const m = a.negations.find((k) => k < n && PLAIN_DENIALS.has(a.words[k].lower) && sameClause(a, k, n));
    if (m !== undefined) cancelled.add(m).add(n);
  }
  return cancelled;
}

/**
 * Whether the two sentences deny one predicate alike ("would not take a risk", "avoid any risk"): a denial of the one
 * is then no denial of what the other states.
 */
export function denyAlike(x: AnalysedSentence, y: AnalysedSentence): boolean {
  if (y.negations.length === 0) return false;
  // A quoted denial ("'would not take a risk …,' said …") is the passage's report of one, and denies alike.
  const theirs = deniedStems(y, true);
  for (const s of deniedStems(x).keys()) if (theirs.has(s)) return true;
  return false;
}

/** A denied predicate: the denial's place, and the word after which the denied act's object is read. */
interface Denial {
  at: number;
  object: number;
  /** The denied word itself ("without agreeing to set up …"), whose own object may lie past the denial's reach. */
  word: number;
}

/**
 * The predicate each denial governs: the first content word after it ("did not improve", "refused to accept"), with
 * the denial's place. A refusal word is a predicate itself, so its opposite ("agreed") is denied too.
 */
function deniedStems(a: AnalysedSentence, quotedToo = false): ReadonlyMap<string, Denial> {
  const kept = quotedToo ? DENIED_STEMS_QUOTED_TOO : DENIED_STEMS;
  let denied = kept.get(a);
  if (!denied) kept.set(a, (denied = readDeniedStems(a, quotedToo)));
  return denied;
}

/** Each reading's `deniedStems`, read once: a draft sentence is lined up with several passages, a passage with many sentences. */
const DENIED_STEMS = new ReadingMap<ReadonlyMap<string, Denial>>();
const DENIED_STEMS_QUOTED_TOO = new ReadingMap<ReadonlyMap<string, Denial>>();

/** `deniedStems`, read. */
function readDeniedStems(a: AnalysedSentence, quotedToo: boolean): Map<string, Denial> {
  const denied = new Map<string, Denial>();
  const deny = (i: number, n: number, object = n) => {
    if (!denied.has(a.stems[i])) denied.set(a.stems[i], { at: n, object, word: i });
  };
  const cancelled = cancelledDenials(a);
  for (const n of a.negations) {
    if ((a.quoted[n] === 1 && !quotedToo && !reportedQuote(a, n)) || !stated(a, n) || cancelled.has(n)) continue;
    if (contrastive(a, n)) {
      for (const i of correctedWords(a, n)) deny(i, n);
      continue;
    }
    for (const opposite of oppositesOf(a.stems[n]) ?? []) if (!denied.has(opposite)) denied.set(opposite, { at: n, object: n, word: n });
    // The denied act is read past the denial's own particles ("held back from any further retaliation").
    const from = phraseEnd(a, n);
    for (let i = from + 1; i < Math.min(a.words.length, from + 4); i++) {
      if (a.content[i] !== 1) continue;
      // "not [his] job to mediate": the duty is denied, and the act after it refused with it (whose object follows it).
      if (DUTY_STEMS.has(a.stems[i]) && a.words[i + 1]?.lower === 'to' && a.content[i + 2] === 1) {
        deny(i, n, i + 2);
        deny(i + 2, n, i + 2);
        break;
      }
      // "never managed to overcome", "little interest in building": the act after the verb or noun is the one denied.
      i = deniedActAt(a, i);
      // A plan refused ("shelved plans to impose curbs", "rejected Tokyo's plan to …") is refused as a proposal is: the
      // act it names is denied, the plan was made all the same.
      const proposal = PROPOSAL_NOUNS.has(a.words[i].lower) || (WILLED_NOUNS.has(a.words[i].lower) && a.content[n] === 1);
      // A word of refusal (a content word, unlike "not" or "no") refuses a thing put forward, which still was.
      if (!proposal || a.content[n] !== 1) deny(i, n);
      // "did not take him directly", "cautious about taking punitive steps": a verb of little content says nothing
      // of the act; the word it takes names it, and is denied too. So for a verb of weighing ("refused to consider
      // limiting").
      if ((LIGHT_STEMS.has(a.stems[i]) || WEIGHING_STEMS.has(a.stems[i])) && a.particles[i + 1] !== 1)
        for (let k = i + 1; k < Math.min(a.words.length, i + 4); k++)
          if (a.content[k] === 1) {
            deny(k, n);
            break;
          }
      // "gave no sign that Tokyo would join any public statements": the act the sign would foretell is denied with it,
      // the first content word past its "that" outside a name, whose object follows it.
      if (SIGN_NOUNS.has(a.words[i].lower) && a.words[i + 1]?.lower === 'that')
        for (let k = i + 2; k < Math.min(a.words.length, i + 2 + SIGNED_ACT_REACH); k++)
          if (a.content[k] === 1 && !inSlot(a, k)) {
            deny(k, n, phraseEnd(a, k));
            break;
          }
      // "Neither leader, however, congratulated Biden": the subject is denied, and with it the act told of it.
      if (SUBJECT_DENIALS.has(a.words[n].lower) && opensClause(a, n)) {
        const act = actAfterSubject(a, i);
        if (act >= 0) deny(act, n);
      }
      // "rebuffed any suggestion that Japan join public statements", "rejected the idea of joining": a thing put to a
      // party to do is refused with the act it names (the first content word after it, past the party it is put
      // to), whose object follows that act, out of the denial's reach.
      if (proposal)
        for (let k = i + 1; k < Math.min(a.words.length, i + 5); k++)
          if (a.content[k] === 1) {
            deny(k, n, phraseEnd(a, k));
            break;
          }
      break;
    }
  }
  return denied;
}

/**
 * Where the draft names, undenied, the duty noun the claim's denial at word `n` denies with its act ("not [his] job to
 * mediate"): the word's place in the draft, or undefined. Undenied as the caller reads the draft's own denials for the
 * act itself (`deniedInDraft`), so the duty and its act are read alike.
 */
function dutyTold(
  draft: AnalysedSentence,
  claimDenied: ReadonlyMap<string, { at: number }>,
  n: number,
  deniedInDraft: (i: number) => boolean,
): number | undefined {
  for (const [s, { at }] of claimDenied) {
    if (at !== n || !DUTY_STEMS.has(s)) continue;
    const k = draft.stems.indexOf(s);
    if (k >= 0 && draft.content[k] === 1 && !deniedInDraft(k)) return k;
  }
  return undefined;
}

/** The stems of the nouns of a duty (lexicon.ts `DUTY_NOUNS`). */
const DUTY_STEMS = new Set([...DUTY_NOUNS].map(stem));

/** How far before a quoted denial the "that" of the report giving it is looked for. */
const REPORT_REACH = 6;

/** How far before that "that" its verb of saying is looked for. */
const SAYING_REACH = 8;

/**
 * Whether the quoted denial at word `n` is a party's own words the sentence reports as theirs, after a verb of saying
 * and its "that" ("Stilwell insisted … that it was “not [his] job to mediate”"): the writer states what the party
 * said, so the denial is the party's stated stance. A quotation standing alone stays the quoted speaker's.
 */
function reportedQuote(a: AnalysedSentence, n: number): boolean {
  for (let k = n - 1; k > 0 && k >= n - REPORT_REACH; k--) {
    if (a.quoted[k] === 1) continue;
    if (a.words[k].lower !== 'that') continue;
    // The verb may stand a phrase of place or time before it ("insisted on a recent visit to Japan that …").
    for (let v = k - 1; v >= 0 && v >= k - SAYING_REACH && !breaksClause(a, v, v + 1); v--)
      if (a.quoted[v] === 0 && SPEAKING_VERBS.has(a.words[v].lower)) return true;
    return false;
  }
  return false;
}

/**
 * The words a "not … but" sets aside for what follows it: "did not take him directly from Tokyo to Seoul, but rather
 * to Seoul by way of …" still tells the trip, and denies only "directly". The content words between "not" and "but"
 * (or "rather"), in the clause of "not", that the words after it do not repeat, and no verb of little content; none
 * for "Tokyo, not Seoul" (a name) or a phrase set off by a comma.
 */
function correctedWords(a: AnalysedSentence, n: number): number[] {
  const next = a.words[n + 1];
  if (!next || /^\p{Lu}/u.test(next.text) || (n > 0 && textBetween(a, n - 1, n).includes(','))) return [];
  let but = n + 1;
  while (but < a.words.length && a.words[but].lower !== 'but' && a.words[but].lower !== 'rather') but++;
  // Only the clause "not" stands in: "did not sign, preferring rather to wait" sets aside no preference.
  let end = n + 1;
  while (end < but && !breaksClause(a, end - 1, end) && !textBetween(a, end - 1, end).includes(',')) end++;
  const after = new Set<string>();
  for (let i = but + 1; i < a.words.length && !breaksClause(a, i - 1, i); i++) if (a.content[i] === 1) after.add(a.stems[i]);
  const out: number[] = [];
  for (let i = n + 1; i < end; i++) if (a.content[i] === 1 && !LIGHT_STEMS.has(a.stems[i]) && !after.has(a.stems[i])) out.push(i);
  return out;
}

/** Words opening a relative clause after the thing it tells of ("the restrictions that curbed exchanges"). */
const RELATIVE_PRONOUNS = new Set(['that', 'which']);

/**
 * Words that open another clause before a verb (`CLAUSE_OPENERS`), but not a relative clause inside the thing told
 * of ("boycotts of Japanese goods that began …") nor "since", which also opens a time ("since last summer").
 */
const CLAUSE_STARTS = new Set([...CLAUSE_OPENERS].filter((w) => !RELATIVE_PRONOUNS.has(w) && w !== 'who' && w !== 'since'));

/** Pronouns that stand for the object of a verb ("restore it", "join them"). */
const OBJECT_PRONOUNS = new Set(['it', 'them']);

/** Words joining two acts of one sentence ("withdrawal from … and refusal to accept …"). */
const ACT_CONJUNCTIONS = new Set(['and', 'or']);

/**
 * Whether a thing named before the predicate at `j` belongs to another act joined before it ("his government's
 * withdrawal from the 2015 “comfort women” agreement and refusal to accept third-party arbitration"): the "and" opens
 * the predicate's own phrase, only function words standing between them, so the thing is the earlier act's object.
 */
function inEarlierConjunct(a: AnalysedSentence, q: Slot, j: number): boolean {
  if (q.last >= j) return false;
  let k = j - 1;
  while (k > q.last && a.content[k] !== 1 && !ACT_CONJUNCTIONS.has(a.words[k].lower)) k--;
  return k > q.last && ACT_CONJUNCTIONS.has(a.words[k].lower);
}

/** Whether the sentences share a content word within a few words after their predicates: the same object. */
function sameObjectOf(x: AnalysedSentence, i: number, y: AnalysedSentence, j: number, pairs: readonly [Slot, Slot][]): boolean {
  // A party or thing both name just after the predicate ("terminated GSOMIA", "withdrawal from the pact"); in the other
  // sentence it may stand before it ("renewed a currency swap agreement", "let a currency swap agreement … expire").
  // The object follows the predicate's last word: its particles ("stayed on the sidelines as its two allies …"), and
  // a thing put forward ("the notion of …"), which any act may take.
  const e = pastProposal(x, phraseEnd(x, i));
  const f = pastProposal(y, phraseEnd(y, j));
  // Each names another party of one kind first after its predicate ("ruled in favor of the Korean workers", "ruled
  // against Japanese companies, ordering them to compensate Korean workers"): the acts have other objects.
  const x1 = firstValueAfter(x, e);
  const y1 = firstValueAfter(y, f);
  if (x1 && y1 && compareSlots(x1, y1) === 'differ') return false;
  const namedNear = (q: Slot) => q.first >= j - 8 && q.first <= f + 8 && q.first !== j && !inEarlierConjunct(y, q, j);
  if (pairs.some(([p, q]) => p.first > e && p.first <= e + 5 && namedNear(q))) return true;
  // A pronoun after the draft's predicate ("… a currency swap with Seoul came up for renewal, and … the cabinet chose to
  // extend it") stands for the thing its sentence named before: that thing, named near the claim's predicate ("let a
  // currency swap agreement with South Korea expire"), is the object of both.
  const antecedent = OBJECT_PRONOUNS.has(x.words[e + 1]?.lower ?? '') ? thingBefore(x, i) : undefined;
  if (antecedent && pairs.some(([p, q]) => p === antecedent && namedNear(q))) return true;
  // The same number of things after the same preposition ("mediate between the two allies", "mediate between the two
  // nations"): the parties both count, however each calls them.
  if (sameCountAfter(x, e, y, f)) return true;
  // A thing named before a passive ("GSOMIA was terminated in 2019"), or before a relative clause whose party does the
  // act ("GSOMIA, which Seoul terminated in 2019"), undergoes the act, as one named after the other's predicate does
  // ("threatened to terminate the … military intelligence sharing agreement").
  const undergoer = passiveSubject(x, i) ?? relativeObject(x, i);
  if (undergoer && pairs.some(([p, q]) => p === undergoer && q.first > f && q.first <= f + 8)) return true;
  for (let a = e + 1; a < Math.min(x.words.length, e + 6); a++) {
    if (!objectWord(x, a)) continue;
    for (let b = f + 1; b < Math.min(y.words.length, f + 8); b++)
      if (objectWord(y, b) && y.stems[b] === x.stems[a] && !otherwiseQualified(x, a, y, b)) return true;
  }
  // A thing the draft names before its predicate, told in the passive ("the liquidation of seized Japanese assets
  // carried out without delay"), that the claim names after its own ("put off the liquidation of Japanese company
  // assets"): two of its words at least, within ten words before the one and after the other, in the draft's clause.
  const before = new Set<string>();
  for (let a = i - 1; a >= 0 && a >= i - 10 && !breaksClause(x, a, a + 1); a--) if (x.content[a] === 1) before.add(x.stems[a]);
  const named = new Set<string>();
  let head: string | undefined;
  for (let b = f + 1; b < Math.min(y.words.length, f + 11); b++) {
    if (y.content[b] !== 1) continue;
    head ??= y.stems[b];
    if (before.has(y.stems[b])) named.add(y.stems[b]);
  }
  // The claim's object itself must be among them, not only its words ("the seized assets returned without delay" names
  // the assets, not their liquidation).
  if (named.size >= 2 && head !== undefined && named.has(head)) return true;
  // The same verb with the same pronoun after it in both ("he also moved to restore it", "he did nothing to restore
  // it"): the thing both point back to, which the words they share have named.
  const pronoun = x.words[i + 1]?.lower ?? '';
  if (OBJECT_PRONOUNS.has(pronoun))
    for (let b = j; b + 1 < Math.min(y.words.length, j + 8); b++)
      if (y.stems[b] === x.stems[i] && y.words[b + 1].lower === pronoun) return true;
  // A thing that rises or falls is named before its verb ("his popularity is climbing", "Moon's popularity is
  // declining"): a common noun both name just before, not a party (a party does many things), named or by its noun
  // ("the Japanese government has maintained that the treaty settled the matter" and "The Japanese government has
  // vacillated between insisting that the restrictions …" tell two stances of one holder, on two things).
  // An adverb before the verb ("is being seriously considered") does not count against the three words.
  const thing = (a: AnalysedSentence, m: number) => a.content[m] === 1 && !inSlot(a, m) && !PARTY_NOUN_STEMS.has(a.stems[m]);
  const subject = (a: AnalysedSentence, k: number) => {
    const out: string[] = [];
    const before = (end: number) => {
      let reach = end - 3;
      for (let m = end - 1; m >= 0 && m >= reach; m--) {
        if (!thing(a, m)) continue;
        if (a.words[m].lower.endsWith('ly')) reach--;
        out.push(a.stems[m]);
      }
    };
    before(k);
    // A relative clause between the thing and its verb ("the restrictions that curbed exchanges in 2020 remain in
    // force"): the thing stands before its "that" or "which", in the same clause.
    for (let r = k - 1; r >= 0 && r >= k - 10 && !breaksClause(a, r, r + 1); r--)
      if (RELATIVE_PRONOUNS.has(a.words[r].lower)) {
        before(r);
        break;
      }
    // The thing opening the clause, told of at length before its verb ("The Korean boycott of Japanese goods … has
    // been gathering strength", "South Korean boycotts of Japanese goods … seem to be winding down"): its first word
    // past names, when no other clause stands between.
    let start = k;
    while (start > 0 && !breaksClause(a, start - 1, start) && !CLAUSE_STARTS.has(a.words[start - 1].lower)) start--;
    // A phrase or clause set off before the subject by a comma ("This time, repeated meetings … broke the deadlock",
    // "Where …, repeated meetings … only resulted in a stalemate"): the subject opens after the last comma, when a
    // content word stands between it and the verb. A one-word aside ("Korean boycotts …, however, appear to be …")
    // sets off nothing.
    let from = 0;
    const commaBefore = (m: number) => m > 0 && m < a.words.length && textBetween(a, m - 1, m).includes(',');
    if (start === 0)
      for (let m = k - 1; m > 0; m--) {
        if (!commaBefore(m) || commaBefore(m + 1) || commaBefore(m - 1)) continue;
        for (let q = m; q < k; q++) if (a.content[q] === 1 && !inSlot(a, q)) from = m;
        break;
      }
    // A stretch of time opening the clause ("Months of quiet diplomacy have …") is told of as the thing itself, as
    // before such a stretch was read as a length.
    const stretch = (m: number) => a.slots.some((s) => s.kind === 'number' && s.first === m && s.last === m && s.number!.range);
    if (start === 0)
      for (let m = from; m < k; m++)
        if (stretch(m)) {
          out.push(a.stems[m]);
          break;
        } else if (a.content[m] === 1 && !inSlot(a, m)) {
          if (thing(a, m)) out.push(a.stems[m]);
          break;
        }
    return out;
  };
  const mine = subject(x, i);
  return mine.length > 0 && subject(y, j).some((w) => mine.includes(w));
}

/**
 * The last thing (no person, place or body: a party acts, and is seldom "it") the sentence names before word `i`, which
 * a pronoun after the predicate at `i` stands for.
 */
function thingBefore(a: AnalysedSentence, i: number): Slot | undefined {
  let found: Slot | undefined;
  for (const slot of a.slots) {
    const type = slot.entity?.type;
    if (slot.kind !== 'entity' || slot.last >= i || type === 'person' || type === 'place' || type === 'organisation') continue;
    if (!found || slot.first > found.first) found = slot;
  }
  return found;
}

/**
 * The last word before the object of a predicate ending at word `e`: past a thing put forward and its "of" ("endorse
 * the idea of trilateral security cooperation": the cooperation, not the idea, is what two sentences must share).
 */
function pastProposal(a: AnalysedSentence, e: number): number {
  let k = e + 1;
  while (k < a.words.length && DETERMINERS.has(a.words[k].lower)) k++;
  return PROPOSAL_NOUNS.has(a.words[k]?.lower ?? '') && a.words[k + 1]?.lower === 'of' ? k + 1 : e;
}

/**
 * Whether word `k` may name the object of a predicate: a content word, or a word of a thing's name ("the comfort
 * women agreement" where the other sentence has the words of the name outside one, or in quotation marks). Words of
 * a name are kept out of the content words, as a name is compared as a value; the object is read from its words.
 */
function objectWord(a: AnalysedSentence, k: number): boolean {
  if (a.content[k] === 1) return true;
  if (FUNCTION_WORDS.has(a.words[k].lower)) return false;
  return a.slots.some((s) => s.kind === 'entity' && s.first <= k && k <= s.last);
}

/**
 * Whether the same word names two things of one kind, each qualified by a word the other sentence lacks, one of them
 * a named kind ("a trade deal", "military cost-sharing deals"): the two tell of two deals. (Two plain words may say
 * one thing: "colonial-era debts", "colonization-related debts".)
 */
function otherwiseQualified(x: AnalysedSentence, a: number, y: AnalysedSentence, b: number): boolean {
  // A participle qualifying another thing ("the painfully negotiated comfort women agreement") is no object named by
  // the same word as a noun ("their meeting in Chengdu", "negotiations").
  if (participleBefore(x, a) !== participleBefore(y, b)) return true;
  if (a === 0 || b === 0 || !objectWord(x, a - 1) || !objectWord(y, b - 1)) return false;
  if (x.content[a - 1] === 1 && y.content[b - 1] === 1) return false;
  return !y.stems.includes(x.stems[a - 1]) && !x.stems.includes(y.stems[b - 1]);
}

/**
 * Whether the words right after words `e` and `f` are one preposition and then, past determiners, a number the two
 * give alike ("between the two allies", "between the two nations").
 */
function sameCountAfter(x: AnalysedSentence, e: number, y: AnalysedSentence, f: number): boolean {
  const word = x.words[e + 1]?.lower;
  if (word === undefined || word !== y.words[f + 1]?.lower || x.content[e + 1] === 1) return false;
  const count = (a: AnalysedSentence, k: number) => {
    while (k < a.words.length && DETERMINERS.has(a.words[k].lower)) k++;
    return a.slots.find((s) => s.first === k && s.kind === 'number');
  };
  const mine = count(x, e + 2);
  const theirs = count(y, f + 2);
  // The count alone: each may call the parties by another noun ("allies", "nations").
  return mine?.number !== undefined && theirs?.number !== undefined && mine.number.value === theirs.number.value;
}

/** The value the words right after word `e` name, past determiners ("the Korean workers"), if they name one. */
function firstValueAfter(a: AnalysedSentence, e: number): Slot | undefined {
  let k = e + 1;
  while (k < a.words.length && DETERMINERS.has(a.words[k].lower)) k++;
  return a.slots.find((s) => s.first === k && s.kind === 'entity');
}

/**
 * Whether a party stands anywhere before word `i`: a named one not led by a preposition ("Moon's government", "Seoul"),
 * a title ("The Japanese foreign minister") or a pronoun. "A direct flight between Seoul and Tokyo takes …" has none.
 */
export function partyBefore(a: AnalysedSentence, i: number): boolean {
  for (const s of a.slots)
    if (s.first >= 0 && s.first < i && (s.kind === 'role' || (s.kind === 'entity' && relationOf(a, s) === undefined))) return true;
  for (let k = 0; k < i; k++) if (PARTY_PRONOUNS.has(a.words[k].lower)) return true;
  return false;
}

/** The named thing right before the passive at word `i` ("GSOMIA was terminated"), just before its form of "be". */
function passiveSubject(a: AnalysedSentence, i: number): Slot | undefined {
  if (!passiveParticipleAt(a, i)) return undefined;
  return a.slots.find((s) => s.kind === 'entity' && s.last === i - 2);
}

/**
 * The named thing a relative clause tells the act at word `i` of, done by another party: "GSOMIA, which Seoul
 * terminated": the thing right before "which" or "that", with a party named between it and the act, nothing else.
 */
function relativeObject(a: AnalysedSentence, i: number): Slot | undefined {
  const doer = a.slots.find((s) => s.kind === 'entity' && s.last === i - 1);
  if (!doer || doer.first < 1 || !RELATIVE_PRONOUNS.has(a.words[doer.first - 1].lower)) return undefined;
  return a.slots.find((s) => s.kind === 'entity' && s.last === doer.first - 2);
}

/**
 * The party standing before word `i` in its clause as its subject: the nearest named thing before it that no
 * preposition ties to something else ("the Abe cabinet let a … agreement with South Korea expire": the cabinet).
 */
function subjectBefore(a: AnalysedSentence, i: number): Slot | undefined {
  let found: Slot | undefined;
  for (const s of a.slots) if (s.kind === 'entity' && s.first >= 0 && s.last < i && relationOf(a, s) === undefined) found = s;
  if (!found) return undefined;
  for (let k = found.last; k < i; k++) if (breaksClause(a, k, k + 1)) return undefined;
  return found;
}

/**
 * Whether the draft's act at word `i` and the claim's at word `j` may be told of one party: not when the claim names
 * the draft's party in another clause and another party of its kind before its act ("Japanese leaders can and will
 * challenge China, but South Korean leaders see …" says nothing of South Korean leaders challenging it).
 */
function sameSubject(draft: AnalysedSentence, i: number, claim: AnalysedSentence, j: number, pairs: readonly [Slot, Slot][]): boolean {
  // The thing before a passive undergoes the act; it names no doer to compare ("GSOMIA was terminated").
  const mine = passiveSubject(draft, i) ? undefined : subjectBefore(draft, i);
  const theirs = passiveSubject(claim, j) ? undefined : subjectBefore(claim, j);
  if (!mine || !theirs) return true;
  // A body and the country it belongs to are one party ("the Blue House threatened to terminate …", "Seoul terminated …").
  const kind = compareParties(mine, theirs);
  if (kind === 'same') return true;
  const named = pairs.find(([p]) => p === mine)?.[1];
  // Two parties acting together ("Abe and Moon met …, only to fail to reach a deal"), against a doer the gazetteer
  // cannot compare with them ("Washington inked military cost-sharing deals with both Seoul and Tokyo"), in sentences
  // that pair no value at all: the two sides' own act, not the other doer's, whatever words the two share. (One party
  // may speak for another, "Tokyo declined to join" against "Motegi signaled a readiness to join": not a pair.) Nor
  // does a country that only qualifies something else count as a pair (`qualifiesNonGovernment`): hyphened into a
  // compound ("At the China-Japan-Korea summit …, Abe and Moon held their first formal talks" against "Japan has
  // refused to hold further working group meetings with South Korea"), it names a member of a gathering or a
  // relationship, not a doer acting alone.
  const together =
    draft.words[mine.first - 1]?.lower === 'and' && draft.slots.some((s) => s.kind === 'entity' && s.last === mine.first - 2);
  if (kind === 'incomparable' && together && pairs.every(([p]) => qualifiesNonGovernment(draft, p))) return false;
  if (!named || named.first < 0) return true;
  // A party the claim names only after its act, where a party of another kind acts ("Beijing stayed on the
  // sidelines" against "the Trump administration strongly intervened … in Chengdu, China"): another's act. (A country
  // named as an adjective, "their Japanese counterparts", qualifies the subject; it is not the party itself.)
  if (kind === 'incomparable') return named.first < j || Boolean(mine.entity?.adjective);
  const [from, to] = named.last < j ? [named.last, j] : [j, named.first];
  for (let k = from; k < to; k++) if (breaksClause(claim, k, k + 1)) return false;
  return true;
}

/** Whether the party standing as subject before the draft's act at word `i` is the one before the claim's at word `j`. */
function sameActor(draft: AnalysedSentence, i: number, claim: AnalysedSentence, j: number, pairs: readonly [Slot, Slot][]): boolean {
  const mine = subjectBefore(draft, i);
  const theirs = subjectBefore(claim, j);
  return mine !== undefined && theirs !== undefined && pairs.some(([p, q]) => p === mine && compareSlots(q, theirs) === 'same');
}

/**
 * Whether word `m` stands in a clause after word `j`'s that a conjunction sets against it ("…, but …") or opens as a
 * clause of its time or cause ("… when the United States threatened to withdraw").
 */
function contrastedAfter(a: AnalysedSentence, j: number, m: number): boolean {
  for (let k = j + 1; k < m; k++)
    if (CONTRAST_CONJUNCTIONS.has(a.words[k].lower) || ADVERBIAL_CONJUNCTIONS.has(a.words[k].lower)) return true;
  return false;
}

/**
 * The last word of the predicate at word `i`: its own, or its phrase's last particle ("put off", "pulled out of", "broke
 * the forced labor deadlock").
 */
function phraseEnd(a: AnalysedSentence, i: number): number {
  while (a.particles[i + 1] !== 0 && i + 1 < a.particles.length) i++;
  return i;
}

/** How many words after a denial its "no longer" or "any longer" is looked for ("does not hold any longer"). */
const ENDED_STATE_REACH = 4;

/**
 * Whether the denial at word `n` tells a state ended ("no longer plays a critical role", "does not hold any longer"):
 * it says the state held once, so a passage telling it in the past ("played a critical role") agrees; only one
 * telling it as holding still ("remains intact") is set against it.
 */
function toldAsEnded(a: AnalysedSentence, n: number): boolean {
  for (let k = n + 1; k < Math.min(a.words.length, n + 1 + ENDED_STATE_REACH); k++)
    if (TIME_ADVERBS_AFTER.get(a.words[k].lower)?.has(a.words[k - 1].lower)) return true;
  return false;
}

/** How many words before a passage's word a word of `HOLDING_NOW_WORDS` is looked for ("is still largely intact"). */
const HOLDING_NOW_REACH = 4;

/** Whether the claim tells its word `j` as holding now: it, or a word shortly before it in its clause, says so. */
function toldAsHolding(a: AnalysedSentence, j: number): boolean {
  for (let k = j; k >= Math.max(0, j - HOLDING_NOW_REACH); k--) {
    if (HOLDING_NOW_WORDS.has(a.words[k].lower)) return true;
    if (k > 0 && breaksClause(a, k - 1, k)) break;
  }
  return false;
}

/**
 * Whether the draft's denied word `i` is the noun of a state told after "in" ("no longer in force", "not in place")
 * where the claim's word `j` of that stem is no such noun ("the forced labor ruling"): another word, not the state.
 */
function otherStateWord(draft: AnalysedSentence, i: number, claim: AnalysedSentence, j: number): boolean {
  return draft.words[i - 1]?.lower === 'in' && claim.words[j - 1]?.lower !== 'in';
}

/**
 * A denial that picks one thing over another rather than denying an event: "Tokyo, not Seoul", "not with Moon but
 * with his predecessor". The sentence still states that the event happened.
 */
export function contrastive(a: AnalysedSentence, n: number): boolean {
  const w = a.words[n];
  if (w.lower !== 'not') return false;
  const next = a.words[n + 1];
  // A name after "not" is set against another ("Tokyo, not Seoul"), unless the "not" denies a verb ("is not Japan's …").
  if (next && /^\p{Lu}/u.test(next.text) && !DENIAL_AUXILIARIES.has(a.words[n - 1]?.lower ?? '')) return true;
  // "… a shove from Washington, not a gentle push": set off by a comma, it corrects a phrase, it denies no act.
  if (n > 0 && textBetween(a, n - 1, n).includes(',')) return true;
  for (let i = n + 1; i < a.words.length; i++) if (a.words[i].lower === 'but' || a.words[i].lower === 'rather') return true;
  // "GSOMIA is not a trilateral arrangement; TISA is.": a clause ending the sentence on a bare auxiliary gives what was
  // denied to another; the writer picks one thing over another.
  const last = a.words.length - 1;
  return last > n + 2 && DENIAL_AUXILIARIES.has(a.words[last].lower) && /[;,]/.test(textBetween(a, n + 1, last - 1));
}

/**
 * Whether the sentence sets `slot` aside for another value ("the Cabinet, not the Diet", "rather than Seoul", "instead
 * of the Diet", "instead of in 2018") or names it besides the clause's own ("Besides Stilwell's trip, Pottinger also
 * …"): a phrase of `SETTING_ASIDE_PHRASES` right before it, past determiners and one preposition, or a word of
 * `TRAILING_CONTRAST_WORDS` after a comma (", unlike the United States"). The value set aside
 * is no claim of the writer's on the clause, so it cannot be wrong there.
 */
export function setAside(a: AnalysedSentence, slot: Slot): boolean {
  let k = slot.first - 1;
  while (k >= 0 && DETERMINERS.has(a.words[k].lower)) k--;
  if (settingAsideEndsAt(a, k)) return true;
  // ", unlike the United States": a party set against the clause before the comma.
  if (k > 0 && TRAILING_CONTRAST_WORDS.has(a.words[k].lower) && textBetween(a, k - 1, k).includes(',')) return true;
  if (k < 0 || !SET_ASIDE_PREPOSITIONS.has(a.words[k].lower)) return false;
  k--;
  while (k >= 0 && DETERMINERS.has(a.words[k].lower)) k--;
  return settingAsideEndsAt(a, k);
}

/** Whether a phrase of `SETTING_ASIDE_PHRASES` ends at word `k`. */
function settingAsideEndsAt(a: AnalysedSentence, k: number): boolean {
  // Loops, not closures: this is asked of every value of a draft sentence for every passage it is lined up with.
  for (const phrase of SETTING_ASIDE_PHRASES) {
    if (k + 1 < phrase.length) continue;
    let m = 0;
    while (m < phrase.length && a.words[k - phrase.length + 1 + m].lower === phrase[m]) m++;
    if (m === phrase.length) return true;
  }
  return false;
}

/**
 * Whether the denial at word `n` sets one thing aside for another named right before it ("expect a temporary truce
 * rather than full reconciliation", "instead of"), and `other` names that other thing too ("less like a full-blown
 * reconciliation and more like a temporary truce"): the two tell the same choice between the same things, not whether
 * the one set aside happened. The thing chosen is the run of content words right before the phrase, every one of which
 * `other` must name ("relax export controls instead of tightening them" chooses another act than the passage's).
 */
function choiceBothTell(a: AnalysedSentence, n: number, other: AnalysedSentence): boolean {
  const word = a.words[n].lower;
  if (!SETTING_ASIDE_PHRASES.some((phrase) => phrase.length > 1 && phrase[0] === word && a.words[n + 1]?.lower === phrase[1])) return false;
  let chosen = 0;
  for (let i = n - 1; i >= 0 && a.content[i] === 1 && !breaksClause(a, i, i + 1); i--, chosen++)
    if (!other.contentStems.has(a.stems[i])) return false;
  return chosen > 0;
}

/**
 * Whether the claim states the draft's predicate at word `i` of the same object ("withdrawal from the … pact" for
 * "pulling out of its … pact"; not "withdrawal from the 2015 comfort women agreement"): a passage backing the draft
 * against another must tell its act, not only its word.
 */
export function statesActOf(draft: AnalysedSentence, i: number, claim: AnalysedSentence, pairs: readonly [Slot, Slot][]): boolean {
  for (let j = 0; j < claim.words.length; j++)
    if (claim.stems[j] === draft.stems[i] && claim.content[j] === 1 && !weighedOnly(claim, j) && sameObjectOf(draft, i, claim, j, pairs))
      return true;
  return false;
}

/** How far before an act a verb of weighing it may stand ("is considering whether to terminate"). */
const WEIGHED_REACH = 3;

/**
 * Whether the act at word `j` is only weighed, after a verb of `WEIGHING_VERBS` in its clause ("the Blue House is
 * considering abrogation of GSOMIA"): the sentence does not state that it was done, so it neither backs a draft
 * stating it nor contradicts one denying it. (Under a denial, "refused to consider limiting", the denial reaches the
 * act through the verb: `readDeniedStems`.)
 */
function weighedOnly(a: AnalysedSentence, j: number): boolean {
  return stemInClauseBefore(a, j - 1, j - WEIGHED_REACH, WEIGHING_STEMS);
}

/** The stems of `DELAYING_VERBS`. */
const DELAYING_STEMS = new Set([...DELAYING_VERBS].map(stem));

/** The stem of "put", whose "off" tells a delay. */
const PUT_STEM = stem('put');

/**
 * Whether the act at word `j` is only put off, after a verb of `DELAYING_VERBS` or "put off" in its clause ("a desire to
 * put off the liquidation"): the sentence does not state that it was done.
 */
function delayedOnly(a: AnalysedSentence, j: number): boolean {
  if (stemInClauseBefore(a, j - 1, j - WEIGHED_REACH, DELAYING_STEMS)) return true;
  for (let k = j - 1; k >= 1 && k >= j - WEIGHED_REACH && !breaksClause(a, k, k + 1); k--)
    if (a.words[k].lower === 'off' && a.stems[k - 1] === PUT_STEM) return true;
  return false;
}

/** Each word of degree to its opposite (lexicon.ts `DEGREE_OPPOSITES`). */
const DEGREE_OPPOSITE: ReadonlyMap<string, string> = new Map(DEGREE_OPPOSITES.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));

/** Words that open the act a party is pressed to take ("pressure to impose sanctions", "calls for restraint"). */
const ASKED_OPENERS = new Set(['to', 'for']);

/** The stems of the verbs of asking or ordering another party to act (lexicon.ts `ORDERING_VERBS`). */
const ORDERING_STEMS = new Set([...ORDERING_VERBS].map(stem));

/**
 * How far before an act's "to" the verb or noun asking, deciding or proposing it is looked for, within its phrase
 * ("ordering expropriation of Japanese shares to", "a proposal floated by a senior Korean politician to create a
 * foundation … to provide compensation").
 */
const ASKING_REACH = 25;

/** How far before a party's act its words are read (`partyWordsBefore`). */
const PARTY_REACH = 6;

/**
 * Whether word `i` names the act another party is pressed to take, within three words of it in its clause ("resisted
 * American pressure to impose sanctions", lexicon.ts `PRESSING_NOUNS`): asked for, not stated as done, so no denial or
 * opposite of it contradicts the sentence. So for an act one party orders, asks or decides of another ("called for
 * Japanese companies to pay compensation", "a Korean court decision to grant compensation"), unless the other
 * sentence tells it of the party asking (`party`: the words before its act, in `other`): "the court refused to grant
 * compensation" is that party's own stance against its decision.
 */
function askedFor(a: AnalysedSentence, i: number, other: AnalysedSentence, party: number, act: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 3 && !breaksClause(a, k, k + 1); k--) {
    if (!ASKED_OPENERS.has(a.words[k].lower)) continue;
    if (PRESSING_NOUNS.has(a.words[k - 1].lower)) return true;
    if (a.words[k].lower !== 'to') return false;
    const m = askingWordBefore(a, k, false);
    // The other sentence asks or decides its act too ("called on South Korea to go ahead with …", "decided to relax
    // …"): the two tell what was asked, and are compared.
    if (m < 0 || askingWordBefore(other, act - 1, true) >= 0 || askingWordBefore(other, act - 2, true) >= 0) return false;
    return !sharesParty(a, partyRunBefore(a, m), other, partyWordsBefore(other, party));
  }
  return false;
}

/**
 * Whether the act at word `i` is only asked of a party, by a verb of asking or ordering (`ORDERING_STEMS`) or a noun
 * of pressing (`PRESSING_NOUNS`): after its "to" ("urged Seoul to accept arbitration", "called on Seoul to accept"), or
 * as the noun it asks for, past a "for" and determiners or an owner ("demanded the acceptance of arbitration", "called
 * for Seoul's acceptance"). Asked for, the act is not stated as done, and a passage's refusal of it does not differ.
 */
function askedOf(a: AnalysedSentence, i: number): boolean {
  if (i >= 2 && a.words[i - 1].lower === 'to') return askingWordBefore(a, i - 1, false) >= 0;
  for (let k = i - 1; k >= 0 && k >= i - 4 && !PUNCTUATION_BETWEEN.test(textBetween(a, k, k + 1)); k--) {
    const w = a.words[k].lower;
    if ((ORDERING_STEMS.has(a.stems[k]) && a.content[k] === 1) || PRESSING_NOUNS.has(w)) return true;
    // Past "for", determiners and an owner's name ("Seoul's": the name, then its "s").
    if (w !== 'for' && !DETERMINERS.has(w) && !/^[A-Z]/.test(a.words[k].text)) return false;
  }
  return false;
}

/** The stems of the nouns of a decision or plan (lexicon.ts `WILLED_NOUNS`), and so of their verbs ("decided", "planned"). */
const WILLED_STEMS = new Set([...WILLED_NOUNS].map(stem));

/**
 * The verb of asking or ordering, or the noun of a decision or proposal, before the "to" at word `to` ("ordering expropriation of
 * Japanese shares to", "a court decision to"), in its phrase; -1 if none. `verbsToo`: a verb of deciding counts
 * ("decided to"), read by its stem.
 */
function askingWordBefore(a: AnalysedSentence, to: number, verbsToo: boolean): number {
  if (to < 1 || a.words[to]?.lower !== 'to') return -1;
  for (let m = to - 1; m >= 0 && m >= to - ASKING_REACH && !PUNCTUATION_BETWEEN.test(textBetween(a, m, m + 1)); m--)
    if (
      (ORDERING_STEMS.has(a.stems[m]) && a.content[m] === 1) ||
      WILLED_NOUNS.has(a.words[m].lower) ||
      PUT_FORWARD_NOUNS.has(a.words[m].lower) ||
      (verbsToo && WILLED_STEMS.has(a.stems[m]))
    )
      return m;
  // What a ruling or order says must be done ("ruled that, notwithstanding past agreements, Japanese companies had to
  // make reparations"): the act is in the "that" clause of a verb of deciding or ordering, which commas do not end.
  for (let m = to - 1; m >= 1 && m >= to - ASKING_REACH && !breaksClause(a, m, m + 1); m--)
    if (a.words[m].lower === 'that' && a.content[m - 1] === 1 && (WILLED_STEMS.has(a.stems[m - 1]) || ORDERING_STEMS.has(a.stems[m - 1])))
      return m - 1;
  return -1;
}

/** The words right before word `m` naming who asks or decides ("a Korean court decision"): a run of content words and names. */
function partyRunBefore(a: AnalysedSentence, m: number): number[] {
  const out: number[] = [];
  // Past a possessive's "s" ("the Japanese Cabinet’s sudden decision").
  for (let k = m - 1; k >= 0 && (a.content[k] === 1 || inName(a, k) || a.words[k].lower === 's'); k--) {
    if (PUNCTUATION_BETWEEN.test(textBetween(a, k, k + 1))) break;
    out.push(k);
  }
  return out;
}

/** The content words and names before word `n` in its clause, up to a mark: the party told as doing the act there. */
function partyWordsBefore(a: AnalysedSentence, n: number): number[] {
  const out: number[] = [];
  for (let k = n - 1; k >= 0 && k >= n - PARTY_REACH && !PUNCTUATION_BETWEEN.test(textBetween(a, k, k + 1)); k--)
    if (a.content[k] === 1 || inName(a, k)) out.push(k);
  return out;
}

/** Whether word `k` stands in a named thing. */
function inName(a: AnalysedSentence, k: number): boolean {
  return a.slots.some((s) => s.kind === 'entity' && s.first <= k && k <= s.last);
}

/** Whether two runs of words share a content word or name one thing alike. */
function sharesParty(x: AnalysedSentence, xs: readonly number[], y: AnalysedSentence, ys: readonly number[]): boolean {
  for (const a of xs)
    for (const b of ys) {
      if (x.content[a] === 1 && y.content[b] === 1 && x.stems[a] === y.stems[b]) return true;
      const p = x.slots.find((s) => s.kind === 'entity' && s.first <= a && a <= s.last);
      const q = y.slots.find((s) => s.kind === 'entity' && s.first <= b && b <= s.last);
      // A body and the country it belongs to are one party ("the Japanese Cabinet", "Japan").
      if (p && q && compareParties(p, q) === 'same') return true;
    }
  return false;
}

/**
 * Whether denial `n` is advice ("warns Washington against overt intervention", "advised Tokyo to avoid …"): a verb of
 * advising (lexicon.ts `ADVISING_VERBS`) before it in its clause, not past a contrast ("advised restraint, yet Seoul
 * did not …"). It tells what someone advised, not that the act was left undone.
 */
function advisedDenial(a: AnalysedSentence, n: number): boolean {
  for (let k = n - 1; k >= 0 && !breaksClause(a, k, k + 1); k--) {
    if (CONTRAST_CONJUNCTIONS.has(a.words[k].lower)) return false;
    if (ADVISING_STEMS.has(a.stems[k])) return true;
  }
  return false;
}

/** Whether a sentence advises (lexicon.ts `RECOMMENDATION_WORDS`, `ADVISING_VERBS`: "should", "advises"), telling what ought to be done. */
export function advises(a: AnalysedSentence): boolean {
  return a.words.some((w, k) => RECOMMENDATION_WORDS.has(w.lower) || ADVISING_STEMS.has(a.stems[k]));
}

/**
 * Whether word `i` stands where the sentence states what happened: not in the allegation, hope or fear it reports
 * ("the MSDF alleged that …", "fearing for its investments"). What stands before the report is stated.
 */
function stated(a: AnalysedSentence, i: number): boolean {
  return a.reportedFrom < 0 || i < a.reportedFrom;
}

/** How far after a predicate the act it weighs, seeks or names is read (`oppositeActsAfter`). */
const ACT_NOUN_REACH = 3;

/**
 * Whether the first content words after the draft's predicate at `i` and the claim's at `j` are opposite acts ("is not
 * considering an extension of GSOMIA" against "is considering abrogation of GSOMIA"): denying the one of the draft's
 * act says nothing of the claim's, which is another act.
 */
function oppositeActsAfter(draft: AnalysedSentence, i: number, claim: AnalysedSentence, j: number): boolean {
  const first = (a: AnalysedSentence, k: number) => {
    for (let m = k + 1; m < a.words.length && m <= k + ACT_NOUN_REACH && !breaksClause(a, m - 1, m); m++) if (a.content[m] === 1) return m;
    return -1;
  };
  const x = first(draft, i);
  const y = first(claim, j);
  return x >= 0 && y >= 0 && (oppositesOf(draft.stems[x])?.includes(claim.stems[y]) ?? false);
}

/** Whether the act at word `j` is told with an adverb of little degree right before it ("barely spoke"). */
function toldLittle(a: AnalysedSentence, j: number): boolean {
  return j > 0 && LITTLE_DEGREE_WORDS.has(a.words[j - 1].lower);
}

/** How far after a denied predicate, in its clause, a word telling how the act was done is read (`oppositeMannerAfter`). */
const MANNER_REACH = 6;

/**
 * Whether the draft's denied predicate at `i` is told with a word of manner whose opposite the claim tells of its own
 * predicate at `j`, each in its clause ("do not see their long-term security alike" against "see their long-term
 * security differently"): the denial falls on the manner, and turns it round to the passage's.
 */
function oppositeMannerAfter(draft: AnalysedSentence, i: number, claim: AnalysedSentence, j: number): boolean {
  const after = (a: AnalysedSentence, k: number) => {
    const found: number[] = [];
    for (let m = k + 1; m < a.words.length && m <= k + MANNER_REACH && sameClause(a, k, m); m++) if (a.content[m] === 1) found.push(m);
    return found;
  };
  const theirs = new Set(after(claim, j).map((m) => claim.stems[m]));
  return after(draft, i).some((m) => oppositesOf(draft.stems[m])?.some((o) => theirs.has(o)) ?? false);
}

/**
 * Whether the claim's act at word `j` is only attempted, after the "to" of a noun of effort ("efforts to end a …
 * episode of estrangement"): the passage does not tell how it turned out.
 */
function attemptedOnly(a: AnalysedSentence, j: number): boolean {
  return j >= 2 && a.words[j - 1].lower === 'to' && INTENT_STEMS.has(a.stems[j - 2]);
}

/**
 * Whether the draft's act at word `i` is told after an event its values name, all of them past an event preposition
 * after it in its clause ("Their estrangement deepened after the Hague meeting"): an outcome later than that event,
 * which a passage telling only what was attempted there does not contradict. (One telling the event itself did the
 * act, "the Hague meeting deepened their estrangement", is still compared.)
 */
function toldAfterEvent(draft: AnalysedSentence, i: number, pairs: readonly [Slot, Slot][]): boolean {
  let k = i + 1;
  while (k < draft.words.length && !breaksClause(draft, k - 1, k) && !EVENT_PREPOSITIONS.has(draft.words[k].lower)) k++;
  if (k >= draft.words.length || !EVENT_PREPOSITIONS.has(draft.words[k].lower)) return false;
  return pairs.length > 0 && pairs.every(([p]) => p.first > k);
}

/**
 * One of the two denies, on words both share, what the other states without any denial; or one uses a predicate
 * whose opposite the other uses ("agreed" / "refused"). Either way they disagree on whether it happened.
 */
export function opposedPolarity(draft: AnalysedSentence, claim: AnalysedSentence, pairs: readonly [Slot, Slot][]): Opposition | undefined {
  const draftDenied = deniedStems(draft);
  const claimDenied = deniedStems(claim);
  // The same object is not enough: the act must be the same party's ("Japanese leaders can and will challenge China,
  // but South Korean leaders see …" says nothing of whether South Korean leaders challenge it).
  const sameObject = (x: AnalysedSentence, i: number, y: AnalysedSentence, j: number, p: readonly [Slot, Slot][]) =>
    sameObjectOf(x, i, y, j, p) && sameSubject(x, i, y, j, p);
  const opposition = (i: number, j: number) => ({
    draftWords: [i, phraseEnd(draft, i)] as [number, number],
    sourceWords: [j, phraseEnd(claim, j)] as [number, number],
    sameActor: sameActor(draft, i, claim, j, pairs),
  });
  // Only what each states is compared: a report's allegation or a fear may deny or oppose anything.
  const draftCancelled = cancelledDenials(draft);
  const draftDenies = draft.negations.some(
    (n) => draft.quoted[n] === 0 && !contrastive(draft, n) && stated(draft, n) && !draftCancelled.has(n),
  );
  const claimCancelled = cancelledDenials(claim);
  const claimNegations = claim.negations.filter((n) => stated(claim, n) && !claimCancelled.has(n));
  const claimDenies = claimNegations.length > 0;
  if (draft.negations.some((n) => contrastive(draft, n))) return undefined;
  if (draftDenies) {
    for (const [s, { at: n, object, word }] of draftDenied) {
      if (choiceBothTell(draft, n, claim)) continue;
      // Advice against an act ("warned Tokyo against delisting South Korea") is no denial that it was done: it
      // differs only from a passage advising the act.
      if (advisedDenial(draft, n) && !advises(claim)) continue;
      const j = claim.stems.indexOf(s);
      // "hardly spoke" against "barely spoke": both tell the act, done a little.
      if (j >= 0 && LITTLE_DEGREE_WORDS.has(draft.words[n].lower) && toldLittle(claim, j)) continue;
      const objectOf = (k: number) => sameObject(draft, k, claim, j, pairs);
      if (
        j >= 0 &&
        !otherStateWord(draft, word, claim, j) &&
        !(toldAsEnded(draft, n) && !toldAsHolding(claim, j)) &&
        !oppositeActsAfter(draft, word, claim, j) &&
        !oppositeMannerAfter(draft, word, claim, j) &&
        stated(claim, j) &&
        !weighedOnly(claim, j) &&
        !delayedOnly(claim, j) &&
        !contested(claim, j) &&
        !askedFor(claim, j, draft, n, word) &&
        claimNegations.every((m) => contrastedAfter(claim, j, m) || (repeatTold(claim, m) && j > m + 3)) &&
        (objectOf(object) || (word > n && objectOf(word)))
      ) {
        // A denied subject is quoted with the act denied with it ("Neither leader, however, congratulated").
        const end = SUBJECT_DENIALS.has(draft.words[n].lower) && word > n ? word : denialEnd(draft, n);
        return { ...opposition(n, j), draftWords: [n, end], sourceWords: [j, statedPhraseEnd(claim, j)] };
      }
    }
  }
  // A draft that uses the passage's word of denial tells the passage's denial too ("… withdrew from GSOMIA in 2019; in
  // fact, the Blue House only threatened to terminate it", "accepted the money, while one-third refused it"): it sets
  // what it states against that denial, or tells both. Only that denial: a passage's other denial, in words the draft
  // does not use, is still set against what the draft states ("Seoul accepted the Japanese video …, yet Japan still
  // refused to consider limiting …" against "South Korea denied the veracity of Japanese video …; Japan refused …").
  const toldDenials = new Set(claimNegations.filter((m) => draft.stems.includes(claim.stems[m])));
  if (toldDenials.size < claimNegations.length) {
    // A denial of the draft's own in a later clause denies something else ("GSOMIA was terminated in 2019, leaving
    // Tokyo without Korean intelligence"); one before the act, or in its clause, may deny the act itself.
    // (A phrase of time opens another event: "terminated GSOMIA in 2019 after Japan refused to rescind …".)
    const draftDenials = draft.negations.filter((n) => draft.quoted[n] === 0 && stated(draft, n) && !draftCancelled.has(n));
    const timeBetween = (i: number, n: number) => draft.words.slice(i + 1, n).some((w) => EVENT_PREPOSITIONS.has(w.lower));
    const deniedInDraft = (i: number) => draftDenials.some((n) => n <= i || (sameClause(draft, i, n) && !timeBetween(i, n)));
    // The draft denies the act too where it denies it anywhere, save by a refusal of something else in a later clause
    // (its opposites, "accept" for "refuse", are denied only of what it refuses): "Seoul accepted the Japanese video …,
    // yet Japan still refused to consider limiting …" states the acceptance.
    const deniesToo = (told: Denial | undefined, i: number) =>
      told !== undefined && !(told.word === told.at && told.at > i && !sameClause(draft, i, told.at));
    for (const [s, { at: n, object, word }] of claimDenied) {
      if (toldDenials.has(n) || choiceBothTell(claim, n, draft)) continue;
      // The draft states the predicate the claim denies, of the same object: "agreed to third-party arbitration"
      // against "refusal to accept third-party arbitration".
      const i = draft.stems.indexOf(s);
      // A draft denying the act too tells both ("came near to withdrawing from GSOMIA but did not terminate it").
      if (
        i >= 0 &&
        !deniesToo(draftDenied.get(s), i) &&
        stated(draft, i) &&
        draft.content[i] === 1 &&
        (!draftDenies || draft.quoted[i] === 0) &&
        !willedOnly(draft, i) &&
        !weighedOnly(draft, i) &&
        !askedOf(draft, i) &&
        !keptFrom(draft, i) &&
        !contested(draft, i) &&
        !deniedInDraft(i) &&
        sameObject(draft, i, claim, object, pairs)
      ) {
        // "agreed to scale back" against "refused to consider limiting": the verb whose "to" the act follows is the
        // opposite of the passage's refusal, and carries the disagreement with the act. So is an attitude of
        // eagerness ("eager to take punitive steps" against "cautious about taking punitive steps").
        const verb = i - 2;
        const from =
          verb >= 0 &&
          draft.words[i - 1].lower === 'to' &&
          (EAGERNESS_STEMS.has(draft.stems[verb]) || oppositesOf(claim.stems[n])?.includes(draft.stems[verb]))
            ? verb
            : i;
        const to = phraseEnd(draft, i);
        // "mediating … was part of his job" against "not [his] job to mediate": the duty the passage denies, said of
        // the act in the draft, is where the two disagree; the warning covers the act and the duty both.
        const duty = dutyTold(draft, claimDenied, n, deniedInDraft);
        const warnedWords = duty === undefined && from === i ? changedBeside(draft, i, claim, n, word) : undefined;
        return {
          ...opposition(i, n),
          draftWords: [Math.min(from, duty ?? from), Math.max(to, duty ?? to)],
          sourceWords: [n, n],
          ...(warnedWords ? { warnedWords } : {}),
        };
      }
    }
  }
  if (!draftDenies) {
    // A denial of the claim's in another clause than its opposite predicate denies something else ("Though it has
    // received little coverage …, make no mistake: …").
    const deniedBeside = (j: number) => claimNegations.some((m) => (m < j ? sameClause(claim, m, j) : sameClause(claim, j, m)));
    for (const [i, opposites] of statedOpposites(draft)) {
      // Only where the claim uses an opposite (asked first: most passages use none, and whether the claim tells the
      // draft's act itself reads both sentences' subjects).
      if (!opposites.some((o) => claim.stems.includes(o)) || claimTellsAct(draft, i, claim, pairs)) continue;
      for (const opposite of opposites) {
        const j = claim.stems.indexOf(opposite);
        if (
          j >= 0 &&
          stated(claim, j) &&
          // Weighed on one side only, an act is not stated there; weighed on both, the two weigh opposite acts ("is
          // considering an extension of GSOMIA" against "is considering abrogation of GSOMIA").
          weighedOnly(claim, j) === weighedOnly(draft, i) &&
          !askedFor(claim, j, draft, i, i) &&
          !deniedBeside(j) &&
          !undoneSinceOnly(draft, i, claim, j) &&
          !(attemptedOnly(claim, j) && toldAfterEvent(draft, i, pairs)) &&
          broadObjectShared(draft, i, claim, j) &&
          !comparedWithOther(draft, i, pairs, 0) &&
          !judgedByAnother(draft, i, claim, j) &&
          !comparedWithOther(claim, j, pairs, 1) &&
          // A word of how often ("once", "repeated") is read by the act it counts alone (`sameActCounted`).
          (FREQUENCY_STEMS.has(draft.stems[i]) || FREQUENCY_STEMS.has(claim.stems[j])
            ? sameActCounted(draft, i, claim, j)
            : sameObject(draft, i, claim, j, pairs) || judgedAlike(draft, i, claim, j))
        ) {
          // "since lifted" is quoted whole: the passage tells a later undoing, which the draft's state outlives.
          const since = sinceAt(claim, j);
          const found = opposition(i, j);
          return since < 0 ? found : { ...found, sourceWords: [since, found.sourceWords[1]] };
        }
      }
    }
    // The same word, graded the other way round ("a more confrontational posture" against "a less confrontational
    // posture"): not set "than" anything in its clause, as the two may measure against different things; and only
    // of a party both name as the one who acts, as a grade is easily told of another ("conservatives want a more
    // confrontational posture").
    for (let i = 1; i < draft.words.length && stated(draft, i); i++) {
      const other = DEGREE_OPPOSITE.get(draft.words[i - 1].lower);
      if (other === undefined || draft.content[i] !== 1 || comparedAfter(draft, i)) continue;
      // A sentence grading the word both ways ("less like a reconciliation and more like a truce") tells both grades.
      const grades = (a: AnalysedSentence, grade: string) =>
        a.stems.some((st, k) => st === draft.stems[i] && a.words[k - 1]?.lower === grade);
      if (grades(draft, other) || grades(claim, draft.words[i - 1].lower)) continue;
      for (let j = 1; j < claim.words.length && stated(claim, j); j++) {
        if (claim.stems[j] !== draft.stems[i] || claim.words[j - 1].lower !== other || comparedAfter(claim, j)) continue;
        if (
          sameActor(draft, i, claim, j, pairs) &&
          weighedOnly(claim, j) === weighedOnly(draft, i) &&
          !askedFor(claim, j, draft, i, i) &&
          !deniedBeside(j) &&
          broadObjectShared(draft, i, claim, j) &&
          sameObject(draft, i, claim, j, pairs)
        )
          return { ...opposition(i, j), draftWords: [i - 1, phraseEnd(draft, i)], sourceWords: [j - 1, phraseEnd(claim, j)] };
      }
    }
  }
  // A state the draft tells as lasting ("its talks with Tokyo remain stalled") that the passage tells only as past,
  // ended by an opposite act it states ("inked … deals with both Seoul and Tokyo, talks that had been stalled …"). The
  // draft may tell that act of something else itself ("concluded a deal with Seoul, but …"): the passage's end is of
  // the state the draft says lasts.
  if (!draftDenies) {
    const ended = endedState(draft, claim, pairs, sameObject);
    // The warning covers the state ("stalled"): its word, not "remain", is what a passage backing the draft must tell.
    if (ended) return opposition(ended[0], ended[1]);
  }
  // One calls off the event the other tells as held ("scrapped their planned visit to Japan and Korea", "visited Japan
  // and Korea"). Only if neither denies anything else: the denials above have been weighed.
  if (!draftDenies && !claimDenies) {
    const called = calledOffEvent(draft);
    if (called && !calledOffEvent(claim)) {
      // The event held, told by a verb ("visited", "met") or a noun, not a participle qualifying another thing.
      for (let j = 0; j < claim.words.length; j++)
        if (
          claim.stems[j] === draft.stems[called.event] &&
          !participleBefore(claim, j) &&
          stated(claim, j) &&
          sameObject(draft, called.event, claim, j, pairs)
        )
          return { ...opposition(called.verb, j), draftWords: [called.verb, phraseEnd(draft, called.verb)] };
    }
    const cancelled = calledOffEvent(claim);
    if (cancelled && !called) {
      const i = draft.stems.indexOf(claim.stems[cancelled.event]);
      if (i >= 0 && stated(draft, i) && sameObject(draft, i, claim, cancelled.event, pairs))
        return { ...opposition(i, cancelled.verb), sourceWords: [cancelled.verb, cancelled.event] };
    }
  }
  return undefined;
}

/**
 * The draft's words a writer changed beside its word `i`, the act a passage's denial at `n` holds back from (its word
 * `j`), where the act word itself is the passage's too: the draft's own verb taking it after an attitude and its "to"
 * ("quick to impose punitive sanctions" against "cautious about taking punitive steps": "quick to impose"), or a word
 * qualifying it where the passage's near miss stands, with the act it qualifies ("Seoul's actual withdrawal" against
 * "Seoul's near withdrawal": "actual withdrawal"). Undefined where neither stands there: the act word is the warning's.
 */
function changedBeside(draft: AnalysedSentence, i: number, claim: AnalysedSentence, n: number, j: number): [number, number] | undefined {
  const own = (k: number) => k >= 0 && draft.content[k] === 1 && !inSlot(draft, k) && textBetween(draft, k, k + 1) === ' ';
  const attitude = (t: number) =>
    t >= 1 &&
    draft.words[t].lower === 'to' &&
    (EAGERNESS_STEMS.has(draft.stems[t - 1]) || (oppositesOf(claim.stems[n])?.includes(draft.stems[t - 1]) ?? false));
  if (own(i - 1) && attitude(i - 2)) return [i - 3, i - 1];
  if (j === n + 1 && nearMissWord(claim.words, claim.stems, n) && own(i - 1) && draft.stems[i - 1] !== claim.stems[n])
    return [i - 1, phraseEnd(draft, i)];
  return undefined;
}

/**
 * Whether the draft's word `i` judges the act a passage's judgement at `j` judges (`AnalysedSentence.judgedFrom`:
 * "… Pottinger … visited Japan and Korea last weekend. This is welcome but insufficient."): the draft's word ends its
 * clause, judging what the clause tells ("Pottinger's visit to Japan and Korea was sufficient", "consider this
 * behind-closed-doors effort sufficient"), and that clause shares a word with the act judged. Not a judgement of
 * something else the draft's sentence tells in another clause ("…, though Seoul's answer was sufficient").
 */
/** The stems of the words of a writer's judgement of a step (lexicon.ts `JUDGEMENT_WORDS`). */
const JUDGEMENT_STEMS = new Set([...JUDGEMENT_WORDS].map(stem));

/** The stems of the verbs giving a holder's words, view or judgement ("says", "argues", "calls … a …", "sees … as"). */
const HOLDING_STEMS = new Set([...SPEAKING_VERBS, ...VIEW_VERBS, ...FRAME_JUDGING_VERBS, ...JUDGING_VERBS].map(stem));

/**
 * Whether word `i` stands after a verb of saying or judging whose subject, right before it, is a country, a body or a
 * crowd of unnamed people ("Beijing calls the trip a misguided effort", "Critics consider it …"): their judgement.
 */
function heldByParty(a: AnalysedSentence, i: number): boolean {
  for (let k = 1; k < i; k++) {
    if (!HOLDING_STEMS.has(a.stems[k]) || a.quoted[k] !== 0) continue;
    if (UNNAMED_SPEAKERS.has(a.words[k - 1].lower)) return true;
    const subject = a.slots.find((s) => s.kind === 'entity' && s.last === k - 1);
    if (subject && (subject.entity!.type === 'place' || subject.entity!.type === 'organisation') && !subject.entity!.adjective) return true;
  }
  return false;
}

/**
 * Whether the draft gives its judgement of a step (`JUDGEMENT_WORDS`: "a misguided effort") as a party's where the
 * passage judges in its writer's own voice ("a welcome effort"): two holders, who may judge apart.
 */
function judgedByAnother(draft: AnalysedSentence, i: number, claim: AnalysedSentence, j: number): boolean {
  return (JUDGEMENT_STEMS.has(draft.stems[i]) || JUDGEMENT_STEMS.has(claim.stems[j])) && heldByParty(draft, i) && !heldByParty(claim, j);
}

function judgedAlike(draft: AnalysedSentence, i: number, claim: AnalysedSentence, j: number): boolean {
  const from = claim.judgedFrom;
  if (from === undefined || j < from) return false;
  let end = i + 1;
  while (end < draft.words.length && !breaksClause(draft, end - 1, end) && draft.content[end] !== 1) end++;
  if (end < draft.words.length && !breaksClause(draft, end - 1, end)) return false;
  const act = new Set<string>();
  for (let k = 0; k < from; k++) if (claim.content[k] === 1) act.add(claim.stems[k]);
  // Back to a mark or a word opening another clause; "and" may join the judgements ("welcome and sufficient"), "that"
  // point back ("judge that trip sufficient").
  for (let k = i - 1; k >= 0; k--) {
    if (PUNCTUATION_BETWEEN.test(textBetween(draft, k, k + 1))) return false;
    const w = draft.words[k].lower;
    if (CLAUSE_OPENERS.has(w) && w !== 'and' && w !== 'that') return false;
    if (draft.content[k] === 1 && act.has(draft.stems[k])) return true;
  }
  return false;
}

/** Most words between a word of how often and the act it counts ("met only once", "repeated meetings"). */
const FREQUENCY_REACH = 2;

const ONCE = stem('once');

/** The stems of words telling how often an act was done (lexicon.ts `FREQUENCY_WORDS`). */
const FREQUENCY_STEMS: ReadonlySet<string> = new Set([...FREQUENCY_WORDS].map(stem));

/**
 * Whether two opposite words tell how often one act both sentences tell was done ("the two foreign ministers met only
 * once" against "repeated meetings between the two foreign ministers"): one is a word of how often
 * (`FREQUENCY_WORDS`), and each stands within a few words of the act's word, in its clause, with no other word of
 * content between. The act's doer is weighed apart (`sameSubject`).
 */
function sameActCounted(draft: AnalysedSentence, i: number, claim: AnalysedSentence, j: number): boolean {
  // "once" counts the act before it ("met only once"); before its verb it tells a time ("had once met", "once the
  // row broke out").
  const acts = (a: AnalysedSentence, k: number) => {
    const found: string[] = [];
    for (const step of a.stems[k] === ONCE ? [-1] : [-1, 1]) {
      for (let m = k + step, n = 0; m >= 0 && m < a.words.length && n <= FREQUENCY_REACH; m += step, n++) {
        if (PUNCTUATION_BETWEEN.test(textBetween(a, Math.min(m, m - step), Math.max(m, m - step)))) break;
        if (a.content[m] !== 1) continue;
        if (!inSlot(a, m)) found.push(a.stems[m]);
        break;
      }
    }
    return found;
  };
  const mine = acts(draft, i);
  return mine.length > 0 && acts(claim, j).some((s) => mine.includes(s));
}

/** Whether a "than" follows word `k` in its clause ("a more confrontational posture than Japan's"). */
function comparedAfter(a: AnalysedSentence, k: number): boolean {
  for (let m = k + 1; m < a.words.length && !breaksClause(a, m - 1, m); m++) if (a.words[m].lower === 'than') return true;
  return false;
}

/**
 * Whether word `k` is a comparative set against a value the other sentence tells ("looked brighter than at the close
 * of the Trump administration" against "by the close of the Trump administration, prospects … appeared as bleak as
 * ever"): a change since the other's time, told against it, agrees with it. `side` is the sentence's place in `pairs`.
 */
function comparedWithOther(a: AnalysedSentence, k: number, pairs: readonly [Slot, Slot][], side: 0 | 1): boolean {
  if (a.words[k + 1]?.lower !== 'than') return false;
  for (let m = k + 2; m < a.words.length && !breaksClause(a, m - 1, m); m++)
    if (pairs.some((pair) => pair[side].first <= m && m <= pair[side].last)) return true;
  return false;
}

/**
 * Where the "since" stands of word `k` telling an act done since, undoing a state that held before ("restrictions,
 * since lifted", "have since been lifted", "has since ended"): right before it, past "been"; or -1. Not "since taking
 * office", a time.
 */
function sinceAt(a: AnalysedSentence, k: number): number {
  if (a.words[k].lower.endsWith('ing')) return -1;
  const before = a.words[k - 1]?.lower === 'been' ? k - 2 : k - 1;
  return a.words[before]?.lower === 'since' ? before : -1;
}

/** How many words before a predicate "still" or a verb of keeping may stand and tell it persists ("are still imposed"). */
const PERSISTING_REACH = 3;

/** Whether word `k` tells that a state still holds (lexicon.ts `PERSISTING_WORDS`): it, or a word just before it. */
function persists(a: AnalysedSentence, k: number): boolean {
  for (let m = Math.max(0, k - PERSISTING_REACH); m <= k; m++) if (PERSISTING_STEMS.has(a.stems[m])) return true;
  return false;
}

/**
 * Whether the denial at word `n` denies only that an act was the first of its kind ("This is not the first time Japan
 * has used economic means …"): the act is stated, as done before and again; a draft denying it ever was ("had never
 * before used …") is contradicted, on a word past the occasion. The denial still stands against "It was the first time …".
 */
function repeatTold(a: AnalysedSentence, n: number): boolean {
  const w = (k: number) => a.words[k]?.lower ?? '';
  return w(n) === 'not' && w(n + 1) === 'the' && w(n + 2) === 'first' && REPEATED_OCCASION_NOUNS.has(w(n + 3));
}

/**
 * The draft's state told as lasting and the claim's act ending it (`opposedPolarity`), or undefined: the claim tells
 * the state of the same thing in the past perfect alone ("had been stalled") and states an opposite of it (`OPPOSITE_WORDS`)
 * undenied.
 */
function endedState(
  draft: AnalysedSentence,
  claim: AnalysedSentence,
  pairs: readonly [Slot, Slot][],
  sameObject: (x: AnalysedSentence, i: number, y: AnalysedSentence, j: number, p: readonly [Slot, Slot][]) => boolean,
): [number, number] | undefined {
  for (let i = 1; i < draft.words.length && stated(draft, i); i++) {
    // A lasting state is rare: asked first, before the word's opposites are gathered (this runs for every passage
    // lined up with every draft sentence).
    if (draft.content[i] !== 1 || !lastingAt(draft, i)) continue;
    const opposites = [...(oppositesOf(draft.stems[i]) ?? []), ...(ENDING_STEMS.get(draft.stems[i]) ?? [])];
    if (opposites.length === 0) continue;
    const told = claim.stems.flatMap((s, k) => (s === draft.stems[i] ? [k] : []));
    if (told.length === 0 || !told.every((k) => pastPerfectAt(claim, k) && stated(claim, k))) continue;
    if (!sameObject(draft, i, claim, told[0], pairs) && !sameStateHolder(draft, i, claim, told[0])) continue;
    for (const opposite of opposites) {
      const j = claim.stems.indexOf(opposite);
      if (
        j >= 0 &&
        claim.content[j] === 1 &&
        stated(claim, j) &&
        !claim.negations.some((n) => sameClause(claim, n, j)) &&
        !weighedOnly(claim, j)
      )
        return [i, j];
    }
  }
  return undefined;
}

/** Each state's stem to the stems of the acts that end it (lexicon.ts `STATE_ENDINGS`). */
const ENDING_STEMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [state, act] of STATE_ENDINGS) map.set(stem(state), [...(map.get(stem(state)) ?? []), stem(act)]);
  return map;
})();

/** How many words before a state its holder is looked for ("talks with Tokyo remain stalled", "talks that had been stalled"). */
const HOLDER_REACH = 5;

/**
 * Whether the draft's state at `i` and the claim's at `k` hold of the same thing: a common noun (no value) both name
 * within a few words before the state, in its clause.
 */
function sameStateHolder(draft: AnalysedSentence, i: number, claim: AnalysedSentence, k: number): boolean {
  const holders = (a: AnalysedSentence, at: number) => {
    const out = new Set<string>();
    for (let m = at - 1; m >= 0 && m >= at - HOLDER_REACH && !breaksClause(a, m, m + 1); m--)
      if (a.content[m] === 1 && !LASTING_WORDS.has(a.words[m].lower) && !inSlot(a, m)) out.add(a.stems[m]);
    return out;
  };
  const mine = holders(draft, i);
  return [...holders(claim, k)].some((s) => mine.has(s));
}

/** Whether the state at word `i` is told as lasting now: after "remain(s)", or after a "still" no past "be" opens. */
function lastingAt(a: AnalysedSentence, i: number): boolean {
  const before = a.words[i - 1].lower;
  return LASTING_WORDS.has(before) && !(before === 'still' && PAST_BE_WORDS.has(a.words[i - 2]?.lower ?? ''));
}

/** Whether the state at word `k` is told in the past perfect ("had been stalled", "had stalled"). */
function pastPerfectAt(a: AnalysedSentence, k: number): boolean {
  const before = a.words[k - 1]?.lower;
  return before === 'had' || (before === 'been' && a.words[k - 2]?.lower === 'had');
}

/**
 * Whether the claim uses the draft's predicate at word `i` itself, of the draft's party or of one it does not tell
 * apart: then it tells both, or its opposite of something else. Not where another party does it there ("the Chinese
 * backing the coup while the United States condemns it" against "Beijing has condemned the coup"), unless the draft
 * tells that party in the act's own clause ("Like Washington, Beijing has condemned …" tells Washington's act too).
 */
function claimTellsAct(draft: AnalysedSentence, i: number, claim: AnalysedSentence, pairs: readonly [Slot, Slot][]): boolean {
  if (!claim.contentStems.has(draft.stems[i])) return false;
  const mine = subjectBefore(draft, i);
  // A contrasting conjunction between opens a clause of another party's act ("Beijing condemned the takeover while
  // Washington moved to sanction …"): that party is not this act's.
  const inClause = (slot: Slot) => {
    const [from, to] = slot.last < i ? [slot.last, i] : [i, slot.first];
    for (let k = from; k < to; k++) if (breaksClause(draft, k, k + 1) || CONTRAST_CONJUNCTIONS.has(draft.words[k + 1].lower)) return false;
    return true;
  };
  for (let k = 0; k < claim.words.length; k++) {
    if (claim.stems[k] !== draft.stems[i]) continue;
    const theirs = subjectBefore(claim, k);
    if (!mine || !theirs || compareParties(mine, theirs) !== 'differ') return true;
    if (pairs.some(([d, c]) => c === theirs && d.first >= 0 && inClause(d))) return true;
  }
  return false;
}

/**
 * Whether one of two opposite predicates is an undoing done since and the other no claim that the state still holds:
 * "the restrictions imposed in 2020" and "restrictions, since lifted" are both true, one after the other; only "the
 * restrictions remain in place" contradicts the lifting.
 */
function undoneSinceOnly(draft: AnalysedSentence, i: number, claim: AnalysedSentence, j: number): boolean {
  return (sinceAt(claim, j) >= 0 && !persists(draft, i)) || (sinceAt(draft, i) >= 0 && !persists(claim, j));
}

/**
 * The content words a sentence states (before any report it gives) that have opposites (`oppositesOf`), each with
 * the opposites the sentence does not use itself: a sentence telling both ("restrictions imposed …, since lifted") is
 * not contradicted by a passage telling one. Read once per reading: a draft sentence is lined up with several
 * passages, and looking up every word's opposites at each was nearly half of `opposedPolarity`.
 */
function statedOpposites(a: AnalysedSentence): readonly [number, readonly string[]][] {
  const known = STATED_OPPOSITES.get(a);
  if (known) return known;
  const found: [number, readonly string[]][] = [];
  for (let i = 0; i < a.words.length && stated(a, i); i++) {
    const opposites = oppositesOf(a.stems[i]);
    // A word of how often may be a function word too ("once", "once Biden had stepped in"): read by its act alone.
    if (opposites === undefined || (a.content[i] === 0 && !FREQUENCY_STEMS.has(a.stems[i]))) continue;
    found.push([i, opposites.filter((o) => !a.stems.includes(o))]);
  }
  STATED_OPPOSITES.set(a, found);
  return found;
}

const STATED_OPPOSITES = new ReadingMap<readonly [number, readonly string[]][]>();

/**
 * Whether word `k` is a participle in "-ed" qualifying the rest of its phrase, after a determiner and any adverbs
 * ("the painfully negotiated comfort women agreement"), not a verb taking an object ("visited Japan").
 */
function participleBefore(a: AnalysedSentence, k: number): boolean {
  if (!a.words[k].lower.endsWith('ed') || k + 1 >= a.words.length || !objectWord(a, k + 1)) return false;
  let m = k - 1;
  while (m >= 0 && a.words[m].lower.endsWith('ly')) m--;
  return m >= 0 && DETERMINERS.has(a.words[m].lower);
}

/**
 * Whether word `k` names an event as a noun heading its phrase: not a participle qualifying another ("the painfully
 * negotiated … agreement"), nor a word followed by more of its phrase.
 */
function eventNoun(a: AnalysedSentence, k: number): boolean {
  if (/(ed|ing)$/.test(a.words[k].lower)) return false;
  return !(k + 1 < a.words.length && objectWord(a, k + 1) && !/[,;:]/.test(textBetween(a, k, k + 1)));
}

/** The stems of the verbs of calling an event off (lexicon.ts `CANCELLING_VERBS`). */
const CANCELLING_STEMS = new Set(CANCELLING_VERBS.map(stem));

/** The stems of the events that can be called off (lexicon.ts `CANCELLABLE_EVENTS`). */
const CANCELLABLE_STEMS = new Set(CANCELLABLE_EVENTS.map(stem));

/**
 * The event a sentence states called off: a verb of calling off with an event as its object, within three words past
 * its determiners and adjectives ("scrapped their planned visit", "called off the summit"); the verb and the event.
 */
function calledOffEvent(a: AnalysedSentence): { verb: number; event: number } | undefined {
  let found = CALLED_OFF.get(a);
  if (found === undefined) CALLED_OFF.set(a, (found = readCalledOffEvent(a) ?? null));
  return found ?? undefined;
}

/** Each reading's `calledOffEvent` (null: none), read once: a passage is lined up with many sentences. */
const CALLED_OFF = new ReadingMap<{ verb: number; event: number } | null>();

/** `calledOffEvent`, read. */
function readCalledOffEvent(a: AnalysedSentence): { verb: number; event: number } | undefined {
  for (let v = 0; v < a.words.length; v++) {
    if (!CANCELLING_STEMS.has(a.stems[v]) || a.content[v] !== 1 || !stated(a, v)) continue;
    const from = phraseEnd(a, v) + 1;
    for (let k = from; k < Math.min(a.words.length, from + 4) && !breaksClause(a, k - 1, k); k++)
      if (CANCELLABLE_STEMS.has(a.stems[k]) && eventNoun(a, k)) return { verb: v, event: k };
  }
  return undefined;
}
