/**
 * Lining a draft sentence up with a source claim: do they speak of the same thing (their content words and the values
 * they agree on), and if so, does exactly one value of the draft stand where the source has another of the same kind
 * (a year for a year, a person for a person), or does one deny what the other states? Pure comparison: which claims
 * to compare, and whether another source backs the draft, is the checker's business (groundedCheck.ts).
 *
 * `align` weighs the evidence here; each question it asks of a pair of values is answered in its own file under
 * alignment/: how two values compare (values.ts), who did what (parties.ts, owners.ts, lists.ts), whose title
 * (offices.ts), which event or named thing (events.ts, namedThings.ts), of what whole (wholes.ts), in which relation
 * (relations.ts, neighbourhood.ts), whether and in which order it happened (polarity.ts, order.ts) and whose account
 * it is (tellers.ts).
 */
import { breaksClause, clausesApart, sameClause, wordsApart } from './alignment/clauses';
import {
  datedAfterCount,
  seasonToldBack,
  datedOtherwise,
  datesUntoldAgreement,
  otherHope,
  otherPartyCount,
  sameEvent,
} from './alignment/events';
import { givenAsExample, listedStranger, listOf, retoldList, sameCompany, sameList } from './alignment/lists';
import {
  anotherDatedAgreement,
  framedNames,
  namedByKind,
  namedThingDated,
  namesASource,
  sameNamedThing,
  kindredNameBeside,
  spelledOut,
} from './alignment/namedThings';
import { asideApart, NEIGHBOURHOOD, sharesNeighbourhood } from './alignment/neighbourhood';
import {
  capacityHolder,
  otherHolderOfTitle,
  officeTakenOver,
  pastOffice,
  serves,
  titledElsewhere,
  titleOf,
  titleOfSamePerson,
  undatedOrDatedAlike,
} from './alignment/offices';
import { otherDoer, partnerSetApart, singledAgainstList } from './alignment/focus';
import { opposedOrder } from './alignment/order';
import { otherStop } from './alignment/routes';
import {
  bodyOfSameTitle,
  otherQualifier,
  otherPairMember,
  ownedThing,
  ownerOfSameThing,
  ownerOfSameTitle,
  ownersOfOtherThings,
  postOfSameTitle,
  representativeForOffice,
  sameQualified,
} from './alignment/owners';
import {
  agentSwaps,
  compareParties,
  complementSwaps,
  otherPartnerOfAgreement,
  otherSideOfSymmetricAct,
  partnerOfMutualAct,
  personAgainstGovernment,
  partyOf,
  personInAnotherPart,
  titledActOwners,
} from './alignment/parties';
import { contrastive, denyAlike, opposedPolarity, partyBefore, setAside, type Opposition } from './alignment/polarity';
import {
  actTold,
  opposedSides,
  personActedOnAgainstThing,
  relationOf,
  sameRelation,
  subjectAgainstTitledPartner,
} from './alignment/relations';
import { accountTeller, keptSpeakerOf, speakerSwap, tellerSwap } from './alignment/tellers';
import { compareSlots, governs, otherRank } from './alignment/values';
import { heldOfAnother } from './alignment/heldSpans';
import { frameWeight, sourceFrame } from './alignment/sourceFrame';
import { otherTimeOfTelling, tellingDated } from './alignment/tellingTimes';
import { namedGatheringElsewhere, otherVenue } from './alignment/venues';
import { captionBound, othersInCaption } from './alignment/captions';
import { namesLevel, otherLevel } from './alignment/levels';
import { sameMeasured, sameWhole } from './alignment/wholes';
import { SUBJECT_PRONOUNS } from './references';
import {
  BROADER_TITLE_HEADS,
  CLAUSE_OPENERS,
  DECLARING_WORDS,
  FRAME_NOUNS,
  LEADER_HEAD,
  PRESUPPOSING_SUBORDINATORS,
  PUNCTUATION_BETWEEN,
  SUBSTANTIVE_KINDS,
  TIME_UNITS,
} from './lexicon';
import { KIND_BITS, MEMBER_UNIT, namedWords, nearMissWord, possessiveMark, type AnalysedSentence, type Slot } from './sentenceAnalysis';
import { knownTitles, textBetween, type SourceClaims } from './sourceClaims';
import { ReadingMap } from './readingMemo';
import { stem } from './stem';
import type { DraftDate } from '../values';

/** What a slot's agreement adds to the evidence that two sentences speak of one thing, beside a content word's weight. */
export const SLOT_WEIGHT = 2.5;

/** The stems of `BROADER_TITLE_HEADS`: each broad head with the heads of the offices it names among others. */
const BROADER_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [...BROADER_TITLE_HEADS].map(([head, exact]) => [stem(head), new Set([...exact].map(stem))]),
);

/** Whether title `broad` names broadly the office title `exact` names ("envoy", "ambassador"). */
function broaderTitle(broad: Slot, exact: Slot): boolean {
  return BROADER_HEADS.get(broad.role!.head)?.has(exact.role!.head) ?? false;
}

/** The head of a title that only says someone leads a body, as the analysis keeps it (a stem). */
const LEADER = stem(LEADER_HEAD);

/** What lining a draft sentence up with one claim found. */
export interface Alignment {
  /** How much of what the draft says the claim also says (0-1): content words by rarity, and agreeing values. */
  coverage: number;
  /** Content words and agreeing values the two share. */
  anchors: number;
  /** The weight of all the draft says, content words and values (`coverage`'s denominator). */
  total: number;
  /** Draft slots the claim states the same value for. */
  matched: Slot[];
  /** Each matched draft slot with the claim's slot of the same value. */
  pairs: [Slot, Slot][];
  /** Draft values that stand where the claim has another value of the same kind, with the claim's value. */
  mismatches: { draft: Slot; source: Slot }[];
  /** Draft values that differ from a claim value of their kind standing elsewhere: the two may tell different events. */
  unresolved: number;
  /**
   * Whether one denies what the other states, on the words they share; with the draft words that carry it, and the
   * coverage with those words left out when the claim lacks them (an opposite predicate is the changed word, as a
   * differing value is, and says nothing of whether the two speak of one thing).
   */
  polarity?: Opposition & { coverage: number };
  /**
   * Whether the mismatches stand only as values of the draft's other clauses that the claim does not tell were set
   * aside (`clausesApart`): the mismatch's own clause, not the whole sentence, must say what the claim says.
   */
  apart?: true;
}

/**
 * The most coverage and anchors `align(draft, claim, index)` can find: the content words the two share, as if every
 * draft value (outside quotation marks) that some claim value could be paired with (`pairable`) were paired. A caller
 * that needs more than this of a passage need not align it.
 */
export function alignmentBound(
  draft: AnalysedSentence,
  claim: AnalysedSentence,
  index: SourceClaims,
): { coverage: number; anchors: number } {
  const words = sharedWords(draft, claim, index);
  let values = 0;
  for (const slot of draft.slots) if (mayPair(draft, slot) && pairable(slot, claim)) values++;
  // A value that agrees adds its weight to both sides; one that does not adds to the draft's side or to neither.
  const total = words.total - unsharedFrameWeight(draft, claim, index) + values * SLOT_WEIGHT;
  const shared = words.shared + values * SLOT_WEIGHT;
  return { coverage: total === 0 ? 0 : shared / total, anchors: words.anchors + values };
}

/**
 * The most anchors `align(draft, claim, index)` can find: the content words the two share, and the draft's values
 * (outside quotation marks) that some value of the claim could be paired with. A value is paired only with one the
 * claim states alike (`compareSlots` or, for a party, `compareParties` 'same') or a name the claim spells out in its
 * words (`spelledOut`): no other comparison `align` makes ever says 'same'. Counted only as far as `needed`: a caller
 * asking whether an alignment can reach `needed` anchors need not compare every value.
 */
export function anchorsBound(draft: AnalysedSentence, claim: AnalysedSentence, index: SourceClaims, needed: number): number {
  let anchors = sharedWords(draft, claim, index).anchors;
  for (const slot of draft.slots) {
    if (anchors >= needed) break;
    if (mayPair(draft, slot) && pairable(slot, claim)) anchors++;
  }
  return anchors;
}

/**
 * Whether `align` may pair the draft's `slot` at all: not a value in quotation marks, nor one inside a report that is
 * not a declaration (`align` compares a declaration's content with a passage telling one, and leaves other reports'
 * values uncompared).
 */
function mayPair(draft: AnalysedSentence, slot: Slot): boolean {
  return draft.quoted[slot.first] === 0 && !(draft.reportedFrom >= 0 && slot.first > draft.reportedFrom && !draft.declared);
}

/**
 * Whether `align` could pair the draft's `slot` with a value of the claim (see `anchorsBound`): a slot it pairs (in
 * `matched` and `pairs`) is one of these.
 */
export function pairable(slot: Slot, claim: AnalysedSentence): boolean {
  const entity = slot.kind === 'entity';
  if (entity && spelledOut(slot, claim)) return true;
  for (const other of claim.slots) {
    if (other.kind !== slot.kind) continue;
    // Titles of another rank ("Vice Foreign Minister", "Foreign Minister") `align` never compares, so never pairs.
    if (slot.kind === 'role' && otherRank(slot, other)) continue;
    // Two parties `compareSlots` finds the same `compareParties` finds the same too: one call each.
    if ((entity ? compareParties(slot, other) : compareSlots(slot, other)) === 'same' || governs(slot, other)) return true;
  }
  return false;
}

/**
 * The draft's content words by rarity (`total`), those the claim says too (`shared`) and how many (`anchors`). The
 * words of the claim's named organisations and agreements count (`namedWords`): "South Korea's intelligence
 * service" says what "the National Intelligence Service" names.
 */
function sharedWords(draft: AnalysedSentence, claim: AnalysedSentence, index: SourceClaims): SharedWords {
  const last = lastShared;
  if (last && last.claim === claim && last.stems === draft.contentStems && last.index === index) return last.found;
  const named = namedWords(claim);
  const { stems, weights, total } = weighedStems(draft, index);
  let shared = 0;
  let anchors = 0;
  for (let i = 0; i < stems.length; i++) {
    if (claim.contentStems.has(stems[i]) || named.has(stems[i])) {
      shared += weights[i];
      anchors++;
    }
  }
  // A kind noun after a word the claim uses as a noun itself ("minilateral groupings" against "such “minilaterals”"):
  // the claim names the same things without it, so it is said too (not an anchor: it adds nothing of its own).
  const kinds = substantiveKinds(draft, claim);
  for (let i = 0; i < stems.length && kinds.size > 0; i++) if (kinds.has(stems[i])) shared += weights[i];
  const found = { total, shared, anchors };
  lastShared = { stems: draft.contentStems, claim, index, found };
  return found;
}

/**
 * Whether two counts each tell a group's size (`MEMBER_UNIT`: "a seven-member delegation", "It numbered twelve
 * lawmakers"): in sentences lined up on one event, they tell the size of its one group, whatever words stand around
 * them.
 */
function bothGroupSizes(a: Slot, b: Slot): boolean {
  return a.kind === 'number' && b.kind === 'number' && a.number!.unit === MEMBER_UNIT && b.number!.unit === MEMBER_UNIT;
}

/** The stems of `SUBSTANTIVE_KINDS`. */
const SUBSTANTIVE_KIND_STEMS = new Set([...SUBSTANTIVE_KINDS].map(stem));

/**
 * The draft's kind nouns (`SUBSTANTIVE_KINDS`) the claim does not say, each right after a word of the draft's the
 * claim says only as a plural noun (the draft's word not plural): "minilateral groupings" where the claim has
 * "minilaterals", "trilateral formats" where it has "trilaterals". The claim's noun names the kind itself.
 */
function substantiveKinds(draft: AnalysedSentence, claim: AnalysedSentence): ReadonlySet<string> {
  const modified = modifiedKinds(draft);
  if (modified.length === 0) return NO_KINDS;
  const out = new Set<string>();
  for (const i of modified) {
    const kind = draft.stems[i];
    if (claim.contentStems.has(kind)) continue;
    const j = i - 1;
    if (!claim.contentStems.has(draft.stems[j])) continue;
    const plural = draft.words[j].lower + 's';
    const asNoun = (k: number) => claim.stems[k] === draft.stems[j] && claim.words[k].lower === plural;
    if (claim.words.some((_, k) => asNoun(k)) && !claim.words.some((_, k) => claim.stems[k] === draft.stems[j] && !asNoun(k)))
      out.add(kind);
  }
  return out;
}

/**
 * The places of a sentence's kind nouns (`SUBSTANTIVE_KINDS`, content words) right after a content word not in "s"
 * (`substantiveKinds` asks the rest of each passage): what the draft alone decides, read once per reading rather than
 * at every passage it is lined up with (most sentences have none).
 */
function modifiedKinds(a: AnalysedSentence): readonly number[] {
  let found = MODIFIED_KINDS.get(a);
  if (found) return found;
  const places: number[] = [];
  for (let i = 1; i < a.words.length; i++)
    if (a.content[i] === 1 && SUBSTANTIVE_KIND_STEMS.has(a.stems[i]) && a.content[i - 1] === 1 && !a.words[i - 1].lower.endsWith('s'))
      places.push(i);
  found = places.length === 0 ? NO_PLACES : places;
  MODIFIED_KINDS.set(a, found);
  return found;
}

const MODIFIED_KINDS = new ReadingMap<readonly number[]>();
const NO_PLACES: readonly number[] = [];
const NO_KINDS: ReadonlySet<string> = new Set();

/** The weight of the draft's source frame words the claim does not share (`frameWeight`). */
function unsharedFrameWeight(draft: AnalysedSentence, claim: AnalysedSentence, index: SourceClaims): number {
  const named = namedWords(claim);
  return frameWeight(draft, index, (s) => claim.contentStems.has(s) || named.has(s));
}

/** What `sharedWords` finds (read only by its callers). */
interface SharedWords {
  readonly total: number;
  readonly shared: number;
  readonly anchors: number;
}

/**
 * The last pair `sharedWords` read, by the draft's set of content stems, and
 * what it found: a checker asks `anchorsBound` or `alignmentBound` of a passage and then lines it up, reading the same
 * words twice in a row.
 */
let lastShared: { stems: ReadonlySet<string>; claim: AnalysedSentence; index: SourceClaims; found: SharedWords } | undefined;

/** A sentence's content stems in their order, each one's weight, and the weights' sum. */
interface WeighedStems {
  index: SourceClaims;
  stems: string[];
  weights: Float64Array;
  total: number;
}

/**
 * The weights of a sentence's content stems, read once per reading: a draft sentence is lined up with several
 * passages, and each weight is a lookup in the index and a logarithm. Summed in the set's order, as each alignment
 * summed them. (Kept by reading with its other results, `ReadingMap`, not by its set of stems: few readings share a
 * set, and an entry of its own per set cost more than reading the weights again.)
 */
function weighedStems(a: AnalysedSentence, index: SourceClaims): WeighedStems {
  let found = WEIGHED.get(a);
  if (found?.index === index) return found;
  const stems = [...a.contentStems];
  const weights = new Float64Array(stems.length);
  let total = 0;
  for (let i = 0; i < stems.length; i++) {
    weights[i] = index.weight(stems[i]);
    total += weights[i];
  }
  found = { index, stems, weights, total };
  WEIGHED.set(a, found);
  return found;
}

const WEIGHED = new ReadingMap<WeighedStems>();

/** How far before a date the "since" opening its phrase is looked for ("since the normalization of relations in 1965"). */
const SINCE_REACH = 10;

/** The word opening a phrase of a period's start. */
const SINCE: ReadonlySet<string> = new Set(['since']);

/**
 * The words telling a draft's date as a start: "since", or a verb of beginning ("the boycotts, which began after the
 * controls were imposed last winter").
 */
const STARTS: ReadonlySet<string> = new Set(['since', stem('begin'), stem('start')]);

/** How far after such a date the event it begins may be named ("since last summer's export control measures"). */
const SINCE_AFTER = 4;

/**
 * The word "since" opening the phrase of date `slot` in its clause ("one of its lowest points since the normalization
 * of relations in 1965"), or -1: the date marks when a period began, not when the state told held.
 */
function periodStart(a: AnalysedSentence, slot: Slot, starts: ReadonlySet<string> = SINCE): number {
  for (let k = slot.first - 1; k >= 0 && k >= slot.first - SINCE_REACH && !breaksClause(a, k, k + 1); k--) {
    if (starts.has(a.words[k].lower) || starts.has(a.stems[k])) return k;
    if (a.slots.some((o) => o !== slot && o.kind === 'date' && o.first <= k && k <= o.last)) return -1;
  }
  return -1;
}

/**
 * Whether the claim's date `other` marks the start of a period ("its lowest points since the normalization of
 * relations in 1965") and the draft's date `slot` does not, nor names the event that began it: the draft dates the
 * state told ("By 2019 … relations were at their lowest in decades"), which the period's start does not contradict.
 * A draft dating that event ("That normalization took place in the 1950s") is still compared.
 */
function startOfAnotherPeriod(draft: AnalysedSentence, slot: Slot, claim: AnalysedSentence, other: Slot): boolean {
  if (slot.kind !== 'date' || periodStart(draft, slot, STARTS) >= 0) return false;
  const since = periodStart(claim, other);
  if (since < 0) return false;
  // The event's head: its first word between the "since" and the date, or right after a date owning it ("since last
  // summer's export control measures"). Not a word right before the date, which qualifies the date ("last").
  const end = Math.min(claim.words.length - 1, other.last + SINCE_AFTER);
  for (let k = since + 1; k <= end && !breaksClause(claim, k - 1, k); k++)
    if ((k < other.first - 1 || k > other.last) && claim.content[k] === 1) return !draft.stems.includes(claim.stems[k]);
  return true;
}

/**
 * Whether the claim's date is one its source told from the time of writing ("This past week", "Last December") and the
 * draft's lies more than a year from it: a slip of a month or a year is told near the date, and a date years away tells
 * another event of the same people ("In January 2016, Blinken … met …" against "This past week, … Blinken … made
 * back-to-back visits").
 */
function yearsFromWritten(slot: Slot, other: Slot): boolean {
  const [mine, theirs] = [slot.date, other.date];
  if (!other.counted || !mine || !theirs || theirs.year === undefined) return false;
  // A month or season without a year ("Last October") is compared as such.
  const years = yearsBetween(mine, theirs);
  return years !== undefined && years > 1;
}

/** How many years lie between two dates, a decade read as its middle year; undefined if either has neither. */
export function yearsBetween(a: DraftDate, b: DraftDate): number | undefined {
  const year = (d: DraftDate) => d.year ?? (d.decade !== undefined ? d.decade + 5 : undefined);
  const [x, y] = [year(a), year(b)];
  return x === undefined || y === undefined ? undefined : Math.abs(x - y);
}

/**
 * Whether `slot` stands in a clause of time a report takes as given (`AnalysedSentence.presupposed` of a sentence with
 * a `reportedFrom`: "said that Suga would not take a risk before he is re-elected … in November").
 */
function reportedGiven(a: AnalysedSentence, slot: Slot): boolean {
  return a.reportedFrom >= 0 && (a.presupposed?.some(([from, to]) => slot.first >= from && slot.last <= to) ?? false);
}

/**
 * A sentence reporting what a party declared or a proposal says ("Trump announced that he would …"), read against one
 * telling a declaration or proposal too ("the president's announcement that he was reducing …"): the two tell the same
 * act, so what was declared is compared, as a statement. Against any other passage it stays reported, not compared
 * (an announced termination is no termination): `a` itself.
 */
function asTold(a: AnalysedSentence, other: AnalysedSentence): AnalysedSentence {
  // A frame's noun ("the … approach that separates …") tells that frame, as a proposal's tells a proposal.
  if (!a.declared || !other.words.some((w) => DECLARING_WORDS.has(w.lower) || FRAME_NOUNS.has(w.lower))) return a;
  return { ...a, reportedFrom: -1, declared: undefined };
}

/** Lines `draft` up with `claim`. */
export function align(draft: AnalysedSentence, claim: AnalysedSentence, index: SourceClaims): Alignment {
  draft = asTold(draft, claim);
  claim = asTold(claim, draft);
  let { total, shared, anchors } = sharedWords(draft, claim, index);
  // The words giving the statement as a source's ("The authors propose …") are no part of it (`sourceFrame`).
  total -= unsharedFrameWeight(draft, claim, index);
  const frame = sourceFrame(draft, index);
  const matched: Slot[] = [];
  const mismatches: { draft: Slot; source: Slot }[] = [];
  const claimMatched = new Set<Slot>();
  const pairs: [Slot, Slot][] = [];
  const draftSlots = draft.slots.filter((s) => draft.quoted[s.first] === 0);
  // `swap`: the claim's party doing the same act; it may be named in the draft too, in another role.
  // `named`: the party is named in the claim too, in another relation; if no swap is read, it is that mention.
  // `agent`: the two parties were read doing the same act (not by their prepositions), so their relation is known.
  // `yields`: a swap read only through the claim's mention of the party as the act's partner; with another value
  // wrong beside it, the party is taken as that mention, as before the swap was read.
  const differing: {
    draft: Slot;
    candidates: Slot[];
    swap?: boolean;
    named?: boolean;
    owner?: boolean;
    agent?: boolean;
    yields?: Slot;
  }[] = [];
  const swapped = agentSwaps(draft, claim);
  const titledOwners = titledActOwners(draft, claim);
  // A party told to be what the claim tells of another ("The United States remains Japan's largest target market"
  // against "China remains Japan's largest target market"): read as a swap of who did it.
  for (const [mine, theirs] of complementSwaps(draft, claim)) if (!swapped.has(mine)) swapped.set(mine, theirs);
  // A party the draft singles out ("It was Tokyo that …", "only Japan …") where the claim tells its act of another.
  const doer = otherDoer(draft, claim, index);
  // Whose account, or whose words: the account or the quotation ties the two tellers.
  const told = tellerSwap(draft, claim) ?? speakerSwap(draft, claim);
  const teller = accountTeller(draft, claim);
  const speaker = keptSpeakerOf(draft);
  // Values inside a reported allegation ("alleged that a vessel targeted …") are someone's claim: not compared.
  // (Not a value in a clause of time the report takes as given, `AnalysedSentence.presupposed`: "said that Suga would
  // not take a risk before he is re-elected … in November" tells when the re-election is.)
  const reported = (a: AnalysedSentence, slot: Slot) => a.reportedFrom >= 0 && slot.first > a.reportedFrom && !reportedGiven(a, slot);
  for (const slot of draftSlots) {
    if (reported(draft, slot)) continue;
    // "the Diet, not the Cabinet", "rather than Seoul": a value the draft sets aside is no claim of its own, and does
    // not stand for the claim's value either; the value the draft puts in its place is compared instead.
    if (setAside(draft, slot)) continue;
    // The party doing the act both tell is another in the claim ("Seoul refused to hold …" against "Japan has
    // refused to hold …"), whatever else the claim says of this one.
    // Whose account the draft gives is another's in the claim: the account itself ties the two tellers.
    if (told && told[0] === slot) {
      differing.push({ draft: slot, candidates: [told[1]], swap: true, owner: true, agent: true });
      continue;
    }
    // An account the claim gives as the draft's teller's, or as no one's in particular: the teller is no value.
    if (!told && slot === teller) continue;
    // Another person a caption's person stands with, or their country or title: the caption's person says nothing of them.
    if (othersInCaption(draft, slot, claim)) continue;
    // The source the draft gives its statement as ("The CSIS authors …") is no value of the statement.
    if (frame.has(slot.first)) continue;
    // The act's words, found in the claim's clause, tie the two parties, as a possessive ties two owners.
    if (doer?.party === slot && 'other' in doer) {
      differing.push({ draft: slot, candidates: [doer.other], swap: true, owner: true, agent: true });
      continue;
    }
    // The claim names the act's doer only by a title the sources never give this person ("the U.S. president's
    // announcement" against "Moon announced"): the title stands where the person does.
    const ownerTitle = titledOwners.get(slot);
    if (ownerTitle && !holdsTitle(index, slot, claim, ownerTitle)) {
      differing.push({ draft: slot, candidates: [ownerTitle], swap: true, owner: true, agent: true });
      continue;
    }
    const agent = swapped.get(slot);
    if (agent) {
      // The claim's own mention of this party, in another role ("… with South Korea"), is the swap's other half: it
      // is no value for another draft party to stand in for.
      const mentions = claim.slots.filter((o) => o !== agent && o.kind === 'entity' && compareParties(slot, o) === 'same');
      for (const o of mentions) claimMatched.add(o);
      const mention = mentions[0];
      // A doer that does not compare with the draft's (a person against a country) is read only through that mention.
      const yields = compareParties(slot, agent) !== 'differ' ? mention : undefined;
      differing.push({ draft: slot, candidates: [agent], swap: true, agent: true, yields });
      continue;
    }
    // The same named thing owned by another party ("Tokyo's New Southern Policy", "South Korea's New Southern
    // Policy"): the possessive ties each party to it, whatever the clause around says.
    const owner = ownerOfSameThing(draft, slot, claim);
    if (owner) {
      differing.push({ draft: slot, candidates: [owner], swap: true, owner: true });
      continue;
    }
    // The venue of the gathering the claim holds elsewhere ("his summit with Kim in Hanoi", "the Singapore Summit"): the
    // gathering ties the two places, whatever else each clause says.
    // So does a stop on the way of a route both give, by the same traveller to the same end ("reached Seoul via
    // Beijing", "to Seoul by way of The Philippines and Thailand").
    const venue = otherVenue(draft, slot, claim) ?? otherStop(draft, slot, claim);
    if (venue) {
      differing.push({ draft: slot, candidates: [venue], swap: true, owner: true, agent: true });
      continue;
    }
    // The level the claim holds the same gathering at ("the dialogue at the assistant secretary … level" against "at
    // the level of cabinet ministers"): the gathering ties the two titles, which no person holds.
    const level = otherLevel(draft, slot, claim);
    if (level) {
      differing.push({ draft: slot, candidates: [level], swap: true, owner: true, agent: true });
      continue;
    }
    // The same office held for another country ("the new South Korean ambassador", "the new Japanese envoy"): the
    // title is no content word to qualify alike, so the two are read as a swap, as two parties doing one act are.
    // So is the same office posted to another country ("Japan's new ambassador to the United States", "the new
    // Japanese envoy to South Korea"): the office ties the two posts as it ties two owners. And the same country's
    // office at home where the claim has its representative abroad ("Japan's new foreign minister" against "the new
    // Japanese envoy to South Korea"): the country ties the two offices, both held by no one named.
    const office =
      ownerOfSameTitle(draft, slot, claim) ?? postOfSameTitle(draft, slot, claim) ?? representativeForOffice(draft, slot, claim);
    if (office) {
      differing.push({ draft: slot, candidates: [office], swap: true, owner: true, agent: true });
      continue;
    }
    // The same thing qualified by another country ("boycotts of Korean goods", "boycotts on Japanese goods"), or by
    // another pair of countries ("U.S.-South Korea relations", "U.S.-Japan relations").
    const qualifier = otherQualifier(draft, slot, claim) ?? otherPairMember(draft, slot, claim);
    if (qualifier) {
      differing.push({ draft: slot, candidates: [qualifier], swap: true, agent: true });
      continue;
    }
    // The body owning a title by a possessive ("the State Department's Asia director"), where the claim names another
    // body right before that title ("the NSC director for Asia"): the title ties the two bodies, as an act ties parties.
    const titleOwner = bodyOfSameTitle(draft, slot, claim);
    if (titleOwner) {
      differing.push({ draft: slot, candidates: [titleOwner], swap: true, owner: true });
      continue;
    }
    // "South Korea's constitutional court" where the claim names the court without its owner: the owner only says
    // whose court, which the claim leaves unsaid; it is not a party standing where another of the claim's does.
    const thing = ownedThing(draft, slot);
    if (thing && claim.slots.some((o) => compareSlots(thing, o) === 'same') && !claim.slots.some((o) => compareSlots(slot, o) === 'same'))
      continue;
    let same: Slot | undefined;
    let sameElsewhere: Slot | undefined;
    const candidates: Slot[] = [];
    const mentions: Slot[] = [];
    // The claim's mentions of this value in the draft's relation.
    const sameMentions: Slot[] = [];
    for (const other of claim.slots) {
      // "Secretary of State" and "Deputy Secretary of State" are not one office, but a title is compared with another
      // rank only through the person both are given to (below): offices change hands and people change offices.
      if (slot.kind === 'role' && other.kind === 'role' && otherRank(slot, other)) continue;
      // A title naming a gathering's level ("director-level talks") is no office anyone holds: it is compared only
      // with another level (`otherLevel`, above), never with a person's title ("Kang, former head of the union").
      if (slot.kind === 'role' && other.kind === 'role' && namesLevel(draft, slot) !== namesLevel(claim, other)) continue;
      // A leader's government the claim does not name itself, standing as the doer (no preposition ties it to another
      // word), stands for its country ("The Moon administration abrogated …" for "Seoul's near withdrawal"). Where the
      // claim names it, that mention is its own: "The Abe cabinet … lost patience with the Moon government when it
      // abandoned the … agreement Japan had reached" sets the cabinet apart from "Japan". A partner ("reached between
      // the Abe cabinet and President Lee") is not read so: a passage on another act of Japan's with Lee would back it.
      // So too the other way round: the draft's country, standing as the doer, for the leader's government the claim
      // gives as the doer ("Washington intervened" for "The Trump administration strongly intervened … in Chengdu,
      // China"), where neither names the other's party itself.
      const stands =
        (governs(slot, other) && relationOf(draft, slot) === undefined && !claim.slots.some((o) => o.entity?.key === slot.entity!.key)) ||
        (governs(other, slot) &&
          relationOf(draft, slot) === undefined &&
          relationOf(claim, other) === undefined &&
          !claim.slots.some((o) => o.entity?.key === slot.entity!.key) &&
          !draft.slots.some((o) => o.entity?.key === other.entity!.key));
      const plain = stands ? 'same' : compareSlots(slot, other);
      const c = plain === 'incomparable' ? (framedNames(draft, slot, claim, other) ?? namedThingDated(draft, slot, claim, other)) : plain;
      // The teller of a report ("Seoul alleged that …") is not the claim's party inside another's report ("Japan's
      // … Force alleged that a South Korean naval vessel …"): that mention tells who did what in the story told.
      if (c === 'same' && draft.reportedFrom >= 0 && reported(claim, other)) continue;
      if (c === 'same') {
        mentions.push(other);
        // A party named in both, but in another relation ("Seoul refused … with Japan" against "Japan refused … with
        // South Korea"): kept aside, to tell a swap of who did what from a paraphrase.
        if (slot.kind === 'entity' && !sameRelation(draft, slot, claim, other)) sameElsewhere ??= other;
        else sameMentions.push(other);
      } else if (
        c === 'differ' &&
        !reported(claim, other) &&
        !yearsFromWritten(slot, other) &&
        !startOfAnotherPeriod(draft, slot, claim, other) &&
        !otherTimeOfTelling(draft, slot, claim, other) &&
        (!givenAsExample(claim, other) || retoldList(draft, slot, claim, other, pairs)) &&
        !datesUntoldAgreement(draft, slot, claim, other) &&
        !anotherDatedAgreement(draft, slot, claim, other) &&
        !opposedSides(draft, slot, claim, other) &&
        !ownersOfOtherThings(draft, slot, claim, other) &&
        !personAgainstGovernment(draft, slot, claim, other) &&
        !heldOfAnother(draft, slot, claim, other)
      )
        candidates.push(other);
    }
    same = sameMentions[0];
    // The person the draft gives its statement as said by ("According to Professor Park, Seoul felt …") does none of
    // its acts: compared only with the claim's speaker (`told`, above), or agreeing with any mention of that person.
    if (slot === speaker) {
      same ??= sameElsewhere ?? mentions[0];
      sameElsewhere = undefined;
      candidates.length = 0;
    }
    // None of them near the draft's words, where another party is: that party stands in the draft's party's place.
    const near = (o: Slot) => sharesNeighbourhood(draft, slot, claim, o, pairs);
    let standIn = same && slot !== speaker ? partyInDraftsClause(draft, slot, claim, sameMentions, candidates, near) : undefined;
    // Not where a clause naming this party tells clearly more of the whole sentence than the stand-in's: the sentence
    // retells that clause, in words of its own around the party ("Tokyo felt Beijing's economic pressure in 2010, when
    // China banned rare earth exports during the Senkaku/Diaoyu clash" against "Seoul had to contend with direct
    // pressure …, while Tokyo faced a ban on rare earth exports during its clash … in 2010").
    if (standIn) {
      const whole = draft.words.length;
      const standInTells = toldInClause(draft, slot, claim, standIn, pairs, whole);
      if (sameMentions.some((o) => toldInClause(draft, slot, claim, o, pairs, whole) >= standInTells + CLEARLY_MORE)) standIn = undefined;
    }
    // A party standing in for this one whose clause tells clearly more of the draft's words around this party than
    // any clause naming this one ("Seoul had to contend with direct pressure over its decision to deploy THAAD, while
    // Tokyo faced a ban on rare earth exports …" for "In 2010 Seoul was hit by a Chinese ban on rare earth exports") is
    // compared with it wherever each opens: the clauses alone tie the two.
    let byClause = false;
    // (Not a person the claim names only by a title standing for them: read as the doer only of the act both name.
    // Not an owner: "South Korea's second-largest market" is another thing than "Japan's largest target market".)
    if (standIn && !standIn.referent && !possessiveMark(draft.words, slot.last + 1)) {
      let told = 0;
      for (const o of sameMentions) told = Math.max(told, toldInClause(draft, slot, claim, o, pairs));
      byClause = toldInClause(draft, slot, claim, standIn, pairs) >= told + CLEARLY_MORE;
    }
    if (standIn) {
      candidates.splice(candidates.indexOf(standIn), 1);
      candidates.unshift(standIn);
      sameElsewhere = same;
      same = undefined;
    }
    // A party standing in for this one by the clauses alone is the value it is compared with, wherever each opens.
    if (!same && sameElsewhere && !byClause) {
      // Another party of the same type stands in this one's relation in the claim: who did what is swapped. Not one
      // the claim names only by a title standing for it ("The president organized a … meeting with … Park"): that
      // is read as the doer only of the act both name (`agentSwaps`), not of whatever the draft tells of Park.
      const swapped = claim.slots.find(
        (o) =>
          o !== sameElsewhere &&
          !o.referent &&
          compareSlots(slot, o) === 'differ' &&
          sameRelation(draft, slot, claim, o) &&
          relationOf(claim, o) === undefined,
      );
      // Only the clear case: each sentence opens with its party ("Seoul refused … with Japan", "Japan refused … with
      // South Korea"); elsewhere a party's relation is too loosely read to say who did what.
      // A party opening its sentence as an owner ("Beijing's economic pressure on Tokyo …") is not the subject a party
      // opening the other does ("Seoul had to contend with direct pressure …"): both are owners, or neither.
      const opens = (a: AnalysedSentence, x: Slot) => a.slots.find((o) => o.kind === 'entity') === x;
      const owns = (a: AnalysedSentence, x: Slot) => possessiveMark(a.words, x.last + 1);
      // Not where the claim names the party as the partner of an act done together ("… have all worked with Japan"):
      // "Japan has worked with three other countries" says the same.
      if (
        swapped &&
        !partnerOfMutualAct(claim, sameElsewhere) &&
        relationOf(draft, slot) === undefined &&
        opens(draft, slot) &&
        opens(claim, swapped) &&
        owns(draft, slot) === owns(claim, swapped)
      )
        candidates.unshift(swapped);
      else {
        // A list whose other members both name stands in one relation: the claim's member in this one's place stands
        // for it ("visits to Tokyo and Beijing" against "visits to Tokyo and Seoul, … toward a rising China").
        const listed = claim.slots.find(
          (o) => o !== sameElsewhere && compareSlots(slot, o) === 'differ' && sameList(draft, slot, claim, o, pairs),
        );
        if (listed) candidates.unshift(listed);
        else same = sameElsewhere;
      }
    }
    if (same) {
      pairs.push([slot, same]);
      matched.push(slot);
      // Every mention of it in the claim is accounted for ("Japan has joined … Japan's investments").
      for (const other of mentions) claimMatched.add(other);
      total += SLOT_WEIGHT;
      shared += SLOT_WEIGHT;
      anchors++;
    } else if (candidates.length > 0) differing.push({ draft: slot, candidates, named: sameElsewhere !== undefined });
    // A name the claim spells out in its own words ("the comfort women agreement" where the claim has "the agreement
    // on “comfort women”"): the two name the same thing.
    else if (slot.kind === 'entity' && spelledOut(slot, claim)) {
      total += SLOT_WEIGHT;
      shared += SLOT_WEIGHT;
      anchors++;
    }
    // A date of a telling the claim does not give ("Moon said in early 2021 that …", "the March 2021 essay") is no part
    // of what was told, as a source frame is not (`tellingDated`).
    else if ((slot.kind !== 'entity' || slot.entity!.type !== 'name') && !tellingDated(draft, slot)) total += SLOT_WEIGHT / 2;
  }
  // A thing the claim names that the draft spells out in its own words ("the 1965 normalization treaty" for "the 1965
  // Normalization Treaty"): the draft speaks of it there, so no other name of the draft's stands for it.
  for (const other of claim.slots)
    if (other.kind === 'entity' && !claimMatched.has(other) && spelledOut(other, draft)) claimMatched.add(other);
  // The person right after a title both give, where the claim has another there ("with President Moon Jae-in" against
  // "with President Park Geun-hye"): the claim's holder stands in the draft's person's place, though the claim names
  // the draft's person elsewhere ("the Moon government"), which the loop above paired it with.
  // Undoes the pairing at `k` of draft value `mine`: it no longer counts as shared, nor its claim value as accounted for.
  const unpair = (k: number, mine: Slot) => {
    claimMatched.delete(pairs[k][1]);
    pairs.splice(k, 1);
    matched.splice(matched.indexOf(mine), 1);
    total -= SLOT_WEIGHT;
    shared -= SLOT_WEIGHT;
    anchors--;
  };
  for (const [mine, holder] of otherHolderOfTitle(draft, claim, pairs)) {
    const k = pairs.findIndex(([p]) => p === mine);
    if (k < 0) continue;
    unpair(k, mine);
    differing.push({ draft: mine, candidates: [holder], swap: true, owner: true, agent: true });
  }
  // The person the draft names as an agreement's other party, where the claim names another as the other party of
  // that agreement: the claim's stands in the draft's place, though the claim names the draft's person elsewhere ("the
  // Moon government") or not at all. Not where the draft names the claim's partner too, other than to set it aside
  // ("not with Park Geun-hye but with Moon Jae-in").
  for (const [mine, partner] of otherPartnerOfAgreement(draft, claim)) {
    if (differing.some((d) => d.draft === mine && d.swap) || setAside(draft, mine) || reported(draft, mine)) continue;
    // "did not reach the … agreement with Moon Jae-in but with his predecessor": a denial before the person, unless
    // it sets aside another ("not with Park Geun-hye but with Moon Jae-in"), denies the partner.
    const setBetween = (n: number) => draft.slots.some((s) => s.first > n && s.last < mine.first && setAside(draft, s));
    if (draft.negations.some((n) => n < mine.first && !setBetween(n))) continue;
    if (draft.slots.some((s) => s.kind === 'entity' && !setAside(draft, s) && compareSlots(s, partner) === 'same')) continue;
    const k = pairs.findIndex(([p]) => p === mine);
    if (k >= 0) unpair(k, mine);
    else {
      const d = differing.findIndex((x) => x.draft === mine);
      if (d >= 0) differing.splice(d, 1);
    }
    differing.push({ draft: mine, candidates: [partner], swap: true, owner: true, agent: true });
  }
  // A title the draft gives one person that the claim gives another ("Matthew Pottinger, the national security
  // adviser" against "the NSC director for Asia, Matthew Pottinger, along with national security adviser John
  // Bolton"): it is not the same office as the claim's for this person, whatever the two titles' words.
  const titledAnother = new Set<Slot>();
  for (let k = pairs.length - 1; k >= 0; k--) {
    const [slot, other] = pairs[k];
    if (slot.kind !== 'role' || !titledElsewhere(draft, slot, claim, other, pairs)) continue;
    titledAnother.add(slot);
    pairs.splice(k, 1);
    matched.splice(matched.indexOf(slot), 1);
    claimMatched.delete(other);
    shared -= SLOT_WEIGHT;
    anchors--;
  }
  // A title the claim gives the same person under another name ("Abe's foreign minister" against "Abe's Cabinet
  // Secretary"): titles of different heads are compared only through the person both are attached to.
  for (const slot of draftSlots) {
    if (slot.kind !== 'role' || matched.includes(slot) || differing.some((d) => d.draft === slot)) continue;
    // Or the person a title after "as" gives a capacity to, however far ("Suga helped reach the deal as foreign minister").
    const person =
      pairs.find(([p]) => p.entity?.type === 'person' && wordsApart(p, slot) <= 3 && titleOf(draft, p, slot)) ??
      pairs.find(([p]) => p.entity?.type === 'person' && p === capacityHolder(draft, slot));
    if (!person || pastOffice(draft, slot) || officeTakenOver(index, draft, slot)) continue;
    // "Abe's foreign minister" names an office by the one it serves, who had many: it is another office than the
    // claim's "Abe's Cabinet Secretary" only for one holder, a person both name beside it (not an unnamed "he").
    const holder = ([p]: [Slot, Slot]) => p !== person[0] && p.entity?.type === 'person';
    if (serves(draft, person[0], slot) && !pairs.some(holder)) continue;
    // The claim's title must stand right by that person ("Secretary of Defense Lloyd Austin", "Abe's Cabinet Secretary").
    // Or one the claim gives the person as a capacity ("which Suga played a … role in reaching as Abe's Cabinet Secretary").
    const holds = (o: Slot) => {
      const holder = capacityHolder(claim, o);
      return holder !== undefined && compareSlots(holder, person[1]) === 'same';
    };
    const near = (o: Slot) => o.kind === 'role' && !claimMatched.has(o) && (wordsApart(o, person[1]) <= 2 || holds(o));
    // A capacity ("named Kang as its next foreign minister") is set against the claim's capacity for that person ("…
    // appointed Representative Kang …, as the next ambassador"), not against another title standing by the name.
    const capacity = person[0] === capacityHolder(draft, slot);
    const title = (capacity ? claim.slots.find((o) => near(o) && holds(o)) : undefined) ?? claim.slots.find(near);
    // "Pentagon chief" may name the office a full title names, in other words ("Secretary of Defense").
    // (Not one the claim gives another person: that one names the office exactly.)
    // So may an "envoy" name an ambassador's office (`BROADER_TITLE_HEADS`).
    const vague =
      title && ((slot.role!.head === LEADER && title.role!.head !== LEADER) || broaderTitle(slot, title)) && !titledAnother.has(slot);
    if (!title || vague) continue;
    // A rank the sources give this person elsewhere ("As deputy secretary of state, he met his … counterparts at the
    // Iikura guest house" against "… Secretary of State Blinken made a point …"): an office held at another time, not
    // a wrong one, unless the claim tells the person's very act ("launched" against "initiated trilateral
    // consultations"): the rank held then is the claim's.
    const heldElsewhere = () =>
      !actTold(draft, person[0], claim) && knownTitles(index, person[0], true).some((t) => compareSlots(slot, t.title) === 'same');
    if (otherRank(slot, title) ? undatedOrDatedAlike(draft, pairs) && !heldElsewhere() : compareSlots(slot, title) !== 'same')
      differing.push({ draft: slot, candidates: [title] });
  }
  // Draft values left unread against the claim; with the claim values they differ from when they stand elsewhere.
  const open: { slot: Slot; differsFrom?: Slot[] }[] = [];
  const unspokenSlots: Slot[] = [];
  // A named agreement or organisation the claim does not speak of at all: the draft tells of something else. Not one
  // the sentence only refers to ("After that ruling, only Japan removed …"): the claim may tell the event it is dated
  // by, or its party, in a sentence of its own, and the sentence is then read as if it stood alone.
  // A thing named inside a report ("announced in August 2019 that it would let GSOMIA lapse") is not compared, but it
  // still says what the report is about: where the claim names only other things of its kind ("let a currency swap
  // agreement … expire"), the draft tells of something else as much as where the claim names none. Not a thing of the
  // claim's that stands for another draft value ("threatened to terminate GSOMIA unless Seoul dropped its WTO
  // complaint" against "the Blue House threatened …": the Blue House stands where Tokyo does).
  const otherThing = (slot: Slot, o: Slot) =>
    reported(draft, slot) && !claimMatched.has(o) && !differing.some((d) => d.candidates.includes(o)) && compareSlots(slot, o) === 'differ';
  // A body owning a title read wrong for its holder ("As the LDP's secretary-general, Suga …" against "as Abe's Cabinet
  // Secretary") is part of that title, compared with it: it says nothing of another thing told.
  const ownsDifferingTitle = (slot: Slot) =>
    differing.some(
      ({ draft: d }) =>
        d.kind === 'role' && (d.first === slot.last + 1 || (d.first === slot.last + 2 && possessiveMark(draft.words, slot.last + 1))),
    );
  for (const slot of draftSlots) {
    const type = slot.entity?.type;
    if (
      (type === 'agreement' || type === 'organisation') &&
      !slot.referent &&
      !ownsDifferingTitle(slot) &&
      !matched.includes(slot) &&
      !claim.slots.some((o) => o.entity?.type === type && !otherThing(slot, o)) &&
      !namesASource(slot, index) &&
      !namedByKind(slot, claim)
    )
      unspokenSlots.push(slot);
  }
  const unspoken = unspokenSlots.length;
  const denial = draft.negations.find((n) => draft.quoted[n] === 0 && !contrastive(draft, n));
  // A draft denying what the claim states speaks of the values of the denied clause otherwise: "a third of the women
  // never received payments" against "payments to two-thirds of the women" is the same fact, told by the rest.
  const deniesWhatClaimStates = denial !== undefined && (claim.negations.length === 0 || !denyAlike(draft, claim));
  // Both tell of an event that almost happened ("nearly went under in late December", "was nearly torpedoed in late
  // January"): the near miss itself is stated, with its date.
  const nearMiss = (a: AnalysedSentence, n: number) => nearMissWord(a.words, a.stems, n);
  const bothNearMisses = denial !== undefined && nearMiss(draft, denial) && claim.negations.some((n) => nearMiss(claim, n));
  // A country listed with a party both name ("China and Japan normalized relations in 1972, a step Seoul watched
  // closely") stands for a claim's other country ("Japan-South Korea … normalization") unless another draft value
  // stands for that one in its clause: Seoul, named after a comma, is no party to the act.
  const listedCountry = (slot: Slot) =>
    slot.entity?.key.startsWith('country:') === true &&
    !slot.entity.adjective &&
    listOf(draft, slot).some((o) => o !== slot && pairs.some(([p]) => p === o));
  // The claim's country owning a body the draft names too ("South Korea's presidential Blue House", the Blue House
  // paired): it says whose body, which the draft leaves unsaid; no value the draft's other parties could differ from.
  const ownerOfPaired = (c: Slot) =>
    c.entity?.key.startsWith('country:') === true &&
    pairs.some(([, q]) => q.entity?.country === c.entity!.key && q.first > c.last && q.first - c.last <= OWNER_REACH);
  // The draft's country owning a body of its own that is compared itself ("an official from Japan's Foreign Ministry"
  // against "an official in the Prime Minister's National Security Secretariat"): it says whose body, no party of the
  // clause to leave the reading open.
  const ownsComparedBody = (slot: Slot) =>
    slot.entity?.key.startsWith('country:') === true &&
    differing.some(
      (o) =>
        o.draft.entity?.type === 'organisation' &&
        o.draft.entity.country === slot.entity!.key &&
        o.draft.first > slot.last &&
        o.draft.first - slot.last <= OWNER_REACH,
    );
  const accountedBeside = (slot: Slot, c: Slot) =>
    ownerOfPaired(c) ||
    (claimMatched.has(c) &&
      (!listedCountry(slot) ||
        pairs.some(
          ([p, q]) => compareSlots(q, c) === 'same' && sameClause(draft, Math.min(p.last, slot.last), Math.max(p.first, slot.first)),
        )));
  // A member of a list the claim gives in a denial told alike ("hesitated to resume talks without a third party such as
  // Washington or Moscow present" against "… without a third-party present like Washington or Beijing"): the list is
  // the claim's, denied or not, and its member is compared as stated.
  const deniedAlike = denial !== undefined && denyAlike(draft, claim);
  const listDeniedAlike = (slot: Slot, candidates: readonly Slot[]) =>
    deniedAlike &&
    candidates.some(
      (c) => claim.negations.some((n) => n < c.first && sameClause(claim, n, c.first)) && sameList(draft, slot, claim, c, pairs),
    );
  // A value past the comma closing a phrase the sentence prefers its act over ("Rather than flying directly, Stilwell
  // went … by way of Vietnam and Thailand"): the act told after it is stated, not denied.
  const preferredOver = (from: number, to: number) =>
    draft.words[from].lower === 'rather' &&
    draft.words[from + 1]?.lower === 'than' &&
    [...Array(to - from).keys()].some((k) => textBetween(draft, from + k, from + k + 1).includes(','));
  for (const d of differing) {
    // "Japan did not impose export controls in 2020": a value under a denial is not claimed, so it cannot be wrong.
    // A date told relative to another ("the month before") is the writer's arithmetic, not a date to compare.
    const timed = d.draft.kind === 'date' || (d.draft.kind === 'number' && TIME_UNITS.has(d.draft.number!.unit ?? ''));
    const own = (d.draft.kind === 'number' || d.draft.kind === 'date') && draft.firstPerson;
    // A value in a clause of time after the denial ("avoid any risk until he is re-elected … in October", "not until
    // 2019") is taken as given, not denied.
    const presupposed = (from: number, to: number) => {
      for (let k = from + 1; k < to; k++) if (PRESUPPOSING_SUBORDINATORS.has(draft.words[k].lower)) return true;
      return false;
    };
    // A value in a clause of its own after the denial's, set off by a semicolon, a colon or a dash ("did not fly
    // straight from Tokyo to Seoul; he went by way of Vietnam …"), is stated there, not denied.
    const brokenOff = (from: number, to: number) => {
      for (let k = from; k < to; k++) if (breaksClause(draft, k, k + 1) && !textBetween(draft, k, k + 1).includes(',')) return true;
      return false;
    };
    // (Nor a value in a clause of time a reported guess takes as given: "said that Suga would not take a risk before he
    // is re-elected … in November" denies the risk, not the re-election.)
    const given = denial !== undefined && d.draft.first > denial && reportedGiven(draft, d.draft);
    const denied =
      denial !== undefined &&
      !bothNearMisses &&
      !given &&
      !listDeniedAlike(d.draft, d.candidates) &&
      !(d.draft.first > denial && preferredOver(denial, d.draft.first)) &&
      !(d.draft.first > denial && brokenOff(denial, d.draft.first)) &&
      ((d.draft.first > denial && !presupposed(denial, d.draft.first)) ||
        (deniesWhatClaimStates && sameClause(draft, d.draft.last, denial)));
    if (
      denied ||
      (timed && draft.relativeTime && !d.draft.counted && !datedAfterCount(draft, d.draft) && !seasonToldBack(draft, d.draft)) ||
      own
    ) {
      // Unread, it leaves the reading open, unless every claim value it differs from is another draft value's.
      if (d.candidates.some((c) => !claimMatched.has(c))) open.push({ slot: d.draft });
      continue;
    }
    // The claim's value this one stands in for: not one another draft value already agrees with, and in the same
    // neighbourhood of shared words on both sides (the same role in the same clause, not a value of another clause).
    // (The relation before the neighbourhood: it is cheaper, and often rules the value out alone.)
    const source = d.candidates.find(
      (c) =>
        (d.swap || !claimMatched.has(c)) &&
        (d.owner || d.agent || (sameRelation(draft, d.draft, claim, c) && !subjectAgainstTitledPartner(draft, d.draft, claim, c))) &&
        (d.owner ||
          sharesNeighbourhood(draft, d.draft, claim, c, pairs) ||
          sameList(draft, d.draft, claim, c, pairs) ||
          sameCompany(draft, d.draft, claim, c, pairs) ||
          bothGroupSizes(d.draft, c)) &&
        (d.agent || sameQualified(draft, d.draft, claim, c)) &&
        sameWhole(draft, d.draft, claim, c) &&
        sameMeasured(draft, d.draft, claim, c) &&
        sameEvent(draft, d.draft, claim, c) &&
        !otherHope(draft, d.draft, claim, c) &&
        sameNamedThing(draft, d.draft, claim, c) &&
        !kindredNameBeside(d.draft, claim, c) &&
        captionBound(draft, d.draft, claim, c),
    );
    // A value the sentence refers to is not the writer's to be wrong about: it only tells what the sentence speaks of.
    if (source && !d.draft.referent) mismatches.push({ draft: d.draft, source });
    // A value that differs from the claim's but stands elsewhere: the two may tell different events. Not a conflict.
    // (A party the claim names too, in another relation, read as a swap that does not hold, is that mention.)
    else if (!d.named && !ownsComparedBody(d.draft) && d.candidates.some((c) => !accountedBeside(d.draft, c)))
      open.push({ slot: d.draft, differsFrom: d.candidates.filter((c) => !accountedBeside(d.draft, c)) });
  }
  // A swap read through the partner alone leaves the sentence's other wrong value to speak: the two together may tell
  // another event, and the value alone was read so before ("In 2016 Seoul let the currency swap agreement … expire").
  if (mismatches.length > 1) {
    for (let k = mismatches.length - 1; k >= 0; k--) {
      const mention = differing.find((d) => d.draft === mismatches[k].draft)?.yields;
      if (!mention) continue;
      pairs.push([mismatches[k].draft, mention]);
      matched.push(mismatches[k].draft);
      total += SLOT_WEIGHT;
      shared += SLOT_WEIGHT;
      anchors++;
      mismatches.splice(k, 1);
    }
  }
  // A person listed with one both name, where the claim lists another with that one ("brought Abe and Park together"
  // against "Abe and President Moon Jae-in … coming together"): the two tell of different meetings.
  for (const slot of draftSlots) {
    const partner = listedStranger(draft, slot, claim, pairs, claimMatched);
    if (partner && !matched.includes(slot) && !differing.some((d) => d.draft === slot)) open.push({ slot, differsFrom: [partner] });
  }
  // A second draft value differing only from the claim value another draft value already stands in for ("flew to
  // Washington …, the first of Seoul's overtures" against "traveled to Tokyo"): the claim has one value there, and
  // the draft's other mention leaves no doubt of its own.
  // A person the draft names where the claim names only an office ("Trump announced …" against "the U.S. president's
  // announcement"), an office the sources give that person ("President Trump"): the person holds it, and stands
  // there, the claim's other values compared as ever.
  const held = (u: { slot: Slot }) => {
    const office = officeAlone(draft, claim, u.slot, pairs);
    if (!office || !knownTitles(index, u.slot).some((t) => compareSlots(office, t.title) === 'same')) return false;
    pairs.push([u.slot, office]);
    return true;
  };
  const unresolvedValues = open.filter((u) => !u.differsFrom?.every((c) => mismatches.some((m) => m.source === c)) && !held(u));
  const unresolved = unresolvedValues.length;
  // The kinds of the unresolved values, one bit each (`KIND_BITS`).
  let unresolvedKinds = 0;
  for (const u of unresolvedValues) unresolvedKinds |= KIND_BITS[u.slot.kind];
  // A person named with their own title where the claim names another with theirs ("Defense Secretary Austin" against
  // "Secretary of State Antony Blinken"): one party differs, and its title with it; the title is no second error.
  for (let k = mismatches.length - 1; k >= 0; k--) {
    const { draft: title, source } = mismatches[k];
    const titled = (m: { draft: Slot; source: Slot }) =>
      m.draft.entity?.type === 'person' && m.draft.first === title.last + 1 && m.source.first === source.last + 1;
    if (title.kind === 'role' && (mismatches.some(titled) || titleOfSamePerson(draft, title, claim))) mismatches.splice(k, 1);
  }
  const coverage = total === 0 ? 0 : shared / total;
  const settled = mismatches.length === 0 && unresolved === 0 && unspoken === 0;
  // Two events told in opposite order ("before the summit" / "after the summit") disagree like a denial does. A
  // person the draft names where the claim names only an office ("Trump announced …" against "the U.S. president's
  // announcement") leaves the order to compare: it is no other event, though the person is not known to hold it.
  // A party singled out ("only Japan …") where the claim tells two parties doing the act together disagrees likewise.
  const joint = doer && 'joint' in doer ? { draftWords: doer.words, sourceWords: doer.joint, sameActor: false } : undefined;
  const heldOffices =
    !settled && mismatches.length === 0 && unspoken === 0 ? officeHolders(draft, claim, unresolvedValues, pairs) : undefined;
  // An act the claim denies of a person the draft does not pair, where the draft names no party before its act ("A
  // direct flight between Seoul and Tokyo takes a little over two hours" against "Stilwell's trip schedule did not take
  // him directly from Tokyo to Seoul"): the draft tells of no one's act, so not of that person's act denied. (A draft
  // denying it, "Neither leader … congratulated Biden", names its doers in the denial.)
  const denied = settled ? opposedPolarity(draft, claim, pairs) : undefined;
  const anothersAct =
    denied !== undefined &&
    !denied.sameActor &&
    claim.negations.includes(denied.sourceWords[0]) &&
    !partyBefore(draft, denied.draftWords[0]) &&
    namesUnpairedPerson(claim, claimMatched);
  const opposed = settled
    ? ((anothersAct ? undefined : denied) ??
      opposedOrder(draft, claim, pairs) ??
      joint ??
      singledAgainstList(draft, claim) ??
      partnerSetApart(draft, claim, pairs))
    : heldOffices
      ? opposedOrder(draft, claim, [...pairs, ...heldOffices])
      : undefined;
  const polarity = opposed && { ...opposed, coverage: coverageWithout(draft, opposed.draftWords, claim, total, shared, index) };
  // A person the doers met whom the claim does not name, nor anyone it could stand for, where the claim names no one
  // met that the draft does not ("They also met Li Keqiang in Beijing" against "Abe … and … Moon Jae-in met in
  // Chengdu"): another meeting, with its own place and date. (Not the wrong value itself: "brought Abe together with
  // President Moon" against "… with Prime Minister Abe and then President Park".)
  const metAnother = (slot: Slot) =>
    !slot.referent &&
    !matched.includes(slot) &&
    !differing.some((d) => d.draft === slot) &&
    !mismatches.some((m) => m.draft === slot) &&
    otherSideOfSymmetricAct(draft, slot) &&
    !claim.slots.some((o) => !claimMatched.has(o) && otherSideOfSymmetricAct(claim, o));
  // A value the claim does not tell leaves open the reading of the clause it stands in (`doubtIn`): a second value of
  // the same kind that differs elsewhere, a party that differs, or a thing the claim never names. A mismatch in a
  // clause apart from every such value ("The proposal came from a senior Japanese politician, and American officials
  // are aware of the discussions"; "In 2018 the ROK Supreme Court ruled …; in 2021, … Suga became Japan's prime
  // minister") still stands: the other clause may tell another event than the claim's. The checker then weighs that
  // mismatch's clause alone (`apart`).
  // (Apart also where one stands in an aside the other is not told in: "Suga, who became prime minister in September
  // 2019, kept Abe's line on Korea".)
  const beside = (s: Slot, m: { draft: Slot }) => !clausesApart(draft, s, m.draft) && !asideApart(draft, s, m.draft);
  // (Not the venue of a gathering both name alike, whoever else the draft names: `namedGatheringElsewhere`.)
  const doubtIn = (m: { draft: Slot; source: Slot }) =>
    unspokenSlots.some((s) => beside(s, m)) ||
    (!namedGatheringElsewhere(draft, m.draft, claim, m.source, pairs) &&
      unresolvedValues.some(
        (u) => beside(u.slot, m) && (u.slot.kind === 'entity' || mismatches.some((o) => o.draft.kind === u.slot.kind)),
      ));
  const undoubted = mismatches.filter((m) => !doubtIn(m));
  const doubtedElsewhere =
    undoubted.length < mismatches.length ||
    unspoken > 0 ||
    (unresolvedKinds & KIND_BITS.entity) !== 0 ||
    mismatches.some((m) => (unresolvedKinds & KIND_BITS[m.draft.kind]) !== 0);
  // So does, for the whole sentence, a party of the draft's that stands where the claim has none of its kind, which
  // may tell another event ("China and Japan normalized relations in 1972" against the passage on Japan and Korea): no
  // value of the sentence is then compared. A person both name, doing the act in one and undergoing it in the other,
  // beside people the other does not name ("X succeeded Suga", "Suga became prime minister following Abe's
  // resignation"): another event of that person. Asked only of an alignment with a mismatch to drop: most have none,
  // and these read both sentences again.
  const doubtful =
    mismatches.length > 0 &&
    (undoubted.length === 0 ||
      draftSlots.some(metAnother) ||
      personInAnotherPart(draft, claim, pairs, claimMatched) ||
      draftSlots.some((s) => !matched.includes(s) && personActedOnAgainstThing(draft, s, claim)) ||
      otherPartyCount(draft, claim) ||
      unknownDoer(draft, claim, claimMatched) ||
      mismatches.some((m) => datedOtherwise(draft, m.draft, claim, matched, mismatches)));
  // Doubted only in another clause: the checker weighs the mismatch's clause alone.
  const apart = !doubtful && doubtedElsewhere;
  return {
    coverage,
    anchors,
    total,
    matched,
    pairs,
    mismatches: doubtful ? [] : undoubted,
    unresolved,
    polarity,
    ...(apart ? { apart: true } : {}),
  };
}

/** The country naming a title right before it ("the U.S. president", "South Korean President Moon"), if any. */
function countryOfTitle(a: AnalysedSentence, title: Slot): string | undefined {
  const country = a.slots.find((s) => s.kind === 'entity' && s.last === title.first - 1 && s.entity!.key.startsWith('country:'));
  return country?.entity!.key;
}

/**
 * Whether the sources give `person` the claim's `title`: one of the titles they give the person compares the same,
 * and none of those is named for another country than the claim's title is ("South Korean President Moon Jae-in" does
 * not hold "the U.S. president"), unless one is named for the same country.
 */
function holdsTitle(index: SourceClaims, person: Slot, claim: AnalysedSentence, title: Slot): boolean {
  const country = countryOfTitle(claim, title);
  const alike = knownTitles(index, person).filter((t) => compareSlots(title, t.title) === 'same');
  if (alike.length === 0 || country === undefined) return alike.length > 0;
  const countries = alike.map((t) => countryOfTitle(index.claim(t.claim).analysis, t.title));
  return countries.includes(country) || countries.every((c) => c === undefined);
}

/**
 * Whether the draft's doer is a "he" or "she" no one before it stands for (a sentence read alone, or a paragraph that
 * leaves the pronoun open) while the claim names a person the draft's values do not pair with: the pronoun may stand
 * for that person or for another, so the rest of the sentence may tell another person's act ("He met his counterparts
 * at the Iikura guest house" against a delegation's meeting in Tokyo).
 */
function unknownDoer(draft: AnalysedSentence, claim: AnalysedSentence, claimMatched: ReadonlySet<Slot>): boolean {
  // Not one after a person the sentence names ("… until he is re-elected"), by a name of the glossary or one written
  // as a person's ("Moon announced that he …"), nor one a referent stands in for.
  const person = (s: Slot) => s.entity?.type === 'person' || (s.entity?.type === 'name' && partyOf(draft, s) === s);
  const open = draft.words.some(
    (w, i) =>
      SUBJECT_PRONOUNS.has(w.lower) && draft.quoted[i] === 0 && !draft.slots.some((s) => s.first <= i && (i <= s.last || person(s))),
  );
  return open && namesUnpairedPerson(claim, claimMatched);
}

/** Whether the claim names a person the draft's values do not pair with (`claimMatched`: the claim's paired values). */
function namesUnpairedPerson(claim: AnalysedSentence, claimMatched: ReadonlySet<Slot>): boolean {
  return claim.slots.some((o) => o.entity?.type === 'person' && !claimMatched.has(o));
}

/**
 * Each of the draft's unresolved values paired with the claim's title standing in its place, when every one is a
 * person (by name) and the claim names in that place only an office, with no name beside it ("the U.S. president's
 * announcement"); undefined otherwise. Asked only for the order of events: a person is not known to hold the office.
 */
function officeHolders(
  draft: AnalysedSentence,
  claim: AnalysedSentence,
  unresolved: readonly { slot: Slot }[],
  pairs: readonly [Slot, Slot][],
): [Slot, Slot][] | undefined {
  if (unresolved.length === 0) return undefined;
  const held: [Slot, Slot][] = [];
  for (const { slot } of unresolved) {
    const office = officeAlone(draft, claim, slot, pairs);
    if (!office) return undefined;
    held.push([slot, office]);
  }
  return held;
}

/**
 * The claim's office standing where the draft names the person at `slot`, with no person named right beside it in
 * the claim ("the U.S. president's announcement"; not "President Moon", "Moon, the president"), if any.
 */
function officeAlone(draft: AnalysedSentence, claim: AnalysedSentence, slot: Slot, pairs: readonly [Slot, Slot][]): Slot | undefined {
  if (slot.entity?.type !== 'person' || slot.referent) return undefined;
  return claim.slots.find(
    (o) =>
      o.kind === 'role' &&
      !claim.slots.some((p) => p.entity?.type === 'person' && wordsApart(p, o) <= 2) &&
      sharesNeighbourhood(draft, slot, claim, o, pairs),
  );
}

/**
 * `shared / total` with the draft's words `from..to` left out of `total` when the claim lacks them: the words that
 * carry an opposite predicate ("welcomed" against "criticized") are the difference itself, not a sign that the two
 * speak of other things.
 */
function coverageWithout(
  draft: AnalysedSentence,
  [from, to]: readonly [number, number],
  claim: AnalysedSentence,
  total: number,
  shared: number,
  index: SourceClaims,
): number {
  const left = new Set<string>();
  for (let i = from; i <= to; i++) if (draft.content[i] === 1 && !claim.contentStems.has(draft.stems[i])) left.add(draft.stems[i]);
  for (const s of left) total -= index.weight(s);
  return total <= 0 ? 0 : shared / total;
}

/** Words from a country's name to the body its possessive owns, past a word or two describing it ("South Korea's presidential Blue House"). */
const OWNER_REACH = 4;

/** How many more of the draft's words a party's clause must tell than its mention's for that party to stand in. */
const CLEARLY_MORE = 2;

/**
 * How many of the draft's content words near `slot` (within `reach` words; and of its values agreeing with the
 * claim's) stand in the claim's clause around `o`: bounded by marks of punctuation and words opening a clause
 * (`sameClause`).
 */
function toldInClause(
  draft: AnalysedSentence,
  slot: Slot,
  claim: AnalysedSentence,
  o: Slot,
  pairs: readonly [Slot, Slot][],
  reach = NEIGHBOURHOOD,
): number {
  // "and" alone joins a list as often as clauses ("Abe and then President Park"): a clause opens at a mark, or a word
  // opening a clause other than that.
  const opens = (k: number) =>
    PUNCTUATION_BETWEEN.test(textBetween(claim, k - 1, k)) || (CLAUSE_OPENERS.has(claim.words[k].lower) && claim.words[k].lower !== 'and');
  let from = o.first;
  while (from > 0 && !opens(from)) from--;
  let to = o.last;
  while (to + 1 < claim.words.length && !opens(to + 1)) to++;
  const near = new Set<string>();
  const last = Math.min(draft.words.length - 1, slot.last + reach);
  for (let i = Math.max(0, slot.first - reach); i <= last; i++) if (draft.content[i] === 1) near.add(draft.stems[i]);
  let told = 0;
  for (let i = from; i <= to; i++) if (claim.content[i] === 1 && near.delete(claim.stems[i])) told++;
  for (const [p, q] of pairs) if (p !== slot && wordsApart(p, slot) <= reach && q.first >= from && q.last <= to) told++;
  return told;
}

/**
 * The party of the claim that stands where the draft has `slot`, though the claim names the draft's party too
 * (`mentions`, in the draft's relation; the first is the one compared): one of the same type in the same relation,
 * sharing the draft's words around the party where no mention shares any, in another clause than the mention's
 * ("Seoul had to contend with direct pressure over its decision to deploy THAAD, while Tokyo faced a ban …" against
 * "Tokyo came under direct pressure over its decision to deploy THAAD"). The mention then tells the party's part in
 * another event the claim also tells.
 */
function partyInDraftsClause(
  draft: AnalysedSentence,
  slot: Slot,
  claim: AnalysedSentence,
  mentions: readonly Slot[],
  candidates: readonly Slot[],
  near: (o: Slot) => boolean,
): Slot | undefined {
  const type = slot.entity?.type;
  if (type !== 'place' && type !== 'person' && type !== 'organisation') return undefined;
  // A party the sentence refers to ("the two leaders") is the writer's only as the sentence before named it.
  if (slot.entity!.adjective || slot.referent) return undefined;
  const kin = (o: Slot) => o.entity?.type === type && !o.entity.adjective;
  const [mention] = mentions;
  const standsIn = (o: Slot) =>
    kin(o) && !sameClause(claim, Math.min(o.last, mention.last), Math.max(o.first, mention.first)) && sameRelation(draft, slot, claim, o);
  // Asked only where a party could stand in, by type, clause and relation: reading each mention's neighbourhood
  // (`near`) for every value paired was a tenth of an alignment, and most values have no such party.
  if (!candidates.some(standsIn) || mentions.some(near)) return undefined;
  return candidates.find((o) => standsIn(o) && near(o));
}
