import { countOf } from '../../text/plural';

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
