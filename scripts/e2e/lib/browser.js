'use strict';
// Headless Chromium (Debian's) driven through playwright-core.
const { chromium } = require('playwright-core');

/** Launches Chromium with a throwaway profile in `profileDir`; the caller closes the returned context. */
async function launchBrowser(tools, profileDir) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: tools.chromium,
    headless: true,
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
