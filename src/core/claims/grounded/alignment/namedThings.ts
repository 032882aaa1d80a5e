/**
 * Things named by their year or their words ("the 1965 treaty", "the Obama presidency"): whether two such names name
 * the same thing, what the thing did when the words after its name say it, and whether a claim speaks of it at all.
 * Apart because a year naming a thing does not date the clause's event (events.ts) and is compared by other rules.
 */
import { ARTICLES, ATTRIBUTIVE_OPENERS, EVENT_PREPOSITIONS, FUNCTION_WORDS, GATHERING_NOUNS, ORGANISATION_HEADS } from '../lexicon';
import type { AnalysedSentence, Slot } from '../sentenceAnalysis';
import { textBetween, type SourceClaims, inSlot } from '../sourceClaims';
import { stem } from '../stem';
import { PUNCTUATION_BETWEEN, sameClause } from './clauses';
import { ACT_ENDING } from './events';
import { NEIGHBOURHOOD } from './neighbourhood';
import { compareDates, compareSlots, type Comparison } from './values';
import { venueOf } from './venues';
import { kindredStem } from '../listedItems';

/** Whether every word of a named thing of two or more words stands in `claim` too, in any order and form. */
export function spelledOut(slot: Slot, claim: AnalysedSentence): boolean {
  const words = slot.entity!.words;
  return words.length > 1 && words.every((w) => claim.stems.includes(stem(w.toLowerCase())));
}

/** Stems of the nouns that say what kind of thing an agreement or organisation is ("treaty", "court", "ministry"). */
const KIND_NOUNS = new Set([...ORGANISATION_HEADS, 'agreement', 'treaty'].map(stem));

/**
 * Whether the claim speaks of the named thing by its kind alone: "the 1965 treaty" for "the Treaty on Basic
 * Relations", "the court" for "the Constitutional Court".
 */
export function namedByKind(slot: Slot, claim: AnalysedSentence): boolean {
  return slot.entity!.words.some((w) => {
    const s = stem(w);
    return KIND_NOUNS.has(s) && claim.contentStems.has(s);
  });
}

/** Whether every word of a named thing names a source itself ("CSIS", "Buchan and Rimland"): an attribution. */
export function namesASource(slot: Slot, index: SourceClaims): boolean {
  const words = slot.entity!.words;
  return words.length > 0 && words.every((w) => index.sourceNames.has(w));
}

/**
 * The words naming the thing a year qualifies: "peace treaty" of "the 1951 peace treaty", "treaty" of "the 1956
 * Treaty on Basic Relations" (a name's first word, though the name is a value of its own). A verb form right after
 * the first word opens what the thing did: "the 1910 treaty normalizing bilateral relations" names a treaty, as "the
 * 1965 treaty normalizing relations" does, whatever each says it did. (Words set off after a comma, "the 1951 peace
 * treaty, signed …", still tell which thing it is.)
 */
function namedBy(a: AnalysedSentence, slot: Slot): string[] {
  const out: string[] = [];
  for (let i = slot.last + 1; i < a.words.length && i <= slot.last + 3; i++) {
    const inName = a.slots.some((o) => o.kind === 'entity' && o.first <= i && i <= o.last);
    if (a.content[i] !== 1 && !(inName && !FUNCTION_WORDS.has(a.words[i].lower))) break;
    if (out.length > 0 && !inName && takesObject(a, i)) break;
    out.push(a.stems[i]);
  }
  return out;
}

/**
 * Whether word `i` is a verb form taking the words after it as its object ("normalizing relations", "ordering firms"),
 * not a noun of that form ("the 2018 court ruling ordered …": a verb form follows it).
 */
function takesObject(a: AnalysedSentence, i: number): boolean {
  const next = a.words[i + 1];
  return (
    ACT_ENDING.test(a.words[i].lower) &&
    next !== undefined &&
    !PUNCTUATION_BETWEEN.test(textBetween(a, i - 1, i)) &&
    !ACT_ENDING.test(next.lower) &&
    !PUNCTUATION_BETWEEN.test(textBetween(a, i, i + 1))
  );
}

/**
 * Whether the claim names, beside `b`, an unknown name whose words hold each word of the draft's unknown name `a`, as
 * written or as a kindred word (lexicon.ts `LIST_ITEM_KINDRED`): "committees on the Tokyo Games, pandemic response, …"
 * against "… on the Tokyo Olympics, COVID-19 pandemic response, …" tells the Olympics in other words, not a thing in
 * the place of "COVID-19".
 */
export function kindredNameBeside(a: Slot, y: AnalysedSentence, b: Slot): boolean {
  if (a.entity?.type !== 'name' || b.entity?.type !== 'name') return false;
  const mine = a.entity.words.map((w) => kindredStem(stem(w)));
  return y.slots.some(
    (o) => o !== b && o.entity?.type === 'name' && mine.every((w) => o.entity!.words.some((v) => kindredStem(stem(v)) === w)),
  );
}

/**
 * Two years naming things ("the 1951 peace treaty", "the 1965 treaty") differ only when they name the same thing:
 * each one's words are in the other sentence too.
 */
export function sameNamedThing(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  if (a.entity?.type === 'place' && b.entity?.type === 'place') return namingAlike(x, a, y, b) && namingAlike(y, b, x, a);
  if (a.kind !== 'date' || !a.attributive || !b.attributive) return true;
  // Looked for among all the other sentence's words: "treaty" may stand inside a name there.
  return namedBy(x, a).every((w) => y.stems.includes(w)) && namedBy(y, b).every((w) => x.stems.includes(w));
}

/**
 * Whether a place naming a thing ("the Singapore Summit": the word after it opens a name of another kind) stands
 * against a place naming the same kind of thing in the other sentence ("the Hanoi summit"), not one telling where
 * else the act was, or whom it touched ("unsettled Tokyo"). A place naming nothing is not held to this.
 */
function namingAlike(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  const next = a.last + 1;
  const type = (o: Slot) => o.entity!.type;
  const named =
    next < x.words.length &&
    /^\s*$/.test(textBetween(x, a.last, next)) &&
    x.slots.some((o) => o.kind === 'entity' && o.first === next && type(o) !== 'place' && type(o) !== 'person');
  if (!named) return true;
  // Its gathering's venue in the other ("the Singapore Summit", "his summit with Kim in Hanoi"): the same kind of thing.
  const venue = venueOf(y, b);
  return y.stems[b.last + 1] === x.stems[next] || (venue >= 0 && y.stems[venue] === x.stems[next]);
}

/**
 * A year naming a thing ("the 1965 treaty normalizing relations") dates what that thing did, when the words after
 * its name say it: against a draft dating the same act ("normalised ties in 1956"), the two years differ.
 */
export function namedThingDated(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): Comparison {
  if (a.kind !== 'date' || b.kind !== 'date' || Boolean(a.attributive) === Boolean(b.attributive)) return 'incomparable';
  if (compareDates(a.date!, b.date!) !== 'differ') return 'incomparable';
  return a.attributive ? yearNamingDated(x, a, y, b) : yearNamingDated(y, b, x, a);
}

/**
 * `namedThingDated` of a year `slot` naming a thing in `named` and a year `date` dating an event in `other`, the two
 * differing. Apart, so that the many pairs of values turned away above make none of the closures below.
 */
function yearNamingDated(named: AnalysedSentence, slot: Slot, other: AnalysedSentence, date: Slot): Comparison {
  // The other sentence dates the act of a named agreement this one does not name: another thing ("the 1951 peace
  // treaty, signed …" against "the comfort women agreement Japan had reached in 2015").
  const agreement = (o: Slot) =>
    o.entity?.type === 'agreement' && !named.slots.some((n) => n.kind === 'entity' && compareSlots(n, o) === 'same');
  if (other.slots.some(agreement) || anotherOfKind(named, slot, other)) return 'incomparable';
  const act = actOfNamedThing(named, slot);
  if (act !== undefined && other.contentStems.has(act)) return 'differ';
  return eventDatedAlike(named, slot, other, date) || thingDatedAlike(named, slot, other, date) ? 'differ' : 'incomparable';
}

/**
 * A named thing told by its time ("the Six-Party Talks of the 1980s", "the 2012 Senkaku clash" naming no act) that the
 * other sentence dates right beside its name ("The Six-Party Talks a decade later revealed …"): both date the thing.
 */
function thingDatedAlike(named: AnalysedSentence, slot: Slot, other: AnalysedSentence, date: Slot): boolean {
  const thing = thingNamedBy(named, slot);
  if (!thing) return false;
  return other.slots.some(
    (o) =>
      o.kind === 'entity' &&
      compareSlots(o, thing) === 'same' &&
      ((date.first === o.last + 1 && /^\s+$/.test(textBetween(other, o.last, date.first))) ||
        (o.first === date.last + 1 && /^\s+$/.test(textBetween(other, date.last, o.first)))),
  );
}

/** The named thing a date names: the one it ends ("the Six-Party Talks of the 1980s") or stands right before. */
function thingNamedBy(a: AnalysedSentence, slot: Slot): Slot | undefined {
  const of = a.words[slot.first - 1]?.lower === 'the' ? slot.first - 2 : slot.first - 1;
  const spaced = (i: number, j: number) => /^\s+$/.test(textBetween(a, i, j));
  if (a.words[of]?.lower === 'of' && spaced(of - 1, of)) {
    const before = a.slots.find((o) => o.kind === 'entity' && o.last === of - 1);
    if (before) return before;
  }
  return a.slots.find((o) => o.kind === 'entity' && o.first === slot.last + 1 && spaced(slot.last, o.first));
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
 * The event a year names ("the 2012 clash", "the 2012 Senkaku clash") stands in the other sentence after a preposition of time, dated at the
 * end of its own phrase ("during its clash with Beijing over the Senkaku/Diaoyu Islands in 2010"): the date dates it.
 */
function eventDatedAlike(named: AnalysedSentence, slot: Slot, other: AnalysedSentence, date: Slot): boolean {
  // Past the places the event is of ("the 2012 Senkaku clash", "the 2012 Senkaku/Diaoyu clash"), to its noun.
  let k = slot.last + 1;
  for (let place = placeAt(named, k); place && /^[\s/]+$/.test(textBetween(named, place.last, place.last + 1)); place = placeAt(named, k))
    k = place.last + 1;
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

/** The place named from word `k` on, if one is. */
function placeAt(a: AnalysedSentence, k: number): Slot | undefined {
  return a.slots.find((s) => s.first === k && s.entity?.type === 'place');
}

/**
 * Two names the analysis could not type (no glossary entry, no title) that name the same kind of thing by the
 * common noun right after them: "the George W. Bush presidency" and "the Obama presidency" are two presidencies.
 * Or a name it could not type standing where the other sentence has a body or another such name, after the same
 * words (`frameBefore`): "… coordination and the G7" against "… coordination and the Quad", "binged on K-dramas on
 * Amazon Prime" against "… on Netflix" name two bodies in one role.
 */
export function framedNames(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): Comparison | undefined {
  const untyped = (s: Slot) => s.entity?.type === 'name' || s.entity?.type === 'person';
  if (a.kind !== 'entity' || b.kind !== 'entity') return undefined;
  if (!untyped(a) || !untyped(b)) return bodyInFrame(x, a, y, b);
  const mine = nounAfter(x, a);
  if (mine !== undefined && mine === nounAfter(y, b)) return oneNameWritten(a.text, b.text) ? undefined : 'differ';
  return bodyInFrame(x, a, y, b);
}

/** The common noun right after a name, as a stem ("summit" of "the G7 summit"): the kind of thing the name names. */
function nounAfter(s: AnalysedSentence, slot: Slot): string | undefined {
  const k = slot.last + 1;
  return k < s.words.length && s.content[k] === 1 && !/^\p{Lu}/u.test(s.words[k].text) && !s.slots.some((o) => o.first === k)
    ? s.stems[k]
    : undefined;
}

/**
 * `framedNames` of a name the analysis could not type against a body or another such name (not a person's, a place's
 * or an agreement's): 'differ' when the same words frame both (`frameBefore`), or each names a gathering of one kind
 * (the same gathering noun after each: "the APEC summit", "the Group of Twenty summit"), and the two are not one name written two ways ("G20",
 * "G-20") or an acronym and its words ("WTO", "World Trade Organization").
 */
function bodyInFrame(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): Comparison | undefined {
  const [p, q] = [a.entity!, b.entity!];
  const body = (e: typeof p) => (e.type === 'name' || e.type === 'organisation') && !e.adjective;
  if (!body(p) || !body(q) || (p.type !== 'name' && q.type !== 'name')) return undefined;
  const mine = frameBefore(x, a);
  const theirs = frameBefore(y, b);
  const framed = mine !== undefined && mine === theirs;
  // The same gathering noun, as written: the stemmer joins kin words ("summit", "met"), and a verb after two bodies
  // ("Moon appointed", "the Blue House appointed") tells their act, not what they name.
  const gathering = nounAfter(x, a) !== undefined && nounAfter(y, b) !== undefined ? x.words[a.last + 1].lower : undefined;
  const kind = gathering !== undefined && GATHERINGS.has(gathering) && gathering === y.words[b.last + 1].lower;
  if (!framed && !kind) return undefined;
  return oneNameWritten(a.text, b.text) ? undefined : 'differ';
}

/** The nouns of a gathering (lexicon.ts `GATHERING_NOUNS`), as written. */
const GATHERINGS: ReadonlySet<string> = new Set(GATHERING_NOUNS);

/** Words before a name that may frame it: at most this many, the last a content word. */
const FRAME_REACH = 3;

/**
 * The words right before a named thing, past its article, up to and with the nearest content word, joined by spaces
 * alone (the stems of "coordination and", of "… coordination and the Quad"; of "dramas on", of "K-dramas on Netflix"): the role it
 * fills. Undefined when a mark of punctuation or another value stands between, or no content word is near.
 */
function frameBefore(a: AnalysedSentence, slot: Slot): string | undefined {
  let k = slot.first - 1;
  if (k >= 0 && ARTICLES.has(a.words[k].lower) && /^\s+$/.test(textBetween(a, k, k + 1))) k--;
  const words: string[] = [];
  for (let i = k; i >= 0 && i > k - FRAME_REACH; i--) {
    if (!/^[\s‐-]+$/.test(textBetween(a, i, i + 1)) || inSlot(a, i)) return undefined;
    words.unshift(a.stems[i]);
    if (a.content[i] === 1) return words.join(' ');
  }
  return undefined;
}

/**
 * Whether two names may be one written two ways: the same letters and digits ("G20", "G-20"), or one written in
 * capitals and digits that may shorten the other's words, opening with the same letter ("WTO" of "World Trade
 * Organization", "G-20" of "Group of Twenty": its numbers may be spelled out).
 */
export function oneNameWritten(a: string, b: string): boolean {
  const bare = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  if (bare(a) === bare(b)) return true;
  const shortens = (short: string, long: string) =>
    /^\p{Lu}[\p{Lu}\p{N}]*$/u.test(short.replace(/[\s.‐-]/g, '')) && /\s/.test(long.trim()) && bare(short)[0] === bare(long)[0];
  return shortens(a, b) || shortens(b, a);
}

/**
 * The verb after a dated thing's name ("the 1965 treaty normalizing", "the 1980s revealed"), as a stem, if one follows
 * it closely. A word in "-ing" right after the year is the thing named, not its act ("the 2018 ruling was followed by
 * …", as "the 2019 meeting").
 */
function actOfNamedThing(a: AnalysedSentence, slot: Slot): string | undefined {
  for (let i = slot.last + 1; i < Math.min(a.words.length, slot.last + 5); i++) {
    if (a.content[i] !== 1) return undefined;
    if (/ed$/.test(a.words[i].lower) || (i > slot.last + 1 && /ing$/.test(a.words[i].lower))) return a.stems[i];
  }
  return undefined;
}

/**
 * Whether the draft's agreement `slot` is dated by a year of its own ("the 2015 comfort women agreement") that no date
 * of the claim's gives, against the claim's agreement `other`: the year tells the draft's agreement apart, another
 * one than the claim's (which the draft may name too, in plain words: "… the 1965 normalization treaty").
 */
export function anotherDatedAgreement(draft: AnalysedSentence, slot: Slot, claim: AnalysedSentence, other: Slot): boolean {
  if (slot.entity?.type !== 'agreement' || other.entity?.type !== 'agreement') return false;
  const year = draft.slots.find((d) => d.kind === 'date' && d.last === slot.first - 1);
  return year !== undefined && !claim.slots.some((d) => d.kind === 'date' && compareSlots(year, d) === 'same');
}
