import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Term } from '../knowledge/types';
import { TermMatcher } from '../terms/termMatcher';
import { foldTypography } from '../text/normalize';
import { compilePhrase, type Phrase } from './tokens';
import type { Fact } from './types';

/** A fact with its cue phrases split into words once, instead of at every sentence. */
export interface PreparedFact {
  fact: Fact;
  index: number;
  subjects: Phrase[];
  triggers: Phrase[];
  context: Phrase[][];
  accepted: Phrase[];
  conflicting: Phrase[];
  units: Phrase[];
  variantPhrases: Phrase[][];
  /** Subject phrases folded by `cueKey`, for the quick test. */
  subjectKeys: string[];
  /** Phrases that could carry a contradicting value, folded by `cueKey`. */
  valueKeys: string[];
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
}

/** Words that can carry a date or a number without a digit: the only way such a fact can be contradicted. */
const DATE_WORDS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'spring', 'summer', 'autumn', 'fall', 'winter'];
const NUMBER_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
  'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'half', 'third', 'quarter',
];

/** Whether a fact's values can be written with digits (then any digit in the sentence may be one). */
export function takesDigits(f: PreparedFact): boolean {
  return f.fact.kind === 'date' || f.fact.kind === 'count' || f.fact.kind === 'percentage' || f.fact.kind === 'fraction';
}

/** How far from a predicate (in characters) a value can stand and still be its value: a generous bound on `NEAR` words. */
export const VALUE_REACH = 90;

/**
 * A quick, over-inclusive test on a sentence folded by `cueKey`: does it name this fact's subject, and is there something
 * that could contradict the fact within reach of one of its predicates (`around`: offsets in the sentence)?
 * Substrings, not words: a false "yes" only costs the exact analysis that follows.
 */
export function mightApply(f: PreparedFact, lowerSentence: string, around: readonly number[]): boolean {
  if (!f.subjectKeys.some((k) => lowerSentence.includes(k))) return false;
  for (const at of around) {
    const from = Math.max(0, at - VALUE_REACH);
    const to = Math.min(lowerSentence.length, at + VALUE_REACH);
    for (const k of f.valueKeys) {
      const found = lowerSentence.indexOf(k, from);
      if (found >= 0 && found < to) return true;
    }
    if (takesDigits(f)) {
      for (let i = from; i < to; i++) {
        const c = lowerSentence.charCodeAt(i);
        if (c >= 48 && c <= 57) return true;
      }
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
  const facts = factsOf(kb).map((fact, index): PreparedFact => {
    const term = fact.subject ? kb.term(fact.subject) : undefined;
    const subjectTexts = [...fact.subjectCues, ...(term ? term.aliases.map((a) => a.text) : [])];
    const values = fact.kind === 'date' ? DATE_WORDS : fact.number ? NUMBER_WORDS : [...(fact.conflicting ?? []), ...(fact.variants ?? []).flatMap((v) => v.phrases ?? [])];
    return {
      fact,
      index,
      subjects: unique(subjectTexts).map(compilePhrase),
      triggers: fact.triggers.map(compilePhrase),
      context: (fact.context ?? []).map((group) => group.map(compilePhrase)),
      accepted: (fact.accepted ?? []).map(compilePhrase),
      conflicting: (fact.conflicting ?? []).map(compilePhrase),
      units: (fact.units ?? []).map(compilePhrase),
      variantPhrases: (fact.variants ?? []).map((v) => (v.phrases ?? []).map(compilePhrase)),
      subjectKeys: unique(subjectTexts.map(cueKey)),
      valueKeys: unique(values.map(cueKey)),
    };
  });
  const factsByTrigger = new Map<string, PreparedFact[]>();
  const triggerTexts = new Map<string, string>();
  for (const f of facts) {
    for (const t of f.triggers) {
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
  const prepared = { facts, triggerMatcher: new TermMatcher(pseudoTerms), factsByTrigger };
  cache.set(kb, prepared);
  return prepared;
}

/** Cue phrases are the same cue whatever their case or typography. */
export function cueKey(text: string): string {
  // Most sentences are plain ASCII prose on one line: lower-casing is all they need.
  return /[^\x20-\x7e]| {2}/.test(text) ? foldTypography(text).trim().toLowerCase() : text.trim().toLowerCase();
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
