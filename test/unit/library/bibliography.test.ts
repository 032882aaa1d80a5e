import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BibliographyError, parseBibtex } from '../../../src/core/library/bibtex';
import { readMarkdown } from '../../../src/core/library/frontMatter';
import { isoDate, keyFromFileName } from '../../../src/core/library/metadata';
import { runBuiltCli } from '../helpers/cli';
import { realKnowledge } from '../helpers/knowledge';

describe('own sources: bibliographies and front matter', () => {
  it('reads a Zotero/Better BibTeX entry: braces, escapes, month macros, organisations, the file it names', () => {
    const [entry] = parseBibtex(`@string{crs = "Congressional Research Service"}
@comment{exported by Better BibTeX}
@report{crs2021,
  title = {The {U.S.} Alliance \\& Its Partners},
  author = {Smith, John and Jane Q. Public and {Congressional Research Service}},
  year = 2021, month = mar,
  institution = crs,
  url = {https://example.org/crs},
  file = {Full Text:files/12/alliance report.pdf:application/pdf;/home/me/Zotero/alliance.html}
}`);
    assert.equal(entry.key, 'crs2021');
    assert.equal(entry.metadata.title, 'The U.S. Alliance & Its Partners');
    assert.deepEqual(entry.metadata.authors, [
      { family: 'Smith', given: 'John' },
      { family: 'Public', given: 'Jane Q.' },
      { family: 'Congressional Research Service' },
    ]);
    assert.equal(entry.metadata.date, '2021-03');
    assert.equal(entry.metadata.publisher, 'Congressional Research Service');
    assert.deepEqual(entry.files, ['files/12/alliance report.pdf', '/home/me/Zotero/alliance.html']);
  });

  it('says on which line a malformed .bib breaks', () => {
    assert.throws(
      () => parseBibtex('@article{a,\n  title = {ok},\n  year 2020\n}'),
      (err: Error) => err instanceof BibliographyError && /^line 3: expected "="/.test(err.message),
    );
    assert.throws(() => parseBibtex('@article{a,\n  title = {never closed\n'), /line 2: a "\{" is never closed/);
    assert.throws(() => parseBibtex('@misc{a, note = undefinedmacro}'), /unknown macro/);
  });

  it('keeps only dates it can read, never a guessed one', () => {
    assert.equal(isoDate('2021-03-04T10:00:00Z'), '2021-03-04');
    assert.equal(isoDate('March 4, 2021'), '2021-03-04');
    assert.equal(isoDate('4 March 2021'), '2021-03-04');
    assert.equal(isoDate('2021-02-30'), undefined);
    assert.equal(isoDate('last spring'), undefined);
    assert.equal(isoDate('Spring 2021'), undefined);
  });

  it('reads front matter without YAML timestamps, and keeps the body whole when it is broken', () => {
    const md = readMarkdown('---\ntitle: A note\nauthor: Jane Doe\ndate: 2021-03\nurl: javascript:alert(1)\n---\nBody text.\n');
    assert.deepEqual(md.metadata.authors, [{ family: 'Doe', given: 'Jane' }]);
    assert.equal(md.metadata.date, '2021-03');
    assert.equal(md.metadata.url, undefined, 'only http(s) addresses are kept');
    assert.equal(md.body, 'Body text.\n');
    const broken = readMarkdown('---\ntitle: [unclosed\n---\nBody.\n');
    assert.match(broken.warning ?? '', /not valid YAML/);
    assert.equal(broken.body, 'Body.\n');
  });

  it('makes a key from a file name', () => {
    assert.equal(keyFromFileName('CRS Report (2021).md'), 'CRS-Report-2021');
    assert.equal(keyFromFileName('smith2020.html'), 'smith2020');
  });

  it('the built CLI bundle reads HTML and a .bib matched by its file field', function () {
    this.timeout(30000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-bundle-'));
    try {
      const seed = realKnowledge().sources.find((s) => s.text.includes('(GSOMIA)'))!;
      const paragraphs = seed.text.split('\n').filter((l) => l.trim().split(/\s+/).length > 12);
      fs.writeFileSync(
        path.join(dir, 'page.html'),
        `<html><head><title>T</title></head><body><nav>Home About</nav><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
      );
      fs.writeFileSync(
        path.join(dir, 'refs.bib'),
        '@misc{zotero-key, title = {From the bibliography}, file = {Snapshot:files/3/page.html:text/html}}',
      );
      const r = runBuiltCli(['sources', '--sources', dir, '--no-bundled', '--json']);
      assert.equal(r.code, 0, r.err);
      const [row] = JSON.parse(r.out);
      assert.equal(row.key, 'zotero-key');
      assert.equal(row.title, 'From the bibliography');
      assert.ok(row.passages > 5);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
