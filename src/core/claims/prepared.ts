import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Term } from '../knowledge/types';
import { TermMatcher } from '../terms/termMatcher';
import { foldTypography } from '../text/normalize';
import { thingSubjects, type ThingSubjects } from './pronouns';
import { compilePhrase, wordHash, type Phrase } from './tokens';
import type { Fact } from './types';
import { MONTH_NUMBERS, PARTS, SEASON_WORDS } from './values';

/** A fact with its cue phrases split into words once, instead of at every sentence. */
export interface PreparedFact {
  fact: Fact;
  index: number;
  subjects: Phrase[];
  triggers: Phrase[];
  /**
   * Triggers that end in a preposition ("reached with", "signed with"), as their head and that preposition: a date may
   * stand between the two ("reached the deal in 2015 with Park"), which the phrase itself cannot match.
   */
  splitTriggers: { head: Phrase; preposition: string }[];
  context: Phrase[][];
  accepted: Phrase[];
  conflicting: Phrase[];
  units: Phrase[];
  /** Phrases naming another event the same predicates describe: a sentence with one is not about this fact. */
  otherEvents: Phrase[];
  variantPhrases: Phrase[][];
  /** Subject phrases as `plainSegment`s, for the quick test. */
  subjectKeys: string[];
  /** The subject keys as one case-blind RegExp, any run of white space standing for a space (see `namesSubject`). */
  subjectPattern: RegExp | undefined;
  /** The subject is a person (a glossary person term): a sentence may name it by "he" or "she" (see pronouns.ts). */
  personSubject: boolean;
  /** Facts with the same subject keys share this number, so a sentence tests their subject once. */
  subjectGroup: number;
  /**
   * The phrases that could carry a contradicting value (as `plainSegment`s), as one RegExp alternation: its first
   * match from a place is the nearest of any phrase, so one native scan answers what a search per phrase did (a
   * choice fact has a score of places or names that could replace its own).
   */
  valuePattern: RegExp | undefined;
  /** The same as single words, for dates and numbers (month, season and number words). */
  valueWords: Set<string>;
  /** `wordHash` of each value word: most words of a sentence are ruled out by it without being cut out. */
  valueWordHashes: Set<number>;
}

/** Everything the checker derives from one knowledge base; built on first use and kept with it. */
export interface PreparedFacts {
  facts: PreparedFact[];
  /**
   * Finds every fact's trigger phrases in one pass over the text: only sentences with a predicate are looked at,
   * which spares most of a long draft any further work.
   */
  triggerMatcher: TermMatcher;
  /** Trigger key (the phrase, lower-cased) → the facts it is a predicate of. */
  factsByTrigger: Map<string, PreparedFact[]>;
  /** The subjects of facts about a thing (not a person): what "it" may stand for. */
  things: ThingSubjects;
}

/** A trigger of two words or more whose last is a preposition a date may be put before ("agreement with"). */
const SPLITTABLE = /^(.*\S)\s+(with|by|to)$/i;

/** Words that can carry a number without a digit: the only way such a fact can be contradicted. */
const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'half',
  'third',
  'quarter',
];

/** The date words that could contradict a date fact: other months or seasons, and parts of a year when it has a month. */
function dateWordsAgainst(fact: Fact): string[] {
  const date = fact.date ?? {};
  const months = [...MONTH_NUMBERS].filter(([, month]) => date.month === undefined || month !== date.month);
  const seasons = [...SEASON_WORDS.keys()].filter((w) => SEASON_WORDS.get(w) !== date.season);
  const parts = date.month !== undefined ? [...PARTS] : [];
  return [...months.map(([word]) => word), ...seasons, ...parts];
}

/** How far from a predicate (in characters) a value can stand and still be its value: a generous bound on the words. */
export const VALUE_REACH = 120;

/**
 * Quick, over-inclusive tests on a sentence: does it name this fact's subject, and is there, within reach of one of
 * its predicates (`around`: offsets in the sentence), something that could contradict it? Substrings and digit runs,
 * not words: a false "yes" only costs the exact analysis that follows, and a sentence whose dates and numbers all
 * equal its facts' (the common case in a draft that is right) is spared it.
 *
 * Both read the sentence as written, letter case and line breaks included: the keys' patterns ignore case and take
 * any run of white space for a space, and the runs of letters ignore case. That is the answer the lower-cased
 * sentence with its white space made single gives, without making that copy of every sentence with a predicate,
 * wherever the copy would line up with the sentence character for character (see `subjectTestText` and
 * `valueTestText`).
 */
export function namesSubject(f: PreparedFact, sentence: string): boolean {
  return f.subjectPattern !== undefined && f.subjectPattern.test(sentence);
}

/**
 * The text `namesSubject` reads for `sentence`: the sentence itself, unless it holds a letter whose lower case is
 * ASCII ("İ", the Kelvin sign), which a case-blind pattern reads differently. Then the lower-cased, single-spaced copy.
 */
export function subjectTestText(sentence: string): string {
  return sentence.includes('\u0130') || sentence.includes('\u212a') ? normalised(sentence) : sentence;
}

/**
 * The text `mightDisagree` reads for `sentence`: as `subjectTestText`, and the copy also when the sentence holds two
 * white-space characters in a row, since making them one moves the offsets its predicates are given at.
 */
export function valueTestText(sentence: string): string {
  return TWO_SPACES.test(sentence) ? normalised(sentence) : subjectTestText(sentence);
}

const TWO_SPACES = /\s\s/;

function normalised(sentence: string): string {
  return sentence.toLowerCase().replace(/\s+/g, ' ');
}

export function mightDisagree(f: PreparedFact, lowerSentence: string, around: readonly number[]): boolean {
  // A fact any other person contradicts ("succeeded Kishida") cannot be ruled out by its lists (see mightConflict).
  if (f.fact.anyPerson) return true;
  for (const at of around) {
    const from = Math.max(0, at - VALUE_REACH);
    const to = Math.min(lowerSentence.length, at + VALUE_REACH);
    if (f.fact.date || f.fact.number) {
      if (digitsDisagree(f, lowerSentence, from, to)) return true;
      // Any month, season, part-of-year or number word may disagree: the exact reading decides.
      if (hasValueWord(f, lowerSentence, from, to)) return true;
    } else if (f.valuePattern) {
      f.valuePattern.lastIndex = from;
      const found = f.valuePattern.exec(lowerSentence);
      if (found && found.index < to) return true;
    }
  }
  return false;
}

/**
 * Whether a run of digits starting in [from, to) is a number other than the fact's (a year, a day, a count). A run
 * the window's start cuts counts by its part inside, as if the scan began there.
 */
function digitsDisagree(f: PreparedFact, s: string, from: number, to: number): boolean {
  const date = f.fact.date;
  const number = f.fact.number;
  const { digits, values } = sentenceRuns(s);
  for (let k = 0; k < digits.length; k += 2) {
    const start = digits[k];
    const end = digits[k + 1];
    if (end <= from) continue;
    if (start >= to) break;
    const value = start >= from ? values[k / 2] : Number(s.slice(from, end));
    const decade = s.charCodeAt(end) === 115 || s.charCodeAt(end) === 83; // "1990s"
    if (number) {
      if (value !== number.number && value / 100 !== number.number) return true;
      continue;
    }
    if (!date) continue;
    if (decade) {
      if (date.decade !== undefined ? value !== date.decade : date.year === undefined || Math.floor(date.year / 10) * 10 !== value)
        return true;
    } else if (value >= 1000) {
      if (date.decade !== undefined ? value < date.decade || value > date.decade + 9 : date.year !== undefined && value !== date.year)
        return true;
    } else if (date.day !== undefined && value !== date.day) {
      return true;
    }
  }
  return false;
}

/** The runs of ASCII letters and of digits of one sentence: [start, end) pairs, the words and numbers. */
interface SentenceRuns {
  sentence: string;
  letters: number[];
  /** `wordHash` of each letter run, lower-cased. */
  hashes: number[];
  /** Each letter run's text, lower-cased, cut out only when a fact's value word might be it. */
  words: (string | undefined)[];
  digits: number[];
  values: number[];
}

/**
 * The last sentence's runs. The checker asks about several facts and predicates of the same sentence in a row:
 * finding its words and numbers once, instead of scanning and slicing every predicate's window again, is most of the
 * pre-test's cost.
 */
let lastRuns: SentenceRuns = { sentence: '', letters: [], hashes: [], words: [], digits: [], values: [] };

function sentenceRuns(s: string): SentenceRuns {
  if (lastRuns.sentence === s) return lastRuns;
  const runs: SentenceRuns = { sentence: s, letters: [], hashes: [], words: [], digits: [], values: [] };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = c < 128 ? LOWER_ASCII_LETTER[c] : 0;
    if (letter === 0 && !isDigit(c)) continue;
    // The word's hash (`wordHash`'s, computed inline) or the number's value is read in the same pass that finds the
    // run's end.
    let hash = letter;
    let value = letter !== 0 ? 0 : c - 48;
    let j = i + 1;
    if (letter !== 0) {
      for (let next: number; j < s.length && (next = s.charCodeAt(j)) < 128 && LOWER_ASCII_LETTER[next] !== 0; j++)
        hash = (Math.imul(hash, 31) + LOWER_ASCII_LETTER[next]) | 0;
      runs.letters.push(i, j);
      runs.hashes.push(hash);
      runs.words.push(undefined);
    } else {
      for (; j < s.length && isDigit(s.charCodeAt(j)); j++) value = value * 10 + s.charCodeAt(j) - 48;
      runs.digits.push(i, j);
      // Past 15 digits the running sum may round differently from the parsed number.
      runs.values.push(j - i > 15 ? Number(s.slice(i, j)) : value);
    }
    i = j - 1;
  }
  return (lastRuns = runs);
}

/** Each ASCII letter's lower-case code; 0 for any other ASCII code. */
const LOWER_ASCII_LETTER = Uint8Array.from({ length: 128 }, (_, c) => (c >= 97 && c <= 122 ? c : c >= 65 && c <= 90 ? c + 32 : 0));

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether a lower-case ASCII word of s[from, to) is one of the fact's value words. As if the window were cut out
 * first: a word the window cuts counts by its part inside ("may" of "mayor" at the window's end).
 */
function hasValueWord(f: PreparedFact, s: string, from: number, to: number): boolean {
  const { letters, hashes, words } = sentenceRuns(s);
  for (let k = 0; k < letters.length; k += 2) {
    const start = letters[k];
    const end = letters[k + 1];
    if (end <= from) continue;
    if (start >= to) break;
    if (start >= from && end <= to) {
      if (f.valueWordHashes.has(hashes[k / 2]) && f.valueWords.has((words[k / 2] ??= s.slice(start, end).toLowerCase()))) return true;
    } else if (f.valueWords.has(s.slice(Math.max(start, from), Math.min(end, to)).toLowerCase())) {
      return true;
    }
  }
  return false;
}

const cache = new WeakMap<KnowledgeBase, PreparedFacts>();

/** The typed facts of the index (`KnowledgeBase.facts` is `unknown[]`): the compiler wrote them as `Fact`s. */
export function factsOf(kb: KnowledgeBase): Fact[] {
  return kb.facts as Fact[];
}

export function prepare(kb: KnowledgeBase): PreparedFacts {
  const known = cache.get(kb);
  if (known) return known;
  const groups = new Map<string, number>();
  const groupOf = (keys: string[]) => {
    const signature = [...keys].sort().join('\u0000');
    let group = groups.get(signature);
    if (group === undefined) groups.set(signature, (group = groups.size));
    return group;
  };
  // One compiled phrase per text and use, shared by every fact that lists it: a sentence's phrase finder answers each
  // phrase once, so facts with the same subject or predicates (GSOMIA's three, Suga's four) share their lookups.
  // Subjects are shared only among facts about the same term, since a pronoun counts as a hit of exactly those.
  const compiled = new Map<string, Phrase>();
  const shared = (use: string) => (source: string) => {
    const key = `${use}\u0000${source}`;
    let phrase = compiled.get(key);
    if (phrase === undefined) compiled.set(key, (phrase = compilePhrase(source)));
    return phrase;
  };
  const facts = factsOf(kb).map((fact, index): PreparedFact => {
    const term = fact.subject ? kb.term(fact.subject) : undefined;
    const subjectTexts = [...fact.subjectCues, ...(term ? term.aliases.map((a) => a.text) : [])];
    const subjectKeys = shortestKeys(unique(subjectTexts.map(plainSegment)));
    const values =
      fact.kind === 'date'
        ? dateWordsAgainst(fact)
        : fact.number
          ? NUMBER_WORDS
          : [...(fact.conflicting ?? []), ...(fact.variants ?? []).flatMap((v) => v.phrases ?? [])];
    return {
      fact,
      index,
      subjects: unique(subjectTexts).map(shared(`subject:${fact.subject ?? fact.id}`)),
      triggers: fact.triggers.map(shared('trigger')),
      splitTriggers: fact.triggers.flatMap((t) => {
        const m = SPLITTABLE.exec(t);
        return m ? [{ head: shared('trigger')(m[1]), preposition: m[2].toLowerCase() }] : [];
      }),
      context: (fact.context ?? []).map((group) => group.map(shared('context'))),
      accepted: (fact.accepted ?? []).map(shared('value')),
      conflicting: (fact.conflicting ?? []).map(shared('value')),
      units: (fact.units ?? []).map(shared('unit')),
      otherEvents: (fact.otherEvents ?? []).map(shared('other event')),
      variantPhrases: (fact.variants ?? []).map((v) => (v.phrases ?? []).map(shared('value'))),
      subjectKeys,
      subjectPattern: keyPattern(subjectKeys, ''),
      personSubject: term?.category === 'person',
      subjectGroup: groupOf(subjectKeys),
      valuePattern: keyPattern(unique(values.map(plainSegment)), 'g'),
      valueWords: new Set(values.map(plainSegment)),
      valueWordHashes: new Set(values.map((v) => wordHash(plainSegment(v)))),
    };
  });
  const factsByTrigger = new Map<string, PreparedFact[]>();
  const triggerTexts = new Map<string, string>();
  for (const f of facts) {
    for (const t of [...f.triggers, ...f.splitTriggers.map((s) => s.head)]) {
      const key = cueKey(t.source);
      triggerTexts.set(key, t.source);
      const list = factsByTrigger.get(key) ?? [];
      if (!list.includes(f)) list.push(f);
      factsByTrigger.set(key, list);
    }
  }
  // The matcher reports only the longest trigger at a place and resumes after it, so a trigger inside a longer one
  // ("traveled" in "traveled to") is never reported: the longer one stands for every trigger it contains.
  const spaced = (key: string) => ` ${key.replace(/[^\p{L}\p{N}%]+/gu, ' ').trim()} `;
  const keys = [...factsByTrigger.keys()].map((key) => ({ key, spaced: spaced(key) }));
  for (const outer of keys) {
    const list = factsByTrigger.get(outer.key)!;
    for (const inner of keys) {
      if (inner.key === outer.key || !outer.spaced.includes(inner.spaced)) continue;
      for (const f of factsByTrigger.get(inner.key)!) if (!list.includes(f)) list.push(f);
    }
  }
  // The term matcher already handles word boundaries, line breaks and dash variants in one pass: reuse it with one
  // pseudo-term per trigger phrase. Letter case is checked later, on the few sentences that get this far.
  const pseudoTerms: Term[] = [...triggerTexts].map(([key, text]) => ({
    id: key,
    name: text,
    expansion: null,
    category: 'concept',
    aliases: [{ text, case: 'any', shared: true }],
    definition: '',
    citations: [],
  }));
  const thingFacts = facts.filter((f) => f.fact.subject && !f.personSubject);
  const cues = thingFacts.flatMap((f) => f.subjectKeys.filter((k) => k.includes(' ')).map((cue) => ({ term: f.fact.subject!, cue })));
  const thingTerms = new Set(thingFacts.map((f) => f.fact.subject!));
  // Every alias the term matcher finds them by: the glossary's terms of those ids (kb.matcher's), not one per id.
  const thingNames = kb.terms.filter((t) => thingTerms.has(t.id)).flatMap((t) => t.aliases.map((a) => a.text));
  const things = thingSubjects(thingTerms, thingNames, cues);
  const prepared = { facts, triggerMatcher: new TermMatcher(pseudoTerms), factsByTrigger, things };
  cache.set(kb, prepared);
  return prepared;
}

/**
 * The longest stretch of a phrase free of apostrophes, quotes and dashes, lower-cased: found in a lower-cased
 * sentence whatever typography the draft uses ("south korea’s supreme court" → "s supreme court").
 */
function plainSegment(phrase: string): string {
  const parts = phrase
    .toLowerCase()
    .split(/['‘’"“”\-‐‑–—]+/)
    .map((p) => p.trim());
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** Cue phrases are the same cue whatever their case or typography. */
export function cueKey(text: string): string {
  // Most sentences are plain ASCII prose on one line: lower-casing is all they need.
  return /[^\x20-\x7e]| {2}/.test(text) ? foldTypography(text).trim().toLowerCase() : text.trim().toLowerCase();
}

/**
 * The keys that contain no other key: a sentence containing "chengdu summit" contains "chengdu", so testing the
 * shorter key alone gives the same answer, and a sentence without the subject (the usual case) is searched for half
 * as many keys.
 */
function shortestKeys(keys: string[]): string[] {
  return keys.filter((k) => !keys.some((other) => other !== k && k.includes(other)));
}

/** A global RegExp matching any of `keys` literally, or undefined for none. */
/** Lower-case keys as one case-blind alternation in which a space matches any run of white space. */
function keyPattern(keys: string[], flags: string): RegExp | undefined {
  if (keys.length === 0) return undefined;
  return new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|'), `${flags}i`);
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
