import { clauseHedged, negatedJustBefore } from './context';
import { finding } from './findings';
import type { PreparedFact } from './prepared';
import { sortHits, type PhraseHit } from './tokens';
import type { ClaimFinding } from './types';
import { between, overlaps, plainClaim, spanOf, wordsBetween, type SentenceView } from './view';

/** Actors, places, memberships, roles and statuses: a conflicting word in the slot the fact describes. */

/** Words that may stand between an actor and what it did ("Japan's government", "Tokyo then"). */
const AGENT_GLUE = new Set([
  'the', 's', 'government', 'cabinet', 'administration', 'officials', 'leadership', 'side', 'also', 'itself', 'then', 'had', 'has', 'have',
  'finally', 'eventually', 'ultimately', 'quickly', 'publicly', 'formally', 'officially', 'first', 'later', 'subsequently', 'soon', 'abruptly',
  'suddenly', 'unilaterally', 'ministry', 'presidential', 'office', 'in', 'of', 'government', 'leaders', 'leader', 'president', 'prime', 'minister',
  'that', 'who',
]);
/** Words that may stand between a name and its description ("Bolton, then the secretary of state"). */
const ATTRIBUTE_GLUE = new Set([
  'is', 'was', 'a', 'an', 'the', 'then', 'as', 'former', 'formerly', 'who', 'served', 'serves', 'serving', 's', 'of', 'at', 'from', 'also', 'remains', 'being',
  'now', 'one', 'became', 'current', 'u', 'us', 'japan', 'japanese', 'south', 'korea', 'korean', 'rok', 'newly', 'new', 'military', 'intelligence', 'sharing',
  'pact', 'agreement', 'arrangement', 'john', 'matthew', 'david', 'william', 'lloyd', 'antony', 'yoshihide', 'representative', 'mr', 'ms', 'dr', 'professor',
  'secretary', 'sitting', 'longtime', 'veteran', 'its', 'this', 'that', 'in', 'summit', 'meeting',
]);
/** Words that may stand between a status and what it is said of ("GSOMIA was formally terminated"). */
const STATUS_GLUE = new Set([
  'the', 'a', 'an', 'its', 'their', 'this', 'that', 's', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'being', 'got', 'formally', 'officially',
  'finally', 'effectively', 'unilaterally', 'abruptly', 'still', 'remains', 'remained', 'agreement', 'pact', 'deal', 'accord', 'bilateral', 'military',
  'intelligence', 'sharing', 'with', 'japan', 'tokyo', 'so', 'called', 'of', 'from', 'on',
]);
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'got', 'remains', 'remained', 'still']);
const PREPOSITIONS = new Set(['about', 'over', 'on', 'of', 'regarding', 'concerning', 'for', 'with', 'around', 'into', 'under', 'from', 'to', 'by', 'without']);
/** Words that end the reach of an "after" slot ("met in Chengdu and later in Beijing"). */
const LIST_WORDS = new Set(['and', 'or', 'nor', 'but', 'as', 'well']);

export function checkChoice(fact: PreparedFact, triggers: PhraseHit[], view: SentenceView): ClaimFinding | undefined {
  const slot = fact.fact.slot ?? 'near';
  const accepted = sortHits(fact.accepted.flatMap(view.find)).filter((h) => !view.shape.quoted[h.first]);
  const conflicting = sortHits(fact.conflicting.flatMap(view.find)).filter((h, i, all) => !view.shape.quoted[h.first] && !accepted.some((a) => overlaps(a, h)) && !all.some((o, j) => j !== i && o.first <= h.first && h.last <= o.last && o.last - o.first > h.last - h.first));
  if (slot === 'near') return checkStatus(fact, view, conflicting, accepted);
  // "traveled to Tokyo and then flew to Washington": a sentence that gives the sourced value in the slot is not wrong
  // about it; the other value is about something else.
  if (triggers.some((t) => accepted.some((a) => !triggers.some((o) => overlaps(o, a)) && fills(slot, view, t, a, [])))) return undefined;
  for (const trigger of triggers) {
    for (const c of conflicting) {
      if (triggers.some((t) => overlaps(t, c))) continue;
      if (!fills(slot, view, trigger, c, accepted)) continue;
      if (!plainClaim(fact, view, trigger, c, triggers)) continue;
      return finding(fact, view, [{ span: spanOf(view, c), ...(fact.fact.replacement ? { replacement: fact.fact.replacement } : {}) }], 'claim-conflict');
    }
  }
  return undefined;
}

function fills(slot: 'agent' | 'after' | 'attribute', view: SentenceView, trigger: PhraseHit, c: PhraseHit, accepted: PhraseHit[]): boolean {
  const sameClause = view.shape.clause[c.first] === view.shape.clause[trigger.first];
  switch (slot) {
    case 'agent': {
      // The actor right before the predicate: "Japan threatened to terminate", "the Japanese government threatened".
      if (!sameClause || c.last >= trigger.first || trigger.first - c.last > 4) return false;
      if (/[,;:()\u2014]/.test(between(view, c, trigger))) return false;
      if (!wordsBetween(view, c, trigger).every((w) => AGENT_GLUE.has(w.lower) || /^\p{Lu}/u.test(w.text))) return false;
      return !accepted.some((a) => a.first > c.last && a.last < trigger.first);
    }
    case 'after': {
      // The value right after the predicate: "met in Beijing", "headed by Kang Chan-gil".
      if (!sameClause || c.first <= trigger.last || c.first - trigger.last > 4) return false;
      if (/[,;:()\u2014]/.test(between(view, trigger, c))) return false;
      if (wordsBetween(view, trigger, c).some((w) => LIST_WORDS.has(w.lower))) return false;
      return !accepted.some((a) => a.first > trigger.last && a.last < c.first);
    }
    case 'attribute': {
      // A description attached to the name: "the trilateral GSOMIA", "Secretary of State John Bolton",
      // "Bolton, then secretary of state".
      if (c.last < trigger.first) {
        if (trigger.first - c.last > 4) return false;
        if (/[,;:()\u2014]/.test(between(view, c, trigger))) return false;
        return wordsBetween(view, c, trigger).every((w) => ATTRIBUTE_GLUE.has(w.lower)) && !accepted.some((a) => a.first > c.last && a.last < trigger.first);
      }
      if (c.first > trigger.last) {
        if (c.first - trigger.last > 6) return false;
        if (/[;:\u2014]/.test(between(view, trigger, c)) || /[)]/.test(between(view, trigger, c))) return false;
        return wordsBetween(view, trigger, c).every((w) => ATTRIBUTE_GLUE.has(w.lower)) && !accepted.some((a) => a.first > trigger.last && a.last < c.first);
      }
      return false;
    }
  }
}

/**
 * A status word about the subject: "South Korea terminated GSOMIA" contradicts "threatened to terminate". A negated
 * or softened status ("did not terminate", "nearly withdrew") agrees with it. Statuses the sources disagree about
 * (variants) give an information finding.
 */
function checkStatus(fact: PreparedFact, view: SentenceView, conflicting: PhraseHit[], accepted: PhraseHit[]): ClaimFinding | undefined {
  const subjects = fact.subjects.flatMap(view.find).filter((h) => !view.shape.quoted[h.first]);
  // The status must be said of the subject itself: its verb right before it ("terminated the GSOMIA pact") or its
  // predicate right after it ("GSOMIA was terminated", "the agreement remains intact"), with nothing between but
  // articles, the subject's own name words and auxiliaries. "The GSOMIA crisis ended" is about the crisis.
  const nearSubject = (h: PhraseHit) =>
    subjects.some((s) => {
      if (view.shape.clause[s.first] !== view.shape.clause[h.first] || overlaps(s, h)) return false;
      const gapWords = h.last < s.first ? wordsBetween(view, h, s) : wordsBetween(view, s, h);
      if (gapWords.length > 5 || /[,;:()\u2014]/.test(h.last < s.first ? between(view, h, s) : between(view, s, h))) return false;
      if (!gapWords.every((w) => STATUS_GLUE.has(w.lower) || /^\d{4}$/.test(w.lower) || fact.subjects.some((p) => p.words.includes(w.lower)))) return false;
      if (h.last < s.first) return true;
      // After the name, the name must be what the clause is about ("GSOMIA was terminated"), not the object of a
      // preposition ("Talks about GSOMIA ended"), and the status must be stated through an auxiliary or a copula.
      if (PREPOSITIONS.has(view.words[s.first - 1]?.lower ?? '')) return false;
      return gapWords.length === 0 || [...gapWords, view.words[h.first]].some((w) => AUXILIARIES.has(w.lower));
    });
  for (const c of conflicting) {
    if (!nearSubject(c) || negatedJustBefore(view.words, c.first, 3)) continue;
    if (accepted.some((a) => view.shape.clause[a.first] === view.shape.clause[c.first])) continue;
    if (clauseHedged(view.words, view.shape, c.first, c.last)) continue;
    return finding(fact, view, [{ span: spanOf(view, c), ...(fact.fact.replacement ? { replacement: fact.fact.replacement } : {}) }], 'claim-conflict');
  }
  const variants = fact.fact.variants ?? [];
  for (let v = 0; v < variants.length; v++) {
    const hits = fact.variantPhrases[v].flatMap(view.find);
    for (const h of hits) {
      if (view.shape.quoted[h.first] || !nearSubject(h) || negatedJustBefore(view.words, h.first, 3)) continue;
      if (clauseHedged(view.words, view.shape, h.first, h.last)) continue;
      return finding(fact, view, [{ span: spanOf(view, h) }], 'claim-sources-differ', variants[v].expected, variants[v].citations);
    }
  }
  return undefined;
}

