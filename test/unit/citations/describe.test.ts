import * as assert from 'node:assert/strict';
import { inQuotes, sourceLabel } from '../../../src/core/sources/describe';
import { realKnowledge } from '../helpers/knowledge';

describe('source labels (footnotes, CLI, hovers)', () => {
  const kb = realKnowledge();

  it('names a source without a title by its own opening words and its date, never "unknown author, untitled"', () => {
    const untitled = kb.sources.filter((s) => !s.title);
    assert.ok(untitled.length > 0, 'the bundled sources all have titles');
    for (const source of untitled) {
      const label = sourceLabel(source);
      const firstWords = source.text.trim().split(/\s+/).slice(0, 4).join(' ');
      assert.ok(label.includes(`beginning “${firstWords}`), label);
      assert.doesNotMatch(label, /unknown|untitled \(/, label);
      assert.ok(!label.includes(source.key), `the internal key is not a name for readers: ${label}`);
      if (source.date.earliest) assert.ok(label.includes(source.date.earliest), `the known date bound is kept: ${label}`);
    }
  });

  it('leaves unknown authors out and keeps every known value', () => {
    for (const source of kb.sources) {
      const label = sourceLabel(source);
      assert.doesNotMatch(label, /unknown author/, label);
      for (const a of source.authors) assert.ok(label.includes(a.family), label);
      if (source.title) assert.ok(label.includes(source.title.replace(/[“”"]/g, '')) || label.includes(inQuotes(source.title)), label);
      const where = source.container ?? source.publisher;
      if (where) assert.ok(label.includes(where), label);
    }
  });

  it('nests quotation marks inside a quote instead of doubling them', () => {
    assert.equal(inQuotes('“They claim too much.”'), '“‘They claim too much.’”');
    assert.equal(inQuotes('He called it "an emergency" at once'), '“He called it ‘an emergency’ at once”');
    assert.equal(inQuotes('won’t'), '“won’t”');
  });
});
