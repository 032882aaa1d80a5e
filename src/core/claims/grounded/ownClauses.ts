/**
 * Clauses of one sentence that each tell their own act of their own subject: each is read as a sentence of its own
 * before a conflict found in it is kept, so nothing in one is compared with a passage through the other's words.
 */
import { OWN_CLAUSE_CONJUNCTIONS } from './lexicon';
import { possessiveMark, type AnalysedSentence } from './sentenceAnalysis';

/**
 * The word ranges [from, to) of a sentence's clauses where a clause after the first opens on a person's name after a
 * semicolon ("Park Jie-won traveled to Tokyo as a presidential envoy; Kawamura had earlier gone to Seoul"), or after a
 * comma and a conjunction (`OWN_CLAUSE_CONJUNCTIONS`), which is left out ("…, while Kawamura had earlier gone to Seoul"). Undefined
 * where no such clause opens. The subject is the test of a clause of its own: a semicolon before a list's item, or a
 * "while" of time before a participle ("while visiting Seoul"), opens none.
 */
export function ownSubjectClauses(a: AnalysedSentence): [number, number][] | undefined {
  const clauses: [number, number][] = [];
  let from = 0;
  for (let i = 1; i < a.words.length; i++) {
    const between = a.source.slice(a.words[i - 1].end - a.start, a.words[i].start - a.start);
    const opens = between.includes(';') ? i : between.includes(',') && OWN_CLAUSE_CONJUNCTIONS.has(a.words[i].lower) ? i + 1 : -1;
    if (opens < 0 || opens >= a.words.length) continue;
    // The person is the subject, not an owner ("…, and Abe's cabinet lost patience"): a thing of theirs may be one
    // the clause before told of.
    if (!a.slots.some((s) => s.first === opens && s.entity?.type === 'person' && !possessiveMark(a.words, s.last + 1))) continue;
    clauses.push([from, i]);
    from = opens;
  }
  if (clauses.length === 0) return undefined;
  clauses.push([from, a.words.length]);
  return clauses;
}
