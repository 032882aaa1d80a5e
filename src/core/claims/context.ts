import type { Token } from './tokens';
import { MONTH_NUMBERS, SEASON_WORDS } from './values';

/**
 * What a sentence's structure says about its claims: which words belong to which clause, which words are inside a
 * quotation, and whether the writer asserts anything at all (questions, hedges, conditionals, reported speech).
 */

/** Words that open a new clause: a value on one side is not about a predicate on the other. */
const CLAUSE_OPENERS = new Set([
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'after',
  'before',
  'because',
  'following',
  'until',
  'unless',
  'if',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'yet',
  'however',
  'whilst',
]);
const CLAUSE_MARKS = new Set([';', ':', '—', '(', ')', '[', ']']);

/** The writer is not asserting this clause as fact. */
const HEDGES = new Set([
  'may',
  'might',
  'could',
  'would',
  'should',
  'perhaps',
  'possibly',
  'probably',
  'likely',
  'unlikely',
  'reportedly',
  'allegedly',
  'apparently',
  'supposedly',
  'rumored',
  'rumoured',
  'rumor',
  'rumour',
  'rumors',
  'rumours',
  'if',
  'unless',
  'whether',
  'will',
  'shall',
  'plan',
  'plans',
  'planned',
  'planning',
  'expected',
  'expect',
  'expects',
  'scheduled',
  'proposed',
  'proposes',
  'hypothetical',
  'hypothetically',
  'maybe',
  'suppose',
  'supposing',
  'assuming',
  'predicted',
  'predicts',
  'forecast',
  'intends',
  'intend',
  'aims',
  'hope',
  'hopes',
  'hoped',
  'unconfirmed',
  'unclear',
  'uncertain',
  'speculate',
  'speculated',
  'speculation',
  'upcoming',
  'future',
  'imagine',
  'll',
  'wonder',
  'whatever',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'doubt',
  'doubtful',
  'might',
  'lest',
]);

/** Words that deny or contrast what follows. */
const NEGATIONS = new Set([
  'not',
  'never',
  'no',
  'neither',
  'nor',
  'without',
  'denied',
  'deny',
  'denies',
  'rather',
  'instead',
  'contrary',
  'false',
  'falsely',
  'wrongly',
  'mistakenly',
  'myth',
  'misconception',
  'incorrectly',
  'erroneously',
  'nt',
  'hardly',
  'nearly',
  'almost',
  'nowhere',
  'none',
  'refute',
  'refuted',
  'misreported',
  'misremembered',
  'wrong',
  'error',
  'misstate',
  'mistake',
  'misnomer',
  'misleading',
  'inaccurate',
  'didn',
  'doesn',
  'wasn',
  'isn',
  'weren',
  'haven',
  'hasn',
  'hadn',
  'aren',
  'couldn',
  'wouldn',
  'shouldn',
]);

/**
 * Reporting words whose claim is not only what follows them ("Tokyo mistakenly …", "according to Tokyo"). Each is
 * also a reporting word: the attribution rules ask this only of words `REPORTING` found.
 */
export const REPORTING_NOT_FORWARD = new Set([
  'according',
  'mistaken',
  'mistakenly',
  'misreport',
  'misreports',
  'confused',
  'confuse',
  'conflate',
  'conflated',
  'conflates',
  'quoted',
  'quote',
]);

/** Someone other than the writer is speaking. */
const REPORTING = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'claimed',
  'claim',
  'claims',
  'argued',
  'argues',
  'argue',
  'alleged',
  'alleges',
  'insisted',
  'insists',
  'believes',
  'believe',
  'believed',
  'thinks',
  'think',
  'thought',
  'suggested',
  'suggests',
  'asserted',
  'asserts',
  'contended',
  'contends',
  'wrote',
  'writes',
  'noted',
  'notes',
  'maintained',
  'maintains',
  'recalled',
  'recalls',
  'testified',
  'declared',
  'remarked',
  'stated',
  'contend',
  'assert',
  ...REPORTING_NOT_FORWARD,
]);

const SURVEY = [
  'our survey',
  'our poll',
  'our polling',
  'we surveyed',
  'we polled',
  'our data',
  'our sample',
  'respondents',
  'our interviews',
  'we interviewed',
  'our study',
  'our own',
  'our questionnaire',
  'our focus groups',
  'of our',
  'in our',
  'our readers',
  'our staff',
  'our team',
  'our office',
  'our members',
];

const SURVEY_WORDS = new Set(['our', 'we', 'respondents']);

/** Nouns for the writer's own schedule and documents: a date next to them is a plan, not a claim about history. */
export const PLANNING_NOUNS = new Set([
  'workshop',
  'workshops',
  'conference',
  'conferences',
  'seminar',
  'seminars',
  'symposium',
  'report',
  'reports',
  'paper',
  'papers',
  'study',
  'memo',
  'memos',
  'briefing',
  'briefings',
  'hearing',
  'hearings',
  'panel',
  'event',
  'events',
  'review',
  'book',
  'article',
  'edition',
  'deadline',
  'budget',
  'anniversary',
  'roundtable',
  'webinar',
  'meeting',
  'meetings',
  'retreat',
  'syllabus',
  'lecture',
  'exhibition',
  'publication',
  'published',
  'publish',
  'draft',
  'drafted',
  'revised',
  'updated',
  'written',
  'wrote',
  'volume',
  'chapter',
  'testimony',
  'podcast',
]);

/** Month names and abbreviations, seasons and parts of a year that can lead a timeline entry. */
const DATE_LEAD_WORDS = new Set([...MONTH_NUMBERS.keys(), ...SEASON_WORDS.keys(), 'early', 'mid', 'late']);

/** Per word token: its clause and whether it is inside a quotation. */
export interface SentenceShape {
  /**
   * Plain arrays, not typed ones: V8 allocates a small typed array through its runtime, which cost a fifth of this
   * function's time (it runs for every sentence read closely).
   */
  clause: number[];
  /** 1 for a word inside a quotation, else 0. */
  quoted: number[];
  /** The writer asks or supposes rather than asserts: no claim in it is checked. */
  unasserted: boolean;
  /**
   * Word indices of reporting verbs ("said", "claimed", "according"): the sentence reports someone else's claim,
   * unless the verb is the fact's own predicate ("the Maritime Self-Defense Force alleged that").
   */
  reporting: number[];
  /** Mentions the writer's own survey or readers: its numbers are not the sources'. */
  ownSurvey: boolean;
}

/** Words before which "claim" is a noun ("the claims question", "every wartime claim"), not a verb of saying. */
const CLAIM_DETERMINERS = new Set([
  'the',
  'a',
  'its',
  'their',
  'his',
  'her',
  'our',
  'these',
  'those',
  'such',
  'any',
  'all',
  'every',
  'each',
  'no',
  'wartime',
  'individual',
  'property',
  'compensation',
  'territorial',
  's',
  'of',
  'historical',
  'legal',
]);

/** Whether word `i` is "claim(s)" used as a noun for a demand, not for what someone says ("Tokyo's claim that …"). */
function claimNoun(words: readonly Token[], i: number): boolean {
  const w = words[i].lower;
  return (w === 'claim' || w === 'claims') && CLAIM_DETERMINERS.has(words[i - 1]?.lower ?? '') && words[i + 1]?.lower !== 'that';
}

/** Reads the structure of one sentence. `tokens` are all tokens; `words` the word tokens among them, in order. */
export function shapeOf(tokens: readonly Token[], words: readonly Token[], sentenceText: string): SentenceShape {
  const clause: number[] = [];
  const quoted: number[] = [];
  // Quotations of four words or more are someone else's words; short ones are names in scare quotes.
  const quoteRanges = /["“”«»「」]/.test(sentenceText) ? quotationRanges(tokens) : [];
  let w = 0;
  let current = 0;
  let next = 1;
  const stack: number[] = [];
  let closesAtComma = false;
  let previous: Token | undefined;
  const dated = sentenceText.includes('(') ? datedParentheses(tokens) : NO_TOKENS;
  // A timeline entry ("Oct. 2018: Supreme Court ruling", "2019 — export controls") dates what follows its mark.
  let leadIsDate = false;
  // "Kim Jin-pyo — then a lawmaker — led the group": a pair of dashes sets off an aside, and the clause it
  // interrupted resumes after the second. A lone dash still opens a new clause.
  let dashesAhead = 0;
  for (const t of tokens) if (t.lower === '—') dashesAhead++;
  let resumesAfterDash: number | undefined;
  for (const t of tokens) {
    if (!t.word) {
      const timelineMark = (t.lower === ':' || t.lower === '—') && w > 0 && w <= 4 && leadIsDate && current === 0;
      if (t.lower === '—') dashesAhead--;
      if (t.lower === '—' && !timelineMark && !dated.has(t) && (resumesAfterDash !== undefined || dashesAhead > 0)) {
        if (resumesAfterDash !== undefined) {
          current = resumesAfterDash;
          resumesAfterDash = undefined;
        } else {
          resumesAfterDash = current;
          current = next++;
        }
        closesAtComma = false;
      } else if (CLAUSE_MARKS.has(t.lower) && !dated.has(t) && !timelineMark) {
        current = next++;
        closesAtComma = false;
      } else if (t.lower === ',' && closesAtComma) {
        current = stack.pop() ?? current;
        closesAtComma = stack.length > 0;
      }
      previous = t;
      continue;
    }
    // "even as" opens a clause like "while" ("Ties steadied even as the yen slid to a 34-year low"); a lone "as" is
    // too many other things ("served as", "as well as") to be one.
    const opensClause = CLAUSE_OPENERS.has(t.lower) || (t.lower === 'as' && w > 0 && words[w - 1].lower === 'even');
    if (opensClause && w > 0) {
      // A clause opened right after a comma or at the start closes at the next comma: the main clause resumes.
      const interrupting = previous?.lower === ',';
      if (interrupting) stack.push(current);
      current = next++;
      closesAtComma = interrupting;
    } else if (opensClause && w === 0) {
      stack.push(next++);
      current = next++;
      closesAtComma = true;
    }
    if (w < 4 && (/^\d{4}s?$/.test(t.lower) || DATE_LEAD_WORDS.has(t.lower))) leadIsDate = true;
    clause.push(current);
    quoted.push(quoteRanges.length > 0 && quoteRanges.some(([a, b]) => t.start > a && t.end <= b) ? 1 : 0);
    w++;
    previous = t;
  }
  const trimmed = sentenceText.trimEnd();
  const first = words[0]?.lower;
  const unasserted =
    /\?["'”’)\]]*$/.test(trimmed) ||
    /^\s*>/.test(sentenceText) ||
    [
      'if',
      'unless',
      'suppose',
      'imagine',
      'had',
      'were',
      'should',
      'did',
      'does',
      'do',
      'why',
      'how',
      'what',
      'whether',
      'assume',
      'hypothetically',
    ].includes(first ?? '');
  // A loop, not flatMap: flatMap allocates an array per word of every sentence read closely.
  const reporting: number[] = [];
  for (let i = 0; i < words.length; i++) if (REPORTING.has(words[i].lower) && !quoted[i] && !claimNoun(words, i)) reporting.push(i);
  // The writer's own survey or readers: a cheap word test first, the phrases only when it passes.
  const ownSurvey = words.some((w) => SURVEY_WORDS.has(w.lower)) && SURVEY.some((s) => sentenceText.toLowerCase().includes(s));
  return { clause, quoted, unasserted, reporting, ownSurvey };
}

const NO_TOKENS: ReadonlySet<Token> = new Set();

/**
 * Brackets around a short dated aside ("ruling (October 2016)", "(Dec. 2019)"): they belong to the clause they sit in,
 * unlike a bracketed remark, which is a clause of its own.
 */
function datedParentheses(tokens: readonly Token[]): ReadonlySet<Token> {
  let dated: Set<Token> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== '(') continue;
    let words = 0;
    let digit = false;
    let j = i + 1;
    for (; j < tokens.length && tokens[j].lower !== ')' && tokens[j].lower !== '('; j++) {
      if (tokens[j].word) {
        words++;
        digit ||= /^\d/.test(tokens[j].lower);
      }
    }
    if (j < tokens.length && tokens[j].lower === ')' && digit && words <= 4) {
      dated ??= new Set<Token>();
      dated.add(tokens[i]);
      dated.add(tokens[j]);
    }
  }
  // Most sentences have no bracket: they share one empty set.
  return dated ?? NO_TOKENS;
}

function quotationRanges(tokens: readonly Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  let open: Token | undefined;
  let words = 0;
  for (const t of tokens) {
    const isQuote = t.lower === '"' || t.text === '«' || t.text === '»' || t.text === '「' || t.text === '」';
    if (isQuote) {
      const opening = t.text === '“' || t.text === '«' || t.text === '「' || (t.text !== '”' && t.text !== '»' && t.text !== '」' && !open);
      if (opening && !open) {
        open = t;
        words = 0;
      } else if (open) {
        if (words >= 4) ranges.push([open.start, t.end]);
        open = undefined;
      }
    } else if (open && t.word) {
      words++;
    }
  }
  // An unclosed quotation runs to the end of the sentence.
  if (open && words >= 4) ranges.push([open.start, Number.MAX_SAFE_INTEGER]);
  return ranges;
}

/** Words that put a whole clause in doubt wherever they stand in it. */
const CLAUSE_CONDITIONS = new Set(['if', 'unless', 'whether', 'suppose', 'supposing', 'assuming', 'hypothetically', 'imagine', 'lest']);
/**
 * Adverbs of hearsay: standing before the verb they put the whole clause in someone else's mouth ("Some outlets
 * reportedly placed the envoy's trip … in early October"), however far its values stand from them.
 */
const CLAUSE_HEARSAY = new Set(['reportedly', 'allegedly', 'supposedly', 'purportedly']);
/** How far before a claim a modal or plan word still governs it ("could tighten export controls again in 2026"). */
const HEDGE_REACH = 4;

/**
 * Whether the claim spanning words [from, to] is hedged: a condition anywhere in its clause, hearsay before it there,
 * or a modal, plan or doubt word within a few words before it or inside it. A hedge about another verb later in the sentence does not
 * count ("Former prime minister Yu doubts Suga will take risks" still asserts Yu's post).
 */
export function clauseHedged(words: readonly Token[], shape: SentenceShape, from: number, to = from, reach = HEDGE_REACH): boolean {
  const c = shape.clause[from];
  for (let k = 0; k < words.length; k++) if (shape.clause[k] === c && CLAUSE_CONDITIONS.has(words[k].lower)) return true;
  // Hearsay before the claim, in its clause. (Not for a description set off after a name, asked with no reach: "TISA,
  // the bilateral channel" is the writer's own, whatever is reported around it.)
  if (reach > 0) for (let k = 0; k < from; k++) if (shape.clause[k] === c && CLAUSE_HEARSAY.has(words[k].lower)) return true;
  for (let k = Math.max(0, from - reach); k <= to && k < words.length; k++) {
    if (HEDGES.has(words[k].lower) && !isMonthMay(words, k)) return true;
  }
  return false;
}

/** "May 2021" is a month; "may" a hedge. */
function isMonthMay(words: readonly Token[], k: number): boolean {
  return words[k].text === 'May' && /^\d{1,4}(?:st|nd|rd|th)?$/.test(words[k + 1]?.lower ?? '');
}

/** Whether a negation stands within a few words before the claim or inside it ("did not rule in 2016"). */
export function negatedWithin(words: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from - HEDGE_REACH); k <= to && k < words.length; k++) {
    if (NEGATIONS.has(words[k].lower) || (words[k].lower === 't' && words[k].joined) || namesAMistake(words, k)) return true;
  }
  return false;
}

/** Nouns for an error that are other things too ("relations continued to slip"): a mistake only after these. */
const MISTAKE_NOUNS = new Set(['slip', 'fallacy', 'canard']);
const MISTAKE_NOUN_LEADS = new Set(['a', 'common', 'frequent', 'familiar', 'typical', 'popular', 'old', 'persistent']);

/** "A common slip is to call GSOMIA a trilateral pact": word `k` names the claim after it as a mistake. */
function namesAMistake(words: readonly Token[], k: number): boolean {
  return MISTAKE_NOUNS.has(words[k].lower) && k > 0 && MISTAKE_NOUN_LEADS.has(words[k - 1].lower);
}

/** Whether one of the `before` words preceding word `i` negates or softens it ("did not terminate", "nearly withdrew"). */
export function negatedJustBefore(words: readonly Token[], i: number, before = 3): boolean {
  for (let k = Math.max(0, i - before); k < i; k++) if (NEGATIONS.has(words[k].lower) || words[k].lower === 't') return true;
  return false;
}

/**
 * Whether the clause of word `i` talks about a workshop, report or other plan of the writer's. Words that are the
 * fact's own triggers ("meeting" for a summit) do not count.
 */
export function clausePlans(words: readonly Token[], shape: SentenceShape, i: number, ownTriggers: ReadonlySet<number>): boolean {
  const c = shape.clause[i];
  for (let k = 0; k < words.length; k++)
    if (shape.clause[k] === c && !ownTriggers.has(k) && PLANNING_NOUNS.has(words[k].lower)) return true;
  return false;
}
