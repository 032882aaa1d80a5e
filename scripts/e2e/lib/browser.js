'use strict';
// Headless Chromium (Debian's) driven through playwright-core.
const { chromium } = require('playwright-core');

/**
 * Launches Chromium with a throwaway profile inside the run folder; its caches and temp files stay there too.
 * The caller closes the returned context.
 */
async function launchBrowser(tools, run) {
  return chromium.launchPersistentContext(run.browserProfile, {
    executablePath: tools.chromium,
    headless: true,
    // The runner stops the browser itself on signals; Playwright's own handlers would exit before that cleanup ran.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    env: { ...process.env, TMPDIR: run.tmp, XDG_CONFIG_HOME: run.xdgConfig, XDG_CACHE_HOME: run.xdgCache, XDG_DATA_HOME: run.xdgData },
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens the workbench with the extension tests in its payload and resolves with the exit code the extension host
 * reports through `codeAutomationExit` (0 = every test passed). Extension-host console lines are passed to `onLog`.
 */
async function runExtensionTests(context, url, onLog) {
  const page = await context.newPage();
  let reportExit;
  const exited = new Promise((resolve) => (reportExit = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
  await page.exposeFunction('codeAutomationLog', (type, args) => onLog(type, args));
  await page.goto(url);
  const code = await exited;
  await page.close();
  return { code };
}

module.exports = { launchBrowser, runExtensionTests };
