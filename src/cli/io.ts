import * as path from 'node:path';
import type { KnowledgeBase } from '../core/knowledge/knowledgeBase';
import { KNOWLEDGE_FILE, loadKnowledgeFile } from '../core/knowledge/load';

/** What a CLI command may touch; tests pass their own to capture output without spawning processes. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** The bundled index, loaded on first call. */
  knowledge(): KnowledgeBase;
  cwd: string;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Thrown for bad arguments: the CLI prints the message and the command's usage, and exits 2. */
export class UsageError extends Error {}

/** The real process IO; the index is read from beside the bundle, or from `SOURCEBOOK_KNOWLEDGE`. */
export function processIO(): CliIO {
  let kb: KnowledgeBase | undefined;
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    knowledge: () => (kb ??= loadKnowledgeFile(process.env.SOURCEBOOK_KNOWLEDGE ?? path.join(__dirname, KNOWLEDGE_FILE))),
    cwd: process.cwd(),
  };
}
