import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Source } from '../../../src/core/knowledge/types';
import { cliIn } from '../helpers/cli';
import { realKnowledge } from '../helpers/knowledge';

/** A bundled source whose text holds `needle`: the seed the fixture is made from. */
function seedWith(needle: string): Source {
  const source = realKnowledge().sources.find((s) => s.text.includes(needle));
  assert.ok(source, `no seed text holds ${needle}`);
  return source;
}

/** The seed's prose lines (what a page or a note would hold), without its headings and captions. */
function proseLines(source: Source): string[] {
  return source.text.split('\n').filter((l) => /[.!?]["'”’)]*\s*$/.test(l.trim()) && l.trim().split(/\s+/).length > 8);
}

const yamlString = (s: string) => JSON.stringify(s);

/**
 * A writer's sources folder made from the seed texts: a Markdown note with front matter, a plain text, an HTML page
 * with a menu, a script and a footer around a seed's paragraphs, a Markdown note whose metadata is in a CSL-JSON
 * export, and what goes wrong in real folders: a broken .bib, an empty file, a binary file, a truncated PDF.
 */
function makeLibrary(root: string) {
  const defining = seedWith('Trilateral Information Sharing Arrangement (TISA)');
  const plain = seedWith('In the early weeks of the Biden administration');
  const page = seedWith('Japan-South Korea Relations and the Biden Factor');
  const exported = seedWith('Here’s How America Can Strengthen Relations');
  const dir = path.join(root, 'library');
  fs.mkdirSync(dir, { recursive: true });
  const front = [
    '---',
    `title: ${yamlString(defining.title ?? 'untitled')}`,
    'authors:',
    ...defining.authors.map((a) => `  - { family: ${yamlString(a.family)}, given: ${yamlString(a.given ?? '')} }`),
    ...(defining.url ? [`url: ${defining.url}`] : []),
    'date: 2021-03',
    'key: brink-note',
    '---',
    '',
  ];
  fs.writeFileSync(path.join(dir, 'brink.md'), front.join('\n') + defining.text);
  fs.writeFileSync(path.join(dir, 'early-weeks.txt'), plain.text);
  const paragraphs = proseLines(page);
  fs.writeFileSync(
    path.join(dir, 'biden-factor.html'),
    `<!doctype html><html><head><title>${page.title}</title><script>globalThis.__sourcebookScriptRan = true;</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/subscribe">Subscribe to our newsletter today</a></li></ul></nav>
<main><article><h1>${page.title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<footer><p>Copyright Example Publisher. All rights reserved. Read our privacy policy and terms of use here.</p></footer>
</body></html>`,
  );
  fs.writeFileSync(path.join(dir, 'strengthen.md'), exported.text);
  fs.writeFileSync(
    path.join(dir, 'library.json'),
    JSON.stringify([
      {
        id: 'strengthen',
        type: 'article-newspaper',
        title: exported.title,
        author: exported.authors.map((a) => ({ ...a })),
        issued: { 'date-parts': [[2021, 3, 21]] },
      },
    ]),
  );
  fs.writeFileSync(path.join(dir, 'broken.bib'), '@article{smith2020,\n  title = {An unclosed title,\n  year = 2020\n');
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00]));
  fs.writeFileSync(path.join(dir, 'report.pdf'), '%PDF-1.4\n');
  return { dir, defining, plain, page, exported, paragraphs };
}

describe('own sources on the command line', () => {
  let root: string;
  let lib: ReturnType<typeof makeLibrary>;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-library-'));
    lib = makeLibrary(root);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('define answers an acronym an own source defines, with the defining sentence and the source metadata', async () => {
    const r = await cliIn(root, 'define', 'TISA', '--sources', 'library', '--no-bundled', '--json');
    assert.equal(r.code, 0, r.err);
    const term = JSON.parse(r.out);
    assert.equal(term.term, 'TISA');
    assert.equal(term.expansion, 'Trilateral Information Sharing Arrangement');
    assert.equal(term.citations.length, 1);
    const [c] = term.citations;
    assert.equal(c.source, 'brink-note');
    assert.equal(c.title, lib.defining.title);
    assert.match(c.quote, /Trilateral Information Sharing Arrangement \(TISA\)/);
    assert.ok(c.quote.endsWith('.'), 'the quote is the whole sentence');
    for (const a of lib.defining.authors) assert.ok(c.label.includes(a.family), `the label names ${a.family}`);

    const text = await cliIn(root, 'define', 'tisa', '--sources', 'library', '--no-bundled');
    assert.equal(text.code, 0);
    assert.ok(text.out.includes(c.quote), 'the text output quotes the defining sentence');
    assert.ok(text.out.includes('[@brink-note]'));
    // The failures are mentioned once on stderr and do not stop the answer.
    assert.match(text.err, /not indexed.*sourcebook index/);
  });

  it('define still knows the bundled terms unless --no-bundled', async () => {
    const withBundled = await cliIn(root, 'define', 'GSOMIA', '--sources', 'library', '--json');
    assert.equal(withBundled.code, 0);
    const terms = [JSON.parse(withBundled.out)].flat();
    const sources = terms.flatMap((t: { citations: { source: string }[] }) => t.citations.map((c) => c.source));
    assert.ok(sources.includes('brink-note'), 'the own source defines it');
    assert.ok(
      sources.some((s) => realKnowledge().source(s)),
      'the bundled glossary still does',
    );
    const without = await cliIn(root, 'define', 'alliance', '--sources', 'library', '--no-bundled');
    assert.equal(without.code, 1, 'a bundled-only term is unknown without the bundled articles');
  });

  it('cite finds a passage of an own source, with its key and a citation in its key', async () => {
    const sentence = proseLines(lib.plain)[1];
    const words = sentence.split(/\s+/).slice(0, 12).join(' ');
    const r = await cliIn(root, 'cite', words, '--sources', 'library', '--no-bundled', '--json');
    assert.equal(r.code, 0, r.err);
    const [best] = JSON.parse(r.out);
    assert.equal(best.source, 'early-weeks', 'the key comes from the file name');
    assert.ok(best.text.includes(words.split(' ').slice(0, 6).join(' ')));
    assert.match(best.citation, /^\[@early-weeks, para\. \d+\]$/);
  });

  it('sources lists own sources with the metadata their files and the CSL-JSON export give, and nulls for the rest', async () => {
    const r = await cliIn(root, 'sources', '--sources', 'library', '--no-bundled', '--json');
    assert.equal(r.code, 0, r.err);
    const rows: Record<
      string,
      {
        key: string;
        title: string | null;
        authors: unknown[];
        url: string | null;
        date: { value: string | null };
        seed: string;
        passages: number;
      }
    > = Object.fromEntries(JSON.parse(r.out).map((row: { key: string }) => [row.key, row]));
    assert.deepEqual(Object.keys(rows).sort(), ['biden-factor', 'brink-note', 'early-weeks', 'strengthen']);

    const plain = rows['early-weeks'];
    assert.equal(plain.title, null);
    assert.deepEqual(plain.authors, []);
    assert.equal(plain.url, null);
    assert.equal(plain.date.value, null);
    assert.equal(plain.seed, path.join('library', 'early-weeks.txt'));

    assert.equal(rows['brink-note'].title, lib.defining.title);
    assert.equal(rows['brink-note'].date.value, '2021-03');
    assert.equal(rows['brink-note'].url, lib.defining.url);

    assert.equal(rows.strengthen.title, lib.exported.title, 'the CSL-JSON entry whose id is the file name gives the title');
    assert.equal(rows.strengthen.date.value, '2021-03-21');

    // The page's title from <title>; it states no author, date or address.
    assert.equal(rows['biden-factor'].title, lib.page.title);
    assert.deepEqual(rows['biden-factor'].authors, []);
    assert.equal(rows['biden-factor'].url, null);
    assert.equal(rows['biden-factor'].date.value, null);
    for (const row of Object.values(rows)) assert.ok(row.passages > 0, `${row.key} has passages`);
  });

  it('reads an HTML page as its article: no menu, no footer, no script run', async () => {
    const r = await cliIn(
      root,
      'cite',
      'Subscribe to our newsletter today',
      '--sources',
      'library',
      '--no-bundled',
      '--json',
      '--limit',
      '100',
    );
    const rows: { source: string; text: string }[] = r.out ? JSON.parse(r.out) : [];
    assert.ok(!rows.some((row) => /newsletter|All rights reserved/.test(row.text)), 'menu or footer text became a passage');
    assert.equal((globalThis as Record<string, unknown>).__sourcebookScriptRan, undefined);
    const para = await cliIn(root, 'cite', lib.paragraphs[2], '--sources', 'library', '--no-bundled', '--json', '--limit', '1');
    assert.equal(JSON.parse(para.out)[0].source, 'biden-factor');
  });

  it('index lists every file with its status, and failures do not stop the rest', async () => {
    const r = await cliIn(root, 'index', 'library', '--json');
    assert.equal(r.code, 1, 'some files failed');
    const report = JSON.parse(r.out);
    assert.equal(report.documents, 4);
    assert.ok(report.passages > 100);
    assert.ok(report.terms >= 5, 'acronyms from the seeds');
    assert.ok(report.claims > 50 && report.claims < report.passages, `statements a draft is checked against: ${report.claims}`);
    const byName = (name: string) => report.files.find((f: { file: string }) => f.file === path.join('library', name));
    assert.equal(byName('brink.md').status, 'indexed');
    assert.ok(byName('brink.md').terms >= 2);
    assert.match(byName('broken.bib').reason, /^malformed \.bib: line \d+/);
    assert.match(byName('empty.txt').reason, /^empty/);
    assert.match(byName('scan.txt').reason, /^binary/);
    assert.match(byName('report.pdf').reason, /^malformed PDF: /);
    assert.deepEqual([byName('library.json').status, byName('library.json').matched], ['bibliography', 1]);
    assert.equal(byName('strengthen.md').entry, 'strengthen');

    const text = await cliIn(root, 'index', 'library');
    assert.match(text.out, /failed {8}library\/broken\.bib: malformed \.bib/);
    assert.match(text.out, /4 documents, \d+ passages, \d+ terms, \d+ claims; 4 files not indexed\./);
  });

  it('says which file lost a duplicate key, against another file or a bundled source', async () => {
    const dup = path.join(root, 'dup');
    fs.mkdirSync(dup);
    fs.writeFileSync(path.join(dup, 'a.md'), '---\nkey: same\n---\nThe first note says something long enough to be a sentence.\n');
    fs.writeFileSync(path.join(dup, 'b.md'), '---\nkey: same\n---\nThe second note says something else that is also a sentence.\n');
    const bundledKey = realKnowledge().sources[0].key;
    fs.writeFileSync(path.join(dup, 'c.md'), `---\nkey: ${bundledKey}\n---\nA note that takes a bundled key for itself, by mistake.\n`);
    const r = await cliIn(root, 'index', '--json', '--sources', 'dup');
    const files = JSON.parse(r.out).files;
    const b = files.find((f: { file: string }) => f.file.endsWith('b.md'));
    assert.equal(b.status, 'failed');
    assert.match(b.reason, /duplicate key "same": already used by dup[\\/]a\.md/);
    // Against the bundled sources only when they are kept.
    const kept = await cliIn(root, 'sources', '--json', '--sources', 'dup');
    assert.ok(!JSON.parse(kept.out).some((s: { seed: string }) => s.seed.endsWith('c.md')), 'the note did not replace the bundled source');
    const notKept = await cliIn(root, 'sources', '--json', '--sources', 'dup', '--no-bundled');
    assert.ok(JSON.parse(notKept.out).some((s: { key: string }) => s.key === bundledKey));
  });

  it('reads the team file from the current folder upward, never above the repository root', async () => {
    const repo = path.join(root, 'repo');
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    fs.mkdirSync(path.join(repo, 'drafts'), { recursive: true });
    fs.mkdirSync(path.join(repo, '.sourcebook'));
    fs.cpSync(path.join(root, 'library', 'brink.md'), path.join(repo, 'sources', 'brink.md'));
    fs.writeFileSync(path.join(repo, '.sourcebook', 'config.json'), JSON.stringify({ sources: ['sources/'], bundled: false }));
    const r = await cliIn(path.join(repo, 'drafts'), 'sources', '--json');
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(
      JSON.parse(r.out).map((s: { key: string }) => s.key),
      ['brink-note'],
    );

    // A team file above the repository root belongs to someone else.
    const inner = path.join(repo, 'inner');
    fs.mkdirSync(path.join(inner, '.git'), { recursive: true });
    const above = await cliIn(inner, 'sources', '--json');
    assert.equal(JSON.parse(above.out).length, realKnowledge().sources.length);

    fs.writeFileSync(path.join(repo, '.sourcebook', 'config.json'), '{ "sources": "sources/" }');
    const bad = await cliIn(repo, 'sources');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /"sources" must be a list of folder paths/);
  });

  it('check says how own sources are checked', async () => {
    const r = await cliIn(root, 'check', '--help');
    assert.match(r.out, /Your own sources \(--sources, the team file\) are checked by the statements read from their text/);
  });
});
