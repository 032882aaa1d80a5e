import * as assert from 'node:assert/strict';
import { paragraphNumber } from '../../../src/core/citations';
import { matchedWords } from '../../../src/core/citations/matchedWords';
import { citationChoices } from '../../../src/vscode/citations/citationChoices';
import { realKnowledge } from '../helpers/knowledge';

/** The passage text a row shows on its two lines, the "…" marks of cuts removed. */
function shownText(label: string, detail: string): string {
  return `${label} ${detail}`.replace(/…/g, '').trim();
}

describe('Insert Citation choices (what the Quick Pick lists, and what "pick" indexes)', () => {
  const kb = realKnowledge();

  it('shows a passage on two lines, its key and paragraph beside it, and the words that matched', () => {
    const choices = citationChoices(kb, 'Termination of GSOMIA could have triggered the unraveling of trilateral cooperation');
    const top = choices[0];
    assert.equal(top.kind, 'passage');
    const passage = kb.passage(top.target.passage!)!;
    assert.equal(passage.source, 'sakata2020');
    assert.equal(top.description, `@sakata2020, para. ${paragraphNumber(kb, passage)}`);
    assert.match(top.label, /^Termination of the General Security/);
    const shown = shownText(top.label, top.detail);
    assert.ok(passage.text.replace(/\s+/g, ' ').startsWith(shown), `the two lines are not the passage going on:\n${shown}`);
    assert.ok(shown.length >= 150, `only ${shown.length} characters of the passage are shown`);
    for (const word of ['GSOMIA', 'triggered', 'trilateral'])
      assert.ok(top.matches.includes(word), `"${word}" is not named as a match: ${top.matches}`);
  });

  it('starts a long passage a little before its first matching word, so the match is on the first line', () => {
    for (const choice of citationChoices(kb, 'GSOMIA').filter((c) => c.kind === 'passage' && c.matches.length > 0)) {
      assert.ok(choice.label.includes('GSOMIA'), `GSOMIA is not on the first line: ${choice.label} / ${choice.detail}`);
    }
  });

  it('ranks sources and passages together: words naming a source put it first, however misspelt', () => {
    const choices = citationChoices(kb, 'Sakta biden factr');
    assert.deepEqual(choices[0].target, { source: 'sakata2020' }, `first row: ${choices[0].label}`);
    assert.deepEqual(new Set(choices[0].matches), new Set(['Sakata', 'Biden', 'Factor']));
    const byAuthor = citationChoices(kb, 'Buchan');
    assert.deepEqual(byAuthor[0].target, { source: 'buchan2019' });
    // A claim's wording finds passages first; the sources follow.
    const claim = citationChoices(kb, 'Termination of GSOMIA could have triggered the unraveling of trilateral cooperation');
    assert.ok(claim.slice(0, 5).every((c) => c.kind === 'passage'));
  });

  it('lists every source for an empty query', () => {
    const all = citationChoices(kb, '  ');
    assert.deepEqual(
      all.map((c) => c.target.source),
      kb.sources.map((s) => s.key),
    );
    assert.ok(all.every((c) => c.kind === 'source' && c.target.passage === undefined));
  });
});

describe('matched words (what a result row names as matching)', () => {
  it('finds the words of the query as written in the text, misspelt or begun, without stopwords', () => {
    const text = 'The Biden Factor, by Yasuyo Sakata: reconciliation of the allies.';
    const found = matchedWords('sakta the biden factr reconcil', text);
    assert.deepEqual(
      found.spans.map((s) => text.slice(s.start, s.end)),
      ['Biden', 'Factor', 'Sakata', 'reconciliation'],
    );
    assert.equal(found.found, 4);
    assert.equal(found.asked, 4);
  });

  it('does not take a correctly spelt word for a typo of another', () => {
    assert.deepEqual(matchedWords('could', 'They should act.', new Set(['could', 'should'])).spans, []);
    assert.equal(matchedWords('could', 'They should act.').found, 1, 'without a vocabulary any near-spelling counts');
  });

  it('finds nothing in or for empty text', () => {
    assert.deepEqual(matchedWords('', 'text'), { spans: [], found: 0, asked: 0 });
    assert.deepEqual(matchedWords('word', ''), { spans: [], found: 0, asked: 1 });
  });
});
