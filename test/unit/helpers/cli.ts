import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliIO } from '../../../src/cli/io';
import { runCli } from '../../../src/cli/main';
import { realKnowledge, REPO_ROOT } from './knowledge';

/** Runs the CLI in-process from `cwd` against the real bundled knowledge and captures its output. */
export async function cliIn(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { out: (t) => (out += t), err: (t) => (err += t), knowledge: realKnowledge, cwd };
  const code = await runCli(argv, io);
  return { code, out, err };
}

/** Runs the CLI in-process from the repository root (see `cliIn`). */
export function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return cliIn(REPO_ROOT, ...argv);
}

/** The bundle `npm run build` makes and users run: what the process-level tests exercise. */
export const CLI_BUNDLE = path.join(REPO_ROOT, 'dist', 'cli.js');

/** Runs the built CLI as a child process, as a shell or a CI job does; stdout and stderr as UTF-8 text. */
export function runBuiltCli(argv: string[], options: SpawnSyncOptions = {}): { code: number | null; out: string; err: string } {
  if (!fs.existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} is missing: run "npm run build" first`);
  const r = spawnSync(process.execPath, [CLI_BUNDLE, ...argv], { cwd: REPO_ROOT, encoding: 'utf8', ...options });
  return { code: r.status, out: String(r.stdout ?? ''), err: String(r.stderr ?? '') };
}

/**
 * Runs the built CLI with its stdout a pipe whose reader has already gone, as `sourcebook … | head` leaves it once
 * `head` has read enough. Resolves with the exit code and whatever the CLI said on stderr.
 */
export function runBuiltCliIntoClosedPipe(argv: string[], cwd = REPO_ROOT): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (t: string) => (err += t));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, err }));
  });
}
