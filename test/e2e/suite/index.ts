import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** What a run of the suite reports to the runner that started the editor (read from SOURCEBOOK_E2E_RESULTS). */
export interface SuiteResults {
  passed: number;
  failed: number;
  failures: { title: string; message: string }[];
}

/**
 * Entry point the editor calls with `extensionTestsPath`: runs every `*.test.js` beside this file with mocha (TDD)
 * inside the extension host and rejects when any test fails. The same file serves the code-server runner and
 * @vscode/test-electron.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const name of files) mocha.addFile(path.join(__dirname, name));

  const results: SuiteResults = { passed: 0, failed: 0, failures: [] };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        writeResults(results);
        if (results.failed > 0) reject(new Error(`${results.failed} of ${results.passed + results.failed} e2e tests failed`));
        else if (results.passed === 0) reject(new Error(`no e2e tests ran (looked for *.test.js in ${__dirname})`));
        else resolve();
      });
      runner.on('pass', () => results.passed++);
      runner.on('fail', (test, err: Error) => {
        results.failed++;
        results.failures.push({ title: test.fullTitle(), message: err?.stack ?? String(err) });
      });
    } catch (err) {
      // A suite file that throws while loading must fail the run, not hang it.
      results.failed++;
      results.failures.push({ title: 'loading the e2e suite', message: (err as Error)?.stack ?? String(err) });
      writeResults(results);
      reject(err);
    }
  });
}

/** The runner reads this file for the `N passed, N failed` line; console output of the extension host may not reach it. */
function writeResults(results: SuiteResults): void {
  const file = process.env.SOURCEBOOK_E2E_RESULTS;
  if (file) fs.writeFileSync(file, JSON.stringify(results, null, 2));
}
