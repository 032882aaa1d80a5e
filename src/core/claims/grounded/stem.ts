/**
 * A light suffix-stripping stemmer: the inflections and the common nominalisations of a word reduce to one key, so a
 * draft's "ruled", a source's "ruling" and "rules" meet, as do "withdraw" and "withdrawal", "decide" and "decision",
 * "normalize" and "normalisation". Keys are for comparing words, not for showing: "rul", "withdraw", "decid".
 * Derived by rule, never listed per word, except the irregular forms English cannot derive (`IRREGULAR_FORMS`, in
 * the lexicon).
 */

import {
  ADVISING_VERBS,
  GRADED_OPPOSITES,
  IRREGULAR_FORMS,
  JUDGING_VERBS,
  LIGHT_VERBS,
  MANDATIVE_VERBS,
  NEGATED_ENDINGS,
  NEGATING_PREFIXES,
  OPPOSITE_WORDS,
  ORDINAL_WORDS,
  PHRASAL_POSSESSIVE,
  PHRASAL_PREDICATES,
  PROPOSING_VERBS,
  REFUSAL_WORDS,
  SYNONYM_GROUPS,
  UNNEGATED_WORDS,
} from './lexicon';
import { RecentWords } from './recentWords';

/**
 * Longer suffixes first; each leaves at least three letters. `ision` → `id` links "decision" to "decide". The "-ate"
 * of a verb goes with its noun's "-ation" ("negotiate", "negotiation" → "negoti"), so that a noun whose verb has no
 * "-ate" meets it too ("resignation" → "resign", "declaration" → "declar"); so does "-ition" ("imposition", "impose").
 */
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['isations', 'iz'],
  ['izations', 'iz'],
  ['isation', 'iz'],
  ['ization', 'iz'],
  ['ising', 'iz'],
  ['izing', 'iz'],
  ['ised', 'iz'],
  ['ized', 'iz'],
  ['ises', 'iz'],
  ['izes', 'iz'],
  ['ise', 'iz'],
  ['ize', 'iz'],
  ['isions', 'id'],
  ['ision', 'id'],
  ['ations', ''],
  ['ation', ''],
  // "retaliatory" meets "retaliation", "conciliatory" "conciliate".
  ['atory', ''],
  ['ating', ''],
  ['ated', ''],
  ['ates', ''],
  ['ate', ''],
  ['itions', ''],
  ['ition', ''],
  ['ments', ''],
  ['ment', ''],
  ['ings', ''],
  ['ing', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['als', ''],
  ['al', ''],
  ['ed', ''],
  ['es', ''],
  ['s', ''],
  ['e', ''],
];

const VOWEL = /[aeiouy]/;

/**
 * Verbs whose "-eed" is their own, not a past "-ed" ("succeeded" is "succeed" + "ed"; "agreed" is "agree" + "d"):
 * English data, as the suffixes cannot tell the two apart.
 */
const EED_ROOTS = new Set(['succeed', 'proceed', 'exceed', 'need', 'feed', 'speed', 'heed', 'breed', 'bleed', 'seed', 'weed']);

/** The "our" of a British spelling: after a root of three letters or more, at the end or before an inflection. */
const BRITISH_OUR = /(?<=^[a-z]{2,}[^aeo])our(?=(s|ed|ing|able|ably|ite|ites|er|ers|hood|hoods)?$)/;

/** The stems of the words met lately (a library's hundreds of thousands of words pass through here too). */
const cache = new RecentWords<string>(50_000);

/** Each synonym's stem to its group's first word's stem (lexicon.ts). */
const SYNONYM_OF: ReadonlyMap<string, string> = new Map(
  SYNONYM_GROUPS.flatMap((group) => group.map((w) => [computeStem(w), computeStem(group[0])] as const)),
);

/** The comparison key of a lower-case word: its stem, or its synonym group's. */
export function stem(word: string): string {
  let known = cache.current.get(word) ?? cache.get(word);
  if (known === undefined) {
    const own = computeStem(word);
    known = SYNONYM_OF.get(own) ?? own;
    cache.set(word, known);
  }
  return known;
}

function computeStem(word: string): string {
  const irregular = IRREGULAR_FORMS.get(word);
  if (irregular !== undefined) word = irregular;
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  // British "-our" is American "-or" ("labour", "honoured", "neighbours"): a draft in either spelling meets the
  // sources. Not after a root of one or two letters ("four", "hour", "your", "flour", "scour").
  const british = BRITISH_OUR.exec(word);
  if (british) word = word.slice(0, british.index) + 'or' + word.slice(british.index + 3);
  // "repeatedly" meets "repeated", "formally" meets "formal".
  if (word.endsWith('ly') && word.length > 5) return computeStem(word.slice(0, -2));
  // An adjective in "-tious" or "-cious" meets its noun in "-tion" or "-cion" ("cautious", "caution"; "ambitious",
  // "ambition"; "suspicious", "suspicion"), as a verb meets its noun.
  if (/[ct]ious$/.test(word) && word.length > 6) return computeStem(word.slice(0, -3) + 'on');
  // A noun in "-ension" or "-ansion" meets its verb in "-end" or "-and" ("extension", "extend"; "suspension",
  // "suspend"; "expansion", "expand"). Only after a root of three letters or more: "tension" is no "tend".
  if (/^[a-z]{3,}[ae]nsions?$/.test(word)) return computeStem(word.replace(/([ae])nsions?$/, '$1nd'));
  // A noun in "-ptance" or "-stance" meets its verb ("acceptance", "accept"; "resistance", "resist"; "assistance",
  // "assist"). Only after a root of three letters or more: "distance" and "instance" are no verbs' nouns.
  if (/^[a-z]{3,}[ps]tances?$/.test(word)) return computeStem(word.replace(/ances?$/, ''));
  // A noun in "-ervention" meets its verb in "-ervene" ("intervention", "intervene"), as "-ation" meets "-ate". Not
  // "-vention" at large: "prevention" and "circumvention" keep their verbs' "-vent".
  if (/ervent(ion|ions)$/.test(word)) return computeStem(word.replace(/ventions?$/, 'vene'));
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is') || EED_ROOTS.has(word)) return word;
  // "agreeing", "guaranteeing" meet "agree", "guarantee": the "-ing" of a verb in "-ee" leaves its base form.
  if (word.endsWith('eeing')) return computeStem(word.slice(0, -3));
  for (const [suffix, replacement] of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    let base = word.slice(0, word.length - suffix.length) + replacement;
    if (base.length < 3 || !VOWEL.test(base)) continue;
    // The "-eal" of "reveal", "appeal", "repeal" is the root's, not a noun's "-al": "reveal" meets "revealed".
    if (suffix.startsWith('al') && base.endsWith('e')) continue;
    // "planned", "planning" → "plan": a doubled final consonant left by the suffix is undoubled.
    const last = base.length - 1;
    // Not below three letters: "added" stays "add". A doubled "f" is the word's own ("rebuffed", "staffed", "tariffs"):
    // English doubles no final "f" before a suffix.
    // A plural's doubled letter is the word's own too ("boycotts" is "boycott" + "s").
    if (replacement === '' && suffix !== 's' && base.length > 3 && base[last] === base[last - 1] && !/[aeiouslzf]/.test(base[last]))
      base = base.slice(0, last);
    // "travelled", "cancelled", "controlled" → "travel", "cancel", "control": an "l" doubled after an "e" or "o" of a
    // word of two or more syllables ("polled", "called", "installed" keep theirs).
    else if (replacement === '' && /[^aeiou][eo]ll$/.test(base) && /[aeiouy][^aeiouy]+[eo]ll$/.test(base)) base = base.slice(0, last);
    // A trailing "e" left after a longer suffix ("agreement" → "agree") goes too, as it does for the base form.
    if (base.endsWith('e') && base.length > 3) base = base.slice(0, -1);
    // A verb in "-ly" inflected ("multiplied", "supplies") meets its base form, whose "-ly" is read as above.
    if (base.endsWith('ly') && base.length > 5) return computeStem(base);
    return base;
  }
  return word;
}

/**
 * Each predicate's stem to the stems of its opposites (lexicon.ts `OPPOSITE_WORDS`), and each form of an adjective of
 * degree to its opposite's forms (`GRADED_OPPOSITES`: "brighter", "bleakest").
 */
const LISTED_OPPOSITES: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    if (!map.get(a)?.includes(b)) map.set(a, [...(map.get(a) ?? []), b]);
    if (!map.get(b)?.includes(a)) map.set(b, [...(map.get(b) ?? []), a]);
  };
  for (const [a, b] of OPPOSITE_WORDS) link(stem(a), stem(b));
  for (const [a, b] of GRADED_OPPOSITES) for (const x of gradesOf(a)) for (const y of gradesOf(b)) link(stem(x), stem(y));
  return map;
})();

/**
 * An adjective with its comparative and superlative ("bright", "brighter", "brightest"; "grim", "grimmer"; "easy",
 * "easier"; "wise", "wiser"): English's rules, so no form is listed.
 */
function gradesOf(adjective: string): string[] {
  let base = adjective;
  if (/[^aeiou]y$/.test(base)) base = base.slice(0, -1) + 'i';
  else if (base.endsWith('e')) base = base.slice(0, -1);
  // One syllable ending in a single vowel and a consonant doubles it: "grim", "grimmer"; "hot", "hotter".
  else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base)) base += base[base.length - 1];
  return [adjective, base + 'er', base + 'est'];
}

/**
 * The stems a negating prefix turns `s` into, or takes it back from (`NEGATING_PREFIXES`): "sufficient" and
 * "insufficient", "tolerabl" and "intolerabl". Only for a stem of a kind the prefix denies (`NEGATED_ENDINGS`), five
 * letters or more without the prefix, and not a word it leaves be (`UNNEGATED_WORDS`).
 */
function prefixedOpposites(s: string): string[] {
  const negatable = (base: string) => base.length >= 5 && [...NEGATED_ENDINGS].some((e) => base.endsWith(e)) && !UNNEGATED_STEMS.has(base);
  // A negated word has its plain word for opposite, and is not negated again.
  for (const prefix of NEGATING_PREFIXES)
    if (s.startsWith(prefix) && negatable(s.slice(prefix.length))) return UNNEGATED_STEMS.has(s) ? [] : [s.slice(prefix.length)];
  if (!negatable(s)) return [];
  return [...NEGATING_PREFIXES].map((prefix) => prefix + s).filter((o) => !UNNEGATED_STEMS.has(o));
}

/** The stems of the words a prefix does not negate (lexicon.ts `UNNEGATED_WORDS`). */
const UNNEGATED_STEMS: ReadonlySet<string> = new Set([...UNNEGATED_WORDS].map(stem));

/** `oppositesOf` by stem, the words met lately (`NO_OPPOSITES` where a stem has none: one lookup answers either way). */
const OPPOSITES_CACHE = new RecentWords<readonly string[]>(50_000);

/**
 * Whether the word whose stem is `s` has an opposite listed (`OPPOSITE_WORDS`, `GRADED_OPPOSITES`): a sentence with one
 * may be contradicted without a value. Not the opposites a prefix makes: a word a prefix could negate, or seems to
 * ("sufficient", "president", "implement"), is most often never negated.
 */
export function hasOpposite(s: string): boolean {
  return LISTED_OPPOSITES.has(s);
}

/**
 * The stems of the opposites of the word whose stem is `s` (listed, graded or prefixed: see above), or undefined where
 * it has none.
 */
export function oppositesOf(s: string): readonly string[] | undefined {
  const known = OPPOSITES_CACHE.current.get(s) ?? OPPOSITES_CACHE.get(s);
  if (known !== undefined) return known === NO_OPPOSITES ? undefined : known;
  const listed = LISTED_OPPOSITES.get(s) ?? [];
  const prefixed = prefixedOpposites(s).filter((o) => !listed.includes(o));
  const all = prefixed.length > 0 ? [...listed, ...prefixed] : listed.length > 0 ? listed : undefined;
  OPPOSITES_CACHE.set(s, all ?? NO_OPPOSITES);
  return all;
}

/** What `OPPOSITES_CACHE` keeps for a word with no opposite: one lookup answers either way. */
const NO_OPPOSITES: readonly string[] = [];

/** The stem of "agreement" and of its synonyms ("treaty", "accord", "pact", "deal": lexicon.ts `SYNONYM_GROUPS`). */
export const AGREEMENT_STEM = stem('agreement');

/** The stems of the verbs of judging a thing as something (lexicon.ts `JUDGING_VERBS`: "saw … as", "regarded … as"). */
export const JUDGING_STEMS: ReadonlySet<string> = new Set([...JUDGING_VERBS].map(stem));

/** The stems of the verbs of advising (lexicon.ts `ADVISING_VERBS`). */
export const ADVISING_STEMS: ReadonlySet<string> = new Set([...ADVISING_VERBS].map(stem));

/** The stems of the verbs putting a course forward (lexicon.ts `PROPOSING_VERBS`: "propose", "urge"). */
export const PROPOSING_STEMS: ReadonlySet<string> = new Set([...PROPOSING_VERBS].map(stem));

/** The stems of the verbs opening with "that" what ought to be done (lexicon.ts `MANDATIVE_VERBS`: "recommend that"). */
export const MANDATIVE_STEMS: ReadonlySet<string> = new Set([...MANDATIVE_VERBS].map(stem));

/** The stems of the words of refusal (lexicon.ts `REFUSAL_WORDS`). */
export const REFUSAL_STEMS: ReadonlySet<string> = new Set([...REFUSAL_WORDS].map(stem));

/** The stems of verbs of little content and of words of order (lexicon.ts `LIGHT_VERBS`, `ORDINAL_WORDS`). */
export const LIGHT_STEMS: ReadonlySet<string> = new Set([...LIGHT_VERBS, ...ORDINAL_WORDS].map(stem));

/**
 * A phrasal predicate (lexicon.ts `PHRASAL_PREDICATES`): the stems of the words after its verb (so "second-guessed"
 * and "meet the challenges" need no entry of their own), and the stem it reads as.
 */
export interface PhrasalPredicate {
  particles: readonly string[];
  stem: string;
}

/** Each phrasal predicate's verb stem to its phrases, longest first (so "rule in favor of" wins over shorter ones). */
export const PHRASAL_BY_VERB: ReadonlyMap<string, readonly PhrasalPredicate[]> = (() => {
  const map = new Map<string, PhrasalPredicate[]>();
  for (const [phrase, meaning] of PHRASAL_PREDICATES) {
    const [verb, ...particles] = phrase.split(' ');
    const list = map.get(stem(verb)) ?? [];
    // The possessive's stand-in stays as written: `phrasalAt` takes any possessive for it.
    list.push({ particles: particles.map((p) => (p === PHRASAL_POSSESSIVE ? p : stem(p))), stem: stem(meaning) });
    list.sort((a, b) => b.particles.length - a.particles.length);
    map.set(stem(verb), list);
  }
  return map;
})();
