/**
 * A count with its noun in the right number: "1 source", "2 sources", "0 findings". Pass `plural` for nouns that
 * do not just add "s" ("1 match", "2 matches").
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}
