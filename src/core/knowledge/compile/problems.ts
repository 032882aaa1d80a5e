import { countOf } from '../../text/wording';

/** One thing wrong with the authored knowledge, placed where an editor can jump to it. */
export interface KnowledgeProblem {
  /** Path relative to the knowledge folder, e.g. `glossary/agreements.json`. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
}

/** Thrown by `compileKnowledge` when anything is wrong; carries every problem found, not just the first. */
export class KnowledgeBuildError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(
      `knowledge build failed with ${countOf(problems.length, 'problem')}:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'KnowledgeBuildError';
  }
}

/** `file:line:column: message`, the shape terminals and editors turn into links. */
export function formatProblem(p: KnowledgeProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The candidate nearest to `word` by edit distance (letter case ignored), if it is near enough to be a typo. */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}
