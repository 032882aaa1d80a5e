import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkDocument } from '../../../src/core/claims/document';
import { parseIgnoreFile } from '../../../src/core/claims/suppressions';
import { addClaimToIgnoreFile, MAX_IGNORE_FILE_BYTES, readIgnoreFile } from '../../../src/node/ignoreFile';
import { parseIgnoreCommandArgs } from '../../../src/vscode/claims/ignoreCommandArgs';
import { realKnowledge } from '../helpers/knowledge';
import { runCliBounded } from './boundedChild';

/** A sentence the sources contradict (the agreement's year), as a draft of its own. */
const CLAIM = 'The comfort women agreement was reached in 2013 with President Park Geun-hye.';
const onUnix = process.platform !== 'win32';

/** The fact the claim is reported under, so an ignore file can name it. */
function conflictFact(): string {
  const [finding] = checkDocument(realKnowledge(), CLAIM).findings;
  assert.ok(finding, 'the probe sentence is a conflict');
  return finding.factId;
}

/** A repository (a folder with .git) holding the draft, inside a scratch folder that tests may write above it. */
function scratchRepository(): { outer: string; repo: string } {
  const outer = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-hostile-'));
  const repo = path.join(outer, 'project');
  fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
  fs.mkdirSync(path.join(repo, '.sourcebook'));
  fs.writeFileSync(path.join(repo, 'memo.md'), `${CLAIM}\n`);
  return { outer, repo };
}

describe('hostile input: the ignore file', function () {
  this.timeout(30000);
  let scratch: { outer: string; repo: string };
  beforeEach(() => (scratch = scratchRepository()));
  afterEach(() => fs.rmSync(scratch.outer, { recursive: true, force: true }));
  const ignoreFile = () => path.join(scratch.repo, '.sourcebook', 'ignored-claims.json');

  for (const [name, target] of [
    ['/dev/zero (endless)', '/dev/zero'],
    ['/dev/null (a device)', '/dev/null'],
  ] as const) {
    it(`a committed symlink to ${name} is refused, named, and the draft still checked`, async function () {
      if (!onUnix) this.skip();
      fs.symlinkSync(target, ignoreFile());
      const run = await runCliBounded(['check', 'memo.md'], { cwd: scratch.repo });
      assert.equal(run.stopped, undefined, `the CLI had to be stopped for its ${run.stopped}`);
      assert.equal(run.code, 2, run.err);
      assert.match(run.err, /ignore file not used: .*ignored-claims\.json: is not a regular file/);
      assert.match(run.out, /memo\.md:1:\d+: warning: /, 'the finding is still shown');
    });
  }

  it('a FIFO in its place does not hang the CLI', async function () {
    if (!onUnix || spawnSync('mkfifo', [ignoreFile()]).status !== 0) this.skip();
    const run = await runCliBounded(['check', 'memo.md'], { cwd: scratch.repo, timeoutMs: 8000 });
    assert.equal(run.stopped, undefined, `the CLI had to be stopped for its ${run.stopped}`);
    assert.equal(run.code, 2, run.err);
    assert.match(run.err, /is not a regular file/);
  });

  it(`a file over ${MAX_IGNORE_FILE_BYTES / 1024 / 1024} MB is refused without being read whole`, () => {
    fs.writeFileSync(ignoreFile(), '');
    fs.truncateSync(ignoreFile(), MAX_IGNORE_FILE_BYTES + 1);
    assert.throws(() => readIgnoreFile(ignoreFile()), /ignored-claims\.json: is 5\.0 MB; files over 5 MB are not read/);
  });

  it('a file above the repository root never hides a finding', async () => {
    const fact = conflictFact();
    fs.mkdirSync(path.join(scratch.outer, '.sourcebook'));
    fs.writeFileSync(
      path.join(scratch.outer, '.sourcebook', 'ignored-claims.json'),
      JSON.stringify({ ignored: [{ fact, sentence: CLAIM }] }),
    );
    const fromRoot = await runCliBounded(['check', 'memo.md'], { cwd: scratch.repo });
    assert.equal(fromRoot.code, 1, fromRoot.err);
    assert.match(fromRoot.out, /memo\.md:1:\d+: warning: /);
    // The same file inside the repository is used, from any folder of it.
    fs.renameSync(path.join(scratch.outer, '.sourcebook', 'ignored-claims.json'), ignoreFile());
    fs.mkdirSync(path.join(scratch.repo, 'memos'));
    fs.copyFileSync(path.join(scratch.repo, 'memo.md'), path.join(scratch.repo, 'memos', 'memo.md'));
    const fromSubfolder = await runCliBounded(['check', 'memo.md'], { cwd: path.join(scratch.repo, 'memos') });
    assert.equal(fromSubfolder.code, 0, fromSubfolder.out + fromSubfolder.err);
  });

  it('adding a claim keeps the file’s layout: tabs, one-line entries, comments, CRLF', () => {
    const original = '{\r\n\t// reviewed by the desk\r\n\t"ignored": [\r\n\t\t{ "fact": "a", "sentence": "First." }\r\n\t]\r\n}\r\n';
    fs.writeFileSync(ignoreFile(), original);
    assert.equal(addClaimToIgnoreFile(ignoreFile(), { fact: 'b', sentence: 'Second.' }), true);
    assert.equal(
      fs.readFileSync(ignoreFile(), 'utf8'),
      '{\r\n\t// reviewed by the desk\r\n\t"ignored": [\r\n\t\t{ "fact": "a", "sentence": "First." },\r\n\t\t{ "fact": "b", "sentence": "Second." }\r\n\t]\r\n}\r\n',
    );
    assert.equal(addClaimToIgnoreFile(ignoreFile(), { fact: 'b', sentence: 'Second.' }), false, 'a claim already there is not added twice');
  });

  it('adding a claim keeps four-space multi-line entries as they are', () => {
    const original = '{\n    "ignored": [\n        {\n            "fact": "a",\n            "sentence": "First."\n        }\n    ]\n}\n';
    fs.writeFileSync(ignoreFile(), original);
    addClaimToIgnoreFile(ignoreFile(), { fact: 'b', sentence: 'Second.' });
    const text = fs.readFileSync(ignoreFile(), 'utf8');
    assert.ok(text.startsWith(original.slice(0, original.indexOf('        }') + 9)), text);
    assert.ok(text.includes('        {\n            "fact": "b",\n            "sentence": "Second."\n        }\n    ]'), text);
    assert.deepEqual(
      parseIgnoreFile(text, 'f').claims.map((c) => c.fact),
      ['a', 'b'],
    );
  });

  it('a broken file, or one that is not a regular file, is left untouched by the writer', function () {
    fs.writeFileSync(ignoreFile(), '{ "ignored": [ oops');
    assert.throws(() => addClaimToIgnoreFile(ignoreFile(), { fact: 'b', sentence: 'S.' }));
    assert.equal(fs.readFileSync(ignoreFile(), 'utf8'), '{ "ignored": [ oops');
    if (!onUnix) return;
    fs.rmSync(ignoreFile());
    // A device that reads as empty (in-process, so not one that reads forever: the CLI probes above cover that).
    fs.symlinkSync('/dev/null', ignoreFile());
    assert.throws(() => addClaimToIgnoreFile(ignoreFile(), { fact: 'b', sentence: 'S.' }), /not a regular file/);
    assert.equal(fs.readlinkSync(ignoreFile()), '/dev/null');
  });

  it('the ignore command refuses arguments that are not a finding of a known fact', () => {
    const known = (id: string) => id === 'treaty-year';
    const ok = parseIgnoreCommandArgs({ uri: 'file:///m.md', finding: { factId: 'treaty-year', sentence: ' S. ' } }, known);
    assert.deepEqual(ok, { uri: 'file:///m.md', claim: { fact: 'treaty-year', sentence: 'S.' } });
    for (const bad of [
      undefined,
      'text',
      { uri: 'file:///m.md' },
      { uri: 7, finding: { factId: 'treaty-year', sentence: 'S.' } },
      { uri: 'file:///m.md', finding: { factId: 'made-up', sentence: 'S.' } },
      { uri: 'file:///m.md', finding: { factId: 'treaty-year', sentence: 42 } },
      { uri: 'file:///m.md', finding: { factId: 'treaty-year', sentence: '  ' } },
      { uri: 'file:///m.md', finding: { factId: 'treaty-year', sentence: 'A.\n"}]} // injected' } },
      { uri: 'file:///m.md', finding: { factId: 'treaty-year', sentence: 'x'.repeat(100000) } },
    ]) {
      assert.throws(() => parseIgnoreCommandArgs(bad, known), Error, JSON.stringify(bad)?.slice(0, 80));
    }
  });
});
