import { CitationSearch, paragraphNumber, type CitationTarget } from '../../core/citations';
import { matchedWords, type Vocabulary, type WordMatches } from '../../core/citations/matchedWords';
import { foldForSearch } from '../../core/citations/searchText';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import type { Source } from '../../core/knowledge/types';
import { authorNames, sourceLabel } from '../../core/sources/describe';

/** Passages offered for one query: enough to scroll, few enough to read. */
const PASSAGE_CHOICES = 30;
const SOURCE_CHOICES = 5;
/**
 * How much of a passage each line of a row shows. A Quick Pick row is about 90 characters wide: the first line holds
 * the passage's start and, after it, the key and the matching words (cut first when the row is full); the second
 * line (smaller type) goes on with the passage.
 */
const FIRST_LINE_CHARS = 52;
const SECOND_LINE_CHARS = 110;
/** Words shown before the first matching word when a passage is long enough to need a window onto it. */
const LEAD_CHARS = 24;
/** A source whose title, authors and outlet hold at least this share of the query's words is listed even if fuzzy title search missed it. */
const SOURCE_MIN_SHARE = 0.5;

/** One thing "Insert Citation" can insert, described for a Quick Pick row. */
export interface CitationChoice {
  kind: 'passage' | 'source';
  target: CitationTarget;
  /** First line: the start of the passage shown (around the first matching word), or the source title. */
  label: string;
  /** `@key` (with `para. N` for a passage), so the key a citation will carry is visible. */
  description: string;
  /** Second line: the passage going on from the label, or the source's authors, title, outlet and date. */
  detail: string;
  /** The row's words that match the query, as written in the passage (or the source's title and authors). */
  matches: string[];
}

const searches = new WeakMap<KnowledgeBase, CitationSearch>();
const vocabularies = new WeakMap<KnowledgeBase, Vocabulary>();

/**
 * The words of the passages (as the search's index holds them, stopwords aside) and of the source descriptions,
 * folded: a query word found here is spelt right. The passages' words come from the index rather than from folding
 * every passage again, which at 300,000 passages took seconds on the first Insert Citation.
 */
function vocabularyOf(kb: KnowledgeBase): Vocabulary {
  let words = vocabularies.get(kb);
  if (!words) {
    const search = citationSearchFor(kb);
    const described = new Set(kb.sources.flatMap((s) => foldForSearch(sourceWords(s)).split(' ')));
    words = { has: (word) => search.spelt(word) || described.has(word) };
    vocabularies.set(kb, words);
  }
  return words;
}

const searchBuilders = new WeakMap<KnowledgeBase, () => CitationSearch>();

/**
 * How the search over `kb` is to be built when a citation feature first needs it: for a library read through the
 * sources cache, with the word index the cache keeps. Without it the passages are indexed in memory.
 */
export function buildCitationSearchWith(kb: KnowledgeBase, build: () => CitationSearch): void {
  searchBuilders.set(kb, build);
}

/** The search over one knowledge base, built the first time a citation feature needs it. */
export function citationSearchFor(kb: KnowledgeBase): CitationSearch {
  let search = searches.get(kb);
  if (!search) {
    search = searchBuilders.get(kb)?.() ?? new CitationSearch(kb);
    searches.set(kb, search);
  }
  return search;
}

interface Ranked {
  choice: CitationChoice;
  /** Share of the query's words the row matches, 0–1: what passages and sources are ranked against each other by. */
  share: number;
}

/**
 * What the Quick Pick lists for `query`, in the order it lists them. Passages keep the search's ranking and
 * sources theirs; the two lists are merged by how many of the query's words each row matches, a source going first
 * as soon as it matches as many ("Sakata Biden factor" names a source; a claim's wording finds passages). A blank query
 * lists every source. The automation form's `pick` indexes this list, so a test picks what a user would see. Pure.
 */
export function citationChoices(kb: KnowledgeBase, query: string): CitationChoice[] {
  if (query.trim() === '') return kb.sources.map((source) => sourceChoice(source, matchedWords('', '')).choice);
  const search = citationSearchFor(kb);
  const vocabulary = vocabularyOf(kb);
  const passages: Ranked[] = search.search(query, { limit: PASSAGE_CHOICES }).map((hit) => {
    const text = hit.passage.text.replace(/\s+/g, ' ');
    const matches = matchedWords(query, text, vocabulary);
    const paragraph = paragraphNumber(kb, hit.passage);
    const [label, detail] = passageLines(text, matches);
    return {
      choice: {
        kind: 'passage',
        target: { source: hit.source.key, passage: hit.passage.id },
        label,
        description: paragraph === undefined ? `@${hit.source.key}` : `@${hit.source.key}, para. ${paragraph}`,
        detail,
        matches: wordsAt(text, matches),
      },
      share: shareOf(matches),
    };
  });

  const found = search.searchSources(query, { limit: SOURCE_CHOICES }).map((hit) => hit.source);
  const sources = kb.sources
    .map((source) => ({ source, matches: matchedWords(query, sourceWords(source), vocabulary), rank: found.indexOf(source) }))
    .filter((s) => s.rank >= 0 || shareOf(s.matches) >= SOURCE_MIN_SHARE)
    .sort((a, b) => shareOf(b.matches) - shareOf(a.matches) || rankOrLast(a.rank) - rankOrLast(b.rank))
    .slice(0, SOURCE_CHOICES)
    .map((s) => sourceChoice(s.source, s.matches));

  const merged: CitationChoice[] = [];
  let p = 0;
  let s = 0;
  while (p < passages.length || s < sources.length) {
    // On a tie the source goes first: words that all occur in a title or author name mostly mean that source.
    const sourceFirst = s < sources.length && (p >= passages.length || sources[s].share >= passages[p].share);
    merged.push(sourceFirst ? sources[s++].choice : passages[p++].choice);
  }
  return merged;
}

function sourceChoice(source: Source, matches: WordMatches): Ranked {
  const title = source.title ?? `Untitled (${source.key})`;
  return {
    choice: {
      kind: 'source',
      target: { source: source.key },
      label: title,
      description: `@${source.key} · whole source`,
      detail: sourceLabel(source),
      matches: wordsAt(sourceWords(source), matches),
    },
    share: shareOf(matches),
  };
}

/** What a source is found by: its title, authors, outlet and key. */
function sourceWords(source: Source): string {
  const parts = [source.title, source.authors.length ? authorNames(source.authors) : null, source.container, source.publisher, source.key];
  return parts.filter(Boolean).join(' · ');
}

function shareOf(matches: WordMatches): number {
  return matches.asked === 0 ? 0 : matches.found / matches.asked;
}

function rankOrLast(rank: number): number {
  return rank < 0 ? Number.MAX_SAFE_INTEGER : rank;
}

/** The matching words as written, each once, in reading order. */
function wordsAt(text: string, matches: WordMatches): string[] {
  return [...new Set(matches.spans.map((span) => text.slice(span.start, span.end)))];
}

/**
 * A passage on two lines: the first from its start, or from a little before the first matching word when that lies
 * beyond the first line; the second going on from there. Cuts fall between words and are marked with "…".
 */
function passageLines(text: string, matches: WordMatches): [string, string] {
  const firstMatch = matches.spans[0]?.start ?? 0;
  let from = 0;
  if (firstMatch + 12 > FIRST_LINE_CHARS) from = wordStartAtOrAfter(text, Math.max(0, firstMatch - LEAD_CHARS));
  const firstEnd = cutAt(text, from, FIRST_LINE_CHARS);
  const secondStart = wordStartAtOrAfter(text, firstEnd);
  const secondEnd = cutAt(text, secondStart, SECOND_LINE_CHARS);
  const label = `${from > 0 ? '…' : ''}${text.slice(from, firstEnd).trim()}`;
  const detail = `${text.slice(secondStart, secondEnd).trim()}${secondEnd < text.length ? '…' : ''}`;
  return [label, detail];
}

/** The end of at most `length` characters from `from`, moved back to a space so no word is cut. */
function cutAt(text: string, from: number, length: number): number {
  if (from + length >= text.length) return text.length;
  const space = text.lastIndexOf(' ', from + length);
  return space > from ? space : from + length;
}

function wordStartAtOrAfter(text: string, offset: number): number {
  if (offset <= 0) return 0;
  if (text[offset - 1] === ' ') return offset;
  const space = text.indexOf(' ', offset);
  return space < 0 ? text.length : space + 1;
}
