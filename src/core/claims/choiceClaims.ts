import { clauseHedged, negatedJustBefore } from './context';
import { finding } from './findings';
import { prepare, type PreparedFact } from './prepared';
import { compilePhrase, sortHits, type PhraseHit, type Token } from './tokens';
import { dateConflicts, type Edit } from './dates';
import type { ClaimFinding } from './types';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { MONTHS } from './values';
import { stem } from './grounded/stem';
import {
  afterObjectSubject,
  between,
  DASH,
  findEach,
  dashAsideAfter,
  gap,
  NEAR,
  overlaps,
  plainClaim,
  spanOf,
  wordsBetween,
  type SentenceView,
} from './view';

/** Actors, places, memberships, roles and statuses: a conflicting word in the slot the fact describes. */

/** Words that may stand between an actor and what it did ("Japan's government", "Tokyo then"). */
const AGENT_GLUE = new Set([
  'the',
  's',
  'government',
  'cabinet',
  'administration',
  'officials',
  'leadership',
  'side',
  'also',
  'itself',
  'then',
  'had',
  'has',
  'have',
  'finally',
  'eventually',
  'ultimately',
  'quickly',
  'publicly',
  'formally',
  'officially',
  'first',
  'later',
  'subsequently',
  'soon',
  'abruptly',
  'suddenly',
  'unilaterally',
  'ministry',
  'presidential',
  'office',
  'in',
  'of',
  'government',
  'leaders',
  'leader',
  'president',
  'prime',
  'minister',
  'that',
  'who',
]);
/** Words that may stand between a name and its description ("Bolton, then the secretary of state"). */
const ATTRIBUTE_GLUE = new Set([
  'is',
  'was',
  'a',
  'an',
  'the',
  'then',
  'as',
  'former',
  'formerly',
  'previously',
  'once',
  'earlier',
  'who',
  'served',
  'serves',
  'serving',
  's',
  'of',
  'at',
  'from',
  'also',
  'remains',
  'being',
  'now',
  'one',
  'became',
  'current',
  'u',
  'us',
  'japan',
  'japanese',
  'south',
  'korea',
  'korean',
  'rok',
  'newly',
  'new',
  'military',
  'intelligence',
  'sharing',
  'pact',
  'agreement',
  'arrangement',
  'john',
  'matthew',
  'david',
  'william',
  'lloyd',
  'antony',
  'yoshihide',
  'representative',
  'mr',
  'ms',
  'dr',
  'professor',
  'secretary',
  'sitting',
  'longtime',
  'veteran',
  'its',
  'this',
  'that',
  'in',
  'summit',
  'meeting',
  'tenure',
  'stint',
  'time',
]);
/** Words that may stand between a status and what it is said of ("GSOMIA was formally terminated"). */
const STATUS_GLUE = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'this',
  'that',
  's',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'been',
  'be',
  'being',
  'got',
  'formally',
  'officially',
  'finally',
  'effectively',
  'unilaterally',
  'abruptly',
  'still',
  'remains',
  'remained',
  'agreement',
  'pact',
  'deal',
  'accord',
  'bilateral',
  'military',
  'intelligence',
  'sharing',
  'with',
  'japan',
  'tokyo',
  'so',
  'called',
  'of',
  'from',
  'on',
]);
const HAVE = new Set(['had', 'has', 'have']);
/** Nouns a subject's name can modify ("the GSOMIA crisis"): a status verb before them is not about the subject. */
const SUBJECT_AS_MODIFIER = new Set([
  'talks',
  'negotiations',
  'crisis',
  'dispute',
  'issue',
  'debate',
  'meeting',
  'meetings',
  'deadline',
  'row',
  'standoff',
  'question',
  'renewal',
  'extension',
  'review',
  'discussions',
  'feud',
  'spat',
  'saga',
  'controversy',
  'fight',
  'threat',
  'stalemate',
]);
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'got', 'remains', 'remained', 'still']);
const PREPOSITIONS = new Set([
  'about',
  'over',
  'on',
  'of',
  'regarding',
  'concerning',
  'for',
  'with',
  'around',
  'into',
  'under',
  'from',
  'to',
  'by',
  'without',
]);
/** Words that end the reach of an "after" slot ("met in Chengdu and later in Beijing"). */
const LIST_WORDS = new Set(['and', 'or', 'nor', 'but', 'as', 'well']);

export function checkChoice(fact: PreparedFact, triggers: PhraseHit[], view: SentenceView): ClaimFinding | undefined {
  const slot = fact.fact.slot ?? 'near';
  const accepted = sortHits(findEach(view, fact.accepted)).filter((h) => !view.shape.quoted[h.first]);
  const conflicting = sortHits(findEach(view, fact.conflicting)).filter(
    (h, i, all) =>
      !view.shape.quoted[h.first] &&
      !accepted.some((a) => overlaps(a, h)) &&
      !all.some((o, j) => j !== i && o.first <= h.first && h.last <= o.last && o.last - o.first > h.last - h.first),
  );
  if (slot === 'near') return checkStatus(fact, view, conflicting, accepted);
  if (fact.fact.anyPerson) conflicting.push(...otherPersons(fact, view, accepted, conflicting));
  // "traveled to Tokyo and then flew to Washington": a sentence that gives the sourced value in the slot is not wrong
  // about it; the other value is about something else.
  const inSlot = (t: PhraseHit, v: PhraseHit, others: PhraseHit[]) =>
    fills(slot, view, t, v, others) || (slot === 'after' && namedAs(fact, view, t, v));
  // The sourced value in the slot of any of the fact's predicates, even one in a clause that names the subject only by
  // a pronoun ("… barely spoke during the G20 summit in Osaka; they met only at the trilateral summit in Chengdu"):
  // the sentence tells the fact's event rightly, and the other value is another gathering's.
  const everyTrigger = sortHits(fact.triggers.flatMap((p) => view.find(p)).filter((h) => !view.shape.quoted[h.first]));
  if (everyTrigger.some((t) => accepted.some((a) => !everyTrigger.some((o) => overlaps(o, a)) && inSlot(t, a, [])))) return undefined;
  for (const trigger of triggers) {
    if (anotherOccasion(fact, view, trigger)) continue;
    for (const c of conflicting) {
      if (triggers.some((t) => overlaps(t, c))) continue;
      if (!inSlot(trigger, c, accepted)) continue;
      if (formerPost(fact, view, c)) continue;
      if (!plainClaim(fact, view, trigger, c, triggers)) continue;
      return finding(
        fact,
        view,
        [
          placeInRole(fact, view, c) ?? {
            span: spanOf(view, withRank(fact, view, withAdjacent(view, conflicting, c))),
            ...(fact.fact.replacement ? { replacement: fact.fact.replacement } : {}),
          },
        ],
        'claim-conflict',
      );
    }
  }
  return undefined;
}

/** Titles written before a person's name. */
const NAME_TITLES = new Set([
  'rep',
  'representative',
  'sen',
  'senator',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'professor',
  'lawmaker',
  'gen',
  'general',
  'adm',
  'admiral',
]);

function titlesBetween(view: SentenceView, a: PhraseHit, b: PhraseHit): number {
  let titles = 0;
  for (let k = a.last + 1; k < b.first; k++) if (NAME_TITLES.has(view.words[k].lower) && /^\p{Lu}/u.test(view.words[k].text)) titles++;
  return titles;
}

/** Words that put a post in the past. */
const FORMER = new Set(['former', 'formerly', 'previously', 'ex', 'onetime', 'erstwhile']);
/** Words that end the noun phrase "former" opens. */
const NOT_IN_A_POST = new Set(['as', 'and', 'or', 'to', 'was', 'is', 'became', 'named', 'then']);

/**
 * A post marked as past describes the person at another time ("Bolton, a former U.S. ambassador to the United
 * Nations, came as national security adviser"): it does not contradict the post a fact gives, unless the fact is
 * itself about an earlier post: its value is one ("a former South Korean foreign minister"), or its sentences must
 * say "former" ("former foreign minister Suga" against Suga's post before he became prime minister).
 */
function formerPost(fact: PreparedFact, view: SentenceView, c: PhraseHit): boolean {
  if (fact.fact.kind !== 'role' || /\bformer\b/i.test(fact.fact.expected)) return false;
  if (fact.context.some((group) => group.some((p) => p.words.length === 1 && FORMER.has(p.words[0])))) return false;
  // "former" must modify the post itself ("a former U.S. ambassador"), not a description before it ("Kang Chan-gil,
  // a former lawmaker, as ambassador to China").
  for (let k = Math.max(0, c.first - 3); k < c.first; k++) {
    if (
      FORMER.has(view.words[k].lower) &&
      !/[,;:()\u2014]/.test(between(view, { last: k }, c)) &&
      !wordsBetween(view, { last: k }, c).some((w) => NOT_IN_A_POST.has(w.lower))
    )
      return true;
  }
  return false;
}

/** Words that may stand between "as" and the post ("named Kang as its ambassador"). */
const POST_DETERMINERS = new Set(['its', 'his', 'her', 'their', 'the', 'a', 'an', 'new', 'next']);
/**
 * "Seoul named Kang Chan-gil, a former union chairman, as its ambassador to the United States": the predicate's
 * object is the subject itself (with an aside set off by commas), and the value follows "as".
 */
function namedAs(fact: PreparedFact, view: SentenceView, trigger: PhraseHit, c: PhraseHit): boolean {
  const clause = view.shape.clause[trigger.first];
  let k = afterObjectSubject(fact, view, trigger.last);
  if (k === undefined || view.words[k]?.lower !== 'as') return false;
  k++;
  while (k < c.first && POST_DETERMINERS.has(view.words[k].lower)) k++;
  return k === c.first && view.shape.clause[c.first] === clause;
}

/**
 * Personal names the fact's lists do not know, for a fact whose slot only one person fills. Two shapes: a romanised
 * Korean name, a family name and a hyphenated given name ("Lim Sung-nam", "Park Byeong-seug"); and a name of one or
 * two capitalised words standing alone ("succeeded Kishida as prime minister", "replaced Fumio Kishida."), see
 * `standaloneName`. Names already listed, and the subject's own names, are left alone.
 */
function otherPersons(fact: PreparedFact, view: SentenceView, accepted: PhraseHit[], conflicting: PhraseHit[]): PhraseHit[] {
  const found: PhraseHit[] = [];
  const { words } = view;
  const subjects = findEach(view, fact.subjects);
  const taken = (hit: PhraseHit) =>
    view.shape.quoted[hit.first] || [...accepted, ...conflicting, ...subjects].some((o) => overlaps(o, hit));
  for (let k = 0; k < words.length; k++) {
    let hit: PhraseHit | undefined;
    if (
      k + 2 < words.length &&
      CAPITALISED_NAME.test(words[k].text) &&
      CAPITALISED_NAME.test(words[k + 1].text) &&
      LOWER_NAME.test(words[k + 2].text)
    ) {
      if (view.text.slice(words[k].end, words[k + 1].start) === ' ' && view.text.slice(words[k + 1].end, words[k + 2].start) === '-') {
        hit = { phrase: compilePhrase(view.text.slice(words[k].start, words[k + 2].end)), first: k, last: k + 2 };
      }
    }
    hit ??= standaloneName(view, k);
    if (!hit) continue;
    if (!taken(hit)) found.push(hit);
    k = hit.last;
  }
  return found;
}
const CAPITALISED_NAME = /^\p{Lu}\p{Ll}+$/u;
const LOWER_NAME = /^\p{Ll}+$/u;

/**
 * One or two capitalised words at `k` that can only be a person's name: the run of capitalised words they end is not
 * a sentence opening, is followed by the end of the clause or a word that cannot continue a name ("as", "in"; not a
 * possessive "'s"), and names no month, no glossary term other than a person and no place any fact lists. Leading titles
 * ("Prime Minister Kishida") are not part of the name.
 */
function standaloneName(view: SentenceView, k: number): PhraseHit | undefined {
  const { words, text } = view;
  const capital = (i: number) => CAPITALISED_NAME.test(words[i].text);
  const spaced = (i: number) => text.slice(words[i].end, words[i + 1].start) === ' ';
  if (k === 0 || !capital(k) || (capital(k - 1) && spaced(k - 1))) return undefined;
  let last = k;
  while (last + 1 < words.length && capital(last + 1) && spaced(last)) last++;
  let first = k;
  while (first < last && NAME_TITLE_WORDS.has(words[first].lower)) first++;
  if (last - first > 1 || NAME_TITLE_WORDS.has(words[first].lower)) return undefined;
  const next = words[last + 1];
  const gapAfter = next ? text.slice(words[last].end, next.start) : '';
  if (next && !/[,;:.()\u2014]/.test(gapAfter) && !(/^\s+$/.test(gapAfter) && NAME_FOLLOWERS.has(next.lower))) return undefined;
  for (let i = first; i <= last; i++) if (MONTHS.includes(words[i].lower) || WEEKDAYS.has(words[i].lower)) return undefined;
  const start = words[first].start;
  const end = words[last].end;
  const named = view.kb.matcher.findAll(text, start, end).some((m) => m.termIds.some((id) => view.kb.term(id)?.category !== 'person'));
  if (named || listedPlaces(view.kb).has(text.slice(start, end).toLowerCase())) return undefined;
  return { phrase: compilePhrase(text.slice(start, end)), first, last };
}

/** Words of a title written before a name ("Prime Minister Kishida", "Foreign Minister Motegi"): not the name. */
const NAME_TITLE_WORDS = new Set([
  'prime',
  'minister',
  'president',
  'chief',
  'cabinet',
  'secretary',
  'foreign',
  'defense',
  'defence',
  'finance',
  'deputy',
  'vice',
  'former',
  'then',
  'chairman',
  'ambassador',
  'representative',
  'senator',
  'rep',
  'sen',
  'dr',
  'mr',
  'mrs',
  'ms',
  'professor',
  'prof',
  'general',
  'admiral',
]);
/** Words that may follow a name but cannot continue it or make it a modifier ("Kishida as prime minister"). */
const NAME_FOLLOWERS = new Set([
  'as',
  'in',
  'on',
  'at',
  'after',
  'before',
  'who',
  'when',
  'while',
  'and',
  'or',
  'but',
  'following',
  'last',
  'that',
  'this',
  'with',
  'from',
  'during',
]);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Every place a place fact accepts or rejects, lower-cased: such a word in a person's slot is a place, not a name. */
const placesOf = new WeakMap<KnowledgeBase, Set<string>>();
function listedPlaces(kb: KnowledgeBase): Set<string> {
  let places = placesOf.get(kb);
  if (!places) {
    places = new Set(
      prepare(kb)
        .facts.filter((f) => f.fact.kind === 'place')
        .flatMap((f) => [...(f.fact.accepted ?? []), ...(f.fact.conflicting ?? [])].map((p) => p.toLowerCase())),
    );
    placesOf.set(kb, places);
  }
  return places;
}

/**
 * "Kawamura, who had visited Busan in 2019, …", "Park Jie-won visited Beijing in 2018": a place or actor of an event
 * dated otherwise than the sources date this subject's event is another occasion, not a mistake about this one.
 */
function anotherOccasion(fact: PreparedFact, view: SentenceView, trigger: PhraseHit): boolean {
  if (fact.fact.slot !== 'after' && fact.fact.slot !== 'agent') return false;
  const clause = view.shape.clause[trigger.first];
  const dated = prepare(view.kb).facts.filter(
    (f) => f.fact.kind === 'date' && f.fact.date && f.fact.subject !== null && f.fact.subject === fact.fact.subject,
  );
  if (dated.length === 0) return false;
  return view.dates.some(
    (d) =>
      view.shape.clause[d.first] === clause && gap(trigger, d) <= NEAR && dated.every((f) => dateConflicts(d, f.fact.date!).length > 0),
  );
}

/** "the opposition People Power Party": wrong words side by side are one wrong value, underlined and fixed together. */
function withAdjacent(view: SentenceView, conflicting: PhraseHit[], c: PhraseHit): { first: number; last: number } {
  let { first, last } = c;
  const touches = (a: { last: number }, b: { first: number }) => b.first === a.last + 1 && /^\s+$/.test(between(view, a, b));
  for (let grown = true; grown;) {
    grown = false;
    for (const o of conflicting) {
      if (touches({ last }, o)) {
        last = o.last;
        grown = true;
      } else if (touches(o, { first })) {
        first = o.first;
        grown = true;
      }
    }
  }
  return { first, last };
}

/** Words that make a post a different, lower one ("deputy secretary of state" is not "secretary of state"). */
const RANKS = new Set(['deputy', 'assistant', 'under', 'vice', 'acting', 'associate']);

/** A wrong post with its rank: the whole title is what the writer got wrong, so the fix replaces all of it. */
function withRank(fact: PreparedFact, view: SentenceView, c: { first: number; last: number }): { first: number; last: number } {
  let first = c.first;
  while (
    fact.fact.kind === 'role' &&
    first > 0 &&
    RANKS.has(view.words[first - 1].lower) &&
    !/[,;:()\u2014]/.test(between(view, { last: first - 1 }, { first }))
  )
    first--;
  return { first, last: c.last };
}

/**
 * "ambassador to China" against "ambassador to Japan", "envoy to China" against "envoy to Japan": when the
 * conflicting role and a sourced one (the replacement or an accepted wording) differ only in the place the post is
 * to, the place is what the writer got wrong, so only it is underlined and replaced.
 */
function placeInRole(fact: PreparedFact, view: SentenceView, c: PhraseHit): Edit | undefined {
  const wrong = c.phrase.words;
  for (const right of [fact.fact.replacement, ...(fact.fact.accepted ?? [])]) {
    if (!right) continue;
    const words = [...right.matchAll(/[\p{L}\p{N}\p{M}]+|%/gu)];
    let shared = 0;
    while (shared < wrong.length - 1 && shared < words.length - 1 && wrong[shared] === words[shared][0].toLowerCase()) shared++;
    if (shared > 0 && wrong[shared - 1] === 'to')
      return { span: spanOf(view, { first: c.first + shared, last: c.last }), replacement: right.slice(words[shared].index) };
  }
  return undefined;
}

/**
 * "As Abe's foreign minister, Suga …", "As defense minister under Abe, Suga …": a role fronted by "as" at the start
 * of the sentence describes the name right after its comma.
 */
function frontedAs(view: SentenceView, trigger: PhraseHit, c: PhraseHit): boolean {
  let as = c.first - 1;
  while (as >= 0 && c.first - as <= 3 && view.words[as].lower !== 'as') as--;
  if (as < 0 || view.words[as].lower !== 'as') return false;
  if (as > 0 && !/[;:\u2014(]\s*$/.test(view.text.slice(view.words[as - 1].end, view.words[as].start))) return false;
  if (!/^[^,;:()\u2014]*,\s*$/.test(between(view, c, trigger))) return false;
  // Only a prepositional tail may follow the role ("under Abe"), not another name ("As foreign minister Motegi said,").
  const tail = wordsBetween(view, c, trigger);
  return tail.length === 0 || (tail.length <= 4 && ROLE_TAIL_PREPOSITIONS.has(tail[0].lower));
}

/** Prepositions that may continue a fronted role ("as defense minister under Abe"). */
const ROLE_TAIL_PREPOSITIONS = new Set(['under', 'in', 'for', 'at', 'of', 'from', 'during']);

/** "Tokyo, too, had to contend with …": an aside between the actor and the predicate that keeps the actor the agent. */
const AGENT_ASIDE = /^\s*,\s*too\s*,\s*/;

/** Auxiliaries that make a past participle passive ("was named", "were imposed"). */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'got']);
/** Words that may stand between a passive predicate and its "by" (its complement: "named ambassador to Japan by"). */
const PASSIVE_REACH = 5;

/**
 * The agent of a passive predicate, after "by": "Termination of GSOMIA was threatened by Tokyo" (a trigger ending
 * in "by"), "Kang was named ambassador to Japan by Tokyo", "controls were formally imposed by Seoul". The value must
 * be the object of that "by", in the predicate's clause, with no punctuation between.
 */
function passiveAgent(view: SentenceView, trigger: PhraseHit, c: PhraseHit): boolean {
  if (c.first <= trigger.last || view.shape.clause[c.first] !== view.shape.clause[trigger.first]) return false;
  let by = c.first - 1;
  if (view.words[by]?.lower === 'the') by--;
  if (view.words[by]?.lower !== 'by' || by < trigger.last) return false;
  if (/[,;:()\u2014]/.test(view.text.slice(view.words[trigger.last].end, view.words[c.first].start))) return false;
  if (by === trigger.last) return true;
  if (by - trigger.last > PASSIVE_REACH + 1) return false;
  // A predicate that does not end in "by" is passive only after an auxiliary ("was named", "was formally named").
  for (let k = trigger.first - 1; k >= 0 && k >= trigger.first - 2; k--) {
    if (PASSIVE_AUXILIARIES.has(view.words[k].lower)) return true;
    if (!view.words[k].lower.endsWith('ly')) break;
  }
  return false;
}

function fills(
  slot: 'agent' | 'after' | 'attribute',
  view: SentenceView,
  trigger: PhraseHit,
  c: PhraseHit,
  accepted: PhraseHit[],
): boolean {
  const sameClause = view.shape.clause[c.first] === view.shape.clause[trigger.first];
  switch (slot) {
    case 'agent': {
      if (passiveAgent(view, trigger, c)) return !accepted.some((a) => a.first > trigger.last && a.last < c.first);
      // The actor right before the predicate: "Japan threatened to terminate", "the Japanese government threatened".
      if (!sameClause || c.last >= trigger.first || trigger.first - c.last > 5) return false;
      const gapText = between(view, c, trigger);
      const aside = AGENT_ASIDE.test(gapText);
      if (/[,;:()\u2014]/.test(aside ? gapText.replace(AGENT_ASIDE, '') : gapText)) return false;
      const gapWords = wordsBetween(view, c, trigger).slice(aside ? 1 : 0);
      if (gapWords.length > 4) return false;
      // "had to contend": "to" only as part of "had to", "has to".
      const glue = (w: Token, k: number) =>
        AGENT_GLUE.has(w.lower) || /^\p{Lu}/u.test(w.text) || (w.lower === 'to' && HAVE.has(gapWords[k - 1]?.lower ?? ''));
      if (!gapWords.every(glue)) return false;
      return !accepted.some((a) => a.first > c.last && a.last < trigger.first);
    }
    case 'after': {
      // The value right after the predicate: "met in Beijing", "headed by Kang Chan-gil". A title before a name is
      // not one of the words between ("named Rep. Kang Chan-gil ambassador to China").
      if (!sameClause || c.first <= trigger.last || c.first - trigger.last > 4 + titlesBetween(view, trigger, c)) return false;
      // "Suga was replaced by Kishida": after a verb made passive, the name after "by" did the verb to the subject;
      // it is not what the verb acts on ("Suga replaced Abe"). A predicate that ends in "by" ("headed by") is meant so.
      if (view.words[trigger.last].lower !== 'by' && passiveAgent(view, trigger, c)) return false;
      if (/[,;:()\u2014]/.test(between(view, trigger, c))) return false;
      if (wordsBetween(view, trigger, c).some((w) => LIST_WORDS.has(w.lower))) return false;
      return !accepted.some((a) => a.first > trigger.last && a.last < c.first);
    }
    case 'attribute': {
      // A description attached to the name: "the trilateral GSOMIA", "Secretary of State John Bolton",
      // "Bolton, then secretary of state".
      if (c.last < trigger.first) {
        if (frontedAs(view, trigger, c)) return !accepted.some((a) => a.first > c.last && a.last < trigger.first);
        if (trigger.first - c.last > 4) return false;
        // "the NSC director for Asia, John Bolton, visited …": a description before the name, both set off by commas.
        if (
          between(view, c, trigger).trim() === ',' &&
          trigger.first === c.last + 1 &&
          /^\s*,/.test(view.text.slice(view.words[trigger.last].end))
        )
          return !accepted.some((a) => a.first > c.last && a.last < trigger.first);
        if (/[,;:()\u2014]/.test(between(view, c, trigger))) return false;
        return (
          wordsBetween(view, c, trigger).every((w) => ATTRIBUTE_GLUE.has(w.lower)) &&
          !accepted.some((a) => a.first > c.last && a.last < trigger.first)
        );
      }
      if (c.first > trigger.last) {
        if (doersCapacity(view, trigger, c)) return false;
        // A possessive "'s" is not a word of its own here ("who had served as Abe's foreign minister").
        if (wordsBetween(view, trigger, c).filter((w) => w.lower !== 's').length > 5) return false;
        if (describesAnotherTerm(view, c, trigger)) return false;
        // "Even TISA — a bilateral arrangement — counts": an aside in dashes right after the name describes it.
        const aside = dashAsideAfter(view, trigger.last);
        const gapText = aside && c.last <= aside.last ? between(view, trigger, c).replace(DASH, '') : between(view, trigger, c);
        if (/[;:\u2014]/.test(gapText) || /[)]/.test(gapText)) return false;
        // "Bolton, then deputy secretary of state": a rank right before the post belongs to it.
        const words = wordsBetween(view, trigger, c);
        let end = words.length;
        while (end > 0 && RANKS.has(words[end - 1].lower)) end--;
        // "who had served as Abe's foreign minister": whose post it was is no other description.
        const glue = (w: Token, k: number) =>
          ATTRIBUTE_GLUE.has(w.lower) || HAVE.has(w.lower) || (/^\p{Lu}/u.test(w.text) && words[k + 1]?.lower === 's');
        return words.slice(0, end).every(glue) && !accepted.some((a) => a.first > trigger.last && a.last < c.first);
      }
      return false;
    }
  }
}

/**
 * Words (base forms, compared by stem) that take a person as the one met or accompanied: "Blinken met Motegi as
 * Secretary of State", "Bolton travelled with Pottinger as national security adviser". An "as" and a post right after
 * the person tell the capacity in which the clause's subject did so, not the post of the person met.
 */
const COMPANY_WORDS: ReadonlySet<string> = new Set(
  ['meet', 'join', 'accompany', 'visit', 'call', 'phone', 'with', 'alongside', 'beside'].map(stem),
);

/**
 * Whether the post `c`, after "as" right after the name `trigger`, is the capacity of the clause's subject: the name is
 * the one met or accompanied (`COMPANY_WORDS` right before it). Not after a verb of giving an office ("named Kang as
 * ambassador") nor a passive's "by" ("was succeeded by Motegi as foreign minister"): those are not in the list.
 */
function doersCapacity(view: SentenceView, trigger: PhraseHit, c: PhraseHit): boolean {
  if (wordsBetween(view, trigger, c)[0]?.lower !== 'as' || !/^\s+$/.test(between(view, trigger, { first: trigger.last + 1 }))) return false;
  const before = trigger.first - 1;
  if (before < 0 || !/^\s+$/.test(between(view, { last: before }, trigger))) return false;
  return COMPANY_WORDS.has(stem(view.words[before].lower));
}

/**
 * "Like GSOMIA, the trilateral TISA arrangement …": a description right before another glossary term's name is
 * that term's, not an appositive on the predicate before it.
 */
function describesAnotherTerm(view: SentenceView, c: PhraseHit, trigger: PhraseHit): boolean {
  const next = view.words[c.last + 1];
  if (!next || !/^\p{Lu}/u.test(next.text) || !/^\s+$/.test(between(view, c, { first: c.last + 1 }))) return false;
  const named = view.kb.matcher.findAll(view.text, next.start, view.range.end).find((m) => m.start === next.start);
  if (!named) return false;
  const own = new Set(
    view.kb.matcher.findAll(view.text, view.words[trigger.first].start, view.words[trigger.last].end).flatMap((m) => m.termIds),
  );
  return named.termIds.every((id) => !own.has(id));
}

/**
 * "GSOMIA, which Seoul terminated in 2019, …": a relative clause right after the name whose own subject (a name or
 * "the government") did the status verb to it. "which ended up …" is an idiom, not an ending.
 */
function objectRelative(view: SentenceView, s: PhraseHit, h: PhraseHit): boolean {
  const which = s.last + 1;
  if (!['which', 'that'].includes(view.words[which]?.lower ?? '') || !/^\s*,?\s*$/.test(between(view, s, { first: which }))) return false;
  const agent = view.words.slice(which + 1, h.first);
  if (agent.length < 1 || agent.length > 3 || /[,;:()\u2014]/.test(between(view, { last: which }, h))) return false;
  if (!agent.every((w) => /^\p{Lu}/u.test(w.text) || RELATIVE_AGENT.has(w.lower))) return false;
  return view.words[h.last + 1]?.lower !== 'up';
}

/** Words that may make up the subject of such a relative clause besides names ("which the Moon government scrapped"). */
const RELATIVE_AGENT = new Set(['the', 's', 'government', 'administration', 'cabinet']);

/** Words that make a status named as a noun something threatened, averted or undone rather than done. */
const STATUS_DOUBTS = new Set([
  'threat',
  'threats',
  'threaten',
  'threatened',
  'threatening',
  'possible',
  'possibility',
  'potential',
  'prospect',
  'risk',
  'suspend',
  'suspended',
  'suspending',
  'suspension',
  'avert',
  'averted',
  'avoid',
  'avoided',
  'prevent',
  'prevented',
  'reverse',
  'reversed',
  'halt',
  'halted',
  'near',
  'nearly',
  'consider',
  'considers',
  'considered',
  'considering',
  'weigh',
  'weighs',
  'weighed',
  'weighing',
  'mull',
  'mulls',
  'mulled',
  'mulling',
  'warned',
  'warning',
  'brink',
  'against',
  'oppose',
  'opposed',
  'opposing',
  'opposition',
  'stop',
  'stopped',
  'block',
  'blocked',
  'looming',
  'announced',
  'announcement',
  'notice',
  'deadline',
  'fear',
  'feared',
  'fears',
  'talk',
]);

/** A status written as a noun ("exit", "withdrawal", "termination", "scrapping"), not a verb ("withdrew", "ended"). */
function nominal(view: SentenceView, c: PhraseHit): boolean {
  const w = view.words[c.last].lower;
  return c.first === c.last && !w.endsWith('ed') && !['quit', 'withdrew', 'tore'].includes(w);
}

/**
 * A status noun is asserted by its clause's verb, wherever it stands ("A South Korean exit from GSOMIA would weaken …",
 * "Seoul threatened, but never carried out, a GSOMIA termination"): any hedge, negation or threat in the clause
 * leaves it unasserted.
 */
function clauseDoubts(view: SentenceView, c: PhraseHit): boolean {
  const doubts = (k: number) =>
    STATUS_DOUBTS.has(view.words[k].lower) || negatedJustBefore(view.words, k + 1, 1) || clauseHedged(view.words, view.shape, k, k);
  const clause = view.shape.clause[c.first];
  for (let k = 0; k < view.words.length; k++) if (view.shape.clause[k] === clause && doubts(k)) return true;
  // The verb may stand past a bracketed name ("Termination of GSOMIA (the pact) could have …"): read on to it.
  for (let k = c.last + 1; k < view.words.length && k - c.last <= 12; k++) {
    if (NOUN_PHRASE_ENDS.has(view.words[k].lower) || /[;:,\u2014]/.test(between(view, { last: k - 1 }, { first: k }))) break;
    if (doubts(k)) return true;
  }
  return false;
}

/** Words after which a status noun's own verb can no longer follow. */
const NOUN_PHRASE_ENDS = new Set(['and', 'but', 'which', 'who', 'while', 'although', 'though', 'because', 'whereas', 'yet']);

/**
 * A status word about the subject: "South Korea terminated GSOMIA" contradicts "threatened to terminate". A negated
 * or softened status ("did not terminate", "nearly withdrew") agrees with it. Statuses the sources disagree about
 * (variants) give an information finding.
 */
function checkStatus(fact: PreparedFact, view: SentenceView, conflicting: PhraseHit[], accepted: PhraseHit[]): ClaimFinding | undefined {
  const subjects = findEach(view, fact.subjects).filter((h) => !view.shape.quoted[h.first]);
  // The status must be said of the subject itself: its verb right before it ("terminated the GSOMIA pact") or its
  // predicate right after it ("GSOMIA was terminated", "the agreement remains intact"), with nothing between but
  // articles, the subject's own name words and auxiliaries. "The GSOMIA crisis ended" is about the crisis.
  const nearSubject = (h: PhraseHit) =>
    subjects.some((s) => {
      if (objectRelative(view, s, h)) return true;
      if (view.shape.clause[s.first] !== view.shape.clause[h.first] || overlaps(s, h)) return false;
      const gapWords = h.last < s.first ? wordsBetween(view, h, s) : wordsBetween(view, s, h);
      if (gapWords.length > 5 || /[,;:()\u2014]/.test(h.last < s.first ? between(view, h, s) : between(view, s, h))) return false;
      if (
        !gapWords.every((w) => STATUS_GLUE.has(w.lower) || /^\d{4}$/.test(w.lower) || fact.subjects.some((p) => p.words.includes(w.lower)))
      )
        return false;
      // "ended the GSOMIA crisis", "quit GSOMIA talks": the name describes another noun, which is what the verb is about.
      if (h.last < s.first) return !SUBJECT_AS_MODIFIER.has(view.words[s.last + 1]?.lower ?? '');
      // After the name, the name must be what the clause is about ("GSOMIA was terminated"), not the object of a
      // preposition ("Talks about GSOMIA ended"), and the status must be stated through an auxiliary or a copula.
      if (PREPOSITIONS.has(view.words[s.first - 1]?.lower ?? '')) return false;
      return gapWords.length === 0 || [...gapWords, view.words[h.first]].some((w) => AUXILIARIES.has(w.lower));
    });
  for (const c of conflicting) {
    if (!nearSubject(c) || negatedJustBefore(view.words, c.first, 3)) continue;
    // "threatened to quit GSOMIA", "moved to exit the pact": an infinitive names what was meant or threatened, not done.
    if (view.words[c.first - 1]?.lower === 'to' && !/[,;:()\u2014]/.test(between(view, { last: c.first - 1 }, c))) continue;
    if (accepted.some((a) => view.shape.clause[a.first] === view.shape.clause[c.first])) continue;
    if (clauseHedged(view.words, view.shape, c.first, c.last)) continue;
    if (nominal(view, c) && clauseDoubts(view, c)) continue;
    return finding(
      fact,
      view,
      [{ span: spanOf(view, c), ...(fact.fact.replacement ? { replacement: fact.fact.replacement } : {}) }],
      'claim-conflict',
    );
  }
  const variants = fact.fact.variants ?? [];
  for (let v = 0; v < variants.length; v++) {
    const hits = findEach(view, fact.variantPhrases[v]);
    for (const h of hits) {
      if (view.shape.quoted[h.first] || !nearSubject(h) || negatedJustBefore(view.words, h.first, 3)) continue;
      if (clauseHedged(view.words, view.shape, h.first, h.last)) continue;
      return finding(fact, view, [{ span: spanOf(view, h) }], 'claim-sources-differ', variants[v].citations);
    }
  }
  return undefined;
}
