/**
 * The sources' own statements, read from their text: every passage of every source is analysed like a draft sentence
 * (sentenceAnalysis.ts), and the ones that state a value (a date, a number, a named party, a role) or deny something
 * become claims a draft can be checked against. Nothing here is written per source: a writer's own documents get
 * their claims the same way as the bundled articles.
 */
import { affiliatedPeople } from './affiliations';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Passage, Source } from '../../knowledge/types';
import { lowerBound, type Postings } from '../../indexing/postings';
import { yearWritten } from '../dates';
import {
  ADVERBIAL_CONJUNCTIONS,
  AFTER_THE_EVENT_BEFORE,
  APPOINTED_OFFICE_WORDS,
  APPOINTING_VERBS,
  APPOSITION_PHRASES,
  APPOSITION_WORDS,
  ATTRIBUTE_CLASS,
  CLAUSE_CONJUNCTIONS,
  COPULAS,
  FUNCTION_WORDS,
  LATER_IN_THAT_TIME,
  LEADING_SUBORDINATORS,
  OPENING_PREPOSITIONS,
  PRESUPPOSING_SUBORDINATORS,
  PUNCTUATION_BETWEEN,
  APPOSED_NAME_OPENERS,
  TIME_NOUNS,
  TITLE_AUXILIARIES,
  TITLE_COPULAS,
  TITLE_SCOPES,
  TITLE_SERVING,
  TITLE_SERVING_ADVERBS,
  POINTING_BACK_PRONOUNS,
} from './lexicon';
import { SUBJECT_PRONOUNS, titleHolderBefore, withDateCountedFrom, withReferences } from './references';
import {
  analyseSentence,
  conjoinedSupposition,
  namedWords,
  pluralTitle,
  possessiveMark,
  type AnalysedSentence,
  type Slot,
} from './sentenceAnalysis';
import { AGREEMENT_STEM, hasOpposite, stem } from './stem';
import { withDatesFromWriting, writingTime, type WritingTime } from './writtenDates';
import {
  CLAIM_FLAG,
  CONTEXT_FLAG,
  DENIES_FLAG,
  KIND_MASK,
  statementParts,
  type PassageStatement,
  type StatementIndexParts,
} from './statementIndex';
import { AuthorLists } from './numberedLists';
import { captionSubject } from '../../knowledge/compile/captions';
import { APPOSED_NAME_REACH } from './unlistedPeople';

/** One statement of a source: a passage and how it reads. */
export interface SourceClaim {
  passage: Passage;
  /** The kinds of value it states (`KIND_BITS`) and whether it denies something: enough to choose candidates. */
  kinds: number;
  denies: boolean;
  /**
   * Its reading. Read again on demand and kept in a bounded cache (`READINGS_KEPT`): a library's 300,000 readings
   * held at once would take over a gigabyte.
   */
  readonly analysis: AnalysedSentence;
}

/**
 * How many passages' readings are kept at once (some 40 MB): the bundled articles (about 300 passages) stay read; a
 * library's passages are read again when a draft lines up with them after this many others.
 */
const READINGS_KEPT = 8192;

/**
 * Every claim of a knowledge base, with the index that finds the ones a draft sentence may be about
 * (`StatementIndexParts`). A claim is numbered as its passage.
 */
export interface SourceClaims {
  /** How many passages the index covers. */
  passageCount: number;
  /** How many of them are claims. */
  claimCount: number;
  /** Per passage: the kinds of value it states, whether it denies something, whether it is a claim (`CLAIM_FLAG`). */
  flags: Uint8Array;
  /** Claim `c`: its passage and reading. */
  claim(c: number): SourceClaim;
  /** When the source of passage `c` was written, as far as its metadata bounds it (undefined: unknown). */
  writingTime(c: number): WritingTime | undefined;
  /** The passages holding content stem `stem` (claims or not), ascending. */
  withStem(stem: string): Uint32Array | undefined;
  /** The claims filing value key `key` (`valueKeys`), ascending: the passages that might back a draft's value. */
  withValue(key: string): Uint32Array | undefined;
  /**
   * `withStem` with one passage of each set of copies, the first: a library repeats sentences (a statement quoted by
   * several reports, a document saved twice), and copies read alike, score alike and back alike, so lining up one
   * serves for all. A passage whose reading counts from the sentence before (`CONTEXT_FLAG`) is nobody's copy.
   */
  distinctWithStem(stem: string): Uint32Array | undefined;
  /** `distinctWithStem` with only the claims (`CLAIM_FLAG`): the passages a sentence's candidates are chosen from. */
  distinctClaimsWithStem(stem: string): Uint32Array | undefined;
  /** `withValue` with one passage of each set of copies (see `distinctWithStem`). */
  distinctWithValue(key: string): Uint32Array | undefined;
  /** How rare a stem is among the sources' sentences: log(N / sentences holding it); `unknownWeight` for none. */
  weight(stem: string): number;
  /**
   * What finding candidates by a content stem reads (`candidatesFor` in groundedCheck.ts), looked up once per stem:
   * undefined when no passage holds it nor names a thing by it.
   */
  scoringStem(stem: string): ScoringStem | undefined;
  /**
   * How many passages are the first of their copies (`distinctWithStem`), numbered 0 up in the order of the passages:
   * what `candidatesFor` scores. A library's 300,000 passages are a few ten thousand distinct ones, whose scores fit
   * in a processor's cache where the passages' do not.
   */
  readonly distinctCount: number;
  /** The passage numbered `d` among the distinct ones. */
  distinctPassage(d: number): number;
  /** `distinctWithStem(stem)` by the passages' distinct numbers (ascending too). */
  distinctIdsWithStem(stem: string): Uint32Array | undefined;
  /** `distinctClaimsWithStem(stem)` by the passages' distinct numbers (ascending too). */
  distinctIdsOfClaimsWithStem(stem: string): Uint32Array | undefined;
  /** `textKey` of the passage numbered `d` among the distinct ones (read from an array as small as they are few). */
  distinctTextKey(d: number): number;
  /**
   * The claims naming the thing of entity key `key` (filed under `e:` and the key): how many (`withValue`), and their
   * distinct numbers (`distinctIdsWithValue`). Looked up once per key: a check asks it of each thing each sentence names.
   */
  namingPostings(key: string): { passages: number; ids: Uint32Array } | undefined;
  /** `distinctIdsWithValue` of year `year` (filed under `y:` and the year), looked up once per year. */
  yearIds(year: number): Uint32Array | undefined;
  /** `distinctWithValue(key)` by the passages' distinct numbers (ascending too). */
  distinctIdsWithValue(key: string): Uint32Array | undefined;
  /** The weight of a stem no source uses. */
  unknownWeight: number;
  /** The passage whose `verbatimKey` is `key`: a draft sentence with that key quotes a source. */
  quoted(key: number): Passage | undefined;
  /**
   * Passage `c`'s `verbatimKey`: passages with one key read alike. A library repeats sentences (a statement quoted by
   * several articles, a document saved twice under two names), and one reading of each serves.
   */
  textKey(c: number): number;
  /** A passage's reading, from the bounded cache or read again. */
  read(passage: Passage): AnalysedSentence;
  /**
   * Claim `c` read up to a supposition joined after what it states ("… expressed deep skepticism that President Moon
   * is really ready to act and even if he did, the Japanese worry …"; `conjoinedSupposition`), or undefined where it
   * supposes nothing so, or that clause read alone supposes or guesses too.
   */
  statedBeforeSupposition(c: number): SourceClaim | undefined;
  /** The attributes the sources give named things ("the bilateral … agreement", "Trilateral … Arrangement"), by key. */
  readonly attributes: Map<string, ThingAttribute[]>;
  /** The titles the sources give people ("Foreign Minister Motegi", "Park Jie-won, head of …"), by name word. */
  readonly titles: Map<string, PersonTitle[]>;
  /** The bodies the sources tie people to ("Seoul National University Professor Park Cheol Hee"), by name word. */
  readonly affiliations: Map<string, PersonBody[]>;
  /**
   * The words naming the sources themselves, lower-case: their publishers, containers and authors' family names. A
   * draft naming one ("the CSIS authors") attributes a claim to a source; it does not name a party to the event.
   */
  sourceNames: Set<string>;
  /** Each source's one numbered list by its author's family name, read when a draft names the author. */
  readonly numberedLists: AuthorLists;
  /** The latest year source `source` may have been written in (`yearWritten`), if its metadata tells. */
  yearWritten(source: string): number | undefined;
}

/**
 * A content stem as candidates are found by it: the passages holding it and those naming a thing by it (filed under
 * `s:` and the stem), counted together, and the stem's weight by that count (its `weight` when no thing is named by
 * it). The lists of one passage per set of copies are made when first asked for (`claims`, `naming`): a stem too
 * common to find candidates by is never scored.
 */
export interface ScoringStem {
  /** Passages holding the stem plus passages naming a thing by it. */
  passages: number;
  weight: number;
  /** `distinctIdsOfClaimsWithStem(stem)`, if any passage holds it. */
  claims(): Uint32Array | undefined;
  /** `distinctIdsWithValue('s:' + stem)`, if any passage names a thing by it. */
  naming(): Uint32Array | undefined;
}

/** An attribute of a contrasting class (`CONTRASTING_ATTRIBUTES`) a sentence gives a named thing, or the year it names an agreement by. */
export interface ThingAttribute {
  thing: Slot;
  /** Word index of the attribute in its sentence. */
  at: number;
  word: string;
  claim: number;
}

/** A body a source ties a person to (`affiliatedPeople`), and where. */
export interface PersonBody {
  person: Slot;
  body: Slot;
  claim: number;
}

/** A title a source gives a person, and where. */
export interface PersonTitle {
  person: Slot;
  title: Slot;
  claim: number;
}

/**
 * The titles the sources give `person` (a person's slot): those filed under a name that is the same in another form,
 * every word of the shorter standing in the longer ("Motegi", "Motegi Toshimitsu"), and `byGlossary`, under the same
 * glossary person ("Antony Blinken", "Anthony Blinken": every title the sources ever give the person, of any time).
 * None when the name is shared by several people ("Park"): then no title is known to be this person's.
 */
export function knownTitles(index: SourceClaims, person: Slot, byGlossary = false): PersonTitle[] {
  const words = person.entity!.words;
  const samePerson = (a: Slot, b: Slot) => (byGlossary && a.entity!.key === b.entity!.key) || sameName(a.entity!.words, b.entity!.words);
  const known = [...new Set(words.flatMap((w) => index.titles.get(w) ?? []))].filter((t) => samePerson(person, t.person));
  // Two spellings the glossary ties to one person ("Antony Blinken", "Anthony Blinken") are not several people a bare
  // "Blinken" might be: both are that person's titles.
  const onePerson = (a: Slot, b: Slot) => a.entity!.key === b.entity!.key || samePerson(a, b);
  if (known.some((t) => known.some((u) => !onePerson(t.person, u.person)))) return [];
  return known;
}

/**
 * The bodies the sources tie `person` to, found as `knownTitles` finds titles: none when the name is shared by
 * several people.
 */
export function knownBodies(index: SourceClaims, person: Slot): PersonBody[] {
  const words = person.entity!.words;
  const known = [...new Set(words.flatMap((w) => index.affiliations.get(w) ?? []))].filter((t) => sameName(words, t.person.entity!.words));
  if (known.some((t) => known.some((u) => !sameName(t.person.entity!.words, u.person.entity!.words)))) return [];
  return known;
}

/** One person's name in two forms: every word of the shorter stands in the longer. */
function sameName(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w));
}

const cache = new WeakMap<KnowledgeBase, SourceClaims>();
/** Indexes read from a cache (`useStatementIndex`), by the knowledge base they index. */
const stored = new WeakMap<KnowledgeBase, StatementIndexParts>();

/** The claims of `kb`, read once per knowledge base (or found in the index `useStatementIndex` gave it). */
export function sourceClaims(kb: KnowledgeBase): SourceClaims {
  let found = cache.get(kb);
  if (!found) {
    const read = readings(kb);
    found = new IndexedClaims(kb, stored.get(kb) ?? indexEveryPassage(kb, read), read);
    cache.set(kb, found);
  }
  return found;
}

/**
 * Has `kb`'s claims found in `parts` (an index kept in a cache, over these passages and this glossary) instead of
 * reading every passage.
 */
export function useStatementIndex(kb: KnowledgeBase, parts: StatementIndexParts): void {
  if (parts.flags.length !== kb.passages.length)
    throw new RangeError(`the statement index covers ${parts.flags.length} passages, the knowledge ${kb.passages.length}`);
  stored.set(kb, parts);
  cache.delete(kb);
}

/** The index over every passage of `kb`. */
function indexEveryPassage(kb: KnowledgeBase, read: (passage: Passage) => AnalysedSentence): StatementIndexParts {
  const count = kb.passages.length;
  // A library larger than the cache is read without filling it: each reading then dies young, in the collector's
  // cheap generation, instead of being kept, promoted and dropped (that churn doubled the time and left the process
  // a gigabyte of pages after reading 324,000 passages).
  const keep = count <= READINGS_KEPT;
  return statementParts(count, passageNumbers(count), (i) => {
    const passage = kb.passages[i];
    return statementOf(said(passage), keep ? read(passage) : readPassage(kb, passage));
  });
}

/**
 * The index over passages `added` of `kb` (ascending numbers), with those of `old` renumbered through `kept`: for a
 * cache that keeps the index and re-reads only the passages of files that changed.
 */
export function updatedStatementIndex(
  kb: KnowledgeBase,
  added: readonly number[],
  old?: StatementIndexParts,
  kept?: Int32Array,
): StatementIndexParts {
  return statementParts(kb.passages.length, added, (i) => statementOf(said(kb.passages[i]), readPassage(kb, kb.passages[i])), old, kept);
}

/**
 * What a passage says: its text, or for a caption's person what the caption says of them (`Passage.statement`). Two
 * lines of one caption (with and without its date) list the same words, but say different things, and are no copies.
 */
function said(passage: Passage): string {
  return passage.statement ?? passage.text;
}

function* passageNumbers(count: number): Iterable<number> {
  for (let i = 0; i < count; i++) yield i;
}

/** What a passage reading as `analysis` files in the index. */
function statementOf(text: string, analysis: AnalysedSentence): PassageStatement {
  const verbatim = verbatimKey(text, 0, text.length);
  if (!statesSomething(analysis)) return { stems: analysis.contentStems, values: [], flags: 0, verbatimKey: verbatim };
  const values = new Set<string>();
  for (const slot of analysis.slots) for (const key of valueKeys(slot)) values.add(key);
  for (const [thing, at] of attributedThings(analysis)) values.add(attributeKey(analysis, thing, at));
  for (const [person, title] of titledPeople(analysis)) values.add(titleKey(person, title));
  for (const [person, body] of affiliatedPeople(analysis)) values.add(affiliationKey(person, body));
  // The words of its named bodies and agreements that are not among its content words, for `candidatesFor` to find it by (filed as
  // values, so the stems' weights, counted over content words, stay as they are).
  for (const s of namedWords(analysis)) if (!analysis.contentStems.has(s)) values.add(`s:${s}`);
  // A reading counting from the sentence before, or holding it (`withJudgedAct`), is nobody's copy.
  const context = analysis.relativeTime || analysis.source.length !== text.length;
  const flags = CLAIM_FLAG | analysis.kinds | (analysis.negations.length > 0 ? DENIES_FLAG : 0) | (context ? CONTEXT_FLAG : 0);
  return { stems: analysis.contentStems, values, flags, verbatimKey: verbatim };
}

/**
 * The keys a title and an attribute are filed under: one per distinct (person, title) and (thing, attribute). A
 * library repeats them in thousands of passages; the first passage filing one serves as the quote. White space is
 * folded: a key is one line of the cache.
 */
const TITLE_PREFIX = 't ';
const ATTRIBUTE_PREFIX = 'a ';
const AFFILIATION_PREFIX = 'f ';

function affiliationKey(person: Slot, body: Slot): string {
  return `${AFFILIATION_PREFIX}${person.entity!.words.join(' ')} ${body.entity!.key}`.replace(/\s+/g, ' ');
}

function titleKey(person: Slot, title: Slot): string {
  const { head, modifiers } = title.role!;
  return `${TITLE_PREFIX}${person.entity!.words.join(' ')} ${head} ${modifiers.join(' ')} ${title.text}`.replace(/\s+/g, ' ');
}

function attributeKey(analysis: AnalysedSentence, thing: Slot, at: number): string {
  return `${ATTRIBUTE_PREFIX}${thing.entity!.key} ${analysis.words[at].lower}`.replace(/\s+/g, ' ');
}

/** A key's passages, and (made when first asked for) one passage of each set of copies among them. */
interface Listed {
  all: Uint32Array;
  distinct?: Uint32Array;
  /** `distinct` with only the claims. */
  distinctClaims?: Uint32Array;
  /** `distinct` by distinct numbers. */
  ids?: Uint32Array;
  /** `distinctClaims` by distinct numbers. */
  claimIds?: Uint32Array;
}

/** The titles, attributes and bodies the sources give, each read from the first passage filing it. */
interface TitlesAndAttributes {
  titles: Map<string, PersonTitle[]>;
  attributes: Map<string, ThingAttribute[]>;
  affiliations: Map<string, PersonBody[]>;
}

/** The claims and their index, read from the index's arrays; a claim's reading is made when asked for. */
class IndexedClaims implements SourceClaims {
  readonly passageCount: number;
  readonly claimCount: number;
  readonly flags: Uint8Array;
  readonly unknownWeight: number;
  readonly sourceNames: Set<string>;
  private verbatim: { keys: Float64Array; passages: Int32Array; mask: number } | undefined;
  /** Per passage, 1 when it is the first of its copies (or has none); made when first asked for. */
  private firsts: Uint8Array | undefined;
  /** Each stem's and value key's passages, looked up once: a check asks for the same few keys sentence after sentence. */
  private readonly stemLists = new Map<string, Listed>();
  private readonly valueLists = new Map<string, Listed>();
  /** Each stem as candidates are found by it, once: a check asks for each of a sentence's stems, every sentence. */
  private readonly scoringStems = new Map<string, ScoringStem | null>();
  /** `namingPostings` and `yearIds` by key and year (null: none). */
  private readonly namings = new Map<string, { passages: number; ids: Uint32Array } | null>();
  private readonly years = new Map<number, Uint32Array | null>();
  /** Each passage's distinct number (-1: a copy), and the passage of each; made when first asked for. */
  private numbering: { ids: Int32Array; passages: Uint32Array; textKeys: Float64Array } | undefined;
  private titlesAndAttributes: TitlesAndAttributes | undefined;
  /** `statedBeforeSupposition` by claim (null: none): asked of the few passages supposing so, again at each sentence. */
  private readonly statedClauses = new Map<number, SourceClaim | null>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly parts: StatementIndexParts,
    readonly read: (passage: Passage) => AnalysedSentence,
  ) {
    this.flags = parts.flags;
    this.passageCount = parts.flags.length;
    let claims = 0;
    for (const f of parts.flags) if (f & CLAIM_FLAG) claims++;
    this.claimCount = claims;
    this.unknownWeight = Math.log(this.passageCount + 1);
    this.sourceNames = sourceNames(kb);
  }

  yearWritten(source: string): number | undefined {
    return yearWritten(this.kb.source(source));
  }

  get numberedLists(): AuthorLists {
    return AuthorLists.of(this.kb);
  }

  writingTime(c: number): WritingTime | undefined {
    const source = this.kb.source(this.kb.passages[c].source);
    return source && writingTimeOf(source);
  }

  claim(c: number): SourceClaim {
    return new ReadOnDemand(this.kb.passages[c], this.flags[c], this.read);
  }

  statedBeforeSupposition(c: number): SourceClaim | undefined {
    let found = this.statedClauses.get(c);
    if (found === undefined) {
      const passage = this.kb.passages[c];
      const reading = this.read(passage);
      // A sentence read joined to the one before ("This is a mistake.": `judgedFrom`) counts its words in the joined
      // text; the supposition, if any, is the sentence before's, whose own reading states its clause.
      const opens = reading.judgedFrom === undefined ? conjoinedSupposition(reading) : -1;
      const stated = opens < 1 ? undefined : readPassage(this.kb, passage, reading.words[opens - 1].end);
      found =
        stated && !stated.conditional && !stated.hedged
          ? { passage, kinds: stated.kinds, denies: stated.negations.length > 0, analysis: stated }
          : null;
      this.statedClauses.set(c, found);
    }
    return found ?? undefined;
  }

  withStem(stem: string): Uint32Array | undefined {
    return this.listed(this.parts.stems, stem, this.stemLists)?.all;
  }

  withValue(key: string): Uint32Array | undefined {
    return this.listed(this.parts.values, key, this.valueLists)?.all;
  }

  distinctWithStem(stem: string): Uint32Array | undefined {
    const listed = this.listed(this.parts.stems, stem, this.stemLists);
    return listed && (listed.distinct ??= this.distinct(listed.all));
  }

  distinctClaimsWithStem(stem: string): Uint32Array | undefined {
    const listed = this.listed(this.parts.stems, stem, this.stemLists);
    if (!listed) return undefined;
    if (listed.distinctClaims) return listed.distinctClaims;
    const distinct = (listed.distinct ??= this.distinct(listed.all));
    const { flags } = this;
    let count = 0;
    for (const c of distinct) if (flags[c] & CLAIM_FLAG) count++;
    let claims = distinct;
    if (count < distinct.length) {
      claims = new Uint32Array(count);
      let n = 0;
      for (const c of distinct) if (flags[c] & CLAIM_FLAG) claims[n++] = c;
    }
    return (listed.distinctClaims = claims);
  }

  distinctWithValue(key: string): Uint32Array | undefined {
    const listed = this.listed(this.parts.values, key, this.valueLists);
    return listed && (listed.distinct ??= this.distinct(listed.all));
  }

  /** `key`'s passages in `postings`, from `made` or looked up and kept there. */
  private listed(postings: Postings, key: string, made: Map<string, Listed>): Listed | undefined {
    let found = made.get(key);
    if (found) return found;
    const all = postings.documentsOf(key);
    if (!all) return undefined;
    made.set(key, (found = { all }));
    return found;
  }

  /** `list` without copies of an earlier passage (the list itself when it has none: no copy made). */
  private distinct(list: Uint32Array): Uint32Array {
    const firsts = (this.firsts ??= firstCopies(this.parts));
    let count = 0;
    for (const c of list) count += firsts[c];
    if (count === list.length) return list;
    const found = new Uint32Array(count);
    let n = 0;
    for (const c of list) if (firsts[c] === 1) found[n++] = c;
    return found;
  }

  weight(stem: string): number {
    const id = this.parts.stems.id(stem);
    return id === undefined ? this.unknownWeight : Math.log((this.passageCount + 1) / this.parts.stems.frequency(id));
  }

  scoringStem(stem: string): ScoringStem | undefined {
    let found = this.scoringStems.get(stem);
    if (found === undefined) {
      const list = this.withStem(stem);
      const key = `s:${stem}`;
      const named = this.withValue(key);
      const passages = (list?.length ?? 0) + (named?.length ?? 0);
      const weight = named ? Math.log((this.passageCount + 1) / passages) : this.weight(stem);
      let claims: Uint32Array | undefined;
      let naming: Uint32Array | undefined;
      found =
        passages === 0
          ? null
          : {
              passages,
              weight,
              claims: () => (list ? (claims ??= this.distinctIdsOfClaimsWithStem(stem)) : undefined),
              naming: () => (named ? (naming ??= this.distinctIdsWithValue(key)) : undefined),
            };
      this.scoringStems.set(stem, found);
    }
    return found ?? undefined;
  }

  get distinctCount(): number {
    return this.numbered().passages.length;
  }

  distinctPassage(d: number): number {
    return this.numbered().passages[d];
  }

  distinctIdsWithStem(stem: string): Uint32Array | undefined {
    const distinct = this.distinctWithStem(stem);
    if (!distinct) return undefined;
    const listed = this.stemLists.get(stem)!;
    return (listed.ids ??= this.idsOf(distinct));
  }

  distinctIdsOfClaimsWithStem(stem: string): Uint32Array | undefined {
    const claims = this.distinctClaimsWithStem(stem);
    if (!claims) return undefined;
    const listed = this.stemLists.get(stem)!;
    return (listed.claimIds ??= this.idsOf(claims));
  }

  distinctIdsWithValue(key: string): Uint32Array | undefined {
    const distinct = this.distinctWithValue(key);
    if (!distinct) return undefined;
    const listed = this.valueLists.get(key)!;
    return (listed.ids ??= this.idsOf(distinct));
  }

  distinctTextKey(d: number): number {
    return this.numbered().textKeys[d];
  }

  namingPostings(key: string): { passages: number; ids: Uint32Array } | undefined {
    let found = this.namings.get(key);
    if (found === undefined) {
      const value = `e:${key}`;
      const all = this.withValue(value);
      found = all ? { passages: all.length, ids: this.distinctIdsWithValue(value)! } : null;
      this.namings.set(key, found);
    }
    return found ?? undefined;
  }

  yearIds(year: number): Uint32Array | undefined {
    let found = this.years.get(year);
    if (found === undefined) this.years.set(year, (found = this.distinctIdsWithValue(`y:${year}`) ?? null));
    return found ?? undefined;
  }

  /** The distinct numbers of passages that are each the first of their copies. */
  private idsOf(distinct: Uint32Array): Uint32Array {
    const { ids } = this.numbered();
    const found = new Uint32Array(distinct.length);
    for (let k = 0; k < distinct.length; k++) found[k] = ids[distinct[k]];
    return found;
  }

  private numbered(): { ids: Int32Array; passages: Uint32Array; textKeys: Float64Array } {
    if (!this.numbering) {
      const firsts = (this.firsts ??= firstCopies(this.parts));
      let count = 0;
      for (const f of firsts) count += f;
      const ids = new Int32Array(firsts.length).fill(-1);
      const passages = new Uint32Array(count);
      const textKeys = new Float64Array(count);
      let d = 0;
      for (let c = 0; c < firsts.length; c++) {
        if (firsts[c] === 0) continue;
        ids[c] = d;
        textKeys[d] = this.parts.verbatimKeys[c];
        passages[d++] = c;
      }
      this.numbering = { ids, passages, textKeys };
    }
    return this.numbering;
  }

  quoted(key: number): Passage | undefined {
    const table = (this.verbatim ??= verbatimTable(this.parts.verbatimKeys));
    for (let slot = hashSlot(key, table.mask); table.passages[slot] >= 0; slot = (slot + 1) & table.mask) {
      if (table.keys[slot] === key) return this.kb.passages[table.passages[slot]];
    }
    return undefined;
  }

  textKey(c: number): number {
    return this.parts.verbatimKeys[c];
  }

  get titles(): Map<string, PersonTitle[]> {
    return (this.titlesAndAttributes ??= this.readTitlesAndAttributes()).titles;
  }

  get attributes(): Map<string, ThingAttribute[]> {
    return (this.titlesAndAttributes ??= this.readTitlesAndAttributes()).attributes;
  }

  get affiliations(): Map<string, PersonBody[]> {
    return (this.titlesAndAttributes ??= this.readTitlesAndAttributes()).affiliations;
  }

  /** The titles and attributes, read from the first passage filing each key, in the order of the passages. */
  private readTitlesAndAttributes(): TitlesAndAttributes {
    const { values } = this.parts;
    const wanted = new Map<number, Set<string>>();
    for (const prefix of [TITLE_PREFIX, ATTRIBUTE_PREFIX, AFFILIATION_PREFIX]) {
      for (let id = lowerBound(values.words, prefix); id < values.words.length && values.words[id].startsWith(prefix); id++) {
        const first = values.postings[values.offsets[id]];
        let keys = wanted.get(first);
        if (!keys) wanted.set(first, (keys = new Set()));
        keys.add(values.words[id]);
      }
    }
    const titles = new Map<string, PersonTitle[]>();
    const attributes = new Map<string, ThingAttribute[]>();
    const affiliations = new Map<string, PersonBody[]>();
    for (const claim of [...wanted.keys()].sort((a, b) => a - b)) {
      const keys = wanted.get(claim)!;
      const analysis = this.read(this.kb.passages[claim]);
      for (const [thing, at] of attributedThings(analysis)) {
        if (!keys.delete(attributeKey(analysis, thing, at))) continue;
        const key = thing.entity!.key;
        let list = attributes.get(key);
        if (!list) attributes.set(key, (list = []));
        list.push({ thing, at, word: analysis.words[at].lower, claim });
      }
      for (const [person, title] of titledPeople(analysis))
        if (keys.delete(titleKey(person, title))) fileUnderName(titles, person, { person, title, claim });
      for (const [person, body] of affiliatedPeople(analysis))
        if (keys.delete(affiliationKey(person, body))) fileUnderName(affiliations, person, { person, body, claim });
    }
    return { titles, attributes, affiliations };
  }
}

/**
 * The passages by verbatim key, as an open-addressing hash table in typed arrays (a Map of 300,000 numbers would take
 * some 15 MB): the later of two passages with one key wins, as it did in the Map this replaces.
 */
function verbatimTable(verbatimKeys: Float64Array): { keys: Float64Array; passages: Int32Array; mask: number } {
  let size = 16;
  while (size < verbatimKeys.length * 2) size *= 2;
  const mask = size - 1;
  const keys = new Float64Array(size);
  const passages = new Int32Array(size).fill(-1);
  verbatimKeys.forEach((key, passage) => {
    let slot = hashSlot(key, mask);
    while (passages[slot] >= 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    keys[slot] = key;
    passages[slot] = passage;
  });
  return { keys, passages, mask };
}

/**
 * Per passage, 1 unless an earlier passage has the same verbatim key and the same flags (a copy: the same words read
 * the same way); a passage read with the sentence before it (`CONTEXT_FLAG`) is always 1. A hash table in typed
 * arrays, like `verbatimTable`.
 */
function firstCopies({ flags, verbatimKeys }: StatementIndexParts): Uint8Array {
  const firsts = new Uint8Array(flags.length);
  let size = 16;
  while (size < flags.length * 2) size *= 2;
  const mask = size - 1;
  const keys = new Float64Array(size);
  // The flags of the passage filed in a slot, plus one (0: an empty slot).
  const filed = new Uint8Array(size);
  for (let c = 0; c < flags.length; c++) {
    const f = flags[c];
    if (f & CONTEXT_FLAG) {
      firsts[c] = 1;
      continue;
    }
    const key = verbatimKeys[c];
    let slot = hashSlot(key, mask);
    while (filed[slot] !== 0 && (keys[slot] !== key || filed[slot] !== f + 1)) slot = (slot + 1) & mask;
    if (filed[slot] !== 0) continue;
    keys[slot] = key;
    filed[slot] = f + 1;
    firsts[c] = 1;
  }
  return firsts;
}

function hashSlot(key: number, mask: number): number {
  // The key's low 32 bits are one of its two hashes, already well mixed.
  return (key % 0x100000000) & mask;
}

/** A claim whose reading is asked of the bounded cache each time (one shared reader, no closure per claim). */
class ReadOnDemand implements SourceClaim {
  readonly kinds: number;
  readonly denies: boolean;
  constructor(
    readonly passage: Passage,
    flags: number,
    private readonly read: (passage: Passage) => AnalysedSentence,
  ) {
    this.kinds = flags & KIND_MASK;
    this.denies = (flags & DENIES_FLAG) !== 0;
  }
  get analysis(): AnalysedSentence {
    return this.read(this.passage);
  }
}

/**
 * A passage's reading, with a length of years it counts from the sentence before ("a decade later") read as the date
 * it comes to.
 */
function readPassage(kb: KnowledgeBase, passage: Passage, end?: number): AnalysedSentence {
  const source = kb.source(passage.source);
  const text = said(passage);
  const read = analyseSentence(kb, text, 0, end ?? text.length);
  // A caption's person: the words of their own phrase, the item's words without its photo position.
  const subject = passage.statement === undefined ? 0 : captionSubject(passage.text, passage.statement);
  const own = subject > 0 ? { ...read, captionPerson: read.words.filter((w) => w.end <= subject).length } : read;
  // "This is welcome but insufficient.": a judgement of the act the sentence before told, read with that sentence.
  const judged = source && judgesActBefore(own) ? withJudgedAct(kb, source, passage) : undefined;
  const reading = withDatesFromWriting(judged ?? own, source && writingTimeOf(source));
  if (judged) return reading;
  const w = reading.words;
  const after = w.findIndex(
    (x, i) =>
      (AFTER_THE_EVENT_BEFORE.has(x.lower) && w[i + 1]?.lower !== 'to') ||
      (LATER_IN_THAT_TIME.has(x.lower) && w[i + 1]?.lower === 'that' && TIME_NOUNS.has(w[i + 2]?.lower ?? '')),
  );
  // "The president …" opening the passage may be the holder the passage before named by a term of that office.
  const titled = reading.slots[0]?.kind === 'role' && reading.words[0].lower === 'the';
  // An aside (a caption, a biography line) stands apart from the prose before it.
  if ((!reading.relativeTime && after < 0 && !titled) || passage.index === 0 || passage.aside) return reading;
  const previous = kb.passagesOf(passage.source)[passage.index - 1];
  if (previous?.index !== passage.index - 1) return reading;
  const before = analyseSentence(kb, previous.text, 0, previous.text.length);
  const holder = titled ? titleHolderBefore(reading, before) : undefined;
  const held = holder ? withReferences(reading, { referents: [holder], dates: [] }) : reading;
  const counted = held.relativeTime ? withDateCountedFrom(held, before) : held;
  if (after < 0) return counted;
  // "In a subsequent speech": after the event the passage before told, known by the places, bodies, agreements and
  // people it named; not its countries, parties to many events, nor a name the analysis could not type (a person is
  // known with the words it told the event in: order.ts). A passage naming many things tells more than one event:
  // no one is taken.
  const events = before.slots.filter(
    (s) => s.kind === 'entity' && !s.entity!.adjective && s.entity!.type !== 'name' && !s.entity!.key.startsWith(COUNTRY_KEY),
  );
  return events.length > 0 && events.length <= MAX_EVENT_THINGS
    ? { ...counted, after: { at: after, events, told: before.contentStems } }
    : counted;
}

/** Most words of a sentence judging the act told before it ("This is welcome but insufficient."). */
const JUDGEMENT_WORDS = 6;

/**
 * Whether a passage only judges what the sentence before told: a demonstrative standing alone as its subject, a
 * copula, and a few words of judgement, with no value of its own ("This is welcome but insufficient.", "That was a
 * mistake."). Not a sentence going on to tell more ("This is likely why Stilwell insisted …", "This is not the first
 * time Japan has …"), nor a guess.
 */
function judgesActBefore(a: AnalysedSentence): boolean {
  const { words } = a;
  return (
    words.length >= 3 &&
    words.length <= JUDGEMENT_WORDS &&
    POINTING_BACK_PRONOUNS.has(words[0].lower) &&
    COPULAS.has(words[1].lower) &&
    a.slots.length === 0 &&
    !a.hedged &&
    !a.conditional &&
    !a.question
  );
}

/**
 * A judging passage (`judgesActBefore`) read together with the sentence before it, as the source prints the two: the
 * judgement is of that sentence's act ("… Pottinger … visited Japan and Korea last weekend. This is welcome but
 * insufficient."), and a draft judging that act otherwise ("a sufficient effort") contradicts it. Undefined where no
 * sentence of the same paragraph stands right before.
 */
function withJudgedAct(kb: KnowledgeBase, source: Source, passage: Passage): AnalysedSentence | undefined {
  if (passage.index === 0 || passage.aside) return undefined;
  const previous = kb.passagesOf(passage.source)[passage.index - 1];
  if (previous?.index !== passage.index - 1 || previous.end > passage.start) return undefined;
  // A library document's text is decoded when read (utf8Text.ts): read once here.
  const whole = source.text;
  // The same paragraph: nothing but spaces between the two.
  if (!/^[ \t]*$/.test(whole.slice(previous.end, passage.start))) return undefined;
  const text = whole.slice(previous.start, passage.end);
  const reading = analyseSentence(kb, text, 0, text.length);
  const from = passage.start - previous.start;
  const opening = reading.words.findIndex((w) => w.start >= from);
  return opening > 0 ? { ...reading, judgedFrom: opening } : undefined;
}

/** Each source's time of writing, read from its metadata once. */
const WRITING_TIMES = new WeakMap<Source, WritingTime | null>();

function writingTimeOf(source: Source): WritingTime | undefined {
  let time = WRITING_TIMES.get(source);
  if (time === undefined) WRITING_TIMES.set(source, (time = writingTime(source.date) ?? null));
  return time ?? undefined;
}

/** Most named things a passage may tell its event with for "subsequent" after it to stand for them. */
const MAX_EVENT_THINGS = 4;
/** How the gazetteer keys a country (gazetteer.ts). */
const COUNTRY_KEY = 'country:';

/** Reads passages of `kb`, keeping the last `READINGS_KEPT` readings (a Map keeps insertion order: oldest first). */
function readings(kb: KnowledgeBase): (passage: Passage) => AnalysedSentence {
  const kept = new Map<Passage, AnalysedSentence>();
  return (passage) => {
    let reading = kept.get(passage);
    if (reading) {
      // Most recently used last; only worth the reordering once the cache is full (the bundled articles never fill it).
      if (kept.size >= READINGS_KEPT) {
        kept.delete(passage);
        kept.set(passage, reading);
      }
      return reading;
    }
    reading = readPassage(kb, passage);
    kept.set(passage, reading);
    if (kept.size > READINGS_KEPT) kept.delete(kept.keys().next().value!);
    return reading;
  };
}

function sourceNames(kb: KnowledgeBase): Set<string> {
  const names = new Set<string>();
  for (const source of kb.sources) {
    const phrases = [source.publisher, source.container, ...source.authors.map((a) => a.family)];
    for (const phrase of phrases) {
      for (const word of phrase?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) if (!FUNCTION_WORDS.has(word)) names.add(word);
    }
  }
  return names;
}

/**
 * A hash of the letters and digits of text[start, end), lower-cased, and nothing else: a sentence copied from a source
 * keeps this key however its quotes, dashes and spaces were retyped. Two 32-bit hashes in one double (53 bits) from
 * one pass over the character codes: no string is built (this runs for every sentence of every draft).
 */
export function verbatimKey(text: string, start: number, end: number): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
    } else if (!isLetterOrDigit(c)) continue;
    else c = foldCase(c);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** Per BMP code: 0 not yet known, 1 a letter or digit, 2 not. */
const LETTER_OR_DIGIT = new Uint8Array(0x10000);

function isLetterOrDigit(c: number): boolean {
  let known = LETTER_OR_DIGIT[c];
  if (known === 0) LETTER_OR_DIGIT[c] = known = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

function foldCase(c: number): number {
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/**
 * The people a sentence gives a title, with the title: a title just before the name ("Foreign Minister Motegi"), set
 * after it between commas ("Park Jie-won, head of the National Intelligence Service,"; "Suga, the prime minister"), or
 * stated of it ("He is the assistant secretary of state"). A title after a possessive belongs to someone else ("Abe's
 * Cabinet Secretary") and is left out.
 */
export function titledPeople(a: AnalysedSentence): [Slot, Slot][] {
  const found: [Slot, Slot][] = [];
  const { slots, words } = a;
  for (let k = 0; k < slots.length; k++) {
    const person = slots[k];
    if (person.kind !== 'entity' || person.entity!.type !== 'person') continue;
    const before = slots[k - 1];
    if (
      before?.kind === 'role' &&
      before.last === person.first - 1 &&
      !pluralTitle(before) &&
      !closesOpeningClause(a, before.last) &&
      !titleOfNoNameAfter(a, before)
    )
      found.push([person, before]);
    // A title with the region or body it serves before the name: "the NSC director for Asia, Matthew Pottinger",
    // "U.S. Ambassador to Japan David Stilwell".
    const served = slots[k - 2];
    if (
      before?.kind === 'entity' &&
      served?.kind === 'role' &&
      served.last === before.first - 2 &&
      TITLE_SCOPES.has(words[before.first - 1].lower) &&
      /^\s*,?\s*$/.test(textBetween(a, before.last, person.first)) &&
      !pluralTitle(served)
    )
      found.push([person, served]);
    // A draft's title standing for the person named before ("… Stilwell … . The assistant secretary flew …"): the
    // person, as the sentence refers to them, stands at the title's own words (references.ts).
    if (person.referent && before?.kind === 'role' && before.first === person.first && before.last === person.last)
      found.push([person, before]);
    // The title after the name, past the country or the person it is qualified by ("a former South Korean prime
    // minister", "Abe's foreign minister"): the words between are checked below.
    let n = k + 1;
    while (slots[n]?.kind === 'entity' && betweenNameAndTitle(a, slots[n])) n++;
    const after = slots[n];
    if (after?.kind === 'role' && a.quoted[after.first] === 0 && !pluralTitle(after)) {
      // Between the comma (or dash) and the title: articles, "then", "former", a possessive's "s", a country and a
      // person owning the office ("a former South Korean prime minister", "Japan's foreign minister", "then Moon's
      // unification minister").
      const setOff = /^\s*[,—–]/.test(textBetween(a, person.last, person.last + 1)) && !closesOpeningClause(a, person.last);
      const inQualifier = (i: number) => slots.some((o) => o.first <= i && i <= o.last && o.kind === 'entity' && betweenNameAndTitle(a, o));
      let plain = true;
      for (let i = person.last + 1; i < after.first && plain; i++) {
        const phrase = APPOSITION_PHRASES.find((p) => p.every((w, k) => words[i + k]?.lower === w));
        if (phrase) i += phrase.length - 1;
        else plain = APPOSITION_WORDS.has(words[i].lower) || inQualifier(i);
      }
      if (((setOff && plain && !opensMainClause(a, person, after)) || statesTitle(a, person, after)) && !beforeName(a, after))
        found.push([person, after]);
    }
    const office = appointedTo(a, k);
    if (office && !found.some(([p, t]) => p === person && t === office)) found.push([person, office]);
  }
  return found;
}

/**
 * Whether the comma after word `i` closes a clause of cause or time opening the sentence with a subject of its own
 * ("Because he helped reach the agreement as Abe's Cabinet Secretary, Moon's scrapping …"): a title and a name either
 * side of it stand in two clauses, neither set beside the other. (Not a clause without its subject: in "While Abe's
 * Cabinet Secretary, Suga …" the title is the main subject's.)
 */
function closesOpeningClause(a: AnalysedSentence, i: number): boolean {
  const { words } = a;
  if (!OPENING_SUBORDINATORS.has(words[0]?.lower ?? '') || i + 1 >= words.length || !textBetween(a, i, i + 1).includes(',')) return false;
  const subject = a.slots.find((s) => s.first === 1 && s.kind === 'entity');
  const own = SUBJECT_PRONOUNS.has(words[1]?.lower ?? '') || (subject !== undefined && !possessiveMark(words, subject.last + 1));
  if (!own) return false;
  for (let k = 0; k < i; k++) if (PUNCTUATION_BETWEEN.test(textBetween(a, k, k + 1))) return false;
  return true;
}

/** Words opening a clause of cause or time set before the main one (`closesOpeningClause`). */
const OPENING_SUBORDINATORS: ReadonlySet<string> = new Set([
  ...ADVERBIAL_CONJUNCTIONS,
  ...LEADING_SUBORDINATORS,
  ...PRESUPPOSING_SUBORDINATORS,
]);

/**
 * The office a sentence appoints the person at slot `k` to: a verb of appointing before the name (or before the title
 * it bears: "appointed Representative Kang Chan-gil"), then "as" and the office, after the name or after a description
 * set off by commas ("…, former chairman of the Korea-Japan Parliamentarians’ Union, as the next ambassador").
 */
function appointedTo(a: AnalysedSentence, k: number): Slot | undefined {
  const { slots, words } = a;
  const person = slots[k];
  const titled = slots[k - 1]?.kind === 'role' && slots[k - 1].last === person.first - 1 ? slots[k - 1] : undefined;
  const verb = (titled ?? person).first - 1;
  if (verb < 0 || !APPOINTING_VERBS.has(words[verb].lower) || a.quoted[verb] === 1) return undefined;
  let i = person.last + 1;
  // Past a description set off by commas, to the word after the comma closing it.
  if (/^\s*,/.test(textBetween(a, person.last, i))) {
    i++;
    while (i < words.length && !/,/.test(textBetween(a, i - 1, i))) i++;
  }
  if (words[i]?.lower !== 'as') return undefined;
  i++;
  while (i < words.length && (APPOSITION_WORDS.has(words[i].lower) || APPOINTED_OFFICE_WORDS.has(words[i].lower))) i++;
  return slots.find((s) => s.kind === 'role' && s.first === i && !pluralTitle(s));
}

/**
 * Whether a title followed by a comma is no title of the name after it: it describes the name before it
 * (`apposedToEarlierName`), or it closes a phrase opening the sentence with a preposition, the name after its comma
 * running on into the main clause as its subject ("Yet in his first call with the new president, Suga readily
 * embraced …"; not "In a call with the new president, Joe Biden, Suga …", where the name is set off as the title's).
 */
export function titleOfNoNameAfter(a: AnalysedSentence, title: Slot): boolean {
  return apposedToEarlierName(a, title) || closesOpeningPhrase(a, title);
}

/** Whether a title stands right before a person's name ("Like Blinken, Defense Secretary Austin …"): it is that name's. */
function beforeName(a: AnalysedSentence, title: Slot): boolean {
  return (
    a.slots.some((o) => o.entity?.type === 'person' && o.first === title.last + 1) &&
    !PUNCTUATION_BETWEEN.test(textBetween(a, title.last, title.last + 1))
  );
}

/**
 * Whether a name closes a phrase opening the sentence with a preposition and the title after its comma opens the main
 * clause, no comma closing it ("In his first call with Biden, the Japanese prime minister pushed back …"): the title
 * is the main clause's subject, not set beside the name.
 */
function opensMainClause(a: AnalysedSentence, person: Slot, title: Slot): boolean {
  const { words } = a;
  if (title.last + 1 >= words.length || PUNCTUATION_BETWEEN.test(textBetween(a, title.last, title.last + 1))) return false;
  for (let k = 0; k < person.last; k++) if (PUNCTUATION_BETWEEN.test(textBetween(a, k, k + 1))) return false;
  const first = CLAUSE_CONJUNCTIONS.has(words[0].lower) ? 1 : 0;
  return first < person.first && OPENING_PREPOSITIONS.has(words[first].lower);
}

/** Whether a title closes a phrase opening the sentence with a preposition, the name after it opening the main clause. */
function closesOpeningPhrase(a: AnalysedSentence, title: Slot): boolean {
  const { words } = a;
  if (!textBetween(a, title.last, title.last + 1).includes(',')) return false;
  const name = a.slots.find((o) => o.entity?.type === 'person' && o.first === title.last + 1);
  if (!name || name.last + 1 >= words.length || PUNCTUATION_BETWEEN.test(textBetween(a, name.last, name.last + 1))) return false;
  for (let k = 0; k < title.first; k++) if (PUNCTUATION_BETWEEN.test(textBetween(a, k, k + 1))) return false;
  const first = CLAUSE_CONJUNCTIONS.has(words[0].lower) ? 1 : 0;
  return first < title.first && OPENING_PREPOSITIONS.has(words[first].lower);
}

/** How many words describing a person may stand in an apposition before its title, besides articles and places. */
const DESCRIBING_WORDS = 3;

/**
 * Whether a title is set off by commas right after another person's name ("In the view of Yu Myung Hwan, a former ROK
 * foreign minister, Suga will …"): it describes that person, and the name after its closing comma opens the main
 * clause rather than being the title's holder. Between the opening comma and the title only articles, "former" and the
 * like, a place or body qualifying it, and a few words describing the person may stand ("Kim Jin-pyo, a ruling
 * Democratic Party lawmaker, Suga …"); not a word opening a clause ("who", "and").
 */
export function apposedToEarlierName(a: AnalysedSentence, title: Slot): boolean {
  if (!textBetween(a, title.last, title.last + 1).includes(',')) return false;
  let i = title.first - 1;
  let describing = 0;
  while (i >= 0 && !textBetween(a, i, i + 1).includes(',')) {
    const inside = a.slots.find((o) => o.kind === 'entity' && o.first <= i && i <= o.last);
    if (inside && (inside.entity!.type === 'place' || inside.entity!.type === 'organisation')) i = inside.first - 1;
    else if (APPOSITION_WORDS.has(a.words[i].lower)) i--;
    // A word or two describing the person ("a ruling Democratic Party lawmaker", "a veteran foreign affairs journalist").
    else if (!inside && a.content[i] === 1 && ++describing <= DESCRIBING_WORDS) i--;
    else break;
  }
  if (i < 0 || !textBetween(a, i, i + 1).includes(',')) return false;
  return a.slots.some((o) => o.entity?.type === 'person' && o.last === i && !possessiveMark(a.words, i + 1));
}

/**
 * Whether a named thing between a name and its title only qualifies the title: a place ("South Korean", "Japan's")
 * or a person owning it ("Abe's foreign minister": the office of the one named first, serving Abe), a surname that is
 * an everyday word too among them ("Moon's chief of staff", read as a name rather than a known person).
 */
function betweenNameAndTitle(a: AnalysedSentence, o: Slot): boolean {
  const type = o.entity!.type;
  return type === 'place' || ((type === 'person' || type === 'name') && possessiveMark(a.words, o.last + 1)) || bodyOfTitle(a, o);
}

/**
 * Whether a body is named right before a title, as the one the title serves ("the White House chief of staff", "the
 * NSC director"): it says whose office, not whether the person holds it.
 */
function bodyOfTitle(a: AnalysedSentence, o: Slot): boolean {
  return (
    o.entity!.type === 'organisation' &&
    /^\s+$/.test(textBetween(a, o.last, o.last + 1)) &&
    a.slots.some((t) => t.kind === 'role' && t.first === o.last + 1)
  );
}

/**
 * Whether `person` is set off by commas right after the short noun phrase opening the sentence, naming who it is ("His
 * co-author, Benjamin Rimland, is …", "Buchan's co-author, Rimland, …"): what the sentence then states of the subject
 * ("is a research associate") it states of that person. The phrase opens with a determiner or a possessive
 * (`APPOSED_NAME_OPENERS`, or a name with "'s") and holds no mark.
 */
function nameApposedToSubject(a: AnalysedSentence, person: Slot): boolean {
  const { words } = a;
  if (person.first < 2 || person.first > APPOSED_NAME_REACH || !/^\s*,\s+$/.test(textBetween(a, person.first - 1, person.first)))
    return false;
  for (let k = 0; k + 1 < person.first - 1; k++) if (PUNCTUATION_BETWEEN.test(textBetween(a, k, k + 1))) return false;
  if (APPOSED_NAME_OPENERS.has(words[0].lower)) return true;
  const owner = a.slots.find((o) => o.kind === 'entity' && o.first === 0);
  return owner !== undefined && possessiveMark(words, owner.last + 1);
}

/**
 * Whether the sentence states `title` of `person` right after the name, or in a clause opening "who" after it: "to be"
 * or "served as", and only articles, "then", "now" or "former" between ("He is the assistant secretary of state", "Kang
 * was then ambassador", "Suga, who had served as Abe's foreign minister, …"); not a title of someone the person is said
 * to be among ("is among the advisers"). After "to be", not a title owned by someone ("is Abe's chief cabinet
 * secretary" is read by the possessive, not here); after "served as", the office of the one named first, serving
 * another ("served as Abe's foreign minister").
 */
function statesTitle(a: AnalysedSentence, person: Slot, title: Slot): boolean {
  const { words } = a;
  let i = person.last + 1;
  if (words[i]?.lower === 'who' && /^\s*,\s+$/.test(textBetween(a, person.last, i))) i++;
  else if (
    !/^\s+$/.test(textBetween(a, person.last, i)) &&
    !(nameApposedToSubject(a, person) && /^\s*,\s+$/.test(textBetween(a, person.last, i)))
  )
    return false;
  while (TITLE_AUXILIARIES.has(words[i]?.lower ?? '')) i++;
  // "was then serving as": the form of "to be" and its adverbs before the verb stating the title.
  let v = i;
  if (TITLE_COPULAS.has(words[v]?.lower ?? '')) {
    v++;
    while (TITLE_SERVING_ADVERBS.has(words[v]?.lower ?? '')) v++;
  }
  if (v > i && TITLE_SERVING.has(words[v]?.lower ?? '') && words[v + 1]?.lower === 'as') i = v;
  const serving = TITLE_SERVING.has(words[i]?.lower ?? '') && words[i + 1]?.lower === 'as';
  if (!serving && !TITLE_COPULAS.has(words[i]?.lower ?? '')) return false;
  // After "to be", a body's office ("is the White House chief of staff"), not a person's (read by the possessive).
  const owner = (k: number) =>
    a.slots.some((o) => o.kind === 'entity' && o.first <= k && k <= o.last && (serving ? betweenNameAndTitle(a, o) : bodyOfTitle(a, o)));
  for (let k = i + (serving ? 2 : 1); k < title.first; k++)
    if (!owner(k) && (!APPOSITION_WORDS.has(words[k].lower) || (words[k].lower === 's' && !owner(k - 1)))) return false;
  return true;
}

/**
 * The named things a sentence gives an attribute of a contrasting class, with the attribute's word index: in the
 * name ("Trilateral Information Sharing Arrangement"), just before it ("the bilateral Japan-South Korea military
 * intelligence sharing agreement"), or set after it ("GSOMIA, the trilateral pact"); and the agreements it names by
 * their year, with the year's ("the 2015 comfort women agreement").
 */
export function attributedThings(a: AnalysedSentence): [Slot, number][] {
  const found: [Slot, number][] = [];
  const { words } = a;
  const isAttribute = (i: number) => i >= 0 && i < words.length && ATTRIBUTE_CLASS.has(words[i].lower) && a.quoted[i] === 0;
  for (const thing of a.slots) {
    const type = thing.entity?.type;
    if (type !== 'agreement' && type !== 'organisation' && type !== 'name') continue;
    // "the 2015 comfort women agreement": the year an agreement is named by, right before its name. (Not a meeting's
    // or an organisation's: "the 2019 G20 summit" names one of many.)
    const year = a.slots.find((o) => o.kind === 'date' && o.attributive && o.last === thing.first - 1 && /^\d{4}$/.test(o.text));
    const agreement = type === 'agreement' || (type === 'name' && thing.entity!.words.some((w) => stem(w) === AGREEMENT_STEM));
    if (agreement && year && a.quoted[year.first] === 0 && /^\s+$/.test(textBetween(a, year.last, thing.first))) {
      found.push([thing, year.first]);
      continue;
    }
    let at = -1;
    for (let i = thing.first; i <= thing.last && at < 0; i++) if (isAttribute(i)) at = i;
    // Back over the words of a compound name ("bilateral Japan-South Korea military …"), never past a function word,
    // a mark of punctuation or another named thing ("Unlike the bilateral GSOMIA, TISA …").
    const other = (i: number) =>
      a.slots.some((o) => o !== thing && o.kind === 'entity' && o.first <= i && i <= o.last && o.entity!.type !== 'place');
    for (let i = thing.first - 1; at < 0 && i >= Math.max(0, thing.first - 5); i--) {
      if (/[^\s\-‐-―]/.test(textBetween(a, i, i + 1)) || other(i)) break;
      if (isAttribute(i)) at = i;
      else if (FUNCTION_WORDS.has(words[i].lower)) break;
    }
    // "GSOMIA, the trilateral pact", "TISA — a bilateral Japan-South Korea arrangement", "TISA is a bilateral
    // arrangement": an attribute after the name (set off, or after "is"), its article and a noun of its own, with
    // only places between ("Japan-South Korea").
    let next = thing.last + 1;
    const setOff = /^\s*[,—–]/.test(textBetween(a, thing.last, next));
    if (!setOff && COPULAS.has(words[next]?.lower ?? '') && /^\s+$/.test(textBetween(a, thing.last, next))) next++;
    if (at < 0 && (setOff || next > thing.last + 1) && ['the', 'a', 'an'].includes(words[next]?.lower ?? '')) {
      const k = next + 1;
      let n = k + 1;
      const place = (i: number) => a.slots.find((o) => o.entity?.type === 'place' && o.first === i);
      for (let p = place(n); p; p = place(n)) n = p.last + 1;
      const noun = words[n];
      if (isAttribute(k) && noun && !/^\p{Lu}/u.test(noun.text) && !other(n)) at = k;
    }
    if (at >= 0) found.push([thing, at]);
  }
  return found;
}

/** Files `entry` under each word of `person`'s name ("Motegi", "Toshimitsu"): a draft may name them by either. */
function fileUnderName<T>(map: Map<string, T[]>, person: Slot, entry: T): void {
  for (const w of person.entity!.words) {
    let list = map.get(w);
    if (!list) map.set(w, (list = []));
    list.push(entry);
  }
}

/** Whether word `i` of `a` stands in one of its values (a date, a number, a named thing, a title). */
export function inSlot(a: AnalysedSentence, i: number): boolean {
  return a.slots.some((s) => s.first <= i && i <= s.last);
}

/** What stands between word i's end and word j's start (punctuation and spaces, and any words between), read from the words' offsets. */
export function textBetween(a: AnalysedSentence, i: number, j: number): string {
  const w = a.words;
  if (!w[i] || !w[j]) return '';
  return a.source.slice(w[i].end - a.start, w[j].start - a.start);
}

/** Words i..j as the sentence writes them, read from its own text (a library passage's is read again when asked for). */
export function wordsText(a: AnalysedSentence, i: number, j: number): string {
  return a.source.slice(a.words[i].start - a.start, a.words[j].end - a.start);
}

/**
 * Keys under which a value is filed: any passage that could state the same value has one of them (a name by each of
 * its words, so "Austin" finds "Lloyd Austin"; a date by its year, or its month when it has no year).
 */
export function valueKeys(slot: Slot): string[] {
  switch (slot.kind) {
    case 'entity':
      return [`e:${slot.entity!.key}`, ...slot.entity!.words.map((w) => `w:${w}`)];
    case 'date': {
      const d = slot.date!;
      if (d.year !== undefined) return [`y:${d.year}`];
      if (d.decade !== undefined) return Array.from({ length: 10 }, (_, k) => `y:${d.decade! + k}`);
      return d.month !== undefined ? [`m:${d.month}`] : [];
    }
    case 'number':
      return [`n:${slot.number!.value}`];
    case 'role':
      return [`r:${slot.role!.head}`];
  }
}

/**
 * A sentence a draft can contradict: a plain statement (no question) with a value or a denial in it, or a predicate
 * with an opposite ("tourism numbers continue to rise": a draft's "have fallen" contradicts it with no value at all).
 */
function statesSomething(a: AnalysedSentence): boolean {
  if (a.question) return false;
  return a.slots.length > 0 || a.negations.length > 0 || a.stems.some((s, i) => a.content[i] === 1 && hasOpposite(s));
}

/** Per source: how many claims were read from it, and a few for a reviewer to read (the build prints them). */
export function claimCoverage(
  kb: KnowledgeBase,
  samplesPerSource = 3,
): { source: string; passages: number; claims: number; samples: string[] }[] {
  const index = sourceClaims(kb);
  const claims: SourceClaim[] = [];
  for (let c = 0; c < index.passageCount; c++) if (index.flags[c] & CLAIM_FLAG) claims.push(index.claim(c));
  return kb.sources.map((source) => {
    const own = claims.filter((c) => c.passage.source === source.key);
    // Samples a reviewer learns from: statements with a date or a number, spread over the source.
    const dated = own.filter((c) => c.analysis.slots.some((s) => s.kind === 'date' || s.kind === 'number'));
    const pool = dated.length >= samplesPerSource ? dated : own;
    const step = Math.max(1, Math.floor(pool.length / samplesPerSource));
    const samples = pool
      .filter((_, i) => i % step === 0)
      .slice(0, samplesPerSource)
      .map((c) => `${c.passage.text}  [${c.analysis.slots.map((s) => `${s.kind}: ${s.text}`).join('; ')}]`);
    return { source: source.key, passages: kb.passagesOf(source.key).length, claims: own.length, samples };
  });
}

/**
 * Bumped whenever the sentence analysis may file a passage otherwise (its stems, values, flags): an index kept in a
 * cache by an earlier analysis is then read again. The probes below catch a change to what they exercise; this
 * catches the rest (a new word list entry, a name read as another type).
 */
const ANALYSIS_VERSION = 175;

/** A guess telling what a named party did. */
const STATED_PROBE = 'A plan would copy the fund Germany set up in 1990.';

/**
 * A sentence whose words of refusal and reluctance, phrasal predicates and "near" of place a passage's reading (its
 * stems and denials) depends on.
 */
const DENIAL_PROBE = 'Unable to agree, Tokyo stayed out of the talks near Seoul and was cautious about sanctions.';

/** Two sentences of a passage, the second counting years from the first's date. */
const COUNTED_PROBE = ['The talks began in the 1990s.', 'They failed a decade later.'] as const;

/**
 * A sentence that files a value of every kind, a denial, a title and an attribute: what the sentence analysis makes of
 * it shows whether an index kept in a cache was made by an analysis that reads passages the same way.
 */
const ANALYSIS_PROBE =
  'On 3 March 2021 the Foreign Minister of Japan did not meet the president in Seoul, and 45 percent of the ' +
  '1,200 people polled said the bilateral agreement of the 1990s had failed.';

/**
 * How the sentence analysis reads a probe sentence, as text for a cache to fingerprint: a cached index made by an
 * analysis that reads it otherwise is read again.
 */
export function analysisIdentity(kb: KnowledgeBase): string {
  const probe = statementOf(ANALYSIS_PROBE, analyseSentence(kb, ANALYSIS_PROBE, 0, ANALYSIS_PROBE.length));
  // A passage read with the one before it: a length of years counted from its date.
  const read = (text: string) => analyseSentence(kb, text, 0, text.length);
  const counted = statementOf(COUNTED_PROBE[1], withDateCountedFrom(read(COUNTED_PROBE[1]), read(COUNTED_PROBE[0])));
  // What a named party did, told after a "would", stated.
  const stated = !read(STATED_PROBE).hedged;
  const denial = read(DENIAL_PROBE);
  return JSON.stringify({
    version: ANALYSIS_VERSION,
    ...probe,
    stems: [...probe.stems],
    values: [...probe.values],
    counted: [...counted.values],
    countedFlags: counted.flags,
    stated,
    denialStems: denial.stems,
    denials: denial.negations,
  });
}

/**
 * The glossary the analysis resolves names through (its terms, their kinds and aliases), as text for a cache to
 * fingerprint: a new acronym in one document changes how passages of every document read.
 */
export function glossaryIdentity(kb: KnowledgeBase): string {
  return JSON.stringify(kb.terms.map((t) => [t.id, t.category, t.aliases]));
}
