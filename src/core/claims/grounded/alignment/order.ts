/**
 * The order of events: a draft setting its event before another where the claim sets it after the same one. Apart
 * because it is read from order words ("before", "prior to") and the event after them, like a denial is read from
 * its predicate.
 */
import {
  DO_FORMS,
  INVERTED_AUXILIARIES,
  INVERTED_SUBJECT_OPENERS,
  IN_KIND_WORDS,
  LIGHT_VERBS,
  NEGATION_WORDS,
  NOT_THEN_BEFORE,
  OPENING_PREPOSITIONS,
  ORDER_WORDS,
  PARTY_NOUNS,
  PARTY_SUBJECT_PRONOUNS,
  PASSIVE_AUXILIARIES,
  RELATIVE_AUXILIARIES,
  RELATIVE_WORDS,
  SPAN_APPROXIMATE,
  SPAN_CEILINGS,
  SPAN_FLOORS,
  SPAN_UNIT_DAYS,
  THEN_WORDS,
  TIME_NOUNS,
} from '../lexicon';
import { possessiveMark, type AnalysedSentence, type Slot } from '../sentenceAnalysis';
import { textBetween, inSlot } from '../sourceClaims';
import type { Opposition } from './polarity';
import { breaksClause, deniedEarlierInClause, sameClause } from './clauses';
import { ACT_ENDING } from './events';
import { accountOpening } from './tellers';
import { compareSlots } from './values';
import { titleOf } from './offices';
import { PERSON_TYPES } from '../nameLists';
import { stem } from '../stem';
import { ReadingMap } from '../readingMemo';

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
  /**
   * For a person standing for the event the passage before told (`AnalysedSentence.after`), that passage's content
   * stems: a person is a party to many events, so the draft's must be told with one of its words.
   */
  told?: ReadonlySet<string>;
}

/** Words between an order word and its event that say nothing of which event ("before the", "after Abe's"). */
const EVENT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'last', 'even']);

/**
 * The order words of a sentence with their events ("Before the Singapore summit", "only after Biden had stepped in"),
 * read where the sentence states them (not after its report of someone's allegation; a draft's not inside
 * quotation marks). Not a relative time ("the following year") or an order word in a pair ("before and after").
 */
function orderPhrases(a: AnalysedSentence, own: boolean): readonly OrderPhrase[] {
  const kept = own ? OWN_ORDER_PHRASES : ORDER_PHRASES;
  let found = kept.get(a);
  if (!found) kept.set(a, (found = readOrderPhrases(a, own)));
  return found;
}

/**
 * Each reading's order phrases, read once: a draft sentence is lined up with several passages, and a passage with many
 * sentences. By whether quoted words are left out (a draft's own phrases) or not.
 */
const OWN_ORDER_PHRASES = new ReadingMap<readonly OrderPhrase[]>();
const ORDER_PHRASES = new ReadingMap<readonly OrderPhrase[]>();

/** `orderPhrases`, read. */
function readOrderPhrases(a: AnalysedSentence, own: boolean): OrderPhrase[] {
  const out: OrderPhrase[] = [];
  for (let i = 0; i < a.words.length; i++) {
    const order = ORDER_WORDS.get(a.words[i].lower);
    if (!order || (own && a.quoted[i] === 1) || (a.reportedFrom >= 0 && i > a.reportedFrom)) continue;
    let k = i + 1;
    if (order.next !== undefined) {
      if (a.words[k]?.lower !== order.next) continue;
      k++;
    }
    // "was followed by the ruling": the verb in the passive sets its subject on the other side of the event.
    const passive = order.verb === true && a.words[k]?.lower === 'by';
    // "was followed later that month by the talks": passive too, its event past words this reading does not follow.
    if (order.verb === true && !passive && PASSIVE_AUXILIARIES.has(a.words[i - 1]?.lower ?? '')) continue;
    // "Suga took office in September 2020, after which Abe resigned": the clause after the relative word is the event
    // set after the one before the comma, so the sentence's first event comes before it.
    const relative = !passive && i > 0 && a.words[k]?.lower === 'which' && textBetween(a, i - 1, i).includes(',');
    if (passive || relative) k++;
    const direction = passive || relative ? (order.direction === 'before' ? 'after' : 'before') : order.direction;
    const paired = (w: string | undefined) => w === 'and' || w === 'or';
    if (paired(a.words[k]?.lower) || paired(a.words[i - 1]?.lower) || NEGATION_WORDS.has(a.words[i - 1]?.lower ?? '')) continue;
    const determined = k;
    while (k < a.words.length && EVENT_DETERMINERS.has(a.words[k].lower)) k++;
    // "before the 2018 Supreme Court ruling", "before his December 2019 meeting with Moon": a date after a determiner and
    // before a noun names the event by its time, not the clause's; "after the two countries had …" counts the noun.
    const modifier = k > determined ? a.slots.find((s) => (s.kind === 'date' || s.kind === 'number') && s.first === k) : undefined;
    if (modifier && (a.content[modifier.last + 1] === 1 || a.slots.some((s) => s.kind === 'entity' && s.first === modifier.last + 1)))
      k = modifier.last + 1;
    if (k >= a.words.length || TIME_NOUNS.has(a.words[k].lower)) continue;
    const words: [number, number] = [i, order.next !== undefined || passive || relative ? i + 1 : i];
    // "before he met Moon in Chengdu": a pronoun's act is its event, placed by the things its clause names other than
    // people (a person is a party to many events; the pronoun's own is told elsewhere).
    if (PARTY_SUBJECT_PRONOUNS.has(a.words[k].lower)) {
      const end = clauseEnd(a, k);
      for (const s of a.slots)
        if (s.kind === 'entity' && s.first > k && s.last < end && s.entity!.type !== 'person')
          out.push({ words, direction, slot: s, through: end });
      continue;
    }
    // Every thing named there: "that meeting" may stand for the several things the meeting was told with.
    const named = a.slots.filter((s) => s.first === k && s.kind === 'entity');
    const slot = named[0];
    const stemAt = (m: number) => (a.content[m] === 1 ? a.stems[m] : undefined);
    // "the Singapore summit", "Abe's resignation", "Biden steps in": the event's name and the word after it.
    const possessive = slot !== undefined && possessiveMark(a.words, slot.last + 1);
    // A verb's object is its event to the end of its clause: "preceded his Chengdu meeting with Moon" names the meeting
    // by Moon too, which is no value of the ordered event's own.
    // So does a phrase after its clause's own words ("… in a Diet speech ahead of his Chengdu meeting with Moon."):
    // what follows the event to the clause's end tells the event, not the clause's.
    const trailing = order.verb === true || (own && i > 1 && clauseEnd(a, k) === a.words.length);
    const through = (from: number) => (trailing ? Math.max(from, clauseEnd(a, k)) : from);
    if (slot) {
      const end = compoundHeadEnd(a, slot.last + (possessive ? 2 : 1));
      for (const thing of named) out.push({ words, direction, slot: thing, through: through(end) });
    } else if (stemAt(k) !== undefined) out.push({ words, direction, stem: stemAt(k), through: through(k + 1) });
    else {
      // "followed director-level talks": a title hyphened to the noun qualifies it; the event is the noun's.
      const title = a.slots.find((s) => s.first === k && s.kind === 'role');
      const head = title ? compoundHeadEnd(a, title.last) - 1 : -1;
      if (title && head > title.last && stemAt(head) !== undefined)
        out.push({ words, direction, stem: stemAt(head), through: through(head + 1) });
    }
  }
  // A passage's "In a subsequent speech …": after the event the passage before told, by each thing it named.
  if (!own && a.after)
    for (const slot of a.after.events) {
      const told = slot.entity!.type === 'person' ? a.after.told : undefined;
      out.push({ words: [a.after.at, a.after.at], direction: 'after', slot, through: a.after.at + 1, told });
    }
  return out;
}

/**
 * Whether everything the draft shares with the passage (its paired values but `value`, its content words) stands in
 * one event the passage orders its own by ("In September 2020, … Suga became Japan’s prime minister following Abe’s
 * resignation" against "Abe resigned in the late summer of 2020"): the passage's date is its own event's, and says only
 * that the event it orders by came before it (`'after'`: the passage's event came after) or after it (`'before'`).
 */
export function toldOnlyAsOrderedBy(
  draft: AnalysedSentence,
  claim: AnalysedSentence,
  pairs: readonly [Slot, Slot][],
  value: Slot,
): 'before' | 'after' | undefined {
  for (const phrase of orderPhrases(claim, false)) {
    const inside = (j: number) => j > phrase.words[1] && j < phrase.through;
    const shared = pairs.filter(([mine]) => mine !== value);
    if (shared.length === 0 || !shared.every(([, theirs]) => inside(theirs.first) && inside(theirs.last))) continue;
    let told = 0;
    let outside = false;
    for (let i = 0; i < draft.words.length && !outside; i++) {
      if (draft.content[i] !== 1 || (i >= value.first && i <= value.last) || inSlot(draft, i)) continue;
      for (let j = 0; j < claim.words.length; j++) {
        if (claim.content[j] !== 1 || claim.stems[j] !== draft.stems[i]) continue;
        if (inside(j)) told++;
        else outside = true;
      }
    }
    if (!outside && told > 0) return phrase.direction;
  }
  return undefined;
}

/**
 * The end (exclusive) of the word at `at` after an event's name: a hyphened compound there qualifies the noun after it,
 * which is the event's word ("the Supreme Court's forced-labor ruling").
 */
function compoundHeadEnd(a: AnalysedSentence, at: number): number {
  const hyphened = (j: number) => j + 1 < a.words.length && textBetween(a, j, j + 1) === '-';
  let last = at;
  while (hyphened(last)) last++;
  if (last > at && a.content[last + 1] === 1) last++;
  return last + 1;
}

/** The word after the last of the clause that word k stands in (`sameClause`): no mark nor clause word before it. */
function clauseEnd(a: AnalysedSentence, k: number): number {
  let end = k + 1;
  while (end < a.words.length && sameClause(a, k, end)) end++;
  return end;
}

/** The order words a sentence states with an event after them, each with its words and direction. */
export function orderWordsOf(a: AnalysedSentence): readonly { words: [number, number]; direction: 'before' | 'after' }[] {
  return orderPhrases(a, true);
}

/** Two events a sentence orders, each as the words telling it (from, to exclusive), and the words saying which came first. */
export interface OrderedEvents {
  words: [number, number];
  /** Whether the ordered event came before or after the other. */
  direction: 'before' | 'after';
  ordered: [number, number];
  by: [number, number];
}

/**
 * The pairs of events a sentence orders: by an order word ("X came before Y", "After Y, X", "X, which preceded Y, …"),
 * or by a word setting its clause after the one before ("X came first, and a decade later Y").
 */
export function orderedEvents(a: AnalysedSentence): OrderedEvents[] {
  const out: OrderedEvents[] = [];
  const n = a.words.length;
  for (const order of orderWordsOf(a)) {
    const [o, p] = order.words;
    // The ordering event runs to the comma: "After X, Y happened", "Z, held a decade before X, exposed …".
    // Or, in a sentence's second half, to a second verb of its subject ("came a decade before Perry's effort and
    // exposed …"): what follows is no part of the event.
    let comma = n;
    for (let i = p + 1; i < n && comma === n; i++)
      if (textBetween(a, i - 1, i).includes(',') || (o > 1 && secondPredicate(a, i))) comma = i;
    // "Only after Biden's victory did Kawamura meet …": no comma, the auxiliary put before its subject ends the event.
    const inverted = o === 1 && comma === n ? invertedAuxiliary(a, p + 1) : undefined;
    if (inverted !== undefined)
      out.push({ words: order.words, direction: order.direction, ordered: [inverted + 1, n], by: [p + 1, inverted] });
    else if (o <= 1 || inOpeningPhrase(a, o, comma) || (comma < n && openingCount(a, o)))
      out.push({ words: order.words, direction: order.direction, ordered: [comma, n], by: [p + 1, comma] });
    else {
      // "began with X and was followed by Y": the words from "began" say the order.
      const begun = begunWith(a, o);
      out.push({
        words: begun ? [begun[0] - 2, p] : order.words,
        direction: order.direction,
        ordered: begun ?? [antecedentStart(a, o), relativeAt(a, o) ?? o],
        by: [p + 1, comma],
      });
    }
  }
  for (let m = 1; m < n; m++) {
    const then = thenClauses(a, m);
    if (then) out.push(then);
  }
  return out;
}

/**
 * The auxiliary a sentence opening with "Only" and an order phrase puts before its subject ("Only after Biden's victory
 * did Kawamura meet …", "Only after the ruling was Tokyo ready to …"), looked for from word `from`: a form of "do" (which
 * no event after an order word takes before its subject), or another auxiliary (`INVERTED_AUXILIARIES`) right before a
 * determiner or a name (an auxiliary of the event's own clause comes before its verb: "after Biden had stepped in").
 * Undefined where the sentence does not open so.
 */
function invertedAuxiliary(a: AnalysedSentence, from: number): number | undefined {
  if (a.words[0]?.lower !== 'only') return undefined;
  for (let i = from + 1; i < a.words.length - 1; i++) {
    const w = a.words[i].lower;
    if (DO_FORMS.has(w)) return i;
    const subject = INVERTED_SUBJECT_OPENERS.has(a.words[i + 1].lower) || a.slots.some((s) => s.kind === 'entity' && s.first === i + 1);
    if (INVERTED_AUXILIARIES.has(w) && subject) return i;
  }
  return undefined;
}

/**
 * Whether the order word at `o` stands in a phrase opening the sentence that a comma closes ("In a Diet speech given
 * before that meeting, the prime minister called …"): the main clause after the comma tells the ordered event, as after
 * an opening order word ("Before that meeting, …"). Not where the words before it name a person, who may be the subject
 * of a clause of its own ("In Tokyo Abe met Moon before the summit, and …").
 */
function inOpeningPhrase(a: AnalysedSentence, o: number, comma: number): boolean {
  if (comma >= a.words.length || !OPENING_PREPOSITIONS.has(a.words[0].lower)) return false;
  for (let i = 1; i < o; i++) if (textBetween(a, i - 1, i).includes(',')) return false;
  return !a.slots.some((s) => s.last < o && s.kind === 'entity' && s.entity!.type === 'person');
}

/** The stem of "begin", as the analysis reads its synonyms ("started", "opened"). */
const BEGIN = stem('begin');

/**
 * The event a subject "began with" where a second verb of it orders it ("The outreach began with Kang's appointment and
 * was followed by Park's visit"): what it began with came first, the subject is no one event. Undefined otherwise.
 */
function begunWith(a: AnalysedSentence, o: number): [number, number] | undefined {
  let and = o - 1;
  while (and > 0 && RELATIVE_AUXILIARIES.has(a.words[and].lower)) and--;
  if (a.words[and]?.lower !== 'and') return undefined;
  for (let i = 1; i + 1 < and; i++) if (a.stems[i] === BEGIN && a.words[i + 1].lower === 'with') return [i + 2, and];
  return undefined;
}

/** Most words a count of time opening a sentence before its order word may take ("some two decades", "more than a year"). */
const MAX_OPENING_COUNT_WORDS = 4;

/** The words of the qualifiers of a count of time ("about", "more than", "nearly"). */
const COUNT_QUALIFIER_WORDS = new Set([...SPAN_APPROXIMATE, ...[...SPAN_CEILINGS, ...SPAN_FLOORS].flatMap((q) => q.split(' '))]);

/**
 * Whether the words before the order word at `o` are only a count of time opening the sentence ("Two weeks after that
 * appointment, Park flew …", "A month after Park's trip, …", "Some two decades after …"): the phrase to the comma
 * tells the event counted from, and the clause after it the ordered event, as after an opening order word.
 */
function openingCount(a: AnalysedSentence, o: number): boolean {
  const unit = a.words[o - 1]?.lower ?? '';
  if (o < 2 || o - 1 > MAX_OPENING_COUNT_WORDS || !(SPAN_UNIT_DAYS.has(unit) || SPAN_UNIT_DAYS.has(unit.replace(/s$/, '')))) return false;
  for (let i = 0; i < o - 1; i++) {
    if (textBetween(a, i, i + 1).includes(',') || a.slots.some((s) => s.kind !== 'number' && s.first <= i && i <= s.last)) return false;
    const counted = a.slots.some((s) => s.kind === 'number' && s.first <= i && i <= s.last);
    if (a.content[i] === 1 && !counted && !COUNT_QUALIFIER_WORDS.has(a.words[i].lower)) return false;
  }
  return true;
}

/** Whether word i is "and" or "but" opening a second verb of the sentence's subject ("… and exposed …"). */
function secondPredicate(a: AnalysedSentence, i: number): boolean {
  const next = a.words[i + 1];
  return (a.words[i].lower === 'and' || a.words[i].lower === 'but') && a.content[i + 1] === 1 && ACT_ENDING.test(next.lower);
}

/** The stems of `LIGHT_VERBS`. */
const LIGHT_VERB_STEMS = new Set(LIGHT_VERBS.map(stem));

/**
 * The relative word before an order word, past verbs of being and having or one of little content, set off by a comma
 * ("Tokyo's export curbs, which were followed by …", "…, which came before …"), or undefined.
 */
function relativeAt(a: AnalysedSentence, o: number): number | undefined {
  let r = o - 1;
  // "…, which came before …": a verb of little content says only that the event took its place in time.
  if (r > 1 && LIGHT_VERB_STEMS.has(a.stems[r])) r--;
  while (r > 0 && RELATIVE_AUXILIARIES.has(a.words[r].lower)) r--;
  return r > 0 && RELATIVE_WORDS.has(a.words[r].lower) && textBetween(a, r - 1, r).includes(',') ? r : undefined;
}

/**
 * Where the event an order word orders begins: the sentence's start (past an opening giving whose account it is), or for a relative clause the noun phrase before
 * its comma ("The downward spiral began with Tokyo's export curbs, which were followed by …" orders the curbs, not
 * the spiral): back from the comma past content words, values, determiners and possessives.
 */
function antecedentStart(a: AnalysedSentence, o: number): number {
  const r = relativeAt(a, o);
  // "In Sakata's account, Tokyo's move … preceded …": the account's opening tells whose it is, not the event.
  if (r === undefined) return Math.min(accountOpening(a)?.from ?? 0, o);
  const k = nounBefore(a, r);
  // "the Supreme Court's ruling against Japanese companies, which came before …": a party named after a preposition is
  // no event an order tells of; the relative tells of the noun its phrase qualifies.
  const named = (i: number) => a.slots.some((s) => s.kind === 'entity' && s.first <= i && i <= s.last);
  let parties = k < r;
  for (let i = k; i < r && parties; i++) parties = named(i) || a.content[i] !== 1 || PARTY_NOUNS.has(a.words[i].lower);
  return parties && k > 1 && a.content[k - 1] !== 1 && a.content[k - 2] === 1 && !named(k - 2) ? nounBefore(a, k - 1) : k;
}

/**
 * Where the noun phrase a relative clause at word `r` tells of begins (", which …" after "Tokyo's export curbs"): back
 * from the relative word past content words, values, determiners and possessives.
 */
export function nounBefore(a: AnalysedSentence, r: number): number {
  let k = r;
  while (
    k > 0 &&
    (a.content[k - 1] === 1 ||
      EVENT_DETERMINERS.has(a.words[k - 1].lower) ||
      possessiveMark(a.words, k - 1) ||
      a.slots.some((s) => s.first <= k - 1 && k - 1 <= s.last))
  )
    k--;
  return k;
}

/**
 * A word of `THEN_WORDS` at word m setting its clause after the clause before it: at the head of its clause, past a
 * conjunction, "only" and a count of time ("and only then traveled on", "; only a decade later did …"), or at its end
 * ("the constitutional court weighed in only afterwards"). The earlier event is the clause before, told from the
 * sentence's start; the finding covers its "first", if it has one, to the word.
 */
function thenClauses(a: AnalysedSentence, m: number): OrderedEvents | undefined {
  const w = a.words;
  if (!THEN_WORDS.has(w[m].lower) || w[m].joined || (w[m + 1]?.joined ?? false) || NOT_THEN_BEFORE.has(w[m - 1].lower)) return undefined;
  if (w.some((x) => x.lower === 'if') || a.quoted[m] === 1 || titleOfTheTime(a, m)) return undefined;
  // The clause break before the word: a semicolon, a comma and a conjunction, or "and" alone.
  let j = m;
  const opensClause = (k: number) => breaksClause(a, k - 1, k) || w[k].lower === 'and';
  while (j > 0 && !opensClause(j)) j--;
  if (j === 0) return undefined;
  const lead = (k: number) => a.content[k] === 0 || TIME_NOUNS.has(w[k].lower) || w[k].lower === 'only';
  let head = true;
  for (let k = j; k < m; k++) if (!lead(k)) head = false;
  const last = m === w.length - 1;
  if (!head && !last) return undefined;
  let later: [number, number];
  if (head) later = [m + 1, w.length];
  else {
    let end = m;
    while (end > j && w[end - 1].lower === 'only') end--;
    later = [w[j].lower === 'and' ? j + 1 : j, end];
  }
  let first = j;
  while (first > 0 && w[first - 1].lower !== 'first') first--;
  return { words: [first > 0 ? first - 1 : m, m], direction: 'before', ordered: [0, j], by: later };
}

/**
 * Whether "then" at word m qualifies a title, giving the office held at the time ("Blinken — then deputy secretary —
 * sat down …", "Kono, then Japanese foreign minister, …"): a title right after it, or a country's adjective and a
 * title; past "the", only a title its apposition's mark closes ("Blinken — then the deputy secretary — …"; "and then
 * the foreign minister flew …" tells a next act). It says when the person held the office, not that a clause came
 * after the one before.
 */
function titleOfTheTime(a: AnalysedSentence, m: number): boolean {
  const at = (k: number, kind: Slot['kind']) => a.slots.find((s) => s.kind === kind && s.first === k);
  const determined = a.words[m + 1]?.lower === 'the';
  const first = determined ? m + 2 : m + 1;
  const country = at(first, 'entity');
  const title = at(first, 'role') ?? (country?.entity!.adjective === true ? at(country.last + 1, 'role') : undefined);
  if (!title) return false;
  return !determined || title.last + 1 === a.words.length || APPOSITION_CLOSING.test(textBetween(a, title.last, title.last + 1));
}

/** The marks closing an apposition after its title: a comma, a dash, a parenthesis. */
const APPOSITION_CLOSING = /[,—–)]/;

/**
 * The words of each order phrase a sentence states, from its order word to the end of its event ("Ahead of Biden's
 * election win"): they tell when the sentence's event happened, not what it was.
 */
export function orderEventSpans(a: AnalysedSentence): readonly (readonly [number, number])[] {
  // An opening phrase runs to the end of its clause ("Ahead of Biden's election win, …").
  return orderPhrases(a, true).map(
    (p) => [p.words[0], p.words[0] <= 1 ? Math.max(p.through, clauseEnd(a, p.words[1])) - 1 : p.through - 1] as const,
  );
}

/**
 * The draft sets its event before (or after) another event where the claim sets it after (before) the same one:
 * "Before the Singapore summit, Trump announced …" against "After the Singapore Summit …, the U.S. president's
 * announcement …". The two must share words of their own clauses besides the event they are ordered by.
 */
export function opposedOrder(draft: AnalysedSentence, claim: AnalysedSentence, pairs: readonly [Slot, Slot][]): Opposition | undefined {
  const mine = orderPhrases(draft, true);
  if (mine.length === 0) return undefined;
  const theirs = orderPhrases(claim, false);
  for (const d of mine) {
    for (const c of theirs) {
      if (c.direction === d.direction) {
        if (exchangedEvents(draft, d, claim, c, pairs)) return { draftWords: d.words, sourceWords: c.words, sameActor: false };
        continue;
      }
      const sameEvent = d.slot && c.slot ? compareSlots(d.slot, c.slot) === 'same' : d.stem !== undefined && d.stem === c.stem;
      if (!sameEvent || (c.told && !toldAlike(draft, d, c.told))) continue;
      // The event each is ordered against is the same: every value the draft gives it is the claim's, and the two
      // share a word of it besides ("Suga served as Cabinet Secretary before …" is not "Suga became prime minister").
      const outside = (s: Slot, p: OrderPhrase) => s.last < p.words[0] || s.first >= p.through;
      // (A title of a paired person is no value of the event: "Professor Park said …", or "The professor said …" for
      // Park named before, tells Park's act; whether the title is Park's is asked of the title itself.)
      if (draft.slots.some((s) => outside(s, d) && !pairs.some(([x]) => x === s) && !titleOfPaired(draft, s, pairs))) continue;
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

/**
 * Whether `title` is the title of a person the draft pairs with the claim: standing by the name ("Professor Park",
 * "Park, the professor"), or itself standing for that person named before (the referent at its words).
 */
function titleOfPaired(draft: AnalysedSentence, title: Slot, pairs: readonly [Slot, Slot][]): boolean {
  if (title.kind !== 'role') return false;
  return pairs.some(
    ([p]) =>
      p.entity !== undefined &&
      PERSON_TYPES.includes(p.entity.type) &&
      ((p.referent === true && p.first === title.first && p.last === title.last) || titleOf(draft, p, title)),
  );
}

/**
 * Whether the draft tells the event it orders by, past the person naming it ("before Kawamura's informal visit"), with
 * a word of `told` ("met informally with his counterparts").
 */
function toldAlike(draft: AnalysedSentence, d: OrderPhrase, told: ReadonlySet<string>): boolean {
  for (let i = d.slot!.last + 1; i < d.through; i++) if (draft.content[i] === 1 && told.has(draft.stems[i])) return true;
  return false;
}

/**
 * The same order word on both sides with the two events exchanged: "Abe's resignation followed Suga's rise to the
 * premiership" against "Suga became Japan's prime minister following Abe's resignation". Each event the one orders
 * by is named where the other tells its ordered event, and each side of the order word shares a word or a value with
 * the other sentence's opposite side: the two tell the same two events, one after the other the other way round.
 */
function exchangedEvents(
  draft: AnalysedSentence,
  d: OrderPhrase,
  claim: AnalysedSentence,
  c: OrderPhrase,
  pairs: readonly [Slot, Slot][],
): boolean {
  if (!d.slot || !c.slot || compareSlots(d.slot, c.slot) === 'same') return false;
  const within = (s: { first: number; last: number }, p: OrderPhrase) => s.first > p.words[1] && s.last < p.through;
  const outside = (s: { first: number; last: number }, p: OrderPhrase) => s.last < p.words[0] || s.first >= p.through;
  const namedOutside = (a: AnalysedSentence, p: OrderPhrase, event: Slot) =>
    a.slots.some((s) => outside(s, p) && compareSlots(s, event) === 'same');
  if (!namedOutside(draft, d, c.slot) || !namedOutside(claim, c, d.slot)) return false;
  // A word or a value of one sentence's event, found on the other side of the other's order word.
  const crosses = (inDraft: (s: { first: number; last: number }) => boolean, inClaim: (s: { first: number; last: number }) => boolean) => {
    const stems = new Set<string>();
    for (let i = 0; i < claim.words.length; i++) if (claim.content[i] === 1 && inClaim({ first: i, last: i })) stems.add(claim.stems[i]);
    for (let i = 0; i < draft.words.length; i++)
      if (draft.content[i] === 1 && inDraft({ first: i, last: i }) && stems.has(draft.stems[i])) return true;
    return pairs.some(([x, y]) => inDraft(x) && inClaim(y) && x !== d.slot && y !== c.slot);
  };
  return (
    crosses(
      (s) => within(s, d),
      (s) => outside(s, c),
    ) &&
    crosses(
      (s) => outside(s, d),
      (s) => within(s, c),
    )
  );
}

/** Words and values the two events ordered must share besides the event they are ordered by. */
const MIN_ORDER_CLAUSE_SHARED = 2;

/** Most words between the party answering in kind and "in kind" ("Seoul repaid it in kind", "Tokyo then answered in kind"). */
const IN_KIND_REACH = 4;

/**
 * The party a sentence has answer the other's act in kind ("…, which Seoul repaid in kind", "and Tokyo then answered in
 * kind"): the thing named last before "in kind" in its clause, within `IN_KIND_REACH` words, and not denied ("Seoul did
 * not respond in kind"). Undefined when the sentence tells no such answer.
 */
export function answeredInKind(a: AnalysedSentence): Slot | undefined {
  const [first, second] = IN_KIND_WORDS;
  for (let i = 1; i + 1 < a.words.length; i++) {
    if (a.words[i].lower !== first || a.words[i + 1].lower !== second) continue;
    if (deniedEarlierInClause(a, i)) return undefined;
    let party: Slot | undefined;
    for (const s of a.slots) if (s.kind === 'entity' && s.last < i && i - s.last <= IN_KIND_REACH && sameClause(a, s.last, i)) party = s;
    return party;
  }
  return undefined;
}
