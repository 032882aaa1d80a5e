/**
 * Checking drafts against the claims read from the sources themselves (sourceClaims.ts), with no hand-written fact:
 * each draft sentence is read like a source passage, the passages sharing its rarest words are lined up with it
 * (alignment.ts), and a conflict is raised only when one passage speaks of the same thing, differs on exactly one
 * value of one kind (or denies what the draft states), and no passage backs the draft's value.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Passage } from '../../knowledge/types';
import { datedAfterWriting, dateText } from '../dates';
import { readAsProse } from '../markdown';
import {
  APPOSITION_WORDS,
  APPROXIMATION_WORDS,
  ATTRIBUTE_CLASS,
  CLAUSE_OPENERS,
  CONDITION_WORDS,
  CONJOINING_CONJUNCTIONS,
  CONTRASTING_ATTRIBUTES,
  COUNTED_NAME_NOUNS,
  FINAL_WORDS,
  FUNCTION_WORDS,
  HEDGE_WORDS,
  LEADER_HEAD,
  LENGTH_OPENERS,
  LOCATIVE_PREPOSITIONS,
  LIKELIHOOD_WORDS,
  RECOMMENDATION_WORDS,
  RELATIVE_WORDS,
  DECLARATION_NOUNS,
  DENIAL_AUXILIARIES,
  ORDER_GOVERNORS,
  DAYS_IN_UNIT,
  ORDER_WORDS,
  COUNTED_ORDER_WORDS,
  ORDINAL_PLACES,
  OWN_CLAUSE_CONJUNCTIONS,
  PARTY_PRONOUNS,
  PASSIVE_AUXILIARIES,
  PERFECT_AUXILIARIES,
  PARTICIPLE_ADVERBS,
  RANK_SUPERLATIVES,
  REMAINING_WORDS,
  TERM_NOUNS,
  YEAR_SPANS,
  SPEAKING_VERBS,
  SERVING_SUBORDINATORS,
  AFTER_AROUND_NOUNS,
  BEFORE_AROUND_NOUNS,
  THEN_WORDS,
  TIME_UNITS,
  TITLE_AUXILIARIES,
  TITLE_SERVING,
  JUDGED_AS_REACH,
  DEMONSTRATIVE_DETERMINERS,
  STATE_CAUSING_VERBS,
} from './lexicon';
import { JUDGING_STEMS, LIGHT_STEMS, MANDATIVE_STEMS, PROPOSING_STEMS, REFUSAL_STEMS, oppositesOf, stem } from './stem';
import { sentenceOrSkip } from '../sentences';
import type { Located } from '../incremental';
import type { ClaimFinding } from '../types';
import { namesLevel, otherLevel } from './alignment/levels';
import { align, alignmentBound, anchorsBound, pairable, SLOT_WEIGHT, yearsBetween, type Alignment } from './alignment';
import { afterAside, breaksClause, clauseAround, clausesApart, pastDashAside, PUNCTUATION_BETWEEN, sameClause } from './alignment/clauses';
import { capacityHolder, heldThen, lowerRankHeldLater, onceHeld, otherRankHeldThen } from './alignment/offices';
import { advises, statesActOf } from './alignment/polarity';
import { affiliatedPeople, bodyKinds } from './affiliations';
import { singledOutActUntold } from './alignment/focus';
import { spelledOut } from './alignment/namedThings';
import { isScene, sharesNeighbourhood } from './alignment/neighbourhood';
import { answeredInKind, orderedEvents, orderEventSpans, toldOnlyAsOrderedBy } from './alignment/order';
import { opposedStops } from './alignment/routes';
import { anotherGathering, sameGatheringElsewhere } from './alignment/venues';
import { holdsOfficeAsInDraft, ownsAsInDraft, qualifiedOtherwise } from './alignment/owners';
import {
  doesAsInDraft,
  journeys,
  journeyToSceneOf,
  eachNamesAnotherPerson,
  eachTellsAnotherPersonsAct,
  isAsInDraft,
  namesGovernment,
  partnerAsInDraft,
  personLike,
  qualifiesNonGovernment,
  subjectOfAct,
  tellsActOf,
} from './alignment/parties';
import { speakerSwap, tellsAsInDraft } from './alignment/tellers';
import { compareDates, compareSlots, otherRank } from './alignment/values';
import { calendarDays, dayRange, numberInWords, SEASON_WORDS } from '../values';
import { givesOnlySome, nameLists, PERSON_TYPES, type ListReading } from './nameLists';
import { inConjoinedList, listedAlike, listOf, sameList } from './alignment/lists';
import { listStatementOf, ordinalWord } from './numberedLists';
import { adviceConflict } from './advice';
import { ReadAhead } from './readings';
import { candidatesOfClauses, clauseOf, holds, MIN_ANCHORS } from './candidates';
import { withToldAround } from './toldAround';
import { draftText, finding } from './conflictFinding';
import { countedSpanConflict } from './countedSpan';
import { clauseHolds, clauseSpan, leadingClause, ownSubjectClauses, subjectAside, trailingParticiple } from './ownClauses';
import { datedOrderConflict } from './datedOrder';
import { kindConflict } from './kinds';
import { replacedItemConflict } from './listedItems';
import { issuedSubject } from './alignment/events';
import {
  AGO,
  analyseSentence,
  conjoinedSupposition,
  invertedCondition,
  nearMissWord,
  pastForm,
  pluralTitle,
  possessiveMark,
  type AnalysedSentence,
  type EntityType,
  type Slot,
} from './sentenceAnalysis';
import {
  dateOfEventBefore,
  ellipsisAt,
  emptyContext,
  goesOn,
  ordersToldEvent,
  PERSON_PRONOUNS,
  SUBJECT_PRONOUNS,
  THING_SUBJECT_PRONOUNS,
  resolveReferences,
  tellsBackground,
  updateContext,
  withReferences,
  type ParagraphContext,
} from './references';
import {
  attributedThings,
  knownBodies,
  knownTitles,
  sourceClaims,
  textBetween,
  titledPeople,
  valueKeys,
  verbatimKey,
  wordsText,
  type PersonTitle,
  type SourceClaim,
  type SourceClaims,
  inSlot,
} from './sourceClaims';

/**
 * How much of the draft sentence the passage must also say before a difference counts (0-1), beside the content
 * words and agreeing values the two must share (`MIN_ANCHORS`, candidates.ts). A long draft sentence adds clauses of
 * its own: it may share less of itself when it shares more words in all.
 */
const MIN_COVERAGE = 0.55;
const MIN_COVERAGE_WITH_MANY_ANCHORS = 0.3;
const MANY_ANCHORS = 5;
/** How much of the sentence a passage must also say for two differing values of two kinds to be both wrong. */
const TWO_VALUES_COVERAGE = 0.6;
/** A denial is read from fewer words than a value, so it needs more of the sentence in common. */
const MIN_POLARITY_COVERAGE = 0.6;
const MIN_POLARITY_ANCHORS = 3;
const MIN_POLARITY_COVERAGE_WITH_MORE_ANCHORS = 0.4;
/**
 * Opposite acts told of one party, on the same object ("Tokyo stayed out of the protest", "Japan has joined the
 * protest"): who did what is the claim itself, so the rest of the sentence may share less.
 */
const MIN_POLARITY_COVERAGE_SAME_ACTOR = 0.4;
/** How much of the conflicting passage's coverage of the draft a passage backing the draft's value must reach. */
const BACKING_SHARE = 0.7;
/** The same for a party: a passage naming the draft's party with its words is enough, even telling less of the rest. */
const PARTY_BACKING_SHARE = 0.5;
/** The head of a title that only says someone leads a body, as the analysis keeps it (a stem). */
const LEADER = stem(LEADER_HEAD);
/**
 * The fewest anchors an alignment in `eventConflicts` is of any use with: a conflict (`conflictOf`), a passage telling
 * a titled person's act, a list's count, a rank or a term needs this many; a passage backing the draft in `decide`
 * needs `BACKING_ANCHORS`, as does a conflict in a short sentence the passage says most of (`fewAnchorsSuffice`).
 * Passages that cannot reach them (`anchorsBound`, `alignmentBound`) are not lined up.
 */
const COMPARED_ANCHORS = Math.min(MIN_ANCHORS, MIN_POLARITY_ANCHORS);
const BACKING_ANCHORS = MIN_ANCHORS - 1;

/**
 * Conflicts in each of `texts` (paragraphs read as prose), offsets into each text. A sentence lying wholly within one
 * of its text's `skipped` ranges is read (for the references of the sentences after it) but not checked: the caller
 * would drop what it found there.
 */
export function checkGroundedTexts(
  kb: KnowledgeBase,
  texts: readonly string[],
  isCancelled?: () => boolean,
  skipped?: readonly (readonly Located[])[],
  readAhead?: ReadAhead,
): ClaimFinding[][] {
  const index = sourceClaims(kb);
  // Read as prose like the curated checker reads them (same length: code, comments and alt text blanked).
  return texts.map((text, k) => (isCancelled?.() ? [] : checkParagraph(kb, index, readAsProse(text), skipped?.[k] ?? [], readAhead)));
}

function checkParagraph(
  kb: KnowledgeBase,
  index: SourceClaims,
  text: string,
  skipped: readonly Located[],
  readAhead: ReadAhead | undefined,
): ClaimFinding[] {
  const findings: ClaimFinding[] = [];
  let offset = 0;
  let known = 0;
  const context = emptyContext();
  // The sentence before, when it referred to nothing but its subject, named before: one that only dates its event may be
  // read with it.
  let before: DatedBefore | undefined;
  // The sentence right before, whatever it referred to: one that goes on with what it told may be read with it.
  let previous: { start: number; end: number; read: AnalysedSentence } | undefined;
  while (offset < text.length) {
    const range = sentenceOrSkip(text, offset, known);
    if ('skipTo' in range) {
      offset = Math.max(range.skipTo, offset + 1);
      previous = undefined;
      continue;
    }
    const next = Math.max(range.boundary ?? range.end, offset + 1);
    if (range.end > range.start && hasLetters(text, range.start, range.end)) {
      // A sentence copied from a source says what the source says: nothing to compare, but what it names is known.
      const quoted = index.quoted(verbatimKey(text, range.start, range.end));
      const read = quoted
        ? index.read(quoted)
        : (readAhead?.take(text, range.start, range.end) ?? analyseSentence(kb, text, range.start, range.end));
      // A finding lies within the sentence's words: within a skipped range, it would be dropped.
      let alone = false;
      let named: { read: AnalysedSentence; told: string } | undefined;
      if (!quoted && !skipped.some((r) => r.start <= range.start && range.end <= r.end)) {
        const references = resolveReferences(read, context);
        const resolved = withReferences(read, references);
        let found = checkSentence(index, resolved);
        if (found.length === 0 && (read.conditional || read.hedged)) found = statedBeforeSupposition(kb, index, text, read, context);
        if (found.length === 0) found = untitledConflicts(index, read, references);
        if (found.length === 0 && before) found = datedEventConflict(kb, index, text, before, read);
        if (found.length === 0 && previous && (goesOn(read) || ordersToldEvent(read)))
          found = goneOnConflicts(kb, index, text, previous, resolved);
        if (found.length === 0 && previous) found = toldObjectConflicts(kb, index, text, previous, resolved);
        if (found.length === 0 && previous) found = possessedOfToldConflicts(kb, index, text, previous, read);
        if (found.length === 0 && previous) found = referredOrderConflicts(index, previous.read, resolved);
        if (found.length === 0) found = pronounClauseConflicts(kb, index, text, read, context);
        findings.push(...withLeadingClause(kb, index, text, read, context, byOwnClauses(kb, index, text, read, context, found)));
        alone = references.referents.length === 0 && references.dates.length === 0;
        named = alone ? undefined : namedSubject(text, range.end, resolved, references);
      }
      updateContext(context, read, quoted !== undefined);
      // A sentence copied from a source, or not checked, is no event a next sentence dates: its references are not read.
      // Background in the past perfect ("He had once chaired …") leaves the event told before it to be dated.
      before =
        before && !quoted && tellsBackground(read)
          ? before
          : alone
            ? { start: range.start, end: range.end, read }
            : named !== undefined
              ? { start: range.start, end: range.end, read: named.read, told: named.told }
              : undefined;
      previous = { start: range.start, end: range.end, read };
    }
    known = range.boundary ?? known;
    offset = next;
  }
  return findings;
}

/**
 * The conflicts of the clause a sentence states before a supposition or a guess joined after it ("Seoul terminated
 * GSOMIA in 2019, and if Tokyo retaliates, ties will sink further"; `conjoinedSupposition`; "…, and Tokyo may now
 * retaliate"), read as a sentence of its own: the supposition or the guess governs its own clause only. None where no
 * such clause opens the sentence, or where the clause read alone supposes or guesses too.
 */
function statedBeforeSupposition(
  kb: KnowledgeBase,
  index: SourceClaims,
  text: string,
  read: AnalysedSentence,
  context: ParagraphContext,
): ClaimFinding[] {
  if (read.hearsay) return [];
  const opens = read.conditional ? conjoinedSupposition(read) : joinedGuess(read);
  if (opens < 1) return [];
  const stated = analyseSentence(kb, text, read.start, read.words[opens - 1].end);
  return stated.conditional || stated.hedged ? [] : checkResolved(index, stated, context);
}

/**
 * The conflicts of a clause opening on "he" or "she" after a semicolon, or after a comma and a conjunction of
 * `OWN_CLAUSE_CONJUNCTIONS`, within the sentence ("Tokyo had negotiated that pact with Park Geun-hye; she approved it
 * while serving as …"), read as a sentence of its own after the words before it: the pronoun stands for the person
 * those words leave it to, as it would after a full stop (references.ts). None where they leave it to no one, hold a
 * pronoun of a person themselves, or where either part is a guess, a supposition or a question. Only the first such
 * clause.
 */
function pronounClauseConflicts(
  kb: KnowledgeBase,
  index: SourceClaims,
  text: string,
  read: AnalysedSentence,
  context: ParagraphContext,
): ClaimFinding[] {
  const { words } = read;
  for (let i = 1; i < words.length; i++) {
    // Only a subject pronoun opens such a clause, at word i or after a conjunction there: tested before the text between
    // the words is cut, since every sentence with no finding of its own comes here.
    const conjunction = OWN_CLAUSE_CONJUNCTIONS.has(words[i].lower);
    if (!SUBJECT_PRONOUNS.has(words[i].lower) && !(conjunction && SUBJECT_PRONOUNS.has(words[i + 1]?.lower ?? ''))) continue;
    const between = textBetween(read, i - 1, i);
    const opens = between.includes(';') ? i : between.includes(',') && conjunction ? i + 1 : -1;
    if (opens < 0 || opens >= words.length - 1 || !SUBJECT_PRONOUNS.has(words[opens].lower)) continue;
    const told = analyseSentence(kb, text, read.start, words[i - 1].end);
    const clause = analyseSentence(kb, text, words[opens].start, read.end);
    // A pronoun of a person before the clause leaves another person in play ("Moon called him; he …").
    if (unplain(told) || unplain(clause) || told.words.some((w) => PERSON_PRONOUNS.has(w.lower))) return [];
    // The paragraph's context as the words before the clause leave it, the paragraph's own left as it is.
    const after: ParagraphContext = {
      ...context,
      people: context.people && new Map(context.people),
      titled: context.titled && new Map(context.titled),
    };
    updateContext(after, told);
    const references = resolveReferences(clause, after);
    if (!references.referents.some((r) => r.first === 0)) return [];
    return checkSentence(index, withReferences(clause, references));
  }
  return [];
}

/** The conflicts of `reading` with its references resolved in the paragraph's `context` ("Seoul terminated it …"). */
function checkResolved(index: SourceClaims, reading: AnalysedSentence, context: ParagraphContext): ClaimFinding[] {
  return checkSentence(index, withReferences(reading, resolveReferences(reading, context)));
}

/**
 * The conflicts of the words from `start` to `end` read as a sentence of their own, or null where they refer to
 * something (a pronoun's person, "that year"): alone, their references would be read otherwise.
 */
function conflictsReadAlone(
  kb: KnowledgeBase,
  index: SourceClaims,
  text: string,
  start: number,
  end: number,
  context: ParagraphContext,
): ClaimFinding[] | null {
  const alone = analyseSentence(kb, text, start, end);
  const references = resolveReferences(alone, context);
  return references.referents.length > 0 || references.dates.length > 0 ? null : checkSentence(index, alone);
}

/** Whether words `from` to `to` (exclusive) of `a` hold a pronoun standing for a party or a person ("it", "he"). */
function holdsPronoun(a: AnalysedSentence, [from, to]: readonly [number, number]): boolean {
  return a.words.slice(from, to).some((w) => PARTY_PRONOUNS.has(w.lower) || PERSON_PRONOUNS.has(w.lower));
}

/**
 * Where the clause holding a sentence's first guess opens, when it is joined after a stated clause by a semicolon, or
 * by a comma and a conjunction ("Seoul terminated GSOMIA in 2019, and Tokyo may now retaliate"): the conjunction, or
 * the word after the semicolon. -1 otherwise.
 */
function joinedGuess(a: AnalysedSentence): number {
  for (let k = firstHedge(a) - 1; k >= 2; k--) {
    const between = textBetween(a, k - 1, k);
    if (between.includes(';')) return k;
    if (between.includes(',') && CONJOINING_CONJUNCTIONS.has(a.words[k].lower)) return k;
  }
  return -1;
}

/**
 * The conflicts of a sentence of clauses with subjects of their own (`ownSubjectClauses`), each clause read as a
 * sentence of its own. A conflict found in a clause stands only if the clause finds it alone ("Park Cheol Hee advocates
 * improving relations; Yu Myung Hwan served as foreign minister" does not set "Yu Myung Hwan" against the doer of a
 * passage on improving relations). A clause after the first adds the conflicts it finds alone where the whole sentence
 * found none in it: the clause before may lead the sentence's reading to another passage ("Suga became prime minister
 * in September 2020; Park Jie-won traveled to Tokyo on October 9" compared with a passage on Suga's September); only
 * one with no pronoun. A clause that refers to something (a pronoun's person, "that year") keeps its conflicts and adds
 * none: alone, its references would be read otherwise. Each clause is read alone at most once.
 */
function byOwnClauses(
  kb: KnowledgeBase,
  index: SourceClaims,
  text: string,
  read: AnalysedSentence,
  context: ParagraphContext,
  found: ClaimFinding[],
): ClaimFinding[] {
  const clauses = ownSubjectClauses(read);
  if (!clauses) return found;
  // Per clause: its conflicts read alone, or null where it refers to something.
  const aloneFound = new Map<number, ClaimFinding[] | null>();
  const readAlone = (k: number): ClaimFinding[] | null => {
    let got = aloneFound.get(k);
    if (got === undefined) {
      const { start, end } = clauseSpan(read, clauses[k]);
      got = conflictsReadAlone(kb, index, text, start, end, context);
      aloneFound.set(k, got);
    }
    return got;
  };
  const held = found.filter((f) => {
    const k = clauses.findIndex((clause) => clauseHolds(read, clause, f));
    if (k < 0) return true;
    const alone = readAlone(k);
    return alone === null || alone.some((g) => g.start === f.start && g.end === f.end);
  });
  const added: ClaimFinding[] = [];
  for (let k = 1; k < clauses.length; k++) {
    const { start, end } = clauseSpan(read, clauses[k]);
    if (held.some((f) => f.start < end && start < f.end) || holdsPronoun(read, clauses[k])) continue;
    added.push(...(readAlone(k) ?? []));
  }
  return [...held, ...added];
}

/**
 * The conflicts of a sentence opening with a clause that tells its own act (`leadingClause`: "After Seoul terminated
 * GSOMIA in 2019, Washington scrambled to keep … alive"), adding those its clause finds read alone where the whole
 * sentence found none in it: the main clause's words and parties ("Washington") leave the passage telling the clause's
 * act sharing too little of the sentence, or set its parties against the passage's. So for an aside telling an act of
 * the noun phrase the sentence opens with (`subjectAside`: "Japan's export curbs, imposed in the summer of 2018,
 * targeted …"), read with that noun phrase, a conflict in the aside's words. Not a clause with a pronoun or another
 * reference, which alone would be read otherwise. So too for a main clause before a participle telling what its act
 * led to (`trailingParticiple`: "Seoul terminated GSOMIA in November 2019, leaving Washington to improvise").
 */
function withLeadingClause(
  kb: KnowledgeBase,
  index: SourceClaims,
  text: string,
  read: AnalysedSentence,
  context: ParagraphContext,
  found: ClaimFinding[],
): ClaimFinding[] {
  const lead = leadingClause(read);
  // A main clause opening the sentence reads its references ("Seoul terminated it …") as the whole sentence does.
  const main = lead ? undefined : trailingParticiple(read);
  const aside = lead || main ? undefined : subjectAside(read);
  const range: [number, number] | undefined = lead ?? main ?? (aside && [0, aside.to]);
  if (!range) return found;
  const { start, end } = clauseSpan(read, range);
  // Of a noun phrase and its aside, only what the aside tells: the noun phrase was read in the whole sentence.
  const from = aside ? read.words[aside.aside].start : start;
  if (found.some((f) => f.start < end && from < f.end)) return found;
  if (main) return [...found, ...checkResolved(index, analyseSentence(kb, text, start, end), context)];
  if (holdsPronoun(read, range)) return found;
  const alone = conflictsReadAlone(kb, index, text, start, end, context);
  return alone === null ? found : [...found, ...alone.filter((f) => f.start >= from)];
}

/**
 * The conflicts of a sentence whose opening title was read as the person named before ("Blinken phoned Motegi. The
 * foreign minister declined …") where that reading found none, read with the title as a title alone: a title often
 * brings in someone new, whom the passages may name by it. Its other references stand. None when no title was read so.
 */
function untitledConflicts(
  index: SourceClaims,
  read: AnalysedSentence,
  references: { referents: readonly Slot[]; dates: readonly Slot[] },
): ClaimFinding[] {
  const titled = (r: Slot) => read.slots.some((t) => t.kind === 'role' && standsForPerson(r, t));
  if (!references.referents.some(titled)) return [];
  return checkSentence(index, withReferences(read, { referents: references.referents.filter((r) => !titled(r)), dates: references.dates }));
}

/**
 * A sentence a next one may date (`datedEventConflict`): its place in the text and its reading, and, where its subject
 * is a pronoun of the person named before, its words with that person's name in the pronoun's place (`told`).
 */
interface DatedBefore {
  start: number;
  end: number;
  read: AnalysedSentence;
  told?: string;
}

/**
 * A sentence whose one reference is its opening "He" or "She", standing for the person named before ("He became prime
 * minister after Abe resigned."), or "It", standing for the body or country ("It also fought a border standoff with
 * India."): its reading with that party, and its words with the party's name in the pronoun's place, so that a next
 * sentence dating its act ("That happened in November 2020.") is read as dating the party's act. Undefined otherwise.
 */
function namedSubject(
  text: string,
  end: number,
  resolved: AnalysedSentence,
  references: { referents: readonly Slot[]; dates: readonly Slot[] },
): { read: AnalysedSentence; told: string } | undefined {
  const [person] = references.referents;
  if (references.dates.length > 0 || references.referents.length !== 1 || person.first !== 0) return undefined;
  const pronoun = resolved.words[0].lower;
  if (!(person.entity?.type === 'person' ? SUBJECT_PRONOUNS : THING_SUBJECT_PRONOUNS).has(pronoun)) return undefined;
  return { read: resolved, told: person.text + text.slice(resolved.words[0].end, end) };
}

/**
 * A sentence that only dates the event the sentence before told ("South Korea's Supreme Court ordered Japanese
 * companies to compensate …. The ruling, issued in October 2017, …"): the sentence before is read as dated so ("In
 * October 2017, South Korea's Supreme Court ordered …"), and a conflict on that date is placed at the date's words.
 */
function datedEventConflict(
  kb: KnowledgeBase,
  index: SourceClaims,
  text: string,
  before: DatedBefore,
  draft: AnalysedSentence,
): ClaimFinding[] {
  const date = dateOfEventBefore(draft, before.read);
  if (!date) return [];
  const opening = `${date.date!.day !== undefined ? 'On' : 'In'} ${date.text}, `;
  const told = before.told ?? text.slice(before.start, before.end);
  // "The Supreme Court …" goes on after the opening as "the Supreme Court …"; a name keeps its capital.
  const first = before.read.words[0];
  const lowered = !before.told && first && FUNCTION_WORDS.has(first.lower) ? told[0].toLowerCase() + told.slice(1) : told;
  const dated = opening + lowered;
  const from = opening.indexOf(date.text);
  const found = checkSentence(index, analyseSentence(kb, dated, 0, dated.length)).filter(
    (f) => f.start >= from && f.end <= from + date.text.length,
  );
  if (found.length === 0) return [];
  // The date is the event's only where the passage dating it otherwise is the one the sentence before retells (of
  // those it lines up with, it tells the most of it): "Abe and Park met at The Hague. The meeting took place in
  // 2014." is not compared with a passage on an agreement the two reached in 2015.
  let best = 0;
  // By passage id, as each finding cites its passage.
  const coverage = new Map<string, number>();
  for (const c of candidatesOfClauses(index, before.read)) {
    const claim = index.claim(c);
    const bound = alignmentBound(before.read, claim.analysis, index);
    if (bound.anchors < MIN_ANCHORS || bound.coverage < MIN_COVERAGE) continue;
    const alignment = align(before.read, claim.analysis, index);
    if (alignment.anchors < MIN_ANCHORS || alignment.coverage < MIN_COVERAGE) continue;
    coverage.set(claim.passage.id, alignment.coverage);
    best = Math.max(best, alignment.coverage);
  }
  return found
    .filter((f) => (coverage.get(f.citations[0].passage ?? '') ?? 0) >= best * RETOLD_SHARE)
    .map((f) => ({ ...f, start: date.start + f.start - from, end: date.start + f.end - from }));
}

/**
 * A sentence going on with what the sentence before told ("The radar incident drew the two foreign ministers into
 * repeated meetings. Those talks eventually settled the dispute."), read together with it as one sentence of two
 * clauses ("…; those talks eventually settled the dispute"), so that the passage it goes on with is found and lined up
 * by the words of both. Only a conflict within the sentence's own words counts: the sentence before was checked on its
 * own. Not when either sentence is a guess, a supposition or a question, which the two would then be read as
 * together, nor when the sentence gives a date, unless it stands for the act told before ("It did so in 2017").
 */
function goneOnConflicts(
  kb: KnowledgeBase,
  index: SourceClaims,
  text: string,
  previous: { start: number; end: number; read: AnalysedSentence },
  draft: AnalysedSentence,
): ClaimFinding[] {
  if (!readOnTogether(text, previous, draft)) return [];
  const told = toldWithoutStop(text, previous);
  const said = text.slice(draft.start, draft.end);
  // "It did so in 2017" stands for the act told before, done in 2017: read as that sentence with the circumstance
  // after it ("It let the swap expire during a tense period in 2017"), whose date (or title, place) is the act's.
  // "That has been the case for the past decade" likewise stands for all it told, for the past decade.
  const ellipsis = ellipsisAt(draft);
  if (ellipsis >= 0) {
    const rest = draft.words[ellipsis];
    return joinedConflicts(kb, index, `${told} `, said.slice(rest.start - draft.start), rest.start);
  }
  // A demonstrative and its noun as the subject ("Those talks eventually settled the dispute") stand for the event the
  // sentence before told, and the rest tells what that event did: "…, which eventually settled the dispute" reads it
  // in one clause with that event's words, as a polarity must be read.
  const first = draft.words[0];
  const { words } = draft;
  // "The visit came after …" names the event the sentence before told as "That visit" does, where it orders it (`ordersToldEvent`).
  const subject =
    (DEMONSTRATIVE_DETERMINERS.has(first?.lower ?? '') || ordersToldEvent(draft)) &&
    words.length > 3 &&
    draft.content[1] === 1 &&
    words[2].lower !== 'of' &&
    !draft.slots.some((s) => s.first <= 1) &&
    !PUNCTUATION_BETWEEN.test(said.slice(words[1].end - draft.start, words[2].start - draft.start));
  // The noun named in the sentence before ("It urged the government to reopen talks. That government was led by …"):
  // the rest is told of it there, "It urged the government, which was led by …, to reopen talks".
  const named = subject ? lastWordAt(previous.read, words[1].lower) : -1;
  const namedBefore = named >= 0;
  // A date dates an event, and which one the reading of both would not tell: the act this sentence tells, or the one
  // before it goes on with ("Japan tightened export controls in response to the ruling. The ruling came in October
  // 2018.": the passage found by both dates the controls). Only the noun the sentence before named, taking the date
  // in a clause of its own ("… saw Suga's election, which took place in July 2020, as an opening"), says which.
  const dated = draft.slots.some((s) => s.kind === 'date' && !s.referent);
  if (dated && !namedBefore) return [];
  if (!dated) {
    // "Those talks …" goes on after the semicolon as "those talks …"; a name keeps its capital.
    const lowered = first && FUNCTION_WORDS.has(first.lower) ? said[0].toLowerCase() + said.slice(1) : said;
    const found = joinedConflicts(kb, index, `${told}; `, lowered, draft.start);
    if (found.length > 0) return found;
  }
  if (!subject) return [];
  const rest = said.slice(words[2].start - draft.start);
  // Named last, the clause follows it at the end: the reading below.
  if (namedBefore && named < previous.read.words.length - 1) {
    const cut = previous.read.words[named].end - previous.start;
    const clause = rest.replace(/[.!]\s*$/, '');
    const found = joinedConflicts(kb, index, `${told.slice(0, cut)}, which `, clause, words[2].start, `,${told.slice(cut)}`);
    if (found.length > 0 || dated) return found;
  }
  return joinedConflicts(kb, index, `${told}, which `, rest, words[2].start);
}

/**
 * The order of the sentence's event against the one the sentence before told, pointed back at after the order word
 * ("Kawamura's informal meeting in Seoul came after that result.", "A month after that trip, the Blue House named …"),
 * or counted from it ("Two weeks later, Park flew …"), by the dates the passages give the two (datedOrder.ts,
 * countedSpan.ts). A statement of fact only.
 */
function referredOrderConflicts(index: SourceClaims, before: AnalysedSentence, draft: AnalysedSentence): ClaimFinding[] {
  if (draft.question || draft.conditional || draft.hedged) return [];
  if (!draft.words.some((w) => ORDER_WORDS.has(w.lower) || COUNTED_ORDER_WORDS.has(w.lower))) return [];
  const found = datedOrderConflict(index, draft, before) ?? countedSpanConflict(index, draft, before);
  return found ? [found] : [];
}

/**
 * A sentence whose object is the thing the sentence before ended on, by "it" or by "that" and its noun ("Tokyo's
 * response was economic retaliation. Seoul declined to repay it in kind."), read as a relative clause of that sentence
 * ("…, which Seoul declined to repay in kind"): the passage telling both tells them so, and alone the sentence names
 * nothing of what it acted on. Only one such object, after a word of content (the verb), and nothing else the sentence
 * before could be: it ends on a noun of no name. As `goneOnConflicts`, only a conflict within the sentence's own words.
 */
function toldObjectConflicts(
  kb: KnowledgeBase,
  index: SourceClaims,
  text: string,
  previous: { start: number; end: number; read: AnalysedSentence },
  draft: AnalysedSentence,
): ClaimFinding[] {
  if (!readOnTogether(text, previous, draft)) return [];
  const before = previous.read;
  const end = before.words.length - 1;
  if (end < 0 || before.content[end] !== 1 || inSlot(before, end)) return [];
  const noun = before.words[end].lower;
  const { words } = draft;
  let object: [number, number] | undefined;
  for (let i = 1; i < words.length; i++) {
    const w = words[i].lower;
    // "it" before a verb of its own is a subject ("Seoul said it had no choice", "… it rejected …"), no object.
    const after = words[i + 1]?.lower ?? '';
    const subject = DENIAL_AUXILIARIES.has(after) || pastForm(after) || (after.endsWith('s') && draft.content[i + 1] === 1);
    const length = w === 'it' ? (subject ? 0 : 1) : DEMONSTRATIVE_DETERMINERS.has(w) && after === noun ? 2 : 0;
    if (length === 0 || draft.content[i - 1] !== 1 || inSlot(draft, i)) continue;
    if (object) return [];
    object = [i, i + length - 1];
  }
  if (!object) return [];
  const told = toldWithoutStop(text, previous);
  // The object blanked, so that the words after it keep their places: "…, which Seoul declined to repay    in kind".
  const from = words[object[0]].start - draft.start;
  const to = words[object[1]].end - draft.start;
  const said = text.slice(draft.start, draft.end);
  const first = words[0];
  const blanked = said.slice(0, from) + ' '.repeat(to - from) + said.slice(to);
  const lowered = first && FUNCTION_WORDS.has(first.lower) ? blanked[0].toLowerCase() + blanked.slice(1) : blanked;
  return joinedConflicts(kb, index, `${told}, which `, lowered, draft.start);
}

/** Most words the plural subject of the sentence before may run for "their" to stand for it (`possessedOfToldConflicts`). */
const MAX_TOLD_SUBJECT = 5;

/**
 * A sentence naming by "their" and a noun a thing of the things the sentence before opened with as its subject, of no
 * name ("Japanese company assets had been seized … . The president wanted their liquidation hastened."), read with them
 * in its place ("… wanted the liquidation of Japanese company assets hastened"): alone it names nothing of what it speaks
 * of. Only where the sentence before opens with a plural noun (in "-s") of a few words, none a person's or a body's
 * name, right before its auxiliary ("had been seized", "were frozen"), and this sentence has one "their", no "they" or
 * "them", and nothing before it that "their" could stand for instead: no named thing but people, no word in "-s". Only
 * a conflict within the sentence's own words counts, outside the words put in.
 */
function possessedOfToldConflicts(
  kb: KnowledgeBase,
  index: SourceClaims,
  text: string,
  previous: { start: number; end: number; read: AnalysedSentence },
  draft: AnalysedSentence,
): ClaimFinding[] {
  if (!readOnTogether(text, previous, draft)) return [];
  const before = previous.read;
  const bw = before.words;
  const named = (a: AnalysedSentence, i: number) => a.slots.find((s) => s.first <= i && i <= s.last);
  let k = 0;
  while (k < bw.length && k <= MAX_TOLD_SUBJECT && !PERFECT_AUXILIARIES.has(bw[k].lower) && !PASSIVE_AUXILIARIES.has(bw[k].lower)) {
    const slot = named(before, k);
    if (slot ? slot.entity?.type !== 'place' : before.content[k] !== 1 && k > 0) return [];
    k++;
  }
  if (k < 2 || k > MAX_TOLD_SUBJECT || k === bw.length || !bw[k - 1].lower.endsWith('s') || named(before, k - 1)) return [];
  const { words } = draft;
  const at = words.findIndex((w) => w.lower === 'their');
  if (at < 1 || words.some((w, i) => i !== at && (w.lower === 'their' || w.lower === 'they' || w.lower === 'them'))) return [];
  const noun = words[at + 1];
  if (!noun || draft.content[at + 1] !== 1 || named(draft, at + 1)) return [];
  for (let i = 0; i < at; i++) if (draft.content[i] === 1 && words[i].lower.endsWith('s')) return [];
  // One person may be named before ("Moon said he wanted their liquidation …"); two are what "their" would stand for.
  const namedBefore = draft.slots.filter((s) => s.first < at && s.entity && !s.referent);
  if (namedBefore.some((s) => !PERSON_TYPES.includes(s.entity!.type)) || namedBefore.length > 1) return [];
  const first = bw[0];
  const subjectText = text.slice(first.start, bw[k - 1].end);
  const subject = FUNCTION_WORDS.has(first.lower) ? subjectText[0].toLowerCase() + subjectText.slice(1) : subjectText;
  const said = text.slice(draft.start, draft.end);
  const cut = words[at].start - draft.start;
  const nounEnd = noun.end - draft.start;
  const inserted = `the ${said.slice(noun.start - draft.start, nounEnd)} of ${subject}`;
  const rewritten = said.slice(0, cut) + inserted + said.slice(nounEnd);
  const shift = inserted.length - (nounEnd - cut);
  return rewrittenConflicts(kb, index, rewritten, (start, end) =>
    end <= cut ? draft.start + start : start >= cut + inserted.length ? draft.start + start - shift : undefined,
  );
}

/** The last word of `a` written `lower` (in lower case), or -1. */
function lastWordAt(a: AnalysedSentence, lower: string): number {
  for (let i = a.words.length - 1; i >= 0; i--) if (a.words[i].lower === lower) return i;
  return -1;
}

/** Whether a reading is a guess, a supposition or a question: no plain statement to read another sentence with. */
const unplain = (a: AnalysedSentence): boolean => a.hedged || a.conditional || a.question;

/** The sentence before, without the stop closing it: what a sentence read on from it is joined to (`joinedConflicts`). */
function toldWithoutStop(text: string, previous: { start: number; end: number }): string {
  return text.slice(previous.start, previous.end).replace(/[.!]\s*$/, '');
}

/**
 * Whether a sentence may be read together with the one before it (`goneOnConflicts`, `toldObjectConflicts`,
 * `possessedOfToldConflicts`): both plain statements (`unplain`), in one paragraph (no blank line between).
 */
function readOnTogether(text: string, previous: { end: number; read: AnalysedSentence }, draft: AnalysedSentence): boolean {
  return !unplain(previous.read) && !unplain(draft) && !/\n[ \t]*\r?\n/.test(text.slice(previous.end, draft.start));
}

/**
 * The conflicts of `told` followed by `said` (and `after`, the rest of `told` where `said` stands within it), read as
 * one sentence, that lie within `said`, at their places in the draft (`said` begins at offset `at`). Not when the two together read as a guess, a supposition or a question.
 */
function joinedConflicts(kb: KnowledgeBase, index: SourceClaims, told: string, said: string, at: number, after = ''): ClaimFinding[] {
  const from = told.length;
  return rewrittenConflicts(kb, index, told + said + after, (start, end) =>
    start >= from && end <= from + said.length ? at + start - from : undefined,
  );
}

/**
 * The conflicts of `rewritten`, a draft sentence written otherwise (joined to the one before, a word put in its
 * place), read as one sentence, at their places in the draft: `place` gives where a finding over [start, end) of
 * `rewritten` starts in the draft (its length kept), or undefined for one over words the draft does not say there.
 * None where the rewritten sentence reads as a guess, a supposition or a question.
 */
function rewrittenConflicts(
  kb: KnowledgeBase,
  index: SourceClaims,
  rewritten: string,
  place: (start: number, end: number) => number | undefined,
): ClaimFinding[] {
  const reading = analyseSentence(kb, rewritten, 0, rewritten.length);
  if (unplain(reading)) return [];
  const found: ClaimFinding[] = [];
  for (const f of checkSentence(index, reading)) {
    const start = place(f.start, f.end);
    if (start !== undefined) found.push({ ...f, start, end: start + f.end - f.start });
  }
  return found;
}

/** How much of the best passage's coverage of a sentence another passage must reach to be the one it retells as well. */
const RETOLD_SHARE = 0.9;

function hasLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * The stops of a journey told in the order opposite to the route a passage gives the same person ("Stilwell stopped in
 * Seoul first before heading on to Tokyo" against "… from Tokyo to Seoul by way of The Philippines and Thailand").
 */
function stopOrderConflict(draft: AnalysedSentence, passages: readonly SourceClaim[]): ClaimFinding | undefined {
  for (const claim of passages) {
    const opposed = opposedStops(draft, claim.analysis);
    if (!opposed) continue;
    const [o, p] = opposed.draftWords;
    const [x, y] = opposed.sourceWords;
    const expected = wordsText(claim.analysis, x, y);
    return finding(claim, draft.words[o].start, draft.words[p].end, draftText(draft, o, p), expected, undefined);
  }
  return undefined;
}

/**
 * The party a draft has answer the other's act in kind where the passage telling the exchange has the other party
 * answer ("Seoul was the first to retaliate, and Tokyo answered in kind" against "Tokyo's response was economic
 * retaliation, which Seoul repaid in kind"): the draft has the two act in the wrong order. Each must name both
 * parties; the finding covers the party the draft has act first, which the passage has answer.
 */
function answerOrderConflict(
  draft: AnalysedSentence,
  compared: readonly { claim: SourceClaim; alignment: Alignment }[],
): ClaimFinding | undefined {
  const mine = answeredInKind(draft);
  if (!mine) return undefined;
  const same = (x: Slot, y: Slot) => compareSlots(x, y) === 'same';
  for (const { claim, alignment } of compared) {
    if (alignment.anchors < MIN_ANCHORS || alignment.coverage < MIN_COVERAGE) continue;
    const theirs = answeredInKind(claim.analysis);
    if (!theirs || same(mine, theirs)) continue;
    const first = draft.slots.find((s) => s !== mine && s.kind === 'entity' && same(s, theirs));
    // The party acting first, named last before the answer: not "Japanese companies" that the act answered.
    const answered = claim.analysis.slots
      .filter((s) => s.last < theirs.first && s.kind === 'entity' && !s.entity!.adjective && same(s, mine))
      .pop();
    if (!first || !answered) continue;
    return finding(
      claim,
      first.start,
      first.end,
      first.text,
      `${wordsText(claim.analysis, answered.first, answered.last)} first, ${theirs.text} in kind`,
      undefined,
    );
  }
  return undefined;
}

/** Each noun counting names of one type (lexicon.ts `COUNTED_NAME_NOUNS`), by stem. */
const COUNTED_TYPES: ReadonlyMap<string, EntityType> = new Map(COUNTED_NAME_NOUNS.map(([noun, type]) => [stem(noun), type]));

/** How fully a passage must tell what the draft counts for its list to be the things counted. */
const LIST_COVERAGE = MIN_COVERAGE;

/** How many of the passage's list the draft must name to count it at `SHARED_LIST_COVERAGE`. */
const SHARED_LIST_MEMBERS = 2;

/** How many named things a draft must name, all lined up with a passage's, for the passage to tell its event. */
const ALL_NAMED_LEAST = 2;

/** How much of the draft a passage naming all its named things must tell for its list to be the things counted. */
const ALL_NAMED_COVERAGE = 0.45;

/**
 * Whether the passage names every named thing of the draft, two or more, and tells enough of it ("Blinken and Austin's
 * back-to-back trip took in three allied capitals" against "… Blinken and … Austin made back-to-back visits to Tokyo
 * and Seoul"): the same actors doing the same, told in other words, count the same things.
 */
function actorsTold(draft: AnalysedSentence, alignment: Alignment): boolean {
  const named = draft.slots.filter((o) => o.kind === 'entity');
  return (
    alignment.coverage >= ALL_NAMED_COVERAGE &&
    named.length >= ALL_NAMED_LEAST &&
    named.every((o) => alignment.pairs.some(([d]) => d === o))
  );
}

/**
 * Whether the members of a list the draft names are what its count counts: set beside the count's phrase by a comma,
 * colon, dash or bracket ("two other countries, Britain and France, have …"; "Britain and France, the two …"), within a
 * few words of it, rather than another party of the act ("Blinken and Austin met four senior officials").
 */
function countedByName(draft: AnalysedSentence, slot: Slot, members: readonly Slot[]): boolean {
  const noun = countedNoun(draft, slot);
  if (noun < 0 || members.length === 0) return false;
  const near = members.reduce((a, b) => (Math.abs(a.first - noun) <= Math.abs(b.first - noun) ? a : b));
  const [from, to] = near.first > noun ? [noun, near.first] : [near.last, slot.first];
  return to - from <= APPOSED_WORDS && APPOSITION_MARKS.test(textBetween(draft, from, to));
}

/** Most words between a count's phrase and the nearest member of the list it counts, set off beside it. */
const APPOSED_WORDS = 3;

/** Marks setting a list beside the count it spells out: a comma, colon, bracket or dash. */
const APPOSITION_MARKS = /[,:(\u2013\u2014]/;

/** How much of the draft a passage must tell whose list the draft names members of. */
const SHARED_LIST_COVERAGE = MIN_COVERAGE_WITH_MANY_ANCHORS;

/**
 * A count of named things ("three allied capitals", "five other countries") where the passage telling the same event
 * lists them by name and lists another number ("visits to Tokyo and Seoul"; "The United Kingdom, France, Australia,
 * and Canada have all worked with Japan"). Only a passage with one full list of that type (not "such as …", "…
 * and others") and no count of its own is read; a count within a list's reach of 0.5 is not ("some five").
 */
function listCountConflict(
  index: SourceClaims,
  draft: AnalysedSentence,
  compared: readonly { claim: SourceClaim; alignment: Alignment }[],
): ClaimFinding | undefined {
  let ranked: typeof compared | undefined;
  for (const slot of draft.slots) {
    if (slot.kind !== 'number' || slot.referent || slot.number!.approximate || slot.number!.range) continue;
    const count = slot.number!.value;
    if (!Number.isInteger(count) || count < 1 || count > 12) continue;
    const type = countedType(draft, slot);
    if (!type) continue;
    ranked ??= [...compared].sort((a, b) => b.alignment.coverage - a.alignment.coverage);
    for (const { claim, alignment } of ranked) {
      // A passage with a value differing from the draft's elsewhere may tell another event ("met in Chengdu" beside
      // "Stilwell … from Tokyo to Seoul"): it neither counts nor stops the search.
      if (alignment.anchors < MIN_ANCHORS || alignment.coverage < SHARED_LIST_COVERAGE || alignment.unresolved > 0) continue;
      const source = claim.analysis;
      if (source.slots.some((o) => o.kind === 'number')) continue;
      const lists = namedLists(source, type);
      // Two members the draft names as the passage lists them ("Only two other countries, Britain and France, …"
      // against "The United Kingdom, France, Australia, and Canada …") tie the count to that list, whatever words
      // the two tell the act in.
      const shared = lists.length === 1 ? lists[0].filter((o) => alignment.pairs.some(([, q]) => q === o)).length : 0;
      // Members the draft names as another party of the act count something else ("Blinken and Austin met four
      // senior officials" against the two the passage lists as visiting).
      if (
        shared > 0 &&
        !countedByName(
          draft,
          slot,
          alignment.pairs.filter(([, q]) => lists[0].includes(q)).map(([d]) => d),
        )
      )
        continue;
      // The count and its noun ("three allied capitals") stand for the list the passage gives by name, in words the
      // passage never uses: where the draft names none of the list's members, they do not count against the passage.
      const told = shared === 0 ? countLeftOut(index, draft, slot, source, alignment) : alignment.coverage;
      if (told < LIST_COVERAGE && shared < SHARED_LIST_MEMBERS && !(shared === 0 && actorsTold(draft, alignment))) continue;
      if (lists.length !== 1 || lists[0].length === count) break;
      const list = lists[0];
      // A person's title before the first name is shown with it ("Secretary of State Antony Blinken and …").
      const title = type === 'person' ? source.slots.find((o) => o.kind === 'role' && o.last === list[0].first - 1) : undefined;
      const expected = wordsText(source, title?.first ?? list[0].first, list[list.length - 1].last);
      return finding(claim, slot.start, slot.end, slot.text, `${list.length} (${expected})`, undefined);
    }
  }
  return undefined;
}

/**
 * Whether a passage tells enough of a draft sentence for the lists the two give to be compared: most of it, or part
 * of it with many values both name alike (as for a list's count, `phraseListCountConflict`).
 */
function listTold(alignment: Alignment): boolean {
  const told =
    alignment.coverage >= LIST_COVERAGE || (alignment.anchors >= MANY_ANCHORS && alignment.coverage >= MIN_COVERAGE_WITH_MANY_ANCHORS);
  return told && alignment.anchors >= MIN_ANCHORS && alignment.unresolved === 0;
}

/** Words after a plural noun that open what each of a list of its kind is about ("committees on A, B, and C"). */
const LISTED_TOPIC_PREPOSITIONS = new Set(['on', 'for', 'in', 'covering']);

/** Most words one item of a list of topics may hold ("COVID-19 pandemic response", "sports and cultural exchange"). */
const TOPIC_WORDS = 5;

/**
 * The items of a list of topics after word `at` of `a` (after its preposition) written with a comma before its last
 * "and" ("the Tokyo Olympics, COVID-19 pandemic response, and sports and cultural exchange": three), running to the
 * sentence's end; 0 where the words there are no such list. Only that comma tells where the last item begins: "A, B
 * and C and D" may hold three items or four.
 */
function listedTopics(a: AnalysedSentence, at: number): number {
  let items = 1;
  let words = 0;
  let closed = false;
  for (let i = at; i < a.words.length; i++) {
    const between = i + 1 < a.words.length ? textBetween(a, i, i + 1) : '';
    words++;
    if (words > TOPIC_WORDS) return 0;
    if (i + 1 === a.words.length) break;
    if (between.includes(',')) {
      if (closed) return 0;
      items++;
      words = 0;
      if (a.words[i + 1].lower === 'and') {
        closed = true;
        i++;
      }
    } else if (PUNCTUATION_BETWEEN.test(between)) return 0;
  }
  return closed && items >= 3 ? items : 0;
}

/**
 * A count of things a passage names by a plural noun followed by a list of what each is about ("agreed to establish
 * cooperation committees on the Tokyo Olympics, COVID-19 pandemic response, and sports and cultural exchange") where
 * the draft telling the same event counts them otherwise ("agreed to create just two cooperation committees",
 * "cooperation committees in two areas"): one thing per item. The passage must tell the draft fully.
 */
function phraseListCountConflict(
  draft: AnalysedSentence,
  compared: readonly { claim: SourceClaim; alignment: Alignment }[],
): ClaimFinding | undefined {
  for (const slot of draft.slots) {
    if (slot.kind !== 'number' || slot.referent || slot.number!.approximate || slot.number!.range) continue;
    const count = slot.number!.value;
    if (!Number.isInteger(count) || count < 1 || count > 12 || draft.quoted[slot.first] === 1) continue;
    // The noun counted: the count's own ("two cooperation committees"), or the one before the word opening it
    // ("committees in two areas").
    const nouns = new Set<string>();
    if (slot.number!.unit) nouns.add(slot.number!.unit);
    if (LISTED_TOPIC_PREPOSITIONS.has(draft.words[slot.first - 1]?.lower ?? '')) nouns.add(draft.stems[slot.first - 2] ?? '');
    for (const { claim, alignment } of [...compared].sort((x, y) => y.alignment.coverage - x.alignment.coverage)) {
      const source = claim.analysis;
      // Told fully, or in part with many values both name alike ("The Korean parliamentary delegation that met Suga in
      // mid-November agreed to set up a single joint committee").
      const told =
        alignment.coverage >= LIST_COVERAGE || (alignment.anchors >= MANY_ANCHORS && alignment.coverage >= MIN_COVERAGE_WITH_MANY_ANCHORS);
      if (alignment.anchors < MIN_ANCHORS || !told || alignment.unresolved > 0) continue;
      if (alignment.mismatches.length > 0 || source.hedged || source.negations.length > 0) continue;
      for (let i = 0; i + 2 < source.words.length; i++) {
        if (!nouns.has(source.stems[i]) || !source.words[i].lower.endsWith('s')) continue;
        if (!LISTED_TOPIC_PREPOSITIONS.has(source.words[i + 1].lower)) continue;
        const items = listedTopics(source, i + 2);
        if (items === 0 || items === count) continue;
        return finding(claim, slot.start, slot.end, slot.text, `${items} (${wordsText(source, i, source.words.length - 1)})`, undefined);
      }
    }
  }
  return undefined;
}

/** The words of a slot as written ("Moon", "Kim Jin-pyo" as "Kim", "Jin", "pyo"). */
function wordsOf(a: AnalysedSentence, slot: Slot): string[] {
  return a.words.slice(slot.first, slot.last + 1).map((w) => w.text);
}

/**
 * Years the draft says are left of a time in office ("with two years left in his term") where the passage telling the
 * same says it is the last year of it ("Moon is entering his last year in office"): less than one year is left.
 */
function remainingTermConflict(
  draft: AnalysedSentence,
  compared: readonly { claim: SourceClaim; alignment: Alignment }[],
): ClaimFinding | undefined {
  for (const slot of draft.slots) {
    if (slot.kind !== 'number' || slot.referent || slot.number!.unit !== YEARS || slot.number!.value < 2) continue;
    if (draft.quoted[slot.first] === 1) continue;
    // Read from after the unit, past a word of wholeness before it ("two full years still left in his term").
    const unit = draft.stems.indexOf(YEARS, slot.last + 1);
    if (unit < 0 || unit > slot.last + 2) continue;
    const left = termWords(draft, unit + 1, REMAINING_WORDS);
    if (left === undefined) continue;
    // The holder both name, in a sentence giving no date of its own (one may tell an earlier time of the same term):
    // two accounts of what is left of one term, however little else the two share. Named as written, in capitals:
    // the passage may open with the name alone ("Moon is entering …"), which its reading leaves untyped.
    const undated = !draft.slots.some((s) => s.kind === 'date');
    const holders = draft.slots.filter((d) => d.entity?.type === 'person' || d.entity?.type === 'name');
    const namedIn = (source: AnalysedSentence, d: Slot) => {
      const capitals = wordsOf(draft, d).filter((w) => /^\p{Lu}/u.test(w));
      return capitals.length > 0 && capitals.every((w) => source.words.some((x) => x.text === w));
    };
    const holderNamed = (source: AnalysedSentence) => undated && holders.some((d) => namedIn(source, d));
    for (const { claim, alignment } of compared) {
      const source = claim.analysis;
      const enough = alignment.coverage >= MIN_COVERAGE || (holderNamed(source) && alignment.coverage >= MIN_COVERAGE_WITH_MANY_ANCHORS);
      if (alignment.anchors < MIN_ANCHORS || !enough || source.hedged || source.negations.length > 0) continue;
      for (let i = 0; i + 1 < source.words.length; i++) {
        if (!FINAL_WORDS.has(source.words[i].lower) || stem(source.words[i + 1].lower) !== YEARS) continue;
        const end = termWords(source, i + 2);
        if (end === undefined) continue;
        return finding(claim, slot.start, draft.words[left].end, draftText(draft, slot.first, left), wordsText(source, i, end), undefined);
      }
    }
  }
  return undefined;
}

/**
 * A thing the draft ranks otherwise than the passage telling the same ranks it by the same sense ("China is only
 * Japan's second-largest market" against "China remains Japan's largest target market"): the draft's rank is wrong.
 * Only where each sentence ranks once by that sense, the passage tells the sentence fully and no value differs.
 */
function rankConflict(
  draft: AnalysedSentence,
  compared: readonly { claim: SourceClaim; alignment: Alignment }[],
): ClaimFinding | undefined {
  const mine = rankOf(draft);
  if (!mine || deniedAt(draft, mine.first)) return undefined;
  for (const { claim, alignment } of [...compared].sort((a, b) => b.alignment.coverage - a.alignment.coverage)) {
    const source = claim.analysis;
    if (alignment.anchors < MIN_ANCHORS || alignment.coverage < MIN_COVERAGE || alignment.unresolved > 0) continue;
    if (alignment.mismatches.length > 0 || alignment.polarity || source.hedged) continue;
    const theirs = rankOf(source, mine.sense);
    if (!theirs || deniedAt(source, theirs.first)) continue;
    // The same thing ranked among the same owner's: the owners before the two ranks, and the things ranked (the
    // parties before them), are the same ("China is only South Korea's second-largest market" ranks for another).
    const paired = (x: Slot | undefined, y: Slot | undefined) =>
      x !== undefined && y !== undefined && alignment.pairs.some(([d, o]) => d === x && o === y);
    const [myOwner, theirOwner] = [ownerOfRank(draft, mine.first), ownerOfRank(source, theirs.first)];
    if (!paired(myOwner, theirOwner)) return undefined;
    if (!paired(rankedBefore(draft, myOwner!), rankedBefore(source, theirOwner!))) return undefined;
    if (theirs.rank === mine.rank) return undefined;
    const start = draft.words[mine.first].start;
    const end = draft.words[mine.last].end;
    const words = draft.source.slice(start - draft.start, end - draft.start);
    return finding(claim, start, end, words, wordsText(source, theirs.first, theirs.last), undefined);
  }
  return undefined;
}

/** The party whose possessive stands right before a rank ("Japan's largest market"), if any. */
function ownerOfRank(a: AnalysedSentence, first: number): Slot | undefined {
  if (!possessiveMark(a.words, first - 1)) return undefined;
  return a.slots.find((o) => o.kind === 'entity' && o.last === first - 2);
}

/** The last party named before a rank's owner in its clause: the thing ranked ("China remains Japan's largest …"). */
function rankedBefore(a: AnalysedSentence, owner: Slot): Slot | undefined {
  let found: Slot | undefined;
  for (const o of a.slots) if (o.kind === 'entity' && o.last < owner.first && sameClause(a, o.last, owner.first)) found = o;
  return found;
}

/** Whether a denial stands in the clause of word `at` ("Nor do … explain …, because China remains …" denies another). */
function deniedAt(a: AnalysedSentence, at: number): boolean {
  return a.negations.some((n) => sameClause(a, Math.min(n, at), Math.max(n, at)));
}

/**
 * The one superlative of `RANK_SUPERLATIVES` a sentence ranks by (of `sense` when given), with its rank and words: an
 * ordinal right before it ("second-largest", "third biggest") gives the rank, none the first. Undefined when the
 * sentence has none or several, or ranks by number ("the number one issue").
 */
function rankOf(a: AnalysedSentence, sense?: string): { sense: string; rank: number; first: number; last: number } | undefined {
  let found: { sense: string; rank: number; first: number; last: number } | undefined;
  for (let i = 0; i < a.words.length; i++) {
    const s = RANK_SUPERLATIVES.get(a.words[i].lower);
    if (s === undefined || (sense !== undefined && s !== sense)) continue;
    if (found) return undefined;
    const place = ORDINAL_PLACES.get(a.words[i - 1]?.lower ?? '');
    found = place === undefined ? { sense: s, rank: 1, first: i, last: i } : { sense: s, rank: place, first: i - 1, last: i };
  }
  return found;
}

/** The stem of "year", the unit of a length of years as the analysis keeps it. */
const YEARS = stem('year');

/** Words after a length of years its term noun may stand within ("three years still left in his term"). */
const TERM_REACH = 5;

/**
 * Where a phrase of a time in office ends, read from word `from` in one clause within `TERM_REACH` words: a term noun
 * ("in his term", "of office"), after one of `before` when given ("left in his term"); the index of its last word.
 */
function termWords(a: AnalysedSentence, from: number, before?: ReadonlySet<string>): number | undefined {
  let seen = before === undefined;
  let at: number | undefined;
  for (let i = from; i < a.words.length && i < from + TERM_REACH; i++) {
    if (i > from && !sameClause(a, i - 1, i)) break;
    const w = a.words[i].lower;
    if (before?.has(w) && at === undefined) {
      seen = true;
      at = i;
    } else if (seen && TERM_NOUNS.has(w)) return before === undefined ? i : at;
  }
  return undefined;
}

/**
 * The type of the named things a number counts: the noun it stands before (over "other" and up to two adjectives, a
 * country's name as one: "three U.S. cabinet secretaries").
 */
function countedType(a: AnalysedSentence, slot: Slot): EntityType | undefined {
  const noun = countedNoun(a, slot);
  return noun < 0 ? undefined : COUNTED_TYPES.get(a.stems[noun]);
}

/** The index of the noun naming the things a number counts (`countedType`), or -1. */
function countedNoun(a: AnalysedSentence, slot: Slot): number {
  let afterPlace = false;
  for (let i = slot.last + 1, seen = 0; i < a.words.length && seen < 3; i++, seen++) {
    // Nothing but spaces and hyphens between, or the point closing a country's abbreviation ("U.S. cabinet").
    const between = textBetween(a, i - 1, i);
    if (/[^\s\-‐-―]/.test(afterPlace ? between.replace(/^\./, '') : between)) return -1;
    if (COUNTED_TYPES.has(a.stems[i])) return i;
    const place = a.slots.find((o) => o.first === i && o.entity?.type === 'place');
    afterPlace = place !== undefined;
    if (place) i = place.last;
    else if (a.words[i].lower !== 'other' && FUNCTION_WORDS.has(a.words[i].lower)) return -1;
  }
  return -1;
}

/**
 * `alignment.coverage` with the count `slot` and the words from it to its noun ("three allied capitals") left out of
 * the draft's side where the passage lacks them: they are what the passage's list says by name.
 */
function countLeftOut(index: SourceClaims, draft: AnalysedSentence, slot: Slot, claim: AnalysedSentence, alignment: Alignment): number {
  const noun = countedNoun(draft, slot);
  const left = new Set<string>();
  for (let i = slot.last + 1; i <= noun; i++)
    if (draft.content[i] === 1 && !claim.contentStems.has(draft.stems[i])) left.add(draft.stems[i]);
  // Not a word the draft uses elsewhere too: that use still counts.
  for (let i = 0; i < draft.words.length; i++) if ((i <= slot.last || i > noun) && draft.content[i] === 1) left.delete(draft.stems[i]);
  let total = alignment.total;
  for (const s of left) total -= index.weight(s);
  // An unpaired count adds half a value's weight to the draft's side (`align`).
  if (!alignment.matched.includes(slot)) total -= SLOT_WEIGHT / 2;
  return total <= 0 ? 0 : (alignment.coverage * alignment.total) / total;
}

/**
 * The lists of two or more names of one type a sentence gives ("Tokyo and Seoul", "The United Kingdom, France,
 * Australia, and Canada"), each in order; not one said to give only some ("such as …", "including …", "… and
 * others").
 */
function namedLists(a: AnalysedSentence, type: EntityType): Slot[][] {
  // People are listed with their titles before their names ("Secretary of State Antony Blinken and Secretary of
  // Defense Lloyd Austin"): the titles join them as a comma would.
  return nameLists(a, { ...COUNTED_LIST, types: [type], titled: type === 'person' }).filter((run) => !givesOnlySome(a, run));
}

/**
 * Lists as a count reads them: names alone, not a country's adjective, the last joined by "and" or "or" ("Chengdu,
 * China" names one place, a city and its country).
 */
const COUNTED_LIST: Omit<ListReading, 'types'> = {
  adjectives: false,
  titled: false,
  conjunctions: ['and', 'or'],
  closedByConjunction: true,
};

function checkSentence(index: SourceClaims, draft: AnalysedSentence): ClaimFinding[] {
  // Not a statement of what happened: a question, a supposition, a guess. A supposition is compared only with a
  // passage supposing the same thing, on what follows from it.
  if (draft.question) return [];
  if (draft.conditional) return conditionalConflict(index, draft);
  // A guess still names its things as they are ("Losing the trilateral GSOMIA would have …"): their attributes stand.
  const attributed = attributeConflict(index, draft);
  if (draft.hedged) {
    if (attributed) return [attributed];
    // A title set beside a name ("Motegi, Japan's defense minister, signaled he could …", "Defense Minister Motegi may
    // …") is no part of the guess: the writer names the person by it; nor the body set beside it, past linking words
    // alone ("Kim Jin-pyo of the People Power Party may …"), which a hedge does not link.
    const titles = titleConflicts(index, draft, (person, title) => ownTitles(person, title) && besideName(draft, person, title));
    const bodies = affiliationConflicts(index, draft).filter((b) => titles.every((t) => b.end <= t.start || b.start >= t.end));
    if (titles.length + bodies.length > 0) return [...titles, ...bodies].sort((x, y) => x.start - y.start);
    const judged = likelihoodConflict(index, draft);
    if (judged.length > 0) return judged;
    const given = givenValueConflict(index, draft);
    if (given.length > 0) return given;
    const guessed = sameGuessConflict(index, draft);
    return guessed.length > 0 ? guessed : levelConflicts(index, draft);
  }
  // A count or a place of an author's numbered points is told by the list, not by a passage: any other conflict of
  // the sentence is found as ever, apart from it.
  const listed = numberedListConflict(index, draft);
  const found = statementConflicts(index, draft, attributed);
  // Advice an author gives, set against that author's own advice: apart from what the sentence states of events,
  // unless those already found the passage against it.
  const advice = adviceConflict(index, draft);
  const advised = advice && found.every((f) => f.factId !== advice.factId) ? advice : undefined;
  const own = [listed, advised].filter((f): f is ClaimFinding => f !== undefined);
  return own.length > 0 ? [...own, ...found.filter((f) => own.every((o) => f.end <= o.start || f.start >= o.end))] : found;
}

/** The conflicts of a statement of fact, its things' attributes (`attributed`) read: titles, affiliations, events. */
function statementConflicts(index: SourceClaims, draft: AnalysedSentence, attributed: ClaimFinding | undefined): ClaimFinding[] {
  // A title the sources never give a person is one slip; the event the sentence tells may hold another ("Suga, who
  // had served as Abe's foreign minister, took over as premier in October 2020"), though not in the titled person,
  // whom the sources know by the titles they give.
  // Each title and each body is told of its own person: every one the sources contradict is a slip of its own
  // ("Secretary of State John Bolton … with Matthew Pottinger, the national security adviser").
  const titles = titleConflicts(index, draft, ownTitles);
  const bodies = affiliationConflicts(index, draft).filter((b) => titles.every((t) => b.end <= t.start || b.start >= t.end));
  const titled = [...titles, ...bodies].sort((x, y) => x.start - y.start);
  if (titled.length > 0) {
    const apart = (f: ClaimFinding) =>
      [...titled, ...titledPeople(draft).map(([person]) => person)].every((o) => f.end <= o.start || f.start >= o.end);
    return [...titled, ...eventConflicts(index, draft).filter(apart)];
  }
  if (attributed) return [attributed];
  return eventConflicts(index, draft);
}

/**
 * Whether `title` stands beside `person` as the name's description: right before it ("Defense Minister Motegi"), or
 * set off by a comma right after it, past an owner at most ("Motegi, Japan's defense minister, …").
 */
function besideName(draft: AnalysedSentence, person: Slot, title: Slot): boolean {
  if (title.last === person.first - 1) return true;
  return (
    title.first > person.last &&
    title.first - person.last <= BESIDE_NAME_REACH &&
    /^\s*,/.test(textBetween(draft, person.last, person.last + 1))
  );
}

/** How far after a name's comma its title may start, past an article and an owner ("Motegi, the Japanese …"). */
const BESIDE_NAME_REACH = 4;

/** How much of a draft sentence placing a point of a numbered list the point it tells must say (`align`'s coverage). */
const LIST_POINT_COVERAGE = 0.4;

/** How much of that coverage the point at the draft's place may reach, and the draft still be wrong about the place. */
const LIST_POINT_SHARE = 0.6;

/**
 * A draft counting an author's numbered points otherwise than the list does ("Sakata offers four recommendations"
 * against points 1 to 6), or placing the point it tells elsewhere ("Sakata's fifth recommendation calls for
 * re-strengthening trilateral cooperation on North Korea" against point 4): the last point, or the point told, is
 * cited. A place is compared only where one point clearly tells the draft's words and the point at its place does not.
 */
function numberedListConflict(index: SourceClaims, draft: AnalysedSentence): ClaimFinding | undefined {
  const said = listStatementOf(draft, index.numberedLists);
  if (!said) return undefined;
  const { points } = said.list;
  const claimOf = (passage: Passage): SourceClaim => ({ passage, kinds: 0, denies: false, analysis: index.read(passage) });
  if ('count' in said) {
    const { count } = said;
    if (count.number!.value === points.length) return undefined;
    const replacement = /^\d+$/.test(count.text) ? String(points.length) : matchCase(numberInWords(points.length) ?? '', count.text);
    return finding(
      claimOf(points[points.length - 1][0]),
      count.start,
      count.end,
      count.text,
      `${points.length} numbered points`,
      replacement || undefined,
    );
  }
  // Each point's coverage of the draft: the best of its passages'.
  const told = points.map((passages) => {
    let best: { coverage: number; passage: Passage } | undefined;
    for (const passage of passages) {
      const reading = index.read(passage);
      const bound = alignmentBound(draft, reading, index);
      if (bound.anchors < MIN_ANCHORS || (best && best.coverage >= bound.coverage)) continue;
      const alignment = align(draft, reading, index);
      if (alignment.anchors < MIN_ANCHORS || (best && best.coverage >= alignment.coverage)) continue;
      best = { coverage: alignment.coverage, passage };
    }
    return best;
  });
  let k = -1;
  for (let j = 0; j < told.length; j++) if (told[j] && (k < 0 || told[j]!.coverage > told[k]!.coverage)) k = j;
  if (k < 0 || k + 1 === said.place || told[k]!.coverage < LIST_POINT_COVERAGE) return undefined;
  if ((told[said.place - 1]?.coverage ?? 0) >= told[k]!.coverage * LIST_POINT_SHARE) return undefined;
  const word = draft.words[said.first];
  const ordinal = ordinalWord(k + 1);
  return finding(
    claimOf(told[k]!.passage),
    word.start,
    word.end,
    word.text,
    `point ${k + 1}`,
    ordinal === undefined ? undefined : matchCase(ordinal, word.text),
  );
}

/** The conflicts of a statement of fact with the passages telling its event: its values, denials and order. */
function eventConflicts(index: SourceClaims, draft: AnalysedSentence): ClaimFinding[] {
  if (draft.slots.length === 0 && draft.negations.length === 0 && draft.contentStems.size < MIN_POLARITY_ANCHORS) return [];
  const compared: { claim: SourceClaim; alignment: Alignment }[] = [];
  // Every passage compared, in order, lined up or not: the order of a journey's stops is read from their words alone.
  const passages: SourceClaim[] = [];
  // Passages sharing one anchor too few to make or back a conflict but enough to back one (`decide`): lined up only
  // if a conflict is found. Every use of an alignment here asks for `MIN_ANCHORS` (a backing passage one fewer, a
  // short sentence's conflict too: `fewAnchorsSuffice`), and most passages fall short (`anchorsBound`): knowing so is
  // cheaper than lining them up.
  const nearly: SourceClaim[] = [];
  // The passages telling a guess: lined up only if a title standing for a person asks who told it (below).
  const guesses: AnalysedSentence[] = [];
  for (const c of candidatesOfClauses(index, draft)) {
    // A passage supposing something after what it states ("… expressed deep skepticism that Moon is ready to act and
    // even if he did, …") states that first clause: it is compared on it alone.
    const read = index.claim(c);
    const claim = read.analysis.conditional ? index.statedBeforeSupposition(c) : read;
    if (!claim) continue;
    // Its reading is looked up in the index's cache at each ask: asked once here.
    const reading = claim.analysis;
    if (!reading.hedged) {
      passages.push(claim);
      const bound = anchorsBound(draft, reading, index, COMPARED_ANCHORS);
      // One anchor short, a passage saying most of a short sentence may still make a conflict (`fewAnchorsSuffice`).
      // So may a short sentence turning round a word of the passage's ("Tokyo's reaction has been warm" against "Tokyo
      // has been relatively subdued in response"), the turned word being no shared word (`shortJudgement`).
      const short =
        bound === FEW_ANCHORS && (alignmentBound(draft, reading, index).coverage >= MIN_COVERAGE || opposesWordOf(draft, reading));
      // Its coverage leaves out the draft's words the sentences beside it tell (`withToldAround`).
      if (bound >= COMPARED_ANCHORS || short)
        compared.push({ claim, alignment: withToldAround(index, c, draft, align(draft, reading, index)) });
      else if (bound >= BACKING_ANCHORS) nearly.push(claim);
    } else {
      guesses.push(reading);
      const level = levelAlignment(draft, reading, index);
      if (level) {
        compared.push({ claim, alignment: level });
        passages.push(claim);
        continue;
      }
      if (!reading.presupposed) continue;
      const alignment = presupposedAlignment(draft, reading, index);
      if (!alignment) continue;
      compared.push({ claim, alignment });
      passages.push(claim);
    }
  }
  // A title standing for the person named before ("The deputy secretary of state then travelled on to Seoul …") is
  // theirs only where a passage tells this act of that person: then a title the sources never give them is wrong. A
  // passage telling a person's guess ("“Suga would not take a risk …,” … Yu Myung Hwan … told me") tells that act of
  // the person too, though its guess is not compared.
  const tells = (alignment: Alignment, person: Slot) =>
    alignment.anchors >= MIN_ANCHORS && alignment.coverage >= MIN_COVERAGE && alignment.pairs.some(([d]) => d === person);
  const toldOf = (person: Slot) =>
    compared.some(({ alignment }) => tells(alignment, person)) ||
    guesses.some(
      (reading) => anchorsBound(draft, reading, index, MIN_ANCHORS) >= MIN_ANCHORS && tells(align(draft, reading, index), person),
    );
  const referredTitle = titleConflicts(index, draft, (person, title) => standsForPerson(person, title) && toldOf(person));
  if (referredTitle.length > 0) return referredTitle.slice(0, 1);
  const decided = decide(index, draft, compared, nearly);
  if (decided && decided.length > 0) return decided;
  // A value backed by another passage (`decide` found nothing wrong) says nothing of the order of two events the
  // sources date: "Kang's appointment came ahead of Park's trip" is wrong by the two dates, whatever else it shares;
  // nor of the time a passage counts between two events ("… a decade later").
  const dated =
    datedOrderConflict(index, draft) ??
    countedSpanConflict(index, draft) ??
    stopOrderConflict(draft, passages) ??
    answerOrderConflict(draft, compared);
  if (dated) return [dated];
  if (decided) return decided;
  const counted =
    listCountConflict(index, draft, compared) ??
    phraseListCountConflict(draft, compared) ??
    replacedItemConflict(index, draft, compared, listTold) ??
    remainingTermConflict(draft, compared) ??
    rankConflict(draft, compared) ??
    kindConflict(draft, compared, MIN_COVERAGE);
  return counted ? [counted] : [];
}

/**
 * A guess or a proposal giving a gathering a level ("Buchan and Rimland would conduct the dialogue at the level of
 * cabinet ministers"), against a passage giving the same gathering another, stated or proposed: the level is what the
 * writer states of the proposal, whatever its hedge (`levelAlignment`).
 */
function levelConflicts(index: SourceClaims, draft: AnalysedSentence): ClaimFinding[] {
  if (draft.hearsay || !draft.slots.some((s) => namesLevel(draft, s))) return [];
  const compared: { claim: SourceClaim; alignment: Alignment }[] = [];
  for (const c of candidatesOfClauses(index, draft)) {
    const claim = index.claim(c);
    if (claim.analysis.conditional || claim.analysis.hearsay) continue;
    const alignment = levelAlignment(draft, claim.analysis, index);
    if (alignment) compared.push({ claim, alignment });
  }
  return decide(index, draft, compared) ?? [];
}

/**
 * A guess lined up with the draft on the level of the gathering it proposes alone ("Maintaining the dialogue at the
 * assistant secretary or senior official level would help …" against "… would conduct the dialogue at the level of
 * cabinet ministers"): the level is what the guess is about, not guessed itself. Its guess is not compared.
 */
function levelAlignment(draft: AnalysedSentence, claim: AnalysedSentence, index: SourceClaims): Alignment | undefined {
  const levels = draft.slots.filter((s) => otherLevel(draft, s, claim) !== undefined);
  if (levels.length === 0 || anchorsBound(draft, claim, index, COMPARED_ANCHORS) < COMPARED_ANCHORS) return undefined;
  const alignment = align(draft, claim, index);
  const mismatches = alignment.mismatches.filter((m) => levels.includes(m.draft));
  return mismatches.length > 0 ? { ...alignment, mismatches, polarity: undefined } : undefined;
}

/**
 * A guess lined up with the draft on what it takes as given alone: the values of its clauses of time ("would not take
 * a risk before he is re-elected … in September"). Its own guess, and whether it happened, are not compared.
 */
function presupposedAlignment(draft: AnalysedSentence, claim: AnalysedSentence, index: SourceClaims): Alignment | undefined {
  const alignment = align(draft, claim, index);
  const givenAt = (first: number, last: number) => claim.presupposed!.some(([from, to]) => first >= from && last <= to);
  // Who told a quoted guess is compared with a draft telling someone's telling ("… told the author that …"); a draft
  // telling something else of a person the quotation names ("Prime Minister Suga, formerly Abe's chief cabinet
  // secretary, …") is no account of who told it.
  const attributed = claim.attributedFrom ?? claim.words.length;
  const tellsTelling = draft.words.some((w, i) => draft.quoted[i] === 0 && SPEAKING_VERBS.has(w.lower));
  const given = (slot: Slot) => givenAt(slot.first, slot.last) && (slot.first < attributed || tellsTelling);
  // A value of a clause of time dates that clause's event ("before he is re-elected … in September"): compared with a
  // draft telling that event in a word of the clause before the value (what follows, "or has an election victory",
  // is another event), not with one dating another thing the sentence also speaks of
  // ("Optimism about Japan-ROK relations grew in November 2020 after Biden's victory").
  // (Dates only; a name the clause gives, "the Liberal Democratic Party" against "the LDP leadership vote", is told.)
  const told = new Set(draft.stems);
  const names = new Set(draft.slots.flatMap((o) => (o.entity ? [o.entity.key] : [])));
  const clauseTold = (slot: Slot) =>
    slot.kind !== 'date' ||
    claim.presupposed!.some(([from, to]) => {
      if (slot.first < from || slot.last > to) return false;
      for (let k = from; k < slot.first; k++) if (claim.content[k] === 1 && told.has(claim.stems[k])) return true;
      return claim.slots.some((o) => o.entity && o.first >= from && o.last < slot.first && names.has(o.entity.key));
    });
  const mismatches = alignment.mismatches.filter((m) => given(m.source) && clauseTold(m.source));
  if (mismatches.length > 0) return { ...alignment, mismatches, polarity: undefined };
  // The order it takes as given ("After the Singapore Summit, the announcement … may have been tolerable"), against
  // the draft's ("Ahead of the Singapore Summit, Trump announced …"); not its guess, nor a denial.
  const order = alignment.polarity?.sourceWords;
  const ordered = order !== undefined && ORDER_WORDS.has(claim.words[order[0]].lower) && givenAt(order[0], order[1]);
  // What a declaration it takes as given said ("announcement that he was reducing …" against the draft's "announced
  // that he would expand …"): the declaration was made, so its content is compared.
  // (The range opens at the declaration's owner where one owns it: "the U.S. president's announcement that …".)
  const declares = (from: number, to: number) => claim.words.some((w, k) => k >= from && k <= to && DECLARATION_NOUNS.has(w.lower));
  const declared = order !== undefined && claim.presupposed!.some(([from, to]) => declares(from, to) && order[0] >= from && order[1] <= to);
  // A denial in the party's own words that the act it takes as given reports ("This is likely why Stilwell insisted …
  // that it was “not [his] job to mediate”"): the insisting was done, so the stance it states is compared.
  const stance = order !== undefined && quotedAfter(claim, order[0], givenAt);
  return ordered || declared || stance ? { ...alignment, mismatches: [] } : undefined;
}

/**
 * Whether word `k` is a denial inside a quotation that opens right after words the claim takes as given (`given`).
 */
function quotedAfter(claim: AnalysedSentence, k: number, given: (first: number, last: number) => boolean): boolean {
  if (claim.quoted[k] !== 1 || !claim.negations.includes(k)) return false;
  let open = k;
  while (open > 0 && claim.quoted[open - 1] === 1) open--;
  return open > 0 && given(open - 1, open - 1);
}

/**
 * The conflict of the passages compared with the draft, if any: the one saying most of the draft among those that
 * contradict it, unless another passage backs the draft (`judge`); and that of each other clause of the draft telling
 * its own event against another passage. Undefined where no passage contradicts the draft; none where each conflict
 * is backed.
 */
function decide(
  index: SourceClaims,
  draft: AnalysedSentence,
  compared: readonly { claim: SourceClaim; alignment: Alignment }[],
  nearly: readonly SourceClaim[] = [],
): ClaimFinding[] | undefined {
  const conflicts: Conflict[] = [];
  for (const { claim, alignment } of compared) {
    const findings = conflictOf(index, draft, claim, alignment);
    if (findings.length > 0) conflicts.push({ claim, alignment, findings });
  }
  const best = mostTelling(conflicts);
  if (!best) return undefined;
  const found = judge(index, draft, best, compared, nearly).map((f) => recited(draft, best, f, compared, conflicts) ?? f);
  // Another clause may tell another event, wrong against another passage ("forty-two percent of Koreans view Japan as
  // a military threat, and relations have sunk to a 50-year low"): its conflict is judged on its own, where every
  // value of it stands in a clause apart from every value judged before and its clause says what the passage says.
  const taken: { first: number; last: number }[] = conflictWords(best.alignment);
  const apart = (c: Conflict) =>
    c.alignment.mismatches.length > 0 &&
    c.alignment.mismatches.every(
      (m) =>
        taken.every((t) => clausesApart(draft, m.draft, t)) &&
        clauseLinesUp(draft, c.claim.analysis, c.alignment, m) &&
        clauseCoverage(draft, m.draft, c.claim.analysis, c.alignment) >= MIN_COVERAGE,
    );
  for (let rest = conflicts.filter(apart), next = mostTelling(rest); next; rest = rest.filter(apart), next = mostTelling(rest)) {
    found.push(...judge(index, draft, { ...next, alignment: { ...next.alignment, apart: true } }, compared, nearly));
    taken.push(...conflictWords(next.alignment));
  }
  return found;
}

/**
 * The finding `f` of a wrong date cited from the passage that says most of the draft, where that is not the conflict's
 * own: a passage may line up a date of another event with the draft's ("the comfort women deal struck in 2014" against
 * "Moon's scrapping of the agreement in 2018, which Suga played a role in reaching") while the passage saying more of
 * the draft tells one date, of its event, that `align` left unpaired ("the agreement Japan had reached in 2015"; "the
 * 1965 treaty normalizing relations" against "a treaty signed in the 1950s"). The warning stands where it stood; only
 * the evidence shown changes, to the passage the writer was retelling. Undefined where no such passage is compared.
 */
function recited(
  draft: AnalysedSentence,
  best: Conflict,
  f: ClaimFinding,
  compared: readonly { claim: SourceClaim; alignment: Alignment }[],
  conflicts: readonly Conflict[],
): ClaimFinding | undefined {
  const { mismatches } = best.alignment;
  if (mismatches.length !== 1 || best.findings.length !== 1 || best.findings[0].start !== f.start) return undefined;
  const value = mismatches[0].draft;
  // One date in the draft: the passage's one date can only be told against it.
  if (value.kind !== 'date' || draft.slots.filter((s) => s.kind === 'date').length !== 1) return undefined;
  let chosen: { claim: SourceClaim; alignment: Alignment; date: Slot } | undefined;
  for (const { claim, alignment } of compared) {
    if (alignment.coverage <= (chosen ?? best).alignment.coverage || alignment.mismatches.length > 0) continue;
    if (conflicts.some((c) => c.claim === claim)) continue;
    const dates = claim.analysis.slots.filter((s) => s.kind === 'date');
    // Its date must fill the draft's date's role: words the two share stand near both. Not one without its year ("in
    // late January"): it may be another year's, of a later turn of the event.
    const date = dates.length === 1 && (dates[0].date?.year ?? dates[0].date?.decade) !== undefined ? dates[0] : undefined;
    if (
      date &&
      compareDates(value.date!, date.date!) === 'differ' &&
      sharesNeighbourhood(draft, value, claim.analysis, date, alignment.pairs)
    )
      chosen = { claim, alignment, date };
  }
  return chosen && wrongValueFinding(chosen.claim, { draft: value, source: chosen.date });
}

/** A passage contradicting the draft, lined up with it, and the findings it makes (`conflictOf`). */
interface Conflict {
  claim: SourceClaim;
  alignment: Alignment;
  findings: ClaimFinding[];
}

/** Of `conflicts`, the one whose passage says most of the draft (the first of those saying as much). */
function mostTelling(conflicts: readonly Conflict[]): Conflict | undefined {
  let best: Conflict | undefined;
  for (const c of conflicts) if (!best || c.alignment.coverage > best.alignment.coverage) best = c;
  return best;
}

/** The draft's words a conflict is about: its wrong values, or the predicate the passage opposes. */
function conflictWords(alignment: Alignment): { first: number; last: number }[] {
  if (alignment.mismatches.length > 0) return alignment.mismatches.map((m) => m.draft);
  const words = alignment.polarity?.draftWords;
  return words ? [{ first: words[0], last: words[1] }] : [];
}

/**
 * The findings of the conflict `best`, unless another passage backs the draft (one of `compared`, or of `nearly`,
 * passages not yet lined up that may reach `MIN_ANCHORS - 1` anchors): then none.
 */
function judge(
  index: SourceClaims,
  draft: AnalysedSentence,
  best: Conflict,
  compared: readonly { claim: SourceClaim; alignment: Alignment }[],
  nearly: readonly SourceClaim[],
): ClaimFinding[] {
  // A passage that says what the draft says, about as fully, backs it: the sources disagree, or speak of two events.
  const { mismatches } = best.alignment;
  if (mismatches.length > 0) {
    const split = eachInOwnClause(draft, mismatches);
    // Read with another clause's values set aside, or each in a clause of its own, a value is backed only by a passage
    // telling its own clause: one sharing the other clause's words tells that clause's event.
    // Where the conflict's passage gives the draft's meeting place as the draft does, a passage telling the draft's
    // people met elsewhere does not make that place the slip (`backing`'s `placeSlip`).
    const placeSlip = !best.alignment.matched.some((s) => isScene(draft, s));
    // A gathering's venue told wrong (`sameGatheringElsewhere`) is backed only by a passage telling that gathering: one
    // pairing the people or the name that made it the conflict's (not "a delegation … met … in Tokyo" for the G20
    // summit in Tokyo where Abe and Moon barely spoke).
    const gathering = (value: Slot) => {
      const m = mismatches.find((o) => o.draft === value);
      if (!m || !sameGatheringElsewhere(draft, value, best.claim.analysis, m.source, best.alignment.pairs)) return undefined;
      return best.alignment.pairs.filter(([d]) => d !== value && d.kind === 'entity' && d.entity!.type !== 'place').map(([d]) => d);
    };
    // A list's member told in place of another of the passage's list, its other members the passage's (`sameList`).
    // Two or more of them: one member in common ("Washington and Tokyo were at odds over … Burma" against "differences
    // in how to deal with the … coup in Burma and the … relationship between Japan and South Korea") may be a list of
    // another thing, which a passage sharing less of the sentence may tell.
    const listSwap = (value: Slot) =>
      value.kind === 'entity' &&
      listOf(draft, value).length > LIST_SWAP_MEMBERS &&
      mismatches.some((m) => m.draft === value && sameList(draft, value, best.claim.analysis, m.source, best.alignment.pairs));
    const backed = (value: Slot) => {
      if (!best.alignment.apart && !split)
        return backing(index, draft, value, best.alignment.coverage, false, placeSlip, gathering(value), listSwap(value));
      const clause = clauseOf(draft, ...clauseAround(draft, value));
      return backing(index, clause, value, align(clause, best.claim.analysis, index).coverage, false, placeSlip);
    };
    // Values each in a clause of its own are each backed or not.
    if (split) return best.findings.filter((f) => !mismatches.some((m) => m.draft.start === f.start && backed(m.draft)));
    if (mismatches.some((m) => backed(m.draft))) return [];
  } else {
    // A passage stating the event as the draft does backs it, unless it leaves out a date or number the denying one
    // shares with the draft: "relations have generally improved" says nothing of 2020.
    const when = best.alignment.matched.filter((s) => s.kind === 'date' || s.kind === 'number');
    // Against an opposite predicate ("tighten" against the passage's "relax"), a near miss of the act the draft
    // states ("pulled out of the pact" against "near withdrawal") or a denial of it told of the draft's own subject
    // ("The Trump administration has worked hard to build bridges" against "the Trump administration has shown little
    // interest in trying to build bridges"), it must state the draft's own act: a passage that only shares the
    // sentence's other words ("its ultimate success …", "cabinet officials work hard to reassure allies") tells of
    // something else. (A denial told of another subject is weighed by any passage saying as much.)
    const { draftWords, sourceWords, sameActor } = best.alignment.polarity!;
    const [at] = draftWords;
    const [from] = sourceWords;
    const source = best.claim.analysis;
    const opposite =
      !source.contentStems.has(draft.stems[at]) ||
      nearMissWord(source.words, source.stems, from) ||
      (sameActor && source.negations.includes(from));
    const predicate = draft.content[at] === 1 && opposite ? draft.stems[at] : undefined;
    // A passage's order read from the passage before ("later that month", `AnalysedSentence.after`): that passage tells
    // the event the draft orders by, and agreeing on it says nothing of the order.
    const orderedBy = (claim: SourceClaim) =>
      source.after?.at === from &&
      claim.passage.source === best.claim.passage.source &&
      claim.passage.index === best.claim.passage.index - 1;
    // Against an order ("… before he met Moon in Chengdu"), a passage backs the draft only where it tells the draft's
    // own event, every party the draft names outside the event it orders by: one naming Moon in another act does not.
    const orderSpan = orderEventSpans(draft).find(([o]) => o === at);
    const ownParties = orderSpan ? draft.slots.filter((s) => s.kind === 'entity' && (s.last < orderSpan[0] || s.first > orderSpan[1])) : [];
    const backs = (claim: SourceClaim, alignment: Alignment) =>
      claim !== best.claim &&
      ownParties.every((s) => alignment.matched.includes(s)) &&
      !orderedBy(claim) &&
      // A passage telling a threat or a near miss ("threatened to terminate …"), or advising an act ("should …"),
      // does not state that it happened.
      !claim.analysis.negations.some((n) => nearMissWord(claim.analysis.words, claim.analysis.stems, n)) &&
      !claim.analysis.words.some((w) => RECOMMENDATION_WORDS.has(w.lower)) &&
      (predicate === undefined || statesActOf(draft, at, claim.analysis, alignment.pairs)) &&
      alignment.anchors >= BACKING_ANCHORS &&
      !alignment.polarity &&
      alignment.coverage >= best.alignment.coverage * 0.9 &&
      when.every((s) => alignment.matched.includes(s));
    for (const { claim, alignment } of compared) if (backs(claim, alignment)) return [];
    for (const claim of nearly) if (backs(claim, align(draft, claim.analysis, index))) return [];
  }
  return best.findings;
}

/**
 * A supposition the draft shares with a passage ("… even if the Japanese companies' assets are liquidated", "If
 * liquidation of Japanese company assets occurs, …"), where the two deny each other what follows from it ("will
 * refrain from further retaliation", "will take further retaliatory measures"). The condition must say nothing the
 * passage's does not, and only a denial or an opposite act is compared: the rest of a supposition is not the
 * writer's claim of fact.
 */
function conditionalConflict(index: SourceClaims, draft: AnalysedSentence): ClaimFinding[] {
  const condition = conditionOf(draft);
  if (draft.hedged || condition === undefined) return [];
  const denied = sharedSuppositionConflict(index, draft, (claim) => {
    if (claim.hedged || !claim.conditional) return false;
    // "if" against "if" ("even if" too): "unless" supposes the opposite.
    const theirs = conditionOf(claim);
    return theirs?.word === condition.word && [...condition.stems].every((s) => theirs.stems.has(s));
  });
  return denied.length > 0 ? denied : foretoldValueConflict(index, draft, condition);
}

/**
 * A guess whose clause of time, whose act explained, or whose teller the draft takes as given ("Suga is unlikely to gamble on the
 * labour issue before his re-election as leader of Komeito in September", "That may explain why Moon and Suga have
 * been reluctant …"; `AnalysedSentence.presupposed`), with a value there wrong against a passage stating it, or taking
 * it as given too ("… would not take a risk before he is re-elected as LDP president in September"): the writer
 * states it, whatever the guess. Only values in those clauses are compared; the guess itself is not.
 */
function givenValueConflict(index: SourceClaims, draft: AnalysedSentence): ClaimFinding[] {
  const draftTold = toldBefore(draft);
  if (draft.hearsay || ((draft.presupposed?.length ?? 0) === 0 && draftTold < 0)) return [];
  // `toldAt`: where `a`'s verb of saying stands (`toldBefore`), read once per sentence.
  const given = (a: AnalysedSentence, toldAt: number, slot: Slot) =>
    slot.last < toldAt || (a.presupposed?.some(([from, to]) => slot.first >= from && slot.last <= to) ?? false);
  const compared: { claim: SourceClaim; alignment: Alignment }[] = [];
  for (const c of candidatesOfClauses(index, draft)) {
    const claim = index.claim(c);
    const reading = claim.analysis;
    if (reading.conditional || reading.hearsay) continue;
    const alignment = align(draft, reading, index);
    const readingTold = reading.hedged ? toldBefore(reading) : -1;
    const told = (m: Alignment['mismatches'][number]) =>
      given(draft, draftTold, m.draft) && (!reading.hedged || given(reading, readingTold, m.source));
    if (alignment.mismatches.length > 0 && alignment.mismatches.every(told))
      compared.push({ claim, alignment: { ...alignment, polarity: undefined } });
  }
  return decide(index, draft, compared) ?? [];
}

/**
 * In a guess told as someone's ("Officials at the Pentagon have said publicly that browbeating is likely to fail"):
 * where the verb of saying stands, before the first hedge; who said it, and where, stand before it, stated. -1 where
 * no such verb stands before the hedge.
 */
function toldBefore(a: AnalysedSentence): number {
  for (let k = firstHedge(a) - 1; k > 0; k--) if (a.quoted[k] === 0 && SPEAKING_VERBS.has(a.words[k].lower)) return k;
  return -1;
}

/** The first hedge of `a` outside quotation marks ("may", "likely"), or -1. */
function firstHedge(a: AnalysedSentence): number {
  return a.words.findIndex((w, i) => a.quoted[i] === 0 && HEDGE_WORDS.has(w.lower));
}

/**
 * A prediction the draft retells from a passage under the same supposition, with a wrong value in what follows from
 * it or in who foretold it ("Russia stands ready to step up as South Korea's partner if Washington fails to act"
 * against "China will be ready and willing to step up as a partner of South Korea if the United States does not right
 * the relationship"): the passage foretells it, and the draft gives its parties otherwise. The supposition is the
 * passage's where it is told of the same parties, every one the draft names there, denied alike ("fails to act", "does
 * not right": in other words, often), with no value of either condition wrong; only values outside both conditions
 * are compared, judged as a statement's are.
 */
function foretoldValueConflict(index: SourceClaims, draft: AnalysedSentence, condition: Condition): ClaimFinding[] {
  const within = (slot: Slot, c: Condition) => slot.first > c.at && slot.last <= c.last;
  const parties = draft.slots.filter((s) => s.kind === 'entity' && within(s, condition));
  if (parties.length === 0) return [];
  const denies = (a: AnalysedSentence, c: Condition) => a.negations.some((n) => n > c.at && n <= c.last);
  const compared: { claim: SourceClaim; alignment: Alignment }[] = [];
  for (const c of candidatesOfClauses(index, draft)) {
    const claim = index.claim(c);
    const reading = claim.analysis;
    if (reading.hedged || !reading.conditional) continue;
    const theirs = conditionOf(reading);
    if (theirs?.word !== condition.word || denies(reading, theirs) !== denies(draft, condition)) continue;
    const alignment = align(draft, reading, index);
    if (alignment.polarity || alignment.mismatches.length === 0) continue;
    const told = (p: Slot) => reading.slots.some((o) => within(o, theirs) && compareSlots(p, o) === 'same');
    const outside = (m: Alignment['mismatches'][number]) => !within(m.draft, condition) && !within(m.source, theirs);
    if (parties.every(told) && alignment.mismatches.every(outside)) compared.push({ claim, alignment });
  }
  return decide(index, draft, compared) ?? [];
}

/**
 * A judgment of likelihood the draft shares with a passage, in the same words ("are likely to succeed" against "are
 * likely to fail"), where the two judge opposite outcomes likely. A guess of what may happen ("may", "could") is no
 * judgment against another: both may.
 */
function likelihoodConflict(index: SourceClaims, draft: AnalysedSentence): ClaimFinding[] {
  const mine = hedgeWordsOf(draft);
  if (draft.conditional || mine.length === 0 || !mine.every((w) => LIKELIHOOD_WORDS.has(w))) return [];
  return sharedSuppositionConflict(index, draft, (claim) => {
    const theirs = hedgeWordsOf(claim);
    // Read from its words: a hedge after a comma closing its values leaves a passage's values stated, not its guess.
    return !claim.conditional && theirs.length === mine.length && theirs.every((w) => mine.includes(w));
  });
}

/** How much of a guess a passage guessing alike must say before a value of it told otherwise counts (`align`). */
const SAME_GUESS_COVERAGE = 0.8;

/**
 * A passage's own guess retold with another value ("abandoning that coalition would be tantamount to giving up on
 * NATO's role" against "… would be tantamount to giving up on the UN's role"): the two guess in the same hedge words,
 * the passage says nearly all of the draft, and the draft gives one of its values otherwise. What the passage guesses
 * is not the writer's claim of fact, but what the passage guesses is: retelling it, the draft misreports it. Only
 * values are compared, not whether the guessed thing happens (`likelihoodConflict` weighs that).
 */
function sameGuessConflict(index: SourceClaims, draft: AnalysedSentence): ClaimFinding[] {
  const mine = hedgeWordsOf(draft);
  if (draft.conditional || draft.hearsay || mine.length === 0) return [];
  const compared: { claim: SourceClaim; alignment: Alignment }[] = [];
  for (const c of candidatesOfClauses(index, draft)) {
    const claim = index.claim(c);
    const reading = claim.analysis;
    if (reading.conditional || reading.hearsay || !reading.hedged) continue;
    const theirs = hedgeWordsOf(reading);
    if (theirs.length !== mine.length || !theirs.every((w) => mine.includes(w))) continue;
    const alignment = align(draft, reading, index);
    if (alignment.mismatches.length === 0 || alignment.anchors < MANY_ANCHORS || alignment.coverage < SAME_GUESS_COVERAGE) continue;
    // A name sharing a word with the passage's is the same one in other words ("the Summer Olympics", "the Summer
    // Olympic Games").
    const stemsOf = (a: AnalysedSentence, slot: Slot) => a.stems.slice(slot.first, slot.last + 1);
    if (alignment.mismatches.some((m) => stemsOf(draft, m.draft).some((x) => stemsOf(reading, m.source).includes(x)))) continue;
    compared.push({ claim, alignment: { ...alignment, polarity: undefined } });
  }
  return decide(index, draft, compared) ?? [];
}

/** The hedge words a sentence uses, once each, in their order. */
function hedgeWordsOf(a: AnalysedSentence): string[] {
  return [...new Set(a.words.map((w) => w.lower).filter((w) => HEDGE_WORDS.has(w)))];
}

/**
 * The conflict of the passages that suppose what the draft supposes (`shares`), on whether what follows from it
 * happens: only a denial or an opposite act is compared; values in a supposition are not the writer's claim of fact.
 */
function sharedSuppositionConflict(
  index: SourceClaims,
  draft: AnalysedSentence,
  shares: (claim: AnalysedSentence) => boolean,
): ClaimFinding[] {
  const compared: { claim: SourceClaim; alignment: Alignment }[] = [];
  for (const c of candidatesOfClauses(index, draft)) {
    const claim = index.claim(c);
    if (!shares(claim.analysis)) continue;
    const alignment = align(draft, claim.analysis, index);
    if (alignment.mismatches.length === 0 && alignment.polarity) compared.push({ claim, alignment });
  }
  return decide(index, draft, compared) ?? [];
}

/**
 * A sentence's condition word ("if", "unless") and the content stems of its condition: the words from that word to
 * the end of its clause; none for a condition of fewer than two of them, too little to tell it by.
 */
function conditionOf(a: AnalysedSentence): Condition | undefined {
  const at = a.words.findIndex((w, i) => CONDITION_WORDS.has(w.lower) || invertedCondition(a.words, i));
  if (at < 0) return undefined;
  const stems = new Set<string>();
  let last = at;
  for (let i = at + 1; i < a.words.length && !breaksClause(a, i - 1, i) && !textBetween(a, i - 1, i).includes(','); i++) {
    if (a.content[i] === 1) stems.add(a.stems[i]);
    last = i;
  }
  // "should Japanese assets be liquidated" supposes as "if" does.
  const word = CONDITION_WORDS.has(a.words[at].lower) ? a.words[at].lower : 'if';
  return stems.size >= 2 ? { word, stems, at, last } : undefined;
}

/** A sentence's condition (`conditionOf`): its word, the content stems after it, and where it runs, words at..last. */
interface Condition {
  word: string;
  stems: Set<string>;
  at: number;
  last: number;
}

/**
 * A title the draft gives a person that none of the titles the sources give that person matches: "Defense Minister
 * Motegi" where the sources only ever write "Foreign Minister Motegi". A person is found by every word of the shorter
 * name standing in the longer ("Motegi", "Motegi Toshimitsu"); a name shared by several people ("Park") is left out.
 * One finding per title, in the draft's order.
 */
function titleConflicts(index: SourceClaims, draft: AnalysedSentence, asked: (person: Slot, title: Slot) => boolean): ClaimFinding[] {
  const found: ClaimFinding[] = [];
  const titled = [...titledOrServing(draft), ...capacitiesOfAnother(index, draft)];
  const taken = capacitiesTaken(draft).filter(([, t]) => !titled.some(([, o]) => o === t));
  for (const [person, title] of [...titled, ...taken]) {
    if (!asked(person, title) || found.some((f) => f.start === title.start)) continue;
    if (draft.quoted[title.first] === 1) continue;
    const words = person.entity!.words;
    // A title told as held at the sentence's own time, dated before a source giving the person a lower rank of that
    // office ("In January 2016, then-Secretary of State …" against the deputy secretary of an article of 2019); a
    // capacity in which the person did the dated act is held then too ("At the January 2016 meeting, Blinken took part
    // as Secretary of State").
    const capacity = taken.some(([, t]) => t === title);
    const held = capacity || heldThen(draft, title) || servingAs(draft, title) >= 0;
    const lower = held && lowerRankHeldLater(index, draft, person, title);
    if (lower) {
      found.push(finding(index.claim(lower.claim), title.start, title.end, title.text, lower.title.text, undefined));
      continue;
    }
    const then = otherRankHeldThen(index, draft, person, title, held);
    if (then) {
      found.push(finding(index.claim(then.claim), title.start, title.end, title.text, then.title.text, undefined));
      continue;
    }
    // Any other capacity taken may be one the sources do not list ("went to Tokyo as an envoy"): only its rank is told.
    if (capacity) continue;
    // A title told as once held is one of a career's: compared only with those the sources tell as once held.
    const past = onceHeld(draft, title);
    const known = knownTitles(index, person).filter((t) => !past || onceHeld(index.claim(t.claim).analysis, t.title));
    if (known.length === 0) continue;
    // "Pentagon chief" only says the person leads a body: it may name the office a full title names, in other words.
    // (The other way round differs: "Foreign Minister Park" is not the "head of the National Intelligence Service".)
    const vague = (t: Slot) => t.role!.head === LEADER;
    // A rank is part of the office ("deputy assistant secretary" is not the "assistant secretary"), in a sentence that
    // dates nothing (a dated one may tell a rank of the career held then, the sources giving another held later) and
    // where the sources give the person that rank nowhere, under any spelling of the name ("Deputy Secretary of State
    // Anthony Blinken" for Antony Blinken).
    const ranked = draft.slots.every((s) => s.kind !== 'date');
    const rankGiven = (t: Slot) =>
      !ranked ||
      !otherRank(title, t) ||
      knownTitles(index, person, true).some((c) => compareSlots(title, c.title) === 'same' && !otherRank(title, c.title));
    const same = (t: Slot) => compareSlots(title, t) === 'same' && rankGiven(t);
    if (known.some((t) => same(t.title) || (vague(title) && !vague(t.title)))) continue;
    // A capacity a source gives the person after "as" where it titles them ("Park Jie-won, head of the National
    // Intelligence Service, traveled to Tokyo as a presidential envoy") is the person's too: "Park Jie-won, a
    // presidential envoy, …" tells the same.
    if (capacityTaken(index, person, title)) continue;
    // A title dated to the draft's own event ("Blinken, then Deputy Secretary, posed with …") is one office of a career:
    // right if the sources give it to the person at any time, under a reference too ("As deputy secretary of state, he
    // met …"), whatever title they give the person elsewhere.
    if (heldThen(draft, title) && knownTitles(index, person, true).some((t) => compareSlots(title, t.title) === 'same')) continue;
    // Quoted: a title the sources give under every word of the draft's name, before one they give a bare surname
    // others share ("Professor Park" is not the "head of the National Intelligence Service" Park Jie-won).
    // Among them, one the draft does not give anyone itself ("Before becoming prime minister, Suga served as …"):
    // the title it asks the writer to check.
    const fullName = known.filter((t) => words.every((w) => t.person.entity!.words.includes(w)));
    const unsaid = (t: PersonTitle) => !draft.slots.some((o) => o !== title && o.kind === 'role' && compareSlots(o, t.title) === 'same');
    // An office named by whom it serves ("Abe's foreign minister") is set against one the sources tell as once held.
    const owner = draft.slots.some(
      (o) => o.entity?.type === 'person' && o.last === title.first - 2 && possessiveMark(draft.words, o.last + 1),
    );
    const once = (t: PersonTitle) => !owner || onceHeld(index.claim(t.claim).analysis, t.title);
    const source = fullName.find((t) => unsaid(t) && once(t)) ?? fullName.find(unsaid) ?? fullName[0] ?? known[0];
    found.push(finding(index.claim(source.claim), title.start, title.end, title.text, source.title.text, undefined));
  }
  return found.sort((x, y) => x.start - y.start);
}

/** Articles that may stand between "as" and a capacity taken ("as a presidential envoy"). */
const CAPACITY_ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Whether a source sentence titling `person` also gives them `title` as a capacity after "as" ("… traveled to Tokyo
 * as a presidential envoy"): the person is the only one the sentence names before it, so the capacity is theirs.
 */
function capacityTaken(index: SourceClaims, person: Slot, title: Slot): boolean {
  return knownTitles(index, person, true).some((t) => {
    const a = index.claim(t.claim).analysis;
    return a.slots.some((o) => {
      if (o.kind !== 'role' || o === t.title || compareSlots(title, o) !== 'same') return false;
      let k = o.first - 1;
      if (CAPACITY_ARTICLES.has(a.words[k]?.lower ?? '')) k--;
      if (a.words[k]?.lower !== 'as') return false;
      const named = a.slots.filter((s) => s.last < k && PERSON_TYPES.includes(s.entity?.type ?? 'place'));
      return named.length === 1 && named[0] === t.person;
    });
  });
}

/**
 * The people a draft gives a title, with the title (`titledPeople`), and those it says serve in an office however far
 * from their name ("she approved it while serving as South Korea's prime minister"): "serving as" states the office
 * held, as a bare "as" does not ("took office as prime minister", "went to Tokyo as an envoy" name a capacity taken).
 */
function titledOrServing(draft: AnalysedSentence): [Slot, Slot][] {
  const found = titledPeople(draft);
  const { words } = draft;
  for (const title of draft.slots) {
    if (title.kind !== 'role' || pluralTitle(title) || found.some(([, t]) => t === title)) continue;
    const as = servingAs(draft, title);
    if (as < 0) continue;
    // "… while serving as": the first named of the clause it is set in, its subject.
    const opener = as - 2;
    const subject = SERVING_SUBORDINATORS.has(words[opener]?.lower ?? '')
      ? draft.slots.find((o) => o.kind === 'entity' && o.last < opener && sameClause(draft, o.last, opener))
      : undefined;
    const holder = capacityHolder(draft, title) ?? subject ?? participleSubject(draft, title, as - 1);
    if (holder?.entity?.type === 'person' && !possessiveMark(words, holder.last + 1)) found.push([holder, title]);
  }
  return found;
}

/**
 * The subject a perfect participle phrase stating a title tells of ("Suga became prime minister in September 2020,
 * having previously served as Cabinet Secretary"; "Having served as Abe's Cabinet Secretary, Suga …"): "having" a word
 * or two before the verb at `verb` (an adverb between: `TITLE_AUXILIARIES`), set off by a comma after the main clause,
 * whose subject opens the sentence, or opening it, the subject after the comma closing the phrase. A phrase has no
 * subject of its own.
 */
function participleSubject(draft: AnalysedSentence, title: Slot, verb: number): Slot | undefined {
  const { words } = draft;
  let having = verb - 1;
  if (TITLE_AUXILIARIES.has(words[having]?.lower ?? '')) having--;
  if (words[having]?.lower !== 'having') return undefined;
  const person = (at: number) => draft.slots.find((s) => s.first === at && s.entity?.type === 'person');
  if (having === 0) {
    for (let i = title.last + 1; i < words.length; i++) if (textBetween(draft, i - 1, i).includes(',')) return person(i);
    return undefined;
  }
  return textBetween(draft, having - 1, having).includes(',') ? person(0) : undefined;
}

/**
 * Where the "as" of "served as", "serving as" stands before a title ("while serving as South Korea's prime minister"),
 * at most four words before it; -1 where none does.
 */
function servingAs(draft: AnalysedSentence, title: Slot): number {
  const { words } = draft;
  let as = title.first - 1;
  while (as > 0 && words[as].lower !== 'as' && title.first - as <= 4) as--;
  return words[as]?.lower === 'as' && TITLE_SERVING.has(words[as - 1]?.lower ?? '') ? as : -1;
}

/**
 * The people a draft gives a capacity after "as", the subject of the clause doing its act in that capacity ("Blinken
 * attended the talks as Secretary of State", "he took part as deputy secretary"), with the title: held at the time of
 * that act, whatever else the person held before or after.
 */
function capacitiesTaken(draft: AnalysedSentence): [Slot, Slot][] {
  const found: [Slot, Slot][] = [];
  for (const title of draft.slots) {
    if (title.kind !== 'role' || pluralTitle(title)) continue;
    const holder = capacityHolder(draft, title);
    if (holder?.entity?.type === 'person' && !possessiveMark(draft.words, holder.last + 1)) found.push([holder, title]);
  }
  return found;
}

/**
 * The people a draft gives a capacity after a bare "as" ("Austin went to Seoul as Secretary of State"), where the
 * sources give that very title to one other person alone, and never to them (Blinken's "Secretary of State"): an office
 * one person holds in the sources' account, not the one a writer may give whoever took it on ("took office as
 * prime minister", "went as presidential envoy" name capacities the sources may not list). A title the sources give
 * several people ("President", "foreign minister") names offices of many countries and times: left out.
 */
function capacitiesOfAnother(index: SourceClaims, draft: AnalysedSentence): [Slot, Slot][] {
  const found: [Slot, Slot][] = [];
  for (const title of draft.slots) {
    if (title.kind !== 'role' || pluralTitle(title)) continue;
    const holder = capacityHolder(draft, title);
    if (holder?.entity?.type !== 'person' || possessiveMark(draft.words, holder.last + 1)) continue;
    // The clause's subject, opening it: not a person the act is done to ("he served Abe as Cabinet Secretary").
    const opener = draft.words[holder.first - 1]?.lower;
    if (opener !== undefined && !CLAUSE_OPENERS.has(opener) && !textBetween(draft, holder.first - 1, holder.first).includes(',')) continue;
    // Only a title as it stands, with no owner or qualifier naming whose office it is ("as the LDP's president").
    if (draft.words[title.first - 1]?.lower !== 'as') continue;
    const others = new Set<string>();
    for (const titles of index.titles.values())
      for (const t of titles) if (compareSlots(title, t.title) === 'same' && !otherRank(title, t.title)) others.add(t.person.entity!.key);
    const keys = [...others];
    if (keys.length === 1 && keys[0] !== holder.entity!.key) found.push([holder, title]);
  }
  return found;
}

/**
 * A body the draft ties a person to ("Yasuyo Sakata teaches at Keio University") where the sources tie that person to
 * another of the same kind and never to the draft's ("Yasuyo Sakata is a professor at Kanda University of
 * International Studies"): a university for a university, a party for a party. A person may serve bodies of other
 * kinds besides.
 */
function affiliationConflicts(index: SourceClaims, draft: AnalysedSentence): ClaimFinding[] {
  const found: ClaimFinding[] = [];
  for (const [person, body] of affiliatedPeople(draft)) {
    if (found.some((f) => f.start === body.start)) continue;
    // A body beside a reference to the person named before ("He teaches at …", "The professor, who teaches at …") is
    // that person's; a title with no comma after it may pick out someone new ("The professor who teaches at …"),
    // unless the sources give that person that very title and the body is told of the title itself, in no clause of its
    // own ("Park Cheol Hee … . The professor teaches at …").
    if (body.referent || (person.referent && !referenceSetOff(draft, person) && !titleOfTheirs(index, draft, person, body))) continue;
    const kinds = bodyKinds(body);
    const known = knownBodies(index, person).filter((b) => bodyKinds(b.body).some((k) => kinds.includes(k)));
    if (known.length === 0 || known.some((b) => compareSlots(body, b.body) === 'same')) continue;
    const source = known[0];
    found.push(finding(index.claim(source.claim), body.start, body.end, body.text, source.body.text, undefined));
  }
  return found;
}

/**
 * Whether a person the draft refers to stands for the one named before whatever follows: a pronoun, or a title set off
 * by a comma after it (what follows tells more of that person, not which one).
 */
function referenceSetOff(draft: AnalysedSentence, person: Slot): boolean {
  if (!draft.slots.some((t) => t.kind === 'role' && standsForPerson(person, t))) return true;
  return textBetween(draft, person.last, person.last + 1).includes(',');
}

/**
 * Whether the title standing for `person`, named before, is one the sources give that person ("the professor" for a
 * professor) and `body` is told of it with no relative word between (not "The professor who teaches at …", which
 * picks out a professor): then it is that person, not someone new the title picks out.
 */
function titleOfTheirs(index: SourceClaims, draft: AnalysedSentence, person: Slot, body: Slot): boolean {
  const title = draft.slots.find((t) => t.kind === 'role' && standsForPerson(person, t));
  if (!title || body.first <= title.last) return false;
  for (let i = title.last + 1; i < body.first; i++) if (RELATIVE_WORDS.has(draft.words[i].lower)) return false;
  return knownTitles(index, person).some((t) => compareSlots(title, t.title) === 'same');
}

/**
 * Whether `title` is itself the sentence's reference to `person`, named before ("… Stilwell … . The assistant secretary
 * flew …"), not a title the sentence gives a person it names or a pronoun ("As deputy secretary of state, he …").
 */
const standsForPerson = (person: Slot, title: Slot): boolean =>
  person.referent === true && person.first === title.first && person.last === title.last;

/** The titles a sentence gives people it names or refers to by a pronoun: not a title standing for a person itself. */
const ownTitles = (person: Slot, title: Slot): boolean => !standsForPerson(person, title);

/**
 * An attribute the draft gives a named thing where the sources give it another of the same class and never the
 * draft's: "the trilateral GSOMIA" where the sources write "the bilateral … agreement".
 */
function attributeConflict(index: SourceClaims, draft: AnalysedSentence): ClaimFinding | undefined {
  for (const [thing, at] of attributedThings(draft)) {
    const word = draft.words[at].lower;
    const cls = attributeClass(word);
    const known = (index.attributes.get(thing.entity!.key) ?? []).filter((t) => attributeClass(t.word) === cls);
    if (known.length === 0 || known.some((t) => t.word === word)) continue;
    const words = new Set(known.map((t) => t.word));
    if (words.size > 1) continue;
    const source = known[0];
    const claim = index.claim(source.claim);
    if (SEASON_WORDS.has(word) && anotherEdition(draft, thing, claim.analysis)) continue;
    const expected = claim.analysis.words[source.at].text;
    return finding(
      claim,
      draft.words[at].start,
      draft.words[at].end,
      draft.words[at].text,
      expected,
      matchCase(expected, draft.words[at].text),
    );
  }
  return undefined;
}

/**
 * Whether a thing named by its season, which comes round again, may be another of the series than the passage's: the
 * draft dates it where the passage does not date it alike ("hosted the Winter Olympic Games … in February 2018"
 * against "hope the Summer Olympic Games may …"), or holds it at a city the passage does not name ("… at
 * PyeongChang").
 */
function anotherEdition(draft: AnalysedSentence, thing: Slot, claim: AnalysedSentence): boolean {
  const theirs = (d: Slot) => claim.slots.some((o) => compareSlots(d, o) === 'same');
  const dated = (d: Slot) => d.kind === 'date' && !d.attributive;
  const heldAt = (p: Slot) =>
    p.entity?.type === 'place' &&
    !p.entity.key.startsWith('country:') &&
    p.first === thing.last + 2 &&
    LOCATIVE_PREPOSITIONS.has(draft.words[thing.last + 1].lower);
  return draft.slots.some((d) => (dated(d) || heldAt(d)) && !theirs(d));
}

/** The class of the year an agreement is named by ("the 2015 comfort women agreement"): it has one, as it has one party list. */
const YEAR_ATTRIBUTE_CLASS = CONTRASTING_ATTRIBUTES.length;

/** The class of an attribute word (lexicon.ts `ATTRIBUTE_CLASS`), or of a year naming an agreement; undefined for any other word. */
function attributeClass(word: string): number | undefined {
  return ATTRIBUTE_CLASS.get(word) ?? (/^\d{4}$/.test(word) ? YEAR_ATTRIBUTE_CLASS : undefined);
}

/** `word` written with the letter case of `like` ("Trilateral" → "bilateral" when `like` is lower-case). */
function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word[0].toUpperCase() + word.slice(1) : word.toLowerCase();
}

/** Words and values a passage must share with a draft's clause besides the event it is ordered by. */
const MIN_SHARED_BESIDES_ORDER = 1;

/**
 * Whether the passage shares with the draft little but the event an order word names ("Ahead of Biden's election win,
 * Seoul dispatched … Park Jie-won to Tokyo" against "Suga and Moon … congratulated Biden for his win"): that event
 * tells when the draft's happened, and a passage telling it tells another event than the draft's `value` is in.
 */
function toldOnlyWhen(draft: AnalysedSentence, value: Slot, claim: AnalysedSentence, alignment: Alignment): boolean {
  const spans = orderEventSpans(draft);
  const inSpan = (i: number) => spans.some(([from, to]) => i >= from && i <= to);
  if (spans.length === 0 || inSpan(value.first)) return false;
  let shared = 0;
  for (let i = 0; i < draft.words.length; i++) if (draft.content[i] === 1 && !inSpan(i) && claim.contentStems.has(draft.stems[i])) shared++;
  // A country shared is none: one is named in half the passages ("Japan's … export controls" and "Japanese companies").
  for (const [slot] of alignment.pairs) if (!inSpan(slot.first) && !slot.entity?.key.startsWith('country:')) shared++;
  return shared < MIN_SHARED_BESIDES_ORDER;
}

/**
 * A length of time ("for roughly a decade", "for barely five years"), not one told back from the time of writing ("20
 * years ago", "the past decade"): how long the state the clause tells held, whatever else the clause says.
 */
function lengthOfTime(value: Slot): boolean {
  return value.kind === 'number' && TIME_UNITS.has(value.number!.unit ?? '');
}

/**
 * The stems a length of time's own phrase alone gives the draft ("over the past three decades": "past"), words of
 * duration and of a window ending now before its figure (`LENGTH_OPENERS`, `APPROXIMATION_WORDS`): they tell how long,
 * not what held that long. None for any other value, nor for a stem the draft says outside the phrase too.
 */
function lengthPhraseStems(draft: AnalysedSentence, value: Slot): Set<string> {
  const out = new Set<string>();
  // Of any length, told back from the time of writing too ("the past three decades": a unit "year back").
  if (value.kind !== 'number' || !TIME_UNITS.has((value.number!.unit ?? '').split(' ')[0])) return out;
  let first = value.first;
  while (first > 0 && (LENGTH_OPENERS.has(draft.words[first - 1].lower) || APPROXIMATION_WORDS.has(draft.words[first - 1].lower))) first--;
  for (let k = first; k <= value.last; k++) if (draft.content[k] === 1) out.add(draft.stems[k]);
  for (let k = 0; k < draft.words.length; k++) if ((k < first || k > value.last) && draft.content[k] === 1) out.delete(draft.stems[k]);
  return out;
}

/** How many words after a possessive a date may stand in the owner's phrase ("Biden's [surprise] September win"). */
const OWNED_DATE_REACH = 2;

/**
 * The party owning the phrase a date stands in ("Biden's September election win": Biden), or undefined: the date
 * dates that party's event.
 */
function ownerOfDate(draft: AnalysedSentence, value: Slot): Slot | undefined {
  if (value.kind !== 'date') return undefined;
  return draft.slots.find(
    (s) =>
      s.kind === 'entity' &&
      possessiveMark(draft.words, s.last + 1) &&
      value.first > s.last + 1 &&
      value.first - (s.last + 1) <= OWNED_DATE_REACH &&
      !PUNCTUATION_BETWEEN.test(textBetween(draft, s.last, value.first)),
  );
}

/** Words either side of a value that make its clause, for `clauseCoverage`. */
const CLAUSE_REACH = 8;

/**
 * How much of the clause around `value` (its words up to `reach` either side, not past a semicolon or a dash) the
 * passage also says: content words, each once, and the values the two agree on. A length of time reaches over the
 * whole sentence (`lengthOfTime`). With `leaveOut`, the words of `value` the passage lacks are not counted: an
 * opposite predicate ("agreed" against "refused") is the difference itself, as in the alignment's coverage.
 */
function clauseCoverage(
  draft: AnalysedSentence,
  value: { first: number; last: number },
  claim: AnalysedSentence,
  alignment: Alignment,
  reach = CLAUSE_REACH,
  leaveOut = false,
): number {
  const words = draft.words;
  let from = value.first;
  while (from > 0 && value.first - from < reach && !breaksClause(draft, from - 1, from)) from--;
  let to = value.last;
  // An aside between a pair of dashes ("Park Jie-won — then Moon's unification minister — arrived in Tokyo") is
  // passed over: the clause goes on after it.
  let aside: [number, number] = [-1, -1];
  for (let read = 0; to < words.length - 1 && read < reach && !opensAppositive(draft, to + 1); to++, read++) {
    // A guess set off after the clause ("…by way of Vietnam and Thailand, likely to avoid the look of shuttle
    // diplomacy") is the writer's reading of why, a statement of its own: the clause ends before it.
    if (guessAfter(draft, to)) break;
    if (!breaksClause(draft, to, to + 1)) continue;
    const past = aside[0] < 0 ? pastDashAside(draft, to) : -1;
    if (past < 0 || past >= words.length) break;
    aside = [to + 1, past - 1];
    to = past - 1;
  }
  const inAside = (i: number) => i >= aside[0] && i <= aside[1];
  const reference = partiesReference(draft);
  let total = 0;
  let shared = 0;
  const counted = new Set<string>();
  for (let i = from; i <= to; i++) {
    if (inAside(i) || draft.content[i] !== 1 || counted.has(draft.stems[i]) || reference.has(i)) continue;
    counted.add(draft.stems[i]);
    const told = claim.contentStems.has(draft.stems[i]);
    if (leaveOut && !told && i >= value.first && i <= value.last) continue;
    total += 1;
    if (told) shared += 1;
  }
  for (const [slot] of alignment.pairs) {
    if (slot.first < from || slot.last > to || inAside(slot.first) || (slot.kind === 'number' && reference.has(slot.first))) continue;
    total += 1;
    shared += 1;
  }
  return total < MIN_ANCHORS ? 0 : shared / total;
}

/**
 * The words of each phrase standing for parties not read as named ones ("the two sides", "the two leaders", "both
 * countries"): "the two" or "both" and the plural noun right after. Like a pronoun, such a phrase tells who, not what
 * happened, and any passage about two parties uses it ("the two sides traded accusations"): shared, it says nothing of
 * whether a clause tells the passage's event.
 */
function partiesReference(a: AnalysedSentence): Set<number> {
  const found = new Set<number>();
  const w = (k: number) => a.words[k]?.lower ?? '';
  for (let k = 0; k + 1 < a.words.length; k++) {
    const opens = (w(k) === 'two' && w(k - 1) === 'the') || w(k) === 'both';
    const noun = w(k + 1);
    if (!opens || a.content[k + 1] !== 1 || noun.length <= 3 || !noun.endsWith('s') || noun.endsWith('ss')) continue;
    // Read as the people the paragraph named ("Abe and Moon …. The two leaders …", references.ts): those are paired.
    if (a.slots.some((o) => o.kind === 'entity' && o.first <= k + 1 && k + 1 <= o.last)) continue;
    found.add(k);
    found.add(k + 1);
  }
  return found;
}

/** Whether a comma after word `k` sets off a guess: the word after it is a hedge ("…, likely to …", "…, probably …"). */
function guessAfter(a: AnalysedSentence, k: number): boolean {
  const next = a.words[k + 1];
  return next !== undefined && HEDGE_WORDS.has(next.lower) && textBetween(a, k, k + 1).includes(',');
}

/**
 * The first and last words of the stretch `value` stands in, up to the nearest mark of punctuation either side, read
 * on past an aside telling who says it (", according to the authors,", ", the CSIS authors say,"): the stretch goes on
 * after it ("A majority of South Koreans, according to the authors, regard Japan as a military threat").
 */
function punctuatedStretch(draft: AnalysedSentence, value: { first: number; last: number }): [number, number] {
  const marked = (k: number) => PUNCTUATION_BETWEEN.test(textBetween(draft, k, k + 1));
  let from = value.first;
  while (from > 0 && !marked(from - 1)) from--;
  let to = value.last;
  while (to < draft.words.length - 1 && !marked(to)) to++;
  const next = reportingAsideAfter(draft, to);
  if (next > 0) for (to = next; to < draft.words.length - 1 && !marked(to);) to++;
  return [from, to];
}

/**
 * The first word after an aside set off by commas right after word `last` that tells only who says the sentence
 * ("according to the authors", "the CSIS authors note"), or -1: it opens with "according to" or closes with a verb of
 * saying.
 */
function reportingAsideAfter(draft: AnalysedSentence, last: number): number {
  const next = afterAside(draft, last);
  if (next < 0) return -1;
  const w = (k: number) => draft.words[k]?.lower ?? '';
  return (w(last + 1) === 'according' && w(last + 2) === 'to') || SPEAKING_VERBS.has(w(next - 1)) ? next : -1;
}

/**
 * Whether a content word or a paired value of the stretch `value` stands in, up to the nearest mark of punctuation
 * either side, is the passage's too, or it is set beside a value both name.
 */
function clauseSharesWith(draft: AnalysedSentence, value: Slot, claim: AnalysedSentence, alignment: Alignment): boolean {
  const [from, to] = punctuatedStretch(draft, value);
  const inClause = (i: number) => i >= from && i <= to && (i < value.first || i > value.last);
  for (let i = from; i <= to; i++) if (draft.content[i] === 1 && claim.contentStems.has(draft.stems[i]) && inClause(i)) return true;
  // A stretch set beside a party both name ("Kim Jin-pyo, of the opposition People Power Party,") tells of that party.
  return alignment.pairs.some(([slot]) => inClause(slot.first) || inClause(slot.last) || slot.last === from - 1);
}

/**
 * Whether the stretch a date or number stands in, up to the nearest mark of punctuation either side, tells the act of
 * a person the passage never names (the one doing its verb), while every person the passage does name stands outside
 * it ("Takeo Kawamura heads the Japan-Korea Parliamentarians' Union; Kim Jin-pyo led a delegation … in mid-November
 * 2020" against Kawamura's meeting "in October 2020"; "…, and Biden took office in January 2021" against Suga's
 * becoming prime minister): the value dates or counts that other person's act, not the one the passage tells.
 */
function actOfUnnamedPerson(draft: AnalysedSentence, value: Slot, alignment: Alignment): boolean {
  const [from, to] = punctuatedStretch(draft, value);
  const inside = (s: Slot) => s.first >= from && s.last <= to;
  const people = alignment.pairs.filter(([mine]) => personLike(mine));
  if (people.length === 0 || people.some(([mine]) => inside(mine))) return false;
  const paired = new Set(alignment.pairs.map(([mine]) => mine));
  return draft.slots.some((s) => personLike(s) && !paired.has(s) && inside(s) && subjectOfAct(draft, s));
}

/**
 * Whether the draft dates the event the passage orders its own by (`toldOnlyAsOrderedBy`: "Abe resigned in August
 * 2020" against "In September 2020, … Suga became Japan’s prime minister following Abe’s resignation"), at a time the
 * passage's order allows: not after the passage's date for an event that came before it, nor before it for one that
 * came after. The passage gives no date of that event to contradict.
 */
function datesAnotherEventInOrder(
  draft: AnalysedSentence,
  { draft: value, source: expected }: Alignment['mismatches'][number],
  claim: AnalysedSentence,
  alignment: Alignment,
): boolean {
  if (!value.date || !expected.date || value.date.year === undefined || expected.date.year === undefined) return false;
  const direction = toldOnlyAsOrderedBy(draft, claim, alignment.pairs, value);
  if (!direction) return false;
  const [mineFrom, mineTo] = dayRange(value.date);
  const [theirsFrom, theirsTo] = dayRange(expected.date);
  return direction === 'after' ? mineFrom <= theirsTo : mineTo >= theirsFrom;
}

/** How many more of the passage's words one of two events a draft orders must tell than the date's event tells. */
const CLEARLY_MORE_TOLD = 2;

/**
 * Whether the draft orders two events by a word setting a clause after the one before (`orderedEvents`, `THEN_WORDS`:
 * "X, and two weeks later Y", "X and then Y") and
 * the passage tells clearly more of the one the date does not stand in, by values paired and content words shared
 * ("Seoul sent Park Jie-won to Tokyo on November 9 and later named Kang Chan-gil ambassador to Japan" against "On
 * November 23, the Blue House appointed … Kang Chan-gil … as the next ambassador to Japan"): the date is the other
 * event's, which the passage does not date.
 */
function datesTheOtherOrderedEvent(draft: AnalysedSentence, value: Slot, claim: AnalysedSentence, alignment: Alignment): boolean {
  const told = ([from, to]: readonly [number, number]) => {
    const within = (k: number) => k >= from && k < to;
    let n = 0;
    for (const [mine] of alignment.pairs) if (mine !== value && within(mine.first) && within(mine.last)) n++;
    for (let i = from; i < to; i++) if (draft.content[i] === 1 && !inSlot(draft, i) && claim.contentStems.has(draft.stems[i])) n++;
    return n;
  };
  // Only a clause set after the one before by a word of its own ("later", "then"), against a passage ordering no events
  // itself: an order word ("before the LDP leadership vote in October") names an event a passage may tell in turn.
  if (orderedEvents(claim).length > 0) return false;
  for (const { words, ordered, by } of orderedEvents(draft)) {
    if (!THEN_WORDS.has(draft.words[words[1]].lower)) continue;
    const holds = (r: readonly [number, number]) => value.first >= r[0] && value.last < r[1];
    const [own, other] = holds(ordered) ? [ordered, by] : holds(by) ? [by, ordered] : [undefined, undefined];
    if (own && other && told(other) >= told(own) + CLEARLY_MORE_TOLD) return true;
  }
  return false;
}

/**
 * Whether everything the draft shares with the passage (its paired values but the date, its content words) is a
 * person the passage names and the title set off after the name ("Park Jie-won, head of the National Intelligence
 * Service, traveled to Tokyo on November 9" against "Park Jie-won became head of the National Intelligence Service
 * in July 2020"): the title describes the person, and the passage's date is its own act's, which the draft does not
 * tell.
 */
function sharesOnlyDescription(draft: AnalysedSentence, value: Slot, claim: AnalysedSentence, alignment: Alignment): boolean {
  const shared = alignment.pairs.filter(([mine]) => mine !== value);
  for (const [, person] of shared) {
    if (!personLike(person) || !textBetween(claim, person.last, person.last + 1).includes(',')) continue;
    let k = person.last + 1;
    while (k < claim.words.length && APPOSITION_WORDS.has(claim.words[k].lower)) k++;
    if (!claim.slots.some((s) => s.kind === 'role' && s.first === k)) continue;
    let end = k;
    while (end + 1 < claim.words.length && !PUNCTUATION_BETWEEN.test(textBetween(claim, end, end + 1))) end++;
    const inside = (j: number) => j >= person.first && j <= end;
    if (!shared.every(([, theirs]) => inside(theirs.first) && inside(theirs.last))) continue;
    let outside = false;
    for (let i = 0; i < draft.words.length && !outside; i++) {
      if (draft.content[i] !== 1 || inSlot(draft, i)) continue;
      for (let j = 0; j < claim.words.length && !outside; j++)
        if (claim.content[j] === 1 && claim.stems[j] === draft.stems[i] && !inside(j)) outside = true;
    }
    if (!outside) return true;
  }
  return false;
}

/**
 * Whether a named thing (an agreement, a name: not a party) shares with the passage only the words naming the
 * passage's thing, its modifiers with it ("TISA … routed intelligence sharing between Seoul and Tokyo through
 * Washington" against "… threatened to terminate the bilateral Japan-South Korea military intelligence sharing
 * agreement unless …"): the draft tells something else of another thing of that kind, not the passage's act of it
 * under a wrong name. The passage's noun phrase runs back from its value over content words and values to a function
 * word or a mark.
 */
function sharesOnlyTheName(draft: AnalysedSentence, value: Slot, claim: AnalysedSentence, expected: Slot, alignment: Alignment): boolean {
  const type = value.entity?.type;
  if (type !== 'agreement' && type !== 'name') return false;
  let from = expected.first;
  while (
    from > 0 &&
    !PUNCTUATION_BETWEEN.test(textBetween(claim, from - 1, from)) &&
    (claim.content[from - 1] === 1 || inSlot(claim, from - 1))
  )
    from--;
  const inside = (j: number) => j >= from && j <= expected.last;
  if (!alignment.pairs.every(([mine, theirs]) => mine === value || (inside(theirs.first) && inside(theirs.last)))) return false;
  for (let i = 0; i < draft.words.length; i++) {
    if (draft.content[i] !== 1 || inSlot(draft, i)) continue;
    for (let j = 0; j < claim.words.length; j++)
      if (claim.content[j] === 1 && claim.stems[j] === draft.stems[i] && !inside(j)) return false;
  }
  return true;
}

/**
 * A date further than this many years from the passage's is another event of the same people ("Abe first became
 * prime minister in September 2006" against Suga's becoming prime minister in September 2020), not a slip of the date.
 */
const SLIP_YEARS = 3;

/**
 * Whether a date or number (not a party: `conflictOf` asks more of those) in a sentence sharing little else with the
 * passage is told in a clause the passage tells: the value's own stretch, up to the nearest mark of punctuation either
 * side, shares a content word with it ("… hoped last spring that …"; not the unit of a number, "percent"), or names
 * as many values both tell as an alignment needs anchors ("Abe and Moon sat down together in Chengdu in …"). The
 * rest of the sentence may then be the draft's own ("finally sat down together"). A value in a stretch of its own
 * ("Moon's government, elected in 2017, …", "In a separate case in November 2018, …") may date another act. Not
 * when the passage's date is read from its time of writing ("Last December"): a reading, too loose a tie for so
 * little shared; nor a date years from the passage's (`SLIP_YEARS`), nor where each names a person the other does
 * not.
 */
function valueClauseTold(
  draft: AnalysedSentence,
  { draft: value, source: expected }: Alignment['mismatches'][number],
  claim: AnalysedSentence,
  alignment: Alignment,
): boolean {
  if (value.kind === 'entity' || expected.counted) return false;
  if (value.date && expected.date && (yearsBetween(value.date, expected.date) ?? 0) > SLIP_YEARS) return false;
  const { pairs } = alignment;
  if (eachNamesAnotherPerson(draft, claim, pairs, new Set(pairs.map(([, c]) => c)))) return false;
  const [from, to] = punctuatedStretch(draft, value);
  const unit = value.kind === 'number' && value.number!.unit !== undefined ? value.last + 1 : -1;
  for (let i = from; i <= to; i++) {
    if ((i >= value.first && i <= value.last) || i === unit) continue;
    if (draft.content[i] === 1 && claim.contentStems.has(draft.stems[i])) return true;
  }
  // A date of a thing's giving out ("…, was issued in October 2017") is told of the thing its subject names.
  if (issuedSubject(draft, value).some((k) => claim.contentStems.has(draft.stems[k]))) return true;
  let paired = 0;
  for (const [slot] of pairs) if (slot.first >= from && slot.last <= to) paired++;
  return paired >= MIN_ANCHORS;
}

/** Anchors one short of `MIN_ANCHORS`: enough only as `fewAnchorsSuffice` allows. */
const FEW_ANCHORS = MIN_ANCHORS - 1;

/**
 * Whether a wrong date or number lined up on `FEW_ANCHORS` anchors makes a conflict: in a short sentence the passage
 * says most of (`MIN_COVERAGE`), whose value's clause it tells (`valueClauseTold`) and whose every party it names
 * ("The Korean constitutional court first stepped in in 2013" against "The constitutional court first became involved
 * in 2011 …"). A party the passage does not name tells of another event ("Park Jie-won returned from Tokyo on
 * November 10" against customers "returning" to Japanese brands since "last summer").
 */
function fewAnchorsSuffice(
  draft: AnalysedSentence,
  mismatch: Alignment['mismatches'][number],
  claim: AnalysedSentence,
  alignment: Alignment,
): boolean {
  return (
    alignment.anchors === FEW_ANCHORS &&
    alignment.coverage >= MIN_COVERAGE &&
    draft.slots.every((s) => s.kind !== 'entity' || s === mismatch.draft || alignment.pairs.some(([paired]) => paired === s)) &&
    valueClauseTold(draft, mismatch, claim, alignment)
  );
}

/** Articles that, after a comma, open a noun phrase set beside the clause before it (", the first such contact …"). */
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an']);

/**
 * Whether word k opens a noun phrase after a comma that comments on the clause before it ("met … in Busan, the first
 * such contact since the pandemic began"): its words tell no more of that clause's event.
 */
function opensAppositive(draft: AnalysedSentence, k: number): boolean {
  if (!textBetween(draft, k - 1, k).includes(',')) return false;
  const word = draft.words[k]?.lower ?? '';
  return APPOSITIVE_OPENERS.has(word) || opensParticiple(draft, k) || opensAim(draft, k);
}

/**
 * Whether word `k` opens an aim set off by a comma (", to avoid …", ", likely to avoid the look of shuttle
 * diplomacy", a hedge at most before its "to"; not ", only to fail …", which tells what came of the act): it tells why the clause before was done, another passage's matter, not that clause's act.
 */
function opensAim(draft: AnalysedSentence, k: number): boolean {
  const words = draft.words;
  const to = words[k]?.lower === 'to' ? k : HEDGE_WORDS.has(words[k]?.lower ?? '') && words[k + 1]?.lower === 'to' ? k + 1 : -1;
  return to >= 0 && to + 1 < words.length && draft.content[to + 1] === 1;
}

/**
 * Whether word k, after a comma, opens a phrase of a present participle ("moved to freeze the foundation, further
 * hollowing out the 2015 accord"), perhaps after one of `PARTICIPLE_ADVERBS`: it tells what the clause's act led to,
 * not more of that act.
 */
function opensParticiple(draft: AnalysedSentence, k: number): boolean {
  const words = draft.words;
  const at = PARTICIPLE_ADVERBS.has(words[k]?.lower ?? '') ? k + 1 : k;
  const word = words[at]?.lower ?? '';
  return word.length > MIN_PARTICIPLE_LENGTH && word.endsWith('ing') && draft.content[at] === 1;
}

/** Fewer letters than this ending in "ing" ("thing", "king", "bring") are no participle. */
const MIN_PARTICIPLE_LENGTH = 5;

/** How much of a sentence a passage must tell for a list's member to be wrong against the member in its place. */
const LISTED_PARTY_COVERAGE = MIN_COVERAGE_WITH_MANY_ANCHORS;

/**
 * How much of a sentence a passage must tell for the person a statement is given as said by to be wrong against the
 * passage's speaker of it (`speakerSwap`): a statement retold in other words shares fewer of them than an event does.
 */
const SPOKEN_PARTY_COVERAGE = 0.4;

/** More members than this make a list whose member told otherwise is backed only by a passage listing it alike. */
const LIST_SWAP_MEMBERS = 2;

/** People the draft names acting at a place (`backing`): two, since one person's presence elsewhere is often another act. */
const SCENE_PEOPLE = 2;

/**
 * The passage, if any, that states the draft's value `value` together with two more of the draft's words or values:
 * then a source backs the draft (the sources disagree, or the draft tells another event they also tell), and the
 * draft is not contradicted. Every passage with the value is looked at, not only the best-matching few. With the
 * passage's own value that `value` was paired with (`sourced`). With `placeSlip`, a person met at a place may be backed
 * by a passage telling the draft's people met at another place (the place then being the draft's slip). With
 * `eventValues`, only a passage pairing each of those draft values backs it. With `listed`, the value is a member of a
 * list the conflict's passage gives with another member in its place (`sameList`): only a passage listing it with the
 * list's other members backs it ("consultations linking the United States, South Korea and China" is not backed by a
 * passage naming a third party "like Washington or Beijing" beside "Tokyo and Seoul").
 */
function backing(
  index: SourceClaims,
  draft: AnalysedSentence,
  value: Slot,
  coverage: number,
  otherSlip = false,
  placeSlip = false,
  eventValues: readonly Slot[] = [],
  listed = false,
): { claim: SourceClaim; sourced: Slot } | undefined {
  // Passages already looked at, by wording (a passage filed under two of the value's keys, or a library's copies of
  // one sentence, which back the draft alike).
  const wordings = new Set<number>();
  let stemLists: (Uint32Array | undefined)[] | undefined;
  let journey: boolean | undefined;
  // A place where two or more people the draft names acted ("Abe and Moon spoke … in Chengdu") is backed by a passage
  // telling those people at that place, in whatever words ("… Abe Shinzo and … Moon Jae-in met in Chengdu"): they were
  // there together, so the place is theirs, though the act is told otherwise. (Only backing: it silences, never warns.)
  const metThere = isScene(draft, value) && draft.slots.filter(personLike).length >= SCENE_PEOPLE;
  const lengthWords = lengthPhraseStems(draft, value);
  const dateOwner = ownerOfDate(draft, value);
  const peoplePaired = (alignment: Alignment) =>
    alignment.pairs.filter(([p, q]) => p !== value && (p.entity?.type === 'person' || q.entity?.type === 'person')).length;
  for (const key of valueKeys(value)) {
    // By the passages' distinct numbers (each is the first of its copies): their wordings and the stems' lists by
    // those numbers are arrays as small as the distinct passages are few, read without a wait on memory.
    const ids = index.distinctIdsWithValue(key);
    for (let k = 0; ids !== undefined && k < ids.length; k++) {
      const d = ids[k];
      const wording = index.distinctTextKey(d);
      if (wordings.has(wording)) continue;
      wordings.add(wording);
      // Backing needs two more shared words or values besides this one, and one of them a word: a passage sharing
      // only names and dates tells another thing of them ("the Tiananmen massacre in Beijing" backs no meeting there).
      // Asked of the stem index, not of the passage's reading: a common year files hundreds of a library's passages.
      // A word of time is none: "last week" dates an act, it tells none ("Secretary of Defense Lloyd Austin made
      // back-to-back visits this past week" backs no call Austin made last week).
      // (A loop, and the passage looked up after it: most of a common year's passages share no word.)
      // Nor is a word of a length's own phrase ("over the past three decades"): "For much of the past three decades,
      // North Korea's growing arsenal …" backs no growth of minilateral groupings over that time.
      stemLists ??= [...draft.contentStems]
        .filter((w) => !TIME_UNITS.has(w) && !lengthWords.has(w))
        .map((w) => index.distinctIdsWithStem(w));
      let sharesWord = false;
      for (const list of stemLists) if ((sharesWord = holds(list, d))) break;
      // A person's journey ("went to Tokyo") is told by a passage placing the person's event there in any words ("met …
      // in Tokyo"): read below (`journeyToSceneOf`).
      journey ??= personLike(value) && journeys(draft, value);
      if (!sharesWord && !journey && !metThere) continue;
      const claim = index.claim(index.distinctPassage(d));
      // The passage must give the value in the draft's words, not only name it beside the same parties.
      const share = value.kind === 'entity' ? PARTY_BACKING_SHARE : BACKING_SHARE;
      // Most passages sharing a common value share too little else, or do not state it alike: known without aligning
      // them (the value must be paired, below).
      if (!pairable(value, claim.analysis)) continue;
      const bound = alignmentBound(draft, claim.analysis, index);
      if (bound.anchors < MIN_ANCHORS || bound.coverage < coverage * share) continue;
      const alignment = align(draft, claim.analysis, index);
      const pair = alignment.pairs.find(([d]) => d === value);
      if (!pair || alignment.anchors < MIN_ANCHORS || alignment.coverage < coverage * share) continue;
      if (listed && !listedAlike(draft, value, claim.analysis, pair[1], alignment.pairs)) continue;
      // The draft's values that tell which event the value is of (`eventValues`: a gathering's people) must be the passage's.
      if (!eventValues.every((s) => alignment.pairs.some(([d]) => d === s))) continue;
      // A date of a party's own event ("Biden's September election win") is backed only by a passage telling that
      // party's: "… before he is re-elected as Chairman of the Liberal Democratic Party in September" is Suga's. Not
      // where another party of the draft may be its slip (`otherSlip`): "The constitutional court's October 2018
      // ruling" is backed by "a Korean Supreme Court ruling in October 2018", the court being the slip.
      if (dateOwner && !otherSlip && !alignment.pairs.some(([d]) => d === dateOwner)) continue;
      if (!sharesWord && !journey && !(isScene(claim.analysis, pair[1]) && peoplePaired(alignment) >= SCENE_PEOPLE)) continue;
      // A passage that contradicts another of the draft's values tells another event with this one ("a delegation …
      // met … in Tokyo" in mid-November backs no meeting in Tokyo in October).
      // (With `otherSlip`, one named party of the draft's told otherwise is allowed: then that party is the draft's slip.)
      const others = alignment.mismatches.filter((m) => m.draft !== value);
      const slip = otherSlip && others.length === 1 && others[0].draft.kind === 'entity' && others[0].draft.entity?.type !== 'place';
      // A meeting's place told otherwise where the people met there tie the two places (`sharesNeighbourhood`: "Abe and
      // Moon sat down together in Beijing", "Abe Shinzo and … Moon Jae-in met in Chengdu") is that meeting's, told with
      // the wrong place: its people (this one and another) are the passage's, and the place is the draft's slip, not
      // another event.
      const sceneSlip =
        placeSlip &&
        personLike(value) &&
        others.length === 1 &&
        isScene(draft, others[0].draft) &&
        isScene(claim.analysis, others[0].source) &&
        peoplePaired(alignment) + 1 >= SCENE_PEOPLE;
      if ((others.length > 0 && !slip && !sceneSlip) || clauseDatedOtherwise(draft, value, claim.analysis)) continue;
      // A person's act is backed only by a passage telling one of the person's acts ("President Donald J. Trump's meeting
      // with … Kim Jong-un", or "the Biden administration" beside none of its acts, backs no meeting Trump or Biden
      // organized with Abe and Park).
      if (personLike(value) && !tellsActOf(draft, value, claim.analysis, LIGHT_STEMS)) continue;
      // "the comfort women deal with Moon Jae-in" is backed only where the agreement is told as reached with Moon.
      if (!partnerAsInDraft(draft, value, claim.analysis)) continue;
      // An agreement the draft tells its event with is that event: a passage leaving it out tells another act of the
      // same parties ("Moon struck a conciliatory tone with Japan" backs no agreement struck with Moon).
      // One spelling its name out in plain words names it too ("the … “comfort women” agreement").
      const told = (s: Slot) => alignment.pairs.some(([d]) => d === s) || spelledOut(s, claim.analysis);
      if (draft.slots.some((s) => s !== value && s.entity?.type === 'agreement' && !told(s))) continue;
      // "Tokyo's New Southern Policy" is backed only where Tokyo owns it, not wherever Tokyo is named.
      // "funded by Seoul" is not backed by "a proposal floated by a senior Korean politician" nor by "Japan-South Korea
      // relations": a country's politician, court or firms are not its government, nor is a pair of countries' relations.
      if (namesGovernment(draft, value) && qualifiesNonGovernment(claim.analysis, pair[1])) continue;
      if (!ownsAsInDraft(draft, value, claim.analysis, pair[1])) continue;
      // "the South Korean ambassador" is backed only where South Korea holds that office, not wherever it is named.
      if (!holdsOfficeAsInDraft(draft, value, claim.analysis, pair[1])) continue;
      // "Chinese economic pressure" is not backed by "American pressure": another country's thing.
      if (qualifiedOtherwise(draft, claim.analysis)) continue;
      // "Tokyo's withdrawal" is backed only where Tokyo withdraws, not by another's withdrawal beside Tokyo's name.
      if (!doesAsInDraft(draft, value, claim.analysis)) continue;
      // "Japan as Korea's most persistent invader" is backed only by a passage telling what the draft says Japan is.
      if (!isAsInDraft(draft, value, claim.analysis)) continue;
      // "In Seoul's telling, …" is backed only by a passage giving an account as Seoul's.
      if (!tellsAsInDraft(draft, value, claim.analysis)) continue;
      // "It was Blinken who convened …" is backed only by a passage telling that act as the party's.
      if (singledOutActUntold(draft, value, claim.analysis)) continue;
      // A person's journey to a place the passage tells the person's event at ("went to Tokyo in mid-November" and "a
      // delegation … headed by Kim Jin-pyo … met … in Tokyo"): the place ties the two, however far apart the words.
      if (
        sharesNeighbourhood(draft, value, claim.analysis, pair[1], alignment.pairs, true) ||
        (journey && journeyToSceneOf(draft, value, claim.analysis))
      )
        return { claim, sourced: pair[1] };
      if (!sharesWord) continue;
    }
  }
  return undefined;
}

/**
 * Whether the draft dates the clause of `value` (every other date in that clause) and the passage gives only other
 * dates: the two tell events at different times, however much else they share. (alignment/events.ts `datedOtherwise`
 * asks a like question of a mismatch, by the one date nearest it in any clause, and never of a date: not this one.)
 */
function clauseDatedOtherwise(draft: AnalysedSentence, value: Slot, claim: AnalysedSentence): boolean {
  const beside = (s: Slot) => sameClause(draft, Math.min(s.last, value.last), Math.max(s.first, value.first));
  const dates = draft.slots.filter((s) => s !== value && s.kind === 'date' && draft.quoted[s.first] === 0 && !s.date?.decade && beside(s));
  const theirs = claim.slots.filter((s) => s.kind === 'date');
  return dates.length > 0 && theirs.length > 0 && dates.every((d) => theirs.every((t) => compareSlots(d, t) === 'differ'));
}

/**
 * Whether the draft tells an event years after the passage's source was written (`datedAfterWriting`): a date of its
 * own against the passage's dates (or the time of writing, for a passage giving none). Then no value of the sentence
 * contradicts the passage ("In 2023, the leaders … met at Camp David" against a 2019 article's summit).
 */
function afterWriting(index: SourceClaims, draft: AnalysedSentence, claim: SourceClaim): boolean {
  const written = index.yearWritten(claim.passage.source);
  if (written === undefined) return false;
  const dates = (a: AnalysedSentence) =>
    a.slots.filter((s) => s.kind === 'date' && !s.attributive && !s.referent && a.quoted[s.first] === 0);
  const sourced = dates(claim.analysis);
  return dates(draft).some((d) =>
    sourced.length === 0 ? datedAfterWriting(d.date!, {}, written) : sourced.every((s) => datedAfterWriting(d.date!, s.date!, written)),
  );
}

/**
 * Whether the one wrong value `mismatch` of a draft lined up with `claim` makes a conflict: the passage tells the
 * value's clause, or enough of the sentence, with enough anchors.
 */
function valueConflicts(
  draft: AnalysedSentence,
  source: AnalysedSentence,
  alignment: Alignment,
  mismatch: Alignment['mismatches'][number],
): boolean {
  if (alignment.anchors < MIN_ANCHORS && !fewAnchorsSuffice(draft, mismatch, source, alignment)) return false;
  const value = mismatch.draft;
  // The venue of a gathering both surely tell, held elsewhere (`sameGatheringElsewhere`): no other party of another
  // event, which would need most of the sentence shared, but the gathering's own place; some of the sentence will do.
  const venue = sameGatheringElsewhere(draft, value, source, mismatch.source, alignment.pairs);
  if (venue && alignment.anchors >= MIN_ANCHORS && alignment.coverage >= MIN_COVERAGE_WITH_MANY_ANCHORS) return true;
  // A long sentence adds clauses of its own: the clause around the value may carry the passage's claim alone.
  const reach = lengthOfTime(value) ? draft.words.length : CLAUSE_REACH;
  const clause = clauseCoverage(draft, value, source, alignment, reach);
  // Read with the values of the sentence's other clauses set aside (`Alignment.apart`), the value's own clause must
  // say what the passage says: the rest of the sentence tells something else. Nor where the two tell acts of different
  // people (`eachTellsAnotherPersonsAct`): the clause's words are then told of other people's doings ("In December
  // 2019 the two leaders did finally meet: Abe and Moon sat down …" shares "leaders" and "meet" with "… William Perry
  // led a trilateral … approach to negotiating …" in the 1990s).
  if (alignment.apart && (clause < MIN_COVERAGE || eachTellsAnotherPersonsAct(draft, source, alignment.pairs))) return false;
  const coverage = Math.max(alignment.coverage, clause);
  if (coverage < MIN_COVERAGE_WITH_MANY_ANCHORS) return false;
  // A date against a length the passage tells back from its time of writing ("some 20 years ago"): two ways of
  // telling a time, set against each other only where the passage says most of the sentence.
  if (value.kind === 'date' && mismatch.source.number?.years && alignment.coverage < MIN_COVERAGE) return false;
  // Few anchors need most of the sentence shared, unless the value's own clause is one the passage tells.
  if (alignment.anchors < MANY_ANCHORS && coverage < MIN_COVERAGE && !valueClauseTold(draft, mismatch, source, alignment)) return false;
  // Another party in a sentence is more often another event than a wrong name: it needs more of the sentence shared.
  // Not a member of a list whose other members the passage lists with its own in its place, among many values both
  // name alike ("visits to Tokyo and Beijing" against "visits to Tokyo and Seoul"): the list ties the two sentences.
  const listed =
    alignment.anchors >= MANY_ANCHORS && inConjoinedList(draft, value) && sameList(draft, value, source, mismatch.source, alignment.pairs);
  // Nor the person a statement is given as said by, where the passage gives the same statement as another's ("According
  // to Yu Myung Hwan, drawing Japan into the diplomatic game is being weighed" against "“Bringing Japan into the
  // diplomatic game is being seriously considered …,” says … Park Cheol Hee"): the saying ties the two speakers, and a
  // retold quotation keeps few of its words.
  const spoken = alignment.anchors >= MANY_ANCHORS && speakerSwap(draft, source)?.[0] === value;
  const needed = listed ? LISTED_PARTY_COVERAGE : spoken ? SPOKEN_PARTY_COVERAGE : MIN_COVERAGE;
  if (value.kind === 'entity' && coverage < needed) return false;
  // Told by the clause around it alone, the party's own clause must share a word or a value with the passage: an
  // opening phrase ("Ahead of Biden's election win, Seoul dispatched … Park Jie-won to Tokyo") is not its clause.
  if (value.kind === 'entity' && alignment.coverage < needed && !clauseSharesWith(draft, value, source, alignment)) return false;
  // Another person needs an act in common, not only places, a verb of little content or a word of order ("Stilwell
  // went first to Seoul" against "… diplomacy between Trump and Kim Jong Un is gone, said … of Seoul National
  // University"; "Park Jie-won first went to Tokyo" against "In his first telephone conversation with Moon, Suga …").
  if (value.entity?.type === 'person' && ![...draft.contentStems].some((s) => source.contentStems.has(s) && !LIGHT_STEMS.has(s)))
    return false;
  if (toldOnlyWhen(draft, value, source, alignment)) return false;
  if (value.kind === 'entity' && sharesOnlyTheName(draft, value, source, mismatch.source, alignment)) return false;
  if (value.kind !== 'entity' && actOfUnnamedPerson(draft, value, alignment)) return false;
  if (value.kind === 'date' && datesAnotherEventInOrder(draft, mismatch, source, alignment)) return false;
  if (value.kind === 'date' && datesTheOtherOrderedEvent(draft, value, source, alignment)) return false;
  if (value.kind === 'date' && namesEventOrderedByUntold(draft, value, source, mismatch.source)) return false;
  if (value.kind === 'date' && sharesOnlyDescription(draft, value, source, alignment)) return false;
  if (value.kind === 'date' && deniesDatedAct(draft, value, source, mismatch.source)) return false;
  if (value.kind === 'date' && datesEventElsewhere(draft, value, source)) return false;
  if (value.kind === 'date' && datesJudgment(draft, value, source, mismatch.source)) return false;
  if (value.kind === 'date' && datesCausedState(draft, value, source, mismatch.source)) return false;
  return true;
}

/**
 * Whether the draft's date dates a judgment of the event the passage dates ("In 2019 the Abe administration saw
 * Moon's withdrawal from the 2015 agreement … as evidence that …" against "… the agreement Japan had reached in
 * 2015"), where the passage's date dates no judgment itself (`judgmentDated`). The judgment may come long after the
 * event.
 */
function datesJudgment(draft: AnalysedSentence, value: Slot, source: AnalysedSentence, expected: Slot): boolean {
  return judgmentDated(draft, value) && !judgmentDated(source, expected);
}

/** Stems of `STATE_CAUSING_VERBS`. */
const STATE_CAUSING_STEMS: ReadonlySet<string> = new Set([...STATE_CAUSING_VERBS].map(stem));

/** How many words from a date the state it dates may stand ("in 2020 he stayed cautious", "cautious in 2020"). */
const DATED_STATE_REACH = 4;

/**
 * Whether the draft's date dates a state the passage tells as brought about by a dated cause ("Moon's … scrapping of
 * the agreement in 2018 … has made Suga very cautious" against "Suga became very cautious in 2020 after Moon scrapped
 * the agreement"): the passage's date stands before its verb of causing a state (`STATE_CAUSING_VERBS`), in the
 * cause, and the draft's date stands in one clause with a word of the state the passage tells after that verb, not with
 * a word of the cause. A state lasts: it may be told at any date after its cause. "Moon scrapped the agreement in
 * 2020" still warns.
 */
function datesCausedState(draft: AnalysedSentence, value: Slot, source: AnalysedSentence, expected: Slot): boolean {
  let verb = -1;
  for (let k = expected.last + 1; k < source.words.length && verb < 0; k++) if (STATE_CAUSING_STEMS.has(source.stems[k])) verb = k;
  // The verb's object, a named party, comes right after it, and its state after that ("made Suga very cautious"): not
  // "made back-to-back visits", an act told with a light verb.
  const object = verb < 0 ? undefined : source.slots.find((s) => s.first === verb + 1 && s.kind === 'entity');
  if (!object || object.last + 1 >= source.words.length) return false;
  const stateWords = new Set<string>();
  const causeWords = new Set<string>();
  for (let k = 0; k < source.words.length; k++) {
    if (source.content[k] !== 1 || inSlot(source, k) || LIGHT_STEMS.has(source.stems[k])) continue;
    if (k < verb) causeWords.add(source.stems[k]);
    else if (k > object.last) stateWords.add(source.stems[k]);
  }
  for (const w of causeWords) stateWords.delete(w);
  // The words of the date's clause in the draft, no farther than the reach on either side.
  let state = false;
  for (const dir of [-1, 1]) {
    const from = dir < 0 ? value.first : value.last;
    for (let k = from + dir, n = 0; k >= 0 && k < draft.words.length && n < DATED_STATE_REACH; k += dir, n++) {
      const [i, j] = dir < 0 ? [k, k + 1] : [k - 1, k];
      if (breaksClause(draft, i, j) || textBetween(draft, i, j).includes(',')) break;
      // A clause of its own opens at its conjunction ("cautious in 2020 after Moon scrapped …": the act is the other's).
      const lower = draft.words[k].lower;
      if (CLAUSE_OPENERS.has(lower) || ORDER_WORDS.has(lower)) break;
      if (draft.content[k] !== 1 || inSlot(draft, k)) continue;
      // The draft's date in a cause it tells as such ("… in 2017 left Suga very cautious"): the cause's date.
      if (causeWords.has(draft.stems[k]) || STATE_CAUSING_STEMS.has(draft.stems[k])) return false;
      if (stateWords.has(draft.stems[k])) state = true;
    }
  }
  return state;
}

/**
 * Whether date `value` dates a judgment: a verb of judging (`JUDGING_STEMS`: "saw", "regarded") after it in its
 * clause, with an "as" past the thing judged ("In 2019 the Abe administration saw Moon's withdrawal … as evidence").
 */
function judgmentDated(a: AnalysedSentence, value: Slot): boolean {
  // No comma between, but the one closing a date opening the sentence ("In 2019, the Abe administration saw …"): a
  // judgment told in another clause ("ruled in 2016 that …, a decision Tokyo still treats as a breach …") is not
  // the date's.
  const opening = value.first <= 1;
  let verb = -1;
  for (let k = value.last + 1; k < a.words.length && verb < 0; k++) {
    if (breaksClause(a, k - 1, k) || (textBetween(a, k - 1, k).includes(',') && !(opening && k === value.last + 1))) return false;
    if (JUDGING_STEMS.has(a.stems[k])) verb = k;
  }
  if (verb < 0) return false;
  // The thing judged stands between the verb and its "as".
  for (let k = verb + 2; k < a.words.length && k <= verb + JUDGED_AS_REACH && !breaksClause(a, k - 1, k); k++)
    if (a.words[k].lower === 'as') return true;
  return false;
}

/**
 * Whether the draft's date names the event its act is set after or before ("Soon after the October 2018 ruling,
 * Japan tightened export controls", "in the wake of the October 2018 ruling": between "the" and a noun an order word
 * governs, `ORDER_GOVERNORS`, `TIME_AROUND_NOUNS`) while the passage dates the sentence's act, not that event: the
 * passage tells a word of the sentence outside the order phrase, and its date lies on the side of the draft's the order
 * word allows (summer 2019 is after October 2018). A passage telling the ruling alone still judges its date.
 */
function namesEventOrderedByUntold(draft: AnalysedSentence, value: Slot, claim: AnalysedSentence, expected: Slot): boolean {
  const word = (i: number) => draft.words[i]?.lower ?? '';
  if (word(value.first - 1) !== 'the' || !value.date || !expected.date) return false;
  const governor = word(value.first - 2);
  const around = governor === 'of' ? word(value.first - 3) : '';
  // "within a year of the …", "within two months of the …": the act on either side of the event, no farther than that.
  const within = around ? withinLengthOf(draft, value.first - 3) : undefined;
  const direction = ORDER_GOVERNORS.has(governor)
    ? (ORDER_WORDS.get(governor)?.direction ?? (governor === 'since' ? 'after' : 'before'))
    : AFTER_AROUND_NOUNS.has(around)
      ? 'after'
      : BEFORE_AROUND_NOUNS.has(around)
        ? 'before'
        : within
          ? 'within'
          : undefined;
  if (!direction) return false;
  // The order phrase: from its governing word ("within" two words before the unit) to the end of its clause (a
  // comma), or the date's noun.
  const from = within ? within.from : value.first - (around ? 3 : 2);
  let to = value.last + 1;
  while (to + 1 < draft.words.length && !textBetween(draft, to, to + 1).includes(',')) to++;
  const own = (w: string) => claim.stems.some((c, j) => c === w && claim.content[j] === 1);
  let told = false;
  for (let i = 0; i < draft.words.length && !told; i++)
    if ((i < from || i > to) && draft.content[i] === 1 && !LIGHT_STEMS.has(draft.stems[i]) && own(draft.stems[i])) told = true;
  if (!told) return false;
  const [mineFrom, mineTo] = dayRange(value.date);
  const [theirsFrom, theirsTo] = dayRange(expected.date);
  if (within) {
    // Both ends of the passage's date inside the draft's reach, in calendar days.
    const [mFrom, mTo, tFrom, tTo] = [mineFrom, mineTo, theirsFrom, theirsTo].map(calendarDays);
    return tFrom >= mFrom - within.days && tTo <= mTo + within.days;
  }
  return direction === 'after' ? theirsFrom > mineTo : theirsTo < mineFrom;
}

/**
 * The reach of "within a year", "within two months" whose unit of time stands at `unit` (`DAYS_IN_UNIT`): its length
 * in days and where "within" stands; undefined for any other words (a bare "within months" has no length to hold).
 */
function withinLengthOf(draft: AnalysedSentence, unit: number): { days: number; from: number } | undefined {
  const perUnit = DAYS_IN_UNIT.get(draft.stems[unit] ?? '');
  const count = draft.words[unit - 1]?.lower ?? '';
  if (perUnit === undefined || draft.words[unit - 2]?.lower !== 'within') return undefined;
  const n = count === 'a' || count === 'an' ? 1 : /^\d+$/.test(count) ? +count : wordCount(count);
  return n === undefined ? undefined : { days: n * perUnit, from: unit - 2 };
}

/** A small whole number written in words ("two"), by the same words replacements are written in. */
function wordCount(word: string): number | undefined {
  for (let n = 1; n < 20; n++) if (numberInWords(n) === word) return n;
  return undefined;
}

/**
 * Whether the draft's date stands right after a scene of its own ("held a summit in Tokyo in 2018") that the passage
 * does not tell, while the draft names the passage's scene elsewhere for its event ("…, long before their meeting in
 * Chengdu" against "… met in Chengdu, China … in December 2019"): two events, each with its place; the date is the
 * other event's.
 */
function datesEventElsewhere(draft: AnalysedSentence, value: Slot, claim: AnalysedSentence): boolean {
  const scene = draft.slots.find((s) => isScene(draft, s) && s.last < value.first && value.first - s.last <= DATED_ACT_REACH - 1);
  if (!scene || claim.slots.some((o) => o.kind === 'entity' && compareSlots(o, scene) === 'same')) return false;
  return claim.slots.some(
    (o) => isScene(claim, o) && draft.slots.some((d) => d !== scene && isScene(draft, d) && compareSlots(d, o) === 'same'),
  );
}

/** How many words before a date its act may stand ("had reached in 2015", "reached with Park in 2015"). */
const DATED_ACT_REACH = 3;

/**
 * Whether the draft denies, away from its own date, the act the passage's date dates ("Abe and Moon met in Chengdu
 * in December 2019, only to fail to reach a deal" against "the … agreement Japan had reached in 2015"): the draft says
 * that act did not happen then, so its date is its other act's (the meeting's), not a wrong date of the passage's act.
 */
function deniesDatedAct(draft: AnalysedSentence, value: Slot, claim: AnalysedSentence, expected: Slot): boolean {
  let act = -1;
  for (let k = expected.first - 1; k >= 0 && k >= expected.first - DATED_ACT_REACH; k--) {
    if (PUNCTUATION_BETWEEN.test(textBetween(claim, k, k + 1))) break;
    if (claim.content[k] === 1 && !inSlot(claim, k)) {
      act = k;
      break;
    }
  }
  // The passage must state its act: one it denies too ("was nearly torpedoed in late January" against "came close to
  // being torpedoed … in midsummer") is dated alike by both.
  if (act < 0 || claim.negations.some((n) => n < act && n >= act - DATED_ACT_REACH)) return false;
  return draft.words.some(
    (_, j) =>
      draft.stems[j] === claim.stems[act] &&
      (j < value.first - DATED_ACT_REACH || j > value.last + DATED_ACT_REACH) &&
      draft.negations.some((n) => n < j && n >= j - DATED_ACT_REACH),
  );
}

/**
 * Whether the other values of the clause around the draft's wrong value that the passage also names stand in the
 * passage's clause around its own value: the two clauses tell one event. Not where one stands in another clause of
 * the passage ("… Japanese consumers answered with boycotts of Korean goods" against "Tokyo placed export
 * restrictions …, while Koreans organized … boycotts on Japanese goods"): the clause retells the passage otherwise.
 */
function clauseLinesUp(
  draft: AnalysedSentence,
  claim: AnalysedSentence,
  alignment: Alignment,
  { draft: value, source: expected }: Alignment['mismatches'][number],
): boolean {
  const [from, to] = clauseAround(draft, value);
  const [start, end] = clauseAround(claim, expected);
  return alignment.pairs.every(([d, c]) => d.first < from || d.last >= to || (c.first >= start && c.last < end));
}

/** Whether the draft's wrong values are two or more, each in a clause of its own (`clausesApart`). */
function eachInOwnClause(draft: AnalysedSentence, mismatches: Alignment['mismatches']): boolean {
  if (mismatches.length < 2) return false;
  return mismatches.every((m, k) => mismatches.every((o, j) => j === k || clausesApart(draft, m.draft, o.draft)));
}

/** The finding of the draft's wrong value `value` against the passage's `expected`. */
function wrongValueFinding(claim: SourceClaim, { draft: value, source: expected }: Alignment['mismatches'][number]): ClaimFinding {
  // A date counted from one before ("two years later") says which date it came to: the writer may have miscounted.
  return finding(
    claim,
    value.start,
    value.end,
    value.text,
    value.kind === 'date' && expected.number?.years ? toldBackText(claim.analysis, expected) : valueWithUnit(claim.analysis, expected),
    replacementFor(value, expected),
    value.counted ? dateText(value.date!) : undefined,
    // So does one the source told from the time of writing: “Last December” (December 2018).
    expected.counted ? dateText(expected.date!) : undefined,
  );
}

function conflictOf(index: SourceClaims, draft: AnalysedSentence, claim: SourceClaim, alignment: Alignment): ClaimFinding[] {
  const source = claim.analysis;
  const { mismatches } = alignment;
  const valueFinding = (m: Alignment['mismatches'][number]) => wrongValueFinding(claim, m);
  if ((mismatches.length > 0 || alignment.polarity) && afterWriting(index, draft, claim)) return [];
  // A place that is the venue of another gathering (another name, another year) tells that gathering: the passage's
  // is not retold, and none of the sentence's values is wrong about it.
  const written = index.yearWritten(claim.passage.source);
  if (mismatches.some((m) => m.draft.entity?.type === 'place' && anotherGathering(draft, m.draft, source, m.source, written))) return [];
  // A value the passage gives only in what it advises ("we … recommend that the United States strongly encourage a
  // leader-to-leader meeting on the margins of the upcoming UN General Assembly meeting in New York") tells what ought
  // to be, not what was: a draft stating what was done ("sat down together … in Chengdu") is not wrong against it.
  // (A draft telling advice itself, "The authors urge a … meeting … in Geneva", is weighed as ever.)
  if (!putsForward(draft) && mismatches.some((m) => advisingAt(source, m.source.first))) return [];
  // A month or season the passage gives without its year ("In mid-November, a … delegation … met with Suga … in
  // Tokyo") is of the time its source was written: a draft's date years before that tells another event of the same
  // kind ("In January 2016 … vice foreign ministers … meeting in Tokyo"), not the passage's told wrong.
  if (mismatches.some((m) => yearsBeforeWriting(m.draft, m.source, written))) return [];
  if (mismatches.length === 1) return valueConflicts(draft, source, alignment, mismatches[0]) ? [valueFinding(mismatches[0])] : [];
  // Wrong values each in a clause of its own ("It was Seoul that first restricted exports …; Japanese consumers
  // answered with boycotts of Korean goods"): each clause is judged on its own, as if the other's value were set
  // aside (`Alignment.apart`).
  if (eachInOwnClause(draft, mismatches)) {
    const apart = { ...alignment, apart: true } as const;
    const own = (m: Alignment['mismatches'][number]) =>
      clauseLinesUp(draft, source, alignment, m) && valueConflicts(draft, source, { ...apart, mismatches: [m] }, m);
    return mismatches.filter(own).map(valueFinding);
  }
  // Two wrong values read with another clause's values set aside: too little to tell which clause retells the passage.
  if (alignment.apart) return [];
  // Two values of two kinds wrong in a sentence that otherwise retells the passage closely ("met … in Busan in
  // September 2020" against "in Seoul in October 2020"): both are wrong, not another event.
  if (
    mismatches.length === 2 &&
    mismatches[0].draft.kind !== mismatches[1].draft.kind &&
    alignment.anchors >= MANY_ANCHORS &&
    alignment.coverage >= TWO_VALUES_COVERAGE
  )
    return mismatches.map(valueFinding);
  // Two values each where the other stands. Two titles given each to the other's holder ("the NSC director for Asia,
  // John Bolton, … with national security adviser Matthew Pottinger" against the reverse): each is wrong where the
  // other stands. Two parties ("it is American officials who … lecture their Japanese counterparts" against "Japanese
  // officials … lecture their American counterparts"): who did it is reversed, told once, at the first (the doer; the
  // other follows from it).
  if (
    mismatches.length === 2 &&
    mismatches[0].draft.kind === mismatches[1].draft.kind &&
    (mismatches[0].draft.kind === 'role' || mismatches[0].draft.kind === 'entity') &&
    compareSlots(mismatches[0].draft, mismatches[1].source) === 'same' &&
    compareSlots(mismatches[1].draft, mismatches[0].source) === 'same' &&
    alignment.anchors >= MIN_ANCHORS &&
    alignment.coverage >= MIN_COVERAGE
  ) {
    if (mismatches[0].draft.kind === 'role') return mismatches.map(valueFinding);
    const first = mismatches[0].draft.first < mismatches[1].draft.first ? mismatches[0] : mismatches[1];
    return [valueFinding(first)];
  }
  if (mismatches.length === 0 && alignment.polarity) {
    if (alignment.anchors < MIN_POLARITY_ANCHORS && !shortJudgement(draft, source, alignment)) return [];
    const [a, b] = alignment.polarity.draftWords;
    const [c, d] = alignment.polarity.sourceWords;
    // Two opposite predicates ("tighten" / "relax"), or a predicate the passage denies ("agreed to scale back its
    // surveillance flights" / "refused to consider limiting its surveillance activities"), in a long sentence: the
    // clause around the draft's may carry the passage's claim alone, as around a value. A denial of the draft's is
    // weighed on the whole sentence: it may deny anything in it.
    const stating = !draft.negations.includes(a);
    const clause = stating ? clauseCoverage(draft, { first: a, last: b }, source, alignment, CLAUSE_REACH, true) : 0;
    const coverage = Math.max(alignment.polarity.coverage, clause);
    const needed =
      alignment.anchors > MIN_POLARITY_ANCHORS
        ? MIN_POLARITY_COVERAGE_WITH_MORE_ANCHORS
        : alignment.polarity.sameActor
          ? MIN_POLARITY_COVERAGE_SAME_ACTOR
          : MIN_POLARITY_COVERAGE;
    if (coverage < needed) return [];
    // The warning covers the words the writer changed, where they stand beside the act word compared.
    const [from, to] = alignment.polarity.warnedWords ?? [a, b];
    const expected = source.negations.includes(c) ? denialPhrase(source, c) : wordsText(source, c, d);
    return [finding(claim, draft.words[from].start, draft.words[to].end, draftText(draft, from, to), expected, undefined)];
  }
  return [];
}

/**
 * How much of a short sentence a passage must say, its turned word left out, for one anchor short of
 * `MIN_POLARITY_ANCHORS` to do (`shortJudgement`): all of it but a word of little weight.
 */
const SHORT_JUDGEMENT_COVERAGE = 0.85;

/**
 * Whether a polarity on `FEW_ANCHORS` anchors makes a conflict: a sentence stating of the passage's own party the
 * opposite of its word, and saying nothing else the passage does not ("To date, Tokyo's reaction has been warm" against
 * "To date, however, Tokyo has been relatively subdued in response"). A judgement is told in few words: the party, the
 * thing judged and the judgement, which is the word turned round. Not a denial: a short "not" may deny anything.
 */
function shortJudgement(draft: AnalysedSentence, source: AnalysedSentence, alignment: Alignment): boolean {
  const polarity = alignment.polarity;
  if (!polarity || alignment.anchors !== FEW_ANCHORS || !polarity.sameActor) return false;
  const [a] = polarity.draftWords;
  const [c] = polarity.sourceWords;
  return (
    !draft.negations.includes(a) &&
    !source.negations.includes(c) &&
    (oppositesOf(draft.stems[a])?.includes(source.stems[c]) ?? false) &&
    polarity.coverage >= SHORT_JUDGEMENT_COVERAGE
  );
}

/** Whether one of the draft's content words has an opposite among the passage's (`oppositesOf`). */
function opposesWordOf(draft: AnalysedSentence, claim: AnalysedSentence): boolean {
  for (const s of draft.contentStems) if (oppositesOf(s)?.some((o) => claim.contentStems.has(o))) return true;
  return false;
}

/** Whether a sentence advises (`advises`), or tells what someone put forward ("The authors propose …"). */
function putsForward(a: AnalysedSentence): boolean {
  return advises(a) || a.stems.some((s) => PROPOSING_STEMS.has(s));
}

/**
 * Whether advice stands before word `at`: a word of it ("should", lexicon.ts `RECOMMENDATION_WORDS`), or a verb
 * opening what ought to be done with "that" ("recommend that", `MANDATIVE_VERBS`).
 */
function advisingAt(a: AnalysedSentence, at: number): boolean {
  for (let k = 0; k < at; k++)
    if (RECOMMENDATION_WORDS.has(a.words[k].lower) || (MANDATIVE_STEMS.has(a.stems[k]) && a.words[k + 1]?.lower === 'that')) return true;
  return false;
}

/**
 * Whether the passage's date `other` is a month or season without a year, and the draft's date `slot` has a year more
 * than one before `written`, the year its source was written in (see `conflictOf`).
 */
function yearsBeforeWriting(slot: Slot, other: Slot, written: number | undefined): boolean {
  const [mine, theirs] = [slot.date, other.date];
  if (!mine || !theirs || written === undefined || mine.year === undefined) return false;
  if (theirs.year !== undefined || theirs.decade !== undefined || (theirs.month === undefined && theirs.season === undefined)) return false;
  return written - mine.year > 1;
}

/**
 * A length told back from the time of writing as a warning on a draft's date quotes it: with its unit and its "ago"
 * ("20 years ago"; "the past decade" is whole), for "20" alone says nothing against "1970s".
 */
function toldBackText(a: AnalysedSentence, slot: Slot): string {
  const ago = a.words[slot.last + 2]?.lower === AGO.trim() && slot.number!.unit?.endsWith(AGO);
  return ago ? wordsText(a, slot.first, slot.last + 2) : valueWithUnit(a, slot);
}

/**
 * A passage's value as a warning quotes it: a number with the word after it that gives its unit ("three decades",
 * "seven members"), which the value's own words leave out; "three" alone says nothing against "the past decade".
 */
function valueWithUnit(a: AnalysedSentence, slot: Slot): string {
  const next = a.words[slot.last + 1];
  if (slot.kind !== 'number' || slot.number!.unit === undefined || !next) return slot.text;
  if (!/^[\s-]+$/.test(textBetween(a, slot.last, slot.last + 1))) return slot.text;
  // Only the word that is its unit ("percent", "decades", "members"), not whatever follows ("Article 9 provision").
  const unit = next.lower === 'percent' || YEAR_SPANS.has(next.lower) || stem(next.lower) === slot.number!.unit;
  return unit ? wordsText(a, slot.first, slot.last + 1) : slot.text;
}

/**
 * The words of a source's denial as a reader would quote them: its auxiliary, the denial and the predicate it
 * governs ("did not improve", "refused to accept", "has shown little interest"), at most six words.
 */
function denialPhrase(a: AnalysedSentence, at: number): string {
  const from = at > 0 && DENIAL_AUXILIARIES.has(a.words[at - 1].lower) ? at - 1 : at;
  // "refused" is its own predicate; "refusal to accept", "did not improve" name theirs after it.
  let to = a.content[at] === 1 && a.words[at + 1]?.lower === 'to' ? at + 2 : at;
  // A near miss or "nothing" is no predicate: the event is named after it ("near withdrawal", "did nothing to restore").
  if (to === at && a.content[at] === 1 && !REFUSAL_STEMS.has(a.stems[at])) to = at + 1;
  while (to + 1 < a.words.length && to - at < 4 && a.content[to] !== 1) to++;
  if (a.content[to] !== 1) to = at;
  return wordsText(a, from, Math.min(to, from + 5));
}

/** A one-click fix for a date or a number written the same way as the source's (a year for a year, a month for a month). */
function replacementFor(value: Slot, expected: Slot): string | undefined {
  if (value.kind === 'date' && /^\d{4}$/.test(value.text) && /^\d{4}$/.test(expected.text)) return expected.text;
  if (value.kind === 'date' && /^[A-Z][a-z]+$/.test(value.text) && /^[A-Z][a-z]+$/.test(expected.text)) return expected.text;
  if (value.kind === 'number' && /^\d+$/.test(value.text) && /^\d+$/.test(expected.text)) return expected.text;
  return undefined;
}

/**
 * Whether the extracted claims' reading of the sentence at `sentence` (offsets into `text`) clears a curated fact's
 * conflict on the value at `value`: the sentence is hearsay of no one named or an allowed possibility ("Some recall …",
 * "It is possible that …"), or a source passage states that date or number in the sentence's own words. The sentence
 * is read once (`readAhead` hands the reading on to the extracted claims' pass).
 */
export function clearsCuratedFinding(kb: KnowledgeBase, text: string, sentence: Located, value: Located, readAhead: ReadAhead): boolean {
  const draft = readAhead.read(readAsProse(text), sentence.start, sentence.end);
  return draft.hearsay === true || sourcesBackValue(sourceClaims(kb), draft, value);
}

/**
 * The text range of the clause with a subject of its own (`ownSubjectClauses`) that holds a curated finding's `value`,
 * where the sentence has several: the curated fact is then to be matched in that clause alone ("Takeo Kawamura went to
 * Seoul in October 2020, and Park Jie-won went to Tokyo in November" tells no October of Park's trip). None where the
 * clause refers to a person named elsewhere ("he", "his"): alone, it would lose who that is.
 */
export function ownClauseOf(text: string, sentence: Located, value: Located, readAhead: ReadAhead): Located | undefined {
  const draft = readAhead.read(readAsProse(text), sentence.start, sentence.end);
  const clause = ownSubjectClauses(draft)?.find((c) => clauseHolds(draft, c, value));
  if (!clause || draft.words.slice(clause[0], clause[1]).some((w) => PERSON_PRONOUNS.has(w.lower))) return undefined;
  return clauseSpan(draft, clause);
}

/**
 * Whether a source passage states the draft's date or number at `value` in the sentence's own words (as `backing`
 * asks of an extracted conflict): a curated fact's conflict on that value is then another event the sources tell ("The
 * October 2018 ruling …" beside a court the fact dates to 2011), or a disagreement among them, and not a slip about
 * the fact. A passage telling that date of the sentence's event with one body or person otherwise ("In 2018 the ROK
 * Constitutional Court ruled that Japanese companies owed reparations …" against "In 2018, however, the ROK Supreme
 * Court ruled …") backs it too: the slip is that body, which the extracted claims' pass then warns about.
 */
function sourcesBackValue(index: SourceClaims, draft: AnalysedSentence, value: Located): boolean {
  const slot = draft.slots.find((s) => (s.kind === 'date' || s.kind === 'number') && s.start < value.end && value.start < s.end);
  if (slot === undefined) return false;
  const backed = backing(index, draft, slot, MIN_COVERAGE, true);
  if (!backed) return false;
  // At the draft's grain: "November 2018" is not backed by a passage's "2018", which only fails to contradict it.
  const [mine, sourced] = [slot.date, backed.sourced.date];
  if (!mine) return true;
  return (
    sourced !== undefined &&
    (mine.month === undefined || sourced.month === mine.month) &&
    (mine.day === undefined || sourced.day === mine.day) &&
    (mine.season === undefined || sourced.season === mine.season) &&
    (mine.year === undefined || sourced.year === mine.year)
  );
}
