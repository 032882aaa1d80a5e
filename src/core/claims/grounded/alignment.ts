/**
 * Lining a draft sentence up with a source claim: do they speak of the same thing (their content words and the values
 * they agree on), and if so, does exactly one value of the draft stand where the source has another of the same kind
 * (a year for a year, a person for a person), or does one deny what the other states? Pure comparison: which claims
 * to compare, and whether another source backs the draft, is the checker's business (groundedCheck.ts).
 */
import type { DraftDate } from '../values';
import { isRegion } from './gazetteer';
import {
  ACCOUNT_NOUNS,
  ADDING_MODIFIERS,
  ADVERBIAL_CONJUNCTIONS,
  ATTRIBUTIVE_OPENERS,
  CLAUSE_CONJUNCTIONS,
  CLAUSE_OPENERS,
  CONTRAST_CONJUNCTIONS,
  EVENT_PREPOSITIONS,
  FUNCTION_WORDS,
  IMPLICATIVE_VERBS,
  LEADER_HEAD,
  MUTUAL_ACT_VERBS,
  NEAR_MISS_WORDS,
  NEGATION_WORDS,
  ORDER_WORDS,
  ORGANISATION_HEADS,
  PARTY_NOUNS,
  PEOPLE_NOUNS,
  RANK_MODIFIERS,
  STATED_PAST_FORMS,
  TIME_NOUNS,
  TRAVEL_WORDS,
} from './lexicon';
import { OPPOSITE_STEMS, stem } from './stem';
import type { AnalysedSentence, EntityType, Slot } from './sentenceAnalysis';
import { APPOSITION_WORDS, textBetween, type SourceClaims } from './sourceClaims';
import { pluralTitle, SHARE_UNIT } from './sentenceAnalysis';

/** How two values of one kind compare. */
export type Comparison = 'same' | 'differ' | 'incomparable';

/** What a slot's agreement adds to the evidence that two sentences speak of one thing, beside a content word's weight. */
const SLOT_WEIGHT = 2.5;
/** Up to this many words, a sentence's values are all near one another. */
const SHORT_SENTENCE = 12;
/** Words either side of a value within which the two sentences must share a word for the values to fill one role. */
const NEIGHBOURHOOD = 6;

/** The head of a title that only says someone leads a body, as the analysis keeps it (a stem). */
const LEADER = stem(LEADER_HEAD);

/** Units of a number that make it a length of time ("seven years after"), as stems. */
const TIME_UNITS = new Set(['day', 'week', 'month', 'year', 'decad']);

/** Seasons as the months they cover (northern hemisphere, as the sources write). */
const SEASON_MONTHS: Record<string, readonly number[]> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  winter: [12, 1, 2],
};

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
    // "winter 2019" may end in January 2020; "December 2018" and "early 2019" are close. Only clear gaps differ.
    if (Math.abs(a.year - b.year) === 1 && (a.season === 'winter' || b.season === 'winter')) return 'incomparable';
    return 'differ';
  }
  const sameYear = a.year !== undefined && b.year !== undefined;
  if (a.month !== undefined && b.month !== undefined) {
    if (a.month !== b.month)
      return sameYear || (a.year === undefined) !== (b.year === undefined) || (a.year === undefined && b.year === undefined)
        ? 'differ'
        : 'incomparable';
    if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return 'differ';
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

/** Whether two slots of one kind can name the same value. */
export function compareSlots(a: Slot, b: Slot): Comparison {
  if (a.kind !== b.kind) return 'incomparable';
  switch (a.kind) {
    case 'date':
      // "the 2015 agreement" names a thing by its year; it does not date the event the clause tells. It still agrees
      // with the same year elsewhere ("the agreement reached in 2015").
      if (Boolean(a.attributive) !== Boolean(b.attributive)) return compareDates(a.date!, b.date!) === 'same' ? 'same' : 'incomparable';
      return compareDates(a.date!, b.date!);
    case 'number': {
      const x = a.number!;
      const y = b.number!;
      if (x.unit === undefined || x.unit !== y.unit) return 'incomparable';
      // "dozens of casualties" allows 40, not "hundreds".
      if (x.range || y.range) {
        const [from, to] = [countsOf(x, y), countsOf(y, x)];
        return from[0] <= to[1] && to[0] <= from[1] ? 'same' : 'differ';
      }
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
      if (x.key === y.key || (a.text.length === b.text.length && a.text.toLowerCase() === b.text.toLowerCase())) return 'same';
      // "Moon" and "Moon Jae-in", or one name spelled two ways ("Kang Chan-gil", "Kang Chang-il"): people sharing a
      // name are taken for one. Organisations and things by their names' words: "the Supreme Court" is "the Korean
      // Supreme Court", but "the Seoul Central District Court" is another court.
      if (x.type === 'person' || y.type === 'person' || x.type === 'name' || y.type === 'name') {
        if (x.words.some((w) => y.words.includes(w))) return 'same';
      } else if (x.type === y.type && (contains(x.words, y.words) || contains(y.words, x.words))) return 'same';
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

/** Two titles of one office but for a rank word one has and the other lacks ("Deputy Secretary of State", "Secretary of State"). */
function otherRank(a: Slot, b: Slot): boolean {
  const x = a.role!;
  const y = b.role!;
  if (x.head !== y.head || x.modifiers.length === 0 || y.modifiers.length === 0) return false;
  const ranks = (m: readonly string[]) => m.filter((w) => RANK_MODIFIERS.has(w)).join(' ');
  return ranks(x.modifiers) !== ranks(y.modifiers);
}

/**
 * Whether a title may be told of the time the claim tells: offices change hands, so in a sentence dating an event the
 * claim does not date alike ("In January 2016, Deputy Secretary of State Blinken …") a title is not compared.
 */
function undatedOrDatedAlike(a: AnalysedSentence, pairs: readonly [Slot, Slot][]): boolean {
  return a.slots.every((s) => s.kind !== 'date' || pairs.some(([p]) => p === s));
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

const contains = (outer: readonly string[], inner: readonly string[]): boolean => inner.length > 0 && inner.every((w) => outer.includes(w));

/** What lining a draft sentence up with one claim found. */
export interface Alignment {
  /** How much of what the draft says the claim also says (0-1): content words by rarity, and agreeing values. */
  coverage: number;
  /** Content words and agreeing values the two share. */
  anchors: number;
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
}

/** Where a draft and a claim disagree on whether (or in which order) something happened. */
export interface Opposition {
  /** The draft's words that carry the disagreement, first and last. */
  draftWords: [number, number];
  /** The claim's words, first and last. */
  sourceWords: [number, number];
  /** Whether both are told of one party named as their subject ("Tokyo stayed out …", "Japan has joined …"). */
  sameActor: boolean;
}

/**
 * The most coverage and anchors `align(draft, claim, index)` can find, from the content words the two share alone: as
 * if every draft value (outside quotation marks) agreed with one of the claim's. A caller that needs more than this
 * of a passage need not align it.
 */
export function alignmentBound(
  draft: AnalysedSentence,
  claim: AnalysedSentence,
  index: SourceClaims,
): { coverage: number; anchors: number } {
  const words = sharedWords(draft, claim, index);
  let values = 0;
  for (const slot of draft.slots) if (draft.quoted[slot.first] === 0) values++;
  // A value that agrees adds its weight to both sides; one that does not adds to the draft's side or to neither.
  const total = words.total + values * SLOT_WEIGHT;
  const shared = words.shared + values * SLOT_WEIGHT;
  return { coverage: total === 0 ? 0 : shared / total, anchors: words.anchors + values };
}

/** Whether every word of a named thing of two or more words stands in `claim` too, in any order and form. */
function spelledOut(slot: Slot, claim: AnalysedSentence): boolean {
  const words = slot.entity!.words;
  return words.length > 1 && words.every((w) => claim.stems.includes(stem(w.toLowerCase())));
}

/** Whether `party` stands after "with" following a verb of an act done together ("worked with Japan"). */
function partnerOfMutualAct(a: AnalysedSentence, party: Slot): boolean {
  const k = party.first - (a.words[party.first - 1]?.lower === 'the' ? 2 : 1);
  return a.words[k]?.lower === 'with' && MUTUAL_ACTS.has(a.stems[k - 1] ?? '');
}

/** The stems of verbs of acts two parties do together (lexicon.ts `MUTUAL_ACT_VERBS`). */
const MUTUAL_ACTS = new Set(MUTUAL_ACT_VERBS.map(stem));

/**
 * The draft's content words by rarity (`total`), those the claim says too (`shared`) and how many (`anchors`). The
 * words of the claim's named organisations count: "South Korea's intelligence service" says what "the National
 * Intelligence Service" names.
 */
function sharedWords(
  draft: AnalysedSentence,
  claim: AnalysedSentence,
  index: SourceClaims,
): { total: number; shared: number; anchors: number } {
  const named = namedWords(claim);
  let total = 0;
  let shared = 0;
  let anchors = 0;
  for (const s of draft.contentStems) {
    const w = index.weight(s);
    total += w;
    if (claim.contentStems.has(s) || named.has(s)) {
      shared += w;
      anchors++;
    }
  }
  return { total, shared, anchors };
}

/** The stems of the words of a sentence's named organisations (kept per reading: a passage is aligned with many sentences). */
function namedWords(a: AnalysedSentence): ReadonlySet<string> {
  let found = NAMED_WORDS.get(a);
  if (found) return found;
  found = NO_WORDS;
  for (const slot of a.slots) {
    if (slot.entity?.type !== 'organisation') continue;
    if (found === NO_WORDS) found = new Set<string>();
    for (let i = slot.first; i <= slot.last; i++) if (!FUNCTION_WORDS.has(a.words[i].lower)) (found as Set<string>).add(a.stems[i]);
  }
  NAMED_WORDS.set(a, found);
  return found;
}

const NAMED_WORDS = new WeakMap<AnalysedSentence, ReadonlySet<string>>();
const NO_WORDS: ReadonlySet<string> = new Set();

/** Lines `draft` up with `claim`. */
export function align(draft: AnalysedSentence, claim: AnalysedSentence, index: SourceClaims): Alignment {
  const weightOf = (s: string) => index.weight(s);
  let { total, shared, anchors } = sharedWords(draft, claim, index);
  const matched: Slot[] = [];
  const mismatches: { draft: Slot; source: Slot }[] = [];
  const claimMatched = new Set<Slot>();
  const pairs: [Slot, Slot][] = [];
  const draftSlots = draft.slots.filter((s) => draft.quoted[s.first] === 0);
  // `swap`: the claim's party doing the same act; it may be named in the draft too, in another role.
  // `named`: the party is named in the claim too, in another relation; if no swap is read, it is that mention.
  // `agent`: the two parties were read doing the same act (not by their prepositions), so their relation is known.
  const differing: { draft: Slot; candidates: Slot[]; swap?: boolean; named?: boolean; owner?: boolean; agent?: boolean }[] = [];
  const swapped = agentSwaps(draft, claim);
  const told = tellerSwap(draft, claim);
  // Values inside a reported allegation ("alleged that a vessel targeted …") are someone's claim: not compared.
  const reported = (a: AnalysedSentence, slot: Slot) => a.reportedFrom >= 0 && slot.first > a.reportedFrom;
  for (const slot of draftSlots) {
    if (reported(draft, slot)) continue;
    // The party doing the act both tell is another in the claim ("Seoul refused to hold …" against "Japan has
    // refused to hold …"), whatever else the claim says of this one.
    // Whose account the draft gives is another's in the claim: the account itself ties the two tellers.
    if (told && told[0] === slot) {
      differing.push({ draft: slot, candidates: [told[1]], swap: true, owner: true, agent: true });
      continue;
    }
    const agent = swapped.get(slot);
    if (agent) {
      differing.push({ draft: slot, candidates: [agent], swap: true, agent: true });
      continue;
    }
    // The same named thing owned by another party ("Tokyo's New Southern Policy", "South Korea's New Southern
    // Policy"): the possessive ties each party to it, whatever the clause around says.
    const owner = ownerOfSameThing(draft, slot, claim);
    if (owner) {
      differing.push({ draft: slot, candidates: [owner], swap: true, owner: true });
      continue;
    }
    // The same thing qualified by another country ("boycotts of Korean goods", "boycotts on Japanese goods").
    const qualifier = otherQualifier(draft, slot, claim);
    if (qualifier) {
      differing.push({ draft: slot, candidates: [qualifier], swap: true, agent: true });
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
    for (const other of claim.slots) {
      // "Secretary of State" and "Deputy Secretary of State" are not one office, but a title is compared with another
      // rank only through the person both are given to (below): offices change hands and people change offices.
      if (slot.kind === 'role' && other.kind === 'role' && otherRank(slot, other)) continue;
      const plain = compareSlots(slot, other);
      const c = plain === 'incomparable' ? (framedNames(draft, slot, claim, other) ?? namedThingDated(draft, slot, claim, other)) : plain;
      if (c === 'same') {
        mentions.push(other);
        // A party named in both, but in another relation ("Seoul refused … with Japan" against "Japan refused … with
        // South Korea"): kept aside, to tell a swap of who did what from a paraphrase.
        if (slot.kind === 'entity' && !sameRelation(draft, slot, claim, other)) sameElsewhere ??= other;
        else same ??= other;
      } else if (c === 'differ' && !reported(claim, other)) candidates.push(other);
    }
    if (!same && sameElsewhere) {
      // Another party of the same type stands in this one's relation in the claim: who did what is swapped.
      const swapped = claim.slots.find(
        (o) =>
          o !== sameElsewhere &&
          compareSlots(slot, o) === 'differ' &&
          sameRelation(draft, slot, claim, o) &&
          relationOf(claim, o) === undefined,
      );
      // Only the clear case: each sentence opens with its party ("Seoul refused … with Japan", "Japan refused … with
      // South Korea"); elsewhere a party's relation is too loosely read to say who did what.
      const opens = (a: AnalysedSentence, x: Slot) => a.slots.find((o) => o.kind === 'entity') === x;
      // Not where the claim names the party as the partner of an act done together ("… have all worked with Japan"):
      // "Japan has worked with three other countries" says the same.
      if (
        swapped &&
        !partnerOfMutualAct(claim, sameElsewhere) &&
        relationOf(draft, slot) === undefined &&
        opens(draft, slot) &&
        opens(claim, swapped)
      )
        candidates.unshift(swapped);
      else same = sameElsewhere;
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
    } else if (slot.kind !== 'entity' || slot.entity!.type !== 'name') total += SLOT_WEIGHT / 2;
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
    const person = pairs.find(([p]) => p.entity?.type === 'person' && wordsApart(p, slot) <= 3 && titleOf(draft, p, slot));
    if (!person || pastOffice(draft, slot)) continue;
    // The claim's title must stand right by that person ("Secretary of Defense Lloyd Austin", "Abe's Cabinet Secretary").
    const title = claim.slots.find((o) => o.kind === 'role' && !claimMatched.has(o) && wordsApart(o, person[1]) <= 2);
    // "Pentagon chief" may name the office a full title names, in other words ("Secretary of Defense").
    // (Not one the claim gives another person: that one names the office exactly.)
    const vague = title && slot.role!.head === LEADER && title.role!.head !== LEADER && !titledAnother.has(slot);
    if (!title || vague) continue;
    if (otherRank(slot, title) ? undatedOrDatedAlike(draft, pairs) : compareSlots(slot, title) !== 'same')
      differing.push({ draft: slot, candidates: [title] });
  }
  // Draft values left unread against the claim; with the claim values they differ from when they stand elsewhere.
  const open: { slot: Slot; differsFrom?: Slot[] }[] = [];
  let unspoken = 0;
  // A named agreement or organisation the claim does not speak of at all: the draft tells of something else.
  for (const slot of draftSlots) {
    const type = slot.entity?.type;
    if (
      (type === 'agreement' || type === 'organisation') &&
      !matched.includes(slot) &&
      !claim.slots.some((o) => o.entity?.type === type) &&
      !namesASource(slot, index) &&
      !namedByKind(slot, claim)
    )
      unspoken++;
  }
  const denial = draft.negations.find((n) => draft.quoted[n] === 0 && !contrastive(draft, n));
  // A draft denying what the claim states speaks of the values of the denied clause otherwise: "a third of the women
  // never received payments" against "payments to two-thirds of the women" is the same fact, told by the rest.
  const deniesWhatClaimStates = denial !== undefined && claim.negations.length === 0;
  // Both tell of an event that almost happened ("nearly went under in late December", "was nearly torpedoed in late
  // January"): the near miss itself is stated, with its date.
  const nearMiss = (a: AnalysedSentence, n: number) => NEAR_MISS_WORDS.has(a.words[n].lower);
  const bothNearMisses = denial !== undefined && nearMiss(draft, denial) && claim.negations.some((n) => nearMiss(claim, n));
  // A country listed with a party both name ("China and Japan normalized relations in 1972, a step Seoul watched
  // closely") stands for a claim's other country ("Japan-South Korea … normalization") unless another draft value
  // stands for that one in its clause: Seoul, named after a comma, is no party to the act.
  const listedCountry = (slot: Slot) =>
    slot.entity?.key.startsWith('country:') === true &&
    !slot.entity.adjective &&
    listOf(draft, slot).some((o) => o !== slot && pairs.some(([p]) => p === o));
  const accountedBeside = (slot: Slot, c: Slot) =>
    claimMatched.has(c) &&
    (!listedCountry(slot) ||
      pairs.some(
        ([p, q]) => compareSlots(q, c) === 'same' && sameClause(draft, Math.min(p.last, slot.last), Math.max(p.first, slot.first)),
      ));
  for (const d of differing) {
    // "Japan did not impose export controls in 2020": a value under a denial is not claimed, so it cannot be wrong.
    // A date told relative to another ("the month before") is the writer's arithmetic, not a date to compare.
    const timed = d.draft.kind === 'date' || (d.draft.kind === 'number' && TIME_UNITS.has(d.draft.number!.unit ?? ''));
    const own = (d.draft.kind === 'number' || d.draft.kind === 'date') && draft.firstPerson;
    // "not Kang Chan-gil", "China — not Japan —": the draft denies this value; it claims nothing of it.
    if (draft.words[d.draft.first - 1]?.lower === 'not') continue;
    const denied =
      denial !== undefined &&
      !bothNearMisses &&
      (d.draft.first > denial || (deniesWhatClaimStates && sameClause(draft, d.draft.last, denial)));
    if (denied || (timed && draft.relativeTime && !datedAfterCount(draft, d.draft)) || own) {
      // Unread, it leaves the reading open, unless every claim value it differs from is another draft value's.
      if (d.candidates.some((c) => !claimMatched.has(c))) open.push({ slot: d.draft });
      continue;
    }
    // The claim's value this one stands in for: not one another draft value already agrees with, and in the same
    // neighbourhood of shared words on both sides (the same role in the same clause, not a value of another clause).
    const source = d.candidates.find(
      (c) =>
        (d.swap || !claimMatched.has(c)) &&
        (d.owner || sharesNeighbourhood(draft, d.draft, claim, c, pairs) || sameList(draft, d.draft, claim, c, pairs)) &&
        (d.owner || d.agent || sameRelation(draft, d.draft, claim, c)) &&
        (d.agent || sameQualified(draft, d.draft, claim, c)) &&
        sameWhole(draft, d.draft, claim, c) &&
        sameEvent(draft, d.draft, claim, c) &&
        sameNamedThing(draft, d.draft, claim, c),
    );
    // A value the sentence refers to is not the writer's to be wrong about: it only tells what the sentence speaks of.
    if (source && !d.draft.referent) mismatches.push({ draft: d.draft, source });
    // A value that differs from the claim's but stands elsewhere: the two may tell different events. Not a conflict.
    // (A party the claim names too, in another relation, read as a swap that does not hold, is that mention.)
    else if (!d.named && d.candidates.some((c) => !accountedBeside(d.draft, c)))
      open.push({ slot: d.draft, differsFrom: d.candidates.filter((c) => !accountedBeside(d.draft, c)) });
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
  const unresolvedValues = open.filter((u) => !u.differsFrom?.every((c) => mismatches.some((m) => m.source === c)));
  const unresolved = unresolvedValues.length;
  const unresolvedKinds = new Set(unresolvedValues.map((u) => u.slot.kind));
  const coverage = total === 0 ? 0 : shared / total;
  const settled = mismatches.length === 0 && unresolved === 0 && unspoken === 0;
  // Two events told in opposite order ("before the summit" / "after the summit") disagree like a denial does.
  const opposed = settled ? (opposedPolarity(draft, claim, pairs) ?? opposedOrder(draft, claim, pairs)) : undefined;
  const polarity = opposed && { ...opposed, coverage: coverageWithout(draft, opposed.draftWords, claim, total, shared, weightOf) };
  // A second value of the same kind that differs elsewhere, or a thing the claim never names, leaves the reading open.
  // A party of the draft's that stands where the claim has none of its kind may tell another event ("China and Japan
  // normalized relations in 1972" against the passage on Japan and Korea): no value of the sentence is then compared.
  const doubtful =
    unspoken > 0 ||
    unresolvedKinds.has('entity') ||
    mismatches.some((m) => unresolvedKinds.has(m.draft.kind) || datedOtherwise(draft, m.draft, claim, matched, mismatches));
  return { coverage, anchors, matched, pairs, mismatches: doubtful ? [] : mismatches, unresolved, polarity };
}

/**
 * Whether the date nearest a differing value in the draft is another than every date of the claim, while another
 * draft date stands for the claim's: the value belongs to another event the draft tells ("the Supreme Court ruling of
 * November 2017 and the export controls of July 2019" against the Cabinet's decision in summer 2019).
 */
function datedOtherwise(
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
  if (!matched.some((s) => s.kind === 'date')) return false;
  const dates = claim.slots.filter((o) => o.kind === 'date' && !o.attributive);
  return dates.length > 0 && dates.every((o) => compareSlots(nearest!, o) === 'differ');
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
  weightOf: (stem: string) => number,
): number {
  const left = new Set<string>();
  for (let i = from; i <= to; i++) if (draft.content[i] === 1 && !claim.contentStems.has(draft.stems[i])) left.add(draft.stems[i]);
  for (const s of left) total -= weightOf(s);
  return total <= 0 ? 0 : shared / total;
}

/** Words ending a count of time from an event told before ("two weeks later"). */
const COUNTED_FROM = new Set(['later', 'earlier']);

/**
 * A date set off right after a count of time from another event ("Two weeks later, on November 26, the Blue House
 * …"): the writer gives the event's own date beside the count, and it is compared like any other.
 */
function datedAfterCount(a: AnalysedSentence, slot: Slot): boolean {
  const k = slot.first - 1;
  return (
    slot.kind === 'date' &&
    (a.words[k]?.lower === 'on' || a.words[k]?.lower === 'in') &&
    COUNTED_FROM.has(a.words[k - 1]?.lower ?? '') &&
    textBetween(a, k - 1, k).includes(',')
  );
}

/** Stems of the nouns that say what kind of thing an agreement or organisation is ("treaty", "court", "ministry"). */
const KIND_NOUNS = new Set([...ORGANISATION_HEADS, 'agreement', 'treaty'].map(stem));

/**
 * Whether the claim speaks of the named thing by its kind alone: "the 1965 treaty" for "the Treaty on Basic
 * Relations", "the court" for "the Constitutional Court".
 */
function namedByKind(slot: Slot, claim: AnalysedSentence): boolean {
  return slot.entity!.words.some((w) => {
    const s = stem(w);
    return KIND_NOUNS.has(s) && claim.contentStems.has(s);
  });
}

/** Whether every word of a named thing names a source itself ("CSIS", "Buchan and Rimland"): an attribution. */
function namesASource(slot: Slot, index: SourceClaims): boolean {
  const words = slot.entity!.words;
  return words.length > 0 && words.every((w) => index.sourceNames.has(w));
}

/** Two countries named as adjectives differ only when they qualify the same word ("Korean firms", "Japanese firms"). */
function sameQualified(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  if (!a.entity?.adjective) return true;
  const next = (s: AnalysedSentence, slot: Slot) => (s.content[slot.last + 1] === 1 ? s.stems[slot.last + 1] : undefined);
  const n = next(x, a);
  return n !== undefined && n === next(y, b);
}

/** A mark that ends a phrase between two words: a comma, semicolon, colon, bracket or dash. */
const PUNCTUATION_BETWEEN = /[,;:()—–]/;

/** Whether words i < j of a sentence stand in one clause: no clause word and no mark of punctuation between them. */
function sameClause(a: AnalysedSentence, i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (CLAUSE_OPENERS.has(a.words[k].lower)) return false;
  for (let k = i; k < j; k++) if (PUNCTUATION_BETWEEN.test(textBetween(a, k, k + 1))) return false;
  return true;
}

/** Whether a semicolon, a dash or a colon stands between words i and j, or a comma and a conjunction opens word j. */
export function breaksClause(a: AnalysedSentence, i: number, j: number): boolean {
  const w = a.words;
  if (!w[i] || !w[j]) return false;
  // Read from the character codes between the two words: this runs at every word boundary of every sentence.
  const from = w[i].end - a.start;
  const to = w[j].start - a.start;
  let comma = false;
  for (let k = from; k < to; k++) {
    const c = a.source.charCodeAt(k);
    if (c === 59 || c === 58 || c === 0x2014 || c === 0x2013) return true; // ; : — –
    if (c === 45 && k > from && k + 1 < to && a.source.charCodeAt(k - 1) === 32 && a.source.charCodeAt(k + 1) === 32) return true; // " - "
    if (c === 44) comma = true;
  }
  return comma && CLAUSE_CONJUNCTIONS.has(w[j].lower);
}

/** The stems of the nouns that count people without saying which ("people", "citizens", "respondents"). */
const PEOPLE_STEMS = new Set([...PEOPLE_NOUNS].map(stem));

/** Words that stand for a whole already named ("of them", "of those"): they agree with any whole. */
const STAND_IN_WHOLES = new Set(['them', 'those', 'these', 'it', 'this', 'that', 'all']);

/** Words between "of" and the whole it names ("of the surviving women"). */
const WHOLE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'all']);

/**
 * What a share is a share of, right after its "of": the party named there ("of Koreans", "of Japanese citizens")
 * and the nouns that follow it, up to the first word that is not one ("of the surviving women view …").
 */
function wholeOf(a: AnalysedSentence, slot: Slot): string[] | undefined {
  let i = slot.last + 1;
  while (i < a.words.length && i <= slot.last + 2 && a.words[i].lower !== 'of') i++;
  if (a.words[i]?.lower !== 'of' || STAND_IN_WHOLES.has(a.words[i + 1]?.lower ?? '')) return undefined;
  let k = i + 1;
  while (k < a.words.length && WHOLE_DETERMINERS.has(a.words[k].lower)) k++;
  const out: string[] = [];
  for (let n = 0; n < 3 && k < a.words.length; n++) {
    const party = a.slots.find((o) => o.kind === 'entity' && o.first === k);
    if (party) {
      out.push(`e:${party.entity!.key}`);
      k = party.last + 1;
      // "of South Koreans" ends with the people; "of Japanese citizens" goes on to its noun.
      if (!party.entity!.adjective) break;
    } else if (a.content[k] === 1 && !/(?:ed|ing)$/.test(a.words[k].lower)) {
      // One noun: the word after it may already be the verb ("of people regard Japan").
      out.push(a.stems[k]);
      break;
    } else break;
  }
  return out.length > 0 ? out : undefined;
}

/**
 * Two shares are of one whole when both name it in a word they share, or either leaves it unnamed: "65 percent of
 * South Koreans" and "56 percent of Japanese citizens" count two peoples.
 */
function sameWhole(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  if (a.kind !== 'number' || a.number!.unit !== SHARE_UNIT) return true;
  const mine = wholeOf(x, a);
  const theirs = wholeOf(y, b);
  // "of people" says only that people are counted: the sentence names which elsewhere ("In South Korea, …").
  const generic = (whole: string[]) => whole.every((w) => PEOPLE_STEMS.has(w));
  if (mine === undefined || theirs === undefined || generic(mine) || generic(theirs)) return true;
  return mine.some((w) => theirs.includes(w));
}

/** Endings of words that tell an act or an event ("ruled", "reaching", "decision", "withdrawal", "agreement"). */
const EVENT_ENDING = /(?:ed|ing|ion|ment|al)$/;

/** Endings of the verb forms that tell an act ("reaching", "scrapped"), not a thing ("agreement"). */
const ACT_ENDING = /(?:ed|ing)$/;

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
  for (let i = slot.first - 1; i >= 0 && i >= slot.first - 5; i--)
    if (a.content[i] === 1 && EVENT_ENDING.test(a.words[i].lower) && !a.words[i].joined) return a.stems[i];
  for (let i = slot.last + 1; i < a.words.length && i <= slot.last + 3; i++)
    if (a.content[i] === 1 && EVENT_ENDING.test(a.words[i].lower)) return a.stems[i];
  return undefined;
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
function inClauseOf(a: AnalysedSentence, slot: Slot, word: string): boolean {
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
 * Two dates are of the same act unless one sentence tells both acts and dates the other: "reaching the agreement in
 * 2015" against "scrapping of the agreement in 2018, which Suga played a role in reaching" date two acts.
 */
function sameEvent(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  if (a.kind !== 'date') return true;
  const ex = eventOf(x, a);
  const ey = eventOf(y, b);
  if (ex === undefined || ey === undefined || ex === ey) return true;
  // A date before a noun phrase dates the thing it names, whichever of its words the other sentence's act is; and the
  // other sentence dates that thing too when it names it in the date's clause ("in June 2020, engaged in a standoff").
  const px = prenominalPhrase(x, a);
  const py = prenominalPhrase(y, b);
  if (px?.includes(ey) || py?.includes(ex) || (px && inClauseOf(y, b, ex)) || (py && inClauseOf(x, a, ey))) return true;
  // The claim tells the draft's act too, but dates another one (or the draft tells the claim's act undated).
  return !y.contentStems.has(ex) && !x.contentStems.has(ey);
}

/**
 * The words naming the thing a year qualifies: "peace treaty" of "the 1951 peace treaty", "treaty" of "the 1956
 * Treaty on Basic Relations" (a name's first word, though the name is a value of its own).
 */
function namedBy(a: AnalysedSentence, slot: Slot): string[] {
  const out: string[] = [];
  for (let i = slot.last + 1; i < a.words.length && i <= slot.last + 3; i++) {
    const inName = a.slots.some((o) => o.kind === 'entity' && o.first <= i && i <= o.last);
    if (a.content[i] !== 1 && !(inName && !FUNCTION_WORDS.has(a.words[i].lower))) break;
    out.push(a.stems[i]);
  }
  return out;
}

/**
 * Two years naming things ("the 1951 peace treaty", "the 1965 treaty") differ only when they name the same thing:
 * each one's words are in the other sentence too.
 */
function sameNamedThing(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  if (a.kind !== 'date' || !a.attributive || !b.attributive) return true;
  // Looked for among all the other sentence's words: "treaty" may stand inside a name there.
  return namedBy(x, a).every((w) => y.stems.includes(w)) && namedBy(y, b).every((w) => x.stems.includes(w));
}

/** Words that may stand between a party and its act ("Japan has refused", "Seoul then threatened", "Japan to pay"). */
const AGENT_GAP = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'then',
  'also',
  'later',
  'first',
  'finally',
  'itself',
  'again',
  'to',
]);

/** Words that may stand between "by" and the party doing a passive act ("funded by the South Korean government"). */
const BY_GAP = new Set(['the', 'a', 'an', 'its', 'their', 'then', 'senior', 'former', 'top', 'both']);

/** Endings of a noun that names an act ("withdrawal", "decision", "investment", "insistence"). */
const ACT_NOUN_ENDING = /(?:ions?|ments?|als?|ances?|ences?)$/;

/**
 * The party a slot stands for when it can do an act: a named country, person or body; or a country's adjective
 * before a noun for its government or people ("the South Korean government", "a senior Korean politician"), or before
 * a body of that country (then the body).
 */
function partyOf(a: AnalysedSentence, slot: Slot | undefined): Slot | undefined {
  if (slot?.kind !== 'entity') return undefined;
  const type = slot.entity!.type;
  if (type !== 'place' && type !== 'person' && type !== 'organisation') return undefined;
  if (!slot.entity!.adjective) return slot;
  if (PARTY_NOUNS.has(a.words[slot.last + 1]?.lower ?? '')) return slot;
  // "the South Korean National Assembly": the body the adjective opens, which belongs to that country.
  return a.slots.find((o) => o.first === slot.last + 1 && o.entity?.type === 'organisation' && o.entity.country !== undefined);
}

/** The party right before word `v` that does it: a named party with only auxiliaries between, if any. */
function agentBefore(a: AnalysedSentence, v: number): Slot | undefined {
  for (let i = v - 1; i >= 0 && i >= v - 4; i--) {
    const slot = a.slots.find((s) => s.kind === 'entity' && s.last === i);
    if (slot) return slot.entity!.adjective ? undefined : partyOf(a, slot);
    // "the Japanese side then threatened": the party is its adjective.
    if (PARTY_NOUNS.has(a.words[i].lower))
      return partyOf(
        a,
        a.slots.find((s) => s.kind === 'entity' && s.last === i - 1),
      );
    if (!AGENT_GAP.has(a.words[i].lower)) return undefined;
  }
  return undefined;
}

/** Whether word `v` is a passive participle with its doer after "by" ("funded by Japan", "led by Perry"). */
function passiveAt(a: AnalysedSentence, v: number): boolean {
  return a.words[v + 1]?.lower === 'by' && (/ed$/.test(a.words[v].lower) || STATED_PAST_FORMS.has(a.words[v].lower));
}

/** The party after the "by" of a passive act at `v` ("funded by Japan", "floated by a senior Korean politician"). */
function agentAfterBy(a: AnalysedSentence, v: number): Slot | undefined {
  for (let i = v + 2; i < a.words.length && i <= v + 5; i++) {
    const slot = a.slots.find((s) => s.first === i);
    // "led by Secretary of Defense William Perry": the title stands before the person.
    if (slot?.kind === 'role') {
      i = slot.last;
      continue;
    }
    if (slot) return partyOf(a, slot);
    if (!BY_GAP.has(a.words[i].lower)) return undefined;
  }
  return undefined;
}

/** The party owning an act noun at `v` by a possessive ("Seoul's near withdrawal", "Moon's decision"). */
function actOwner(a: AnalysedSentence, v: number): Slot | undefined {
  if (!ACT_NOUN_ENDING.test(a.words[v].lower)) return undefined;
  // Past the words describing the act ("near", "abrupt"), to the possessive's "s".
  for (let i = v - 1; i >= 1 && i >= v - 3; i--) {
    if (a.words[i].lower === 's' && a.words[i].joined) {
      const slot = a.slots.find((s) => s.kind === 'entity' && s.last === i - 1);
      return slot?.entity!.adjective ? undefined : partyOf(a, slot);
    }
    if (a.content[i] !== 1 || !/^[\s-]*$/.test(textBetween(a, i, i + 1))) return undefined;
  }
  return undefined;
}

/**
 * The parties doing the act at word `v`: the doer of a passive after its "by", else the party before the verb, else
 * the owner of an act noun; with the other parties listed with it ("Japan and South Korea removed …").
 */
function agentsAt(a: AnalysedSentence, v: number): Slot[] {
  const agent = passiveAt(a, v) ? agentAfterBy(a, v) : (agentBefore(a, v) ?? actOwner(a, v));
  if (!agent) return [];
  return listOf(a, agent);
}

/**
 * How two parties compare: by their slots, or as the countries they stand for when one is named by its adjective
 * ("the South Korean government" is Seoul).
 */
function compareParties(a: Slot, b: Slot): Comparison {
  const plain = compareSlots(a, b);
  // A body and a country, by the country the body belongs to ("the Blue House" is Seoul's, not Tokyo's). Not a
  // country's adjective: "Japanese companies" are not Japan's government.
  const body = (s: Slot) => s.entity!.type === 'organisation';
  if (plain === 'incomparable' && body(a) !== body(b)) {
    const [x, y] = body(a) ? [a, b] : [b, a];
    const country = y.entity!.key.startsWith('country:') && !y.entity!.adjective ? y.entity!.key : undefined;
    if (x.entity!.country !== undefined && country !== undefined) return x.entity!.country === country ? 'same' : 'differ';
  }
  if (plain !== 'incomparable' || Boolean(a.entity!.adjective) === Boolean(b.entity!.adjective)) return plain;
  const country = (s: Slot) => (s.entity!.key.startsWith('country:') ? s.entity!.key : undefined);
  const [x, y] = [country(a), country(b)];
  return x === undefined || y === undefined ? 'incomparable' : x === y ? 'same' : 'differ';
}

/**
 * The draft's parties that do an act the claim tells too, where the claim names only another party doing it: each
 * such draft party with the claim's. The act is read from a verb (past or -ing forms) with its party before it or
 * after its passive "by", or from an act noun its party owns ("Seoul's near withdrawal"). A party listed with others
 * in the draft ("Japan and South Korea removed …") is not read: either may be the one the claim names.
 */
function agentSwaps(draft: AnalysedSentence, claim: AnalysedSentence): Map<Slot, Slot> {
  const swaps = new Map<Slot, Slot>();
  for (const [v, mine] of actsOf(draft)) {
    let theirs: Slot | undefined;
    for (let j = 1; j < claim.words.length; j++) {
      if (claim.stems[j] !== draft.stems[v] || claim.content[j] !== 1) continue;
      // The same act of the same thing: a word near both is shared ("refused to hold", not "faced pressure" against
      // "faced a ban").
      if (!sameWordNear(draft, v, claim, j)) continue;
      const agents = agentsAt(claim, j);
      // The claim tells the draft's party doing it too (both did): nothing is swapped.
      if (agents.some((o) => compareParties(mine, o) === 'same')) {
        theirs = undefined;
        break;
      }
      theirs ??= agents.find((o) => compareParties(mine, o) === 'differ');
    }
    if (theirs) swaps.set(mine, theirs);
  }
  return swaps;
}

/**
 * Whether `claim` may back the draft's `party` where the draft tells it doing an act: the claim does not tell that act
 * done by another party only, named or not ("Tokyo's near withdrawal from the pact" is not backed by "his government's
 * withdrawal from the … agreement" with Japan named beside it). True when the draft tells no act of the party, or the
 * claim not the act.
 */
export function doesAsInDraft(draft: AnalysedSentence, party: Slot, claim: AnalysedSentence): boolean {
  for (const [v, mine] of actsOf(draft)) {
    if (mine !== party) continue;
    for (let j = 0; j < claim.words.length; j++) {
      if (claim.stems[j] !== draft.stems[v] || claim.content[j] !== 1) continue;
      const agents = agentsAt(claim, j);
      if (agents.some((o) => compareParties(party, o) === 'same')) continue;
      // Another party does it, or one the claim does not name ("his government's withdrawal").
      if (agents.some((o) => compareParties(party, o) === 'differ') || ownedByUnnamed(claim, j)) return false;
    }
  }
  return true;
}

/** Whether an act noun at `j` is owned by a possessive naming no party ("his government's withdrawal", "its decision"). */
function ownedByUnnamed(a: AnalysedSentence, j: number): boolean {
  for (let i = j - 1; i >= 0 && i >= j - 3; i--) {
    const w = a.words[i].lower;
    if (POSSESSIVE_PRONOUNS.has(w)) return true;
    if (w === 's' && a.words[i].joined) return !a.slots.some((s) => s.kind === 'entity' && s.last === i - 1);
    if (a.content[i] !== 1) return false;
  }
  return false;
}

/** Pronouns owning what follows them ("his government", "its decision"). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/** Each sentence's acts with the party doing them, found once however many passages it is lined up with. */
const actsFound = new WeakMap<AnalysedSentence, [number, Slot][]>();

/**
 * The words of `a` that tell an act (past or -ing forms, or an act noun owned by a party; not quoted) with the one
 * named party doing it.
 */
function actsOf(a: AnalysedSentence): [number, Slot][] {
  let acts = actsFound.get(a);
  if (!acts) {
    acts = [];
    for (let v = 1; v < a.words.length; v++) {
      if (a.content[v] !== 1 || a.quoted[v] === 1) continue;
      // A verb after "to" names its doer before the "to" ("called for Japanese companies to pay").
      const verb = /(?:ed|ing)$/.test(a.words[v].lower) || passiveAt(a, v) || a.words[v - 1].lower === 'to';
      const agents = verb ? agentsAt(a, v) : [];
      const owner = agents.length === 0 ? actOwner(a, v) : undefined;
      if (agents.length === 1) acts.push([v, agents[0]]);
      else if (owner) acts.push([v, owner]);
    }
    actsFound.set(a, acts);
  }
  return acts;
}

/** The content stems of the first two content words after word k (before it when `before`), past any party's words. */
function wordsBeside(a: AnalysedSentence, k: number, before: boolean): string[] {
  const out: string[] = [];
  for (let d = 1; d <= 4 && out.length < 2; d++) {
    const m = before ? k - d : k + d;
    if (m < 0 || m >= a.words.length) break;
    if (a.content[m] === 1 || inNamedThing(a, m)) out.push(a.stems[m]);
  }
  return out;
}

/** Whether word m is a word of a named thing's name that is no party ("the Reconciliation and Healing Foundation"). */
function inNamedThing(a: AnalysedSentence, m: number): boolean {
  if (FUNCTION_WORDS.has(a.words[m].lower)) return false;
  return a.slots.some((s) => s.first <= m && m <= s.last && (s.entity?.type === 'organisation' || s.entity?.type === 'agreement'));
}

/**
 * Whether the first two content words after word i of x and after word j of y share one, or the two before them
 * (the thing a passive act was done to: "the foundation, funded by …").
 */
function sameWordNear(x: AnalysedSentence, i: number, y: AnalysedSentence, j: number): boolean {
  const after = wordsBeside(x, i, false);
  if (wordsBeside(y, j, false).some((w) => after.includes(w))) return true;
  const before = wordsBeside(x, i, true);
  return wordsBeside(y, j, true).some((w) => before.includes(w));
}

/**
 * A title the sentence dates or tells as once held ("who served as culture minister in 2000", "then served as"): an
 * office of the past, not the one the person holds in the passage.
 */
function pastOffice(a: AnalysedSentence, role: Slot): boolean {
  if (a.slots.some((s) => s.kind === 'date' && s.first > role.last && s.first <= role.last + 2)) return true;
  const before = a.words[role.first - 1]?.lower;
  return before === 'as' && /^serv/.test(a.words[role.first - 2]?.lower ?? '');
}

/**
 * Whether `title` stands as `person`'s title: nothing but articles, "then", "former", a possessive's "s", a place or a
 * body and punctuation between them ("Abe's Cabinet Secretary", "Suga, then the chief cabinet secretary", "Bolton,
 * the NSC director"); a title before the person may name its field after "for" ("the NSC director for Asia, Matthew
 * Pottinger"). A verb or a noun between ties the title to something else ("… appointment as ambassador came before
 * Park's trip").
 */
function titleOf(a: AnalysedSentence, person: Slot, title: Slot): boolean {
  if (pluralTitle(title)) return false;
  const titleFirst = person.last >= title.first;
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
 * Whether the draft gives `title` to a person the claim names too, while the claim gives the same title (`theirs`) only
 * to another person, standing beside it as that person's.
 */
function titledElsewhere(
  draft: AnalysedSentence,
  title: Slot,
  claim: AnalysedSentence,
  theirs: Slot,
  pairs: readonly [Slot, Slot][],
): boolean {
  const person = pairs.find(([p]) => p.entity?.type === 'person' && holds(draft, p, title));
  if (!person) return false;
  const holder = claim.slots.find((q) => q.entity?.type === 'person' && holds(claim, q, theirs));
  return holder !== undefined && compareSlots(holder, person[1]) === 'differ' && !titleOf(claim, person[1], theirs);
}

/** Whether `person` holds `title`, standing beside it as its holder: not as the one it serves ("Abe's Cabinet Secretary"). */
function holds(a: AnalysedSentence, person: Slot, title: Slot): boolean {
  if (wordsApart(person, title) > 3 || !titleOf(a, person, title)) return false;
  return !(person.last < title.first && a.words[person.last + 1]?.lower === 's' && a.words[person.last + 1].joined);
}

/** Words between two values (0 when adjacent or overlapping). */
function wordsApart(a: Slot, b: Slot): number {
  return a.last < b.first ? b.first - a.last - 1 : b.last < a.first ? a.first - b.last - 1 : 0;
}

/**
 * A year naming a thing ("the 1965 treaty normalizing relations") dates what that thing did, when the words after
 * its name say it: against a draft dating the same act ("normalised ties in 1956"), the two years differ.
 */
function namedThingDated(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): Comparison {
  if (a.kind !== 'date' || b.kind !== 'date' || Boolean(a.attributive) === Boolean(b.attributive)) return 'incomparable';
  if (compareDates(a.date!, b.date!) !== 'differ') return 'incomparable';
  const [named, slot, other] = a.attributive ? [x, a, y] : [y, b, x];
  // The other sentence dates the act of a named agreement this one does not name: another thing ("the 1951 peace
  // treaty, signed …" against "the comfort women agreement Japan had reached in 2015").
  const agreement = (o: Slot) =>
    o.entity?.type === 'agreement' && !named.slots.some((n) => n.kind === 'entity' && compareSlots(n, o) === 'same');
  if (other.slots.some(agreement) || anotherOfKind(named, slot, other)) return 'incomparable';
  const act = actOfNamedThing(named, slot);
  if (act !== undefined && other.contentStems.has(act)) return 'differ';
  return eventDatedAlike(named, slot, other, other === y ? b : a) ? 'differ' : 'incomparable';
}

/**
 * Whether the other sentence names another thing of the kind a year names: "the 1951 peace treaty" against "the …
 * “comfort women” agreement Japan had reached in 2015" (one kind of thing, "treaty" and "agreement" alike, qualified
 * by words the other sentence does not have, each way round).
 */
function anotherOfKind(named: AnalysedSentence, slot: Slot, other: AnalysedSentence): boolean {
  // The name's nouns, not a participle after it ("the 1951 peace treaty signed …").
  const words = namedBy(named, slot);
  const participle = words.findIndex((_, k) => ACT_ENDING.test(named.words[slot.last + 1 + k].lower));
  if (participle >= 0) words.length = participle;
  if (words.length < 2) return false;
  const kind = words[words.length - 1];
  if (words.slice(0, -1).some((w) => other.stems.includes(w))) return false;
  for (let j = 1; j < other.words.length; j++) {
    if (other.stems[j] !== kind || other.content[j] !== 1) continue;
    const theirs: string[] = [];
    // Its nouns right before it, not a participle describing it ("the painfully negotiated “comfort women” agreement").
    for (let i = j - 1; i >= 0 && i >= j - 3 && other.content[i] === 1 && !ACT_ENDING.test(other.words[i].lower); i--)
      theirs.push(other.stems[i]);
    if (theirs.length > 0 && !theirs.some((w) => named.stems.includes(w))) return true;
  }
  return false;
}

/**
 * The event a year names ("the 2012 clash") stands in the other sentence after a preposition of time, dated at the
 * end of its own phrase ("during its clash with Beijing over the Senkaku/Diaoyu Islands in 2010"): the date dates it.
 */
function eventDatedAlike(named: AnalysedSentence, slot: Slot, other: AnalysedSentence, date: Slot): boolean {
  const k = slot.last + 1;
  if (k >= named.words.length || named.content[k] !== 1 || named.slots.some((s) => s.first === k)) return false;
  const noun = named.stems[k];
  for (let j = date.first - 1; j >= 0 && date.first - j <= NEIGHBOURHOOD * 2; j--) {
    if (other.stems[j] !== noun) continue;
    const before = other.words[j - 1]?.lower;
    const preposition = EVENT_PREPOSITIONS.has(before ?? '')
      ? j - 1
      : ATTRIBUTIVE_OPENERS.has(before ?? '') && EVENT_PREPOSITIONS.has(other.words[j - 2]?.lower ?? '')
        ? j - 2
        : -1;
    return preposition >= 0 && sameClause(other, j, date.first);
  }
  return false;
}

/**
 * Two names the analysis could not type (no glossary entry, no title) that name the same kind of thing by the
 * common noun right after them: "the George W. Bush presidency" and "the Obama presidency" are two presidencies.
 */
function framedNames(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): Comparison | undefined {
  const untyped = (s: Slot) => s.entity?.type === 'name' || s.entity?.type === 'person';
  if (a.kind !== 'entity' || b.kind !== 'entity' || !untyped(a) || !untyped(b)) return undefined;
  const noun = (s: AnalysedSentence, slot: Slot) => {
    const k = slot.last + 1;
    return k < s.words.length && s.content[k] === 1 && !/^\p{Lu}/u.test(s.words[k].text) && !s.slots.some((o) => o.first === k)
      ? s.stems[k]
      : undefined;
  };
  const mine = noun(x, a);
  return mine !== undefined && mine === noun(y, b) ? 'differ' : undefined;
}

/** The verb after a dated thing's name ("the 1965 treaty normalizing"), as a stem, if one follows it closely. */
function actOfNamedThing(a: AnalysedSentence, slot: Slot): string | undefined {
  for (let i = slot.last + 1; i < Math.min(a.words.length, slot.last + 5); i++) {
    if (a.content[i] !== 1) return undefined;
    if (/(?:ing|ed)$/.test(a.words[i].lower)) return a.stems[i];
  }
  return undefined;
}

/**
 * Whether some content word near `a` in `x` is also near `b` in `y`, or a value both agree on stands near both
 * ("since Korea's liberation in 1948" and "since Korea's decolonization in 1945").
 */
export function sharesNeighbourhood(
  x: AnalysedSentence,
  a: Slot,
  y: AnalysedSentence,
  b: Slot,
  pairs: readonly [Slot, Slot][],
  partiesBesideParties = false,
): boolean {
  // In a short sentence every word is near every other: it tells one thing. A date opening the sentence ("In 2015,
  // the Abe cabinet let … expire") dates its whole main clause; one opening a later clause (", and in December 2019,
  // the two leaders met in Chengdu") dates that clause, to its end.
  const wide = (inX: boolean) => {
    const [a2, slot] = inX ? [x, a] : [y, b];
    return a2.words.length <= SHORT_SENTENCE || opensSentence(a2, slot);
  };
  const wideX = wide(true);
  const wideY = wide(false);
  const clauseX = wideX ? undefined : clauseDated(x, a);
  const clauseY = wideY ? undefined : clauseDated(y, b);
  const inClause = (s: Slot, clause: readonly [number, number] | undefined) =>
    clause !== undefined && s.first >= clause[0] && s.last <= clause[1];
  const near = (s: Slot, at: Slot, inX: boolean) =>
    (inX ? wideX : wideY) ||
    inClause(s, inX ? clauseX : clauseY) ||
    (s.last >= at.first - NEIGHBOURHOOD && s.first <= at.last + NEIGHBOURHOOD);
  // Only parties count as shared neighbours: a title or a date beside both values says little about their roles.
  // Beside a party, another party says little about its role, unless the caller asks only whether both name it.
  // A title beside both ("ambassador to China", "ambassador to Japan") ties a party to the same office.
  const partiesCount = a.kind !== 'entity' || partiesBesideParties;
  const tiedBy = (p: Slot) => (p.kind === 'entity' ? partiesCount : p.kind === 'role' && a.kind === 'entity');
  if (pairs.some(([p, q]) => p !== a && tiedBy(p) && near(p, a, true) && near(q, b, false))) return true;
  // The same person's body on both sides: "Kim Jin-pyo of the opposition People Power Party", "Kim Jin-pyo of the
  // ruling Democratic Party".
  const mine = affiliationOf(x, a);
  const theirs = affiliationOf(y, b);
  if (mine && theirs && pairs.some(([p, q]) => p === mine && q === theirs)) return true;
  const words = new Set<string>();
  const reach = (wider: boolean, slot: Slot, count: number): [number, number] =>
    wider ? [0, count - 1] : [Math.max(0, slot.first - NEIGHBOURHOOD), Math.min(count - 1, slot.last + NEIGHBOURHOOD)];
  const [fromX, toX] = clauseX ?? reach(wideX && opensSentence(x, a), a, x.words.length);
  for (let i = fromX; i <= toX; i++) if (x.content[i] === 1) words.add(x.stems[i]);
  const [fromY, toY] = clauseY ?? reach(wideY && opensSentence(y, b), b, y.words.length);
  for (let i = fromY; i <= toY; i++) if (y.content[i] === 1 && words.has(y.stems[i])) return true;
  return false;
}

/** What may stand between two members of a list of names: "Britain, France", "France and Canada", "Seoul, or Tokyo". */
const LIST_SEPARATOR = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/i;

/**
 * The named things of one type listed together with `slot` ("Britain, France, Australia and Canada"), itself included;
 * of any of `types` when given.
 */
function listOf(a: AnalysedSentence, slot: Slot, types: readonly EntityType[] = [slot.entity!.type]): Slot[] {
  const named = a.slots.filter((o) => o.kind === 'entity' && types.includes(o.entity!.type));
  // A title may stand before a member's name ("Abe and President Moon Jae-in").
  const startOf = (y: Slot) => a.slots.find((o) => o.kind === 'role' && o.last === y.first - 1)?.start ?? y.start;
  const joined = (x: Slot, y: Slot) => LIST_SEPARATOR.test(a.source.slice(x.end - a.start, startOf(y) - a.start));
  let from = named.indexOf(slot);
  let to = from;
  if (from < 0) return [slot];
  while (from > 0 && joined(named[from - 1], named[from])) from--;
  while (to + 1 < named.length && joined(named[to], named[to + 1])) to++;
  return named.slice(from, to + 1);
}

/** Named things that may be people: a name the analysis could not type may be a person's ("Abe and Park"). */
const PERSON_TYPES: readonly EntityType[] = ['person', 'name'];

/**
 * A person the claim lists with a person both sentences name, where the draft lists `slot` instead: the claim's, if
 * no draft value names it and it is not `slot`'s name.
 */
function listedStranger(
  draft: AnalysedSentence,
  slot: Slot,
  claim: AnalysedSentence,
  pairs: readonly [Slot, Slot][],
  claimMatched: ReadonlySet<Slot>,
): Slot | undefined {
  if (slot.kind !== 'entity' || !PERSON_TYPES.includes(slot.entity!.type)) return undefined;
  for (const mate of listOf(draft, slot, PERSON_TYPES)) {
    const theirs = pairs.find(([p]) => p === mate)?.[1];
    if (mate === slot || !theirs) continue;
    const other = listOf(claim, theirs, PERSON_TYPES).find((o) => o !== theirs && !claimMatched.has(o) && compareSlots(slot, o) !== 'same');
    if (other) return other;
  }
  return undefined;
}

/**
 * Two parties each in a list whose other members the two sentences share ("Britain, France, Australia and New
 * Zealand", "the United Kingdom, France, Australia, and Canada"): the one the claim's list has in its place.
 */
function sameList(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot, pairs: readonly [Slot, Slot][]): boolean {
  if (a.kind !== 'entity' || b.kind !== 'entity') return false;
  const mine = listOf(x, a).filter((o) => o !== a);
  const theirs = listOf(y, b);
  return mine.length > 0 && theirs.length > 1 && mine.every((o) => pairs.some(([p, q]) => p === o && theirs.includes(q)));
}

/** The named thing a party owns by a possessive right after it ("Tokyo's New Southern Policy"), if any. */
function ownedThing(a: AnalysedSentence, party: Slot): Slot | undefined {
  if (party.kind !== 'entity' || a.words[party.last + 1]?.lower !== 's' || !a.words[party.last + 1].joined) return undefined;
  return a.slots.find((o) => o.kind === 'entity' && o.first === party.last + 2 && o.entity!.type !== 'place');
}

/**
 * Whether `party` of the draft, owning a named thing by a possessive, owns that same thing as `other` in `claim`;
 * true when the draft's party owns no named thing.
 */
export function ownsAsInDraft(draft: AnalysedSentence, party: Slot, claim: AnalysedSentence, other: Slot): boolean {
  const thing = ownedThing(draft, party);
  if (!thing) return true;
  const theirs = ownedThing(claim, other);
  return theirs !== undefined && compareSlots(thing, theirs) === 'same';
}

/** The claim's owner of the named thing `party` owns in the draft, when it is another party of the same kind. */
function ownerOfSameThing(draft: AnalysedSentence, party: Slot, claim: AnalysedSentence): Slot | undefined {
  const thing = ownedThing(draft, party);
  if (!thing) return undefined;
  for (const other of claim.slots) {
    const theirs = ownedThing(claim, other);
    if (theirs && compareSlots(thing, theirs) === 'same' && compareSlots(party, other) === 'differ') return other;
  }
  return undefined;
}

/** The noun a country's adjective qualifies, as a stem: the content word right after it ("Korean shares"). */
function qualifiedNoun(a: AnalysedSentence, slot: Slot): string | undefined {
  const k = slot.last + 1;
  return a.content[k] === 1 ? a.stems[k] : undefined;
}

/** The content word governing a phrase starting at word k, a few words before it ("boycotts" of "boycotts on the …"). */
function governingWord(a: AnalysedSentence, k: number): string | undefined {
  for (let i = k - 1; i >= 0 && i >= k - 3; i--) if (a.content[i] === 1) return a.stems[i];
  return undefined;
}

/**
 * The claim's country qualifying the same noun as the draft's country adjective, in a phrase governed by the same
 * word, when the claim qualifies that noun there only with other countries ("expropriation of Korean shares" against
 * "expropriation of Japanese shares"; not "sales … to South Korean firms" against "ordered Japanese firms").
 */
function otherQualifier(draft: AnalysedSentence, slot: Slot, claim: AnalysedSentence): Slot | undefined {
  if (!slot.entity?.adjective || slot.kind !== 'entity') return undefined;
  const noun = qualifiedNoun(draft, slot);
  const governor = governingWord(draft, slot.first);
  if (noun === undefined || governor === undefined) return undefined;
  const theirs = claim.slots.filter(
    (o) => o.entity?.adjective && qualifiedNoun(claim, o) === noun && governingWord(claim, o.first) === governor,
  );
  if (theirs.some((o) => compareSlots(slot, o) === 'same')) return undefined;
  return theirs.find((o) => compareSlots(slot, o) === 'differ');
}

/** The person a body belongs to by "of" right before it ("Kim Jin-pyo of the ruling Democratic Party"), if any. */
function affiliationOf(a: AnalysedSentence, slot: Slot): Slot | undefined {
  if (slot.entity?.type !== 'organisation') return undefined;
  for (let i = slot.first - 1; i >= 1 && i >= slot.first - 3; i--) {
    if (a.words[i].lower !== 'of') continue;
    const person = a.slots.find((o) => o.entity?.type === 'person' && o.last === i - 1);
    if (person) return person;
  }
  return undefined;
}

/** Words that may open a sentence before the date that dates it: "In 2015,", "By late 2019,", "On 23 November". */
const DATE_OPENERS = new Set(['in', 'on', 'by', 'during', 'since', 'at', 'early', 'late', 'mid', 'then', 'and', 'but', 'as', 'of']);

/** A date opening its sentence, with only a preposition or two before it: it dates the whole main clause. */
function opensSentence(a: AnalysedSentence, slot: Slot): boolean {
  if (slot.kind !== 'date' || slot.first > 2) return false;
  for (let i = 0; i < slot.first; i++) if (!DATE_OPENERS.has(a.words[i].lower)) return false;
  return true;
}

/**
 * The words of the clause a date opens after a comma and a conjunction, with only a preposition or two between
 * (", and in December 2019, … met in Chengdu"): from the date to the clause's end. Undefined for any other date.
 */
function clauseDated(a: AnalysedSentence, slot: Slot): [number, number] | undefined {
  if (slot.kind !== 'date' || slot.first < 1 || slot.last + 1 >= a.words.length) return undefined;
  let k = slot.first;
  while (k > 0 && slot.first - k < 3 && DATE_OPENERS.has(a.words[k - 1].lower) && !breaksClause(a, k - 1, k)) k--;
  if (k === slot.first || k === 0) return undefined;
  // The clause opens after a comma and its conjunction, or at a conjunction with the date set off by a comma after it
  // ("… politics and in December 2019, the two leaders met").
  const fronted = CLAUSE_CONJUNCTIONS.has(a.words[k].lower) && textBetween(a, slot.last, slot.last + 1).includes(',');
  if (!breaksClause(a, k - 1, k) && !fronted) return undefined;
  let end = slot.last;
  while (end < a.words.length - 1 && !breaksClause(a, end, end + 1)) end++;
  return [slot.first, end];
}

/** Words before a value that do not say how it relates to the rest of the clause. */
const DETERMINERS = new Set(['the', 'a', 'an', 's', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'then', 'former']);
/** Prepositions that put a value in another relation than being the one who acts ("elected to X", "from X"). */
const RELATION_WORDS = new Set([
  'to',
  'into',
  'from',
  'at',
  'for',
  'against',
  'toward',
  'towards',
  'with',
  'by',
  'of',
  'on',
  'in',
  'under',
  'than',
  'between',
  'among',
]);

/** The stems of the words of going somewhere (lexicon.ts `TRAVEL_WORDS`). */
const TRAVEL_STEMS = new Set(TRAVEL_WORDS.map(stem));

/**
 * The preposition that ties a value to its clause, if one stands just before it (past determiners); `DESTINATION`
 * for a place one goes to ("a trip to Busan", "visited Tokyo").
 */
function relationOf(a: AnalysedSentence, slot: Slot): string | undefined {
  const place = slot.entity?.type === 'place';
  for (let i = slot.first - 1; i >= 0 && i >= slot.first - 3; i--) {
    const w = a.words[i].lower;
    if (DETERMINERS.has(w)) continue;
    if (place && (w === 'to' ? i > 0 && TRAVEL_STEMS.has(a.stems[i - 1]) : TRAVEL_STEMS.has(a.stems[i]))) return DESTINATION;
    return RELATION_WORDS.has(w) ? w : undefined;
  }
  return undefined;
}

/**
 * The relation of a place one goes to. It is where the going happened, as "in" tells a meeting there ("met his
 * counterparts in Seoul"), and what any "to" tells of a place (a going the stemmer does not know: "travelled to").
 */
const DESTINATION = 'destination';

/** Place-like prepositions that mean one thing: "in Seoul", "at Seoul", "on 23 November". */
const SAME_RELATION: Record<string, string> = { at: 'in', on: 'in' };

/**
 * Two values stand in one relation to their clauses: the same preposition before both, or none before either. A date
 * keeps its relation whatever the preposition ("in", "on", "by"): a date is only ever when.
 */
function sameRelation(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  if (a.kind !== 'entity') return true;
  const r = relationOf(x, a);
  const s = relationOf(y, b);
  if (r === DESTINATION || s === DESTINATION) return [r, s].every((t) => t === DESTINATION || t === 'in' || t === 'to');
  return (r === undefined ? r : (SAME_RELATION[r] ?? r)) === (s === undefined ? s : (SAME_RELATION[s] ?? s));
}

/** The stems of the verbs whose denial denies the act after them (lexicon.ts `IMPLICATIVE_VERBS`). */
const IMPLICATIVE_STEMS = new Set([...IMPLICATIVE_VERBS].map(stem));

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

/**
 * The predicate each denial governs: the first content word after it ("did not improve", "refused to accept"), with
 * the denial's place. A refusal word is a predicate itself, so its opposite ("agreed") is denied too.
 */
function deniedStems(a: AnalysedSentence): Map<string, number> {
  const denied = new Map<string, number>();
  for (const n of a.negations) {
    if (a.quoted[n] === 1 || contrastive(a, n) || !stated(a, n)) continue;
    for (const opposite of OPPOSITE_STEMS.get(a.stems[n]) ?? []) if (!denied.has(opposite)) denied.set(opposite, n);
    for (let i = n + 1; i < Math.min(a.words.length, n + 4); i++) {
      if (a.content[i] !== 1) continue;
      // "never managed to overcome": the act after the verb is the one denied.
      if (implicativeAt(a, i)) i += 2;
      if (!denied.has(a.stems[i])) denied.set(a.stems[i], n);
      break;
    }
  }
  return denied;
}

/** Pronouns that stand for the object of a verb ("restore it", "join them"). */
const OBJECT_PRONOUNS = new Set(['it', 'them']);

/** Whether the sentences share a content word within a few words after their predicates: the same object. */
function sameObjectOf(x: AnalysedSentence, i: number, y: AnalysedSentence, j: number, pairs: readonly [Slot, Slot][]): boolean {
  // A party or thing both name just after the predicate ("terminated GSOMIA", "withdrawal from the pact"); in the other
  // sentence it may stand before it ("renewed a currency swap agreement", "let a currency swap agreement … expire").
  // The object follows the predicate's last word: its particles ("stayed on the sidelines as its two allies …").
  const e = phraseEnd(x, i);
  const f = phraseEnd(y, j);
  // Each names another party of one kind first after its predicate ("ruled in favor of the Korean workers", "ruled
  // against Japanese companies, ordering them to compensate Korean workers"): the acts have other objects.
  const x1 = firstValueAfter(x, e);
  const y1 = firstValueAfter(y, f);
  if (x1 && y1 && compareSlots(x1, y1) === 'differ') return false;
  if (pairs.some(([p, q]) => p.first > e && p.first <= e + 5 && q.first >= j - 8 && q.first <= f + 8 && q.first !== j)) return true;
  for (let a = e + 1; a < Math.min(x.words.length, e + 6); a++) {
    if (x.content[a] !== 1) continue;
    for (let b = f + 1; b < Math.min(y.words.length, f + 8); b++) if (y.content[b] === 1 && y.stems[b] === x.stems[a]) return true;
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
  // declining"): a common noun both name just before, not a party (a party does many things).
  // An adverb before the verb ("is being seriously considered") does not count against the three words.
  const subject = (a: AnalysedSentence, k: number) => {
    const out: string[] = [];
    let reach = k - 3;
    for (let m = k - 1; m >= 0 && m >= reach; m--) {
      if (a.content[m] !== 1 || a.slots.some((s) => s.first <= m && m <= s.last)) continue;
      if (a.words[m].lower.endsWith('ly')) reach--;
      out.push(a.stems[m]);
    }
    return out;
  };
  const mine = subject(x, i);
  return mine.length > 0 && subject(y, j).some((w) => mine.includes(w));
}

/** The value the words right after word `e` name, past determiners ("the Korean workers"), if they name one. */
function firstValueAfter(a: AnalysedSentence, e: number): Slot | undefined {
  let k = e + 1;
  while (k < a.words.length && DETERMINERS.has(a.words[k].lower)) k++;
  return a.slots.find((s) => s.first === k && s.kind === 'entity');
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
  const mine = subjectBefore(draft, i);
  const theirs = subjectBefore(claim, j);
  if (!mine || !theirs) return true;
  const kind = compareSlots(mine, theirs);
  if (kind === 'same') return true;
  const named = pairs.find(([p]) => p === mine)?.[1];
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

/** The last word of the predicate at word `i`: its own, or its phrase's last particle ("put off", "pulled out of"). */
function phraseEnd(a: AnalysedSentence, i: number): number {
  while (a.particles[i + 1] === 1) i++;
  return i;
}

/**
 * A denial that picks one thing over another rather than denying an event: "Tokyo, not Seoul", "not with Moon but
 * with his predecessor". The sentence still states that the event happened.
 */
function contrastive(a: AnalysedSentence, n: number): boolean {
  const w = a.words[n];
  if (w.lower !== 'not') return false;
  const next = a.words[n + 1];
  if (next && /^\p{Lu}/u.test(next.text)) return true;
  // "… a shove from Washington, not a gentle push": set off by a comma, it corrects a phrase, it denies no act.
  if (n > 0 && textBetween(a, n - 1, n).includes(',')) return true;
  for (let i = n + 1; i < a.words.length; i++) if (a.words[i].lower === 'but' || a.words[i].lower === 'rather') return true;
  return false;
}

/**
 * Whether word `i` stands where the sentence states what happened: not in the allegation, hope or fear it reports
 * ("the MSDF alleged that …", "fearing for its investments"). What stands before the report is stated.
 */
function stated(a: AnalysedSentence, i: number): boolean {
  return a.reportedFrom < 0 || i < a.reportedFrom;
}

/**
 * One of the two denies, on words both share, what the other states without any denial; or one uses a predicate
 * whose opposite the other uses ("agreed" / "refused"). Either way they disagree on whether it happened.
 */
function opposedPolarity(draft: AnalysedSentence, claim: AnalysedSentence, pairs: readonly [Slot, Slot][]): Opposition | undefined {
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
  const draftDenies = draft.negations.some((n) => draft.quoted[n] === 0 && !contrastive(draft, n) && stated(draft, n));
  const claimNegations = claim.negations.filter((n) => stated(claim, n));
  const claimDenies = claimNegations.length > 0;
  if (draft.negations.some((n) => contrastive(draft, n))) return undefined;
  if (draftDenies) {
    for (const [s, n] of draftDenied) {
      const j = claim.stems.indexOf(s);
      if (j >= 0 && stated(claim, j) && claimNegations.every((m) => contrastedAfter(claim, j, m)) && sameObject(draft, n, claim, j, pairs))
        return { ...opposition(n, j), draftWords: [n, denialEnd(draft, n)], sourceWords: [j, statedPhraseEnd(claim, j)] };
    }
  }
  if (claimDenies && !draftDenies) {
    for (const [s, n] of claimDenied) {
      // The draft states the predicate the claim denies, of the same object: "agreed to third-party arbitration"
      // against "refusal to accept third-party arbitration".
      const i = draft.stems.indexOf(s);
      if (i >= 0 && stated(draft, i) && draft.content[i] === 1 && sameObject(draft, i, claim, n, pairs))
        return { ...opposition(i, n), sourceWords: [n, n] };
    }
  }
  if (!draftDenies) {
    // A denial of the claim's in another clause than its opposite predicate denies something else ("Though it has
    // received little coverage …, make no mistake: …").
    const deniedBeside = (j: number) => claimNegations.some((m) => (m < j ? sameClause(claim, m, j) : sameClause(claim, j, m)));
    for (let i = 0; i < draft.words.length && stated(draft, i); i++) {
      const opposites = OPPOSITE_STEMS.get(draft.stems[i]);
      if (opposites === undefined || draft.content[i] === 0 || claim.contentStems.has(draft.stems[i])) continue;
      for (const opposite of opposites) {
        // A sentence telling both ("restrictions imposed …, since lifted") is not contradicted by a passage telling one.
        if (draft.stems.includes(opposite)) continue;
        const j = claim.stems.indexOf(opposite);
        if (j >= 0 && stated(claim, j) && !deniedBeside(j) && sameObject(draft, i, claim, j, pairs)) return opposition(i, j);
      }
    }
  }
  return undefined;
}

/** An order word and the event it sets its clause's event before or after. */
interface OrderPhrase {
  /** The order word and its companion ("prior to"): the words a finding covers. */
  words: [number, number];
  direction: 'before' | 'after';
  /** The event: a named thing ("the Singapore summit", "Biden steps in"), else its first content word, as a stem. */
  slot?: Slot;
  stem?: string;
  /** The words the event takes, not the clause's own. */
  through: number;
}

/** Words between an order word and its event that say nothing of which event ("before the", "after Abe's"). */
const EVENT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'last', 'even']);

/**
 * The order words of a sentence with their events ("Before the Singapore summit", "only after Biden had stepped in"),
 * read where the sentence states them (not after its report of someone's allegation; a draft's not inside
 * quotation marks). Not a relative time ("the following year") or an order word in a pair ("before and after").
 */
function orderPhrases(a: AnalysedSentence, own: boolean): OrderPhrase[] {
  const out: OrderPhrase[] = [];
  for (let i = 0; i < a.words.length; i++) {
    const order = ORDER_WORDS.get(a.words[i].lower);
    if (!order || (own && a.quoted[i] === 1) || (a.reportedFrom >= 0 && i > a.reportedFrom)) continue;
    let k = i + 1;
    if (order.next !== undefined) {
      if (a.words[k]?.lower !== order.next) continue;
      k++;
    }
    const paired = (w: string | undefined) => w === 'and' || w === 'or';
    if (paired(a.words[k]?.lower) || paired(a.words[i - 1]?.lower) || NEGATION_WORDS.has(a.words[i - 1]?.lower ?? '')) continue;
    while (k < a.words.length && EVENT_DETERMINERS.has(a.words[k].lower)) k++;
    if (k >= a.words.length || TIME_NOUNS.has(a.words[k].lower)) continue;
    const slot = a.slots.find((s) => s.first === k && s.kind === 'entity');
    const stemAt = (m: number) => (a.content[m] === 1 ? a.stems[m] : undefined);
    const words: [number, number] = [i, order.next !== undefined ? i + 1 : i];
    // "the Singapore summit", "Abe's resignation", "Biden steps in": the event's name and the word after it.
    const possessive = slot !== undefined && a.words[slot.last + 1]?.lower === 's' && a.words[slot.last + 1].joined;
    if (slot) out.push({ words, direction: order.direction, slot, through: slot.last + (possessive ? 3 : 2) });
    else if (stemAt(k) !== undefined) out.push({ words, direction: order.direction, stem: stemAt(k), through: k + 1 });
  }
  return out;
}

/** The order words a sentence states with an event after them, each with its words and direction. */
export function orderWordsOf(a: AnalysedSentence): { words: [number, number]; direction: 'before' | 'after' }[] {
  return orderPhrases(a, true);
}

/**
 * The draft sets its event before (or after) another event where the claim sets it after (before) the same one:
 * "Before the Singapore summit, Trump announced …" against "After the Singapore Summit …, the U.S. president's
 * announcement …". The two must share words of their own clauses besides the event they are ordered by.
 */
function opposedOrder(draft: AnalysedSentence, claim: AnalysedSentence, pairs: readonly [Slot, Slot][]): Opposition | undefined {
  const mine = orderPhrases(draft, true);
  if (mine.length === 0) return undefined;
  const theirs = orderPhrases(claim, false);
  for (const d of mine) {
    for (const c of theirs) {
      if (c.direction === d.direction) continue;
      const sameEvent = d.slot && c.slot ? compareSlots(d.slot, c.slot) === 'same' : d.stem !== undefined && d.stem === c.stem;
      if (!sameEvent) continue;
      // The event each is ordered against is the same: every value the draft gives it is the claim's, and the two
      // share a word of it besides ("Suga served as Cabinet Secretary before …" is not "Suga became prime minister").
      const outside = (s: Slot, p: OrderPhrase) => s.last < p.words[0] || s.first >= p.through;
      if (draft.slots.some((s) => outside(s, d) && !pairs.some(([x]) => x === s))) continue;
      let words = 0;
      for (let i = 0; i < draft.words.length; i++) {
        if ((i < d.words[0] || i >= d.through) && draft.content[i] === 1 && claim.contentStems.has(draft.stems[i])) words++;
      }
      const values = pairs.filter(([x, y]) => outside(x, d) && outside(y, c)).length;
      if (words > 0 && words + values >= MIN_ORDER_CLAUSE_SHARED) return { draftWords: d.words, sourceWords: c.words, sameActor: false };
    }
  }
  return undefined;
}

/** Words and values the two events ordered must share besides the event they are ordered by. */
const MIN_ORDER_CLAUSE_SHARED = 2;

/**
 * The party whose account a sentence opening "In Tokyo's account, …", "In the Japanese version of events, …" or
 * "According to Japan, …" gives, with the word where the account starts; undefined for any other sentence.
 */
function tellerOf(a: AnalysedSentence): { party: Slot; from: number } | undefined {
  const w = (i: number) => a.words[i]?.lower ?? '';
  let k: number;
  if (w(0) === 'according' && w(1) === 'to') k = 2;
  else if (w(0) === 'in') k = w(1) === 'the' ? 2 : 1;
  else return undefined;
  const party = a.slots.find((s) => s.kind === 'entity' && s.first === k);
  if (!party) return undefined;
  let i = party.last + 1;
  if (w(0) === 'in') {
    // "Tokyo's account", "the Japanese side's telling", "the Japanese version of events".
    if (w(i) === 'side') i++;
    if (w(i) === 's') i++;
    if (!ACCOUNT_NOUNS.has(w(i))) return undefined;
    i++;
    if (w(i) === 'of') i += 2;
  }
  if (!textBetween(a, i - 1, i).includes(',')) return undefined;
  const type = party.entity!.type;
  return type === 'place' || type === 'organisation' ? { party, from: i } : undefined;
}

/**
 * The accounts a passage gives in brackets after what each party tells ("… buzzing a South Korean destroyer (the
 * Korean side's perspective) or a South Korean destroyer locking its … radar onto a Japanese patrol aircraft (the
 * Japanese perspective)"): each party with the words of the account before its bracket.
 */
function bracketedTellers(a: AnalysedSentence): { party: Slot; from: number; to: number }[] {
  const out: { party: Slot; from: number; to: number }[] = [];
  let from = 0;
  for (let i = 1; i < a.words.length; i++) {
    if (!ACCOUNT_NOUNS.has(a.words[i].lower)) continue;
    // Back to the bracket: "(the Korean side's perspective)", "(the Japanese perspective)".
    let k = i - 1;
    while (k > 0 && (a.words[k].lower === 's' || a.words[k].lower === 'side')) k--;
    const party = a.slots.find((s) => s.kind === 'entity' && s.last === k);
    if (!party) continue;
    const open = party.first > 0 && a.words[party.first - 1].lower === 'the' ? party.first - 1 : party.first;
    if (open === 0 || !textBetween(a, open - 1, open).includes('(')) continue;
    out.push({ party, from, to: open - 1 });
    from = i + 1;
  }
  return out;
}

/**
 * The draft gives one party's account of an event ("In the Japanese account, a Japanese patrol aircraft buzzed a
 * South Korean destroyer") that the claim gives as another party's: the draft's teller with the claim's. The account
 * is the bracketed one sharing the most words with the draft's, and more than any other.
 */
function tellerSwap(draft: AnalysedSentence, claim: AnalysedSentence): [Slot, Slot] | undefined {
  const mine = tellerOf(draft);
  if (!mine) return undefined;
  const accounts = bracketedTellers(claim);
  if (accounts.length === 0) return undefined;
  const told = new Set<string>();
  for (let i = mine.from; i < draft.words.length; i++) if (draft.content[i] === 1) told.add(draft.stems[i]);
  const shared = accounts.map(({ from, to }) => {
    const seen = new Set<string>();
    for (let j = from; j <= to; j++) if (claim.content[j] === 1 && told.has(claim.stems[j])) seen.add(claim.stems[j]);
    return seen.size;
  });
  const best = Math.max(...shared);
  if (best < MIN_ACCOUNT_SHARED || shared.filter((n) => n === best).length > 1) return undefined;
  const theirs = accounts[shared.indexOf(best)].party;
  return compareParties(mine.party, theirs) === 'differ' ? [mine.party, theirs] : undefined;
}

/**
 * Whether `claim` may back the draft's `party` where the draft gives that party's account ("In Seoul's telling, …"):
 * only by giving an account as that party's too, not by naming the party inside the events it tells.
 */
export function tellsAsInDraft(draft: AnalysedSentence, party: Slot, claim: AnalysedSentence): boolean {
  if (tellerOf(draft)?.party !== party) return true;
  const tellers = [...bracketedTellers(claim).map((t) => t.party), tellerOf(claim)?.party];
  return tellers.some((t) => t !== undefined && compareParties(party, t) === 'same');
}

/** Words an account must share with a passage's bracketed account to be that one. */
const MIN_ACCOUNT_SHARED = 3;
