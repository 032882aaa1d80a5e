/**
 * Who did it: the party doing an act (before its verb, after a passive's "by", owning an act noun), how two parties
 * compare (a body by its country), and where a draft gives an act both tell to another party than the claim does.
 * Apart because the checker asks it of a backing passage too (`doesAsInDraft`).
 */
import {
  CLAUSE_OPENERS,
  CLEFT_RELATIVES,
  CLEFT_VERBS,
  COMPLEMENT_LINKS,
  FUNCTION_WORDS,
  IRREGULAR_FORMS,
  MUTUAL_ACT_VERBS,
  NON_GOVERNMENT_PARTY_NOUNS,
  PARTY_NOUNS,
  PASSIVE_AUXILIARIES,
  PUNCTUATION_BETWEEN,
} from '../lexicon';
import { goingToPlace, pastForm, possessiveMark, type AnalysedSentence, type Slot } from '../sentenceAnalysis';
import { textBetween, inSlot } from '../sourceClaims';
import { AGREEMENT_STEM, stem } from '../stem';
import { PERSON_TYPES } from '../nameLists';
import { writtenAsPersonName } from '../unlistedPeople';
import { beforeAside, sameClause, wordsApart } from './clauses';
import { listOf } from './lists';
import { destinationOf, relationOf, sceneOfAct, SYMMETRIC_ACTS } from './relations';
import { compareSlots, type Comparison } from './values';
import { ReadingMap } from '../readingMemo';

/** Whether `party` stands after "with" following a verb of an act done together ("worked with Japan"). */
export function partnerOfMutualAct(a: AnalysedSentence, party: Slot): boolean {
  const k = party.first - (a.words[party.first - 1]?.lower === 'the' ? 2 : 1);
  return a.words[k]?.lower === 'with' && MUTUAL_ACTS.has(a.stems[k - 1] ?? '');
}

/**
 * Whether the person `party` stands as the other side of an act two parties do to each other ("met Li Keqiang", "met
 * with Chinese Premier Li Keqiang"): right after the verb or its "with", a title, a
 * country's adjective or "the" between. The one the doers met: the meeting is known by it as by its place.
 */
export function otherSideOfSymmetricAct(a: AnalysedSentence, party: Slot): boolean {
  if (!PERSON_TYPES.includes(party.entity?.type ?? 'place')) return false;
  let k = party.first - 1;
  // A title ("Premier") or a country's adjective ("Chinese") before the name belongs to it.
  const beside = (i: number) =>
    a.slots.some((s) => s.first <= i && i <= s.last && (s.kind === 'role' || (s.entity?.type === 'place' && s.entity.adjective)));
  while (k >= 0 && (beside(k) || a.words[k].lower === 'the')) k--;
  if (a.words[k]?.lower === 'with') return SYMMETRIC_ACTS.has(a.stems[k - 1] ?? '');
  // Without "with", only a verb's object: "the trilateral meeting Obama organized" names the one who held it.
  return k >= 0 && SYMMETRIC_ACTS.has(a.stems[k]) && !NOUN_FORM.test(a.words[k].lower);
}

/** Endings of a word that may name the act rather than do it ("meeting", "talks"). */
const NOUN_FORM = /(?:ing|s)$/;

/** The stems of verbs of acts two parties do together (lexicon.ts `MUTUAL_ACT_VERBS`). */
const MUTUAL_ACTS = new Set(MUTUAL_ACT_VERBS.map(stem));

/** Words that may stand between a party and its act ("Japan has refused", "Seoul then threatened", "Japan to pay"). */
export const AGENT_GAP = new Set([
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
export function partyOf(a: AnalysedSentence, slot: Slot | undefined): Slot | undefined {
  if (slot?.kind !== 'entity') return undefined;
  const type = slot.entity!.type;
  // An untyped name written as a person's may be one ("Moon described …"): a party. Not an acronym ("THAAD",
  // "GSOMIA": a thing), nor a word of no name ("He", capitalised at a list item's start).
  if (type === 'name') {
    const unnamed = slot.entity!.words.some((w) => FUNCTION_WORDS.has(w));
    return writtenAsPersonName(a.words, slot) && !unnamed ? slot : undefined;
  }
  if (type !== 'place' && type !== 'person' && type !== 'organisation') return undefined;
  if (!slot.entity!.adjective) return slot;
  if (PARTY_NOUNS.has(a.words[slot.last + 1]?.lower ?? '')) return slot;
  // "the South Korean National Assembly": the body the adjective opens, which belongs to that country.
  return a.slots.find((o) => o.first === slot.last + 1 && o.entity?.type === 'organisation' && o.entity.country !== undefined);
}

/**
 * Whether the party after "with" does the act at `v` too: an -ing form's ("With Korean courts ordering …"), or the
 * act a partner of an act done together joins in ("have all worked with Japan to monitor sanctions").
 */
function withDoer(a: AnalysedSentence, party: Slot, v: number): boolean {
  return a.words[v].lower.endsWith('ing') || partnerOfMutualAct(a, party);
}

/**
 * Prepositions whose party is another's partner or target, never the doer of the act after it ("with Biden to push
 * back"). Not "for", "on" or "by", which may name an infinitive's doer ("called for Japanese companies to pay",
 * "called on Seoul to …", "the government, led by Park, to reopen talks").
 */
const OBJECT_RELATIONS = new Set(['with', 'against', 'toward', 'towards', 'into', 'from', 'between', 'among', 'than']);

/** The party right before word `v` that does it: a named party with only auxiliaries between, if any. */
function agentBefore(a: AnalysedSentence, v: number): Slot | undefined {
  // "Park Jie-won, head of the National Intelligence Service, traveled …": the doer stands before the appositive.
  if (v > 0 && textBetween(a, v - 1, v).includes(',')) return doerBeforeAside(a, v);
  let reach = v - 4;
  let catenated = false;
  for (let i = v - 1; i >= 0 && i >= reach; i--) {
    // "South Korea's presidential Blue House, which brought the quarrel to …": the party before the comma does it.
    if (RELATIVES.has(a.words[i].lower) && textBetween(a, i - 1, i).includes(',')) return relativeParty(a, i);
    // "It was Seoul that let it lapse": the cleft's party does the act after its "that".
    if (CLEFT_RELATIVE_WORDS.has(a.words[i].lower)) return cleftParty(a, i);
    // "The South Korean government moved to freeze …": the doer of a verb before "to" does the act after it too. One
    // such verb, right before the "to" (not a party: "called on Seoul to …" names the doer itself).
    if (!catenated && a.words[i + 1]?.lower === 'to' && i + 1 < v && catenative(a, i)) {
      catenated = true;
      reach = i - 4;
      continue;
    }
    const slot = a.slots.find((s) => s.kind === 'entity' && s.last === i);
    // A party after a preposition of a partner or a target is its object, not the act's doer ("used his call with
    // Biden to push back", "ties with Japan improved"); but "with" opens the doer of an -ing form ("With Korean courts
    // ordering expropriation …").
    const relation = slot && relationOf(a, slot);
    if (relation !== undefined && OBJECT_RELATIONS.has(relation) && !withDoer(a, slot!, v)) return undefined;
    // A party after any preposition, set off by a comma from a verb of its own ("took the quarrel to the WTO, then
    // threatened …"), closes the act before the comma: the verb after it goes on with that act's doer, not with its
    // object. (An infinitive's doer may stand so: "the government, led by Park, to reopen talks".)
    const infinitive = !catenated && a.words[v - 1].lower === 'to';
    if (relation !== undefined && !infinitive && PUNCTUATION_BETWEEN.test(textBetween(a, i, v))) return undefined;
    // "the Japanese side then threatened": the party is its adjective.
    if (slot || PARTY_NOUNS.has(a.words[i].lower)) return partyEndingAt(a, i);
    if (!AGENT_GAP.has(a.words[i].lower)) return undefined;
  }
  return undefined;
}

/**
 * The party opening its clause before an aside set off by commas that ends right before the verb at `v` ("Park
 * Jie-won, head of the National Intelligence Service, traveled …", "Tokyo, for its part, refused …"): at the
 * sentence's start or after a mark ("In November, Park …"), past its title and "the".
 */
function doerBeforeAside(a: AnalysedSentence, v: number): Slot | undefined {
  const last = beforeAside(a, v);
  const party = last < 0 ? undefined : partyEndingAt(a, last);
  if (!party) return undefined;
  let o = party.first - 1;
  const title = a.slots.find((s) => s.kind === 'role' && s.last === o);
  if (title) o = title.first - 1;
  if (a.words[o]?.lower === 'the') o--;
  // "This is likely why David Stilwell, the assistant Secretary of state …, insisted …": a word opening a clause.
  return o < 0 || PUNCTUATION_BETWEEN.test(textBetween(a, o, o + 1)) || ASIDE_CLAUSE_OPENERS.has(a.words[o].lower) ? party : undefined;
}

/** Words opening a clause whose subject may stand before an aside (lexicon.ts `CLAUSE_OPENERS`, and "why", "how"). */
const ASIDE_CLAUSE_OPENERS = new Set([...CLAUSE_OPENERS, 'why', 'how', 'where', 'after', 'before', 'if']);

/** Whether word i is a verb in the past, of content, that may take another after "to" ("moved to freeze"). */
function catenative(a: AnalysedSentence, i: number): boolean {
  return a.content[i] === 1 && pastForm(a.words[i].lower) && !inSlot(a, i);
}

/** Relative pronouns standing for a party before them, set off by a comma ("…, which brought", "…, who invited"). */
const RELATIVES = new Set(['which', 'who']);

/**
 * The party a relative at word i, after a comma, stands for: the one right before the comma, named alone and in no
 * relation to its clause (a subject or an object: "South Korea's presidential Blue House, which …"). Not a place where
 * something happened ("at the Hague, which jump started …": the meeting did), a member of a list ("the Pentagon and
 * the State Department, who …") or a party after a preposition ("the treaty between Japan and Korea, which …").
 */
function relativeParty(a: AnalysedSentence, i: number): Slot | undefined {
  const party = partyEndingAt(a, i - 1);
  if (!party || relationOf(a, party) !== undefined || listOf(a, party).length > 1) return undefined;
  return party;
}

/** Words opening a cleft's clause after its party ("It was Tokyo that …"; lexicon.ts `CLEFT_RELATIVES`). */
const CLEFT_RELATIVE_WORDS = new Set(CLEFT_RELATIVES);

/** Forms of "be" opening a cleft before its party ("It was Seoul that …"; lexicon.ts `CLEFT_VERBS`). */
const CLEFT_OPENERS = new Set(CLEFT_VERBS);

/** The party (a named one, or a country's adjective before its noun for its government) whose words end at word i. */
function partyEndingAt(a: AnalysedSentence, i: number): Slot | undefined {
  const slot = a.slots.find((s) => s.kind === 'entity' && s.last === i);
  if (slot) return slot.entity!.adjective ? undefined : partyOf(a, slot);
  if (!PARTY_NOUNS.has(a.words[i]?.lower ?? '')) return undefined;
  return partyOf(
    a,
    a.slots.find((s) => s.kind === 'entity' && s.last === i - 1),
  );
}

/**
 * The party a cleft singles out, doing the act after the relative at word i ("It was Seoul that let it lapse", "It
 * was the Japanese side that carried …"). Not a party before a "that" outside a cleft: the relative may stand for a
 * thing named before it ("sanctions against Japan that …").
 */
function cleftParty(a: AnalysedSentence, i: number): Slot | undefined {
  const party = partyEndingAt(a, i - 1);
  if (!party) return undefined;
  let k = party.first - 1;
  if (a.words[k]?.lower === 'the') k--;
  return CLEFT_OPENERS.has(a.words[k]?.lower ?? '') && a.words[k - 1]?.lower === 'it' ? party : undefined;
}

/** Whether word `v` is a passive participle with its doer after "by" ("funded by Japan", "led by Perry"). */
function passiveAt(a: AnalysedSentence, v: number): boolean {
  // Not "retaliated by restricting sales": "by" before an -ing form tells how, and the doer stands before the verb.
  if (a.words[v + 1]?.lower !== 'by' || !(pastForm(a.words[v].lower) || irregularParticiple(a, v))) return false;
  const next = v + 2;
  return !(next < a.words.length && a.words[next].lower.endsWith('ing') && !inSlot(a, next));
}

/**
 * Whether word `v` is a participle right after a form of "be" ("GSOMIA was terminated", "Japan is viewed as a military
 * threat by …"): the party before it undergoes the act, whatever words come before its "by".
 */
export function passiveParticipleAt(a: AnalysedSentence, v: number): boolean {
  return v > 1 && PASSIVE_AUXILIARIES.has(a.words[v - 1].lower) && (pastForm(a.words[v].lower) || irregularParticiple(a, v));
}

/**
 * Whether word v is an irregular form of a verb (lexicon.ts `IRREGULAR_FORMS`: "frozen", "taken") right after a form
 * of "be": a passive participle ("was frozen by Tokyo"), which `pastForm` does not know.
 */
function irregularParticiple(a: AnalysedSentence, v: number): boolean {
  return v > 0 && a.content[v] === 1 && IRREGULAR_FORMS.has(a.words[v].lower) && PASSIVE_AUXILIARIES.has(a.words[v - 1].lower);
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

/** Most words a passive's complement may hold before its "by" ("was appointed ambassador to Japan by …"). */
const COMPLEMENT_REACH = 5;

/**
 * The doer after the "by" of a passive participle whose complement stands between ("Kang was appointed ambassador to
 * Japan by the Blue House", "GSOMIA was threatened with termination by Tokyo"), in its clause. Not past another verb
 * ("was named in a move welcomed by Tokyo": the "by" is that verb's), nor before an -ing form ("by restricting …").
 */
function agentAfterLaterBy(a: AnalysedSentence, v: number): Slot | undefined {
  for (let k = v + 1; k < a.words.length && k <= v + COMPLEMENT_REACH; k++) {
    if (!sameClause(a, v, k)) return undefined;
    const w = a.words[k].lower;
    if (w === 'by') {
      const how = a.words[k + 1]?.lower.endsWith('ing') && !a.slots.some((s) => s.first === k + 1);
      return how ? undefined : agentAfterBy(a, k - 1);
    }
    const named = inSlot(a, k);
    if (!named && a.content[k] === 1 && (pastForm(w) || w.endsWith('ing'))) return undefined;
  }
  return undefined;
}

/** The party owning an act noun at `v` by a possessive ("Seoul's near withdrawal", "Moon's decision"). */
function actOwner(a: AnalysedSentence, v: number): Slot | undefined {
  if (!ACT_NOUN_ENDING.test(a.words[v].lower)) return undefined;
  // Past the words describing the act ("near", "abrupt"), to the possessive's "s".
  for (let i = v - 1; i >= 1 && i >= v - 3; i--) {
    if (possessiveMark(a.words, i)) {
      const slot = a.slots.find((s) => s.kind === 'entity' && s.last === i - 1);
      return slot?.entity!.adjective ? undefined : partyOf(a, slot);
    }
    if (a.content[i] !== 1 || !/^[\s-]*$/.test(textBetween(a, i, i + 1))) return undefined;
  }
  return undefined;
}

/**
 * The title owning an act noun at `v` by a possessive, with no person named beside it ("the U.S. president’s
 * announcement"): the act's doer, named only by office.
 */
function actTitleOwner(a: AnalysedSentence, v: number): Slot | undefined {
  if (!ACT_NOUN_ENDING.test(a.words[v].lower)) return undefined;
  for (let i = v - 1; i >= 1 && i >= v - 3; i--) {
    if (possessiveMark(a.words, i)) {
      const title = a.slots.find((s) => s.kind === 'role' && s.last === i - 1);
      if (!title || a.slots.some((p) => personLike(p) && wordsApart(p, title) <= 2)) return undefined;
      return title;
    }
    if (a.content[i] !== 1 || !/^[\s-]*$/.test(textBetween(a, i, i + 1))) return undefined;
  }
  return undefined;
}

/**
 * Each draft person doing by a verb an act the claim names by its noun, owned by a title alone ("Moon announced that
 * he was reducing …" against "the U.S. president’s announcement that he was reducing …"), with that title: the
 * possessive tells the act's doer as a subject does. Whether the person holds the title is the caller's to ask.
 */
export function titledActOwners(draft: AnalysedSentence, claim: AnalysedSentence): Map<Slot, Slot> {
  const owners = new Map<Slot, Slot>();
  for (const [v, mine] of actsOf(draft)) {
    if (!personLike(mine) || mine.referent || !claim.contentStems.has(draft.stems[v])) continue;
    for (let j = 1; j < claim.words.length; j++) {
      if (claim.stems[j] !== draft.stems[v] || claim.content[j] !== 1 || claim.quoted[j] === 1) continue;
      const title = actTitleOwner(claim, j);
      if (title && (sameWordNear(draft, v, claim, j) || sameTold(draft, v, claim, j))) owners.set(mine, title);
    }
  }
  return owners;
}

/** How many words after an act what it told or was done to is read in (`sameTold`). */
const TOLD_REACH = 10;

/**
 * Whether the words after the act at `i` of x and at `j` of y, within `TOLD_REACH` words and outside quotations, share
 * a content word ("announced that joint U.S.-ROK exercises would be scaled down" and "announcement that he was
 * reducing U.S.-ROK military exercises"): what was declared or done is one thing, however many words each puts before
 * it.
 */
function sameTold(x: AnalysedSentence, i: number, y: AnalysedSentence, j: number): boolean {
  const told = (a: AnalysedSentence, k: number) => {
    const stems = new Set<string>();
    for (let m = k + 1; m < a.words.length && m <= k + TOLD_REACH && a.quoted[m] === 0; m++) if (a.content[m] === 1) stems.add(a.stems[m]);
    return stems;
  };
  const theirs = told(y, j);
  return [...told(x, i)].some((w) => theirs.has(w));
}

/**
 * The parties doing the act at word `v`: the doer of a passive after its "by", else the party before the verb, else
 * the owner of an act noun; with the other parties listed with it ("Japan and South Korea removed …").
 */
function agentsAt(a: AnalysedSentence, v: number): readonly Slot[] {
  // Asked of a passage's words at each draft sentence it is lined up with (`agentSwaps`, `doesAsInDraft`): read once
  // per reading and word, kept with the reading as its acts are.
  let found = agentsFound.get(a);
  if (!found) agentsFound.set(a, (found = new Array<readonly Slot[] | undefined>(a.words.length)));
  return (found[v] ??= readAgentsAt(a, v));
}

/** Each reading's `agentsAt` answers by word, read so far. */
const agentsFound = new ReadingMap<(readonly Slot[] | undefined)[]>();

function readAgentsAt(a: AnalysedSentence, v: number): readonly Slot[] {
  const agent = passiveAt(a, v)
    ? agentAfterBy(a, v)
    : passiveParticipleAt(a, v)
      ? agentAfterLaterBy(a, v)
      : (agentBefore(a, v) ?? actOwner(a, v));
  if (!agent) return [];
  return listOf(a, agent);
}

/**
 * How two parties compare: by their slots, or as the countries they stand for when one is named by its adjective
 * ("the South Korean government" is Seoul).
 */
export function compareParties(a: Slot, b: Slot): Comparison {
  const plain = compareSlots(a, b);
  // A body and a country, by the country the body belongs to ("the Blue House" is Seoul's, not Tokyo's). Not a
  // country's adjective: "Japanese companies" are not Japan's government. A leader's government ("the Moon
  // administration") stands for its country's.
  const body = (s: Slot) => s.entity!.type === 'organisation';
  if (plain === 'incomparable' && body(a) !== body(b)) {
    const [x, y] = body(a) ? [a, b] : [b, a];
    const government = y.entity!.leads;
    const country = (y.entity!.key.startsWith('country:') && !y.entity!.adjective ? y.entity!.key : undefined) ?? government;
    if (x.entity!.country !== undefined && country !== undefined) return x.entity!.country === country ? 'same' : 'differ';
  }
  if (plain !== 'incomparable' || Boolean(a.entity!.adjective) === Boolean(b.entity!.adjective)) return plain;
  const country = (s: Slot) => (s.entity!.key.startsWith('country:') ? s.entity!.key : undefined);
  const [x, y] = [country(a), country(b)];
  return x === undefined || y === undefined ? 'incomparable' : x === y ? 'same' : 'differ';
}

/**
 * Whether `slot` names a country as its government: the country outright ("Seoul", "Japan"), or its adjective before
 * a noun for its government ("the South Korean government", "the Japanese side"); not its adjective before one of its
 * other parties ("a Korean politician", "Korean courts", "Japanese firms") nor before a thing ("Korean goods").
 */
export function namesGovernment(a: AnalysedSentence, slot: Slot): boolean {
  if (slot.kind !== 'entity' || slot.entity!.type !== 'place' || !slot.entity!.key.startsWith('country:')) return false;
  if (!slot.entity!.adjective) return true;
  const next = a.words[slot.last + 1]?.lower ?? '';
  return PARTY_NOUNS.has(next) && !NON_GOVERNMENT_PARTY_NOUNS.has(next);
}

/**
 * Whether `slot` names a country only to qualify something else than its government: its adjective before its
 * politicians, courts or firms ("a senior Korean politician", "a Korean court decision", "Japanese firms"), or its
 * name hyphened to another country's before what the two share ("postwar Japan-South Korea relations").
 */
export function qualifiesNonGovernment(a: AnalysedSentence, slot: Slot): boolean {
  if (slot.kind !== 'entity' || slot.entity!.type !== 'place') return false;
  // Adjectives listed before one noun ("both Japanese and Korean firms") each qualify that noun.
  if (slot.entity!.adjective) {
    const last = listOf(a, slot).reduce((end, s) => Math.max(end, s.last), slot.last);
    return NON_GOVERNMENT_PARTY_NOUNS.has(a.words[last + 1]?.lower ?? '');
  }
  const hyphened = (i: number, j: number) => /^[-‐‑–]$/.test(textBetween(a, i, j));
  return a.slots.some(
    (o) =>
      o !== slot &&
      o.entity?.type === 'place' &&
      ((o.last === slot.first - 1 && hyphened(o.last, slot.first)) || (o.first === slot.last + 1 && hyphened(slot.last, o.first))),
  );
}

/**
 * The draft's parties that do an act the claim tells too, where the claim names only another party doing it: each
 * such draft party with the claim's. The act is read from a verb (past or -ing forms) with its party before it or
 * after its passive "by", or from an act noun its party owns ("Seoul's near withdrawal"). A party listed with others
 * in the draft ("Japan and South Korea removed …") is not read: either may be the one the claim names.
 */
export function agentSwaps(draft: AnalysedSentence, claim: AnalysedSentence): Map<Slot, Slot> {
  const swaps = new Map<Slot, Slot>();
  for (const [v, mine] of actsOf(draft)) {
    // A claim without the act's word among its content words tells no act to swap (asked first: most do not).
    if (!claim.contentStems.has(draft.stems[v])) continue;
    let theirs: Slot | undefined;
    for (let j = 1; j < claim.words.length; j++) {
      if (claim.stems[j] !== draft.stems[v] || claim.content[j] !== 1) continue;
      const agents = agentsAt(claim, j);
      // The claim tells the draft's party doing it too (both did), near the same words or not ("a proposal … to
      // create a foundation similar to the one created by Germany"): nothing is swapped.
      if (agents.some((o) => compareParties(mine, o) === 'same')) {
        theirs = undefined;
        break;
      }
      // The same act of the same thing: a word near both is shared ("refused to hold", not "faced pressure" against
      // "faced a ban").
      if (!sameWordNear(draft, v, claim, j)) continue;
      theirs ??=
        agents.find((o) => partiesDiffer(draft, mine, o, agents.length === 1)) ?? partyForPartner(draft, v, mine, claim, j, agents);
    }
    if (theirs) swaps.set(mine, theirs);
  }
  return swaps;
}

/**
 * Whether the draft's party `mine` and the claim's `theirs` are two, as doers of one act: they differ, or one names a
 * country's government by its adjective ("the Japanese side") and the other is a body of another country ("the Blue
 * House", South Korea's). A body of the same country is not read as the same party (it may be another of its bodies).
 * `alone`: `theirs` is the one party the claim gives the act.
 */
function partiesDiffer(draft: AnalysedSentence, mine: Slot, theirs: Slot, alone: boolean): boolean {
  const c = compareParties(mine, theirs);
  if (c !== 'incomparable') return c === 'differ';
  // Two people, one of them by an untyped name ("Moon" against "Suga"), the claim's the act's one doer: two, unless
  // they share a word of the name. (Against doers listed together, the draft's person is read by the list instead.)
  if (alone && personLike(mine) && personLike(theirs)) return !mine.entity!.words.some((w) => theirs.entity!.words.includes(w));
  const country = theirs.entity!.type === 'organisation' ? theirs.entity!.country : undefined;
  return country !== undefined && namesGovernment(draft, mine) && mine.entity!.adjective === true && mine.entity!.key !== country;
}

/**
 * The claim's one party doing the act at draft word `v` that cannot be compared with the draft's (`mine`: a person
 * against a country, "the Abe cabinet let …" against "Seoul let …"), where the claim names the draft's party in
 * another role, after a preposition ("… a currency swap agreement with South Korea"): the claim's doer stands where
 * the draft's does. Not for an act two parties do together ("reached the agreement with Park"), where the partner
 * does it too.
 */
function partyForPartner(
  draft: AnalysedSentence,
  v: number,
  mine: Slot,
  claim: AnalysedSentence,
  j: number,
  agents: readonly Slot[],
): Slot | undefined {
  // A country's adjective ("the Japanese leader") may name the very person the claim names: no swap is read.
  if (agents.length !== 1 || mine.entity!.adjective || compareParties(mine, agents[0]) !== 'incomparable') return undefined;
  if (SYMMETRIC_ACTS.has(draft.stems[v])) return undefined;
  // The partner of this act, in its clause and in the claim's own words (not a quotation it gives).
  const partner = claim.slots.some(
    (o) =>
      o.kind === 'entity' &&
      o !== agents[0] &&
      claim.quoted[o.first] === 0 &&
      o.first > j &&
      sameClause(claim, j, o.first) &&
      compareParties(mine, o) === 'same' &&
      PARTNER_RELATIONS.has(relationOf(claim, o) ?? ''),
  );
  return partner ? agents[0] : undefined;
}

/** Prepositions that make a party the partner or the target of another's act ("with South Korea", "against Japan"). */
const PARTNER_RELATIONS = new Set(['with', 'against', 'to', 'toward', 'towards', 'on']);

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

/**
 * Whether `claim` tells any of the acts the draft tells `party` doing, in the draft's words (true when the draft tells
 * it doing none but by a verb of little content, `light`: "made the trip"): a passage naming the party beside none of
 * them says nothing of what it did.
 */
export function tellsActOf(draft: AnalysedSentence, party: Slot, claim: AnalysedSentence, light: ReadonlySet<string>): boolean {
  let acts = false;
  for (const [v, mine] of actsOf(draft)) {
    if (mine !== party || light.has(draft.stems[v])) continue;
    acts = true;
    if (claim.contentStems.has(draft.stems[v]) || journeyToScene(draft, v, claim)) return true;
  }
  return !acts;
}

/**
 * Whether the draft tells `party` going to a place where the claim tells an act done ("Kim Jin-pyo went to Tokyo in
 * mid-November" and "a delegation … headed by Kim Jin-pyo … met with Suga … in Tokyo"): the place ties the party's
 * journey to the passage's event, however far the party's name stands from it there.
 */
export function journeyToSceneOf(draft: AnalysedSentence, party: Slot, claim: AnalysedSentence): boolean {
  return actsOf(draft).some(([v, mine]) => mine === party && journeyToScene(draft, v, claim));
}

/** Whether the draft tells `party` going to a place ("Kim Jin-pyo went to Tokyo"). */
export function journeys(draft: AnalysedSentence, party: Slot): boolean {
  return actsOf(draft).some(([v, mine]) => mine === party && journeyDestination(draft, v) !== undefined);
}

/** Most words between a verb of going and the place it goes to ("traveled to Tokyo", "went to The Hague"). */
const DESTINATION_REACH = 3;

/**
 * Whether the act at word v of the draft is a journey to a place the claim tells an act in ("Kim Jin-pyo went to Tokyo
 * in mid-November" and "a delegation … headed by Kim Jin-pyo … met with Suga … in Tokyo"): being there is what the
 * journey tells, whatever the passage's verb.
 */
function journeyToScene(draft: AnalysedSentence, v: number, claim: AnalysedSentence): boolean {
  const to = journeyDestination(draft, v);
  return to !== undefined && claim.slots.some((o) => compareSlots(to, o) === 'same' && sceneOfAct(claim, o));
}

/** The place the act at word v goes to, if it is a journey ("traveled to Tokyo", "visited Tokyo"). */
function journeyDestination(a: AnalysedSentence, v: number): Slot | undefined {
  return a.slots.find((s) => s.first > v && s.first - v <= DESTINATION_REACH && destinationOf(a, s));
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
const actsFound = new ReadingMap<[number, Slot][]>();

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
      // "went to Tokyo", "flew to Seoul": a journey, whatever the verb's form.
      const verb =
        pastForm(a.words[v].lower) ||
        a.words[v].lower.endsWith('ing') ||
        passiveAt(a, v) ||
        a.words[v - 1].lower === 'to' ||
        goingToPlace(a, v);
      const agents = verb ? agentsAt(a, v) : [];
      const owner = agents.length === 0 ? actOwner(a, v) : undefined;
      if (agents.length === 1) acts.push([v, agents[0]]);
      else if (owner) acts.push([v, owner]);
    }
    actsFound.set(a, acts);
  }
  return acts;
}

/**
 * The content stems of the first `count` content words within `reach` words after word k (before it when `before`),
 * past any party's words. Past the first four words, only in the act's own clause: "… condemning the Burmese putsch
 * and Washington readying sanctions" tells Washington's act after the "and".
 */
function wordsBeside(a: AnalysedSentence, k: number, before: boolean, reach = NEAR_REACH, count = 2): string[] {
  const out: string[] = [];
  for (let d = 1; d <= reach && out.length < count; d++) {
    const m = before ? k - d : k + d;
    if (m < 0 || m >= a.words.length) break;
    if (d > NEAR_REACH && !sameClause(a, k, m)) break;
    if (a.content[m] === 1 || inNamedThing(a, m)) out.push(a.stems[m]);
  }
  return out;
}

/** How far from an act its words are read as telling what it was done to, whatever clause they stand in. */
const NEAR_REACH = 4;

/** How far after an act its own clause is read for what the act was done to, every content word (`sameWordNear`). */
const CLAUSE_REACH = 8;

/** Whether word m is a word of a named thing's name that is no party ("the Reconciliation and Healing Foundation"). */
function inNamedThing(a: AnalysedSentence, m: number): boolean {
  if (FUNCTION_WORDS.has(a.words[m].lower)) return false;
  return a.slots.some((s) => s.first <= m && m <= s.last && (s.entity?.type === 'organisation' || s.entity?.type === 'agreement'));
}

/**
 * The last word of a passive act's doer after its "by" ("floated by a senior Korean politician"), the noun for its
 * government or people included; `v` itself for any other act: what the act was done to is told after it.
 */
function pastAgent(a: AnalysedSentence, v: number): number {
  const agent = passiveAt(a, v) ? agentAfterBy(a, v) : undefined;
  if (!agent) return v;
  return PARTY_NOUNS.has(a.words[agent.last + 1]?.lower ?? '') ? agent.last + 1 : agent.last;
}

/**
 * Whether the first two content words after word i of x and after word j of y share one, or the two before them
 * (the thing a passive act was done to: "the foundation, funded by …"), or the content words of the two acts' clauses
 * after them, a passive's doer passed ("floated a foundation" and "floated by a senior Korean politician to create a
 * foundation"; "retaliated against the … seizures by restricting sales" and "retaliated by restricting sales").
 */
function sameWordNear(x: AnalysedSentence, i: number, y: AnalysedSentence, j: number): boolean {
  const after = wordsBeside(x, i, false);
  if (wordsBeside(y, j, false).some((w) => after.includes(w))) return true;
  const before = wordsBeside(x, i, true);
  if (wordsBeside(y, j, true).some((w) => before.includes(w))) return true;
  // A passive act's thing stands before it, an active one's after ("the Foundation was frozen by Tokyo" and "moved to
  // freeze the Reconciliation and Healing Foundation"; "Kang was appointed ambassador … by …" and "appointed
  // Representative Kang Chan-gil", its "by" past a complement).
  const passive = (a: AnalysedSentence, k: number) => passiveAt(a, k) || passiveParticipleAt(a, k);
  if (passive(x, i) !== passive(y, j)) {
    const [done, doneTo] = passive(x, i) ? [passiveThing(x, i, before), wordsBeside(y, j, false)] : [passiveThing(y, j), after];
    if (doneTo.some((w) => done.includes(w))) return true;
    // The one named it was done to, however many words its name and title hold.
    const [p, k, q, m] = passive(x, i) ? [x, i, y, j] : [y, j, x, i];
    if (namedNear(p, k, true).some((s) => namedNear(q, m, false).some((o) => compareSlots(s, o) === 'same'))) return true;
  }
  const clause = wordsBeside(x, pastAgent(x, i), false, CLAUSE_REACH, CLAUSE_REACH);
  if (wordsBeside(y, pastAgent(y, j), false, CLAUSE_REACH, CLAUSE_REACH).some((w) => clause.includes(w))) return true;
  return sameValueAfter(x, i, y, j);
}

/**
 * The content stems before a passive act at word k, what it was done to (`wordsBeside`, or `near` where already read),
 * and those before an aside set off by commas right before its auxiliary ("The … Foundation, funded by Japan, was
 * frozen by Tokyo"): the thing stands before the aside.
 */
function passiveThing(a: AnalysedSentence, k: number, near = wordsBeside(a, k, true)): string[] {
  let aux = k - 1;
  while (aux > 0 && PASSIVE_AUXILIARIES.has(a.words[aux - 1].lower)) aux--;
  const last = PASSIVE_AUXILIARIES.has(a.words[aux]?.lower ?? '') ? beforeAside(a, aux) : -1;
  return last < 0 ? near : [...near, ...wordsBeside(a, last + 1, true)];
}

/** The people, places and things named within `NEAR_REACH` words after word k (before it when `before`), in its clause. */
function namedNear(a: AnalysedSentence, k: number, before: boolean): Slot[] {
  return a.slots.filter((s) => {
    if (s.kind !== 'entity') return false;
    const gap = before ? k - s.last : s.first - k;
    return gap > 0 && gap <= NEAR_REACH && sameClause(a, Math.min(k, s.first), Math.max(k, s.first));
  });
}

/**
 * Whether the acts at word i of x and word j of y are done to the same place or thing, or on the same date, named
 * right after each in its clause ("traveled to Tokyo on November 9" and "traveled to Tokyo on November 9"): an act of
 * moving or meeting tells what it was done to by values alone, with no content word to share.
 */
function sameValueAfter(x: AnalysedSentence, i: number, y: AnalysedSentence, j: number): boolean {
  const after = (a: AnalysedSentence, k: number) =>
    a.slots.filter(
      (s) => (s.kind === 'entity' || s.kind === 'date') && s.first > k && s.first - k <= NEAR_REACH && sameClause(a, k, s.first),
    );
  const theirs = after(y, j);
  return after(x, i).some((s) => theirs.some((o) => compareSlots(s, o) === 'same'));
}

/** A named thing that may be a person (nameLists.ts `PERSON_TYPES`: "Kishida Fumio" may be left untyped). */
export const personLike = (s: Slot): boolean => s.kind === 'entity' && PERSON_TYPES.includes(s.entity!.type);

/** Whether `slot` stands right after a past verb as its object ("succeeded Suga", "met the president"). */
function objectOfAct(a: AnalysedSentence, slot: Slot): boolean {
  let k = slot.first - 1;
  while (k >= 0 && BY_GAP.has(a.words[k].lower)) k--;
  if (k < 0 || a.content[k] !== 1 || inSlot(a, k)) return false;
  return pastForm(a.words[k].lower);
}

/** Whether `slot` stands right before a verb as the one doing it ("Suga became …", "Suga has since taken …"). */
export function subjectOfAct(a: AnalysedSentence, slot: Slot): boolean {
  let k = slot.last + 1;
  while (k < a.words.length && AGENT_GAP.has(a.words[k].lower) && a.words[k].lower !== 'to') k++;
  return k < a.words.length && a.content[k] === 1 && !inSlot(a, k);
}

/**
 * A person both sentences name who is the object of an act in one ("Kishida Fumio succeeded Suga") and the one doing
 * an act in the other ("Suga became Japan's prime minister following Abe's resignation"), while each names another
 * person the other does not (Kishida Fumio; Abe): the two tell different events in that person's life, and no value
 * of the one stands for the other's.
 */
export function personInAnotherPart(
  draft: AnalysedSentence,
  claim: AnalysedSentence,
  pairs: readonly [Slot, Slot][],
  claimMatched: ReadonlySet<Slot>,
): boolean {
  const swapped = pairs.some(
    ([p, q]) =>
      personLike(p) &&
      personLike(q) &&
      ((objectOfAct(draft, p) && subjectOfAct(claim, q)) || (subjectOfAct(draft, p) && objectOfAct(claim, q))),
  );
  return swapped && eachNamesAnotherPerson(draft, claim, pairs, claimMatched);
}

/**
 * Whether each sentence names a person the other does not (`claimMatched`: the claim's paired values): what the two
 * share may be told of different people ("Moon's party won … parliamentary elections in April 2020" against Yu Myung
 * Hwan's guess about Suga's re-election in September).
 */
export function eachNamesAnotherPerson(
  draft: AnalysedSentence,
  claim: AnalysedSentence,
  pairs: readonly [Slot, Slot][],
  claimMatched: ReadonlySet<Slot>,
): boolean {
  const paired = new Set(pairs.map(([p]) => p));
  return draft.slots.some((o) => personLike(o) && !paired.has(o)) && claim.slots.some((o) => personLike(o) && !claimMatched.has(o));
}

/**
 * Whether each sentence tells the act of a person the other never names (one standing before its verb as the one doing
 * it: `subjectOfAct`), and the two pair no person: the draft's people ("Abe and Moon sat down together in Chengdu")
 * and the passage's ("Secretary of Defense William Perry led a trilateral … approach") do different things, however
 * alike the words the two use for them ("leaders" and "led", "meet" and "negotiating").
 */
export function eachTellsAnotherPersonsAct(draft: AnalysedSentence, claim: AnalysedSentence, pairs: readonly [Slot, Slot][]): boolean {
  if (pairs.some(([p]) => personLike(p))) return false;
  const paired = new Set(pairs.flat());
  const actsUnpaired = (a: AnalysedSentence) => a.slots.some((o) => personLike(o) && !paired.has(o) && subjectOfAct(a, o));
  return actsUnpaired(draft) && actsUnpaired(claim);
}

/** Words that tie a party to what it is told to be (lexicon.ts `COMPLEMENT_LINKS`). */
const LINKS = new Set(COMPLEMENT_LINKS);

/** Words owning or opening the thing a party is told to be ("its largest target market", "the largest"). */
const OWNER_WORDS = new Set(['its', 'his', 'her', 'their', 'the', 'a', 'an']);

/** Content words of the thing a party is told to be, fewer than which say too little to tie two parties to it. */
const COMPLEMENT_WORDS = 2;

/** Each sentence's parties told to be something, with that thing's first word, found once per reading. */
const complementsFound = new ReadingMap<[Slot, number][]>();

/**
 * The draft's parties told to be a thing ("Japan still counts South Korea as its largest target market", "call Japan
 * South Korea's most persistent invader") where the claim tells the same thing, in the same words, of another party
 * of the same kind and of none like the draft's ("China remains Japan's largest target market", "China has been
 * [South Korea's] most persistent invader"): each such draft party with the claim's. The claim may name the draft's
 * party elsewhere ("but Japan was the most recent"); that mention tells it of another thing.
 */
export function complementSwaps(draft: AnalysedSentence, claim: AnalysedSentence): Map<Slot, Slot> {
  const swaps = new Map<Slot, Slot>();
  for (const [mine, start] of complementsOf(draft)) {
    const length = contentRun(draft, start);
    for (let j = 1; j + length <= claim.words.length; j++) {
      let k = 0;
      while (k < length && claim.content[j + k] === 1 && claim.stems[j + k] === draft.stems[start + k]) k++;
      if (k < length) continue;
      const theirs = partyToldToBe(claim, j);
      if (!theirs) continue;
      if (listOf(claim, theirs).some((o) => compareParties(mine, o) !== 'differ')) {
        swaps.delete(mine);
        break;
      }
      swaps.set(mine, theirs);
    }
  }
  return swaps;
}

/**
 * Whether `claim` may back the draft's `party` where the draft tells it to be a thing ("Japan as Korea's most
 * persistent invader"): the claim says that thing's words too. A passage naming the party beside other words of the
 * sentence ("… has existed for centuries") says nothing of what the party is. True when the draft tells no such thing.
 */
export function isAsInDraft(draft: AnalysedSentence, party: Slot, claim: AnalysedSentence): boolean {
  for (const [mine, start] of complementsOf(draft)) {
    if (mine !== party) continue;
    const length = contentRun(draft, start);
    for (let k = start; k < start + length; k++) if (!claim.contentStems.has(draft.stems[k])) return false;
  }
  return true;
}

/** The draft's parties told to be something (a link word or an owner after them), with the thing's first word. */
function complementsOf(a: AnalysedSentence): [Slot, number][] {
  let found = complementsFound.get(a);
  if (found) return found;
  found = [];
  for (const slot of a.slots) {
    if (slot.kind !== 'entity' || slot.entity!.adjective || partyOf(a, slot) !== slot || a.quoted[slot.first] === 1) continue;
    // A party listed with others ("Japan and South Korea remain …"): either may be the one the claim names.
    if (listOf(a, slot).length > 1) continue;
    let k = slot.last + 1;
    while (k < a.words.length && LINKS.has(a.words[k].lower)) k++;
    let start = pastOwner(a, k);
    // "call Japan South Korea's most persistent invader": with no link word, an owner must say the thing is the party's.
    if (start === k && k === slot.last + 1) continue;
    if (degreeWord(a, start)) start++;
    if (contentRun(a, start) >= COMPLEMENT_WORDS) found.push([slot, start]);
  }
  complementsFound.set(a, found);
  return found;
}

/** The word after an owner opening at word k ("its", "the", "Japan's"), or k when none does. */
function pastOwner(a: AnalysedSentence, k: number): number {
  if (k >= a.words.length) return k;
  if (OWNER_WORDS.has(a.words[k].lower)) return k + 1;
  const owner = a.slots.find((s) => s.kind === 'entity' && s.first === k);
  return owner && possessiveMark(a.words, owner.last + 1) ? owner.last + 2 : k;
}

/**
 * Whether word k is a word of no content before the thing's own words ("most persistent invader"): not a value, an
 * owner, a link word nor a denial ("China is not Japan's largest market" tells nothing of China's place).
 */
function degreeWord(a: AnalysedSentence, k: number): boolean {
  if (k >= a.words.length || a.content[k] === 1 || a.content[k + 1] !== 1 || a.negations.includes(k)) return false;
  const w = a.words[k].lower;
  return !LINKS.has(w) && !OWNER_WORDS.has(w) && w !== 's' && !inSlot(a, k);
}

/** How many content words in a row, none of a value, stand from word k ("most persistent invader" counts two). */
function contentRun(a: AnalysedSentence, k: number): number {
  let n = 0;
  while (k + n < a.words.length && a.content[k + n] === 1 && !a.slots.some((s) => s.first <= k + n && k + n <= s.last)) n++;
  return n;
}

/**
 * The party told to be the thing whose words open at word j: right before a link word ("China remains", "China has
 * been"), past the thing's owner ("Japan's", "[South Korea's]", "its").
 */
function partyToldToBe(a: AnalysedSentence, j: number): Slot | undefined {
  let i = j - 1;
  if (i >= 0 && degreeWord(a, i)) i--;
  if (i >= 0 && OWNER_WORDS.has(a.words[i].lower)) i--;
  else if (i >= 1 && possessiveMark(a.words, i)) {
    const owner = a.slots.find((s) => s.kind === 'entity' && s.last === i - 1);
    if (!owner) return undefined;
    i = owner.first - 1;
  }
  const link = i;
  while (i >= 0 && LINKS.has(a.words[i].lower)) i--;
  if (i === link) return undefined;
  const slot = a.slots.find((s) => s.kind === 'entity' && s.last === i);
  return slot && !slot.entity!.adjective && partyOf(a, slot) === slot ? slot : undefined;
}

/**
 * Whether one of two people stands for their government or their people ("Biden officials", "the Biden
 * administration") where the other is a person named alone ("Antony Blinken met …"): the one may be of the other's
 * government, so they are not two people where one should be. Two governments are compared as their leaders are: a
 * name whose own words end in such a noun (a glossary's "Trump administration") against a name before one ("the Obama
 * administration").
 */
export function personAgainstGovernment(draft: AnalysedSentence, slot: Slot, claim: AnalysedSentence, other: Slot): boolean {
  if (slot.entity?.type !== 'person' || other.entity?.type !== 'person') return false;
  const governs = (a: AnalysedSentence, s: Slot) => PARTY_NOUNS.has(a.words[s.last + 1]?.lower ?? '');
  const isGovernment = (a: AnalysedSentence, s: Slot) => governs(a, s) || (s.last > s.first && PARTY_NOUNS.has(a.words[s.last].lower));
  if (isGovernment(draft, slot) && isGovernment(claim, other)) return false;
  return governs(draft, slot) !== governs(claim, other);
}

/** Most words between an agreement's noun and the "with" naming its other party ("agreement Japan had reached in 2015 with"). */
const PARTNER_REACH = 7;

/**
 * The people a sentence names as an agreement's other party, each with the word qualifying the agreement's noun (the
 * word before it, which says which agreement: "women" of "the comfort women deal"): a person after "with" (past "the"
 * and a title) that follows the noun in its phrase, no punctuation between ("the comfort women deal with Moon
 * Jae-in", "the … “comfort women” agreement Japan had reached in 2015 with President Park Geun-hye", "the deal that
 * Tokyo negotiated with …"). A noun with no word of content before it ("the deal with Moon") says too little of which.
 */
function agreementPartners(a: AnalysedSentence): [Slot, number][] {
  const found: [Slot, number][] = [];
  // The words may be the agreement's name ("the 2015 comfort women agreement").
  const named = (i: number) => a.slots.some((o) => o.entity?.type === 'agreement' && o.first <= i && i <= o.last);
  for (const person of a.slots) {
    if (person.entity?.type !== 'person' || person.referent || a.quoted[person.first] === 1) continue;
    let k = person.first - 1;
    // "with the government of Lee Myung-bak": the person's government is the party.
    if (a.words[k]?.lower === 'of' && PARTY_NOUNS.has(a.words[k - 1]?.lower ?? '')) k -= 2;
    if (a.words[k]?.lower === 'the') k--;
    const title = a.slots.find((s) => s.kind === 'role' && s.last === k);
    if (title) k = title.first - 1;
    if (a.words[k]?.lower !== 'with') continue;
    for (let n = k - 1; n >= 1 && n >= k - 1 - PARTNER_REACH; n--) {
      if (PUNCTUATION_BETWEEN.test(textBetween(a, n, n + 1))) break;
      if (a.stems[n] !== AGREEMENT_STEM || (a.content[n] !== 1 && !named(n))) continue;
      if (a.content[n - 1] === 1 || (named(n - 1) && !FUNCTION_WORDS.has(a.words[n - 1].lower))) found.push([person, n - 1]);
      break;
    }
  }
  return found;
}

/**
 * The draft's people it names as an agreement's other party where the claim names another person as the other party
 * of the agreement qualified alike ("Japan struck the comfort women deal with Moon Jae-in" against "… the Moon
 * government … abandoned the painfully negotiated “comfort women” agreement Japan had reached in 2015 with President
 * Park Geun-hye"): that person is the partner in the claim's account, whatever other mention of the draft's person the
 * claim has (the Moon government, which abandoned it). Each with the claim's partner. Not where the claim names the
 * draft's person as a partner of it too.
 */
export function otherPartnerOfAgreement(draft: AnalysedSentence, claim: AnalysedSentence): [Slot, Slot][] {
  const found: [Slot, Slot][] = [];
  const theirs = agreementPartners(claim);
  if (theirs.length === 0) return found;
  for (const [mine, i] of agreementPartners(draft)) {
    const same = theirs.filter(([, j]) => claim.stems[j] === draft.stems[i]);
    if (same.length !== 1 || compareSlots(mine, same[0][0]) !== 'differ') continue;
    found.push([mine, same[0][0]]);
  }
  return found;
}

/**
 * Whether `claim` may back the draft's `party` where the draft names it as an agreement's other party ("the comfort
 * women deal with Moon Jae-in"): the claim names it as the other party of an agreement too. A passage naming the party
 * beside the agreement in another part ("while Moon affirmed the validity of the 2015 agreement") does not say the
 * agreement was reached with it. True when the draft names no agreement's partner at `party`.
 */
export function partnerAsInDraft(draft: AnalysedSentence, party: Slot, claim: AnalysedSentence): boolean {
  if (!agreementPartners(draft).some(([p]) => p === party)) return true;
  return agreementPartners(claim).some(([p]) => compareSlots(party, p) === 'same');
}
