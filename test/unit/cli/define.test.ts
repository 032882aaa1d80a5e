import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli } from '../helpers/cli';
import { realKnowledge, REPO_ROOT } from '../helpers/knowledge';

describe('sourcebook define / sources', () => {
  it('defines "1965 treaty" with verbatim citations as JSON', async () => {
    const { code, out } = await cli('define', '1965 treaty', '--json');
    assert.equal(code, 0);
    const json = JSON.parse(out);
    assert.deepEqual(Object.keys(json), ['term', 'expansion', 'category', 'aliases', 'definition', 'citations']);
    assert.ok(json.aliases.some((a: string) => /1965 treaty/i.test(a)));
    for (const c of json.citations) {
      assert.deepEqual(Object.keys(c), ['source', 'title', 'label', 'passage', 'quote', 'start', 'end']);
      assert.equal(realKnowledge().source(c.source)!.text.slice(c.start, c.end), c.quote);
    }
  });

  it('accepts any case and a leading "the" from a person asking', async () => {
    for (const q of ['tisa', 'the Quad', 'FOIP', 'Free and Open Indo-Pacific']) {
      const { code, out } = await cli('define', q);
      assert.equal(code, 0, `define ${q}`);
      assert.ok(out.includes('“'), 'prints a quote');
    }
  });

  it('exits 1 with suggestions for an unknown or misspelt term', async () => {
    const { code, err } = await cli('define', 'GSOMA');
    assert.equal(code, 1);
    assert.match(err, /unknown term "GSOMA"; did you mean "GSOMIA"/);
  });

  it('exits 2 on usage errors and prints help on --help', async () => {
    assert.equal((await cli('define')).code, 2);
    assert.equal((await cli('define', 'TISA', '--bogus')).code, 2);
    assert.equal((await cli('nonsense')).code, 2);
    const help = await cli('define', '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /Usage: sourcebook define TERM/);
  });

  it('lists sources with honest metadata: unknown is null, never guessed', async () => {
    const { code, out } = await cli('sources', '--json');
    assert.equal(code, 0);
    const rows = JSON.parse(out);
    assert.equal(rows.length, 5);
    for (const r of rows) {
      for (const field of ['key', 'title', 'authors', 'publisher', 'date', 'url', 'licence'])
        assert.ok(field in r, `${r.key} lacks ${field}`);
      assert.ok(!('text' in r), 'the full text is not dumped');
      if (r.date.value) assert.ok(r.date.stated && r.date.evidence.length > 0, `${r.key}: a date value needs printed evidence`);
    }
  });

  it('runs as a real process from the bundle and exits with the documented codes', function () {
    const bundle = path.join(REPO_ROOT, 'dist', 'cli.js');
    if (!fs.existsSync(bundle)) this.skip();
    const ok = spawnSync(process.execPath, [bundle, 'define', 'TISA', '--json'], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).term.length > 0, true);
    assert.equal(spawnSync(process.execPath, [bundle, 'define', 'no such thing at all'], { encoding: 'utf8' }).status, 1);
    assert.equal(spawnSync(process.execPath, [bundle, 'define'], { encoding: 'utf8' }).status, 2);
  });
});

describe('sourcebook define with odd input', () => {
  it('folds full-width letters typed through an IME', async () => {
    const { code, out } = await cli('define', 'ＴＩＳＡ', '--json');
    assert.equal(code, 0);
    assert.match(JSON.parse(out).term, /TISA/);
  });

  it('answers a query of control characters and emoji with a clear "unknown term", not a crash', async () => {
    const { code, err } = await cli('define', '\u0000\u202e🙂');
    assert.equal(code, 1);
    assert.match(err, /unknown term/);
  });
});
