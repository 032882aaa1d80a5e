import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { clauseHedged, clausePlans, negatedJustBefore, negatedWithin, shapeOf, type SentenceShape } from './context';
import { dateAgrees, dateConflicts, type Edit } from './dates';
import { conflictMessage, differMessage, unsupportedMessage } from './messages';
import { mightDisagree, namesSubject, prepare, type PreparedFact, type PreparedFacts } from './prepared';
import { sentenceOrSkip, type SentenceRange } from './sentences';
import { findPhrase, indexWords, sortHits, tokenize, type Phrase, type PhraseHit, type Token } from './tokens';
import type { CheckOptions, ClaimFinding, DateValue } from './types';
import { findDates, findNumbers, fractionInWords, numberInWords, type DraftDate, type DraftNumber } from './values';

/** How many words may separate a date or number from the predicate it is about. */
const NEAR = 8;
/** Prepositions that put a date in the "when it happened" slot. */
const DATE_PREPOSITIONS = new Set(['in', 'on', 'during', 'of', 'around', 'circa', 'at', 'throughout', 'last', 'that', 'by']);
/** Words that make a number approximate or a bound rather than a value. */
const APPROXIMATE = new Set(['about', 'around', 'roughly', 'some', 'approximately', 'nearly', 'almost', 'circa', 'over', 'more', 'less', 'fewer', 'least', 'most', 'under', 'above', 'below', 'up', 'than', 'estimated', 'perhaps']);
/** Words that may stand between an actor and what it did ("Japan's government", "Tokyo then"). */
const AGENT_GLUE = new Set([
  'the', 's', 'government', 'cabinet', 'administration', 'officials', 'leadership', 'side', 'also', 'itself', 'then', 'had', 'has', 'have',
  'finally', 'eventually', 'ultimately', 'quickly', 'publicly', 'formally', 'officially', 'first', 'later', 'subsequently', 'soon', 'abruptly',
  'suddenly', 'unilaterally', 'ministry', 'presidential', 'office', 'in', 'of', 'government', 'leaders', 'leader', 'president', 'prime', 'minister',
  'that', 'who',
]);
/** Words that may stand between a name and its description ("Bolton, then the secretary of state"). */
const ATTRIBUTE_GLUE = new Set([
  'is', 'was', 'a', 'an', 'the', 'then', 'as', 'former', 'formerly', 'who', 'served', 'serves', 'serving', 's', 'of', 'at', 'from', 'also', 'remains', 'being',
  'now', 'one', 'became', 'current', 'u', 'us', 'japan', 'japanese', 'south', 'korea', 'korean', 'rok', 'newly', 'new', 'military', 'intelligence', 'sharing',
  'pact', 'agreement', 'arrangement', 'john', 'matthew', 'david', 'william', 'lloyd', 'antony', 'yoshihide', 'representative', 'mr', 'ms', 'dr', 'professor',
  'secretary', 'sitting', 'longtime', 'veteran', 'its', 'this', 'that', 'in', 'summit', 'meeting',
]);
/** Words that may stand between a status and what it is said of ("GSOMIA was formally terminated"). */
const STATUS_GLUE = new Set([
  'the', 'a', 'an', 'its', 'their', 'this', 'that', 's', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'being', 'got', 'formally', 'officially',
  'finally', 'effectively', 'unilaterally', 'abruptly', 'still', 'remains', 'remained', 'agreement', 'pact', 'deal', 'accord', 'bilateral', 'military',
  'intelligence', 'sharing', 'with', 'japan', 'tokyo', 'so', 'called', 'of', 'from', 'on',
]);

const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'got', 'remains', 'remained', 'still']);
const PREPOSITIONS = new Set(['about', 'over', 'on', 'of', 'regarding', 'concerning', 'for', 'with', 'around', 'into', 'under', 'from', 'to', 'by', 'without']);

/** Words that mark another occurrence of an event than the sourced one. */
const REPEATS = new Set(['again', 'also', 'another', 'second', 'returned', 'return', 'anew', 'repeatedly', 'twice', 'too']);
/** Words that end the reach of an "after" slot ("met in Chengdu and later in Beijing"). */
const LIST_WORDS = new Set(['and', 'or', 'nor', 'but', 'as', 'well']);

/** Checks every sentence of `text` that names a fact's subject and predicate. See index.ts for the contract. */
export function checkText(kb: KnowledgeBase, text: string, options: CheckOptions = {}): ClaimFinding[] {
  const prepared = prepare(kb);
  const findings: ClaimFinding[] = [];
  // One pass finds every predicate; a sentence is looked at only around one.
  const mentions = prepared.triggerMatcher.findAll(text);
  let i = 0;
  let known = 0;
  while (i < mentions.length) {
    if (options.isCancelled?.()) break;
    const sentence = sentenceOrSkip(text, mentions[i].start, known);
    if (!('skipTo' in sentence) && sentence.boundary !== undefined) known = sentence.boundary;
    // No sentence boundary nearby means no prose: skip the stretch rather than rescanning it for every mention.
    const end = 'skipTo' in sentence ? Math.max(sentence.skipTo, mentions[i].end) : sentence.end;
    // Each fact with a predicate here, and where its predicates stand (offsets in the sentence).
    const triggered = new Map<PreparedFact, number[]>();
    const base = 'skipTo' in sentence ? 0 : sentence.start;
    for (; i < mentions.length && mentions[i].start < end; i++) {
      for (const f of prepared.factsByTrigger.get(mentions[i].termIds[0]) ?? []) {
        const at = triggered.get(f);
        if (at) at.push(mentions[i].start - base);
        else triggered.set(f, [mentions[i].start - base]);
      }
    }
    if ('skipTo' in sentence) continue;
    // Lower-cased, and with runs of white space made single only where a line break or double space needs it.
    const raw = text.slice(sentence.start, sentence.end).toLowerCase();
    const lower = raw.includes('\n') || raw.includes('  ') ? raw.replace(/\s+/g, ' ') : raw;
    // Facts naming their subject here all compete for the sentence's values; the sentence is read only if one of
    // them might be contradicted.
    const candidates: PreparedFact[] = [];
    let worthReading = false;
    for (const [f, around] of triggered) {
      if (!namesSubject(f, lower)) continue;
      candidates.push(f);
      worthReading ||= mightDisagree(f, lower, around);
    }
    if (worthReading) checkSentence(kb, text, sentence, candidates, findings);
  }
  if (options.includeUnsupported) addUnsupported(kb, prepared, text, findings, options);
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

interface SentenceView {
  kb: KnowledgeBase;
  text: string;
  range: SentenceRange;
  tokens: Token[];
  words: Token[];
  shape: SentenceShape;
  dates: DraftDate[];
  /** Word indices that belong to a date phrase: not numbers of a count. */
  dateWords: Set<number>;
  /** Trigger hits of every fact that applies to the sentence: a value goes to the nearest predicate. */
  allTriggers: { fact: PreparedFact; hit: PhraseHit }[];
  /** Where a phrase occurs among the words (memoised: the same cue is looked up by several rules). */
  find(phrase: Phrase): PhraseHit[];
}

function checkSentence(kb: KnowledgeBase, text: string, range: SentenceRange, candidates: PreparedFact[], findings: ClaimFinding[]): void {
  const tokens = tokenize(text, range.start, range.end);
  const words = tokens.filter((t) => t.word);
  const index = indexWords(words);
  const memo = new Map<Phrase, PhraseHit[]>();
  const find = (phrase: Phrase) => {
    let hits = memo.get(phrase);
    if (!hits) memo.set(phrase, (hits = findPhrase(words, phrase, index)));
    return hits;
  };
  const allTriggers: SentenceView['allTriggers'] = [];
  const view: SentenceView = { kb, text, range, tokens, words, shape: UNREAD, dates: findDates(words), dateWords: new Set(), allTriggers, find };
  // Cheap first: which facts apply (predicate, subject, context) and which of them meet a value that disagrees.
  // Most sentences about a fact agree with it; they never pay for reading the sentence's structure.
  const applying: { fact: PreparedFact; hits: PhraseHit[] }[] = [];
  const suspicious = new Set<PreparedFact>();
  let numbers: DraftNumber[] | undefined;
  for (const fact of candidates) {
    const hits = sortHits(fact.triggers.flatMap(find));
    if (hits.length === 0 || !fact.subjects.some((p) => find(p).some((h) => !foreignQualified(fact, view, h))) || !contextPresent(fact, view)) continue;
    applying.push({ fact, hits });
    if (mightConflict(fact, hits, view, () => (numbers ??= findNumbers(words)))) suspicious.add(fact);
  }
  if (suspicious.size === 0) return;
  view.shape = shapeOf(tokens, words, text.slice(range.start, range.end));
  if (view.shape.unasserted) return;
  const triggersOf = new Map<PreparedFact, PhraseHit[]>();
  for (const { fact, hits: all } of applying) {
    // A predicate counts only in a clause that names the subject: in "The Blue House, which appointed Kang, also
    // named an envoy to China", "named" is not about Kang.
    const subjectClauses = new Set(fact.subjects.flatMap(find).filter((h) => !view.shape.quoted[h.first] && !foreignQualified(fact, view, h)).map((h) => view.shape.clause[h.first]));
    const hits = all.filter((h) => !view.shape.quoted[h.first] && subjectClauses.has(view.shape.clause[h.first]));
    // Only facts whose subject the sentence names compete for its values.
    if (hits.length === 0 || !subjectPresent(fact, view)) continue;
    if (view.shape.reporting.some((i) => !hits.some((h) => h.first <= i && i <= h.last))) continue;
    triggersOf.set(fact, hits);
    for (const hit of hits) allTriggers.push({ fact, hit });
  }
  for (const d of view.dates) for (let i = d.first; i <= d.last; i++) view.dateWords.add(i);
  for (const [fact, hits] of triggersOf) {
    if (!suspicious.has(fact)) continue;
    const finding = checkFact(fact, hits, view);
    if (finding) findings.push(finding);
  }
}

/** Placeholder until a sentence's structure is read (only sentences with a disagreeing value get that far). */
const UNREAD: SentenceShape = { clause: new Int32Array(0), quoted: new Uint8Array(0), unasserted: false, reporting: [], ownSurvey: false };

/** Whether the sentence holds, near one of the fact's predicates, a value that differs from the fact's. */
function mightConflict(fact: PreparedFact, hits: PhraseHit[], view: SentenceView, numbers: () => DraftNumber[]): boolean {
  const near = (value: { first: number; last: number }, reach: number) => hits.some((h) => gap(h, value) <= reach);
  switch (fact.fact.kind) {
    case 'date':
      return view.dates.some((d) => near(d, NEAR) && dateConflicts(d, fact.fact.date!).length > 0);
    case 'count':
    case 'percentage':
    case 'fraction': {
      const expected = fact.fact.number!.number;
      return numbers().some((n) => near(n, NEAR + 2) && Math.abs(n.value - expected) > 1e-9 && Math.abs(n.value / 100 - expected) > 0.005);
    }
    default:
      return fact.conflicting.some((p) => view.find(p).length > 0) || fact.variantPhrases.some((list) => list.some((p) => view.find(p).length > 0));
  }
}

function checkFact(fact: PreparedFact, triggers: PhraseHit[], view: SentenceView): ClaimFinding | undefined {
  switch (fact.fact.kind) {
    case 'date':
      return checkDate(fact, triggers, view);
    case 'count':
    case 'percentage':
    case 'fraction':
      return checkNumber(fact, triggers, view);
    default:
      return checkChoice(fact, triggers, view);
  }
}

/** Country words that, right before a name, make it another country's institution ("Japan's Supreme Court"). */
const COUNTRY_QUALIFIERS = new Set(['japan', 'japanese', 'u', 'us', 'american', 'america', 'china', 'chinese', 'german', 'germany', 'taiwan', 'taiwanese', 'india', 'indian', 'russia', 'russian', 'british', 'french', 'federal', 'state']);

function subjectPresent(fact: PreparedFact, view: SentenceView): boolean {
  return fact.subjects.some((p) => view.find(p).some((h) => !view.shape.quoted[h.first] && !foreignQualified(fact, view, h)));
}

/**
 * "Japan's Supreme Court", "the U.S. Supreme Court": a country word just before the name that the fact's own entity
 * does not carry makes it a different body. Attribute facts are exempt: "South Korea's NSS" is the very claim they
 * check.
 */
function foreignQualified(fact: PreparedFact, view: SentenceView, hit: PhraseHit): boolean {
  if (fact.fact.slot === 'attribute') return false;
  let k = hit.first - 1;
  if (view.words[k]?.lower === 's') k--;
  const before = view.words[k]?.lower;
  if (!before || !COUNTRY_QUALIFIERS.has(before)) return false;
  return !fact.fact.entity.toLowerCase().split(/[^a-z]+/).includes(before);
}

function contextPresent(fact: PreparedFact, view: SentenceView): boolean {
  return fact.context.every((group) => group.some((p) => view.find(p).length > 0));
}

/** Words between two hits (exclusive), or Infinity when they overlap. */
function gap(a: { first: number; last: number }, b: { first: number; last: number }): number {
  if (a.last < b.first) return b.first - a.last;
  if (b.last < a.first) return a.first - b.last;
  return 0;
}

/**
 * Whether the writer asserts the claim linking `trigger` and `value` plainly: no hedge or negation in its reach (a
 * few words before the earlier of the two, through the later), no condition opening its clause, and no plan of the
 * writer's in its clause.
 */
function plainClaim(fact: PreparedFact, view: SentenceView, trigger: PhraseHit, value: { first: number; last: number }, ownTriggers: PhraseHit[]): boolean {
  const own = new Set<number>();
  for (const h of ownTriggers) for (let i = h.first; i <= h.last; i++) own.add(i);
  const from = Math.min(trigger.first, value.first);
  const to = Math.max(trigger.last, value.last);
  // "visited Seoul again in 2021", "also named an envoy": another occurrence, not the one the sources date.
  const clause = view.shape.clause[value.first];
  for (let k = Math.max(0, from - 3); k <= Math.min(view.words.length - 1, to + 2); k++) {
    if (view.shape.clause[k] === clause && REPEATS.has(view.words[k].lower)) return false;
  }
  // A workshop or report in the clause makes a date or number the writer's own plan; it does not make an actor,
  // a place or a role any less asserted ("Japan refused further working group meetings").
  const valueIsTime = fact.fact.date !== undefined || fact.fact.number !== undefined;
  if (valueIsTime && clausePlans(view.words, view.shape, value.first, own)) return false;
  return !clauseHedged(view.words, view.shape, from, to) && !negatedWithin(view.words, from, to);
}

/** Irregular past tenses among trigger words: with "-ed" forms, what marks a trigger as the clause's verb. */
const IRREGULAR_VERBS = new Set(['met', 'led', 'won', 'took', 'made', 'became', 'went', 'flew', 'let', 'struck', 'withdrew', 'tore', 'quit', 'held', 'sat', 'got', 'came', 'set', 'cut', 'put', 'began', 'fought', 'ran', 'saw', 'broke']);

/**
 * Whether a trigger names the event itself (a verb, or an event noun: "scrapping", "withdrawal", "termination")
 * rather than a thing ("agreement", "treaty"): a date after "Moon's scrapping of the agreement in 2018" dates the
 * scrapping, not the agreement.
 */
function verbLike(view: SentenceView, hit: PhraseHit): boolean {
  const w = view.words[hit.first].lower;
  return (w.length > 4 && /(?:ed|ing|tion|sion|wal|val|sal)$/.test(w)) || IRREGULAR_VERBS.has(w);
}

/**
 * Which trigger a value belongs to, among the triggers of facts of the same kind in its clause (a date belongs to
 * one event, whichever fact describes it): a date written before a noun belongs to that noun ("the 2015 comfort
 * women agreement"); otherwise to the nearest verb before it ("scrapped the agreement in 2017"); otherwise to the
 * nearest trigger either side. Returns this fact's trigger when the value is this fact's, within reach.
 */
function ownTrigger(fact: PreparedFact, triggers: PhraseHit[], view: SentenceView, value: { first: number; last: number }): PhraseHit | undefined {
  const clause = view.shape.clause[value.first];
  const rivals = view.allTriggers.filter(
    ({ fact: f, hit }) => sameFamily(f, fact) && (view.shape.clause[hit.first] === clause || view.shape.clause[hit.last] === clause) && !overlaps(hit, value),
  );
  const pick = (list: typeof rivals, distance: (h: PhraseHit) => number) => {
    let best: (typeof rivals)[number] | undefined;
    for (const r of list) {
      const d = distance(r.hit);
      const bd = best ? distance(best.hit) : Infinity;
      if (d < bd || (d === bd && r.fact === fact && best?.fact !== fact)) best = r;
    }
    return best;
  };
  const gapAfter = (h: PhraseHit) => h.first - value.last;
  const following = rivals.filter((r) => gapAfter(r.hit) >= 1 && gapAfter(r.hit) <= 4 && !verbLike(view, r.hit));
  const attributive = fact.subjects.some((p) => view.find(p).some((h) => h.first === value.last + 1 || (h.first === value.last + 2 && view.words[value.last + 1].lower === 's')));
  let owner: (typeof rivals)[number] | undefined;
  if (following.length > 0 && (attributive || following.some((r) => gapAfter(r.hit) <= 2))) owner = pick(following, gapAfter);
  if (!owner) {
    const verbsBefore = rivals.filter((r) => r.hit.last < value.first && value.first - r.hit.last <= NEAR + 4 && verbLike(view, r.hit));
    owner = verbsBefore.length > 0 ? pick(verbsBefore, (h) => value.first - h.last) : pick(rivals, (h) => gap(h, value));
  }
  if (!owner || owner.fact !== fact || gap(owner.hit, value) > NEAR) return undefined;
  return owner.hit;
}

/** Facts whose values compete for the same words: dates with dates, numbers with numbers. */
function sameFamily(a: PreparedFact, b: PreparedFact): boolean {
  const family = (f: PreparedFact) => (f.fact.kind === 'date' ? 'date' : ['count', 'percentage', 'fraction'].includes(f.fact.kind) ? 'number' : 'choice');
  return family(a) === family(b);
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

function checkDate(fact: PreparedFact, triggers: PhraseHit[], view: SentenceView): ClaimFinding | undefined {
  const value = fact.fact.date!;
  let chosen: { date: DraftDate; distance: number; trigger: PhraseHit } | undefined;
  for (const date of view.dates) {
    if (view.shape.quoted[date.first]) continue;
    const trigger = ownTrigger(fact, triggers, view, date);
    if (!trigger) continue;
    if (!inDateSlot(fact, view, date, trigger)) continue;
    const distance = gap(trigger, date);
    if (!chosen || distance < chosen.distance) chosen = { date, distance, trigger };
  }
  if (!chosen) return undefined;
  const { date } = chosen;
  // A sentence that also gives the sourced date ("began in 1951 and ended with the 1965 treaty") is about more than
  // one moment; the other date is not a mistake about this one.
  if (view.dates.some((d) => d !== date && !view.shape.quoted[d.first] && statesExactly(d, value))) return undefined;
  if (!plainClaim(fact, view, chosen.trigger, date, triggers)) return undefined;
  const edits = dateConflicts(date, value);
  if (edits.length === 0) return undefined;
  const variant = fact.fact.variants?.find((v) => v.date && dateAgrees(date, v.date));
  if (variant) return finding(fact, view, edits, 'claim-sources-differ', variant.expected, variant.citations);
  return finding(fact, view, edits, 'claim-conflict');
}

/** Whether a draft date gives exactly the sourced date, at the sourced grain (not merely fails to contradict it). */
function statesExactly(d: DraftDate, value: DateValue): boolean {
  if (value.decade !== undefined) return d.decade === value.decade;
  if (value.year !== undefined && d.year !== value.year) return false;
  if (value.month !== undefined && d.month !== value.month) return false;
  if (value.day !== undefined && d.day !== value.day) return false;
  if (value.season !== undefined && d.season !== value.season) return false;
  return true;
}

/** A date says when the fact's event happened only in that slot: "ruled in 2016", "the 2016 ruling", "In 2016, … ruled". */
function inDateSlot(fact: PreparedFact, view: SentenceView, date: DraftDate, trigger: PhraseHit): boolean {
  const before = view.words[date.first - 1]?.lower;
  const after = view.words[date.last + 1];
  if (before === 'since' || before === 'after' || before === 'before' || before === 'until' || before === 'from' || before === 'to' || before === 'between' || before === 'than' || before === 'through' || before === 'till') return false;
  // The word after may not turn the date into a span or a plan ("2016 to 2018", "2016 onward").
  if (after && ['to', 'onward', 'onwards', 'through', 'and', 'or'].includes(after.lower) && view.dates.some((d) => d.first === date.last + 2)) return false;
  // "the 2016 ruling", "his March 3 national address", "2016's ruling": the date describes the predicate itself.
  const next = after?.lower === 's' ? date.last + 2 : date.last + 1;
  if (next === trigger.first || view.allTriggers.some(({ fact: f, hit }) => f === fact && hit.first === next)) return true;
  const attributive = fact.subjects.some((p) => view.find(p).some((h) => h.first === date.last + 1));
  if (attributive) return true;
  if (before && DATE_PREPOSITIONS.has(before)) return true;
  // "mid-November", "early 2018": the part word carries the preposition.
  const beforePart = view.words[date.first - 1]?.lower;
  return date.first === 0 || beforePart === 'the';
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers

function checkNumber(fact: PreparedFact, triggers: PhraseHit[], view: SentenceView): ClaimFinding | undefined {
  if (view.shape.ownSurvey) return undefined;
  const value = fact.fact.number!;
  const kind = fact.fact.kind;
  const numbers = findNumbers(view.words);
  // "rose from 40 percent to 56 percent": a sentence that gives the sourced number is not wrong about it.
  if (numbers.some((n) => !view.shape.quoted[n.first] && readAs(fact, view, n) && Math.abs(readAs(fact, view, n)!.value - value.number) <= (kind === 'fraction' ? 0.02 : 1e-9))) return undefined;
  for (const n of numbers) {
    if (view.shape.quoted[n.first] || view.dateWords.has(n.first)) continue;
    const reading = readAs(fact, view, n);
    if (!reading) continue;
    const trigger = nearestTrigger(triggers, view, n);
    if (!trigger) continue;
    if (kind === 'percentage' && !subjectAround(fact, view, n)) continue;
    if (!plainClaim(fact, view, trigger, n, triggers)) continue;
    const approximate = APPROXIMATE.has(view.words[n.first - 1]?.lower ?? '') || APPROXIMATE.has(view.words[n.first - 2]?.lower ?? '');
    const tolerance = Math.max(value.tolerance ?? 0, kind === 'fraction' ? 0.02 : 0, approximate ? Math.abs(value.number) * 0.15 + 1 : 0);
    if (approximate && kind === 'fraction') continue;
    if (Math.abs(reading.value - value.number) <= tolerance + 1e-9) return undefined;
    const replacement = numberReplacement(n, reading.asPercent ? value.number * 100 : value.number, reading.asPercent);
    return finding(fact, view, [{ span: n.span, ...(replacement ? { replacement } : {}) }], 'claim-conflict');
  }
  return undefined;
}

/** The number's value in the fact's terms, when it fills the fact's slot (the right unit after it). */
function readAs(fact: PreparedFact, view: SentenceView, n: DraftNumber): { value: number; asPercent: boolean } | undefined {
  const kind = fact.fact.kind;
  const unitAfter = (phrases: typeof fact.units) => phrases.some((u) => view.find(u).some((h) => h.first === n.last + 1));
  if (kind === 'fraction') {
    if (n.style === 'fraction') return view.words[n.last + 1]?.lower === 'of' ? { value: n.value, asPercent: false } : undefined;
    const percent = ['percent', '%'].includes(view.words[n.last + 1]?.lower ?? '');
    return percent && view.words[n.last + 2]?.lower === 'of' ? { value: n.value / 100, asPercent: true } : undefined;
  }
  if (n.style === 'fraction') return undefined;
  return unitAfter(fact.units) ? { value: n.value, asPercent: false } : undefined;
}

function nearestTrigger(triggers: PhraseHit[], view: SentenceView, n: DraftNumber): PhraseHit | undefined {
  const clause = view.shape.clause[n.first];
  let best: PhraseHit | undefined;
  for (const t of triggers) {
    if (view.shape.clause[t.first] !== clause || gap(t, n) > NEAR + 2) continue;
    if (!best || gap(t, n) < gap(best, n)) best = t;
  }
  return best;
}

/** A share is about the fact's population only when it names it next to the number ("56 percent of Japanese"). */
function subjectAround(fact: PreparedFact, view: SentenceView, n: DraftNumber): boolean {
  return fact.subjects.some((p) =>
    view.find(p).some(
      (h) =>
        (h.first > n.last && h.first - n.last <= 5 && wordsBetween(view, n, h).every((w) => SHARE_OF.has(w.lower))) ||
        (h.last < n.first && n.first - h.last <= 6 && !/[;:\u2014]/.test(between(view, h, n))),
    ),
  );
}

/** "56 percent of the Japanese public": the words that tie a share to the population after it. */
const SHARE_OF = new Set(['percent', '%', 'per', 'cent', 'of', 'the', 'all', 'surveyed', 'polled', 'ordinary', 'share', 'majority', 'minority']);

function numberReplacement(n: DraftNumber, expected: number, asPercent: boolean): string | undefined {
  if (asPercent) return Number.isInteger(Math.round(expected)) ? String(Math.round(expected)) : undefined;
  if (n.style === 'fraction') return fractionInWords(expected);
  if (!Number.isInteger(expected)) return undefined;
  if (n.style === 'digits') return String(expected);
  const words = numberInWords(expected);
  if (!words) return undefined;
  return n.capitalised ? words[0].toUpperCase() + words.slice(1) : words;
}

// ---------------------------------------------------------------------------------------------------------------
// Actors, places, memberships, roles, statuses

function checkChoice(fact: PreparedFact, triggers: PhraseHit[], view: SentenceView): ClaimFinding | undefined {
  const slot = fact.fact.slot ?? 'near';
  const accepted = sortHits(fact.accepted.flatMap(view.find)).filter((h) => !view.shape.quoted[h.first]);
  const conflicting = sortHits(fact.conflicting.flatMap(view.find)).filter((h, i, all) => !view.shape.quoted[h.first] && !accepted.some((a) => overlaps(a, h)) && !all.some((o, j) => j !== i && o.first <= h.first && h.last <= o.last && o.last - o.first > h.last - h.first));
  if (slot === 'near') return checkStatus(fact, view, conflicting, accepted, triggers);
  // "traveled to Tokyo and then flew to Washington": a sentence that gives the sourced value in the slot is not wrong
  // about it; the other value is about something else.
  if (triggers.some((t) => accepted.some((a) => !triggers.some((o) => overlaps(o, a)) && fills(slot, view, t, a, [])))) return undefined;
  for (const trigger of triggers) {
    for (const c of conflicting) {
      if (triggers.some((t) => overlaps(t, c))) continue;
      if (!fills(slot, view, trigger, c, accepted)) continue;
      if (!plainClaim(fact, view, trigger, c, triggers)) continue;
      return finding(fact, view, [{ span: spanOf(view, c), ...(fact.fact.replacement ? { replacement: fact.fact.replacement } : {}) }], 'claim-conflict');
    }
  }
  return undefined;
}

function overlaps(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  return a.first <= b.last && b.first <= a.last;
}

function spanOf(view: SentenceView, hit: { first: number; last: number }) {
  return { start: view.words[hit.first].start, end: view.words[hit.last].end };
}

/** The raw text between two word ranges, to see commas and brackets the word list leaves out. */
function between(view: SentenceView, a: { last: number }, b: { first: number }): string {
  return view.text.slice(view.words[a.last].end, view.words[b.first].start);
}

function betweenText(view: SentenceView, a: { last: number }, b: { first: number }): string {
  return between(view, a, b);
}

function wordsBetween(view: SentenceView, a: { last: number }, b: { first: number }): Token[] {
  return view.words.slice(a.last + 1, b.first);
}

function fills(slot: 'agent' | 'after' | 'attribute', view: SentenceView, trigger: PhraseHit, c: PhraseHit, accepted: PhraseHit[]): boolean {
  const sameClause = view.shape.clause[c.first] === view.shape.clause[trigger.first];
  switch (slot) {
    case 'agent': {
      // The actor right before the predicate: "Japan threatened to terminate", "the Japanese government threatened".
      if (!sameClause || c.last >= trigger.first || trigger.first - c.last > 4) return false;
      if (/[,;:()\u2014]/.test(between(view, c, trigger))) return false;
      if (!wordsBetween(view, c, trigger).every((w) => AGENT_GLUE.has(w.lower) || /^\p{Lu}/u.test(w.text))) return false;
      return !accepted.some((a) => a.first > c.last && a.last < trigger.first);
    }
    case 'after': {
      // The value right after the predicate: "met in Beijing", "headed by Kang Chan-gil".
      if (!sameClause || c.first <= trigger.last || c.first - trigger.last > 4) return false;
      if (/[,;:()\u2014]/.test(between(view, trigger, c))) return false;
      if (wordsBetween(view, trigger, c).some((w) => LIST_WORDS.has(w.lower))) return false;
      return !accepted.some((a) => a.first > trigger.last && a.last < c.first);
    }
    case 'attribute': {
      // A description attached to the name: "the trilateral GSOMIA", "Secretary of State John Bolton",
      // "Bolton, then secretary of state".
      if (c.last < trigger.first) {
        if (trigger.first - c.last > 4) return false;
        if (/[,;:()\u2014]/.test(between(view, c, trigger))) return false;
        return wordsBetween(view, c, trigger).every((w) => ATTRIBUTE_GLUE.has(w.lower)) && !accepted.some((a) => a.first > c.last && a.last < trigger.first);
      }
      if (c.first > trigger.last) {
        if (c.first - trigger.last > 6) return false;
        if (/[;:\u2014]/.test(between(view, trigger, c)) || /[)]/.test(between(view, trigger, c))) return false;
        return wordsBetween(view, trigger, c).every((w) => ATTRIBUTE_GLUE.has(w.lower)) && !accepted.some((a) => a.first > trigger.last && a.last < c.first);
      }
      return false;
    }
  }
}

/**
 * A status word about the subject: "South Korea terminated GSOMIA" contradicts "threatened to terminate". A negated
 * or softened status ("did not terminate", "nearly withdrew") agrees with it. Statuses the sources disagree about
 * (variants) give an information finding.
 */
function checkStatus(fact: PreparedFact, view: SentenceView, conflicting: PhraseHit[], accepted: PhraseHit[], triggers: PhraseHit[]): ClaimFinding | undefined {
  const subjects = fact.subjects.flatMap(view.find).filter((h) => !view.shape.quoted[h.first]);
  // The status must be said of the subject itself: its verb right before it ("terminated the GSOMIA pact") or its
  // predicate right after it ("GSOMIA was terminated", "the agreement remains intact"), with nothing between but
  // articles, the subject's own name words and auxiliaries. "The GSOMIA crisis ended" is about the crisis.
  const nearSubject = (h: PhraseHit) =>
    subjects.some((s) => {
      if (view.shape.clause[s.first] !== view.shape.clause[h.first] || overlaps(s, h)) return false;
      const between = h.last < s.first ? wordsBetween(view, h, s) : wordsBetween(view, s, h);
      if (between.length > 5 || /[,;:()\u2014]/.test(h.last < s.first ? betweenText(view, h, s) : betweenText(view, s, h))) return false;
      if (!between.every((w) => STATUS_GLUE.has(w.lower) || /^\d{4}$/.test(w.lower) || fact.subjects.some((p) => p.words.includes(w.lower)))) return false;
      if (h.last < s.first) return true;
      // After the name, the name must be what the clause is about ("GSOMIA was terminated"), not the object of a
      // preposition ("Talks about GSOMIA ended"), and the status must be stated through an auxiliary or a copula.
      if (PREPOSITIONS.has(view.words[s.first - 1]?.lower ?? '')) return false;
      return between.length === 0 || [...between, view.words[h.first]].some((w) => AUXILIARIES.has(w.lower));
    });
  for (const c of conflicting) {
    if (!nearSubject(c) || negatedJustBefore(view.words, c.first, 3)) continue;
    if (accepted.some((a) => view.shape.clause[a.first] === view.shape.clause[c.first])) continue;
    if (clauseHedged(view.words, view.shape, c.first, c.last)) continue;
    return finding(fact, view, [{ span: spanOf(view, c), ...(fact.fact.replacement ? { replacement: fact.fact.replacement } : {}) }], 'claim-conflict');
  }
  const variants = fact.fact.variants ?? [];
  for (let v = 0; v < variants.length; v++) {
    const hits = fact.variantPhrases[v].flatMap(view.find);
    for (const h of hits) {
      if (view.shape.quoted[h.first] || !nearSubject(h) || negatedJustBefore(view.words, h.first, 3)) continue;
      if (clauseHedged(view.words, view.shape, h.first, h.last)) continue;
      return finding(fact, view, [{ span: spanOf(view, h) }], 'claim-sources-differ', variants[v].expected, variants[v].citations);
    }
  }
  void triggers;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------

function finding(
  fact: PreparedFact,
  view: SentenceView,
  edits: Edit[],
  code: 'claim-conflict' | 'claim-sources-differ',
  sidedWith?: string,
  sidedCitations?: ClaimFinding['citations'],
): ClaimFinding {
  const start = Math.min(...edits.map((e) => e.span.start));
  const end = Math.max(...edits.map((e) => e.span.end));
  const claimed = view.text.slice(start, end);
  let replacement: string | undefined;
  if (code === 'claim-conflict' && edits.every((e) => e.replacement !== undefined)) {
    // Splice every edit into the claimed words, so "November 2016" becomes "October 2018" in one fix.
    let out = '';
    let at = start;
    for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
      out += view.text.slice(at, e.span.start) + e.replacement;
      at = e.span.end;
    }
    replacement = out + view.text.slice(at, end);
  }
  const citations = code === 'claim-sources-differ' ? [...fact.fact.citations, ...(sidedCitations ?? []).filter((c) => !fact.fact.citations.some((f) => f.start === c.start && f.source === c.source))] : fact.fact.citations;
  return {
    code,
    severity: code === 'claim-conflict' ? 'warning' : 'information',
    start,
    end,
    message:
      code === 'claim-conflict'
        ? conflictMessage(view.kb, fact.fact, claimed)
        : differMessage(view.kb, fact.fact, claimed, sidedWith ?? fact.fact.expected, sidedCitations ?? fact.fact.citations),
    factId: fact.fact.id,
    claimed,
    expected: fact.fact.expected,
    ...(replacement !== undefined && replacement !== claimed ? { replacement } : {}),
    citations,
  };
}

/**
 * Dated claims about a subject the facts know, in a sentence no fact speaks to: the sources neither confirm nor
 * contradict them. Information only, and only on request.
 */
function addUnsupported(kb: KnowledgeBase, prepared: PreparedFacts, text: string, findings: ClaimFinding[], options: CheckOptions): void {
  const subjectTerms = new Set(prepared.facts.map((f) => f.fact.subject).filter((s): s is string => !!s));
  let lastEnd = -1;
  for (const mention of kb.matcher.findAll(text)) {
    if (mention.start < lastEnd || !mention.termIds.some((id) => subjectTerms.has(id))) continue;
    if (options.isCancelled?.()) return;
    const range = sentenceOrSkip(text, mention.start);
    if ('skipTo' in range) {
      lastEnd = range.skipTo;
      continue;
    }
    lastEnd = range.end;
    if (findings.some((f) => f.start >= range.start && f.end <= range.end)) continue;
    const tokens = tokenize(text, range.start, range.end);
    const words = tokens.filter((t) => t.word);
    const shape = shapeOf(tokens, words, text.slice(range.start, range.end));
    if (shape.unasserted || shape.reporting.length > 0) continue;
    const mentionWords = new Set(words.map((w, i) => (w.start >= mention.start && w.end <= mention.end ? i : -1)).filter((i) => i >= 0));
    const date = findDates(words).find((d) => d.year !== undefined && !mentionWords.has(d.first) && !shape.quoted[d.first] && ['in', 'on', 'during'].includes(words[d.first - 1]?.lower ?? '') && !clauseHedged(words, shape, d.first, d.last) && !negatedWithin(words, d.first, d.last) && !clausePlans(words, shape, d.first, new Set()));
    if (!date) continue;
    const termId = mention.termIds.find((id) => subjectTerms.has(id))!;
    // A date one of the subject's facts gives (at its grain) is supported, even if this sentence is not that claim.
    if (prepared.facts.some((f) => f.fact.subject === termId && f.fact.date && dateAgrees(date, f.fact.date))) continue;
    const term = kb.term(termId);
    const start = words[date.first].start;
    const end = words[date.last].end;
    findings.push({
      code: 'claim-unsupported',
      severity: 'information',
      start,
      end,
      message: unsupportedMessage(term?.name ?? termId, text.slice(start, end)),
      factId: '',
      claimed: text.slice(start, end),
      expected: '',
      citations: [],
    });
  }
}
