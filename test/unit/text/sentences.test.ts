import * as assert from 'node:assert/strict';
import { ABBREVIATIONS, SENTENCE_OPENERS } from '../../../src/core/text/abbreviations';
import { splitSentences } from '../../../src/core/text/sentences';

/** The sentences of `text` as strings. */
const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('the one sentence splitter', () => {
  it('does not end a sentence at a title before a name, or at a month before a day or year', () => {
    assert.deepEqual(split('The U.S. Rep. said so. Japan acted in 2016.'), ['The U.S. Rep. said so.', 'Japan acted in 2016.']);
    for (const title of ['Rep.', 'Sen.', 'Dr.', 'Gen.', 'Mr.', 'Amb.', 'Adm.', 'Sec.'])
      assert.deepEqual(
        split(`A letter from ${title} Kim arrived. It was read.`),
        [`A letter from ${title} Kim arrived.`, 'It was read.'],
        title,
      );
    for (const month of ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']) {
      assert.deepEqual(split(`Talks resumed on ${month} 5, 2019 in Seoul. Both sides spoke.`).length, 2, month);
      assert.deepEqual(split(`Talks resumed in ${month} 2019 in Seoul.`).length, 1, month);
    }
  });

  it('reads U.S., U.K. and U.N. as part of the sentence unless a new sentence visibly opens after them', () => {
    assert.deepEqual(split('U.S. officials met U.N. envoys and U.K. diplomats. Seoul waited.'), [
      'U.S. officials met U.N. envoys and U.K. diplomats.',
      'Seoul waited.',
    ]);
    assert.deepEqual(split('The plan was welcomed in the U.S. The next year it lapsed.'), [
      'The plan was welcomed in the U.S.',
      'The next year it lapsed.',
    ]);
    assert.deepEqual(split('It was a “lever to use against the U.S.” because of its necessity.').length, 1);
  });

  it('keeps initials, "No. 5", decimals and mid-sentence Latin together', () => {
    assert.deepEqual(split('Patrick G. Buchan and J. Smith wrote it. It ran long.').length, 2);
    assert.deepEqual(split('Resolution No. 5 passed. The answer was no. Then talks ended.'), [
      'Resolution No. 5 passed.',
      'The answer was no.',
      'Then talks ended.',
    ]);
    assert.deepEqual(split('Growth was 2.5 percent. Exports fell 3.1 percent.').length, 2);
    assert.deepEqual(split('Some goods, e.g. photoresists, i.e. chemicals, were listed. Others were not.').length, 2);
    assert.deepEqual(split('Tariffs, quotas, etc. were discussed. Nothing changed.').length, 2);
    assert.deepEqual(split('They listed tariffs, quotas, etc. The talks then ended.').length, 2);
  });

  it('ends at an ellipsis before a new sentence, not before lower-case words that go on', () => {
    assert.deepEqual(split('He paused... and went on. Then he left.').length, 2);
    assert.deepEqual(split('He paused… Then he left.').length, 2);
    assert.deepEqual(split('He paused... Then he left.').length, 2);
  });

  it('ends after closing quotes and brackets that follow the full stop', () => {
    assert.deepEqual(split('He said, “It is over.” Seoul disagreed. (Tokyo did not.) Talks ended.'), [
      'He said, “It is over.”',
      'Seoul disagreed.',
      '(Tokyo did not.)',
      'Talks ended.',
    ]);
    assert.deepEqual(split('But what if our interests are no longer shared?What would happen then?').length, 2);
  });

  it('keeps its abbreviations as data: lower case, without the last full stop, once each, with a reason', () => {
    const seen = new Set<string>();
    for (const a of ABBREVIATIONS) {
      assert.match(a.text, /^[a-z][a-z.]*[a-z]$|^[a-z]$/, a.text);
      assert.ok(!seen.has(a.text), `${a.text} listed twice`);
      seen.add(a.text);
      assert.ok(a.why.length > 5, `${a.text} says why it is listed`);
    }
    for (const word of SENTENCE_OPENERS) assert.equal(word, word.toLowerCase());
  });
});
