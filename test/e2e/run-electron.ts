import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import type { SuiteResults } from './suite/index';

/**
 * `npm run test:electron`: the same e2e suite in a desktop VS Code that @vscode/test-electron downloads, for
 * machines that can reach update.code.visualstudio.com (code-server covers the others: `npm run test:e2e`).
 * Runs the working tree's build (extensionDevelopmentPath = the repository), not the packaged .vsix.
 */
async function main(): Promise<number> {
  const repo = path.resolve(__dirname, '../../..');
  const suite = path.join(repo, 'out', 'test', 'e2e', 'suite', 'index.js');
  for (const needed of [suite, path.join(repo, 'dist', 'extension.js'), path.join(repo, 'dist', 'knowledge.json')]) {
    if (!fs.existsSync(needed)) {
      console.error(`test:electron: ${path.relative(repo, needed)} is missing; run "npm run build" first`);
      return 1;
    }
  }
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-electron-'));
  const resultsFile = path.join(runDir, 'results.json');
  try {
    await runTests({
      extensionDevelopmentPath: repo,
      extensionTestsPath: suite,
      extensionTestsEnv: { SOURCEBOOK_E2E_RESULTS: resultsFile },
      launchArgs: [
        path.join(repo, 'test', 'fixtures', 'workspace'),
        '--user-data-dir',
        path.join(runDir, 'user-data'),
        '--extensions-dir',
        path.join(runDir, 'extensions'),
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
      ],
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|Failed to get|download/i.test(message)) {
      console.error(
        `test:electron: cannot download VS Code here (${message.split('\n')[0]}). Use "npm run test:e2e" (code-server) instead.`,
      );
    } else {
      console.error(`test:electron: ${message}`);
    }
  }
  const results = readResults(resultsFile);
  fs.rmSync(runDir, { recursive: true, force: true });
  console.log(`${results.passed} passed, ${results.failed} failed`);
  return results.failed === 0 && results.passed > 0 ? 0 : 1;
}

/** What the suite wrote; a run that never reached the suite counts as one failure. */
function readResults(file: string): SuiteResults {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteResults;
  return { passed: 0, failed: 1, failures: [{ title: 'the e2e suite', message: 'did not run' }] };
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`test:electron: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
