import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Passage, Source, Term } from '../knowledge/types';
import { authorNames } from '../sources/describe';
import { contentWords, foldForSearch, isStopword } from './searchText';
import type { PassageHit, SourceHit } from './types';
import { WordIndex, type WordMatch, type WordWeights } from './wordIndex';

/** Longer queries are cut here: a claim is a sentence or two, and the cut keeps a pasted page from stalling. */
const MAX_QUERY_CHARS = 2000;
/** Distinct query words used; fuse.js token search tracks at most 31. */
const MAX_QUERY_WORDS = 24;
/** Passages the word index hands to fuse.js for the final ranking. */
const CANDIDATES = 24;
/** Of those, how many fuse.js re-ranks, with how many of the query's most telling words. */
const FUSE_CANDIDATES = 8;
const FUSE_WORDS = 6;
/** Glossary alias variants tried per query. */
const MAX_EXPANSIONS = 2;
const EXPANSION_PENALTY = 0.1;

/**
 * Folded passages kept between queries, at most: every passage of a small corpus (the bundled articles), the ones
 * queries keep meeting in a large one, about 6 MB at most.
 */
const FOLDED_KEPT = 20_000;

/** A passage's text folded for search, made for the candidates queries rank (not made up front for every passage). */
interface Folded {
  folded: string;
  /** The folded text without stopwords: what fuse.js scans (bitap time grows with text length). */
  content: string;
}

/** What a search is built over: a `KnowledgeBase`, or any passages with their sources (and glossary terms). */
export type SearchCorpus = Pick<KnowledgeBase, 'passages' | 'sources' | 'terms'>;

/** A glossary alias folded for search, and the term that owns it. */
interface FoldedAlias {
  folded: string;
  term: Term;
}

/**
 * Finds the passages that back a claim, typo-tolerant and word-order-free: a word index picks candidates (see
 * `WordIndex`), fuse.js ranks them, and whole phrases of the query found verbatim move a passage up. Built once per
 * knowledge base; searching is synchronous and never throws on odd input.
 */
export class CitationSearch {
  /** The passages searched (those of a known source), by their number in the word index. */
  private readonly passages: readonly Passage[];
  private readonly sourcesByKey: Map<string, Source>;
  private readonly index: WordIndex;
  private readonly sources: readonly Source[];
  private readonly aliases: FoldedAlias[];
  private sourceFuse: Fuse<{ source: Source; authors: string }> | undefined;
  /** The folded texts of the passages queries have ranked, up to `FOLDED_KEPT`. */
  private readonly foldedKept = new Map<number, Folded>();
  /** The current query's words' spellings in the index, and the weights they give passages, shared by its passes. */
  private readonly variantsNow = new Map<string, WordMatch[]>();
  private readonly weightsNow: WordWeights = new Map();
  private keepWeights = false;

  /**
   * Indexes the passages of a knowledge base (or anything shaped like one: see `overPassages`). `index`, a word
   * index over exactly these passages (`searchWordsOf` of each, in order) kept from an earlier run, spares indexing
   * them again; one over a different number of passages is not used.
   */
  constructor(kb: SearchCorpus, options: { index?: WordIndex } = {}) {
    this.sources = kb.sources;
    this.sourcesByKey = new Map(this.sources.map((s) => [s.key, s]));
    // Asides (a caption, a biography line: `Passage.aside`) are no passage to cite, and never offered.
    const offered = (p: Passage) => !p.aside && this.sourcesByKey.has(p.source);
    this.passages = kb.passages.every(offered) ? kb.passages : kb.passages.filter(offered);
    this.index =
      options.index && options.index.documentCount === this.passages.length
        ? options.index
        : new WordIndex(this.passages.map((p) => searchWordsOf(p.text)));
    this.aliases = kb.terms.flatMap((term) =>
      term.aliases.map((a) => ({ folded: foldForSearch(a.text), term })).filter((a) => a.folded !== ''),
    );
  }

  /** Whether a folded word is spelt as in the passages: a word the index holds, or a stopword (which it leaves out). */
  spelt(word: string): boolean {
    return this.index.has(word) || isStopword(word);
  }

  /** A search over any passages (e.g. a large synthetic corpus for benchmarks); passages of unknown sources are skipped. */
  static overPassages(passages: readonly Passage[], sources: readonly Source[]): CitationSearch {
    return new CitationSearch({ passages, sources, terms: [] });
  }

  /** Passages best matching `query`, best first (at most `limit`, default 10). Empty or wordless queries find nothing. */
  search(query: string, options: { limit?: number } = {}): PassageHit[] {
    const limit = clampLimit(options?.limit, 10);
    if (typeof query !== 'string' || limit === 0) return [];
    const folded = foldForSearch(query.slice(0, MAX_QUERY_CHARS));
    if (folded === '') return [];
    this.variantsNow.clear();
    this.weightsNow.clear();
    const best = new Map<number, number>();
    const passes = [folded, ...this.expansions(folded)];
    // Words' weights are kept for the later passes only when there are any: keeping them costs a copy per word.
    this.keepWeights = passes.length > 1;
    for (const [n, variant] of passes.entries()) {
      // A passage matching the words typed outranks one matching only a glossary synonym of them.
      for (const { doc, score } of n === 0 ? this.rank(variant, 0, true) : this.rank(variant, EXPANSION_PENALTY, false)) {
        if (score < (best.get(doc) ?? Infinity)) best.set(doc, score);
      }
    }
    return [...best]
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([doc, score]) => ({ passage: this.passages[doc], source: this.sourcesByKey.get(this.passages[doc].source)!, score }));
  }

  /** Sources whose title, authors, outlet or key match `query`, best first. */
  searchSources(query: string, options: { limit?: number } = {}): SourceHit[] {
    const limit = clampLimit(options?.limit, 5);
    if (typeof query !== 'string' || limit === 0) return [];
    const folded = foldForSearch(query.slice(0, 200));
    if (folded === '') return [];
    this.sourceFuse ??= new Fuse(
      this.sources.map((source) => ({ source, authors: source.authors.length ? authorNames(source.authors) : '' })),
      {
        keys: ['source.title', 'authors', 'source.container', 'source.publisher', 'source.key'],
        getFn: (row, path) => foldForSearch(String(Fuse.config.getFn(row, path) ?? '')),
        includeScore: true,
        ignoreLocation: true,
        threshold: 0.4,
      },
    );
    return this.sourceFuse.search(folded, { limit }).map((r) => ({ source: r.item.source, score: r.score ?? 1 }));
  }

  /**
   * Scores (0 best) of the candidates for one folded query, plus `penalty`. Glossary variants skip fuse.js
   * (`fuzzy` false): their words come spelt right from the glossary, so the index's exact weights say enough, and
   * each variant would otherwise cost a full bitap pass.
   */
  private rank(folded: string, penalty: number, fuzzy: boolean): { doc: number; score: number }[] {
    const words = [...new Set(contentWords(folded))].slice(0, MAX_QUERY_WORDS);
    // A query of stopwords only ("in the") still deserves an answer: use its words as they are.
    const queryWords = words.length > 0 ? words : [...new Set(folded.split(' '))].slice(0, MAX_QUERY_WORDS);
    const variants = new Map(queryWords.map((w) => [w, this.variantsOf(w)]));
    const candidates = this.index.candidates(
      queryWords,
      CANDIDATES,
      (w) => variants.get(w) ?? [],
      this.keepWeights ? this.weightsNow : undefined,
    );
    if (candidates.length === 0) return [];
    const wordWeight = (w: string) => {
      const v = variants.get(w)?.[0];
      return v ? this.index.idf(v.word) : this.index.maxIdf();
    };
    const possible = queryWords.reduce((sum, w) => sum + wordWeight(w), 0);
    const fuseScores = fuzzy ? this.fuseScores(candidates.slice(0, FUSE_CANDIDATES), queryWords, wordWeight) : new Map<number, number>();
    const bigrams = bigramsOf(folded);
    return candidates.map((c, i) => {
      const text = ` ${this.foldedText(c.doc).folded} `;
      const coverage = possible > 0 ? Math.min(1, c.weight / possible) : 0;
      // How much of the query's wording the passage keeps: its word pairs, or for a one-word query that word.
      const verbatim = text.includes(` ${folded} `);
      const phrase = bigrams.length ? bigrams.filter((b) => text.includes(` ${b} `)).length / bigrams.length : verbatim ? 1 : 0;
      const fuzzyScore = fuzzy ? (fuseScores.get(i) ?? 1) : 1 - coverage;
      // Weights set on the labelled queries: fuse.js's in-text fuzzy match and the index's idf coverage carry the
      // ranking about equally, wording kept breaks ties, and the whole query found verbatim halves the score.
      let score = 0.4 * fuzzyScore + 0.45 * (1 - coverage) + 0.15 * (1 - phrase);
      if (verbatim) score *= 0.5;
      return { doc: c.doc, score: Math.max(0, Math.min(1, score + penalty)) };
    });
  }

  /**
   * fuse.js's score (0 best) of each candidate, by position. Its bitap pass costs text length × word length per
   * error allowed, so it re-ranks only the strongest candidates with the most telling query words; the rest keep
   * score 1 and rank on the index weight.
   */
  private fuseScores(
    candidates: readonly { doc: number }[],
    queryWords: readonly string[],
    weight: (w: string) => number,
  ): Map<number, number> {
    const fuseWords = [...queryWords].sort((a, b) => weight(b) - weight(a)).slice(0, FUSE_WORDS);
    const fuse = new Fuse(
      candidates.map((c) => this.foldedText(c.doc).content || this.foldedText(c.doc).folded),
      { useTokenSearch: true, tokenize: contentWordsOrAll, includeScore: true, ignoreLocation: true, threshold: 0.3 },
    );
    const scores = new Map<number, number>();
    for (const r of fuse.search(fuseWords.join(' '))) scores.set(r.refIndex, r.score ?? 1);
    return scores;
  }

  /** The index's spellings of a query word, found once per query. */
  private variantsOf(word: string): WordMatch[] {
    let found = this.variantsNow.get(word);
    if (!found) this.variantsNow.set(word, (found = this.index.variants(word)));
    return found;
  }

  /** Passage `doc` folded, made the first time a query ranks it (and again once the kept ones were let go). */
  private foldedText(doc: number): Folded {
    let done = this.foldedKept.get(doc);
    if (!done) {
      const folded = foldForSearch(this.passages[doc].text);
      done = { folded, content: contentWords(folded).join(' ') };
      if (this.foldedKept.size >= FOLDED_KEPT) this.foldedKept.clear();
      this.foldedKept.set(doc, done);
    }
    return done;
  }

  /**
   * The query with a one-word glossary alias it contains swapped for another alias of the same term worded
   * differently ("GSOMIA" → "military intelligence sharing agreement", "Burma" → "Myanmar"). Aliases sharing a word
   * with the one typed add nothing the fuzzy match does not already find, and are skipped.
   */
  private expansions(folded: string): string[] {
    if (this.aliases.length === 0) return [];
    const padded = ` ${folded} `;
    const out: string[] = [];
    for (const alias of this.aliases) {
      // Only one-word aliases (acronyms and names: GSOMIA, Burma, Takeshima) are swapped: a phrase alias such as
      // "export restrictions" is plain wording the index already matches, and swapping it for another alias of a
      // broader term ("Japan-South Korea trade war") would rank that term's passages above the claim's own words.
      if (alias.folded.includes(' ') || !padded.includes(` ${alias.folded} `)) continue;
      const typed = new Set(contentWords(alias.folded));
      for (const other of alias.term.aliases) {
        const replacement = foldForSearch(other.text);
        if (replacement === '' || contentWords(replacement).some((w) => typed.has(w))) continue;
        const variant = padded.replace(` ${alias.folded} `, ` ${replacement} `).trim();
        if (!out.includes(variant)) out.push(variant);
        if (out.length === MAX_EXPANSIONS) return out;
      }
    }
    return out;
  }
}

/** The words a passage is indexed under: its content words, folded (see `WordIndex`). */
export function searchWordsOf(text: string): string[] {
  return contentWords(foldForSearch(text));
}

function contentWordsOrAll(text: string): string[] {
  const words = contentWords(text);
  return words.length > 0 ? words : text.split(' ').filter(Boolean);
}

/** Adjacent word pairs of a folded text: how much of the query's wording a passage keeps. */
function bigramsOf(folded: string): string[] {
  const words = folded.split(' ');
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length && pairs.length < 64; i++) pairs.push(`${words[i]} ${words[i + 1]}`);
  return pairs;
}

function clampLimit(limit: number | undefined, fallback: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(0, Math.min(1000, Math.floor(limit)));
}
