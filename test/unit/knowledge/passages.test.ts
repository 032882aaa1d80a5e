import * as assert from 'node:assert/strict';
import { splitPassages } from '../../../src/core/knowledge/compile/passages';
import { realKnowledge } from '../helpers/knowledge';

describe('passages', () => {
  it('splits prose into sentences whose offsets point at their text', () => {
    const kb = realKnowledge();
    for (const source of kb.sources) {
      const passages = kb.passagesOf(source.key);
      assert.ok(passages.length > 20, `${source.key} has only ${passages.length} passages`);
      for (const p of passages) assert.equal(source.text.slice(p.start, p.end), p.text);
    }
  });

  it('keeps headings, captions and "More on:" link lists out', () => {
    const kb = realKnowledge();
    const all = kb.passages.map((p) => p.text);
    assert.ok(!all.some((t) => t.startsWith('More on:')), 'a "More on:" line became a passage');
    assert.ok(!all.includes('Indo-Pacific'), 'a "More on:" link became a passage');
    assert.ok(!all.some((t) => t.includes('REUTERS/')), 'a photo caption became a passage');
    assert.ok(!all.includes('The Downward Spiral'), 'a heading became a passage');
  });

  it('does not end a sentence at "U.S." or an initial', () => {
    const text = 'Deputy Secretary of State Antony Blinken met U.S. officials. President Donald J. Trump spoke. Done.';
    const passages = splitPassages('probe', text, []);
    assert.deepEqual(passages.map((p) => p.text), [
      'Deputy Secretary of State Antony Blinken met U.S. officials.',
      'President Donald J. Trump spoke.',
      'Done.',
    ]);
  });

  it('finds the passage containing a quote offset', () => {
    const kb = realKnowledge();
    const term = kb.terms.find((t) => t.citations.length > 0)!;
    const c = term.citations[0];
    const p = kb.passageAt(c.source, c.start);
    assert.ok(p && p.start <= c.start && c.start < p.end);
  });

  it('finds every passage by its id, and none for an id it does not hold', () => {
    const kb = realKnowledge();
    for (const p of kb.passages) assert.equal(kb.passage(p.id), p);
    const [first] = kb.passages;
    for (const id of [`${first.source}#${kb.passagesOf(first.source).length}`, `${first.source}#-1`, `${first.source}#1.5`, `${first.source}#`, 'nowhere#0', first.source, '']) {
      assert.equal(kb.passage(id), undefined, id);
    }
  });
});
