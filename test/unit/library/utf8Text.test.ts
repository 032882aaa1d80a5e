import * as assert from 'node:assert/strict';
import { forgetDecodedTexts, ownCopy, textOf, Utf8Text } from '../../../src/core/library/utf8Text';

describe('own sources: document texts held as UTF-8', () => {
  const texts = [
    'Plain ASCII prose about the 1965 treaty.',
    '“Curly quotes” — dashes, Moon Jae-in’s government, 50 percent…',
    '日韓関係 and 한일 관계 in one sentence.',
    'Astral characters: 𝒜𝒷𝒸 and 😀 count as two units each.',
    'A lone surrogate \ud800 becomes one replacement character.',
    '',
  ];

  it('gives the text back, and its length in UTF-16 units without decoding it', () => {
    for (const text of texts) {
      const held = new Utf8Text(Buffer.from(text, 'utf8'));
      assert.equal(held.length, text.length, text);
      // A lone surrogate cannot be written as UTF-8: it comes back as U+FFFD, one unit as before.
      assert.equal(held.text, text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'), text);
    }
  });

  it('gives every text back right when more texts are read than it keeps decoded', () => {
    const held = Array.from({ length: 200 }, (_, i) => `Document ${i}: “${'x'.repeat(i)}”`).map((t) => ({
      t,
      u: new Utf8Text(Buffer.from(t, 'utf8')),
    }));
    for (let round = 0; round < 2; round++) for (const { t, u } of held) assert.equal(textOf(u), t);
  });

  it('cuts any passage from the bytes alone, equal to the same slice of the decoded text, far into a long document', () => {
    // Long enough for the marks every 1,024 units to matter; marks of one, two, three and four bytes throughout.
    const parts = ['Seoul and Tokyo ', '“quoted” ', '日韓 ', '😀 ', 'signed in 1965. '];
    let long = '';
    for (let i = 0; long.length < 9000; i++) long += parts[(i * 7) % parts.length];
    for (const text of [...texts.slice(0, 4), long]) {
      // Offsets never inside a surrogate pair, as passages' are not.
      const cuts = [...Array(text.length + 1).keys()].filter((i) => !/[\udc00-\udfff]/.test(text[i] ?? ''));
      for (let k = 0; k < 300; k++) {
        const a = cuts[(k * 7919) % cuts.length];
        const b = cuts[(k * 104729) % cuts.length];
        const [start, end] = a <= b ? [a, b] : [b, a];
        // A fresh text each time: nothing decoded yet, so the cut comes from the bytes.
        assert.equal(new Utf8Text(Buffer.from(text, 'utf8')).slice(start, end), text.slice(start, end), `${start}-${end}`);
      }
    }
  });

  it('cuts a passage from a text read from its source, equal to the same slice', () => {
    const text = '“Curly quotes” and 😀 keep every offset: 日韓関係. Seoul and Tokyo signed in 1965.';
    const bytes = Buffer.from(text, 'utf8');
    const kept = new Utf8Text(Buffer.from(bytes));
    kept.readFrom(() => bytes);
    forgetDecodedTexts();
    assert.equal(kept.slice(3, 40), text.slice(3, 40));
    assert.equal(kept.slice(50, text.length), text.slice(50));
  });

  it('read from its source when asked, it holds no bytes, and gives the text back each time it is read anew', () => {
    for (const text of texts.slice(0, 4)) {
      const bytes = Buffer.from(text, 'utf8');
      let reads = 0;
      const kept = new Utf8Text(Buffer.from(bytes));
      kept.readFrom(() => (reads++, bytes));
      assert.equal(kept.held, false);
      assert.equal(kept.bytes, bytes, 'the bytes come from the source');
      reads = 0;
      assert.equal(kept.length, text.length, 'its length is known without reading it');
      assert.equal(reads, 0);
      assert.equal(kept.text, text);
      forgetDecodedTexts();
      assert.equal(kept.text, text);
      assert.equal(reads, 2, 'read once each time it was not among the texts decoded last');
      assert.equal(kept.unreadable, false);
    }
  });

  it('whose source cannot give its bytes any more reads as blanks of its length, and as itself once the source can again', () => {
    const text = '“Curly quotes” and 😀 keep every offset: 日韓関係.';
    const bytes = Buffer.from(text, 'utf8');
    let available = true;
    const kept = new Utf8Text(bytes);
    kept.readFrom(() => (available ? bytes : undefined));
    available = false;
    forgetDecodedTexts();
    assert.equal(kept.text, ' '.repeat(text.length));
    assert.equal(kept.text.length, text.length, 'offsets into it stay valid');
    assert.equal(kept.unreadable, true);
    available = true;
    forgetDecodedTexts();
    assert.equal(kept.text, text);
    assert.equal(kept.unreadable, false);
  });

  it('copies a sentence into a string of its own, equal to it', () => {
    for (const text of texts.slice(0, 4)) assert.equal(ownCopy(text.slice(3, 30)), text.slice(3, 30));
  });
});
