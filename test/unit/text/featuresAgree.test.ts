import * as assert from 'node:assert/strict';
import { checkDocument, citationOffset, citationsToOffer } from '../../../src/core/claims/document';
import { sentenceAround } from '../../../src/core/claims/sentences';
import { sentenceRangeAt } from '../../../src/core/claims/suppressions';
import { splitPassages } from '../../../src/core/knowledge/compile/passages';
import { citationPoint, claimQuery } from '../../../src/vscode/citations/claimQuery';
import { realKnowledge } from '../helpers/knowledge';

/**
 * Hover's and the editor's Insert Citation, the Cite quick fix, the claim checker, the ignore file and the knowledge
 * build read a draft the same way: the same prose, the same sentences. Written against the features' own entry
 * points, so each test says what a writer would notice when one of them reads differently.
 */
describe('one reading for every feature: what is prose', () => {
  const kb = realKnowledge();
  const claim = 'The Supreme Court ruled in October 2016 on forced labor.';

  it('warns about no claim in an HTML comment, alt text, raw HTML or a reference definition, only about the prose', () => {
    const notProse = [
      `Intro <!-- ${claim.replace('October', 'October\n')} --> done.`,
      `<!--\n${claim}\n-->`,
      `![A chart: ${claim.slice(0, -1)} [draft]](chart.png)`,
      `![${claim.replace('October', 'October\n')}](chart.png)`,
      `![${claim}](chart.png "A chart")`,
      `<img alt="${claim}" src="chart.png">`,
      `<?note ${claim} ?>`,
      `[${claim}]: https://example.org/chart`,
    ];
    for (const text of notProse) assert.deepEqual(checkDocument(kb, text).findings, [], JSON.stringify(text));
    const draft = [...notProse, claim].join('\n\n');
    const found = checkDocument(kb, draft).findings;
    assert.equal(found.length, 1);
    assert.equal(found[0].start, draft.lastIndexOf('2016'));
  });

  it('reads front matter as metadata also after a byte-order mark, as the own-sources reader does', () => {
    const draft = `\uFEFF---\ntitle: ${claim}\n---\n\n${claim}\n`;
    const found = checkDocument(kb, draft).findings;
    assert.deepEqual(
      found.map((f) => f.start),
      [draft.lastIndexOf('2016')],
    );
  });
});

describe('one reading for every feature: where sentences end', () => {
  const kb = realKnowledge();
  // The sources' own sentences, with their months and titles written as abbreviations.
  const sentences = [
    'In Sept. 2020, former Cabinet Secretary Yoshihide Suga became Japan’s prime minister following Abe’s resignation.',
    'Japan’s Vice Foreign Minister Akitaka Saiki, U.S. Deputy Secretary of State Antony Blinken, and South Korean First Vice ' +
      'Foreign Minister Lim Sung-nam met at the foreign ministry’s Iikura guest house on Jan. 16, 2016.',
    'China engaged in a border standoff with India in Jun. 2020, which led to dozens of casualties.',
    'In Dec. 2019, Japanese Prime Minister Abe Shinzo and South Korean President Moon Jae-in met in Chengdu, China at the ' +
      'China-Japan-Korea trilateral summit.',
    'Patrick G. Buchan is the director of the U.S. Alliances Project at CSIS in Washington, D.C.',
    'Benjamin Rimland is a research associate with the CSIS U.S. Alliances Project.',
  ];
  const paragraph = sentences.join(' ');

  it('a sentence with "U.S.", "Jan.", "Jun." or "Sept." is one sentence for the checker, the ignore file, Insert Citation and the knowledge build', () => {
    for (const sentence of sentences) {
      const start = paragraph.indexOf(sentence);
      const end = start + sentence.length;
      // Every word of the sentence, as a cursor or a claim's place, finds the whole sentence.
      for (let at = start; at < end; at += 7) {
        const checker = sentenceAround(paragraph, at);
        assert.deepEqual(checker && paragraph.slice(checker.start, checker.end), sentence, `claim checker at ${at}`);
        const ignored = sentenceRangeAt(paragraph, { start: at, end: at });
        assert.equal(paragraph.slice(ignored.start, ignored.end), sentence, `ignore file at ${at}`);
        assert.equal(claimQuery(paragraph, at, at), sentence, `Insert Citation's search at ${at}`);
        assert.equal(citationPoint(paragraph, at, at), sentence.endsWith('D.C.') ? end : end - 1, `Insert Citation's place at ${at}`);
      }
    }
    assert.deepEqual(
      splitPassages('probe', paragraph, []).map((p) => p.text),
      sentences,
      'the knowledge build splits a source into the same passages',
    );
  });

  it('the Cite fix puts the citation at the end of the claim’s own sentence, past "Jun." and "U.S."', () => {
    const draft =
      'The navies traded accusations over the radar incident in late January, long before China’s border standoff with ' +
      'India in Jun. 2020 and the U.S. presidential election. Suga became Japan’s prime minister in Sept. 2020.';
    const findings = checkDocument(kb, draft).findings;
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.equal(draft.slice(finding.start, finding.end), 'late January');
    assert.ok(citationsToOffer(draft, finding).length > 0, 'the fix offers the source the draft follows');
    const at = citationOffset(draft, finding);
    assert.equal(draft.slice(at - 'election'.length, at + 1), 'election.');
    // Insert Citation from anywhere in that sentence puts its citation at the same place.
    assert.equal(citationPoint(draft, draft.indexOf('Jun.'), draft.indexOf('Jun.')), at);
  });
});
