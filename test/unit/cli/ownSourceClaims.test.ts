import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sentenceWithChangedYear, writeOwnLibrary, type ChangedYear, type OwnLibrary } from '../../shared/ownLibrary';
import { cliIn } from '../helpers/cli';
import { realKnowledge } from '../helpers/knowledge';

/** The draft's heading comes first, so the sentence is on its third line. */
const memo = (sentence: string) => `# Memo\n\n${sentence}\n`;
const SENTENCE_LINE = 3;

/** The finding lines of `sourcebook check` text output (each quote follows on an indented line). */
const findingLines = (out: string) => out.split('\n').filter((l) => l !== '' && !l.startsWith('  '));

describe('sourcebook check over a writer’s own sources, bundled articles off', () => {
  let root: string;
  let lib: OwnLibrary;
  let year: ChangedYear;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-own-claims-'));
    lib = writeOwnLibrary(path.join(root, 'sources'), realKnowledge());
    // The source whose key comes from the .bib file, not from its file name.
    year = sentenceWithChangedYear(realKnowledge(), lib.bibNote.seed);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const check = (file: string) => cliIn(root, 'check', file, '--no-bundled', '--sources', 'sources');

  it('warns on the changed year of a source’s sentence, naming that source by its .bib key and quoting it', async () => {
    fs.writeFileSync(path.join(root, 'changed.md'), memo(year.changed));
    const r = await check('changed.md');
    assert.equal(r.code, 1, `exit status 1 for a conflict:\n${r.out}${r.err}`);
    const findings = findingLines(r.out);
    assert.equal(findings.length, 1, `one warning:\n${r.out}`);
    const column = year.changed.indexOf(year.changedYear) + 1;
    assert.ok(findings[0].startsWith(`changed.md:${SENTENCE_LINE}:${column}: warning: `), findings[0]);
    assert.ok(findings[0].endsWith('[claim-conflict]'), findings[0]);
    assert.ok(findings[0].includes(`“${year.changedYear}”`), `the warning does not say what the draft claims: ${findings[0]}`);
    assert.match(findings[0], new RegExp(`\\b${lib.bibNote.key}\\b`), 'the warning does not name the own source');
    assert.ok(findings[0].includes(year.year), `the warning does not say what the source states: ${findings[0]}`);
    // The quote is the source's own sentence, under its own key.
    assert.ok(r.out.includes(`  ${lib.bibNote.key}: `), r.out);
    const words = year.stated.split(/\s+/).slice(0, 8).join(' ');
    assert.ok(r.out.includes(words), `the source's sentence is not quoted:\n${r.out}`);
    for (const source of realKnowledge().sources)
      assert.doesNotMatch(r.out, new RegExp(`\\b${source.key}\\b`), `a bundled source is named though they are off:\n${r.out}`);
  });

  it('passes the same sentence with the source’s own year', async () => {
    fs.writeFileSync(path.join(root, 'stated.md'), memo(year.stated));
    const r = await check('stated.md');
    assert.equal(r.code, 0, `exit status 0 for a correct draft:\n${r.out}${r.err}`);
    assert.deepEqual(findingLines(r.out), []);
  });
});
