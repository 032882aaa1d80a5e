import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliIO } from '../../../src/cli/io';
import { runCli } from '../../../src/cli/main';
import { runBuiltCli, runBuiltCliIntoClosedPipe } from '../helpers/cli';
import { realKnowledge, REPO_ROOT } from '../helpers/knowledge';

const DRAFTS = path.join(REPO_ROOT, 'test', 'fixtures', 'drafts');
/** Control characters a hostile name can carry: a window-title sequence, a colour, a bare CR, a one-byte CSI, a bidi override. */
// eslint-disable-next-line no-control-regex -- the test looks for raw control characters in the output
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('sourcebook output to terminals, pipes and disks', () => {
  let root: string;
  beforeEach(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-out-'))));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('escapes control characters in file names, so a name can neither drive the terminal nor forge a finding line', () => {
    const hostile = 'memo\u001b]0;owned\u0007\u001b[31m\nfake.md:1:1: warning: forged [claim-conflict]\r\u202e.md';
    fs.copyFileSync(path.join(DRAFTS, 'history-brief.md'), path.join(root, hostile));
    const r = runBuiltCli(['check', hostile, `${hostile}-missing`], { cwd: root });
    assert.equal(r.code, 2, r.err);
    assert.doesNotMatch(r.out, RAW_CONTROL);
    assert.doesNotMatch(r.err, RAW_CONTROL);
    const lines = r.out.trimEnd().split('\n');
    assert.ok(lines.length > 0);
    // A finding's line starts with the escaped name; its quotes follow on lines indented by two spaces.
    for (const line of lines.filter((l) => !l.startsWith('  ')))
      assert.ok(line.startsWith('memo\\x1b]0;owned\\x07\\x1b[31m\\nfake.md:1:1: warning: forged [claim-conflict]\\r\\u202e.md:'), line);
    assert.equal(r.err.trimEnd().split('\n').length, 1, `one line about the missing file: ${r.err}`);
  });

  it('escapes control characters in queries and arguments echoed in messages', () => {
    for (const argv of [
      ['define', 'GSOMA\u001b[2J\u001b]0;x\u0007'],
      ['cite', '\u001b[31m🙂\u009b'],
      ['check', 'x.md', '--format', 'x\u001b[2J'],
      ['frob\u001b[2J'],
    ]) {
      const r = runBuiltCli(argv);
      assert.ok(r.code === 1 || r.code === 2, `${JSON.stringify(argv)} exits ${r.code}`);
      assert.doesNotMatch(r.err, RAW_CONTROL, JSON.stringify(argv));
      assert.match(r.err, /\\x1b/, 'the escape is shown, not dropped');
    }
  });

  it('refuses a megabyte query at once and names it in short', function () {
    this.timeout(20_000);
    // A megabyte of text: one argument may not exceed 128 KB on Linux, so it comes as 1,024 arguments of 1 KB.
    const words = Array<string>(1024).fill('treaty-'.repeat(146));
    const length = words.join(' ').length;
    assert.ok(length > 1_000_000);
    for (const command of ['define', 'cite']) {
      const started = Date.now();
      const r = runBuiltCli([command, ...words]);
      assert.equal(r.code, 2, `${command}: ${r.err.slice(0, 200)}`);
      assert.ok(Date.now() - started < 10_000, `${command} took ${Date.now() - started} ms`);
      assert.match(r.err, /is too long: at most \d+ characters/);
      assert.ok(r.err.split('\n')[0].length < 300, `${command} echoes the query in full: ${r.err.length} characters`);
      assert.ok(r.err.includes(`(${length.toLocaleString('en-US')} characters)`), 'the message says how long the query was');
    }
  });

  it('SARIF artifact URIs are percent-encoded references relative to the uriBaseId, never absolute URIs', () => {
    const names = [path.join('https:', 'evil.com', 'x.md'), path.join('notes #2', '50% done?.md')];
    for (const name of names) {
      fs.mkdirSync(path.join(root, path.dirname(name)), { recursive: true });
      fs.copyFileSync(path.join(DRAFTS, 'history-brief.md'), path.join(root, name));
    }
    const r = runBuiltCli(['check', ...names, '--format', 'sarif'], { cwd: root });
    assert.equal(r.code, 1, r.err);
    const run = JSON.parse(r.out).runs[0];
    const base = run.originalUriBaseIds.SRCROOT.uri as string;
    assert.equal(base, pathToFileURL(root + path.sep).href);
    const seen = new Set<string>();
    for (const result of run.results) {
      const { uri, uriBaseId } = result.locations[0].physicalLocation.artifactLocation;
      assert.equal(uriBaseId, 'SRCROOT');
      assert.doesNotMatch(uri, /^[a-z][a-z0-9+.-]*:/i, `${uri} parses as an absolute URI`);
      const resolved = new URL(uri, base);
      assert.ok(resolved.href.startsWith(base), `${uri} escapes the base`);
      seen.add(decodeURIComponent(resolved.pathname.slice(new URL(base).pathname.length)));
    }
    assert.deepEqual([...seen].sort(), names.map((n) => n.split(path.sep).join('/')).sort());
  });

  it('SARIF records files it could not check as notifications, and silenced findings as suppressed results', () => {
    fs.copyFileSync(path.join(DRAFTS, 'history-brief.md'), path.join(root, 'brief.md'));
    fs.writeFileSync(path.join(root, 'scan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00]));
    const r = runBuiltCli(['check', 'brief.md', 'scan.pdf', '--format', 'sarif'], { cwd: root });
    assert.equal(r.code, 2);
    const run = JSON.parse(r.out).runs[0];
    const [invocation] = run.invocations;
    assert.equal(invocation.executionSuccessful, false);
    const notes = invocation.toolExecutionNotifications as {
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    assert.equal(notes.length, 1);
    assert.equal(notes[0].level, 'error');
    assert.match(notes[0].message.text, /scan\.pdf: looks binary/);
    assert.equal(notes[0].locations[0].physicalLocation.artifactLocation.uri, 'scan.pdf');
    const suppressed = run.results.filter((res: { suppressions?: { kind: string }[] }) => res.suppressions);
    assert.equal(suppressed.length, 1, 'the finding under the ignore comment is a suppressed result');
    assert.deepEqual(suppressed[0].suppressions, [{ kind: 'inSource' }]);
  });

  it('a reader that leaves early (| head) ends the run quietly with its own exit status', async function () {
    this.timeout(20_000);
    const clean = await runBuiltCliIntoClosedPipe(['check', path.join(DRAFTS, 'consistent-memo.md'), '--format', 'json']);
    assert.deepEqual(clean, { code: 0, err: '' });
    const findings = await runBuiltCliIntoClosedPipe(['check', path.join(DRAFTS, 'history-brief.md'), '--format', 'sarif']);
    assert.deepEqual(findings, { code: 1, err: '' });
    assert.deepEqual(await runBuiltCliIntoClosedPipe(['sources']), { code: 0, err: '' });
  });

  it('a full disk (/dev/full) is one line on stderr and exit status 2, even for a clean draft', function () {
    if (!fs.existsSync('/dev/full')) this.skip();
    for (const argv of [
      ['check', path.join(DRAFTS, 'consistent-memo.md'), '--format', 'json'],
      ['define', 'GSOMIA'],
    ]) {
      const full = fs.openSync('/dev/full', 'w');
      try {
        const r = runBuiltCli(argv, { stdio: ['ignore', full, 'pipe'] });
        assert.equal(r.code, 2, `${argv[0]}: ${r.err}`);
        assert.match(r.err, /^sourcebook: cannot write the output: .*ENOSPC|no space left/i);
        assert.equal(r.err.trimEnd().split('\n').length, 1, r.err);
      } finally {
        fs.closeSync(full);
      }
    }
  });
});

describe('sourcebook check on many drafts', () => {
  it('writes the report in parts, one per file as it is checked, never the whole report as one string', async () => {
    // Forty 15 MB drafts once made a SARIF report longer than a JavaScript string can be: the run died printing
    // nothing. Written file by file, the report is never held whole, and the parts still make one valid document.
    const files = ['history-brief.md', 'consistent-memo.md', 'history-brief.md'].map((f) => path.join(DRAFTS, f));
    const knowledge = realKnowledge();
    for (const format of ['sarif', 'json', 'text']) {
      const parts: string[] = [];
      const io: CliIO = { out: (t) => void (t && parts.push(t)), err: () => {}, knowledge: () => knowledge, cwd: REPO_ROOT };
      assert.equal(await runCli(['check', ...files, '--format', format], io), 1, format);
      // One part per file with findings (consistent-memo.md has none), and for JSON one per file, since every file
      // gets an entry; SARIF and JSON also open and close the document around them.
      const expected = { sarif: 2 + 2, json: 3 + 2, text: 2 }[format];
      assert.equal(parts.length, expected, `${format}: written in ${parts.length} parts`);
      if (format !== 'text') assert.doesNotThrow(() => JSON.parse(parts.join('')), `${format}: the parts make one valid document`);
    }
  });
});
