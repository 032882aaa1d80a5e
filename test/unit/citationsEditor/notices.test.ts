import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { noticeText } from '../../../src/vscode/notices/noticeText';
import { REPO_ROOT } from '../helpers/knowledge';

describe('notification wording of the citation and glossary features', () => {
  it('is "Policy Sourcebook: " and one sentence in sentence case with a full stop', () => {
    assert.equal(noticeText('unknown source "x" (known: a, b)'), 'Policy Sourcebook: Unknown source "x" (known: a, b).');
    assert.equal(noticeText('Bibliography saved to references.bib.'), 'Policy Sourcebook: Bibliography saved to references.bib.');
    assert.equal(noticeText('“quiet” is not a term of the glossary.'), 'Policy Sourcebook: “quiet” is not a term of the glossary.');
  });

  it('is applied to every notification these features show (none bypasses it)', () => {
    const files = ['src/vscode/citations', 'src/vscode/sources', 'src/vscode/hover'].flatMap((dir) =>
      fs.readdirSync(path.join(REPO_ROOT, dir)).map((f) => path.join(dir, f)),
    );
    files.push('src/vscode/registerGlossary.ts');
    const direct = files.filter((f) =>
      /window\.show(?:Information|Warning|Error)Message\(/.test(fs.readFileSync(path.join(REPO_ROOT, f), 'utf8')),
    );
    assert.deepEqual(direct, [], 'these files word their own notifications instead of using notify()');
  });
});
