import * as assert from 'node:assert/strict';
import { CitationSearch } from '../../../src/core/citations';
import { splitPassages } from '../../../src/core/knowledge/compile/passages';
import { grounded, words } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * What a source states outside its article's prose (an author's biography line that its description's `nonPassages`
 * keep out of the passages): checked against, with the hand-written facts off, but never offered for citing.
 */
describe('claims read from the sources: a biography line outside the passages', () => {
  const BIO = 'Yasuyo Sakata is a professor at Kanda University of International Studies in Japan.';

  it("warns on another university for the author, quoting the source's biography line", () => {
    const kb = realKnowledge();
    for (const text of [
      'The piece is by Yasuyo Sakata, who teaches at Keio University in Japan.',
      'Yasuyo Sakata, a professor at Waseda University, traces the downward spiral to the October 2018 ruling.',
      // "the author" set off after the name names the person, as "a professor" does.
      'Yasuyo Sakata, the author, teaches at Keio University.',
    ]) {
      const found = grounded(kb, text);
      assert.equal(found.length, 1, text);
      assert.match(found[0].message, /says “Kanda University of International Studies”/, found[0].message);
      assert.equal(found[0].citations?.[0].quote, BIO);
    }
  });

  it('is silent on the biography the source gives, and on a body of another kind', () => {
    const kb = realKnowledge();
    for (const text of [
      'Yasuyo Sakata teaches at Kanda University of International Studies.',
      'Benjamin Rimland is a research associate with the CSIS U.S. Alliances Project.',
      'Yasuyo Sakata, a professor at Kanda University of International Studies, writes for the Council on Foreign Relations.',
      // A body tied to the author's work, not to the author.
      'Yasuyo Sakata, the author of a study at Keio University, warns of a downward spiral.',
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
  });

  it("warns on another post for an author, as the biography line states it ('is the director of …', 'is a research associate …')", () => {
    const kb = realKnowledge();
    const cases: [string, string, string][] = [
      ['Patrick G. Buchan is a research associate with the CSIS U.S. Alliances Project.', 'research associate', 'director'],
      [
        'CSIS research associate Patrick Buchan argues that only Washington can pull Tokyo and Seoul back.',
        'research associate',
        'director',
      ],
      ['Benjamin Rimland, a senior fellow on the U.S. Alliances Project, co-wrote the CSIS piece.', 'senior fellow', 'research associate'],
    ];
    for (const [text, value, sourced] of cases) {
      const found = grounded(kb, text);
      assert.deepEqual(words(text, found), [value], text);
      assert.match(found[0].message, new RegExp(`says “${sourced}”`), found[0].message);
    }
  });

  it('is silent on the post the biography line gives, and reads "fellow" and "associate" as a post only qualified', () => {
    const kb = realKnowledge();
    for (const text of [
      'Patrick G. Buchan is the director of the U.S. Alliances Project.',
      'Benjamin Rimland, a research associate, co-wrote the commentary.',
      'Washington and its fellow democracies in Tokyo and Seoul share a director of trilateral planning.',
      'Many Koreans associate Japan with its colonial past.',
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
  });

  it('is not offered by search or Insert Citation, and adds no paragraph', () => {
    const kb = realKnowledge();
    const hits = new CitationSearch(kb).search('Sakata professor Kanda University of International Studies', { limit: 50 });
    assert.ok(!hits.some((h) => h.passage.text === BIO), 'the biography line was offered');
    assert.ok(!kb.passagesOf('sakata2020').some((p) => p.text === BIO));
  });

  it("keeps a photo caption's words and a camera credit out, restating each person it names, and reads a biography line closed by emphasis", () => {
    const text = [
      'The alliance matters. It has for decades.',
      'Japan’s Foreign Minister Taro Aso (C) and Prime Minister Abe (L) pose before talks. March 3, 2006. REUTERS/Pool',
      '*Jane Roe is a fellow at the Example Institute.*',
      'Photo credit: REUTERS/Pool',
    ].join('\n');
    const passages = splitPassages('probe', text, ['Japan’s Foreign Minister', '*Jane Roe is', 'Photo credit:']);
    assert.deepEqual(
      passages.map((p) => [p.text, p.aside ?? false]),
      [
        ['The alliance matters.', false],
        ['It has for decades.', false],
        ['*Jane Roe is a fellow at the Example Institute.*', true],
        ['Japan’s Foreign Minister Taro Aso (C)', true],
        ['Prime Minister Abe (L)', true],
        ['Japan’s Foreign Minister Taro Aso (C) and Prime Minister Abe (L)', true],
      ],
    );
    assert.deepEqual(
      passages.filter((p) => p.statement).map((p) => p.statement),
      [
        'Japan’s Foreign Minister Taro Aso pose before talks, on March 3, 2006.',
        'Prime Minister Abe pose before talks, on March 3, 2006.',
        'Taro Aso and Abe pose before talks, on March 3, 2006.',
      ],
    );
  });
});
