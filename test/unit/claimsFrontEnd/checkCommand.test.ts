import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliIn } from '../helpers/cli';
import { realKnowledge, REPO_ROOT } from '../helpers/knowledge';

const DRAFTS = path.join(REPO_ROOT, 'test', 'fixtures', 'drafts');
const BRIEF = 'test/fixtures/drafts/history-brief.md';
const POINTS = 'test/fixtures/drafts/talking-points.txt';
const CONSISTENT = 'test/fixtures/drafts/consistent-memo.md';

/** Claims in the brief that the sources contradict; the ignored and the correct ones must never be reported. */
const BRIEF_CONFLICTS = ['1966', '2013'];
const BRIEF_CLEAN = ['October 2018', 'summer 2019', 'December 2019', 'August 2020'];

function check(argv: string[], cwd = REPO_ROOT): Promise<{ code: number; out: string; err: string }> {
  return cliIn(cwd, 'check', ...argv);
}

/** 1-based line and column of the first occurrence of `words` in a fixture, as an editor shows them. */
function placeOf(file: string, words: string): { line: number; column: number } {
  const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
  const at = text.indexOf(words);
  assert.ok(at >= 0, `"${words}" is not in ${file}`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

interface JsonDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
  fact: string;
  citations: { source: string; quote: string }[];
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-check-'));
}

describe('sourcebook check', () => {
  it('prints file:line:col: warning: message [code] for each conflicting claim, and exits 1', async () => {
    const { code, out, err } = await check([BRIEF]);
    assert.equal(err, '');
    assert.equal(code, 1);
    // Each finding's line, then its quotes on indented lines.
    const lines = out
      .trimEnd()
      .split('\n')
      .filter((l) => !l.startsWith('  '));
    for (const line of lines) assert.match(line, /^test\/fixtures\/drafts\/history-brief\.md:\d+:\d+: warning: .+ \[claim-conflict\]$/);
    for (const words of BRIEF_CONFLICTS) {
      const { line, column } = placeOf(BRIEF, words);
      assert.ok(
        lines.some((l) => l.startsWith(`${BRIEF}:${line}:${column}: warning: `) && l.includes(words)),
        `no warning at "${words}" (${line}:${column}):\n${out}`,
      );
    }
    for (const words of BRIEF_CLEAN) {
      const { line } = placeOf(BRIEF, words);
      const flagged = lines.filter((l) => l.startsWith(`${BRIEF}:${line}:`));
      assert.deepEqual(flagged, [], `"${words}" is correct or ignored but was reported`);
    }
  });

  it('says each finding in one short sentence naming sources by key, with every quote and full source on an indented line', async () => {
    const dir = tempDir();
    const draft = path.join(dir, 'memo.md');
    fs.writeFileSync(draft, 'Forty-eight percent of Koreans see Japan as a military threat.\n\nSouth Korea terminated GSOMIA in 2019.\n');
    try {
      const { code, out } = await check([draft]);
      assert.equal(code, 1);
      const { out: json } = await check([draft, '--format', 'json']);
      const [file] = JSON.parse(json) as { diagnostics: JsonDiagnostic[] }[];
      assert.equal(file.diagnostics.length, 2);
      const kb = realKnowledge();
      for (const d of file.diagnostics) {
        // One sentence, short, each source by its key alone: no titles or authors, no quotes.
        assert.match(d.message, /^The draft says “[^“”]+”, but the sources say [^.]+ \([\w-]+(?:, [\w-]+)*\)\.$/);
        assert.ok(d.message.length < 160, `too long: ${d.message}`);
        for (const c of d.citations) {
          assert.ok(d.message.includes(c.source), `${c.source} is not named: ${d.message}`);
          assert.ok(!d.message.includes(c.quote), `a quote in the message: ${d.message}`);
          const source = kb.source(c.source)!;
          if (source.title) assert.ok(!d.message.includes(source.title), `a title in the message: ${d.message}`);
          for (const a of source.authors) assert.ok(!d.message.includes(a.family), `an author in the message: ${d.message}`);
        }
        const header = out.split('\n').findIndex((l) => l.includes(`:${d.line}:${d.column}: warning: ${d.message} [claim-conflict]`));
        assert.ok(header >= 0, `no line for: ${d.message}\n${out}`);
        const details = out.split('\n').slice(header + 1, header + 1 + d.citations.length);
        d.citations.forEach((c, i) => {
          assert.ok(details[i].startsWith(`  ${c.source}: `), details[i]);
          assert.ok(details[i].includes(c.quote), `the quote is not verbatim: ${details[i]}`);
          const source = kb.source(c.source)!;
          if (source.title) assert.ok(details[i].includes(source.title), `the source is not named in full: ${details[i]}`);
        });
      }
      // A quote that holds quotation marks of its own is not wrapped in the same marks again.
      assert.ok(out.includes('“military threat.”'), out);
      assert.doesNotMatch(out, /““|””|""/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 0 and prints nothing for a draft whose claims agree with the sources', async () => {
    const { code, out, err } = await check([CONSISTENT]);
    assert.deepEqual({ code, out, err }, { code: 0, out: '', err: '' });
  });

  it('reads plain text and honours the "// sourcebook-ignore-next-line" directive there', async () => {
    const { code, out } = await check([POINTS, '--format', 'json']);
    assert.equal(code, 1);
    const [file] = JSON.parse(out) as { file: string; diagnostics: JsonDiagnostic[] }[];
    const spring = placeOf(POINTS, 'spring');
    assert.ok(
      file.diagnostics.some((d) => d.line === spring.line && d.column === spring.column),
      `spring (2019) is not reported: ${out}`,
    );
    const ignored = placeOf(POINTS, 'October 2017');
    assert.ok(!file.diagnostics.some((d) => d.line === ignored.line), 'a claim under an ignore directive was reported');
    const correct = placeOf(POINTS, 'September 2020');
    assert.ok(!file.diagnostics.some((d) => d.line === correct.line), 'a correct claim was reported');
  });

  it('--format json gives 1-based ranges over the claimed words, the fact, and verbatim quotes', async () => {
    const { code, out } = await check([BRIEF, CONSISTENT, '--format', 'json']);
    assert.equal(code, 1);
    const files = JSON.parse(out) as { file: string; diagnostics: JsonDiagnostic[] }[];
    assert.deepEqual(
      files.map((f) => f.file),
      [BRIEF, CONSISTENT],
    );
    assert.deepEqual(files[1].diagnostics, []);
    const lines = fs.readFileSync(path.join(REPO_ROOT, BRIEF), 'utf8').split('\n');
    const kb = realKnowledge();
    for (const d of files[0].diagnostics) {
      assert.deepEqual(Object.keys(d), [
        'line',
        'column',
        'endLine',
        'endColumn',
        'severity',
        'code',
        'message',
        'claimed',
        'expected',
        'fact',
        'citations',
      ]);
      assert.equal(d.line, d.endLine);
      const words = lines[d.line - 1].slice(d.column - 1, d.endColumn - 1);
      assert.ok(BRIEF_CONFLICTS.includes(words), `the range covers "${words}", not a conflicting claim`);
      assert.ok(
        kb.facts.some((f) => (f as { id: string }).id === d.fact),
        `unknown fact ${d.fact}`,
      );
      assert.ok(d.citations.length > 0);
      for (const c of d.citations) assert.ok(kb.source(c.source)!.text.includes(c.quote), `quote not verbatim in ${c.source}: ${c.quote}`);
    }
    assert.equal(files[0].diagnostics.length, BRIEF_CONFLICTS.length);
  });

  it('--format sarif is a SARIF 2.1.0 log with rules, levels, UTF-16 columns and regions matching the JSON', async () => {
    const json = JSON.parse((await check([BRIEF, POINTS, '--format', 'json'])).out) as { file: string; diagnostics: JsonDiagnostic[] }[];
    const { code, out } = await check([BRIEF, POINTS, '--format', 'sarif']);
    assert.equal(code, 1);
    const log = JSON.parse(out);
    // The properties SARIF 2.1.0 requires, and those GitHub code scanning reads.
    assert.equal(log.version, '2.1.0');
    assert.ok(Array.isArray(log.runs) && log.runs.length === 1);
    const run = log.runs[0];
    assert.equal(typeof run.tool.driver.name, 'string');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.deepEqual(ruleIds, ['claim-conflict', 'claim-sources-differ', 'claim-unsupported']);
    for (const rule of run.tool.driver.rules) assert.ok(rule.shortDescription.text.length > 0);
    const expected = json.flatMap((f) => f.diagnostics.map((d) => ({ file: f.file, d })));
    // Findings an ignore comment silenced are results too, marked by their suppressions.
    const reported = run.results.filter((r: { suppressions?: unknown[] }) => !r.suppressions?.length);
    assert.equal(reported.length, expected.length);
    /** The parts of a SARIF result this test reads, as sourcebook writes them (all present). */
    type WrittenResult = {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: unknown } }[];
      partialFingerprints: Record<string, string>;
    };
    reported.forEach((r: WrittenResult, i: number) => {
      const { file, d } = expected[i];
      assert.equal(r.ruleId, d.code);
      assert.equal(ruleIds[r.ruleIndex], r.ruleId);
      assert.ok(['none', 'note', 'warning', 'error'].includes(r.level));
      assert.equal(r.message.text, d.message);
      assert.equal(r.locations.length, 1);
      const { artifactLocation, region } = r.locations[0].physicalLocation;
      assert.equal(artifactLocation.uri, file);
      assert.ok(run.originalUriBaseIds[artifactLocation.uriBaseId].uri.endsWith('/'), 'uriBaseId must name a directory');
      assert.deepEqual(region, { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn });
      assert.match(r.partialFingerprints['claimSentence/v1'], /^[0-9a-f]{32}$/);
    });
  });

  it('leaves claims listed in .sourcebook/ignored-claims.json, found from the current directory up to the repository root', async () => {
    const root = tempDir();
    try {
      fs.mkdirSync(path.join(root, '.git'));
      const memoDir = path.join(root, 'memos');
      fs.mkdirSync(memoDir);
      fs.copyFileSync(path.join(DRAFTS, 'history-brief.md'), path.join(memoDir, 'history-brief.md'));
      fs.mkdirSync(path.join(root, '.sourcebook'));
      const sentence = 'The comfort women agreement was reached in 2013 with President Park Geun-hye, and Moon scrapped it in 2018.';
      const before = JSON.parse((await check(['history-brief.md', '--format', 'json'], memoDir)).out)[0].diagnostics as JsonDiagnostic[];
      const target = before.find((d) => d.line === placeOf(BRIEF, '2013').line);
      assert.ok(target, 'the 2013 claim is reported before it is ignored');
      fs.writeFileSync(
        path.join(root, '.sourcebook', 'ignored-claims.json'),
        JSON.stringify({ ignored: [{ fact: target.fact, sentence, reason: 'quoted from the minister' }] }),
      );

      const after = await check(['history-brief.md', '--format', 'json'], memoDir);
      const diagnostics = JSON.parse(after.out)[0].diagnostics as JsonDiagnostic[];
      assert.equal(diagnostics.length, before.length - 1);
      assert.ok(!diagnostics.some((d) => d.line === target.line));
      assert.equal(after.code, 1, 'the other conflict still fails the run');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('a broken ignore file is named, not used, and makes the run exit 2 without hiding findings', async () => {
    const root = tempDir();
    try {
      fs.writeFileSync(path.join(root, 'team.json'), '{ "ignored": [ { "fact": "x", } ');
      const abs = path.join(REPO_ROOT, BRIEF);
      const { code, out, err } = await check([abs, '--ignore-file', 'team.json'], root);
      assert.equal(code, 2);
      assert.match(err, /ignore file not used: .*team\.json:1: /);
      assert.equal(
        out.split('\n').filter((l) => / warning: /.test(l) && !l.startsWith('  ')).length,
        BRIEF_CONFLICTS.length,
        'findings are still printed',
      );
      const missing = await check([abs, '--ignore-file', 'nope.json'], root);
      assert.equal(missing.code, 2);
      assert.match(missing.err, /ignore file nope\.json does not exist/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('names each unreadable file (missing, directory, binary, not UTF-8, too large), checks the others, and exits 2', async () => {
    const root = tempDir();
    try {
      fs.copyFileSync(path.join(DRAFTS, 'history-brief.md'), path.join(root, 'brief.md'));
      fs.writeFileSync(path.join(root, 'scan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
      fs.writeFileSync(path.join(root, 'latin1.txt'), Buffer.from('Relations were normalised in 1965 \xe9t\xe9.', 'latin1'));
      fs.mkdirSync(path.join(root, 'memos'));
      const huge = path.join(root, 'huge.md');
      fs.writeFileSync(huge, '');
      fs.truncateSync(huge, 17 * 1024 * 1024);
      const { code, out, err } = await check(['missing.md', 'memos', 'scan.pdf', 'latin1.txt', 'huge.md', 'brief.md'], root);
      assert.equal(code, 2);
      assert.match(err, /missing\.md: no such file/);
      assert.match(err, /memos: is a directory/);
      assert.match(err, /scan\.pdf: looks binary/);
      assert.match(err, /latin1\.txt: is not UTF-8 text/);
      assert.match(err, /huge\.md: is 17\.0 MB; drafts over 16 MB are not checked/);
      assert.equal(
        out
          .trimEnd()
          .split('\n')
          .filter((l) => l.startsWith('brief.md:')).length,
        BRIEF_CONFLICTS.length,
        'the readable draft was still checked',
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('rejects bad usage with exit 2 and the command help', async () => {
    const noFile = await check([]);
    assert.equal(noFile.code, 2);
    assert.match(noFile.err, /check needs at least one FILE[\s\S]*Usage: sourcebook check/);
    const badFormat = await check([BRIEF, '--format', 'xml']);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.err, /unknown format "xml"/);
  });

  it('runs as a real process from the bundle with the documented exit codes', function () {
    const bundle = path.join(REPO_ROOT, 'dist', 'cli.js');
    if (!fs.existsSync(bundle)) this.skip();
    const run = (...args: string[]) => spawnSync(process.execPath, [bundle, 'check', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
    const conflicts = run(BRIEF);
    assert.equal(conflicts.status, 1, conflicts.stderr);
    assert.match(conflicts.stdout, /history-brief\.md:\d+:\d+: warning: .*\[claim-conflict\]/);
    const clean = run(CONSISTENT);
    assert.equal(clean.status, 0, clean.stderr + clean.stdout);
    const missing = run('no-such-draft.md', CONSISTENT);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no-such-draft\.md: no such file/);
  });
});
