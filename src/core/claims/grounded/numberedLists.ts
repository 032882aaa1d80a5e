/**
 * An author's numbered list ("1. The United States should …", "2. …", … "6. …"): the points a source sets out, counted
 * and placed by the author's own numbers, though no sentence of it says how many there are. A draft counting them
 * ("Sakata offers four recommendations") or placing one by its number ("Sakata's fifth recommendation calls for …")
 * states something about the list itself, which no single passage tells.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Passage } from '../../knowledge/types';
import { LIST_ITEM_NOUNS, LIST_SUBSET_WORDS, LIST_TOPIC_PREPOSITIONS, ORDINAL_PLACES } from './lexicon';
import type { AnalysedSentence, Slot } from './sentenceAnalysis';
import { stem } from './stem';

/** A source's one numbered list: each point's passages, in the author's order (point k at k - 1). */
export interface NumberedList {
  source: string;
  points: readonly (readonly Passage[])[];
}

/** What a draft sentence says of an author's list: how many points it has, or which point says what. */
export type ListStatement = { list: NumberedList; count: Slot } | { list: NumberedList; place: number; first: number; last: number };

/**
 * A point's number opening a paragraph ("4. The United States should …"): one or two digits, a full stop and a
 * capital. Compiled once; read over each source's text once per knowledge base.
 */
const POINT_MARKER = /(?:^|\n)[ \t]*(\d{1,2})\.[ \t]+(?=\p{Lu})/gu;

/** The fewest points a numbered list has (a lone "1." opens no list). */
const MIN_POINTS = 2;

/**
 * The numbered lists of a knowledge base's sources, by their authors' family names in lower case. Which source an
 * author wrote comes from the metadata; a source's text is read for its list only when a draft names its author (a
 * library's thousand sources are not read whole for one check). An author of several sources has none (which one the
 * draft means is not told).
 */
export class AuthorLists {
  /** One per knowledge base: the lists read so far are kept with it. */
  static of(kb: KnowledgeBase): AuthorLists {
    let found = AUTHOR_LISTS.get(kb);
    if (!found) AUTHOR_LISTS.set(kb, (found = new AuthorLists(kb)));
    return found;
  }

  /** Each author's family name to the key of their one source, or null for an author of several. */
  private readonly sourceOf = new Map<string, string | null>();
  private readonly lists = new Map<string, NumberedList | null>();

  private constructor(private readonly kb: KnowledgeBase) {
    for (const source of kb.sources)
      for (const author of source.authors) {
        const family = author.family?.toLowerCase();
        if (family) this.sourceOf.set(family, this.sourceOf.has(family) ? null : source.key);
      }
  }

  /** Whether a family name is the author of exactly one source (whether or not it has a list). */
  has(family: string): boolean {
    return typeof this.sourceOf.get(family) === 'string';
  }

  /** The key of the one source a family name wrote, if it wrote exactly one. */
  sourceKey(family: string): string | undefined {
    return this.sourceOf.get(family) ?? undefined;
  }

  /** The numbered list of that author's one source, read on first ask; undefined if none. */
  get(family: string): NumberedList | undefined {
    const key = this.sourceOf.get(family);
    if (typeof key !== 'string') return undefined;
    let list = this.lists.get(key);
    if (list === undefined) {
      const text = this.kb.source(key)?.text;
      list = (text !== undefined && numberedListOf(this.kb, key, text)) || null;
      this.lists.set(key, list);
    }
    return list ?? undefined;
  }
}

const AUTHOR_LISTS = new WeakMap<KnowledgeBase, AuthorLists>();

/** A source's one numbered list, each point the passages of the paragraph its number opens; undefined if none or several. */
function numberedListOf(kb: KnowledgeBase, key: string, text: string): NumberedList | undefined {
  const markers: { number: number; start: number; end: number }[] = [];
  for (const m of text.matchAll(POINT_MARKER)) {
    const start = m.index! + m[0].length;
    const end = text.indexOf('\n', start);
    markers.push({ number: Number(m[1]), start, end: end < 0 ? text.length : end });
  }
  if (markers.length < MIN_POINTS || markers.some((m, k) => m.number !== k + 1)) return undefined;
  const passages = kb.passagesOf(key);
  const points = markers.map((m) => passages.filter((p) => p.start >= m.start && p.start < m.end));
  return points.every((p) => p.length > 0) ? { source: key, points } : undefined;
}

/** The stems of the nouns naming a list's points. */
const ITEM_STEMS = new Set([...LIST_ITEM_NOUNS].map(stem));

/**
 * What `draft` says of the numbered list of an author it names ("Sakata"): the count of its points ("four
 * recommendations", not "the first three recommendations" nor "two recommendations on trade", nor a count after a
 * point placed: "Sakata's second recommendation boils down to two points"), or the place of the point it tells ("Sakata's fifth recommendation calls for …"). Undefined when it names no such author, or names
 * another person too (whose points they may be), or denies or guesses.
 */
export function listStatementOf(draft: AnalysedSentence, lists: AuthorLists): ListStatement | undefined {
  if (draft.hedged || draft.negations.length > 0) return undefined;
  const { words } = draft;
  let list: NumberedList | undefined;
  for (const w of words) {
    if (!/^\p{Lu}/u.test(w.text) || !lists.has(w.lower)) continue;
    const found = lists.get(w.lower);
    if (found === undefined) continue;
    if (list !== undefined && list !== found) return undefined;
    list = found;
  }
  if (list === undefined) return undefined;
  const named = (s: Slot) => s.entity?.type === 'person' && !s.entity.words.some((w) => lists.has(w));
  if (draft.slots.some(named)) return undefined;
  // A point placed by its number before a count ("Sakata's second recommendation boils down to two points"): the count
  // is of that point's parts, not of the list's points. (Not a count of the whole the point is one "of": "the second
  // recommendation, one of four recommendations, …".)
  const placedBefore = (k: number) =>
    words[k - 1]?.lower !== 'of' && words.some((w, i) => i + 1 < k && ORDINAL_PLACES.has(w.lower) && ITEM_STEMS.has(draft.stems[i + 1]));
  for (const slot of draft.slots) {
    const n = slot.number;
    if (!n || n.approximate || n.range || n.unit === undefined || !ITEM_STEMS.has(n.unit)) continue;
    if (placedBefore(slot.first)) continue;
    const noun = words.findIndex((w, k) => k > slot.last && ITEM_STEMS.has(draft.stems[k]));
    if (noun < 0 || LIST_TOPIC_PREPOSITIONS.has(words[noun + 1]?.lower ?? '')) continue;
    // A word of some of them before the count or between it and its noun ("the first three", "two other proposals").
    const subset = (k: number) => LIST_SUBSET_WORDS.has(words[k]?.lower ?? '');
    if (subset(slot.first - 1) || words.slice(slot.last + 1, noun).some((w) => LIST_SUBSET_WORDS.has(w.lower))) continue;
    return { list, count: slot };
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const place = ORDINAL_PLACES.get(words[i].lower);
    if (place !== undefined && ITEM_STEMS.has(draft.stems[i + 1])) return { list, place, first: i, last: i };
  }
  return undefined;
}

/** The ordinal word of a place ("fourth"), as `ORDINAL_PLACES` has it. */
export function ordinalWord(place: number): string | undefined {
  for (const [word, k] of ORDINAL_PLACES) if (k === place) return word;
  return undefined;
}
