'use strict';
// Child processes of an e2e run: started in their own process group so that stopping one also stops everything it
// spawned (code-server forks an extension host and file watchers), and always stopped when the run ends, fails,
// times out or is interrupted.
const { spawn } = require('node:child_process');

const running = new Set();
const cleanups = [];

/** Starts a command in a new process group; output goes to `logStream` (a writable) when given. */
function startGroup(command, args, options = {}) {
  const { logStream, ...spawnOptions } = options;
  const child = spawn(command, args, { ...spawnOptions, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (logStream) {
    child.stdout.pipe(logStream, { end: false });
    child.stderr.pipe(logStream, { end: false });
  } else {
    child.stdout.resume();
    child.stderr.resume();
  }
  return child;
}

/** Stops a process group: TERM first, KILL if it is still there after `graceMs`. */
async function stopGroup(child, graceMs = 3000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  signalGroup(child, 'SIGTERM');
  const timer = new Promise((resolve) => setTimeout(resolve, graceMs, 'timeout'));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    signalGroup(child, 'SIGKILL');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 1000))]);
  }
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
  }
}

/** Registers work (closing the browser, removing temp folders) to run once when the run ends, however it ends. */
function onCleanup(fn) {
  cleanups.push(fn);
}

let cleaning;
/** Runs the registered cleanups in reverse order, then stops any process group still running. */
function cleanupAll() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (err) {
        console.error(`e2e: cleanup step failed: ${err && err.message}`);
      }
    }
    await Promise.all([...running].map((child) => stopGroup(child)));
  })();
  return cleaning;
}

/**
 * On Ctrl+C or a kill, clean up before exiting so no server or browser outlives the run: `beforeCleanup()`, then
 * the cleanups, then `onStopped()`.
 */
function cleanupOnSignals(onStopped = () => {}, beforeCleanup = () => {}) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      console.error(`e2e: ${signal} received, stopping code-server and the browser`);
      beforeCleanup();
      void cleanupAll().finally(() => {
        onStopped();
        process.exit(130);
      });
    });
  }
  // Last resort when the process exits without awaiting cleanup: the groups must not be left behind.
  process.once('exit', () => {
    for (const child of running) signalGroup(child, 'SIGKILL');
  });
}

module.exports = { startGroup, stopGroup, onCleanup, cleanupAll, cleanupOnSignals };
