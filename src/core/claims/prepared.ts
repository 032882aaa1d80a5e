import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Term } from '../knowledge/types';
import { TermMatcher } from '../terms/termMatcher';
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
}

/** Everything the checker derives from one knowledge base; built on first use and kept with it. */
export interface PreparedFacts {
  facts: PreparedFact[];
  /** Finds every fact's trigger words in one pass: sentences without any are never analysed. */
  triggerMatcher: TermMatcher;
  /** First word of a trigger → the facts it may belong to: a sentence's words pick its candidate facts. */
  factsByFirstWord: Map<string, PreparedFact[]>;
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
    };
  });
  const factsByFirstWord = new Map<string, PreparedFact[]>();
  const triggerTexts = new Map<string, string>();
  for (const p of facts) {
    for (const t of p.triggers) {
      triggerTexts.set(t.source.toLowerCase(), t.source);
      const list = factsByFirstWord.get(t.words[0]) ?? [];
      if (!list.includes(p)) list.push(p);
      factsByFirstWord.set(t.words[0], list);
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
  const prepared = { facts, triggerMatcher: new TermMatcher(pseudoTerms), factsByFirstWord };
  cache.set(kb, prepared);
  return prepared;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
