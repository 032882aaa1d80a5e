import * as assert from 'node:assert/strict';
import { findAcronymDefinitions } from '../../../src/core/library/acronyms';
import { realKnowledge } from '../helpers/knowledge';

/** The seed texts' sentence (or caption, or byline) holding `needle`. */
function seedSentence(needle: string): string {
  const kb = realKnowledge();
  const passage = kb.passages.find((p) => p.text.includes(needle));
  if (passage) return passage.text;
  // Captions and bylines are not passages; their line is what a reader of the text would see.
  const line = kb.sources.flatMap((s) => s.text.split('\n')).find((l) => l.includes(needle));
  assert.ok(line, `no seed text contains ${needle}`);
  return line;
}

const pairs = (text: string) => findAcronymDefinitions(text).map((d) => `${d.short} = ${d.long}`);

describe('acronym definitions (Schwartz & Hearst)', () => {
  it('finds every acronym a seed sentence defines, with offsets pointing at the long form and the parenthesis', () => {
    const sentence = seedSentence('(TISA)');
    const found = findAcronymDefinitions(sentence);
    assert.deepEqual(
      found.map((d) => `${d.short} = ${d.long}`),
      ['TISA = Trilateral Information Sharing Arrangement', 'GSOMIA = General Security of Military Information Agreement'],
    );
    for (const d of found) {
      assert.equal(sentence.slice(d.start, d.end), `${d.long} (${d.short})`);
    }
  });

  it('takes the shortest long form whose word starts cover the letters, not the words before it', () => {
    // "Japan and the Republic of Korea (ROK)": the long form starts at "Republic", not at "Japan" or "the".
    assert.deepEqual(pairs(seedSentence('(ROK)')), ['ROK = Republic of Korea']);
    assert.deepEqual(pairs(seedSentence('(CSIS)')), ['CSIS = Center for Strategic and International Studies']);
    assert.ok(pairs(seedSentence('(CPTPP)')).includes('CPTPP = Comprehensive and Progressive Agreement for Trans-Pacific Partnership'));
  });

  it('reads "SF (long form)" the other way round', () => {
    assert.deepEqual(pairs('Both joined the CPTPP (Comprehensive and Progressive Agreement for Trans-Pacific Partnership) early.'), [
      'CPTPP = Comprehensive and Progressive Agreement for Trans-Pacific Partnership',
    ]);
  });

  it('finds nothing in parentheticals that are not acronyms', () => {
    // A photo caption's position letters, a place's other name, a lower-case aside, a list number, a licence.
    for (const needle of [
      '(C)',
      '(Myanmar)',
      '(World Health Organization reform)',
      '(the Japanese perspective)',
      '(1)',
      '(CC BY-NC-ND 4.0)',
    ]) {
      assert.deepEqual(
        pairs(seedSentence(needle)).filter((p) => p.startsWith(needle.slice(1, -1))),
        [],
        needle,
      );
    }
    assert.deepEqual(pairs('The talks resumed (see below) in 2019 (after the election).'), []);
  });

  it('finds no long form when the letters do not match the words before', () => {
    assert.deepEqual(pairs('Officials met in Washington last week (NATO).'), []);
    // The long form may not be the short form itself, nor shorter than it.
    assert.deepEqual(pairs('It was the WTO (WTO) again.'), []);
  });

  it('handles a long form broken across a line and an unclosed parenthesis', () => {
    const text = 'the Free and Open\nIndo-Pacific (FOIP) strategy';
    const [d] = findAcronymDefinitions(text);
    assert.equal(d.long, 'Free and Open\nIndo-Pacific');
    assert.equal(text.slice(d.start, d.end), 'Free and Open\nIndo-Pacific (FOIP)');
    assert.deepEqual(pairs('An unclosed (TISA'), []);
    assert.deepEqual(pairs(''), []);
  });
});
