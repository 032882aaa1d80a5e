// `npm run sample`: the main job on the bundled knowledge — define a term, then check a sample memo.
// `sourcebook check` exits 1 when it finds conflicting claims; the sample memo has some on purpose, so that is
// success here. Anything else (a crash, a usage error) fails the script.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const cli = path.join(__dirname, '..', 'dist', 'cli.js');
const run = (...args) => {
  console.log(`\n$ sourcebook ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`);
  return spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' }).status;
};

if (run('define', '1965 treaty') !== 0) process.exit(2);
const status = run('check', path.join('samples', 'memo-draft.md'));
if (status === 1) console.log('\nsourcebook check exited 1: it found the claims the sample memo gets wrong, as intended.');
else if (status === 0) console.log('\nsourcebook check found no conflicting claims.');
process.exit(status === 0 || status === 1 ? 0 : 2);
