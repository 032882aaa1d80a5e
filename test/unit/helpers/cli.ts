import type { CliIO } from '../../../src/cli/io';
import { runCli } from '../../../src/cli/main';
import { realKnowledge, REPO_ROOT } from './knowledge';

/** Runs the CLI in-process against the real knowledge and captures its output. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { out: (t) => (out += t), err: (t) => (err += t), knowledge: realKnowledge, cwd: REPO_ROOT };
  const code = await runCli(argv, io);
  return { code, out, err };
}
