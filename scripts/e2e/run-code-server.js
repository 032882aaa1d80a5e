#!/usr/bin/env node
'use strict';
// `npm run test:e2e`: packages the extension into a .vsix, installs it into a fresh code-server profile, runs the
// e2e suite (out/test/e2e/suite) inside the real extension host, saves screenshots of the real UI, and prints
// `N passed, N failed`. Everything it starts is stopped when it ends, fails, times out or is interrupted.
//
// Environment: CI=true makes a missing editor or browser a failure (after trying to provision); elsewhere the run
// is skipped with one line. SOURCEBOOK_E2E_TIMEOUT_MS (default 600000) bounds the run once the tools are present.
// SOURCEBOOK_E2E_KEEP=1 keeps the run's temp folder (logs, profile) even when everything passes.
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { cleanupAll, cleanupOnSignals, onCleanup } = require('./lib/processes');
const { installExtension, startCodeServer, workbenchUrl } = require('./lib/codeServer');
const { launchBrowser, runExtensionTests } = require('./lib/browser');
const { saveScreenshots } = require('./lib/screenshots');

const REPO = path.resolve(__dirname, '..', '..');
const PROVISION = path.join(REPO, 'scripts', 'provision-e2e.sh');
const SUITE_INDEX = path.join(REPO, 'out', 'test', 'e2e', 'suite', 'index.js');
const WORKSPACE = path.join(REPO, 'test', 'fixtures', 'workspace');
const SCREENSHOTS = path.join(REPO, 'docs', 'screenshots');
/**
 * Workbench errors not worth a line: the ones it always logs without internet, and the suite's own rejection (its
 * failures are printed from results.json instead).
 */
const KNOWN_NOISE = /ENOTFOUND open-vsx\.org|authentication provider 'github'|e2e tests failed/;
/**
 * A guard against a hung editor, not a speed test: a run takes about 2 minutes on a quiet machine, but a first start of
 * code-server on a fresh machine, or a machine busy with other work, has taken over 3 (the old 170 s bound failed a
 * fresh CI machine). Ten minutes stays far inside CI's limit.
 */
const TIMEOUT_MS = Number(process.env.SOURCEBOOK_E2E_TIMEOUT_MS) || 600_000;

const say = (line) => console.log(`e2e: ${line}`);
/** The run's temp folder is removed at the end unless something failed (its logs explain why) or KEEP is set. */
const state = { keepRunFolder: process.env.SOURCEBOOK_E2E_KEEP === '1' };

async function main() {
  const started = Date.now();
  const tools = findTools();
  if (!tools) return { exitCode: 0, finalLine: null };

  const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const extensionId = `${manifest.publisher}.${manifest.name}`;
  const run = makeRunFolders();
  armTimeout(run.resultsFile);
  // Temp files of everything started from here on (npm, vsce, playwright) land in the run folder too.
  process.env.TMPDIR = run.tmp;
  onCleanup(() => {
    if (state.keepRunFolder) {
      // The browser profile is most of the folder's size and says nothing about a failure.
      fs.rmSync(run.browserProfile, { recursive: true, force: true });
      say(`logs kept in ${run.root} (code-server.log, results.json, user-data/logs)`);
    } else {
      fs.rmSync(run.root, { recursive: true, force: true });
    }
  });

  const vsix = packageExtension(run);
  const installedPath = await installExtension(tools, run, vsix, extensionId);
  say(`installed ${path.basename(vsix)} (${kib(vsix)} KiB) into a fresh profile`);

  const server = await startCodeServer(tools, run, {
    SOURCEBOOK_E2E_RESULTS: run.resultsFile,
    SOURCEBOOK_E2E_EXTENSIONS_DIR: run.extensionsDir,
    // Where the extension's Output channel is written, so a test can read what a user reads there.
    SOURCEBOOK_E2E_LOGS_DIR: path.join(run.userDataDir, 'logs'),
  });
  onCleanup(() => server.stop());
  const browser = await launchBrowser(tools, run);
  onCleanup(() => browser.close());

  // The extension under development is the installed package itself, so the tests exercise what the .vsix shipped.
  const url = workbenchUrl(server, WORKSPACE, { extensionDevelopmentPath: installedPath, extensionTestsPath: SUITE_INDEX });
  const { code } = await runExtensionTests(browser, url, (type, args) => {
    const line = Array.isArray(args) ? args.map(String).join(' ') : String(args);
    if (process.env.SOURCEBOOK_E2E_VERBOSE) console.log(`  [workbench ${type}] ${line}`);
    else if (type === 'error' && !KNOWN_NOISE.test(line)) console.log(`  [workbench error] ${line.split('\n')[0]}`);
  });
  const results = readResults(run.resultsFile, code);
  for (const f of results.failures) console.log(`\nFAILED: ${f.title}\n${f.message}\n`);
  say(`suite finished in ${seconds(started)} s`);

  // Screenshots come after the verdict and never change it: they show the UI, they do not test it.
  await saveScreenshots(browser, workbenchUrl(server, WORKSPACE), SCREENSHOTS, say, run.root, WORKSPACE);

  const ok = code === 0 && results.failed === 0 && results.passed > 0;
  if (!ok) state.keepRunFolder = true;
  say(`done in ${seconds(started)} s`);
  // Printed after cleanup so that it is the last line of the run.
  return { exitCode: ok ? 0 : 1, finalLine: `${results.passed} passed, ${results.failed} failed` };
}

/** Paths of the provisioned editor and browser, or null (after printing why) when the run should be skipped. */
function findTools() {
  let check = spawnSync('bash', [PROVISION, '--check'], { encoding: 'utf8' });
  if (check.status === 4 && process.env.CI === 'true') {
    say('editor or browser missing on CI: provisioning with scripts/provision-e2e.sh');
    const provision = spawnSync('bash', [PROVISION], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (provision.status !== 0)
      throw new Error(`provisioning failed (exit ${provision.status}); the e2e tests cannot run on CI without code-server and Chromium`);
    check = spawnSync('bash', [PROVISION, '--check'], { encoding: 'utf8' });
  }
  if (check.status === 4) {
    console.log(
      'e2e: skipped — code-server/Chromium not provisioned; run `bash scripts/provision-e2e.sh` once to enable the real-editor tests',
    );
    return null;
  }
  if (check.status !== 0) throw new Error(`scripts/provision-e2e.sh --check failed: ${check.stderr}`);
  const found = Object.fromEntries(
    check.stdout
      .trim()
      .split('\n')
      .map((line) => line.split(/=(.*)/s).slice(0, 2)),
  );
  return { chromium: found.CHROMIUM, node24: found.NODE24, codeServer: found.CODE_SERVER };
}

/** A fresh temp folder per run holding the profile, extensions, XDG folders, TMPDIR, browser profile and logs. */
function makeRunFolders() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-e2e-'));
  const run = {
    root,
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    xdgConfig: path.join(root, 'xdg-config'),
    xdgData: path.join(root, 'xdg-data'),
    xdgCache: path.join(root, 'xdg-cache'),
    tmp: path.join(root, 'tmp'),
    browserProfile: path.join(root, 'browser'),
    serverLog: path.join(root, 'code-server.log'),
    resultsFile: path.join(root, 'results.json'),
  };
  for (const dir of Object.values(run)) if (!path.extname(dir)) fs.mkdirSync(dir, { recursive: true });
  return run;
}

/**
 * Builds (through the manifest's vscode:prepublish, which vsce always runs) and packages the extension. Dependencies
 * are bundled by esbuild, so the package needs no node_modules.
 */
function packageExtension(run) {
  const vsix = path.join(run.root, 'policy-sourcebook.vsix');
  const vsce = path.join(REPO, 'node_modules', '.bin', 'vsce');
  const t0 = Date.now();
  try {
    execFileSync(
      vsce,
      ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', vsix],
      {
        cwd: REPO,
        timeout: 120_000,
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      },
    );
  } catch (err) {
    const output = `${err.stdout ?? ''}${err.stderr ?? ''}`
      .split('\n')
      .filter((l) => !l.startsWith('npm warn'))
      .join('\n');
    throw new Error(`packaging the extension failed (build or vsce):\n${output}`, { cause: err });
  }
  say(`built and packaged in ${seconds(t0)} s`);
  return vsix;
}

/** The suite's own count; when it never reported (crash, load error), the exit code still fails the run. */
function readResults(file, code) {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  return {
    passed: 0,
    failed: 1,
    failures: [
      { title: 'the e2e suite', message: `the extension host exited with code ${code} without reporting results (did the suite load?)` },
    ],
  };
}

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
const kib = (file) => Math.round(fs.statSync(file).size / 1024);

/**
 * Bounds the run once the tools are there (provisioning on CI may take minutes and is not part of the budget):
 * on expiry everything is stopped and the run fails, with whatever the suite had reported so far.
 */
function armTimeout(resultsFile) {
  state.resultsFile = resultsFile;
  const timer = setTimeout(() => {
    console.error(`e2e: timed out after ${TIMEOUT_MS / 1000} s; stopping code-server and the browser`);
    state.keepRunFolder = true;
    void cleanupAll().finally(() => {
      printUnfinishedCounts();
      process.exit(1);
    });
  }, TIMEOUT_MS);
  onCleanup(() => clearTimeout(timer));
}

/** The final line for a run cut short: what the suite had reported, plus one failure for the run itself. */
function printUnfinishedCounts() {
  const file = state.resultsFile;
  const partial = file && fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { passed: 0, failed: 0 };
  console.log(`${partial.passed} passed, ${partial.failed + 1} failed`);
}

// An interrupted run keeps its logs like a failed one, so the counts line can say how far it got.
cleanupOnSignals(
  () => printUnfinishedCounts(),
  () => (state.keepRunFolder = true),
);
main()
  .catch((err) => {
    console.error(`e2e: ${process.env.SOURCEBOOK_E2E_VERBOSE && err && err.stack ? err.stack : (err && err.message) || err}`);
    state.keepRunFolder = true;
    return { exitCode: 1, finalLine: '0 passed, 1 failed' };
  })
  .then(async ({ exitCode, finalLine }) => {
    await cleanupAll();
    if (finalLine) console.log(finalLine);
    process.exit(exitCode);
  });
