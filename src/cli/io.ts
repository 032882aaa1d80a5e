import * as path from 'node:path';
import type { KnowledgeBase } from '../core/knowledge/knowledgeBase';
import { KNOWLEDGE_FILE, loadKnowledgeFile } from '../node/knowledgeIndex';

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

/** How writing the output went, for the exit status. */
export interface OutputState {
  /** The reader went away (`sourcebook check … | head`): not an error, the rest of the output is dropped. */
  readerGone: boolean;
  /** Writing failed for another reason (a full disk): reported once on stderr, and the run exits 2. */
  writeError?: NodeJS.ErrnoException;
}

/**
 * The real process IO; the index is read from beside the bundle, or from `SOURCEBOOK_KNOWLEDGE`. Write errors on
 * stdout are caught here rather than left to crash the process with a stack trace: a closed pipe (EPIPE) ends the
 * output quietly, any other error (ENOSPC on a full disk) is said in one line and recorded in `state`.
 */
export function processIO(): CliIO & { state: OutputState } {
  let kb: KnowledgeBase | undefined;
  const state: OutputState = { readerGone: false };
  const stopped = () => state.readerGone || state.writeError !== undefined;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (stopped()) return;
    if (err.code === 'EPIPE') {
      state.readerGone = true;
      return;
    }
    state.writeError = err;
    process.exitCode = EXIT.usage;
    process.stderr.write(`sourcebook: cannot write the output: ${err.message}\n`);
  });
  // Nothing useful can be done when stderr itself fails; its errors must not crash the run either.
  process.stderr.on('error', () => undefined);
  return {
    state,
    out: (t) => {
      if (!stopped()) process.stdout.write(t);
    },
    err: (t) => process.stderr.write(t),
    knowledge: () => (kb ??= loadKnowledgeFile(process.env.SOURCEBOOK_KNOWLEDGE ?? path.join(__dirname, KNOWLEDGE_FILE))),
    cwd: process.cwd(),
  };
}
