/**
 * Small rules of English the messages share, so a count never reads "1 sources" and every message reads as a
 * sentence, whoever built its parts.
 */

/**
 * "1 claim" or "2 claims": the count, thousands grouped, with the noun (or noun and verb: "1 claim is") in the number
 * it needs; 0 takes the plural. Pass `many` for nouns that do not just add "s" ("2 matches").
 */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** The text with its first letter upper-cased and a full stop added when it ends without one. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capitalised = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
