import * as assert from 'node:assert/strict';
import { citationPoint, claimQuery, cleanClaim, MAX_QUERY_LENGTH } from '../../../src/vscode/citations/claimQuery';

const DRAFT = `## Why it matters

TISA lets Washington pass information between Seoul and Tokyo even when the two do not talk directly. Seoul
announced in August 2019 that it would **terminate GSOMIA**, then suspended that decision in November.

- Tokyo tightened export controls on [key materials](https://example.org/x) in July 2019 [@buchan2019].
`;

describe('claim query (where Insert Citation starts searching)', () => {
  it('uses the selection, cleaned of Markdown', () => {
    const start = DRAFT.indexOf('Seoul\nannounced');
    const end = DRAFT.indexOf('GSOMIA**') + 8;
    assert.equal(claimQuery(DRAFT, start, end), 'Seoul announced in August 2019 that it would terminate GSOMIA');
  });

  it('takes the sentence around the cursor, across a line break', () => {
    const cursor = DRAFT.indexOf('August');
    assert.equal(
      claimQuery(DRAFT, cursor, cursor),
      'Seoul announced in August 2019 that it would terminate GSOMIA, then suspended that decision in November.',
    );
  });

  it('takes the sentence just finished when the cursor follows its full stop', () => {
    const cursor = DRAFT.indexOf('directly.') + 'directly.'.length;
    assert.equal(
      claimQuery(DRAFT, cursor, cursor),
      'TISA lets Washington pass information between Seoul and Tokyo even when the two do not talk directly.',
    );
  });

  it('drops list markers, link targets and existing citations', () => {
    const cursor = DRAFT.indexOf('export controls');
    assert.equal(claimQuery(DRAFT, cursor, cursor), 'Tokyo tightened export controls on key materials in July 2019 .');
  });

  it('never reads past the paragraph and gives nothing on a blank line', () => {
    const cursor = DRAFT.indexOf('\n\n') + 1;
    assert.equal(claimQuery(DRAFT, cursor, cursor), '');
    const heading = DRAFT.indexOf('matters');
    assert.equal(claimQuery(DRAFT, heading, heading), 'Why it matters');
  });

  it('reads a list item or a heading as a block of its own', () => {
    const list =
      '## Options\n1. Frame trilateral work around FOIP.\n2. Encourage quiet talks on the 1965 treaty\n   arbitration provision.\n';
    const cursor = list.indexOf('quiet');
    assert.equal(claimQuery(list, cursor, cursor), 'Encourage quiet talks on the 1965 treaty arbitration provision.');
    const first = list.indexOf('FOIP');
    assert.equal(claimQuery(list, first, first), 'Frame trilateral work around FOIP.');
  });

  it('caps a long selection at a word boundary', () => {
    const long = 'Japan and South Korea share an ally. '.repeat(20);
    const query = cleanClaim(long);
    assert.ok(query.length <= MAX_QUERY_LENGTH, `query is ${query.length} characters`);
    assert.ok(query.endsWith('ally.') || /\w$/.test(query), `query ends mid-word: ${query.slice(-20)}`);
  });

  describe('where the citation goes', () => {
    const para = 'Termination of GSOMIA could have triggered the unraveling of trilateral cooperation. Seoul relented.\n';

    it('goes before the full stop of the sentence holding the cursor, wherever the cursor is in it', () => {
      const expected = para.indexOf('. Seoul');
      for (const cursor of [0, para.indexOf('triggered'), expected, expected + 1]) {
        assert.equal(citationPoint(para, cursor, cursor), expected, `cursor at ${cursor}`);
      }
    });

    it('goes after a selection, and after an abbreviation ending a sentence', () => {
      const end = para.indexOf(' could');
      assert.equal(citationPoint(para, 0, end), end);
      const us = 'The plan was welcomed in the U.S.\n';
      assert.equal(citationPoint(us, 5, 5), us.indexOf('U.S.') + 4);
    });

    it('stays at the cursor outside prose', () => {
      const text = 'First paragraph.\n\nSecond.';
      assert.equal(citationPoint(text, 17, 17), 17);
    });
  });
});
