import * as assert from 'node:assert/strict';
import { searchWordsOf } from '../../../src/core/citations';
import { WordIndex, type WordWeights } from '../../../src/core/citations/wordIndex';
import { realKnowledge } from '../helpers/knowledge';

describe('citation word index: kept and updated', () => {
  const passages = realKnowledge().passages.map((p) => searchWordsOf(p.text));

  it('reads back from its bytes as the same index, and searches the same', () => {
    const built = new WordIndex(passages);
    const read = WordIndex.fromBytes(built.toBytes());
    assert.ok(read, 'its own bytes are an index');
    assert.deepEqual(read.toBytes(), built.toBytes());
    for (const query of [
      ['gsomia', 'termination'],
      ['reconcilation', 'foundaton'],
      ['export', 'controls', 'semiconductor'],
    ]) {
      assert.deepEqual(read.candidates(query, 10), built.candidates(query, 10), query.join(' '));
    }
  });

  it('updated for passages removed, added and moved, is the index built over the new list whole', () => {
    const old = passages.slice(0, 200);
    // The new list: the first 50 gone, 100 kept in place, 50 new ones in the middle, then the last 50 of the old list.
    const added = passages.slice(300, 350);
    const next = [...old.slice(50, 150), ...added, ...old.slice(150, 200)];
    const kept = new Int32Array(old.length).fill(-1);
    for (let i = 50; i < 150; i++) kept[i] = i - 50;
    for (let i = 150; i < 200; i++) kept[i] = i - 50 + added.length;
    const updated = new WordIndex(old).withChanges(
      kept,
      added.map((words, i) => ({ doc: 100 + i, words })),
      next.length,
    );
    assert.deepEqual(updated.toBytes(), new WordIndex(next).toBytes());
  });

  it('updated for new passages between kept ones, one by one (two files added beside each other), is the index built whole', () => {
    const old = passages.slice(0, 100);
    const added = passages.slice(200, 300);
    const next = old.flatMap((words, i) => [words, added[i]]);
    const kept = Int32Array.from(old, (_, i) => 2 * i);
    const updated = new WordIndex(old).withChanges(
      kept,
      added.map((words, i) => ({ doc: 2 * i + 1, words })),
      next.length,
    );
    assert.deepEqual(updated.toBytes(), new WordIndex(next).toBytes());
  });

  it('keeps the postings in order when kept passages change places (a file renamed before another)', () => {
    const old = passages.slice(0, 60);
    const next = [...old.slice(30, 60), ...old.slice(0, 30)];
    const kept = Int32Array.from(old, (_, i) => (i < 30 ? i + 30 : i - 30));
    assert.deepEqual(new WordIndex(old).withChanges(kept, [], next.length).toBytes(), new WordIndex(next).toBytes());
  });

  it('ranks the same with the weights of words kept from an earlier pass of the query as without them', () => {
    const index = new WordIndex(passages);
    const weights: WordWeights = new Map();
    const passes = [
      ['blue', 'house', 'threatened', 'quit', 'gsomia', 'japan', 'export', 'controls'],
      ['blue', 'house', 'threatened', 'quit', 'general', 'security', 'military', 'information', 'japan', 'export', 'controls'],
    ];
    for (const words of passes) {
      const variantsOf = (w: string) => index.variants(w);
      assert.deepEqual(index.candidates(words, 24, variantsOf, weights), index.candidates(words, 24), words.join(' '));
    }
    assert.ok(weights.has('gsomia') && weights.has('general'), 'each word’s weights are kept');
  });

  it('refuses bytes that are not an index: cut short, a number out of range, another layout', () => {
    const bytes = new WordIndex(passages.slice(0, 100)).toBytes();
    assert.equal(WordIndex.fromBytes(bytes.subarray(0, bytes.length - 1)), undefined);
    assert.equal(WordIndex.fromBytes(bytes.subarray(0, 10)), undefined);
    const outOfRange = bytes.slice();
    new DataView(outOfRange.buffer).setUint32(20 + 4 * 3, 0xffffffff, true); // an offset past the postings
    assert.equal(WordIndex.fromBytes(outOfRange), undefined);
    const otherLayout = bytes.slice();
    otherLayout[3] = 2;
    assert.equal(WordIndex.fromBytes(otherLayout), undefined);
  });
});
