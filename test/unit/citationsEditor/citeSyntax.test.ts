import * as assert from 'node:assert/strict';
import { citationKeyAt, citationKeyPrefix as prefixIn } from '../../../src/vscode/citations/citeSyntax';

/** The key prefix with the cursor at the end of `lineBefore`. */
function citationKeyPrefix(lineBefore: string) {
  return prefixIn(lineBefore, lineBefore.length);
}

describe('citation key syntax (completion and hover)', () => {
  it('offers keys right after "[@" and after "; @" in a multi-citation', () => {
    assert.deepEqual(citationKeyPrefix('GSOMIA lapsed in 2019 [@'), { start: 24, end: 24, prefix: '' });
    assert.deepEqual(citationKeyPrefix('GSOMIA lapsed [@sak'), { start: 16, end: 19, prefix: 'sak' });
    assert.deepEqual(citationKeyPrefix('As argued [see @buchan2019, p. 2; @sea'), { start: 35, end: 38, prefix: 'sea' });
    assert.deepEqual(citationKeyPrefix('Tokyo disagreed [-@seoul-tokyo'), { start: 19, end: 30, prefix: 'seoul-tokyo' });
  });

  it('replaces the whole key when completing in the middle of one', () => {
    const line = 'Relations soured [@sakata2020; @buchan2019].';
    assert.deepEqual(prefixIn(line, line.indexOf('ata2020')), { start: 19, end: 29, prefix: 'sak' });
  });

  it('stays quiet for e-mail addresses, closed brackets, footnotes and plain prose', () => {
    assert.equal(citationKeyPrefix('Write to [desk officer a@'), undefined);
    assert.equal(citationKeyPrefix('Contact policy@state.gov'), undefined);
    assert.equal(citationKeyPrefix('Contact [the desk](mailto:desk@'), undefined);
    assert.equal(citationKeyPrefix('Seen in [@sakata2020] and @'), undefined);
    assert.equal(citationKeyPrefix('A footnote[^@'), undefined);
    assert.equal(citationKeyPrefix('No citation here'), undefined);
  });

  it('finds the key under the cursor, bracketed or in-text, without trailing punctuation', () => {
    const line = 'Relations soured in 2019 [@buchan2019; @seoul-tokyo-2019, p. 3], as @sakata2020.';
    assert.deepEqual(citationKeyAt(line, line.indexOf('buchan') + 2), { key: 'buchan2019', start: 26, end: 37 });
    const second = line.indexOf('@seoul');
    assert.deepEqual(citationKeyAt(line, second), { key: 'seoul-tokyo-2019', start: second, end: second + 17 });
    const third = line.indexOf('@sakata');
    assert.deepEqual(citationKeyAt(line, third + 5), { key: 'sakata2020', start: third, end: third + 11 });
    assert.equal(citationKeyAt(line, 3), undefined);
  });

  it('reads a braced key whole', () => {
    const line = 'As argued in [@{seoul-tokyo-2019}].';
    assert.deepEqual(citationKeyAt(line, line.indexOf('tokyo')), { key: 'seoul-tokyo-2019', start: 14, end: 33 });
  });

  it('does not read an e-mail address as a citation', () => {
    const line = 'Send comments to desk@sakata2020.org before Friday.';
    assert.equal(citationKeyAt(line, line.indexOf('@') + 3), undefined);
  });
});
