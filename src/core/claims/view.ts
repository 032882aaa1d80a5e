import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { clauseHedged, clausePlans, negatedWithin, type SentenceShape } from './context';
import { deniedInCorrection } from './corrections';
import type { PreparedFact } from './prepared';
import type { SentenceRange } from './sentences';
import type { Phrase, PhraseHit, Token } from './tokens';
import type { DraftDate } from './values';

/**
 * One sentence as the claim rules see it: its words, its structure once read, its dates, and every predicate of the
 * facts it speaks of. Also the structural questions the rules share: how far apart two phrases are, whether a claim
 * is asserted plainly, and which predicate a value belongs to.
 */

/** How many words may separate a date or number from the predicate it is about. */
export const NEAR = 8;
/** Words that mark another occurrence of an event than the sourced one. */
const REPEATS = new Set(['again', 'also', 'another', 'second', 'returned', 'return', 'anew', 'repeatedly', 'twice', 'too']);

/** A sentence being checked. */
export interface SentenceView {
  kb: KnowledgeBase;
  text: string;
  range: SentenceRange;
  tokens: Token[];
  words: Token[];
  shape: SentenceShape;
  dates: DraftDate[];
  /** Trigger hits of every fact that applies to the sentence: a value goes to the nearest predicate. */
  allTriggers: { fact: PreparedFact; hit: PhraseHit }[];
  /** Where a phrase occurs among the words (memoised: the same cue is looked up by several rules). */
  find(phrase: Phrase): PhraseHit[];
}

/** Country words that, right before a name, make it another country's institution ("Japan's Supreme Court"). */
const COUNTRY_QUALIFIERS = new Set([
  'japan',
  'japanese',
  'u',
  'us',
  'american',
  'america',
  'china',
  'chinese',
  'german',
  'germany',
  'taiwan',
  'taiwanese',
  'india',
  'indian',
  'russia',
  'russian',
  'british',
  'french',
  'federal',
  'state',
]);

/** Whether the sentence names the fact's subject outside quotations (and not another country's namesake). */
export function subjectPresent(fact: PreparedFact, view: SentenceView): boolean {
  return fact.subjects.some((p) => view.find(p).some((h) => !view.shape.quoted[h.first] && !foreignQualified(fact, view, h)));
}

/**
 * "Japan's Supreme Court", "Japan's own Supreme Court", "the U.S. Supreme Court": a country word just before the name that the fact's own entity
 * does not carry makes it a different body. Attribute facts are exempt: "South Korea's NSS" is the very claim they
 * check.
 */
export function foreignQualified(fact: PreparedFact, view: SentenceView, hit: PhraseHit): boolean {
  if (fact.fact.slot === 'attribute') return false;
  let k = hit.first - 1;
  // "Japan's own Supreme Court": the country stands before the possessive and an "own".
  if (view.words[k]?.lower === 'own') k--;
  if (view.words[k]?.lower === 's') k--;
  const before = view.words[k]?.lower;
  if (!before || !COUNTRY_QUALIFIERS.has(before)) return false;
  // "On his stop in Japan, Stilwell offered …": a country ending a phrase before a comma qualifies nothing after it.
  if (/[,;:()\u2014]/.test(between(view, { last: k }, hit))) return false;
  return !fact.fact.entity
    .toLowerCase()
    .split(/[^a-z]+/)
    .includes(before);
}

/** Whether the sentence has a phrase from each of the fact's context groups. */
export function contextPresent(fact: PreparedFact, view: SentenceView): boolean {
  return fact.context.every((group) => group.some((p) => view.find(p).length > 0));
}

/** How many words apart two hits are (0 when they touch or overlap). */
export function gap(a: { first: number; last: number }, b: { first: number; last: number }): number {
  if (a.last < b.first) return b.first - a.last;
  if (b.last < a.first) return a.first - b.last;
  return 0;
}

/**
 * Whether the writer asserts the claim linking `trigger` and `value` plainly: no hedge or negation in its reach (a
 * few words before the earlier of the two, through the later), no condition opening its clause, and no plan of the
 * writer's in its clause.
 */
export function plainClaim(
  fact: PreparedFact,
  view: SentenceView,
  trigger: PhraseHit,
  value: { first: number; last: number },
  ownTriggers: PhraseHit[],
): boolean {
  const own = new Set<number>();
  for (const h of ownTriggers) for (let i = h.first; i <= h.last; i++) own.add(i);
  const from = Math.min(trigger.first, value.first);
  const to = Math.max(trigger.last, value.last);
  // "visited Seoul again in 2021", "also named an envoy": another occurrence, not the one the sources date. A role
  // describing a name is no less the person's for a "too" nearby ("so, too, is former prime minister Yu"), nor is an
  // actor set off by "too" ("Tokyo, too, had to contend with …" says Tokyo did it).
  const clause = view.shape.clause[value.first];
  for (let k = Math.max(0, from - 3); k <= Math.min(view.words.length - 1, to + 2); k++) {
    if (view.shape.clause[k] !== clause || !REPEATS.has(view.words[k].lower)) continue;
    if (fact.fact.slot === 'attribute') continue;
    if (fact.fact.slot === 'agent' && view.words[k].lower === 'too' && value.last < k && k < trigger.first) continue;
    return false;
  }
  // A workshop or report in the clause makes a date or number the writer's own plan; it does not make an actor,
  // a place or a role any less asserted ("Japan refused further working group meetings").
  const valueIsTime = fact.fact.date !== undefined || fact.fact.number !== undefined;
  if (valueIsTime && clausePlans(view.words, view.shape, value.first, own)) return false;
  // A description after a name is asserted whatever the main verb's modal: "Washington should revive TISA, the
  // bilateral channel" still calls TISA bilateral. A negation before the name still denies it ("a mistake to call").
  const appositive = fact.fact.slot === 'attribute' && trigger.last < value.first;
  return (
    !clauseHedged(view.words, view.shape, from, to, appositive ? 0 : undefined) &&
    !negatedWithin(view.words, from, to) &&
    !deniedInCorrection(view.words, view.shape, value.first, value.last)
  );
}

/** Irregular past tenses among trigger words: with "-ed" forms, what marks a trigger as the clause's verb. */
const IRREGULAR_VERBS = new Set([
  'met',
  'led',
  'won',
  'took',
  'made',
  'became',
  'went',
  'flew',
  'let',
  'struck',
  'withdrew',
  'tore',
  'quit',
  'held',
  'sat',
  'got',
  'came',
  'set',
  'cut',
  'put',
  'began',
  'fought',
  'ran',
  'saw',
  'broke',
]);

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
export function ownTrigger(
  fact: PreparedFact,
  triggers: PhraseHit[],
  view: SentenceView,
  value: { first: number; last: number },
): PhraseHit | undefined {
  const clause = view.shape.clause[value.first];
  const rivals = view.allTriggers.filter(
    ({ fact: f, hit }) =>
      sameFamily(f, fact) && (view.shape.clause[hit.first] === clause || view.shape.clause[hit.last] === clause) && !overlaps(hit, value),
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
  const attributive = fact.subjects.some((p) =>
    view.find(p).some((h) => h.first === value.last + 1 || (h.first === value.last + 2 && view.words[value.last + 1].lower === 's')),
  );
  let owner: (typeof rivals)[number] | undefined;
  if (following.length > 0 && (attributive || following.some((r) => gapAfter(r.hit) <= 2))) owner = pick(following, gapAfter);
  if (!owner) {
    const verbsBefore = rivals.filter((r) => r.hit.last < value.first && value.first - r.hit.last <= NEAR + 4 && verbLike(view, r.hit));
    owner = verbsBefore.length > 0 ? pick(verbsBefore, (h) => value.first - h.last) : pick(rivals, (h) => gap(h, value));
  }
  // A timeline entry's lead date ("Oct. 2017: ROK Supreme Court issues its landmark forced-labor ruling") dates the
  // whole entry, however long its noun phrases.
  const reach = leadsEntry(view, value) ? 2 * NEAR : NEAR;
  if (!owner || owner.fact !== fact || gap(owner.hit, value) - nameWordsBetween(view, owner.hit, value) > reach) return undefined;
  return owner.hit;
}

/**
 * Words between two ranges that only continue a name ("over the Senkaku/Diaoyu Islands in 2014"): a long name is
 * one thing the clause speaks of, so it does not push a date at the clause's end out of its predicate's reach.
 */
function nameWordsBetween(view: SentenceView, a: { first: number; last: number }, b: { first: number; last: number }): number {
  const from = Math.min(a.last, b.last) + 1;
  const to = Math.max(a.first, b.first);
  let continuing = 0;
  for (let k = from + 1; k < to; k++) if (isCapitalised(view.words[k].text) && isCapitalised(view.words[k - 1].text)) continuing++;
  return continuing;
}

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Whether a value opens the sentence and is set off by a colon or dash, as a timeline entry's date is. */
function leadsEntry(view: SentenceView, value: { first: number; last: number }): boolean {
  if (value.first !== 0 || !view.words[value.last + 1]) return false;
  return /^[\s.]*[:\u2014\u2013]/.test(between(view, value, { first: value.last + 1 }));
}

/** Facts whose values compete for the same words: dates with dates, numbers with numbers. */
function sameFamily(a: PreparedFact, b: PreparedFact): boolean {
  const family = (f: PreparedFact) =>
    f.fact.kind === 'date' ? 'date' : ['count', 'percentage', 'fraction'].includes(f.fact.kind) ? 'number' : 'choice';
  return family(a) === family(b);
}

/** Whether two word ranges share a word. */
export function overlaps(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** The text offsets of a word range. */
export function spanOf(view: SentenceView, hit: { first: number; last: number }): { start: number; end: number } {
  return { start: view.words[hit.first].start, end: view.words[hit.last].end };
}

/** The raw text between two word ranges, to see commas and brackets the word list leaves out. */
export function between(view: SentenceView, a: { last: number }, b: { first: number }): string {
  return view.text.slice(view.words[a.last].end, view.words[b.first].start);
}

/** Only a dash between two words: an em or en dash, or two hyphens as typed. */
const DASH_ONLY = /^\s*(?:[\u2013\u2014]|--)\s*$/;
/** A dash anywhere in the text between two words. */
export const DASH = /[\u2013\u2014]|--/;

/**
 * The words of an aside set off by a pair of dashes opening right after word `i` ("Park Jie-won — then Moon's
 * unification minister — arrived"), or undefined when no such pair opens there.
 */
export function dashAsideAfter(view: SentenceView, i: number): { first: number; last: number } | undefined {
  if (i < 0 || i + 1 >= view.words.length || !DASH_ONLY.test(between(view, { last: i }, { first: i + 1 }))) return undefined;
  for (let k = i + 2; k < view.words.length; k++) {
    const gap = between(view, { last: k - 1 }, { first: k });
    if (/[;:()]/.test(gap)) return undefined;
    if (DASH.test(gap)) return { first: i + 1, last: k - 1 };
  }
  return undefined;
}

/**
 * Hits of a fact's split triggers: the head, a date and the preposition ("reached the comfort women agreement in
 * 2015 with", "signed the deal on December 28, 2015 with"), or the head, the subject as its object and the
 * preposition ("sent Park Jie-won to"), as one hit from the head to the preposition. The date between still dates
 * the event for the date facts; the hit only gives the value after it its predicate.
 */
export function splitTriggerHits(fact: PreparedFact, view: SentenceView): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const { head, preposition } of fact.splitTriggers) {
    for (const h of view.find(head)) {
      // The date at word k, or after a preposition there ("in 2015", "on December 28, 2015").
      const dateAt = (k: number) =>
        view.dates.find((d) => d.first === k || (d.first === k + 1 && SPLIT_PREPOSITIONS.has(view.words[k].lower)));
      // The head's object may come first ("reached the comfort women agreement in 2015 with"), up to four words, and
      // may not hold the preposition: "flew to Tokyo in 2020 to meet" is the trigger "flew to" itself.
      let k = h.last + 1;
      while (k < view.words.length && k - h.last <= 4 && view.words[k].lower !== preposition && !dateAt(k)) k++;
      const date = k < view.words.length ? dateAt(k) : undefined;
      if (!date) {
        // Or the subject itself, as the head's object: "sent Park Jie-won, his intelligence chief, to Osaka".
        const after = afterObjectSubject(fact, view, h.last);
        if (after !== undefined && view.words[after]?.lower === preposition) hits.push({ phrase: head, first: h.first, last: after });
        continue;
      }
      if (view.words[date.last + 1]?.lower !== preposition) continue;
      if (/[,;:()\u2014]/.test(between(view, h, { first: date.last + 1 }))) continue;
      hits.push({ phrase: head, first: h.first, last: date.last + 1 });
    }
  }
  return hits;
}

/**
 * Every hit of any of `phrases` in the sentence, in the phrases' order. A loop, not `flatMap`: V8 runs `flatMap`
 * through a generic path, and this is asked for every fact's lists in every sentence read closely.
 */
export function findEach(view: SentenceView, phrases: readonly Phrase[]): PhraseHit[] {
  let found: PhraseHit[] | undefined;
  for (const p of phrases) {
    const hits = view.find(p);
    if (hits.length === 0) continue;
    found ??= [];
    for (const h of hits) found.push(h);
  }
  return found ?? [];
}

/** How many words an aside on the person may run ("Kang Chan-gil, a former union chairman, as …"). */
const ASIDE_WORDS = 8;
/** Words after a comma that continue a list rather than open an aside. */
const LIST_CONTINUATIONS = new Set(['and', 'or', 'nor', 'but', 'as', 'well']);

/**
 * When the fact's subject is the object of the word at `verb` ("named Kang Chan-gil", "sent Park Jie-won, his
 * intelligence chief,"), the word after the name and any aside on it set off by commas; otherwise undefined.
 */
export function afterObjectSubject(fact: PreparedFact, view: SentenceView, verb: number): number | undefined {
  const subject = findEach(view, fact.subjects).find((s) => s.first === verb + 1);
  if (!subject) return undefined;
  let k = subject.last + 1;
  if (k >= view.words.length) return undefined;
  if (between(view, subject, { first: k }).trim() === ',' && !LIST_CONTINUATIONS.has(view.words[k].lower)) {
    // Past the aside to the comma that closes it.
    const end = Math.min(view.words.length, k + ASIDE_WORDS);
    do {
      k++;
      if (k >= end || /[;:()\u2014]/.test(between(view, { last: k - 1 }, { first: k }))) return undefined;
    } while (between(view, { last: k - 1 }, { first: k }).trim() !== ',');
  } else if (!/^\s+$/.test(between(view, subject, { first: k }))) return undefined;
  return k;
}

/** Prepositions that may lead a date inside a split trigger. */
const SPLIT_PREPOSITIONS = new Set(['in', 'on', 'during', 'at']);

/** The words strictly between two word ranges. */
export function wordsBetween(view: SentenceView, a: { last: number }, b: { first: number }): Token[] {
  return view.words.slice(a.last + 1, b.first);
}
