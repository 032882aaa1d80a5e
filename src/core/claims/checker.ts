import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { claimBeforeReport, reportsOthers } from './attribution';
import { checkChoice } from './choiceClaims';
import { shapeOf, type SentenceShape } from './context';
import { checkDate, datesNamedDocument } from './dateClaims';
import { dateConflicts } from './dates';
import { readAsProse } from './markdown';
import { checkNumber } from './numberClaims';
import { mightDisagree, namesSubject, prepare, subjectTestText, valueTestText, type PreparedFact, type PreparedFacts } from './prepared';
import { sentenceOrSkip, type SentenceRange } from './sentences';
import { PhraseFinder, sortHits, tokenize, type Phrase, type PhraseHit, type Token } from './tokens';
import { definiteReferent, itReferent, pronounReferent, type PronounReferent } from './pronouns';
import type { CheckOptions, ClaimFinding } from './types';
import { addUnsupported } from './unsupported';
import { findDates, findNumbers, type DraftNumber } from './values';
import { between, contextPresent, foreignQualified, gap, NEAR, splitTriggerHits, subjectPresent, type SentenceView } from './view';

/** Checks every sentence of `text` that names a fact's subject and predicate. See index.ts for the contract. */
export function checkText(kb: KnowledgeBase, draft: string, options: CheckOptions = {}): ClaimFinding[] {
  return checkTexts(kb, [draft], options)[0];
}

/**
 * `checkText` over several texts (a document's paragraphs), each text's findings on their own. The texts go through
 * each phase together (find the predicates in all, then pick the sentences worth reading in all, then read those)
 * rather than one text through every phase: each phase's tables and code stay in the processor's caches.
 */
export function checkTexts(kb: KnowledgeBase, drafts: readonly string[], options: CheckOptions = {}): ClaimFinding[][] {
  return checkTextsFrom(kb, drafts, options, 0);
}

/**
 * `checkText`'s conflicts in the sentences of `draft` that end after offset `from`: the sentences before it are there
 * for what their words tell the sentence after (a pronoun's person), and are not read for claims of their own. A fix's
 * corrected sentence is checked so (safeFix.ts), with the sentence before it: reading that one too was wasted work.
 */
export function checkTextFrom(kb: KnowledgeBase, draft: string, from: number): ClaimFinding[] {
  return checkTextsFrom(kb, [draft], {}, from)[0];
}

function checkTextsFrom(kb: KnowledgeBase, drafts: readonly string[], options: CheckOptions, from: number): ClaimFinding[][] {
  const prepared = prepare(kb);
  const texts = drafts.map(readAsProse);
  // One pass per text finds every predicate; a sentence is looked at only around one.
  const predicates = findPredicates(prepared, texts);
  const toRead: SentenceToRead[] = [];
  for (let k = 0; k < texts.length; k++) selectSentences(kb, prepared, texts[k], k, predicates, toRead, options);
  const findings: ClaimFinding[][] = texts.map(() => []);
  for (const s of toRead) {
    if (options.isCancelled?.()) break;
    // A finding lies within its sentence: one ending by `from` has none after it.
    if (s.range.end <= from) continue;
    checkSentence(kb, texts[s.textIndex], s.range, s.candidates, findings[s.textIndex], s.referent);
  }
  return texts.map((text, k) => {
    if (options.includeUnsupported) addUnsupported(kb, prepared, text, findings[k], options);
    return findings[k].sort((a, b) => a.start - b.start || a.end - b.end);
  });
}

/**
 * The texts' predicates as the first pass found them: `spans` holds each one's start and end in turn, `facts` the
 * facts it is a predicate of, and text k's are those from `firstOf[k]` to `firstOf[k + 1]`. Packed into three arrays
 * for all the texts rather than an object per predicate or per text: a long document's thousands are kept from the
 * first phase to the second, and every young object still alive when the garbage collector runs is copied (measured:
 * its pauses took 4-5 ms each with an object per predicate, 2-3 ms with two arrays per text).
 */
interface Predicates {
  spans: number[];
  facts: (readonly PreparedFact[])[];
  firstOf: number[];
}

function findPredicates(prepared: PreparedFacts, texts: readonly string[]): Predicates {
  const found: Predicates = { spans: [], facts: [], firstOf: [] };
  for (const text of texts) {
    found.firstOf.push(found.facts.length);
    for (const m of prepared.triggerMatcher.findAll(text)) {
      const facts = prepared.factsByTrigger.get(m.termIds[0]);
      if (facts === undefined) continue;
      found.spans.push(m.start, m.end);
      found.facts.push(facts);
    }
  }
  found.firstOf.push(found.facts.length);
  return found;
}

/** A sentence the close reading must look at, with the facts that compete for its values. */
interface SentenceToRead {
  textIndex: number;
  range: SentenceRange;
  candidates: PreparedFact[];
  /** The person an opening "he" or "she" stands for, when a candidate needs it. */
  referent?: PronounReferent;
}

/**
 * The sentences of `text` around its predicates (`mentions`) that name a fact's subject and hold a value that might
 * disagree with it: cheap substring tests on the lower-cased sentence, so most sentences are never read closely.
 */
function selectSentences(
  kb: KnowledgeBase,
  prepared: PreparedFacts,
  text: string,
  textIndex: number,
  predicates: Predicates,
  out: SentenceToRead[],
  options: CheckOptions,
): void {
  const { spans, facts: factsOf } = predicates;
  const count = predicates.firstOf[textIndex + 1];
  let i = predicates.firstOf[textIndex];
  let known = 0;
  while (i < count) {
    if (options.isCancelled?.()) break;
    const sentence = sentenceOrSkip(text, spans[2 * i], known);
    if ('skipTo' in sentence) {
      // No sentence boundary nearby means no prose: skip the stretch rather than rescanning it for every predicate.
      const end = Math.max(sentence.skipTo, spans[2 * i + 1]);
      while (i < count && spans[2 * i] < end) i++;
      continue;
    }
    if (sentence.boundary !== undefined) known = sentence.boundary;
    // Each fact with a predicate here, in the order first met, and where its predicates stand (offsets in the
    // sentence). Marks per fact index rather than a Map per sentence: this runs for every sentence with a predicate.
    const stamp = ++sentenceStamp;
    const triggered: PreparedFact[] = [];
    // The sentence holds the predicate at i, so this loop consumes at least one: the outer loop always advances.
    // Should a range ever end before its predicate (white space trimmed), that predicate is passed over instead.
    if (spans[2 * i] >= sentence.end) {
      i++;
      continue;
    }
    for (; i < count && spans[2 * i] < sentence.end; i++) {
      const facts = factsOf[i];
      const at = spans[2 * i] - sentence.start;
      for (let k = 0; k < facts.length; k++) {
        const f = facts[k];
        if (factStamp[f.index] === stamp) {
          factAround[f.index].push(at);
        } else {
          factStamp[f.index] = stamp;
          factAround[f.index] = [at];
          triggered.push(f);
        }
      }
    }
    const forSubjects = subjectTestText(text.slice(sentence.start, sentence.end));
    // Only for a sentence that names a subject: most never need it.
    let forValues: string | undefined;
    // Facts naming their subject here all compete for the sentence's values; the sentence is read only if one of
    // them might be contradicted.
    const candidates: PreparedFact[] = [];
    let worthReading = false;
    // Computed only for a sentence with a person's predicate but not the person's name: rare, and then cheap.
    let referent: PronounReferent | undefined | null = null;
    // The same for an object "it" and a fact about a thing ("Seoul terminated it").
    let thing: PronounReferent | undefined | null = null;
    for (const f of triggered) {
      // Facts with the same subject keys share the answer (1 names, 2 does not).
      if (groupStamp[f.subjectGroup] !== stamp) {
        groupStamp[f.subjectGroup] = stamp;
        groupNames[f.subjectGroup] = namesSubject(f, forSubjects) ? 1 : 2;
      }
      if (groupNames[f.subjectGroup] !== 1) {
        if (f.personSubject) {
          if (referent === null) referent = mayOpenWithPronoun(forSubjects) ? pronounReferent(kb, text, sentence) : undefined;
          if (referent?.termId !== f.fact.subject) continue;
        } else {
          if (thing === null)
            thing =
              (MAY_HOLD_IT.test(forSubjects) ? itReferent(kb, text, sentence, prepared.things) : undefined) ??
              (MAY_POINT_BACK.test(forSubjects) ? definiteReferent(kb, text, sentence, prepared.things) : undefined);
          if (thing?.termId !== f.fact.subject) continue;
        }
      }
      candidates.push(f);
      worthReading ||= mightDisagree(f, (forValues ??= valueTestText(forSubjects)), factAround[f.index]);
    }
    // One pronoun a sentence: a person's, if any, else the thing's.
    if (worthReading) out.push({ textIndex, range: sentence, candidates, referent: referent ?? thing ?? undefined });
  }
}

/** Which sentence last marked each fact (by index) and subject group, with what: see `checkText`. */
let sentenceStamp = 0;
const factStamp: number[] = [];
const factAround: number[][] = [];
const groupStamp: number[] = [];
const groupNames: number[] = [];

function checkSentence(
  kb: KnowledgeBase,
  text: string,
  range: SentenceRange,
  candidates: PreparedFact[],
  findings: ClaimFinding[],
  referent?: PronounReferent,
): void {
  const tokens = tokenize(text, range.start, range.end);
  const words = tokens.filter((t) => t.word);
  const finder = new PhraseFinder(words);
  const find = referent ? findWithPronoun(kb, finder, words, referent) : (phrase: Phrase) => finder.find(phrase);
  const allTriggers: SentenceView['allTriggers'] = [];
  const view: SentenceView = { kb, text, range, tokens, words, shape: UNREAD, dates: findDates(words, text), allTriggers, find };
  // Cheap first: which facts apply (predicate, subject, context) and which of them meet a value that disagrees.
  // Most sentences about a fact agree with it; they never pay for reading the sentence's structure.
  const applying: { fact: PreparedFact; hits: PhraseHit[]; suspicious: boolean }[] = [];
  let anySuspicious = false;
  let numbers: DraftNumber[] | undefined;
  for (const fact of candidates) {
    const hits: PhraseHit[] = [];
    for (const t of fact.triggers) for (const h of find(t)) hits.push(h);
    if (fact.splitTriggers.length) hits.push(...splitTriggerHits(fact, view));
    sortHits(hits);
    if (
      hits.length === 0 ||
      !fact.subjects.some((p) => find(p).some((h) => !foreignQualified(fact, view, h))) ||
      !contextPresent(fact, view)
    )
      continue;
    if (fact.otherEvents.some((p) => find(p).length > 0)) continue;
    const suspicious = mightConflict(fact, hits, view, () => (numbers ??= findNumbers(words)));
    applying.push({ fact, hits, suspicious });
    anySuspicious ||= suspicious;
  }
  if (!anySuspicious) return;
  view.shape = shapeOf(tokens, words, text.slice(range.start, range.end));
  if (view.shape.unasserted) return;
  // Each applying fact's predicates in clauses about its subject, in the order the facts were met.
  const owned: { fact: PreparedFact; hits: PhraseHit[]; suspicious: boolean }[] = [];
  for (const { fact, hits: all, suspicious } of applying) {
    // A predicate counts only in a clause that names the subject: in "The Blue House, which appointed Kang, also
    // named an envoy to China", "named" is not about Kang.
    const subjectClauses = new Set<number>();
    const subjectHits: PhraseHit[] = [];
    // Nested loops rather than flatMap: this runs for every applying fact of every sentence read closely.
    for (const subject of fact.subjects) {
      for (const h of find(subject)) {
        if (view.shape.quoted[h.first] || foreignQualified(fact, view, h)) continue;
        subjectHits.push(h);
        subjectClauses.add(view.shape.clause[h.first]);
        // "The Supreme Court, which ruled in 2016, …": a relative clause right after the name is about it.
        if (RELATIVES.has(words[h.last + 1]?.lower ?? '')) subjectClauses.add(view.shape.clause[h.last + 1]);
        // "Kawamura Takeo (head of the Union) met …": the clause resumes after a bracketed remark on the name.
        const resumes = afterBrackets(view, h.last);
        if (resumes !== undefined) subjectClauses.add(view.shape.clause[resumes]);
        // "Stilwell's trip did not …; he went by way of Vietnam": a later clause a personal pronoun opens is about
        // the person named before it.
        if (fact.personSubject) for (const k of pronounClauses(view, h.last)) subjectClauses.add(view.shape.clause[k]);
      }
    }
    let hits = all.filter(
      (h) => !view.shape.quoted[h.first] && subjectClauses.has(view.shape.clause[h.first]) && !doneByAnother(view, h, subjectHits),
    );
    // Only facts whose subject the sentence names compete for its values.
    if (hits.length === 0 || !subjectPresent(fact, view)) continue;
    const valueAfter = (from: number) => valueFrom(fact, view, from, () => (numbers ??= findNumbers(words)));
    const reportedFor = (claim: PhraseHit[]) => (i: number) =>
      !claim.some((h) => h.first <= i && i <= h.last) &&
      reportsOthers(view, i) &&
      !claimBeforeReport(view, i, claim, fact.fact.slot === 'attribute', valueAfter);
    const report = view.shape.reporting.find(reportedFor(hits));
    if (report !== undefined && !datesNamedDocument(fact, hits, view)) {
      // "The October 2018 radar incident, in which the MSDF said a destroyer locked radar …": the predicates the
      // speaker's words repeat do not make the writer's own claim before the report someone else's. Only the
      // predicates before it are then checked.
      const before = hits.filter((h) => h.last < report);
      if (before.length === 0 || before.length === hits.length || view.shape.reporting.some(reportedFor(before))) continue;
      hits = before;
    }
    owned.push({ fact, hits, suspicious });
    for (const hit of hits) allTriggers.push({ fact, hit });
  }
  for (const { fact, hits, suspicious } of owned) {
    if (!suspicious) continue;
    const finding = checkFact(fact, hits, view);
    if (finding) findings.push(finding);
  }
}

/**
 * Whether a predicate has a doer of its own, named in capitals right before it, in a part of the clause that "and"
 * opens and that names neither the subject nor anyone by a pronoun ("Kishida Fumio succeeded Suga in the autumn of
 * 2021, and Yoon Suk Yeol took office in Seoul in May 2022"; "…, and Biden took office in January 2021"): the
 * predicate tells that doer's act, whoever they are, not the subject's. Not a doer listed with the subject ("Suga and
 * Moon …"), nor a part telling an act done to someone it names by a pronoun ("…, and Moon appointed him …").
 */
function doneByAnother(view: SentenceView, hit: PhraseHit, subjectHits: readonly PhraseHit[]): boolean {
  const { words } = view;
  let k = hit.first - 1;
  // The doer's name: capitalised words (a title among them) joined by spaces or hyphens.
  while (k >= 0 && /^\p{Lu}/u.test(words[k].text) && /^[\s\-\u2010\u2011]+$/.test(between(view, { last: k }, { first: k + 1 }))) k--;
  if (k === hit.first - 1 || k < 0 || words[k].lower !== 'and') return false;
  const clause = view.shape.clause[hit.first];
  let end = hit.last;
  while (end + 1 < words.length && view.shape.clause[end + 1] === clause) end++;
  for (let i = k + 1; i <= end; i++) if (OBJECT_PRONOUNS.has(words[i].lower)) return false;
  return !subjectHits.some((h) => h.last === k - 1 || (h.first > k && h.first <= end));
}

/** Pronouns that may stand for the subject in the part of a clause after its "and" ("appointed him"). */
const OBJECT_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'it', 'its']);

/** The word after a bracketed remark that follows word `i` directly ("Kawamura (head of …) met"), if any. */
function afterBrackets(view: SentenceView, i: number): number | undefined {
  const next = view.words[i + 1];
  if (!next || !/^\s*\(\s*$/.test(view.text.slice(view.words[i].end, next.start))) return undefined;
  for (let k = i + 2; k < view.words.length && k - i <= 16; k++) {
    const gap = view.text.slice(view.words[k - 1].end, view.words[k].start);
    if (gap.includes('(')) return undefined;
    if (gap.includes(')')) return k;
  }
  return undefined;
}

/** A native test that rules out most sentences before the pronoun rule looks at them: "he" or "she" as a word. */
function mayOpenWithPronoun(sentence: string): boolean {
  return PRONOUN_WORD.test(sentence);
}

const PRONOUN_WORD = /(?:^|\s)(?:s?he|his|her|him)\s/i;
const MAY_HOLD_IT = /\bit\b/i;
/** A native test for a determiner that may point back at a thing named before ("the court", "that treaty"). */
const MAY_POINT_BACK = /\b(?:the|that|this)\s/i;

/**
 * A phrase finder for a sentence whose opening pronoun stands for a person named in the sentence before: the
 * pronoun is one more hit of every phrase naming that person.
 */
function findWithPronoun(
  kb: KnowledgeBase,
  finder: PhraseFinder,
  words: readonly Token[],
  referent: PronounReferent,
): (phrase: Phrase) => PhraseHit[] {
  const pronoun = words.findIndex((w) => w.start === referent.at);
  const names = new Set(
    prepare(kb)
      .facts.filter((f) => f.fact.subject === referent.termId)
      .flatMap((f) => f.subjects),
  );
  const answers = new Map<Phrase, PhraseHit[]>();
  return (phrase) => {
    if (pronoun < 0 || !names.has(phrase)) return finder.find(phrase);
    let hits = answers.get(phrase);
    if (!hits) answers.set(phrase, (hits = sortHits([...finder.find(phrase), { phrase, first: pronoun, last: pronoun }])));
    return hits;
  };
}

/** Words after `i` that open a clause with "he" or "she" as its first word. */
function pronounClauses(view: SentenceView, i: number): number[] {
  const found: number[] = [];
  for (let k = i + 1; k < view.words.length; k++) {
    const w = view.words[k].lower;
    if ((w === 'he' || w === 'she') && view.shape.clause[k] !== view.shape.clause[k - 1]) found.push(k);
  }
  return found;
}

/** Words opening a relative clause. */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);

/** Placeholder until a sentence's structure is read (only sentences with a disagreeing value get that far). */
const UNREAD: SentenceShape = { clause: [], quoted: [], unasserted: false, reporting: [], ownSurvey: false };

/** Whether a value of the fact's kind stands at word `from` or after (a date, a number, a conflicting word, any name). */
function valueFrom(fact: PreparedFact, view: SentenceView, from: number, numbers: () => DraftNumber[]): boolean {
  switch (fact.fact.kind) {
    case 'date':
      return view.dates.some((d) => d.last >= from);
    case 'count':
    case 'percentage':
    case 'fraction':
      return numbers().some((n) => n.last >= from);
    default:
      if (fact.fact.anyPerson) return true;
      return (
        fact.conflicting.some((p) => view.find(p).some((h) => h.last >= from)) ||
        fact.variantPhrases.some((list) => list.some((p) => view.find(p).some((h) => h.last >= from)))
      );
  }
}

/** Whether the sentence holds, near one of the fact's predicates, a value that differs from the fact's. */
function mightConflict(fact: PreparedFact, hits: PhraseHit[], view: SentenceView, numbers: () => DraftNumber[]): boolean {
  const near = (value: { first: number; last: number }, reach: number) => hits.some((h) => gap(h, value) <= reach);
  switch (fact.fact.kind) {
    case 'date':
      // Twice the usual reach: a timeline entry's lead date dates a predicate further on (see ownTrigger).
      return view.dates.some((d) => near(d, 2 * NEAR) && dateConflicts(d, fact.fact.date!).length > 0);
    case 'count':
    case 'percentage':
    case 'fraction': {
      const expected = fact.fact.number!.number;
      return numbers().some((n) => near(n, NEAR + 2) && Math.abs(n.value - expected) > 1e-9 && Math.abs(n.value / 100 - expected) > 0.005);
    }
    default:
      // A fact any other person contradicts ("headed by Lim Sung-nam") cannot be ruled out by its lists.
      if (fact.fact.anyPerson) return true;
      return (
        fact.conflicting.some((p) => view.find(p).length > 0) ||
        fact.variantPhrases.some((list) => list.some((p) => view.find(p).length > 0))
      );
  }
}

function checkFact(fact: PreparedFact, triggers: PhraseHit[], view: SentenceView): ClaimFinding | undefined {
  switch (fact.fact.kind) {
    case 'date':
      return checkDate(fact, triggers, view);
    case 'count':
    case 'percentage':
    case 'fraction':
      return checkNumber(fact, triggers, view);
    default:
      return checkChoice(fact, triggers, view);
  }
}
