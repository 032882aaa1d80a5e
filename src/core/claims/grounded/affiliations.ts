/**
 * The bodies a sentence ties people to, as their place of work or party ("Seoul National University Professor Park
 * Cheol Hee", "Yasuyo Sakata is a professor at Kanda University …", "Kim Jin-pyo of the ruling Democratic Party"):
 * read alike from sources and drafts, so a draft tying a person to another body of the same kind can be told.
 */
import {
  AFFILIATION_LINKS,
  AFFILIATION_PRESENT_LINKS,
  AFFILIATION_VERBS,
  AFFILIATION_VERBS_WITH_TO,
  EXPERTISE_NOUNS,
  MEMBERSHIP_NOUNS,
  ORGANISATION_HEADS,
  RESEARCH_BODY_HEADS,
} from './lexicon';
import { possessiveMark, type AnalysedSentence, type Slot } from './sentenceAnalysis';
import { textBetween } from './sourceClaims';
import { onceHeld } from './alignment/offices';

/**
 * How many words may stand between a name and the body after it ("…, a professor at …", ", who teaches at …", " is a
 * member of the opposition …"): linking words alone, so a longer reach ties nothing farther.
 */
const AFFILIATION_REACH = 7;

/** Whether a slot names a person: a known person, or a name of two words or more ("Yasuyo Sakata"). */
function personLike(slot: Slot): boolean {
  const type = slot.entity?.type;
  return type === 'person' || (type === 'name' && slot.entity!.words.length >= 2);
}

/**
 * The people a sentence ties to a body, with the body: one just before the name, or before its title, or owning it by
 * a possessive ("Korea University's Park Cheol Hee", "Yonsei University professor Park"); or one after the name past
 * linking words alone, a title among them ("Park Cheol Hee of Yonsei University", "Sakata, a professor at Keio
 * University", "Sakata teaches at Keio University"). Not one told as once the person's ("formerly of …").
 */
export function affiliatedPeople(a: AnalysedSentence): [Slot, Slot][] {
  const found: [Slot, Slot][] = [];
  const { slots, words } = a;
  const isBody = (o: Slot | undefined): boolean => o?.entity?.type === 'organisation' && a.quoted[o.first] === 0;
  for (let k = 0; k < slots.length; k++) {
    const person = slots[k];
    if (person.kind !== 'entity' || !personLike(person)) continue;
    // Before: "Body Title Name", "Body's Name", "Body Name".
    let j = k - 1;
    if (slots[j]?.kind === 'role' && slots[j].last === person.first - 1) j--;
    const before = slots[j];
    const next = j + 1 < k ? slots[j + 1].first : person.first;
    const possessive = possessiveMark(words, next - 1);
    const joined = (from: number, to: number) => /^\s+$/.test(textBetween(a, from, to));
    const ties =
      before && isBody(before) && (before.last === next - 1 || (possessive && before.last === next - 2)) && joined(next - 1, next);
    if (ties && (j === k - 1 || joined(slots[j + 1].last, person.first)) && !onceHeldTitle(a, slots[j + 1])) found.push([person, before]);
    // A title opening the sentence, set off before the name by a comma, with the body it is held at ("A lawmaker of
    // the opposition People Power Party, Kim Jin-pyo carried …").
    const opening = openingTitleBody(a, person);
    if (opening) found.push([person, opening]);
    // After: the name, then linking words and at most one title, then the body; or past a description set off by
    // commas, a verb of leading or belonging ("Kim Jin-pyo, the lawmaker who led the delegation, belongs to …").
    const verb = verbPastApposition(a, person);
    const from = verb ?? person.last + 1;
    const reach = from + AFFILIATION_REACH - 1;
    const after = verb === undefined ? k + 1 : slots.findIndex((s) => s.first >= from);
    for (let n = after, i = from; n >= 0 && i <= reach && i < words.length;) {
      // Only a comma or a dash may stand between (not a clause's end, a bracket, a quotation mark).
      if (!/^[\s,—–]*$/.test(textBetween(a, i - 1, i))) break;
      const slot = slots[n];
      if (slot && slot.first === i) {
        if (isBody(slot)) {
          if (i > from || verb !== undefined) found.push([person, slot]);
          break;
        }
        // A country naming the field of the noun after it ("a Japan specialist") is no body and no title: read past.
        const field = slot.entity?.type === 'place' && EXPERTISE_NOUNS.has(words[slot.last + 1]?.lower ?? '');
        if (!field && (slot.kind !== 'role' || onceHeld(a, slot))) break;
        i = slot.last + 1;
        n++;
        continue;
      }
      if (!linking(words, i)) break;
      i++;
    }
  }
  return found;
}

/** How many words a description set off by commas after a name may have, for a verb after it to be the name's. */
const APPOSITION_REACH = 10;

/**
 * Where a verb of leading or belonging in the present tense stands right after a description set off by commas after
 * the name (`AFFILIATION_VERBS`, `AFFILIATION_PRESENT_LINKS`: "Kim Jin-pyo, the lawmaker who led the delegation, belongs to …", "Kawamura, a
 * veteran lawmaker, heads …"): the name is its subject. Undefined where none does.
 */
function verbPastApposition(a: AnalysedSentence, person: Slot): number | undefined {
  const { words } = a;
  if (!/^\s*,\s*$/.test(textBetween(a, person.last, person.last + 1))) return undefined;
  for (let i = person.last + 2; i < words.length && i <= person.last + APPOSITION_REACH; i++) {
    const gap = textBetween(a, i - 1, i);
    const w = words[i].lower;
    if (/^\s*,\s*$/.test(gap)) return AFFILIATION_VERBS.has(w) || AFFILIATION_PRESENT_LINKS.has(w) ? i : undefined;
    // Within the description, words joined by spaces, a hyphen or a possessive's apostrophe ("Korea's leading …").
    if (!/^[\s'’-]*$/.test(gap)) return undefined;
  }
  return undefined;
}

/**
 * The body of a title opening the sentence and set off before `person` by a comma ("A lawmaker of the opposition
 * People Power Party, Kim Jin-pyo …", "A professor at Keio University, Sakata argues …"): linking words alone between
 * the title and the body, the person's name right after the comma. Undefined otherwise, or for a title told as once
 * held ("A former chairman of …").
 */
function openingTitleBody(a: AnalysedSentence, person: Slot): Slot | undefined {
  const { slots, words } = a;
  const title = slots[0];
  if (title?.kind !== 'role' || title.first > 1 || (title.first === 1 && !ARTICLES.has(words[0].lower)) || onceHeld(a, title))
    return undefined;
  let i = title.last + 1;
  while (i < person.first && linking(words, i) && /^\s*$/.test(textBetween(a, i - 1, i))) i++;
  const body = slots.find((s) => s.first === i && s.entity?.type === 'organisation' && a.quoted[s.first] === 0);
  if (!body || body.last + 1 !== person.first || !/^\s*,\s*$/.test(textBetween(a, body.last, person.first))) return undefined;
  return body;
}

/** Articles that may open a title at the start of a sentence ("A lawmaker of …"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * Whether word `i` may stand between a name and its body: a linking word, a field's noun, a verb of leading or
 * belonging in the present tense and its particle ("who heads …", "belongs to …"), a noun of membership ("a member of").
 */
function linking(words: AnalysedSentence['words'], i: number): boolean {
  const w = words[i].lower;
  if (AFFILIATION_LINKS.has(w) || EXPERTISE_NOUNS.has(w) || AFFILIATION_VERBS.has(w) || MEMBERSHIP_NOUNS.has(w)) return true;
  return w === 'to' && AFFILIATION_VERBS_WITH_TO.has(words[i - 1]?.lower ?? '');
}

/** Whether `slot`, when a title, is told as once held ("former chairman of …"): its body is no longer the person's. */
function onceHeldTitle(a: AnalysedSentence, slot: Slot): boolean {
  return slot.kind === 'role' && onceHeld(a, slot);
}

/**
 * The words of a body's name that say what kind of body it is ("university", "party"), or those of its full name for
 * a short form ("CSIS": center); the words of a research body, of any name, are one kind (`RESEARCH_BODY_HEADS`).
 */
export function bodyKinds(body: Slot): string[] {
  const own = body.entity!.words.filter((w) => ORGANISATION_HEADS.has(w));
  return [...new Set([...own, ...(body.entity!.kinds ?? [])].map((w) => (RESEARCH_BODY_HEADS.has(w) ? RESEARCH_BODY : w)))];
}

/** The one kind of every research body (`bodyKinds`). */
const RESEARCH_BODY = 'research body';
