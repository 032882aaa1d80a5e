/**
 * English words a full stop follows without ending the sentence: the data the sentence splitter
 * (src/core/text/sentences.ts) reads. Each entry is written lower case without its last full stop ("u.s" for
 * "U.S."), with the rule for when a full stop after it does end a sentence after all, and why it is listed.
 */

/**
 * When a full stop after an abbreviation still ends the sentence.
 * - `never`: the abbreviation always leads into more of its sentence ("e.g. Japan").
 * - `before-opener`: only when the next word is one that opens sentences (see `SENTENCE_OPENERS`), or nothing
 *   follows: "the U.S. Japan alliance" is one sentence, "… to the U.S. The next year …" two.
 * - `before-capital`: only when the next word starts with a capital letter ("tariffs, quotas, etc. The …").
 * - `before-number-only`: the full stop is the abbreviation's only before a number ("No. 5"); before anything else
 *   the word is a plain word ("The answer was no.").
 */
export type AbbreviationRule = 'never' | 'before-opener' | 'before-capital' | 'before-number-only';

/** One abbreviation: its lower-case form without the last full stop, its rule, and why it is here. */
export interface Abbreviation {
  text: string;
  rule: AbbreviationRule;
  why: string;
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  // Titles before a name.
  { text: 'mr', rule: 'before-opener', why: 'Mister, before a surname: "Mr. Abe"' },
  { text: 'mrs', rule: 'before-opener', why: 'Missus, before a surname' },
  { text: 'ms', rule: 'before-opener', why: 'Ms, before a surname' },
  { text: 'dr', rule: 'before-opener', why: 'Doctor, before a name: "Dr. Cha"' },
  { text: 'prof', rule: 'before-opener', why: 'Professor, before a name' },
  { text: 'rep', rule: 'before-opener', why: 'Representative (a member of Congress), before a name' },
  { text: 'reps', rule: 'before-opener', why: 'Representatives, before names' },
  { text: 'sen', rule: 'before-opener', why: 'Senator, before a name' },
  { text: 'sens', rule: 'before-opener', why: 'Senators, before names' },
  { text: 'gov', rule: 'before-opener', why: 'Governor, before a name' },
  { text: 'gen', rule: 'before-opener', why: 'General (the rank), before a name' },
  { text: 'lt', rule: 'before-opener', why: 'Lieutenant, before a name or a rank' },
  { text: 'col', rule: 'before-opener', why: 'Colonel, before a name' },
  { text: 'adm', rule: 'before-opener', why: 'Admiral, before a name' },
  { text: 'amb', rule: 'before-opener', why: 'Ambassador, before a name' },
  { text: 'pres', rule: 'before-opener', why: 'President, before a name' },
  { text: 'sec', rule: 'before-opener', why: 'Secretary, before a name or "of State"' },
  { text: 'st', rule: 'before-opener', why: 'Saint or Street: "St. Louis", "Main St."' },
  { text: 'jr', rule: 'before-opener', why: 'Junior, after a name the sentence goes on from' },
  { text: 'sr', rule: 'before-opener', why: 'Senior, after a name the sentence goes on from' },
  // Months, before a day or a year.
  { text: 'jan', rule: 'before-opener', why: 'January: "Jan. 5, 2019", "in Jan. 2019"' },
  { text: 'feb', rule: 'before-opener', why: 'February, before a day or a year' },
  { text: 'mar', rule: 'before-opener', why: 'March, before a day or a year' },
  { text: 'apr', rule: 'before-opener', why: 'April, before a day or a year' },
  { text: 'jun', rule: 'before-opener', why: 'June, before a day or a year' },
  { text: 'jul', rule: 'before-opener', why: 'July, before a day or a year' },
  { text: 'aug', rule: 'before-opener', why: 'August, before a day or a year' },
  { text: 'sep', rule: 'before-opener', why: 'September, before a day or a year' },
  { text: 'sept', rule: 'before-opener', why: 'September, the four-letter form' },
  { text: 'oct', rule: 'before-opener', why: 'October, before a day or a year' },
  { text: 'nov', rule: 'before-opener', why: 'November, before a day or a year' },
  { text: 'dec', rule: 'before-opener', why: 'December, before a day or a year' },
  // Countries and bodies written with full stops, usually before a noun ("U.S. forces").
  { text: 'u.s', rule: 'before-opener', why: 'United States: "U.S. officials", "the U.S. and Japan"' },
  { text: 'u.s.a', rule: 'before-opener', why: 'United States of America' },
  { text: 'u.k', rule: 'before-opener', why: 'United Kingdom' },
  { text: 'u.n', rule: 'before-opener', why: 'United Nations: "the U.N. Security Council"' },
  { text: 'e.u', rule: 'before-opener', why: 'European Union' },
  { text: 'r.o.k', rule: 'before-opener', why: 'Republic of Korea, as some texts write it' },
  {
    text: 'd.c',
    rule: 'before-capital',
    why: '"Washington, D.C." mostly ends a sentence where a capital follows ("… in Washington, D.C. Benjamin Rimland is …")',
  },
  // Numbers and references.
  { text: 'no', rule: 'before-number-only', why: '"No. 5" numbers a thing; "the answer was no." ends' },
  { text: 'nos', rule: 'before-number-only', why: '"Nos. 5 and 6"' },
  { text: 'vol', rule: 'before-opener', why: 'Volume, before a number' },
  { text: 'art', rule: 'before-number-only', why: 'Article of a treaty or law: "Art. 9"' },
  { text: 'para', rule: 'before-opener', why: 'Paragraph, before a number (citation locators)' },
  { text: 'p', rule: 'before-opener', why: 'Page, before a number: "p. 3"' },
  { text: 'pp', rule: 'before-opener', why: 'Pages, before a range' },
  { text: 'approx', rule: 'never', why: 'Approximately, before a number' },
  { text: 'ca', rule: 'never', why: 'Circa, before a year' },
  // Latin and list abbreviations: mid-sentence.
  { text: 'e.g', rule: 'never', why: 'For example: always followed by the example' },
  { text: 'i.e', rule: 'never', why: 'That is: always followed by what it explains' },
  { text: 'cf', rule: 'never', why: 'Compare: followed by what to compare' },
  { text: 'vs', rule: 'never', why: 'Versus, between two names' },
  { text: 'etc', rule: 'before-capital', why: 'Et cetera: mid-sentence before a lower-case word, else it can end one' },
  { text: 'al', rule: 'before-capital', why: '"et al." (and others), after an author: usually more of the sentence follows' },
  // Organisations and times.
  { text: 'inc', rule: 'before-opener', why: 'Incorporated, after a company name' },
  { text: 'co', rule: 'before-opener', why: 'Company, after a company name: "Mitsubishi Heavy Industries Co."' },
  { text: 'corp', rule: 'before-opener', why: 'Corporation, after a company name' },
  { text: 'ltd', rule: 'before-opener', why: 'Limited, after a company name' },
  { text: 'dept', rule: 'before-opener', why: 'Department' },
  { text: 'govt', rule: 'before-opener', why: 'Government' },
  { text: 'a.m', rule: 'before-opener', why: 'Before noon: "at 9 a.m. local time"' },
  { text: 'p.m', rule: 'before-opener', why: 'After noon' },
];

/**
 * Words that open sentences (written with a capital there) and seldom follow an abbreviation inside a name or a date: after "U.S." or an initial,
 * one of these says a new sentence began. Lower case.
 */
// prettier-ignore
export const SENTENCE_OPENERS: readonly string[] = [
  // Articles and demonstratives: "… in the U.S. The alliance …".
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there',
  // Pronouns and possessives.
  'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'one',
  // Conjunctions and adverbs that open a sentence.
  'but', 'and', 'or', 'yet', 'so', 'however', 'although', 'though', 'meanwhile', 'moreover', 'then', 'thus', 'still',
  'also', 'instead', 'indeed', 'later', 'now', 'today',
  // Prepositions and subordinators that open a sentence.
  'in', 'on', 'at', 'by', 'for', 'from', 'with', 'after', 'before', 'during', 'since', 'when', 'while', 'if', 'as',
  'under', 'despite', 'because', 'until',
  // Quantifiers.
  'both', 'each', 'many', 'most', 'some', 'such', 'all', 'neither', 'none',
];
