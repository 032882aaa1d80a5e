import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/knowledge';

/** How a bounded run ended: its exit, its output, and whether it had to be stopped. */
export interface BoundedRun {
  code: number | null;
  out: string;
  err: string;
  /** Set when the run was killed for overrunning its time or memory: the fault these tests guard against. */
  stopped?: 'time' | 'memory';
}

/**
 * Runs the CLI (as compiled to out/) in a child process that is killed when it runs longer than `timeoutMs` or
 * grows past `maxRssMb` of resident memory, so a probe that would hang or fill the machine fails quickly instead.
 * Memory is read from /proc, so the memory bound holds on Linux; elsewhere only the time bound does.
 */
export function runCliBounded(args: string[], options: { cwd: string; timeoutMs?: number; maxRssMb?: number }): Promise<BoundedRun> {
  const { cwd, timeoutMs = 15000, maxRssMb = 600 } = options;
  const main = path.join(REPO_ROOT, 'out', 'src', 'cli', 'main.js');
  const env = { ...process.env, SOURCEBOOK_KNOWLEDGE: path.join(REPO_ROOT, 'dist', 'knowledge.json') };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let stopped: BoundedRun['stopped'];
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const stop = (why: 'time' | 'memory') => {
      stopped ??= why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop('time'), timeoutMs);
    const watch = setInterval(() => {
      if (residentMb(child.pid) > maxRssMb) stop('memory');
    }, 20);
    child.on('close', (code) => {
      clearTimeout(timer);
      clearInterval(watch);
      resolve({ code, out, err, ...(stopped ? { stopped } : {}) });
    });
  });
}

function residentMb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status);
    return kb ? Number(kb[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
