import * as assert from 'node:assert/strict';
import { sentenceAround, sentenceOrSkip, MAX_SENTENCE } from '../../../src/core/claims/sentences';

const at = (text: string, needle: string) => {
  const r = sentenceAround(text, text.indexOf(needle));
  return r ? text.slice(r.start, r.end) : undefined;
};

describe('sentences around an offset', () => {
  it('ends sentences at full stops, but not after abbreviations and initials', () => {
    const text =
      'U.S. officials met Dr. Park in Seoul. Patrick G. Buchan wrote in 2019. Was it “late”? Yes!\n\nNew paragraph\nsoft-wrapped here.';
    assert.equal(at(text, 'officials'), 'U.S. officials met Dr. Park in Seoul.');
    assert.equal(at(text, 'wrote'), 'Patrick G. Buchan wrote in 2019.');
    assert.equal(at(text, 'late'), 'Was it “late”?');
    assert.equal(at(text, 'soft'), 'New paragraph\nsoft-wrapped here.');
  });

  it('treats list items and headings as their own sentences', () => {
    const text = '# Heading about GSOMIA\n- first item 2019\n- second item 2020\nplain line';
    assert.equal(at(text, 'Heading'), '# Heading about GSOMIA');
    assert.equal(at(text, 'second'), '- second item 2020');
  });

  it('gives the same sentence whether or not a known earlier boundary is passed, on random text', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const pieces = ['word', ' ', ' ', '.', '. ', '? ', '\n', '\n\n', 'U.S. ', 'Dr. ', '”', ') ', '- ', '# ', '1. ', 'A. '];
    for (let round = 0; round < 200; round++) {
      let text = '';
      while (text.length < 400) text += pieces[Math.floor(next() * pieces.length)];
      let known = 0;
      for (let offset = 0; offset < text.length; offset += 1 + Math.floor(next() * 9)) {
        const plain = sentenceOrSkip(text, offset);
        const hinted = sentenceOrSkip(text, offset, known);
        assert.deepEqual(hinted, plain, `round ${round}, offset ${offset}`);
        if ('boundary' in plain && plain.boundary !== undefined && plain.boundary <= offset + 1) known = Math.min(plain.boundary, offset);
        if ('start' in plain) assert.ok(plain.start <= plain.end);
      }
    }
  });

  it('gives up on a stretch with no boundary within MAX_SENTENCE characters, saying where to resume', () => {
    const blob = 'x '.repeat(MAX_SENTENCE * 2);
    const found = sentenceOrSkip(blob, MAX_SENTENCE * 2);
    assert.ok('skipTo' in found && found.skipTo > MAX_SENTENCE * 2);
    assert.equal(sentenceAround(blob, 10), undefined);
  });
});
