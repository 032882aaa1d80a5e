/**
 * The sources' own statements, read from their text: every passage of every source is analysed like a draft sentence
 * (sentenceAnalysis.ts), and the ones that state a value (a date, a number, a named party, a role) or deny something
 * become claims a draft can be checked against. Nothing here is written per source: a writer's own documents get
 * their claims the same way as the bundled articles.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Passage } from '../../knowledge/types';
import { ATTRIBUTE_CLASS, FUNCTION_WORDS } from './lexicon';
import { analyseSentence, type AnalysedSentence, type Slot } from './sentenceAnalysis';

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

/** Every claim of a knowledge base, with the index that finds the ones a draft sentence may be about. */
export interface SourceClaims {
  claims: SourceClaim[];
  /** Claim indices by content stem. */
  byStem: Map<string, number[]>;
  /** Claim indices by the values they state (`valueKeys`): the passages that might back a draft's value. */
  byValue: Map<string, number[]>;
  /** How rare each stem is among the sources' sentences: log(N / sentences holding it). */
  weight: Map<string, number>;
  /** The weight of a stem no source uses. */
  unknownWeight: number;
  /** Every passage by its `verbatimKey`: a draft sentence with one of these keys quotes a source. */
  verbatim: Map<number, Passage>;
  /** A passage's reading, from the bounded cache or read again. */
  read(passage: Passage): AnalysedSentence;
  /** The attributes the sources give named things ("the bilateral … agreement", "Trilateral … Arrangement"), by key. */
  attributes: Map<string, ThingAttribute[]>;
  /** The titles the sources give people ("Foreign Minister Motegi", "Park Jie-won, head of …"), by name word. */
  titles: Map<string, PersonTitle[]>;
  /**
   * The words naming the sources themselves, lower-case: their publishers, containers and authors' family names. A
   * draft naming one ("the CSIS authors") attributes a claim to a source; it does not name a party to the event.
   */
  sourceNames: Set<string>;
}

/** An attribute of a contrasting class (`CONTRASTING_ATTRIBUTES`) a sentence gives a named thing. */
export interface ThingAttribute {
  thing: Slot;
  /** Word index of the attribute in its sentence. */
  at: number;
  word: string;
  claim: number;
}

/** A title a source gives a person, and where. */
export interface PersonTitle {
  person: Slot;
  title: Slot;
  claim: number;
}

const cache = new WeakMap<KnowledgeBase, SourceClaims>();

/** The claims of `kb`, read once per knowledge base. */
export function sourceClaims(kb: KnowledgeBase): SourceClaims {
  let found = cache.get(kb);
  if (!found) {
    found = extractClaims(kb);
    cache.set(kb, found);
  }
  return found;
}

function extractClaims(kb: KnowledgeBase): SourceClaims {
  const claims: SourceClaim[] = [];
  const byStem = new Map<string, number[]>();
  const byValue = new Map<string, number[]>();
  const titles = new Map<string, PersonTitle[]>();
  const attributes = new Map<string, ThingAttribute[]>();
  const documentFrequency = new Map<string, number>();
  let sentences = 0;
  const verbatim = new Map<number, Passage>();
  const seen = new Set<string>();
  const read = readings(kb);
  // A library larger than the cache is read without filling it: each reading then dies young, in the collector's
  // cheap generation, instead of being kept, promoted and dropped (that churn doubled the time and left the process
  // a gigabyte of pages after reading 324,000 passages).
  const keep = kb.passages.length <= READINGS_KEPT;
  for (const passage of kb.passages) {
    const analysis = keep ? read(passage) : analyseSentence(kb, passage.text, 0, passage.text.length);
    verbatim.set(verbatimKey(passage.text, 0, passage.text.length), passage);
    sentences++;
    for (const s of analysis.contentStems) documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
    if (!statesSomething(analysis)) continue;
    const index = claims.length;
    claims.push(new ReadOnDemand(passage, analysis, read));
    for (const s of analysis.contentStems) addTo(byStem, s, index);
    // One entry per distinct attribute of a thing and title of a person: a library repeats them in thousands of
    // passages, and the first passage serves as the quote.
    for (const [thing, at] of attributedThings(analysis)) {
      const key = thing.entity!.key;
      const word = analysis.words[at].lower;
      if (!firstSeen(seen, `a ${key} ${word}`)) continue;
      let list = attributes.get(key);
      if (!list) attributes.set(key, (list = []));
      list.push({ thing, at, word, claim: index });
    }
    for (const [person, title] of titledPeople(analysis)) {
      if (!firstSeen(seen, `t ${person.entity!.words.join(' ')} ${title.role!.head} ${title.role!.modifiers.join(' ')} ${title.text}`))
        continue;
      for (const w of person.entity!.words) {
        let list = titles.get(w);
        if (!list) titles.set(w, (list = []));
        list.push({ person, title, claim: index });
      }
    }
    for (const slot of analysis.slots) for (const key of valueKeys(slot)) addTo(byValue, key, index);
  }
  const weight = new Map<string, number>();
  for (const [s, df] of documentFrequency) weight.set(s, Math.log((sentences + 1) / df));
  return {
    claims,
    byStem,
    byValue,
    weight,
    unknownWeight: Math.log(sentences + 1),
    verbatim,
    read,
    titles,
    attributes,
    sourceNames: sourceNames(kb),
  };
}

/** A claim whose reading is asked of the bounded cache each time (one shared reader, no closure per claim). */
class ReadOnDemand implements SourceClaim {
  readonly kinds: number;
  readonly denies: boolean;
  constructor(
    readonly passage: Passage,
    analysis: AnalysedSentence,
    private readonly read: (passage: Passage) => AnalysedSentence,
  ) {
    this.kinds = analysis.kinds;
    this.denies = analysis.negations.length > 0;
  }
  get analysis(): AnalysedSentence {
    return this.read(this.passage);
  }
}

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
    reading = analyseSentence(kb, passage.text, 0, passage.text.length);
    kept.set(passage, reading);
    if (kept.size > READINGS_KEPT) kept.delete(kept.keys().next().value!);
    return reading;
  };
}

/** Adds `key` to `seen`; whether it was new. */
function firstSeen(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
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
 * The people a sentence gives a title, with the title: a title just before the name ("Foreign Minister Motegi") or
 * set after it between commas ("Park Jie-won, head of the National Intelligence Service,"; "Suga, the prime
 * minister"). A title after a possessive belongs to someone else ("Abe's Cabinet Secretary") and is left out.
 */
export function titledPeople(a: AnalysedSentence): [Slot, Slot][] {
  const found: [Slot, Slot][] = [];
  const { slots, words } = a;
  for (let k = 0; k < slots.length; k++) {
    const person = slots[k];
    if (person.kind !== 'entity' || person.entity!.type !== 'person') continue;
    const before = slots[k - 1];
    if (before?.kind === 'role' && before.last === person.first - 1) found.push([person, before]);
    const after = slots[k + 1];
    if (after?.kind === 'role' && a.quoted[after.first] === 0) {
      // Between the comma and the title: articles, "then", "former", a possessive's "s", and a country ("a former
      // South Korean prime minister", "Japan's foreign minister").
      const commaAfterName = /^\s*,/.test(textBetween(a, person.last, person.last + 1));
      const inPlace = (i: number) => slots.some((o) => o.entity?.type === 'place' && o.first <= i && i <= o.last);
      let plain = true;
      for (let i = person.last + 1; i < after.first && plain; i++) plain = APPOSITION_WORDS.has(words[i].lower) || inPlace(i);
      if (commaAfterName && plain) found.push([person, after]);
    }
  }
  return found;
}

/**
 * The named things a sentence gives an attribute of a contrasting class, with the attribute's word index: in the
 * name ("Trilateral Information Sharing Arrangement"), just before it ("the bilateral Japan-South Korea military
 * intelligence sharing agreement"), or set after it ("GSOMIA, the trilateral pact").
 */
export function attributedThings(a: AnalysedSentence): [Slot, number][] {
  const found: [Slot, number][] = [];
  const { words } = a;
  const isAttribute = (i: number) => i >= 0 && i < words.length && ATTRIBUTE_CLASS.has(words[i].lower) && a.quoted[i] === 0;
  for (const thing of a.slots) {
    const type = thing.entity?.type;
    if (type !== 'agreement' && type !== 'organisation' && type !== 'name') continue;
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
    // "GSOMIA, the trilateral pact": an attribute after the name, its article and a noun of its own.
    const next = thing.last + 1;
    if (at < 0 && /^\s*,/.test(textBetween(a, thing.last, next)) && ['the', 'a', 'an'].includes(words[next]?.lower ?? '')) {
      const k = next + 1;
      const noun = words[k + 1];
      if (isAttribute(k) && noun && !/^\p{Lu}/u.test(noun.text) && !other(k + 1)) at = k;
    }
    if (at >= 0) found.push([thing, at]);
  }
  return found;
}

/** Words that may stand between a name's comma and its title. */
const APPOSITION_WORDS = new Set(['the', 'a', 'an', 'then', 'now', 'former', 's']);

/** What stands between word i's end and word j's start (punctuation and spaces), read from the words' offsets. */
export function textBetween(a: AnalysedSentence, i: number, j: number): string {
  const w = a.words;
  if (!w[i] || !w[j]) return '';
  return a.source.slice(w[i].end - a.start, w[j].start - a.start);
}

function addTo(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
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

/** A sentence a draft can contradict: a plain statement (no question) with a value or a denial in it. */
function statesSomething(a: AnalysedSentence): boolean {
  return !a.question && (a.slots.length > 0 || a.negations.length > 0);
}

/** Per source: how many claims were read from it, and a few for a reviewer to read (the build prints them). */
export function claimCoverage(
  kb: KnowledgeBase,
  samplesPerSource = 3,
): { source: string; passages: number; claims: number; samples: string[] }[] {
  const { claims } = sourceClaims(kb);
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
