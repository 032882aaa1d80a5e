/**
 * How large authored knowledge may be. Each bound sits far above anything a real source or glossary needs and far
 * below what hurts: past them a typo or a pasted blob would build into an index that slows or crashes every check.
 */

/** A source's text: the bundled articles are 10–13 thousand characters; a long report is a few hundred thousand. */
export const MAX_SOURCE_CHARS = 1_000_000;

/** A glossary or facts file, or a source description. */
export const MAX_JSON_CHARS = 2_000_000;

/**
 * An alias, or a phrase of a fact (a trigger, cue, accepted or conflicting wording): these are names and short
 * wordings; every one is searched for in every sentence of every draft, so a huge one costs every check.
 */
export const MAX_PHRASE_CHARS = 200;
