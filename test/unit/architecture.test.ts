import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './helpers/knowledge';

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('architecture', () => {
  for (const layer of ['src/core', 'src/cli']) {
    it(`${layer} never imports vscode (it must run in the CLI and in tests)`, () => {
      const offenders = tsFiles(path.join(REPO_ROOT, layer)).filter((f) =>
        /(?:from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)|import\(\s*['"]vscode['"]\s*\))/.test(fs.readFileSync(f, 'utf8')),
      );
      assert.deepEqual(
        offenders.map((f) => path.relative(REPO_ROOT, f)),
        [],
      );
    });
  }

  it('src/core does no file I/O: files are read in src/node and their text passed in', () => {
    const offenders = tsFiles(path.join(REPO_ROOT, 'src/core')).filter((f) =>
      /from\s+['"](?:node:)?fs(?:\/promises)?['"]/.test(fs.readFileSync(f, 'utf8')),
    );
    assert.deepEqual(
      offenders.map((f) => path.relative(REPO_ROOT, f)),
      [],
    );
  });

  it('src/core never imports from the adapter or the CLI', () => {
    const offenders = tsFiles(path.join(REPO_ROOT, 'src/core')).filter((f) =>
      /from\s+['"][./]*(?:vscode|cli|node|worker)\//.test(fs.readFileSync(f, 'utf8')),
    );
    assert.deepEqual(
      offenders.map((f) => path.relative(REPO_ROOT, f)),
      [],
    );
  });
});
