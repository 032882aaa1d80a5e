/**
 * The event an order phrase names by pointing back at the sentence before ("Kawamura's meeting in Seoul came after that
 * result.", "A month after that trip, the Blue House named …", "Before the summit, he announced …", "After that, …"):
 * the words after the order word name no event of their own, so the event is the one the sentence before told. A
 * writer points so at the event just told: by a noun that sentence tells it with (its stem in that clause: "that ruling"
 * after "… ruled …, and Tokyo retaliated …", "that trip" after "traveled to Tokyo"), or by one summing up any event
 * ("that result", "this move") or a pronoun, where each of its clauses may be meant (the caller asks that all agree).
 */
import { clauseBounds, clauseOf } from './candidates';
import { DEMONSTRATIVE_DETERMINERS, OUTCOME_NOUNS, REFERRING_EVENT_PRONOUNS, SUMMING_NOUNS, TIME_NOUNS } from './lexicon';
import { EVENT_NOUNS } from './references';
import type { AnalysedSentence } from './sentenceAnalysis';

/** Most words a phrase pointing back may take: a determiner, a word qualifying the noun, the noun ("that controversial ruling"). */
const MAX_REFERRING_WORDS = 3;

/**
 * The noun of words from..to-1 of `draft` when they only point back at an event: a demonstrative and a noun ("that
 * result", "those remarks"), "the" and a noun of an event ("the summit": `EVENT_NOUNS`, as references.ts reads it),
 * or a pronoun alone ("it", "that": -1 for no noun). Undefined for words naming anything of their own (a name, a date,
 * a time: "that year" counts time, it tells no event).
 */
export function referringNoun(draft: AnalysedSentence, from: number, to: number): number | undefined {
  const { words } = draft;
  if (to <= from || to - from > MAX_REFERRING_WORDS) return undefined;
  // Values the paragraph's references set at these words ("that meeting" standing for the things it was told with) are
  // not the draft's own.
  if (draft.slots.some((s) => !s.referent && s.last >= from && s.first < to)) return undefined;
  if (to - from === 1) return REFERRING_EVENT_PRONOUNS.has(words[from].lower) ? -1 : undefined;
  const determiner = words[from].lower;
  const noun = to - 1;
  const lower = words[noun].lower;
  if (draft.content[noun] !== 1 || TIME_NOUNS.has(lower) || draft.quoted[noun] === 1) return undefined;
  for (let i = from + 1; i < noun; i++) if (draft.content[i] !== 1) return undefined;
  if (DEMONSTRATIVE_DETERMINERS.has(determiner)) return noun;
  return determiner === 'the' && EVENT_NOUNS.has(lower) ? noun : undefined;
}

/**
 * The clauses of the sentence `before` that the words from..to-1 of `draft` may stand for, where they only point back
 * (`referringNoun`): the clause telling the event by the noun's stem where one alone does, else the whole sentence and
 * each of its clauses. Undefined where the words name an event of their own.
 */
export function referredClauses(
  draft: AnalysedSentence,
  [from, to]: readonly [number, number],
  before: AnalysedSentence,
): AnalysedSentence[] | undefined {
  const noun = referringNoun(draft, from, to);
  if (noun === undefined || before.words.length === 0) return undefined;
  const clauses = clausesOf(before);
  if (noun >= 0) {
    const named = clauses.filter((c) => c.contentStems.has(draft.stems[noun]));
    if (named.length > 0) return named;
    // A noun of its own kind the sentence before does not tell ("that walkout" after "That deal had been negotiated
    // …") points further back: only a noun summing up any event ("that result", "this move") stands for it.
    const lower = draft.words[noun].lower;
    if (!SUMMING_NOUNS.has(lower) && !OUTCOME_NOUNS.has(lower)) return undefined;
  }
  return toldEvents(before, clauses);
}

/**
 * What a count of time told with no event after it counts from ("Two weeks later, Park flew …", "… a decade later"):
 * the event the sentence before told, the whole sentence or each of its clauses (the caller asks that all agree).
 */
export function toldEvents(before: AnalysedSentence, clauses = clausesOf(before)): AnalysedSentence[] {
  return clauses.length === 1 ? clauses : [before, ...clauses];
}

/** Each clause of a sentence (`breaksClause`) read as a sentence of its own. */
function clausesOf(a: AnalysedSentence): AnalysedSentence[] {
  const bounds = clauseBounds(a);
  const clauses: AnalysedSentence[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) clauses.push(clauseOf(a, bounds[k], bounds[k + 1]));
  return clauses;
}
