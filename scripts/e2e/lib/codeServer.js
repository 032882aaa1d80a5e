'use strict';
// Starting and talking to code-server (VS Code server + web workbench) for one e2e run.
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');
const { startGroup, stopGroup } = require('./processes');

/** User settings that keep the workbench quiet and predictable (no welcome page, no chat, no trust prompt). */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'window.commandCenter': false,
  // Untitled drafts the tests leave behind must not come back as editors in the screenshot window.
  'files.hotExit': 'off',
};

/** Flags shared by installing and serving, so both use the same fresh profile. */
function profileArgs(run) {
  return ['--user-data-dir', run.userDataDir, '--extensions-dir', run.extensionsDir];
}

/** Environment of every code-server process: Node 24 first on PATH and every writable folder inside the run. */
function serverEnv(tools, run, extra = {}) {
  return {
    ...process.env,
    PATH: `${path.dirname(tools.node24)}${path.delimiter}${process.env.PATH}`,
    XDG_CONFIG_HOME: run.xdgConfig,
    XDG_DATA_HOME: run.xdgData,
    XDG_CACHE_HOME: run.xdgCache,
    TMPDIR: run.tmp,
    ...extra,
  };
}

/** Installs a .vsix into the run's empty extensions folder, as a user would; returns the installed folder. */
async function installExtension(tools, run, vsix, extensionId) {
  await new Promise((resolve, reject) => {
    execFile(
      tools.node24,
      [tools.codeServer, ...profileArgs(run), '--install-extension', vsix],
      { env: serverEnv(tools, run), timeout: 60_000 },
      (err, stdout, stderr) =>
        err ? reject(new Error(`code-server --install-extension failed: ${err.message}\n${stdout}${stderr}`)) : resolve(),
    );
  });
  const installed = fs.readdirSync(run.extensionsDir).filter((name) => name.toLowerCase().startsWith(`${extensionId.toLowerCase()}-`));
  if (installed.length !== 1)
    throw new Error(`expected ${extensionId} once in ${run.extensionsDir} after installing, found: ${installed.join(', ') || 'nothing'}`);
  return path.join(run.extensionsDir, installed[0]);
}

/** A TCP port nobody listens on right now, on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts code-server on 127.0.0.1 and waits until it answers /healthz; `extraEnv` reaches the extension host. */
async function startCodeServer(tools, run, extraEnv) {
  fs.mkdirSync(path.join(run.userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(run.userDataDir, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
  const port = await freePort();
  const log = fs.createWriteStream(run.serverLog);
  const child = startGroup(
    tools.node24,
    [
      tools.codeServer,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      ...profileArgs(run),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--vscode-option',
      'enable-smoke-test-driver',
    ],
    { env: serverEnv(tools, run, extraEnv), logStream: log },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (!(await healthy(url))) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode} before answering; see ${run.serverLog}`);
    if (Date.now() > deadline) throw new Error(`code-server did not answer ${url}/healthz within 30 s; see ${run.serverLog}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return { url, port, stop: () => stopGroup(child) };
}

function healthy(url) {
  return new Promise((resolve) => {
    const req = http.get(`${url}/healthz`, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.setTimeout(1000, () => req.destroy());
    req.once('error', () => resolve(false));
  });
}

/**
 * The workbench URL that opens `folder`; with `tests`, the workbench loads `tests.extensionDevelopmentPath` as the
 * extension under development and runs `tests.extensionTestsPath` in its extension host. code-server has no such
 * flags: the web workbench reads them from the `payload` query parameter when enable-smoke-test-driver is on, and
 * the URIs' authority must be the page's host.
 */
function workbenchUrl(server, folder, tests) {
  const params = [`folder=${encodeURIComponent(folder)}`];
  if (tests) {
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(tests.extensionDevelopmentPath)],
      ['extensionTestsPath', remote(tests.extensionTestsPath)],
      ['skipWelcome', 'true'],
    ];
    params.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  }
  return `${server.url}/?${params.join('&')}`;
}

module.exports = { installExtension, startCodeServer, workbenchUrl };
