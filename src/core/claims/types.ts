import type { Citation } from '../knowledge/types';

/**
 * Shapes shared by the fact data (`knowledge/facts/*.json`, schema in knowledge/facts/README.md) and the claim
 * checker. The compiler stores facts in the index as these objects, with citations located in their sources.
 */

/** What a fact states about its subject; decides which words of a draft can contradict it. */
export type FactKind = 'date' | 'count' | 'percentage' | 'fraction' | 'actor' | 'place' | 'membership' | 'role' | 'status';

export const FACT_KINDS: readonly FactKind[] = [
  'date',
  'count',
  'percentage',
  'fraction',
  'actor',
  'place',
  'membership',
  'role',
  'status',
];

/** A calendar value as the sources give it. Months are 1-12; a season is a name ("summer"); a decade its first year. */
export interface DateValue {
  year?: number;
  month?: number;
  day?: number;
  season?: 'spring' | 'summer' | 'autumn' | 'winter';
  decade?: number;
}

/** A number with the unit that makes it a claim ("56" "percent", "7" "member", 2/3 as 0.6667 "fraction"). */
export interface NumberValue {
  number: number;
  /** For `roughly`: how far a draft's number may stray before it contradicts the sources. */
  tolerance?: number;
}

/** A value one source gives differently from the fact's main value: a draft siding with it is not a conflict. */
export interface FactVariant {
  /** The value in words, as that source puts it ("January 2019", "remains intact as an official pact"). */
  expected: string;
  date?: DateValue;
  number?: NumberValue;
  /** Words in the draft that side with this variant (choice kinds). */
  phrases?: string[];
  citations: Citation[];
}

/**
 * One checkable statement from the sources. Cue lists are phrases matched word by word, case-insensitively unless
 * they start with a capital letter (then the draft's word must be capitalised too). Each inflection a cue should match
 * is listed as a phrase of its own: no wildcard or stemming applies.
 */
export interface Fact {
  id: string;
  /** Glossary term id of the subject, or null when the glossary has no term for it (then `entity` names it). */
  subject: string | null;
  /** The subject in words, for messages. */
  entity: string;
  kind: FactKind;
  /** The fact in one plain sentence, our own words drawn only from the citations. */
  statement: string;
  /** The sourced value in words, as a message shows it ("October 2018", "bilateral (Japan and South Korea)"). */
  expected: string;
  date?: DateValue;
  number?: NumberValue;
  /** Draft words that agree with the fact (choice kinds: actor, place, membership, role, status). */
  accepted?: string[];
  /** Draft words that contradict it when they fill the fact's slot; each maps to the replacement text. */
  conflicting?: string[];
  /** The text a one-click fix puts in place of a conflicting value (choice kinds); dates and numbers derive it. */
  replacement?: string;
  /** Extra phrases naming the subject, beyond its glossary aliases. */
  subjectCues: string[];
  /** Words for what happened (the predicate): a value only counts when it sits next to one of these. */
  triggers: string[];
  /** Groups of phrases of which the sentence must contain at least one each, to be sure it is this event. */
  context?: string[][];
  /** Words that must follow a number for it to be this fact's number ("percent", "member"). */
  units?: string[];
  /**
   * Where the value must stand relative to the trigger: `near` (same clause, a few words either side), `agent`
   * (just before the trigger: who did it), `after` (just after it: "headed by X", "met in X"), `attribute`
   * (describing the trigger directly: "the trilateral GSOMIA", "GSOMIA, a trilateral pact").
   */
  slot?: 'near' | 'agent' | 'after' | 'attribute';
  /**
   * The sources name the one person who fills the slot ("headed by Kim Jin-pyo"), so any other person's name there
   * contradicts it, not only the names listed in `conflicting` ("headed by Lim Sung-nam").
   */
  anyPerson?: boolean;
  /**
   * Other events the same words describe ("the San Francisco peace treaty", "China and Japan normalized relations"):
   * a sentence naming one of them is not about this fact, whatever values it gives.
   */
  otherEvents?: string[];
  /** Other sources' values for the same thing; a draft matching one gets at most `claim-sources-differ`. */
  variants?: FactVariant[];
  citations: Citation[];
}

/** The three kinds of finding, in falling order of confidence that the draft needs changing. */
export type ClaimCode = 'claim-conflict' | 'claim-sources-differ' | 'claim-unsupported';

/** One claim in a draft that the sources contradict, disagree about, or say nothing about. */
export interface ClaimFinding {
  code: ClaimCode;
  severity: 'warning' | 'information';
  /** UTF-16 offsets into the checked text: exactly the conflicting words ("2016"). */
  start: number;
  end: number;
  /** One short sentence: what the draft says, what the sources say, and which sources, each by its citation key. */
  message: string;
  factId: string;
  /** The draft's value as written ("2016"). */
  claimed: string;
  /** The sourced value in words ("October 2018"). */
  expected: string;
  /** Text to put at [start, end) for a one-click fix ("2018"), only when the corrected sentence is sound (safeFix.ts). */
  replacement?: string;
  /** The fact's quotes, located in their sources. */
  citations: Citation[];
  /**
   * Keys of the sources that say what the draft says: those a `claim-sources-differ` draft follows. Empty for a
   * conflict, whose sources contradict the draft, and for an unsupported claim: citing them would lend a wrong
   * sentence their authority.
   */
  backedBy: string[];
}

/** Options of `checkText`. */
export interface CheckOptions {
  /** Also report dated or numbered claims about a known subject that no fact covers (information level). */
  includeUnsupported?: boolean;
  /** Polled between sentences; when it returns true the check stops and returns what it found so far. */
  isCancelled?: () => boolean;
}
