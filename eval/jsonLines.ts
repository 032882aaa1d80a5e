import * as fs from 'node:fs';

/**
 * The records of a JSON Lines file, one per non-blank line. A line that is not JSON fails with its file and line
 * number, so a hand-edited fixture points at its own mistake.
 */
export function readJsonLines<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch (err) {
        throw new Error(`${file}:${i + 1}: ${(err as Error).message}`, { cause: err });
      }
    });
}
