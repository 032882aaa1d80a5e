import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runBuiltCli } from '../helpers/cli';
import { realKnowledge, REPO_ROOT } from '../helpers/knowledge';

/** A quote as every `--json` output gives it. */
interface Quote {
  source: string;
  title: string | null;
  label: string;
  passage: string | null;
  quote: string;
  start: number;
  end: number;
}

/** What a script needs to show or check a quote without opening the source: its words, and the source's name. */
function assertStandsAlone(q: Quote): void {
  const source = realKnowledge().source(q.source);
  assert.ok(source, `unknown source ${q.source}`);
  assert.equal(source.text.slice(q.start, q.end), q.quote, 'the quote is the source text at its offsets');
  assert.equal(q.title, source.title, 'the title is the source record’s, null when it prints none');
  assert.ok(q.label.length > 0 && !q.label.includes('unknown author'), `the label names the source: ${q.label}`);
  if (q.title) assert.ok(q.label.includes(q.title), q.label);
}

describe('sourcebook --json output stands on its own', () => {
  it('cite: each passage carries its text and its source’s title and label, besides id and offsets', () => {
    const r = runBuiltCli(['cite', 'early weeks of the Biden administration united front', '--json', '--limit', '5']);
    assert.equal(r.code, 0, r.err);
    const rows = JSON.parse(r.out) as {
      source: string;
      title: string | null;
      label: string;
      passage: string;
      paragraph: number | null;
      text: string;
      start: number;
      end: number;
    }[];
    assert.ok(rows.length > 0);
    for (const row of rows) {
      const passage = realKnowledge().passage(row.passage)!;
      assert.equal(row.text, passage.text);
      assertStandsAlone({ ...row, quote: row.text });
      assert.equal(typeof row.paragraph, 'number');
    }
    assert.ok(
      rows.some((row) => row.title === null),
      'an untitled source is among the hits, and its title is null, not made up',
    );
  });

  it('define: each citation carries its source’s title and label', () => {
    const r = runBuiltCli(['define', 'GSOMIA', '--json']);
    assert.equal(r.code, 0, r.err);
    const term = JSON.parse(r.out) as { citations: Quote[] };
    assert.ok(term.citations.length > 0);
    term.citations.forEach(assertStandsAlone);
  });

  it('sources: each source carries the label citations name it by', () => {
    const rows = JSON.parse(runBuiltCli(['sources', '--json']).out) as { key: string; title: string | null; label: string }[];
    for (const row of rows) assert.ok(row.label.length > 0 && (!row.title || row.label.includes(row.title)), row.label);
  });

  describe('check --format json', () => {
    let root: string;
    beforeEach(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-json-'));
      fs.copyFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'drafts', 'history-brief.md'), path.join(root, 'brief.md'));
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    it('gives each finding the draft’s words, the sourced value and the quotes with their sources’ titles', () => {
      const r = runBuiltCli(['check', 'brief.md', '--format', 'json'], { cwd: root });
      assert.equal(r.code, 1, r.err);
      const [entry] = JSON.parse(r.out) as {
        file: string;
        status: string;
        diagnostics: { line: number; column: number; endColumn: number; claimed: string; expected: string; citations: Quote[] }[];
      }[];
      assert.equal(entry.status, 'checked');
      const lines = fs.readFileSync(path.join(root, 'brief.md'), 'utf8').split('\n');
      assert.ok(entry.diagnostics.length > 0);
      for (const d of entry.diagnostics) {
        assert.equal(d.claimed, lines[d.line - 1].slice(d.column - 1, d.endColumn - 1), 'claimed is the draft’s words at the range');
        assert.ok(d.expected.length > 0);
        assert.ok(d.citations.length > 0);
        d.citations.forEach(assertStandsAlone);
      }
    });

    it('lists files it could not check and findings the ignore comment and the ignore file silenced', () => {
      fs.writeFileSync(path.join(root, 'scan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
      const first = JSON.parse(runBuiltCli(['check', 'brief.md', '--format', 'json'], { cwd: root }).out)[0];
      const byComment = first.suppressed as { suppressedBy: string; claimed: string; line: number }[];
      assert.equal(byComment.length, 1, 'the finding under the ignore comment is recorded');
      assert.equal(byComment[0].suppressedBy, 'comment');
      const lines = fs.readFileSync(path.join(root, 'brief.md'), 'utf8').split('\n');
      assert.match(lines[byComment[0].line - 2], /sourcebook-ignore-next-line/);

      const ignoredFinding = first.diagnostics[0] as { fact: string; line: number };
      const sentence = lines[ignoredFinding.line - 1].match(/[^.]*\d{4}[^.]*\./)![0].trim();
      fs.mkdirSync(path.join(root, '.sourcebook'));
      fs.writeFileSync(
        path.join(root, '.sourcebook', 'ignored-claims.json'),
        JSON.stringify({ ignored: [{ fact: ignoredFinding.fact, sentence, reason: 'the minister’s words, quoted' }] }),
      );

      const r = runBuiltCli(['check', 'missing.md', 'brief.md', 'scan.pdf', '--format', 'json'], { cwd: root });
      assert.equal(r.code, 2);
      const entries = JSON.parse(r.out) as {
        file: string;
        status: string;
        reason?: string;
        diagnostics: unknown[];
        suppressed: { suppressedBy: string; reason?: string; fact: string }[];
      }[];
      assert.deepEqual(
        entries.map((e) => [e.file, e.status]),
        [
          ['missing.md', 'skipped'],
          ['brief.md', 'checked'],
          ['scan.pdf', 'skipped'],
        ],
      );
      assert.match(entries[0].reason!, /no such file/);
      assert.match(entries[2].reason!, /binary/);
      assert.equal(entries[1].diagnostics.length, first.diagnostics.length - 1);
      const byFile = entries[1].suppressed.filter((s) => s.suppressedBy === 'ignore-file');
      assert.deepEqual(
        byFile.map((s) => [s.fact, s.reason]),
        [[ignoredFinding.fact, 'the minister’s words, quoted']],
      );
    });
  });
});
