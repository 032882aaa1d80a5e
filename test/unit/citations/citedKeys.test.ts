import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  applyEdits,
  CITATION_STYLES,
  citedKeys,
  CitationSearch,
  planCitationInsertion,
  type CitationStyle,
  type CitationTarget,
} from '../../../src/core/citations';
import { realKnowledge, REPO_ROOT } from '../helpers/knowledge';

describe('citedKeys (Pandoc citations in a Markdown draft)', () => {
  it('finds bracketed, grouped, suppressed-author and in-text citations, each once in order', () => {
    const draft = [
      'Relations hit a 70-year low [@buchan2019, para. 7]. Both capitals moved [see @sakata2020, para. 3; -@buchan2019].',
      '@seoul-tokyo-2019 argues history is not the culprit, and [@{strengthen-relations-2021}] agrees.',
      'Later, @sakata2020 again.',
    ].join('\n');
    assert.deepEqual(citedKeys(draft), ['buchan2019', 'sakata2020', 'seoul-tokyo-2019', 'strengthen-relations-2021']);
  });

  it('ignores e-mail addresses, URLs with @, code spans, fenced code and HTML comments', () => {
    const draft = [
      'Send comments to desk.officer@state.example or analyst@csis.org by Friday.',
      'Profile: https://example.org/@sakata2020 (not a citation).',
      'Write citations as `[@key]`, e.g. ``[@buchan2019]``.',
      '```markdown',
      'Example: [@seoul-tokyo-2019]',
      '```',
      '<!-- TODO cite @strengthen-relations-2021 -->',
      'The only real one: [@biden-japan-frictions].',
    ].join('\n');
    assert.deepEqual(citedKeys(draft), ['biden-japan-frictions']);
  });

  it('ends a key before trailing punctuation, keeps internal punctuation', () => {
    assert.deepEqual(citedKeys('As @sakata2020. notes, and @doe:2019.x, and (@buchan2019).'), ['sakata2020', 'doe:2019.x', 'buchan2019']);
  });

  it('reads the broken-footnote fixture without taking the e-mail address for a key', () => {
    const memo = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'citations', 'memo-broken-footnotes.md'), 'utf8');
    assert.deepEqual(citedKeys(memo), []);
  });

  it('reads a key after an emoji or CJK punctuation, not after a letter outside the Basic Plane', () => {
    assert.deepEqual(citedKeys('Ties improved 🙂@sakata2020 and（@buchan2019）but not 𝐀@seoul-tokyo-2019.'), ['sakata2020', 'buchan2019']);
  });

  it('handles empty and unterminated input', () => {
    assert.deepEqual(citedKeys(''), []);
    assert.deepEqual(citedKeys('```\n[@sakata2020] in an unclosed fence'), []);
    assert.deepEqual(citedKeys('an unclosed `code span then [@sakata2020]'), ['sakata2020']);
  });
});

describe('citedKeys with the knowledge base (every style the tool inserts)', () => {
  const kb = realKnowledge();
  const search = new CitationSearch(kb);
  const draftFile = (name: string) => fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'drafts', name), 'utf8');
  const memo = draftFile('consistent-memo.md');
  /** Inserts citations one after another with the real insertion code, each at the end of a sentence of the memo. */
  const insertAll = (text: string, citations: { after: string; target: CitationTarget; style: CitationStyle }[]) => {
    let out = text;
    for (const c of citations) {
      const at = out.indexOf(c.after);
      assert.ok(at >= 0, `the memo lacks "${c.after}"`);
      out = applyEdits(out, planCitationInsertion(kb, out, at + c.after.length, c.target, c.style));
    }
    return out;
  };
  /** The last words of each sentence of the memo: where a writer puts a citation. */
  const sentenceEnds = memo
    .split(/(?<=[a-z0-9])\.(?=\s)/)
    .slice(0, -1)
    .map((s) => s.slice(-20));
  const byPassage = (claim: string): CitationTarget => {
    const hit = search.search(claim, { limit: 1 })[0];
    return { source: hit.source.key, passage: hit.passage.id };
  };
  const cases: { target: CitationTarget; key: string }[] = [
    { target: byPassage('Seoul froze the Reconciliation and Healing Foundation'), key: '' },
    { target: { source: 'buchan2019' }, key: 'buchan2019' },
    { target: byPassage('Chengdu trilateral summit'), key: '' },
    { target: { source: 'seoul-tokyo-2019' }, key: 'seoul-tokyo-2019' },
    { target: byPassage('Blinken and Austin visited Tokyo and Seoul'), key: '' },
  ].map((c) => ({ ...c, key: c.target.source }));

  for (const style of CITATION_STYLES) {
    it(`finds every source cited in ${style} style, with and without a passage, in order`, () => {
      assert.ok(sentenceEnds.length >= cases.length, 'the memo has too few sentences');
      const draft = insertAll(
        memo,
        cases.map((c, i) => ({ after: sentenceEnds[i], target: c.target, style })),
      );
      assert.notEqual(draft, memo);
      const expected = [...new Set(cases.map((c) => c.key))];
      assert.deepEqual(citedKeys(draft, kb), expected, draft);
    });
  }

  it('finds two citations inserted in the plain-text default style in a plain-text draft', () => {
    const points = draftFile('talking-points.txt');
    const first = byPassage('Japanese Cabinet tightened export control measures in summer 2019');
    const out = insertAll(points, [
      { after: 'hitting the\n   semiconductor industry', target: first, style: 'chicago-author-date' },
      { after: 'low-water mark in 2019', target: { source: 'buchan2019' }, style: 'chicago-author-date' },
    ]);
    assert.deepEqual(citedKeys(out, kb), [...new Set([first.source, 'buchan2019'])], out);
    assert.deepEqual(citedKeys(points, kb), [], 'the draft cited nothing before');
  });

  it('finds a footnote definition a writer has re-wrapped over two lines', () => {
    const out = insertAll(memo, [{ after: sentenceEnds[0], target: { source: 'sakata2020' }, style: 'chicago-note' }]);
    const wrapped = out.replace(/(\[\^1\]: \S+ \S+,) /, '$1\n    ');
    assert.notEqual(wrapped, out);
    assert.deepEqual(citedKeys(wrapped, kb), ['sakata2020']);
  });

  it('does not take a name in the prose, a citation in code or a key-less draft for a citation', () => {
    const prose = 'Sakata and Buchan disagree about the 2019 export controls, and Rimland is silent (n.d. means no date).';
    assert.deepEqual(citedKeys(prose, kb), []);
    const cited = insertAll('Claim.', [{ after: 'Claim', target: { source: 'sakata2020' }, style: 'apa' }]);
    assert.deepEqual(citedKeys(`\`${cited}\``, kb), []);
    assert.deepEqual(citedKeys(cited), [], 'without the knowledge base only Pandoc syntax counts');
  });
});
