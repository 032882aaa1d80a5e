/**
 * Lists of plain words ("cooperation committees on the Tokyo Olympics, COVID-19 pandemic response, and sports and
 * cultural exchange"): a draft retelling a passage's list with one item replaced by a thing the passage never speaks
 * of ("… on the Tokyo Games, the pandemic response, and tourism promotion"). Apart from the lists of names
 * (nameLists.ts): an item here is a phrase, matched to the passage's by the words the two share, not a value.
 */
import { LIST_ITEM_KINDRED, PARTIAL_LIST_OPENERS } from './lexicon';
import type { AnalysedSentence } from './sentenceAnalysis';
import type { SourceClaim, SourceClaims } from './sourceClaims';
import { textBetween, wordsText } from './sourceClaims';
import { holds } from './candidates';
import { finding } from './conflictFinding';
import { stem } from './stem';
import type { Alignment } from './alignment';
import type { ClaimFinding } from '../types';

/** Most words an item of a list may hold ("portrayals of Japan's imperialism in Japanese textbooks"). */
const ITEM_WORDS = 8;

/** Fewest items a list of plain words is read with: "A and B" may join two words of one thing. */
const LIST_ITEMS = 3;

/** Fewest other items of the draft's list the passage's list must hold for a list to be the passage's, retold. */
const SHARED_ITEMS = 2;

/** Words a list's first item follows ("committees on …", "disputes over …", "name them as …"). */
const ITEM_OPENERS = new Set(['on', 'over', 'of', 'for', 'in', 'as', 'to', 'about', 'covering', 'between', 'among', 'with']);

/** What closes a run of a list's items: any punctuation but a comma, and the parentheses an item may hold. */
const RUN_BREAK = /[;:—–]/;

/** The conjunctions before a list's last item. */
const LAST_JOINS = new Set(['and', 'or']);

/** Words after a list's last item that say it gives only some ("… and others", "… among others", "etc"). */
const PARTIAL_LIST_CLOSERS = new Set(['others', 'etc', 'so']);

/** A list of plain words: each item as its first and last word, whether it says it gives only some. */
interface ItemList {
  items: [number, number][];
  open: boolean;
}

/**
 * The draft's one item of a list of three or more that the passage telling the same list never speaks of, in any
 * word, where its other items (two at least) are the passage's list's, which holds an item the draft leaves out: the
 * draft replaced that item. None where either list gives only some ("such as", "including"), where the item is the
 * list's first (where it opens is not known), where the sources name the item's thing elsewhere in its words, or where
 * a word of the item is kindred to one of the passage's ("Games", "Olympics"; lexicon.ts `LIST_ITEM_KINDRED`).
 */
export function replacedItemConflict(
  index: SourceClaims,
  draft: AnalysedSentence,
  compared: readonly { claim: SourceClaim; alignment: Alignment }[],
  told: (alignment: Alignment) => boolean,
): ClaimFinding | undefined {
  if (draft.negations.length > 0 || draft.hedged || draft.conditional || draft.question) return undefined;
  const mine = itemLists(draft).filter((l) => !l.open);
  if (mine.length === 0) return undefined;
  const draftKeys = sentenceKeys(draft);
  for (const { claim, alignment } of compared) {
    const source = claim.analysis;
    if (!told(alignment) || alignment.mismatches.length > 0 || alignment.polarity || source.hedged || source.conditional) continue;
    const theirs = itemLists(source);
    if (theirs.length === 0 || theirs.some((l) => l.open)) continue;
    const said = sentenceKeys(source);
    for (const list of mine) {
      const odd = list.items.filter(([from, to]) => !keysOf(draft, from, to).some((k) => said.has(k)));
      if (odd.length !== 1 || odd[0] === list.items[0]) continue;
      const [from, to] = odd[0];
      const words = keysOf(draft, from, to);
      if (words.length === 0 || to - from + 1 > ITEM_WORDS || quoted(draft, from, to)) continue;
      const others = list.items.filter((item) => item !== odd[0]);
      for (const their of theirs) {
        const left = replacedItem(draft, draftKeys, others, source, their.items);
        if (!left || namedElsewhere(index, draft, from, to)) continue;
        const expected = wordsText(source, left[0], left[1]);
        return finding(claim, draft.words[from].start, draft.words[to].end, wordsText(draft, from, to), expected, undefined);
      }
    }
  }
  return undefined;
}

/**
 * The passage's item the draft's list leaves out, where `others` (the draft's items but the replaced one) each share a
 * word with an item of the passage's list, one item each, two at least, and one passage item shares no word with the
 * draft at all.
 */
function replacedItem(
  draft: AnalysedSentence,
  draftKeys: ReadonlySet<string>,
  others: readonly [number, number][],
  source: AnalysedSentence,
  items: readonly [number, number][],
): [number, number] | undefined {
  const taken = new Set<number>();
  for (const [from, to] of others) {
    const keys = new Set(keysOf(draft, from, to));
    const k = items.findIndex((item, i) => !taken.has(i) && keysOf(source, item[0], item[1]).some((w) => keys.has(w)));
    if (k >= 0) taken.add(k);
  }
  if (taken.size < SHARED_ITEMS) return undefined;
  const left = items.filter((item, i) => !taken.has(i) && !keysOf(source, item[0], item[1]).some((w) => draftKeys.has(w)));
  return left.length === 1 ? left[0] : undefined;
}

/**
 * Whether some passage holds every content word of the draft's item, and names each thing it names: the sources speak
 * of that thing, and the draft may tell another statement of theirs.
 */
function namedElsewhere(index: SourceClaims, draft: AnalysedSentence, from: number, to: number): boolean {
  const stems: string[] = [];
  for (let k = from; k <= to; k++) if (draft.content[k] === 1) stems.push(draft.stems[k]);
  const lists = stems.map((s) => index.withStem(s));
  const names = draft.slots.filter((s) => s.entity && s.first >= from && s.last <= to).map((s) => index.withValue(`e:${s.entity!.key}`));
  const all = [...lists, ...names];
  if (all.length === 0 || all.some((l) => l === undefined || l.length === 0)) return false;
  const shortest = all.reduce((a, b) => (a!.length <= b!.length ? a : b))!;
  for (const c of shortest) if (all.every((l) => holds(l, c))) return true;
  return false;
}

/** Whether any word of the range stands in quotation marks: a quoted phrase is someone's words, not a list told. */
function quoted(a: AnalysedSentence, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (a.quoted[k] === 1) return true;
  return false;
}

/**
 * What word `k` of `a` is compared by: a content word's stem, or a named thing's word (its stem), each read as its
 * kindred group's (`LIST_ITEM_KINDRED`); undefined for a word of little content ("the", "and").
 */
function itemKey(a: AnalysedSentence, k: number): string | undefined {
  const named = a.slots.some((s) => s.kind === 'entity' && s.first <= k && k <= s.last);
  if (a.content[k] !== 1 && !named) return undefined;
  const key = a.content[k] === 1 ? a.stems[k] : stem(a.words[k].lower);
  return kindredStem(key);
}

/** A word's stem read as its kindred group's (`LIST_ITEM_KINDRED`: "games" as "olympics"), or itself. */
export function kindredStem(wordStem: string): string {
  return KINDRED.get(wordStem) ?? wordStem;
}

/** The keys of every word of `a` (`itemKey`). */
function sentenceKeys(a: AnalysedSentence): Set<string> {
  return new Set(keysOf(a, 0, a.words.length - 1));
}

/** The keys of words `from` to `to` of `a` (`itemKey`). */
function keysOf(a: AnalysedSentence, from: number, to: number): string[] {
  const keys: string[] = [];
  for (let k = from; k <= to; k++) {
    const key = itemKey(a, k);
    if (key !== undefined) keys.push(key);
  }
  return keys;
}

/** Each kindred word's stem to its group's first word's stem. */
const KINDRED: ReadonlyMap<string, string> = new Map(
  LIST_ITEM_KINDRED.flatMap((group) => group.map((w) => [stem(w), stem(group[0])] as const)),
);

/**
 * The lists of three or more plain-word items `a` gives: items parted by commas, the last after "and" or "or" (after
 * a comma or not: "A, B and C", "A, B, and C"), each of at most `ITEM_WORDS` words but the first and the last. The
 * first opens after the word that governs the list ("on", "over") or a colon. Only a comma before the last
 * conjunction tells where the last item begins: without it, the last part is split at its last conjunction.
 */
function itemLists(a: AnalysedSentence): ItemList[] {
  const n = a.words.length;
  // The run's segments between commas, each as its first and last word; a run closes at other punctuation.
  const lists: ItemList[] = [];
  let segments: [number, number][] = [];
  let start = 0;
  // Whether the run opens after a colon ("the domestic agenda: the COVID-19 pandemic …"), which opens a list as a
  // governing word does.
  let afterColon = false;
  const close = () => {
    const list = listOfRun(a, segments, afterColon);
    if (list) lists.push(list);
    segments = [];
  };
  for (let k = 0; k < n; k++) {
    const between = k + 1 < n ? textBetween(a, k, k + 1) : '';
    if (k + 1 === n || between.includes(',') || RUN_BREAK.test(between)) {
      segments.push([start, k]);
      if (k + 1 === n || RUN_BREAK.test(between)) {
        close();
        afterColon = between.includes(':');
      }
      start = k + 1;
    }
  }
  return lists;
}

/** The list a run of comma-parted segments ends with, if its last segment closes one (`itemLists`). */
function listOfRun(a: AnalysedSentence, segments: readonly [number, number][], afterColon: boolean): ItemList | undefined {
  for (let e = segments.length - 1; e >= 1; e--) {
    const [from, to] = segments[e];
    const lower = (k: number) => a.words[k]?.lower ?? '';
    let tail: [number, number][];
    if (LAST_JOINS.has(lower(from))) tail = from + 1 <= to ? [[from + 1, to]] : [];
    else {
      let join = -1;
      for (let k = to - 1; k > from && join < 0; k--) if (LAST_JOINS.has(lower(k))) join = k;
      tail =
        join < 0
          ? []
          : [
              [from, join - 1],
              [join + 1, to],
            ];
    }
    // The last item may run on ("and the issue of comfort women and other forced labor reparations dating to …"): it is
    // compared, but too long to be told replaced (`replacedItemConflict`).
    if (tail.length === 0 || tail.some((item, i) => !(i === tail.length - 1 ? plain(a, item) : short(a, item)))) continue;
    const middle: [number, number][] = [];
    let s = e - 1;
    while (s >= 1 && short(a, segments[s])) middle.unshift(segments[s--]);
    // The first item opens after the word governing the list, or at a colon: commas that set off an aside or part
    // clauses ("Moon, by contrast, surprisingly shifted his tone and signaled …") list nothing.
    const [firstFrom, firstTo] = segments[s];
    // The first governing word: a later one may stand within the item ("disputes over the ownership of the islands").
    let opens = s === 0 && afterColon ? firstFrom : -1;
    for (let k = firstFrom; k < firstTo && opens < 0; k++)
      if (ITEM_OPENERS.has(lower(k)) || PARTIAL_LIST_OPENERS.has(lower(k))) opens = k + 1;
    if (opens < 0) return undefined;
    const items: [number, number][] = [[opens, firstTo], ...middle, ...tail];
    if (items.length < LIST_ITEMS) return undefined;
    const last = items[items.length - 1][1];
    // Examples ("disputes such as …", "including …"): an opening word anywhere before the first item's end, in its
    // segment or just before it.
    let open = PARTIAL_LIST_CLOSERS.has(lower(last + 1));
    for (let k = Math.min(firstFrom, opens - 3); k < firstTo && !open; k++) open = PARTIAL_LIST_OPENERS.has(lower(k));
    return { items, open };
  }
  return undefined;
}

/** Whether a segment may be a whole item: few words, and no word opening a clause of its own (`plain`). */
function short(a: AnalysedSentence, item: [number, number]): boolean {
  return item[1] - item[0] + 1 <= ITEM_WORDS && plain(a, item);
}

/** Whether a segment holds no word opening a clause of its own ("which", "that"). */
function plain(a: AnalysedSentence, [from, to]: [number, number]): boolean {
  for (let k = from; k <= to; k++) if (ITEM_CLAUSE_WORDS.has(a.words[k].lower)) return false;
  return true;
}

/** Words that open a clause, not an item of a list. */
const ITEM_CLAUSE_WORDS = new Set(['which', 'who', 'that', 'when', 'while', 'because', 'but', 'though', 'although', 'whereas']);
