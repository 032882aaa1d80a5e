import * as assert from 'node:assert/strict';
import { cli } from '../helpers/cli';
import { realKnowledge } from '../helpers/knowledge';

describe('sourcebook cite', () => {
  it('prints ranked passages with Pandoc citations by default', async () => {
    const r = await cli('cite', 'reconcilation', 'foundaton', '--limit', '2');
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.out,
      /^1\. biden-japan-frictions#\d+ {2}\(score 0\.\d{3}, characters \d+-\d+\)\n {3}“The South Korean government moved to freeze the Reconciliation and Healing Foundation/,
    );
    assert.match(r.out, /\n {3}\[@biden-japan-frictions, para\. \d+\]\n/);
    assert.match(r.out, /\n\n2\. /);
  });

  it('--json gives source, passage, offsets, score and citation, best first, offsets pointing at the quote', async () => {
    const r = await cli('cite', 'Chengdo summit', '--json', '--style', 'apa', '--limit', '3');
    assert.equal(r.code, 0, r.err);
    const rows = JSON.parse(r.out) as { source: string; passage: string; start: number; end: number; score: number; citation: string }[];
    assert.equal(rows.length, 3);
    assert.deepEqual(Object.keys(rows[0]), [
      'source',
      'title',
      'label',
      'passage',
      'paragraph',
      'start',
      'end',
      'text',
      'score',
      'citation',
    ]);
    assert.equal(rows[0].source, 'sakata2020');
    assert.match(rows[0].citation, /^\(Sakata, n\.d\., para\. \d+\)$/);
    for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1].score <= rows[i].score);
    assert.match(realKnowledge().source('sakata2020')!.text.slice(rows[0].start, rows[0].end), /met in Chengdu, China/);
  });

  it('renders every style', async () => {
    for (const [style, pattern] of [
      ['footnote', /Asia Unbound \(between 2020-11-23 and 2020-12\), para\. \d+: “[^”]*Chengdu/],
      ['chicago-note', /Yasuyo Sakata, “Japan-South Korea Relations and the Biden Factor,” Asia Unbound, n\.d\., para\. \d+\./],
      ['chicago-author-date', /\(Sakata, n\.d\., para\. \d+\)/],
    ] as const) {
      const r = await cli('cite', 'Chengdu trilateral summit', '--style', style, '--limit', '1');
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, pattern, style);
    }
  });

  it('exits 1 with a message when nothing matches, and 2 on usage errors', async () => {
    const none = await cli('cite', '🙂');
    assert.equal(none.code, 1);
    assert.match(none.err, /no passage matches "🙂"/);
    for (const argv of [
      ['cite'],
      ['cite', 'x', '--limit', '0'],
      ['cite', 'x', '--limit', 'ten'],
      ['cite', 'x', '--style', 'mla'],
      ['cite', 'x', '--frobnicate'],
    ]) {
      const r = await cli(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.err, /Usage: sourcebook cite QUERY/);
    }
  });

  it('--help explains the options and exits 0', async () => {
    const r = await cli('cite', '--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /--style STYLE +pandoc \| footnote \| chicago-note \| chicago-author-date \| apa/);
  });
});
