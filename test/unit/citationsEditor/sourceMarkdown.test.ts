import * as assert from 'node:assert/strict';
import { sourceMarkdown } from '../../../src/vscode/citations/sourceMarkdown';
import { realKnowledge } from '../helpers/knowledge';

/** The JSON arguments of the first `command:sourcebook.openSource?…` link in a Markdown text. */
function openSourceArgs(markdown: string): unknown {
  const match = /\(command:sourcebook\.openSource\?([^ )]+)/.exec(markdown);
  assert.ok(match, `no Open source link in:\n${markdown}`);
  return JSON.parse(decodeURIComponent(match[1]));
}

describe('source description (hover on [@key], completion details)', () => {
  it('shows title, authors, the honest date, container and licence of a source', () => {
    const source = realKnowledge().source('sakata2020')!;
    const md = sourceMarkdown(source);
    assert.match(md, /\*\*Japan\\-South Korea Relations and the Biden Factor\*\*/);
    assert.match(md, /Yasuyo Sakata · between 2020\\-11\\-23 and 2020\\-12/);
    assert.match(md, /Published in: Asia Unbound/);
    assert.match(md, /Licence: CC BY\\-NC\\-ND 4\\\.0/);
    assert.deepEqual(openSourceArgs(md), [{ source: 'sakata2020' }]);
  });

  it('says what it does not know instead of guessing', () => {
    const source = realKnowledge().source('seoul-tokyo-2019')!;
    const md = sourceMarkdown(source);
    assert.match(md, /unknown author/);
    assert.match(md, /Licence: not stated/);
    assert.doesNotMatch(md, /URL:/);
  });

  it('links to the passage itself when describing one', () => {
    const kb = realKnowledge();
    const passage = kb.passagesOf('buchan2019')[3];
    const md = sourceMarkdown(kb.source('buchan2019')!, passage);
    assert.match(md, /URL: <https:\/\/www\.csis\.org\//);
    assert.deepEqual(openSourceArgs(md), [{ source: 'buchan2019', start: passage.start, end: passage.end }]);
  });
});
