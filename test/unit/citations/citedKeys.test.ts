import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { citedKeys } from '../../../src/core/citations';
import { REPO_ROOT } from '../helpers/knowledge';

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
