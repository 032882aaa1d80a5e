import * as assert from 'node:assert/strict';
import { paragraphNumber } from '../../../src/core/citations';
import { authorNames, dateLabel } from '../../../src/core/sources/describe';
import { paragraphMark, readingCopy } from '../../../src/core/sources/readingCopy';
import { realKnowledge } from '../helpers/knowledge';

describe('reading copy of a source (what Open Source shows)', () => {
  const kb = realKnowledge();

  it('opens with the title as a heading and a byline with author, outlet and date', () => {
    for (const source of kb.sources) {
      const copy = readingCopy(kb, source.key)!;
      const [heading, , byline] = copy.text.split('\n');
      assert.equal(heading, `# ${source.title ?? `Untitled (${source.key})`}`);
      assert.equal(copy.title, source.title ?? `Untitled (${source.key})`);
      assert.ok(byline.startsWith(authorNames(source.authors)), byline);
      assert.ok(byline.endsWith(dateLabel(source)), byline);
      if (source.container) assert.ok(byline.includes(source.container), byline);
    }
  });

  it('keeps every passage character for character where toReading puts it', () => {
    let whole = 0;
    for (const source of kb.sources) {
      const copy = readingCopy(kb, source.key)!;
      for (const passage of kb.passagesOf(source.key)) {
        const shown = copy.text.slice(copy.toReading(passage.start), copy.toReading(passage.end));
        // A passage running over a line break of its seed shows the next line's paragraph mark inside it.
        assert.equal(shown.replace(/\n¶ \d+ {2}/g, '\n'), passage.text, passage.id);
        if (shown === passage.text) whole++;
      }
    }
    // Asides (a biography line) are no passage of the reading copy.
    const prose = kb.passages.filter((p) => !p.aside).length;
    assert.ok(whole >= prose - 5, `only ${whole} of ${prose} passages read unbroken`);
  });

  it('numbers each paragraph with the `para. N` its citations carry, and nothing else', () => {
    for (const source of kb.sources) {
      const copy = readingCopy(kb, source.key)!;
      const expected = new Map<number, number>();
      for (const passage of kb.passagesOf(source.key)) {
        const line = copy.text.slice(0, copy.toReading(passage.start)).split('\n').length - 1;
        expected.set(line, paragraphNumber(kb, passage)!);
      }
      const lines = copy.text.split('\n');
      const marked = lines.map((line, n) => [n, /^¶ (\d+) {2}/.exec(line)?.[1]] as const).filter(([, mark]) => mark !== undefined);
      assert.deepEqual(
        marked,
        [...expected].map(([line, paragraph]) => [line, String(paragraph)]),
        source.key,
      );
      for (const [line, paragraph] of expected) assert.ok(lines[line].startsWith(paragraphMark(paragraph)));
    }
  });

  it('has no copy of an unknown source', () => {
    assert.equal(readingCopy(kb, 'no-such-source'), undefined);
  });
});
