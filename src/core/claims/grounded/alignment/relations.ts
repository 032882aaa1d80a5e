/**
 * How a value relates to its clause: the preposition before it ("to Busan", "from Seoul"), or a place one goes to.
 * Two parties named in different relations are not one value standing for another. Apart because both the values
 * (`align`) and the denials (polarity.ts) read a party's relation to its clause.
 */
import {
  GROUP_NOUNS,
  HELPING_VERBS,
  IRREGULAR_FORMS,
  LEADER_GOVERNMENT_NOUNS,
  MODAL_VERBS,
  PARTY_NOUNS,
  PERFECT_AUXILIARIES,
  SYMMETRIC_ACT_VERBS,
} from '../lexicon';
import { PERSON_TYPES } from '../nameLists';
import { pastForm, possessiveMark, TRAVEL_STEMS, type AnalysedSentence, type Slot } from '../sentenceAnalysis';
import { textBetween } from '../sourceClaims';
import { stem } from '../stem';
import { sameClause } from './clauses';

/** The stem of "come" ("came", "comes", "has come"), whose "from" names the maker or speaker of its subject. */
const COME = stem('come');
const HELPING_STEMS: ReadonlySet<string> = new Set([...HELPING_VERBS].map(stem));

/** Words before a value that do not say how it relates to the rest of the clause. */
export const DETERMINERS = new Set(['the', 'a', 'an', 's', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'then', 'former']);

/** Prepositions that put a value in another relation than being the one who acts ("elected to X", "from X"). */
export const RELATION_WORDS = new Set([
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
  'during',
]);

/** Words joining two values in one list ("between Tokyo and Washington"). */
const JOINING_WORDS = new Set(['and', 'or']);

/** The preposition that takes two values at once, both of them standing in it ("the gap between Tokyo and Washington"). */
const JOINT_RELATION = 'between';

/**
 * The preposition that ties a value to its clause, if one stands just before it (past determiners); `DESTINATION`
 * for a place one goes to ("a trip to Busan", "visited Tokyo").
 */
export function relationOf(a: AnalysedSentence, slot: Slot): string | undefined {
  // The later of two values after "between" stands in it as the first does ("the gap between Tokyo and Washington":
  // Washington is as much a side of the gap as Tokyo, not the thing the gap is over).
  const joined =
    slot.first >= 2 && JOINING_WORDS.has(a.words[slot.first - 1].lower) ? a.slots.find((s) => s.last === slot.first - 2) : undefined;
  if (joined?.kind === 'entity' && relationOf(a, joined) === JOINT_RELATION) return JOINT_RELATION;
  const place = slot.entity?.type === 'place';
  for (let i = slot.first - 1; i >= 0 && i >= slot.first - 3; i--) {
    const w = a.words[i].lower;
    if (DETERMINERS.has(w)) continue;
    // "toward a rising China": a word describing the party after its article belongs to its phrase.
    if (i === slot.first - 1 && i > 1 && (a.words[i - 1].lower === 'a' || a.words[i - 1].lower === 'an') && a.content[i] === 1) continue;
    if (place && (w === 'to' ? i > 0 && TRAVEL_STEMS.has(a.stems[i - 1]) : TRAVEL_STEMS.has(a.stems[i]))) return DESTINATION;
    // "The proposal came from a senior Korean politician", "That assessment came from Park": the party a thing comes
    // from is the one who made or said it, as the subject of "proposed" or "said" is (`comesFromMaker`).
    if (w === 'from' && comesFromMaker(a, i)) return undefined;
    return RELATION_WORDS.has(w) ? w : undefined;
  }
  return undefined;
}

/**
 * Whether the "from" at word i follows a form of "come" whose subject names no party ("The move to impose sanctions
 * … has come from Tokyo"): what came is a thing, and the party after "from" made or said it. A party coming from a
 * place ("Kang came from Seoul") is travelling: the place keeps its "from".
 */
function comesFromMaker(a: AnalysedSentence, i: number): boolean {
  if (i === 0 || a.stems[i - 1] !== COME) return false;
  return !a.slots.some((s) => s.kind === 'entity' && s.last < i - 1 && sameClause(a, s.last, i - 1));
}

/** Whether the person at `v` helps the act after them ("Suga helped reach …", "Suga had helped reach …"). */
function helpsAct(s: AnalysedSentence, v: Slot): boolean {
  let i = v.last + 1;
  while (i < s.words.length && PERFECT_AUXILIARIES.has(s.words[i].lower)) i++;
  return i < s.words.length && HELPING_STEMS.has(s.stems[i]);
}

/**
 * The preposition a title hides: the one before the title standing right before a person's name ("reached … with
 * President Park Geun-hye"), which `relationOf` reads as no relation, as it reads a subject. Not a passive's "by" (its
 * party is the doer, as a subject is: "led by Defense Secretary William Cohen").
 */
function relationPastTitle(a: AnalysedSentence, slot: Slot): string | undefined {
  const title = a.slots.find((r) => r.kind === 'role' && r.last === slot.first - 1);
  if (!title || slot.entity?.type !== 'person') return undefined;
  const r = relationOf(a, title);
  return r === 'by' ? undefined : r;
}

/**
 * Whether a person named after a preposition past a title stands in another relation than a bare name the other
 * sentence names after no preposition (its subject, an owner): "Suga had helped reach that deal …", "…, which Suga
 * played a significant role in reaching as Abe's Cabinet Secretary" is not told of "the … agreement Japan had reached
 * in 2015 with President Park Geun-hye", the other party to it. A name with a title on both sides is left as read: a
 * title before a sentence's first name hides nothing. But a titled helper is a helper still ("Chief Cabinet Secretary
 * Suga helped reach …" is told as "Suga helped reach …" is): a title must not change who acts.
 */
export function subjectAgainstTitledPartner(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  const opens = (s: AnalysedSentence, v: Slot) =>
    v.entity?.type === 'person' &&
    relationOf(s, v) === undefined &&
    (helpsAct(s, v) || !s.slots.some((r) => r.kind === 'role' && r.last === v.first - 1));
  return (opens(x, a) && relationPastTitle(y, b) !== undefined) || (opens(y, b) && relationPastTitle(x, a) !== undefined);
}

/**
 * The relation of a place one goes to. It is where the going happened, as "in" tells a meeting there ("met his
 * counterparts in Seoul"), and what any "to" tells of a place (a going the stemmer does not know: "travelled to").
 */
export const DESTINATION = 'destination';

/**
 * Whether place `slot` is where its clause's act happened: a place one goes to ("traveled to Tokyo", "visited
 * Tokyo") or one an act took place in ("met … in Tokyo", "at Tokyo").
 */
export function sceneOfAct(a: AnalysedSentence, slot: Slot): boolean {
  if (slot.entity?.type !== 'place' || slot.entity.adjective) return false;
  const r = relationOf(a, slot);
  return r === DESTINATION || r === 'in' || r === 'at';
}

/** Whether place `slot` is where a journey goes ("traveled to Tokyo", "visited Tokyo", "a trip to Seoul"). */
export function destinationOf(a: AnalysedSentence, slot: Slot): boolean {
  return slot.entity?.type === 'place' && relationOf(a, slot) === DESTINATION;
}

/**
 * Place-like prepositions that mean one thing: "in Seoul", "at Seoul", "on 23 November"; and a gathering one was at,
 * "at the G-20 summit" or "during the Group of Twenty summit".
 */
const SAME_RELATION: Record<string, string> = { at: 'in', on: 'in', during: 'in' };

/**
 * Two values stand in one relation to their clauses: the same preposition before both, or none before either. A date
 * keeps its relation whatever the preposition ("in", "on", "by"): a date is only ever when.
 */
export function sameRelation(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  if (a.kind !== 'entity') return true;
  // "Seoul sent NIS chief Park Jie-won …" against "the Blue House appointed …": a title's body is no party to the act.
  if (bodyOfTitle(x, a) !== bodyOfTitle(y, b)) return false;
  const r = relationOf(x, a);
  const s = relationOf(y, b);
  // "a Government Accountability Office report" and "a report … issued by the Congressional Research Service": each
  // body is the maker of the same thing. The preposition before a body qualifying a noun is the noun's ("It started
  // with a Korean Supreme Court ruling"), and so is the one before a possessive owner ("a ruling by South Korea's
  // Constitutional Court"); a thing "came from" its maker as it is "issued by" it.
  if (makes(x, a, y, b) || makes(y, b, x, a)) return true;
  // "considering abrogation of GSOMIA" and "considering abrogating GSOMIA": the "of" after a noun naming an act ties
  // the thing acted on as the verb's object does, with no preposition.
  if ((r === 'of' && s === undefined && patientOfNamedAct(x, a, y, b)) || (s === 'of' && r === undefined && patientOfNamedAct(y, b, x, a)))
    return true;
  if (r === DESTINATION || s === DESTINATION) return [r, s].every((t) => t === DESTINATION || t === 'in' || t === 'to');
  return (r === undefined ? r : (SAME_RELATION[r] ?? r)) === (s === undefined ? s : (SAME_RELATION[s] ?? s));
}

/** Endings of a noun naming an act ("abrogation", "removal", "payment", "signing", "seizure"). */
const ACT_NOUN_ENDING = /(?:ions?|ments?|als?|ings?|ures?)$/;

/**
 * Whether `a` follows "of" after a noun naming an act ("the abrogation of GSOMIA", "Japan's removal of South Korea")
 * and `b` is the object of a verb right before it ("abrogating GSOMIA", "and delist Japan", "removed Japan"): each
 * value is what the act is done to. Any word of content, not part of a name, standing right before a value with no
 * preposition between is read as its verb.
 */
function patientOfNamedAct(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  let i = a.first - 1;
  while (i >= 0 && DETERMINERS.has(x.words[i].lower)) i--;
  const noun = i - 1;
  if (i < 1 || x.words[i].lower !== 'of' || x.content[noun] !== 1 || !ACT_NOUN_ENDING.test(x.words[noun].lower)) return false;
  let k = b.first - 1;
  while (k >= 0 && DETERMINERS.has(y.words[k].lower)) k--;
  if (k < 0 || y.content[k] !== 1 || !/^\s+$/.test(textBetween(y, k, k + 1))) return false;
  return y.stems[k] === x.stems[noun] || !/^\p{Lu}/u.test(y.words[k].text);
}

/**
 * Whether body `slot` stands right before a title, by itself or by its possessive ("NIS chief Park Jie-won", "the NSC
 * director for Asia", "the Blue House's spokesman"): it tells whose office the title is, not who did the clause's act.
 * Not a title joined to the noun after it ("Ministry of Foreign Affairs director-level talks"): that names the level
 * of a thing the body takes part in, no office anyone holds.
 */
function bodyOfTitle(a: AnalysedSentence, slot: Slot): boolean {
  if (slot.entity?.type !== 'organisation') return false;
  const k = possessiveMark(a.words, slot.last + 1) ? slot.last + 2 : slot.last + 1;
  const title = a.slots.find((o) => o.kind === 'role' && o.first === k);
  return title !== undefined && !(title.last + 1 < a.words.length && textBetween(a, title.last, title.last + 1) === '-');
}

/** Words before a "by" within which the thing its party made may stand ("a recent report on … relations issued by"). */
const MADE_THING_REACH = 10;

/** Prepositions naming the maker of a thing: "a report issued by …", "the ruling came from …". */
const MAKER_WORDS = new Set(['by', 'from']);

/**
 * Whether body `a`, right before a noun ("a Government Accountability Office report"), is named as the maker of the
 * thing `b` is named after "by" or "from" as making ("a report on U.S.-Japan relations issued by the Congressional
 * Research Service", "the ruling … came from Korea's Constitutional Court"): the same noun, a few words before the
 * other's preposition.
 */
function makes(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  if (a.entity?.type !== 'organisation' || b.entity?.type !== 'organisation') return false;
  const k = a.last + 1;
  if (k >= x.words.length || x.content[k] !== 1 || /^\p{Lu}/u.test(x.words[k].text)) return false;
  const by = makerWordBefore(y, b);
  if (by < 0) return false;
  const thing = x.stems[k];
  for (let i = Math.max(0, by - MADE_THING_REACH); i < by; i++) if (y.content[i] === 1 && y.stems[i] === thing) return true;
  return false;
}

/**
 * The index of the "by" or "from" naming `slot` as a maker, past determiners and a possessive owner ("by South Korea's
 * Constitutional Court"), or -1.
 */
function makerWordBefore(a: AnalysedSentence, slot: Slot): number {
  let i = slot.first - 1;
  if (possessiveMark(a.words, i)) {
    const owner = a.slots.find((o) => o.kind === 'entity' && o.last === i - 1);
    if (owner === undefined) return -1;
    i = owner.first - 1;
  }
  for (const stop = i - 2; i >= 0 && i >= stop; i--) {
    const w = a.words[i].lower;
    if (DETERMINERS.has(w)) continue;
    return MAKER_WORDS.has(w) ? i : -1;
  }
  return -1;
}

/** The stems of acts two parties do to each other alike (lexicon.ts `SYMMETRIC_ACT_VERBS`). */
export const SYMMETRIC_ACTS = new Set(SYMMETRIC_ACT_VERBS.map(stem));

/**
 * Whether two parties stand on either side of the same act with no preposition to tell their relation: one right
 * before it, the other right after it ("Suga told Moon …" against "The Japanese leader told Biden …"). One is the
 * doer and the other the one it is done to: neither stands in the other's place. Not acts done alike to each other
 * ("Abe met Moon").
 */
export function opposedSides(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  if (a.kind !== 'entity' || b.kind !== 'entity') return false;
  const act = (verb: string | undefined, other: string | undefined) => verb !== undefined && verb === other && !SYMMETRIC_ACTS.has(verb);
  return act(doneAfter(x, a), actBefore(y, b)) || act(actBefore(x, a), doneAfter(y, b));
}

/** Nouns a party's name may open, the whole doing its act ("the Biden team has sent", "the Moon government moved"). */
const OWN_PARTY_NOUNS: ReadonlySet<string> = new Set([...PARTY_NOUNS, ...LEADER_GOVERNMENT_NOUNS, ...GROUP_NOUNS]);

/** Auxiliaries between a doer and its act that keep it the doer (not "was", which makes it the one acted on). */
const DOER_AUXILIARIES: ReadonlySet<string> = new Set([...PERFECT_AUXILIARIES, ...MODAL_VERBS]);

/**
 * The stem of the act a party does, after its name: right after it (`actAfter`), or past a noun its name opens and
 * auxiliaries ("The Biden team has sent a clear message", "the Moon government would send …"), with only spaces between.
 */
function doneAfter(a: AnalysedSentence, slot: Slot): string | undefined {
  let k = slot.last + 1;
  const spaced = (i: number) => /^\s+$/.test(textBetween(a, i - 1, i));
  if (OWN_PARTY_NOUNS.has(a.words[k]?.lower ?? '') && spaced(k)) k++;
  while (DOER_AUXILIARIES.has(a.words[k]?.lower ?? '') && spaced(k)) k++;
  return k < a.words.length && a.content[k] === 1 && spaced(k) ? a.stems[k] : undefined;
}

/** The stem of the content word right after a party (its act, when the party does it), if one stands there. */
function actAfter(a: AnalysedSentence, slot: Slot): string | undefined {
  const k = slot.last + 1;
  return k < a.words.length && a.content[k] === 1 && /^\s+$/.test(textBetween(a, slot.last, k)) ? a.stems[k] : undefined;
}

/** Whether the claim tells, among its content words, the act the draft's party does right after its name. */
export function actTold(draft: AnalysedSentence, party: Slot, claim: AnalysedSentence): boolean {
  const act = actAfter(draft, party) ?? actAfterApposedTitle(draft, party);
  return act !== undefined && claim.stems.some((s, k) => claim.content[k] === 1 && s === act);
}

/** How many words a title set off by commas after a name may take, with its dating words ("then", "at the time"). */
const APPOSED_TITLE_WORDS = 8;

/**
 * The stem of the content word right after a title set off by commas after a party ("Blinken, then Secretary of State,
 * initiated …"): the party's act, the title only telling more of it.
 */
function actAfterApposedTitle(a: AnalysedSentence, slot: Slot): string | undefined {
  if (!textBetween(a, slot.last, slot.last + 1).includes(',')) return undefined;
  for (let k = slot.last + 2; k < a.words.length && k <= slot.last + APPOSED_TITLE_WORDS; k++) {
    if (!textBetween(a, k - 1, k).includes(',')) continue;
    const titled = a.slots.some((s) => s.kind === 'role' && s.first > slot.last && s.last < k);
    return titled && a.content[k] === 1 ? a.stems[k] : undefined;
  }
  return undefined;
}

/** The stem of the content word right before a party, past determiners (its act, when the act is done to it). */
function actBefore(a: AnalysedSentence, slot: Slot): string | undefined {
  for (let i = slot.first - 1; i >= 0 && i >= slot.first - 3; i--) {
    if (DETERMINERS.has(a.words[i].lower)) continue;
    return a.content[i] === 1 && /^\s+$/.test(textBetween(a, i, i + 1)) ? a.stems[i] : undefined;
  }
  return undefined;
}

/**
 * Whether the draft's person `slot` is what its act is done to, right after the verb ("Trump sent Pottinger and Bolton
 * to Japan"), where the claim tells that act done to a thing, no party ("the Biden administration sent a gentle but
 * clear message to their … allies"): the two tell different acts, whoever did them.
 */
export function personActedOnAgainstThing(draft: AnalysedSentence, slot: Slot, claim: AnalysedSentence): boolean {
  if (!PERSON_TYPES.includes(slot.entity?.type ?? 'place') || possessiveMark(draft.words, slot.last + 1)) return false;
  const act = actBefore(draft, slot);
  // A verb in the past on both sides ("sent"), not a noun before a name ("the girl group Niziu").
  const verb = (a: AnalysedSentence, k: number) => pastForm(a.words[k].lower) || IRREGULAR_FORMS.has(a.words[k].lower);
  if (act === undefined || !draft.words.some((w, k) => k < slot.first && draft.stems[k] === act && verb(draft, k))) return false;
  let told = false;
  for (let j = 0; j < claim.words.length; j++) {
    if (claim.stems[j] !== act || claim.content[j] !== 1 || !verb(claim, j)) continue;
    let k = j + 1;
    while (k < claim.words.length && DETERMINERS.has(claim.words[k].lower)) k++;
    if (k >= claim.words.length || claim.content[k] !== 1 || !/^\s+$/.test(textBetween(claim, k - 1, k))) return false;
    if (claim.slots.some((o) => o.first <= k && k <= o.last)) return false;
    told = true;
  }
  return told;
}
