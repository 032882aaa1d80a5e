import { checkTextFrom } from './checker';
import type { PreparedFact } from './prepared';
import { previousSentence } from './pronouns';
import { compilePhrase, type Phrase, type PhraseHit } from './tokens';
import { overlaps, type SentenceView } from './view';

/**
 * A one-click fix writes into the writer's sentence without the writer reading it first, so it must leave a sentence
 * that is English and that the sources back. A replacement is offered only when
 *  - it takes the grammatical form of the words it replaces (a possessive stays one, a sentence's first word keeps its
 *    capital, a name does not stand in for an adjective, a verb phrase only replaces a verb);
 *  - it does not name what the rest of its clause already names (replacing the actor by the sourced one must not put
 *    the same party on both sides: "X imposed controls on X"), nor leave another wrong value in it;
 *  - the corrected sentence, checked again with the same checker, no longer contradicts the fact and contradicts no
 *    other fact it did not already contradict.
 * Otherwise the warning stands without a fix: the writer rewrites the sentence, which a fix cannot do safely.
 */

/** `replacement` as it must be written at [start, end) of the sentence, or undefined when no fix is safe there. */
export function safeReplacement(
  fact: PreparedFact,
  view: SentenceView,
  start: number,
  end: number,
  replacement: string,
): string | undefined {
  // The check of a corrected sentence builds findings too; their fixes are never offered, so are not vetted.
  if (checkingACorrection) return replacement;
  const fitted = fittedForm(view, start, end, replacement);
  if (fitted === undefined) return undefined;
  if (
    isNumeric(fact)
      ? fact.fact.kind === 'date' && datesAnotherThing(fact, view, start, end)
      : !sameWordClass(fact, view, start, end, fitted) || clauseNamesAgain(fact, view, start, end, fitted)
  )
    return undefined;
  return stillContradicted(fact, view, start, end, fitted) ? undefined : fitted;
}

/** Set while a corrected sentence is being checked. */
let checkingACorrection = false;

/** Dates and numbers: their replacement is the sourced value in the draft's own form, derived, not a phrase. */
function isNumeric(fact: PreparedFact): boolean {
  return ['date', 'count', 'percentage', 'fraction'].includes(fact.fact.kind);
}

/**
 * "the 1965 treaty": a date written as a modifier, between a determiner and a noun, belongs to that noun.
 * When the noun is none of the fact's own words (its subject, predicate or context), the value is another thing's, and
 * writing the fact's date in would describe that thing wrongly ("the 2019 treaty").
 */
function datesAnotherThing(fact: PreparedFact, view: SentenceView, start: number, end: number): boolean {
  const first = view.words.findIndex((w) => w.start === start);
  let last = first;
  while (last + 1 < view.words.length && view.words[last + 1].end <= end) last++;
  const before = view.words[first - 1];
  const noun = view.words[last + 1];
  if (
    !before ||
    !noun ||
    !DETERMINERS.has(before.lower) ||
    !/^\p{Ll}/u.test(noun.text) ||
    NOT_A_NOUN.has(noun.lower) ||
    PAST_TENSE.test(noun.lower)
  )
    return false;
  if (!/^\s+$/.test(view.text.slice(view.words[last].end, noun.start))) return false;
  const ownWords = new Set([...fact.subjects, ...fact.triggers, ...fact.context.flat()].flatMap((p) => p.words));
  return !ownWords.has(noun.lower);
}

/** Words that can follow a date without being a noun it describes ("the 1990s had", "the spring of 2019"). */
const NOT_A_NOUN = new Set([
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'after',
  'before',
  'during',
  'until',
  'and',
  'or',
  'but',
  'when',
  'while',
  'as',
  'that',
  'which',
  'who',
  'he',
  'she',
  'it',
  'they',
  'we',
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'did',
  'saw',
  'brought',
]);

/** A past tense after the date makes the date the subject of a verb ("the 1990s exposed …"), not a modifier. */
const PAST_TENSE = /ed$/;

/** A possessive ending, straight or curly apostrophe. */
const POSSESSIVE = /['’]s$/;
/** Articles and determiners that cannot stand twice ("the the Blue House", "its the Blue House"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 's']);

/**
 * The replacement in the form of the words it replaces: "Tokyo's decision" becomes "Seoul's decision", not "Seoul
 * decision"; a lower-case replacement opening the sentence gets its capital. Undefined when the forms cannot agree:
 * a possessive in place of a plain name ("the South Korean NSS" is not "the Japan's NSS"), or an article after one.
 */
function fittedForm(view: SentenceView, start: number, end: number, replacement: string): string | undefined {
  const claimed = view.text.slice(start, end);
  let fitted = replacement;
  const claimedPossessive = POSSESSIVE.exec(claimed);
  if (claimedPossessive && !POSSESSIVE.test(fitted)) fitted += claimedPossessive[0];
  else if (!claimedPossessive && POSSESSIVE.test(fitted)) return undefined;
  const at = view.words.findIndex((w) => w.start === start);
  if (at < 0) return undefined;
  const firstWord = /^[\p{L}\p{N}]+/u.exec(fitted)?.[0].toLowerCase() ?? '';
  if (at > 0 && DETERMINERS.has(view.words[at - 1].lower) && DETERMINERS.has(firstWord)) return undefined;
  if (at === 0 && /^\p{Ll}/u.test(fitted)) fitted = fitted[0].toUpperCase() + fitted.slice(1);
  return fitted;
}

/**
 * Endings of nationality adjectives ("Japanese", "South Korean", "American", "Russian"): such a word describes a
 * noun ("Japanese officials"), so a country's name cannot take its place, nor the other way round.
 */
const NATIONALITY_ADJECTIVE = /(?:ese|ean|ian|ican)$/;
/** Words after which a verb is not finite: auxiliaries of the passive and of the future, modals and the infinitive. */
const NOT_BEFORE_A_FINITE_VERB = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'got',
  'get',
  'gets',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'did',
  'does',
  'do',
  'to',
]);
/** Endings that make a word a noun or a participle ("termination", "withdrawal", "scrapping", "abandonment"). */
const NOT_A_FINITE_VERB = /(?:tion|sion|al|ment|ing)$/;

/**
 * Whether the replacement can stand where the claimed words stand. A status fact's replacement is a verb phrase
 * ("threatened to terminate"): it can replace only a finite verb ("Seoul terminated GSOMIA"), not a passive
 * participle ("GSOMIA was terminated"), a noun ("Seoul's withdrawal from GSOMIA") or a verb after a modal. Names
 * and nationality adjectives do not replace each other.
 */
function sameWordClass(fact: PreparedFact, view: SentenceView, start: number, end: number, fitted: string): boolean {
  const at = view.words.findIndex((w) => w.start === start);
  const claimedWords = view.words.filter((w) => w.start >= start && w.end <= end);
  const lastClaimed = claimedWords[claimedWords.length - 1].lower;
  const lastFitted =
    fitted
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.pop() ?? '';
  if (NATIONALITY_ADJECTIVE.test(lastClaimed) !== NATIONALITY_ADJECTIVE.test(lastFitted)) return false;
  if (fact.fact.kind !== 'status') return true;
  const before = view.words[at - 1]?.lower ?? '';
  if (NOT_BEFORE_A_FINITE_VERB.has(before) || DETERMINERS.has(before)) return false;
  if (NOT_A_FINITE_VERB.test(claimedWords[0].lower)) return false;
  // "the termination of GSOMIA": a noun the "of" after it gives away, whatever its ending.
  return view.words[at + claimedWords.length]?.lower !== 'of';
}

/**
 * Whether the clause, outside the claimed words, already names the sourced value or (for a status) holds another
 * wording the sources contradict. "South Korea imposed export controls on Japan" cannot become "Japan imposed
 * export controls on Japan" (the same party on both sides), and "Seoul scrapped and terminated GSOMIA" is not put
 * right by mending one verb.
 * The sourced value counts as named by the replacement's own words and by every wording the fact accepts for it
 * ("Tokyo" for Japan). Words of the fact's own predicate ("professor at") and of a hyphenated compound ("the
 * Japan-South Korea GSOMIA", which names a pair, not a party) do not count.
 */
function clauseNamesAgain(fact: PreparedFact, view: SentenceView, start: number, end: number, fitted: string): boolean {
  const claimedAt = view.words.findIndex((w) => w.start === start);
  const clause = view.shape.clause[claimedAt];
  const predicates = view.allTriggers.filter((t) => t.fact === fact).map((t) => t.hit);
  const counts = (h: PhraseHit) =>
    (view.words[h.last].end <= start || view.words[h.first].start >= end) &&
    view.shape.clause[h.first] === clause &&
    !view.shape.quoted[h.first] &&
    !HYPHEN.test(view.text[view.words[h.first].start - 1] ?? '') &&
    !HYPHEN.test(view.text[view.words[h.last].end] ?? '');
  const names: Phrase[] = [compilePhrase(fitted.replace(POSSESSIVE, '')), ...fact.accepted];
  if (names.some((p) => p.words.length > 0 && view.find(p).some((h) => counts(h) && !predicates.some((t) => overlaps(t, h))))) return true;
  // A status's every wrong wording is a claim about the subject (and a predicate of the fact); other kinds' wrong
  // values may be other parties the clause rightly names ("Obama organized a meeting with Abe and Park").
  return fact.fact.kind === 'status' && fact.conflicting.some((p) => view.find(p).some(counts));
}

/** Hyphens and dashes that join names into a compound ("Japan-South Korea", "U.S.–Japan"). */
const HYPHEN = /[-\u2010\u2011\u2013]/;

/**
 * Checks the corrected sentence as the checker would check the draft after the fix: it must no longer contradict
 * this fact, and must contradict no fact it did not contradict before. The sentence before it goes along, since a
 * pronoun may take its person from there.
 */
function stillContradicted(fact: PreparedFact, view: SentenceView, start: number, end: number, fitted: string): boolean {
  const from = previousSentence(view.text, view.range)?.start ?? view.range.start;
  const to = view.range.end;
  const sentenceAt = view.range.start - from;
  const conflictsIn = (text: string) => {
    checkingACorrection = true;
    try {
      return checkTextFrom(view.kb, text, sentenceAt).filter((f) => f.code === 'claim-conflict' && f.start >= sentenceAt);
    } finally {
      checkingACorrection = false;
    }
  };
  const after = conflictsIn(view.text.slice(from, start) + fitted + view.text.slice(end, to));
  if (after.length === 0) return false;
  if (after.some((f) => f.factId === fact.fact.id)) return true;
  const before = conflictsIn(view.text.slice(from, to));
  return after.some((f) => !before.some((b) => b.factId === f.factId && b.claimed === f.claimed));
}
