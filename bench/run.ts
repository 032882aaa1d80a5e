/**
 * `npm run bench`: runs every benchmark module in this folder (each exports `run()` returning a Markdown section)
 * and prints the sections. Figures are medians and p95 of several runs after a warm-up, each beside a baseline
 * measured in the same run: on a noisy 2-core machine the ratios mean more than the milliseconds.
 */
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
  for (const file of modules) {
    const mod = (await import(path.join(__dirname, file))) as { run?: () => unknown };
    if (typeof mod.run !== 'function') continue;
    sections.push(String(await mod.run()));
  }
  const report = sections.join('\n\n');
  console.log(report);
  const outDir = path.resolve(__dirname, '..', '..', 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'latest.md'), `${report}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
