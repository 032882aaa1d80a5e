// Bundles the extension and the CLI into dist/. One bundle each; the knowledge index is shipped beside them as
// dist/knowledge.json and read on first use, so start-up parses no data it does not need. citeproc-js (~1 MB of
// code, needed only for the CSL citation styles) is bundled on its own into dist/citeproc.js and required from the
// other bundles only when a CSL style is first used: parsing it at activation cost ~35 ms for nothing.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Prefer packages' ES module builds: jsonc-parser's UMD main requires its own files at run time, which a bundle lacks.
  mainFields: ['module', 'main'],
};

/** Turns `require('citeproc')` into a run-time `require('./citeproc.js')` beside the bundle. */
const citeprocBesideBundle = {
  name: 'citeproc-beside-bundle',
  setup(build) {
    build.onResolve({ filter: /^citeproc$/ }, () => ({ path: './citeproc.js', external: true }));
  },
};

async function main() {
  const contexts = await Promise.all([
    esbuild.context({
      ...common,
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/extension.js',
      external: ['vscode'],
      plugins: [citeprocBesideBundle],
    }),
    esbuild.context({
      ...common,
      entryPoints: ['src/cli/main.ts'],
      outfile: 'dist/cli.js',
      banner: { js: '#!/usr/bin/env node' },
      plugins: [citeprocBesideBundle],
    }),
    esbuild.context({ ...common, entryPoints: { citeproc: 'citeproc' }, outdir: 'dist' }),
    // The claim checker's worker thread in the editor: the core checker on a thread of its own (src/worker).
    esbuild.context({ ...common, entryPoints: ['src/worker/claimCheckWorker.ts'], outfile: 'dist/claimCheckWorker.js' }),
  ]);
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
