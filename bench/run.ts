/**
 * `npm run bench`: runs every benchmark module in this folder (each exports `run()` returning a Markdown section)
 * and prints the sections. Figures are medians and p95 of several runs after a warm-up, each beside a baseline
 * measured in the same run: on a noisy 2-core machine the ratios mean more than the milliseconds.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

async function main(): Promise<void> {
  const modules = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.js') && !['run.js', 'harness.js'].includes(f))
    .sort();
  const sections: string[] = [
    `Benchmarks on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  ];
  // Each module in a process of its own: one that leaves a large heap behind (the citation bench's 100,000-passage
  // index) would otherwise slow the garbage collection of every module measured after it.
  for (const file of modules) {
    const section = runInOwnProcess(path.join(__dirname, file));
    if (section) sections.push(section);
  }
  const report = sections.join('\n\n');
  console.log(report);
  const outDir = path.resolve(__dirname, '..', '..', 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'latest.md'), `${report}\n`);
}

/** The Markdown section of one benchmark module, run in a fresh Node process; empty if it exports no `run()`. */
function runInOwnProcess(file: string): string {
  const script = `const m = require(${JSON.stringify(file)}); if (typeof m.run === 'function') Promise.resolve(m.run()).then((s) => process.stdout.write(String(s)), (e) => { console.error(e); process.exit(1); });`;
  return execFileSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  }).trim();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
