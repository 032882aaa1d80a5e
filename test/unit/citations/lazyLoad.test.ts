import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/knowledge';

describe('CSL processor loading', () => {
  it('loads citeproc and the styles only when a CSL style is first used, not when citations are searched', () => {
    const core = path.join(REPO_ROOT, 'out', 'src', 'core', 'citations');
    const script = `
      const c = require(${JSON.stringify(core)});
      const { loadKnowledgeFile } = require(${JSON.stringify(path.join(REPO_ROOT, 'out', 'src', 'node', 'knowledgeIndex'))});
      const loaded = () => Object.keys(require.cache).filter((k) => /citeproc|styles[\\\\/]/.test(k)).length;
      const kb = loadKnowledgeFile(${JSON.stringify(path.join(REPO_ROOT, 'dist', 'knowledge.json'))});
      const hit = new c.CitationSearch(kb).search('Chengdu summit')[0];
      c.planCitationInsertion(kb, 'Claim.', 5, { source: hit.source.key, passage: hit.passage.id }, 'pandoc');
      const before = loaded();
      c.formatReference(kb, { source: hit.source.key }, 'apa');
      console.log(JSON.stringify([before, loaded()]));`;
    const [before, after] = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as [number, number];
    assert.equal(before, 0, 'nothing CSL loaded before the first CSL use');
    assert.ok(after >= 3, `citeproc, the APA style and the locale loaded on first use (${after} modules)`);
  });
});
