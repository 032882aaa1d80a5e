import { dateAgrees, dateConflicts, datedAfterWriting, yearWritten } from './dates';
import { finding } from './findings';
import { prepare, type PreparedFact } from './prepared';
import type { PhraseHit } from './tokens';
import type { ClaimFinding, DateValue } from './types';
import type { DraftDate } from './values';
import {
  JUDGED_AS_REACH,
  NOT_THEN_BEFORE,
  ORDER_GOVERNORS,
  RELATIVE_TIME_ADVERBS,
  THEN_WORDS,
  TIME_AROUND_NOUNS,
} from './grounded/lexicon';
import { JUDGING_STEMS, stem } from './grounded/stem';
import { sayingThatIn, workDatedIn } from './grounded/alignment/tellingTimes';
import { between, dashAsideAfter, gap, NEAR, overlaps, ownTrigger, plainClaim, wordsBetween, type SentenceView } from './view';

/** Dated claims: "ruled in October 2016" against "October 2018". */

/** Prepositions that put a date in the "when it happened" slot. */
const DATE_PREPOSITIONS = new Set(['in', 'on', 'during', 'of', 'around', 'circa', 'at', 'throughout', 'last', 'that', 'by']);

export function checkDate(fact: PreparedFact, triggers: PhraseHit[], view: SentenceView): ClaimFinding | undefined {
  const value = fact.fact.date!;
  let chosen: { date: DraftDate; distance: number; trigger: PhraseHit } | undefined;
  for (const date of view.dates) {
    if (view.shape.quoted[date.first]) continue;
    // "The March 2021 essay puts the low-water mark …": a written work's own date, not the fact's, unless the fact is
    // the work's (its predicate names it).
    const work = workDatedIn(view.words, view.text, 0, date.first, date.last);
    if (work >= 0 && !triggers.some((h) => h.first <= work && work <= h.last)) continue;
    const aside = participleAside(view, date);
    const trigger =
      aside && !aside.datedInside
        ? aside.host(fact, triggers)
        : (ownTrigger(fact, triggers, view, date) ?? pastSiblingValues(fact, triggers, view, date));
    if (!trigger) continue;
    // "Moon's statement in early 2021 that the comfort women agreement remains intact": the date is the saying's, and
    // the fact's predicate stands in what was said.
    const said = sayingThatIn(view.words, view.text, 0, date.first, date.last);
    if (said >= 0 && trigger.first > said) continue;
    if (
      !inDateSlot(fact, view, date, trigger) ||
      marksAnniversary(view, date, trigger) ||
      judgedAs(view, date, trigger) ||
      setAfterDate(view, date, trigger) ||
      inOrderAsideBefore(view, date, trigger)
    )
      continue;
    const distance = gap(trigger, date);
    if (!chosen || distance < chosen.distance) chosen = { date, distance, trigger };
  }
  if (!chosen) return undefined;
  const { date } = chosen;
  // "The October 2020 visit by Kawamura to Seoul preceded Park Jie-won's trip": a predicate two facts share is dated
  // for the one whose date it gives, not contradicted for the other.
  if (
    view.allTriggers.some(
      ({ fact: f, hit }) => f !== fact && f.fact.date && overlaps(hit, chosen!.trigger) && dateConflicts(date, f.fact.date).length === 0,
    )
  )
    return undefined;
  // A sentence that also gives the sourced date ("began in 1951 and ended with the 1965 treaty") is about more than
  // one moment; the other date is not a mistake about this one.
  if (view.dates.some((d) => d !== date && !view.shape.quoted[d.first] && statesExactly(d, value))) return undefined;
  if (!plainClaim(fact, view, chosen.trigger, date, triggers)) return undefined;
  // Years after every source citing the fact was written: another event, which they could not have told.
  const written = Math.max(...fact.fact.citations.map((c) => yearWritten(view.kb.source(c.source)) ?? Infinity));
  if (Number.isFinite(written) && datedAfterWriting(date, value, written)) return undefined;
  const edits = dateConflicts(date, value);
  if (edits.length === 0) return undefined;
  const variant = fact.fact.variants?.find((v) => v.date && dateAgrees(date, v.date));
  if (variant) return finding(fact, view, edits, 'claim-sources-differ', variant.citations);
  return finding(fact, view, edits, 'claim-conflict');
}

/**
 * Whether a draft date gives exactly the sourced date, at the sourced grain (not merely fails to contradict it). The
 * sourced month without its year is that date told in a year the writer leaves to the reader ("Kawamura's October
 * trip" for October 2020).
 */
function statesExactly(d: DraftDate, value: DateValue): boolean {
  if (value.decade !== undefined) return d.decade === value.decade;
  const monthOfYear = d.year === undefined && value.month !== undefined;
  if (value.year !== undefined && d.year !== value.year && !monthOfYear) return false;
  if (value.month !== undefined && d.month !== value.month) return false;
  if (value.day !== undefined && d.day !== value.day) return false;
  if (value.season !== undefined && d.season !== value.season) return false;
  return true;
}

/** A date says when the fact's event happened only in that slot: "ruled in 2016", "the 2016 ruling", "In 2016, … ruled". */
function inDateSlot(fact: PreparedFact, view: SentenceView, date: DraftDate, trigger: PhraseHit): boolean {
  const before = view.words[date.first - 1]?.lower;
  const after = view.words[date.last + 1];
  if (
    before === 'since' ||
    before === 'after' ||
    before === 'before' ||
    before === 'until' ||
    before === 'from' ||
    before === 'to' ||
    before === 'between' ||
    before === 'than' ||
    before === 'through' ||
    before === 'till'
  )
    return false;
  // The word after may not turn the date into a span or a plan ("2016 to 2018", "2016 onward").
  if (
    after &&
    ['to', 'onward', 'onwards', 'through', 'and', 'or'].includes(after.lower) &&
    view.dates.some((d) => d.first === date.last + 2)
  )
    return false;
  // "the 2016 ruling", "his March 3 national address", "2016's ruling": the date describes the predicate itself.
  const next = after?.lower === 's' ? date.last + 2 : date.last + 1;
  if (next === trigger.first || view.allTriggers.some(({ fact: f, hit }) => f === fact && hit.first === next)) return true;
  if (describesTrigger(view, date, trigger)) return true;
  const attributive = fact.subjects.some((p) => view.find(p).some((h) => h.first === date.last + 1));
  if (attributive) return true;
  if (before && DATE_PREPOSITIONS.has(before)) return true;
  // "the ruling (October 2016)": a bracketed date right after the predicate dates it.
  if (trigger.last === date.first - 1 && /^\s*\(\s*$/.test(between(view, trigger, date))) return true;
  // "mid-November", "early 2018": the part word carries the preposition.
  const beforePart = view.words[date.first - 1]?.lower;
  // A date that opens the sentence (or a numbered list item: "3. Oct. 2017: …") says when the rest happened.
  const opensItem =
    date.first === 1 &&
    /^\d{1,2}$/.test(view.words[0].lower) &&
    /^\d{1,2}[.)]/.test(view.text.slice(view.words[0].start, view.words[0].end + 1));
  return date.first === 0 || opensItem || (beforePart === 'the' && !namesAnotherThing(view, date) && !namesEventOrderedBy(view, date));
}

/**
 * "Less than a year after the October 2018 ruling, Japan tightened export controls", "in the wake of the October 2018
 * ruling": a date between "the" and a noun that an order word governs names the event the sentence's act is set
 * after (or before), not the act. (A date naming the predicate itself, "after the July 2019 export controls", was taken
 * earlier.)
 */
function namesEventOrderedBy(view: SentenceView, date: DraftDate): boolean {
  const governor = view.words[date.first - 2]?.lower ?? '';
  if (ORDER_GOVERNORS.has(governor)) return true;
  return governor === 'of' && TIME_AROUND_NOUNS.has(view.words[date.first - 3]?.lower ?? '');
}

/**
 * "the 1965 treaty", "the 2015 agreement": a year between "the" and a noun names that noun's thing; it is not the
 * date of another predicate in the clause ("Tokyo answered that the 1965 treaty settled such claims and tightened
 * export controls" says nothing about when the controls came). A date of the predicate itself was taken earlier.
 */
function namesAnotherThing(view: SentenceView, date: DraftDate): boolean {
  // Only a bare year names a thing this way; "the 1980s", "the October election" are times.
  if (date.first !== date.last || !/^\d{4}$/.test(view.words[date.first].lower)) return false;
  const after = view.words[date.last + 1];
  return after !== undefined && /^\s+$/.test(between(view, date, { first: date.last + 1 })) && !NOT_MODIFIERS.has(after.lower);
}

/** Number words an anniversary is counted in ("turned fifty"). */
const ROUND_NUMBERS = /^(?:\d+|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$/;

/**
 * "The normalization treaty turned fifty in 2015", "the 50th anniversary of the 1965 treaty in 2015": the date is
 * the anniversary's, not the event's ("By 2025 the treaty turns sixty" too). The mark stands in the date's clause,
 * between or just around the date and the predicate.
 */
function marksAnniversary(view: SentenceView, date: DraftDate, trigger: PhraseHit): boolean {
  const clause = view.shape.clause[date.first];
  const from = Math.max(0, Math.min(date.first, trigger.first) - 4);
  const to = Math.min(view.words.length - 1, Math.max(date.last, trigger.last) + 2);
  for (let k = from; k <= to; k++) {
    if (view.shape.clause[k] !== clause) continue;
    const w = view.words[k].lower;
    if (w === 'anniversary' || w === 'anniversaries' || w === 'jubilee') return true;
    if ((w === 'turned' || w === 'turns') && ROUND_NUMBERS.test(view.words[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * "In 2019 the Abe administration saw Moon's withdrawal from the 2015 agreement … as evidence that …": a verb of
 * judging (`JUDGING_VERBS`) between the date and the predicate, whose "as" follows the predicate in their clause,
 * takes the predicate's event as the thing judged; the date is the judgment's.
 */
function judgedAs(view: SentenceView, date: DraftDate, trigger: PhraseHit): boolean {
  if (date.last >= trigger.first) return false;
  const clause = view.shape.clause[trigger.first];
  // No comma between the date and the verb, but the one closing a date opening the sentence ("In 2019, Tokyo saw …").
  const opening = date.first <= 1;
  let judging = false;
  for (let k = date.last + 1; k < trigger.first && !judging; k++) {
    if (/,/.test(between(view, { last: k - 1 }, { first: k })) && !(opening && k === date.last + 1)) return false;
    judging = view.shape.clause[k] === clause && JUDGING_STEMS.has(stem(view.words[k].lower));
  }
  if (!judging) return false;
  for (let k = trigger.last + 1; k < view.words.length && k <= trigger.last + JUDGED_AS_REACH; k++) {
    if (view.shape.clause[k] !== clause) return false;
    if (view.words[k].lower === 'as') return true;
  }
  return false;
}

/**
 * "… sent Park Jie-won to Tokyo as an envoy on November 9, and two weeks later it named Kang Chan-gil …": a word
 * setting its clause after the one before (`THEN_WORDS`, `RELATIVE_TIME_ADVERBS`: "later", "then", "subsequently",
 * "earlier"), past a break of the clause after the date (a mark, "and", "but") and before the predicate, tells the
 * predicate's event at another time, counted from the date's event. Not a date opening the sentence ("On November
 * 30, two weeks later, the Blue House named …"), which dates what its sentence tells.
 */
function setAfterDate(view: SentenceView, date: DraftDate, trigger: PhraseHit): boolean {
  if (trigger.first <= date.last || date.first <= 1) return false;
  let broken = false;
  for (let k = date.last + 1; k < trigger.first; k++) {
    const w = view.words[k].lower;
    if (/[,;:\u2014]/.test(between(view, { last: k - 1 }, { first: k })) || w === 'and' || w === 'but') broken = true;
    if (broken && (THEN_WORDS.has(w) || RELATIVE_TIME_ADVERBS.has(w)) && !NOT_THEN_BEFORE.has(view.words[k - 1].lower)) return true;
  }
  return false;
}

/**
 * "Moon's government, after the 2018 scrapping of the comfort women agreement, faced a cautious Suga in 2020": the
 * predicate stands in a phrase set off by commas that an order word opens (`ORDER_GOVERNORS`), closed before the date:
 * that phrase names the event the main clause's act is set after (or before), and the date is the act's.
 */
function inOrderAsideBefore(view: SentenceView, date: DraftDate, trigger: PhraseHit): boolean {
  if (trigger.last >= date.first) return false;
  const comma = (k: number) => /,/.test(between(view, { last: k - 1 }, { first: k }));
  // The aside closes between the predicate and the date.
  let closed = false;
  for (let k = trigger.last + 1; k <= date.first && !closed; k++) closed = comma(k);
  if (!closed) return false;
  // It opens with an order word after a comma, with no comma between it and the predicate.
  for (let k = trigger.first; k > 0; k--) {
    if (ORDER_GOVERNORS.has(view.words[k].lower) && k < trigger.first) return comma(k);
    if (comma(k)) return false;
  }
  return false;
}

/** Words that end a noun phrase's modifiers: after one of them the date no longer describes the noun. */
const NOT_MODIFIERS = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'as',
  'that',
  'which',
  'who',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'has',
  'have',
  'had',
  'its',
  'their',
  'his',
  'her',
  's',
  'when',
  'while',
  'after',
  'before',
  'since',
  'than',
  'not',
]);

/**
 * "the November 2018 forced-labor ruling", "Japan's July 2020 semiconductor export controls": a date among the
 * modifiers of the predicate's noun, a few descriptive words before it with no punctuation but hyphens between.
 */
function describesTrigger(view: SentenceView, date: DraftDate, trigger: PhraseHit): boolean {
  const modifiers = trigger.first - date.last - 1;
  if (modifiers < 1 || modifiers > 3) return false;
  if (!/^[\s\-\u2010\u2011]*(?:[\p{L}\p{N}]+[\s\-\u2010\u2011]+)+$/u.test(between(view, date, trigger))) return false;
  // A past tense between is a verb ("2019 Japan imposed export controls"), unless hyphenated into a modifier ("forced-labor").
  const words = wordsBetween(view, date, trigger);
  return words.every(
    (w, k) => !NOT_MODIFIERS.has(w.lower) && !(w.lower.endsWith('ed') && !(words[k + 1] ?? view.words[trigger.first]).joined),
  );
}

/**
 * A participle phrase set off by commas (", elected in May 2017,", ", handed down in November 2017,", "Elected in
 * May 2017, Moon …") describes the words on the other side of its comma; a date in it dates the participle's event.
 */
interface ParticipleAside {
  /** Whether a date fact's predicate stands in the aside itself ("signed in 2013"): then the usual rules decide. */
  datedInside: boolean;
  /**
   * Otherwise the fact's predicate the aside describes: the one just before its opening comma ("the ruling, handed
   * down in 2017", "the judgment of the Supreme Court, handed down …"), or for a fronted aside one just after its closing comma ("Signed in 2013, the deal …"). None
   * when it describes anything else ("Moon, elected in 2017, inherited the agreement": the date is the election's).
   */
  host(fact: PreparedFact, triggers: PhraseHit[]): PhraseHit | undefined;
}

/** How many words a participle aside may run before its date. */
const ASIDE_REACH = 8;
/** How far after a fronted aside's comma the predicate it describes may start ("Signed in 2013, the comfort women deal"). */
const FRONTED_HOST_REACH = 4;

function participleAside(view: SentenceView, date: DraftDate): ParticipleAside | undefined {
  const punctuationBefore = (k: number) => (k > 0 ? between(view, { last: k - 1 }, { first: k }) : '');
  // Back from the date to the comma that opens its phrase; a clause mark or a long stretch means there is none.
  let first = date.first;
  // An aside opens at a comma, or at the first of a pair of dashes ("the curbs — first announced in 2019 — hit").
  // A bracket opens one too ("the verdict (handed down in early 2019) held …").
  const opensAside = (k: number) => /[,(]/.test(punctuationBefore(k)) || (dashAsideAfter(view, k - 1)?.last ?? -1) >= date.last;
  while (first > 0 && !opensAside(first)) {
    if (/[;:()\u2014]/.test(punctuationBefore(first)) || date.first - first >= ASIDE_REACH) return undefined;
    first--;
  }
  // "formally announced in …", "first announced in …": an adverb may lead the participle.
  let opener = view.words[first].lower.endsWith('ly') || LEADING_ADVERBS.has(view.words[first].lower) ? first + 1 : first;
  // "re-elected", "long-delayed": the participle is the compound's last part.
  while (opener + 1 < date.first && view.words[opener + 1].joined && /^[-\u2010\u2011]$/.test(punctuationBefore(opener + 1))) opener++;
  if (opener >= date.first || !isParticiple(view.words[opener].lower)) return undefined;
  let last = date.last;
  while (last + 1 < view.words.length && !/[,;:()\u2014]/.test(punctuationBefore(last + 1))) last++;
  const datedInside = view.allTriggers.some(({ fact, hit }) => fact.fact.kind === 'date' && hit.first >= first && hit.last <= last);
  const fronted = first === 0;
  const reaction = AFTERMATH_PARTICIPLES.has(view.words[opener].lower);
  return {
    datedInside,
    host: (fact, triggers) => {
      // "The Chengdu summit, postponed in 2018, …", "the deal, leaked in 2013": the date of what was done to the
      // event later (or before), not of the event.
      if (reaction) return undefined;
      if (fronted) return triggers.find((h) => h.first > last && h.first - last <= FRONTED_HOST_REACH);
      // The predicate itself, or the predicate "of" or "by" its subject ("the judgment of South Korea's Supreme Court").
      const ofSubject = (h: PhraseHit) =>
        ['of', 'by', 'from'].includes(view.words[h.last + 1]?.lower ?? '') &&
        fact.subjects.some((p) =>
          view.find(p).some((s) => s.last === first - 1 && s.first > h.last + 1 && s.first - h.last <= FRONTED_HOST_REACH + 1),
        );
      // "The Chengdu summit, hosted by China in …": the predicate may modify the head noun the aside follows.
      const headsTo = (h: PhraseHit) =>
        first - 1 - h.last <= 2 &&
        first - 1 > h.last &&
        wordsBetween(view, h, { first }).every((w) => /^\p{Ll}/u.test(w.text) && !NOT_MODIFIERS.has(w.lower) && !isParticiple(w.lower));
      return triggers.find((h) => h.last === first - 1 || headsTo(h) || ofSubject(h));
    },
  };
}

/** Adverbs without "-ly" that may lead a participle aside. */
const LEADING_ADVERBS = new Set(['first', 'later', 'once', 'then', 'since', 'soon', 'long']);

/** Participles for what befell an event afterwards or around it, not for the event itself. */
const AFTERMATH_PARTICIPLES = new Set([
  'postponed',
  'delayed',
  'rescheduled',
  'cancelled',
  'canceled',
  'leaked',
  'criticized',
  'criticised',
  'condemned',
  'protested',
  'challenged',
  'questioned',
  'revisited',
  'reviewed',
  'reaffirmed',
  'upheld',
  'appealed',
  'overturned',
  'praised',
  'attacked',
  'denounced',
  'reported',
  'disclosed',
  'revealed',
  'publicized',
  'debated',
  'remembered',
  'commemorated',
  'marked',
  'celebrated',
  'recalled',
  'cited',
  'invoked',
]);

/** Past participles that do not end in "-ed", and "-ing" words that are prepositions, not participles. */
const IRREGULAR_PARTICIPLES = new Set([
  'met',
  'held',
  'won',
  'led',
  'made',
  'struck',
  'sworn',
  'chosen',
  'given',
  'taken',
  'written',
  'spoken',
  'seen',
  'known',
  'shown',
  'drawn',
  'brought',
  'sent',
  'set',
  'put',
  'cut',
  'hit',
  'built',
  'left',
  'done',
  'begun',
  'sought',
  'thought',
  'caught',
  'paid',
  'laid',
  'said',
  'told',
  'forced',
  'torn',
]);
const NOT_PARTICIPLES = new Set([
  'during',
  'including',
  'excluding',
  'according',
  'regarding',
  'concerning',
  'notwithstanding',
  'pending',
  'following',
  'indeed',
  'hundred',
  'nothing',
  'something',
  'anything',
  'everything',
  'morning',
  'evening',
  'beijing',
  'spring',
]);

function isParticiple(word: string): boolean {
  if (NOT_PARTICIPLES.has(word)) return false;
  return IRREGULAR_PARTICIPLES.has(word) || (word.length > 4 && (word.endsWith('ed') || word.endsWith('ing')));
}

/**
 * "Kang Chan-gil was appointed ambassador to Japan by the Blue House on December 23": the words that name the same
 * subject's other values (its post, who appointed it) belong to the predicate's own clause, so they do not put a
 * date that follows out of its reach. Only when no other dated predicate stands in the clause to claim the date.
 */
function pastSiblingValues(fact: PreparedFact, triggers: PhraseHit[], view: SentenceView, date: DraftDate): PhraseHit | undefined {
  const clause = view.shape.clause[date.first];
  let trigger: PhraseHit | undefined;
  for (const h of triggers) if (h.last < date.first && view.shape.clause[h.first] === clause) trigger = h;
  if (!trigger || /[,;:()\u2014]/.test(between(view, trigger, date))) return undefined;
  if (
    view.allTriggers.some(
      ({ fact: f, hit }) => f !== fact && f.fact.kind === 'date' && view.shape.clause[hit.first] === clause && !overlaps(hit, trigger!),
    )
  )
    return undefined;
  const covered = new Set<number>();
  for (const sibling of prepare(view.kb).facts) {
    if (sibling === fact || sibling.fact.subject !== fact.fact.subject || sibling.fact.subject === null) continue;
    for (const p of [...sibling.accepted, ...sibling.conflicting]) {
      for (const h of view.find(p))
        if (h.first > trigger.last && h.last < date.first) for (let k = h.first; k <= h.last; k++) covered.add(k);
    }
  }
  return date.first - trigger.last - covered.size <= NEAR ? trigger : undefined;
}

/**
 * "closed off by the 1956 Treaty on Basic Relations": a year written into a document's name (a capitalised predicate
 * right after the date) is the writer's own way of naming it, even inside someone else's claim ("Tokyo insists …").
 */
export function datesNamedDocument(fact: PreparedFact, triggers: PhraseHit[], view: SentenceView): boolean {
  if (fact.fact.kind !== 'date') return false;
  return view.dates.some(
    (d) => !view.shape.quoted[d.first] && triggers.some((h) => h.first === d.last + 1 && /^\p{Lu}/u.test(view.words[h.first].text)),
  );
}
