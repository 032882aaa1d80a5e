/**
 * Whose thing it is: a named thing owned by a possessive ("Tokyo's New Southern Policy") and a noun qualified by a
 * country's adjective ("Korean shares"). Another owner or qualifier of the same thing is a swap of parties; apart
 * from who did an act (parties.ts) because a possessive ties a party to a thing whatever the clause says.
 */
import { LEADER_HEAD, REPRESENTATIVE_HEADS } from '../lexicon';
import { pluralTitle, possessiveMark, type AnalysedSentence, type Slot } from '../sentenceAnalysis';
import { textBetween, inSlot } from '../sourceClaims';
import { stem } from '../stem';
import { compareParties } from './parties';
import { compareSlots } from './values';

/** Two countries named as adjectives differ only when they qualify the same word ("Korean firms", "Japanese firms"). */
export function sameQualified(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  if (!a.entity?.adjective) return true;
  const next = (s: AnalysedSentence, slot: Slot) => (s.content[slot.last + 1] === 1 ? s.stems[slot.last + 1] : undefined);
  const n = next(x, a);
  return n !== undefined && n === next(y, b);
}

/** The named thing a party owns by a possessive right after it ("Tokyo's New Southern Policy"), if any. */
export function ownedThing(a: AnalysedSentence, party: Slot): Slot | undefined {
  if (party.kind !== 'entity' || !possessiveMark(a.words, party.last + 1)) return undefined;
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
export function ownerOfSameThing(draft: AnalysedSentence, party: Slot, claim: AnalysedSentence): Slot | undefined {
  const thing = ownedThing(draft, party);
  if (!thing) return undefined;
  for (const other of claim.slots) {
    const theirs = ownedThing(claim, other);
    if (theirs && compareSlots(thing, theirs) === 'same' && compareSlots(party, other) === 'differ') return other;
  }
  return undefined;
}

/** How many words after an owner's possessive may name the thing it owns ("Abe's foreign policy"). */
const OWNED_REACH = 3;

/** The content words (stems) naming what a possessive owner owns: those right after its "'s", up to a mark. */
function ownedWords(a: AnalysedSentence, owner: Slot): string[] {
  if (owner.kind !== 'entity' || !possessiveMark(a.words, owner.last + 1)) return [];
  const found: string[] = [];
  for (let i = owner.last + 2; i < a.words.length && i <= owner.last + 1 + OWNED_REACH && a.content[i] === 1; i++) {
    if (i > owner.last + 2 && !/^\s+$/.test(textBetween(a, i - 1, i))) break;
    found.push(a.stems[i]);
  }
  return found;
}

/**
 * Whether two owners own different things, the claim telling the draft's thing elsewhere with an owner of its own
 * ("Abe's foreign policy" against "limit Suga's capacity to innovate far beyond the foreign policies of his
 * predecessor"): the draft's owner stands where the claim's thing is owned, not in the place of the claim's owner of
 * another thing. (The same thing owned by two is a swap of owners: "Abe's visit", "Moon's visit".)
 */
export function ownersOfOtherThings(draft: AnalysedSentence, a: Slot, claim: AnalysedSentence, b: Slot): boolean {
  const mine = ownedWords(draft, a);
  const theirs = ownedWords(claim, b);
  if (mine.length === 0 || theirs.length === 0 || mine.some((w) => theirs.includes(w))) return false;
  const head = mine[mine.length - 1];
  return claim.stems.some((s, k) => s === head && claim.content[k] === 1 && (k <= b.last || k > b.last + 1 + theirs.length));
}

/**
 * Words that may stand between an owner's possessive or adjective and the title it owns ("Seoul's new ambassador",
 * "the State Department's Asia director").
 */
const TITLE_REACH = 2;

/**
 * The title a country owns: right after its possessive or its adjective, past a word or two describing it and no mark
 * ("Seoul's new ambassador", "the new Japanese envoy", "Japan's foreign minister").
 */
function ownedTitle(a: AnalysedSentence, party: Slot): Slot | undefined {
  if (party.kind !== 'entity' || party.entity!.type !== 'place' || !party.entity!.key.startsWith('country:')) return undefined;
  return titleOwnedBy(a, party, false);
}

/**
 * The title right after `owner`'s possessive (or its adjective), past a word or two describing it and no mark; past a
 * named thing too where `scoped` (a body's title may name its region: "the State Department's Asia director").
 */
function titleOwnedBy(a: AnalysedSentence, owner: Slot, scoped: boolean): Slot | undefined {
  let k = owner.last + 1;
  if (!owner.entity!.adjective) {
    if (!possessiveMark(a.words, k)) return undefined;
    k++;
  }
  const title = a.slots.find((o) => o.kind === 'role' && o.first >= k && o.first <= k + TITLE_REACH);
  if (!title) return undefined;
  if (!scoped) for (let i = k; i < title.first; i++) if (inSlot(a, i)) return undefined;
  return /[,;:()]/.test(textBetween(a, owner.last, title.first)) ? undefined : title;
}

/** `REPRESENTATIVE_HEADS` as the analysis keeps a title's head (stems). */
const REPRESENTATIVES = new Set([...REPRESENTATIVE_HEADS].map(stem));

/** The head of a title that only says someone leads a body, as the analysis keeps it (a stem). */
const LEADER = stem(LEADER_HEAD);

/** Whether two titles name one office, or both a country's representative to another (lexicon.ts `REPRESENTATIVE_HEADS`). */
function sameOffice(a: Slot, b: Slot): boolean {
  return compareSlots(a, b) === 'same' || (REPRESENTATIVES.has(a.role!.head) && REPRESENTATIVES.has(b.role!.head));
}

/**
 * The claim's country owning the office the draft's country `party` owns ("Seoul's new ambassador" against "the new
 * Japanese envoy"), when it is another country and the claim gives that office to no country the same as the draft's.
 */
export function ownerOfSameTitle(draft: AnalysedSentence, party: Slot, claim: AnalysedSentence): Slot | undefined {
  const title = ownedTitle(draft, party);
  if (!title) return undefined;
  let other: Slot | undefined;
  for (const o of claim.slots) {
    const theirs = ownedTitle(claim, o);
    if (!theirs || !sameOffice(title, theirs)) continue;
    const c = compareParties(party, o);
    if (c === 'same') return undefined;
    if (c === 'differ') other ??= o;
  }
  return other;
}

/**
 * Whether `party` of the draft, owning an office ("the new South Korean ambassador"), owns that office as `other` in
 * `claim` too; true when the draft's party owns none.
 */
export function holdsOfficeAsInDraft(draft: AnalysedSentence, party: Slot, claim: AnalysedSentence, other: Slot): boolean {
  const title = ownedTitle(draft, party);
  if (!title) return true;
  const theirs = ownedTitle(claim, other);
  return theirs !== undefined && sameOffice(title, theirs);
}

/**
 * The country a representative's title is posted to, named right after its "to" ("the new Japanese envoy to South
 * Korea", "Japan's ambassador to the United States"), if any.
 */
function postOf(a: AnalysedSentence, title: Slot): Slot | undefined {
  if (!REPRESENTATIVES.has(title.role!.head) || a.words[title.last + 1]?.lower !== 'to') return undefined;
  const first = a.words[title.last + 2]?.lower === 'the' ? title.last + 3 : title.last + 2;
  return a.slots.find((o) => o.first === first && o.entity?.type === 'place' && o.entity.key.startsWith('country:'));
}

/** The country owning `title` by its possessive or adjective ("Japan's", "Japanese"), if any. */
function ownerOfTitle(a: AnalysedSentence, title: Slot): Slot | undefined {
  return a.slots.find((o) => o.last < title.first && ownedTitle(a, o) === title);
}

/**
 * The claim's country a representative of the same office is posted to, where the draft's `place` is the post of its
 * representative ("Japan's new ambassador to the United States" against "the new Japanese envoy to South Korea"): the
 * office ties the two posts, as it ties two owners (`ownerOfSameTitle`). Not where the two offices belong to different
 * countries (that is the owner's swap), nor where the claim posts one to the draft's place, nor where the draft posts
 * another representative to the claim's post (two representatives told).
 */
export function postOfSameTitle(draft: AnalysedSentence, place: Slot, claim: AnalysedSentence): Slot | undefined {
  const title = draft.slots.find((o) => o.kind === 'role' && o.last < place.first && o.last >= place.first - 3);
  if (!title || postOf(draft, title) !== place) return undefined;
  const owner = ownerOfTitle(draft, title);
  let other: Slot | undefined;
  for (const theirs of claim.slots) {
    if (theirs.kind !== 'role' || !sameOffice(title, theirs)) continue;
    const post = postOf(claim, theirs);
    if (!post) continue;
    const c = compareParties(place, post);
    if (c === 'same') return undefined;
    const theirOwner = ownerOfTitle(claim, theirs);
    if (owner && theirOwner && compareParties(owner, theirOwner) !== 'same') continue;
    if (c === 'differ') other ??= post;
  }
  const posted = (s: Slot) => draft.slots.some((t) => t.kind === 'role' && postOf(draft, t) === s);
  if (!other || draft.slots.some((s) => posted(s) && compareParties(s, other!) === 'same')) return undefined;
  return other;
}

/** How near a person must stand to a title to be read as holding it ("Foreign Minister Motegi", "Kim, Seoul's envoy"). */
const HOLDER_REACH = 3;

/** Whether a person stands by `title` in `a`: then the title is compared through that person, not as an office alone. */
function heldByNamed(a: AnalysedSentence, title: Slot): boolean {
  return a.slots.some(
    (p) => p.entity?.type === 'person' && (p.first > title.last ? p.first - title.last : title.first - p.last) <= HOLDER_REACH,
  );
}

/**
 * The claim's representative posted abroad ("the new Japanese envoy to South Korea"), where the draft gives the same
 * country's office of another kind ("Japan's new foreign minister") and names no one holding either: a country's
 * ambassador or envoy to another is not its minister, secretary or president at home. Not a title that only says
 * someone leads a body (`LEADER_HEAD`), nor where the draft names a representative itself.
 */
export function representativeForOffice(draft: AnalysedSentence, title: Slot, claim: AnalysedSentence): Slot | undefined {
  if (title.kind !== 'role' || REPRESENTATIVES.has(title.role!.head) || title.role!.head === LEADER || pluralTitle(title)) return undefined;
  const owner = ownerOfTitle(draft, title);
  if (!owner || heldByNamed(draft, title)) return undefined;
  if (draft.slots.some((o) => o.kind === 'role' && REPRESENTATIVES.has(o.role!.head))) return undefined;
  return claim.slots.find((theirs) => {
    if (theirs.kind !== 'role' || !REPRESENTATIVES.has(theirs.role!.head) || !postOf(claim, theirs) || heldByNamed(claim, theirs))
      return false;
    const theirOwner = ownerOfTitle(claim, theirs);
    return theirOwner !== undefined && compareParties(owner, theirOwner) === 'same';
  });
}

/**
 * The claim's body naming, right before it, the title `body` owns by a possessive in the draft, when it is another body:
 * "the NSC director for Asia" against "the State Department's Asia director". The title ties each body to its holder.
 */
export function bodyOfSameTitle(draft: AnalysedSentence, body: Slot, claim: AnalysedSentence): Slot | undefined {
  if (body.entity?.type !== 'organisation') return undefined;
  const title = titleOwnedBy(draft, body, true);
  if (!title) return undefined;
  for (const theirs of claim.slots) {
    if (theirs.kind !== 'role' || compareSlots(title, theirs) !== 'same') continue;
    const owner = claim.slots.find((o) => o.entity?.type === 'organisation' && o.last === theirs.first - 1);
    if (owner && compareSlots(body, owner) === 'differ') return owner;
  }
  return undefined;
}

/** The noun a country's adjective qualifies, as a stem: the content word right after it ("Korean shares"). */
function qualifiedNoun(a: AnalysedSentence, slot: Slot): string | undefined {
  const k = qualifiedAt(a, slot);
  return k === undefined ? undefined : a.stems[k];
}

/** Where the noun a country's adjective qualifies stands: right after it, or after a list of such adjectives. */
function qualifiedAt(a: AnalysedSentence, slot: Slot): number | undefined {
  const k = slot.last + 1;
  if (a.content[k] === 1) return k;
  // A list of adjectives qualifies one noun ("Japanese and Korean firms"): each member qualifies it.
  const next = (a.words[k]?.lower === 'and' || a.words[k]?.lower === 'or') && a.slots.find((o) => o.first === k + 1);
  return next && next.entity?.adjective ? qualifiedAt(a, next) : undefined;
}

/** The content word governing a phrase starting at word k, a few words before it ("boycotts" of "boycotts on the …"). */
function governingWord(a: AnalysedSentence, k: number): string | undefined {
  for (let i = k - 1; i >= 0 && i >= k - 3; i--) if (a.content[i] === 1) return a.stems[i];
  return undefined;
}

/** How many words may stand between a subject's noun and its verb ("officials who have been privately lecturing"). */
const ACT_REACH = 5;

/**
 * The act a phrase with nothing governing it before does, when it opens its clause ("Japanese officials are privately
 * lecturing …", "It is American officials who have been privately lecturing …"): the first content word after its
 * noun, past function words alone.
 */
function actAfter(a: AnalysedSentence, slot: Slot): string | undefined {
  const noun = qualifiedAt(a, slot);
  if (noun === undefined) return undefined;
  for (let i = noun + 1; i < a.words.length && i <= noun + ACT_REACH; i++) if (a.content[i] === 1) return a.stems[i];
  return undefined;
}

/**
 * The claim's country qualifying the same noun as the draft's country adjective, in a phrase governed by the same
 * word, when the claim qualifies that noun there only with other countries ("expropriation of Korean shares" against
 * "expropriation of Japanese shares"; not "sales … to South Korean firms" against "ordered Japanese firms").
 */
export function otherQualifier(draft: AnalysedSentence, slot: Slot, claim: AnalysedSentence): Slot | undefined {
  if (!slot.entity?.adjective || slot.kind !== 'entity') return undefined;
  const noun = qualifiedNoun(draft, slot);
  const governor = governingWord(draft, slot.first) ?? actAfter(draft, slot);
  if (noun === undefined || governor === undefined) return undefined;
  const theirs = claim.slots.filter(
    (o) => o.entity?.adjective && qualifiedNoun(claim, o) === noun && (governingWord(claim, o.first) ?? actAfter(claim, o)) === governor,
  );
  if (theirs.some((o) => compareSlots(slot, o) === 'same')) return undefined;
  return theirs.find((o) => compareSlots(slot, o) === 'differ');
}

/** Content words a country's adjective may stand before its noun ("Chinese economic pressure"). */
const QUALIFIER_REACH = 2;

/** The nouns (stems) a country's adjective `slot` qualifies: the content words right after it, up to `QUALIFIER_REACH`. */
function qualifiedWords(a: AnalysedSentence, slot: Slot): string[] {
  const out: string[] = [];
  for (let k = slot.last + 1; k <= slot.last + QUALIFIER_REACH && a.content[k] === 1; k++) out.push(a.stems[k]);
  return out;
}

/**
 * Whether the claim qualifies a noun the draft qualifies by a country's adjective with another country's only
 * ("American pressure" against the draft's "Chinese economic pressure"): the claim tells another country's thing.
 */
export function qualifiedOtherwise(draft: AnalysedSentence, claim: AnalysedSentence): boolean {
  const adjectives = (a: AnalysedSentence) => a.slots.filter((s) => s.kind === 'entity' && s.entity!.adjective);
  const theirs = adjectives(claim);
  if (theirs.length === 0) return false;
  for (const mine of adjectives(draft)) {
    for (const noun of qualifiedWords(draft, mine)) {
      const same = theirs.filter((o) => qualifiedWords(claim, o).includes(noun));
      if (same.length > 0 && same.every((o) => compareSlots(mine, o) === 'differ')) return true;
    }
  }
  return false;
}

/** What joins the two parties of a pair named as one ("U.S.-Japan relations", "Japan–South Korea ties"): a dash (after
 * the stop of "U.S.", which its word leaves out). */
const PAIR_JOINER = /^\.?\s*[-‐‑–—]\s*$/u;

/** What joins two parties named together, as a pair or in a list of two ("Japan and South Korea", "Tokyo-Seoul"). */
const PAIR_OR_LIST = /^\.?\s*(?:[-‐‑–—]|,?\s*and)\s*$/u;

/**
 * The pairs of parties a sentence names joined by a dash before a noun ("U.S.-Japan relations", "the Japan–ROK
 * alliance"), each as its two parties and the stem of the noun after: exactly two parties, not a chain of three.
 */
function partyPairs(a: AnalysedSentence): { first: Slot; second: Slot; noun: string }[] {
  const found: { first: Slot; second: Slot; noun: string }[] = [];
  const parties = a.slots.filter((s) => s.kind === 'entity' && s.entity!.type === 'place');
  for (let k = 0; k + 1 < parties.length; k++) {
    const [first, second] = [parties[k], parties[k + 1]];
    if (!PAIR_JOINER.test(textBetween(a, first.last, second.first))) continue;
    const before = parties[k - 1];
    const after = parties[k + 2];
    if (before && PAIR_JOINER.test(textBetween(a, before.last, first.first))) continue;
    if (after && PAIR_JOINER.test(textBetween(a, second.last, after.first))) continue;
    if (a.content[second.last + 1] !== 1 || inSlot(a, second.last + 1)) continue;
    found.push({ first, second, noun: a.stems[second.last + 1] });
  }
  return found;
}

/**
 * The party the claim pairs with the same partner before the same noun where the draft pairs `slot` ("its necessity
 * to U.S.-South Korea relations" against "… to U.S.-Japan relations"): the pair ties the two, as a possessive ties
 * two owners. Undefined where the claim pairs the draft's own party too, or no such pair is told.
 */
export function otherPairMember(draft: AnalysedSentence, slot: Slot, claim: AnalysedSentence): Slot | undefined {
  const mine = partyPairs(draft).find((p) => p.first === slot || p.second === slot);
  if (!mine) return undefined;
  const partner = mine.first === slot ? mine.second : mine.first;
  // The claim names the draft's own pair too, in other words ("Relations between Japan and South Korea", "the
  // Japan-Korea relationship"): its other pair ("a report on U.S.-Japan relations") is of another thing.
  const parties = claim.slots.filter((o) => o.kind === 'entity');
  const joined = parties.some(
    (o, k) =>
      compareParties(slot, o) === 'same' &&
      [parties[k - 1], parties[k + 1]].some(
        (p) =>
          p !== undefined &&
          compareParties(partner, p) === 'same' &&
          PAIR_OR_LIST.test(textBetween(claim, Math.min(o.last, p.last), Math.max(o.first, p.first))),
      ),
  );
  if (joined) return undefined;
  for (const theirs of partyPairs(claim)) {
    if (theirs.noun !== mine.noun) continue;
    const members = [theirs.first, theirs.second];
    if (members.some((o) => compareParties(slot, o) === 'same')) return undefined;
    const kept = members.findIndex((o) => compareParties(partner, o) === 'same');
    if (kept < 0) continue;
    const other = members[1 - kept];
    if (compareParties(slot, other) === 'differ') return other;
  }
  return undefined;
}
