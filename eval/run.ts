/**
 * `npm run eval`: runs every evaluation module in this folder (each exports `run()` returning a Markdown report)
 * and prints the reports, so adding an evaluation is adding a file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

async function main(): Promise<void> {
  const modules = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.js') && f !== 'run.js')
    .sort();
  for (const file of modules) {
    const mod = (await import(path.join(__dirname, file))) as { run?: () => unknown };
    if (typeof mod.run !== 'function') continue;
    console.log(String(await mod.run()));
    console.log('');
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
