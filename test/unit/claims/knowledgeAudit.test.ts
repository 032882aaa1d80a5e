import * as assert from 'node:assert/strict';
import { checkText, type ClaimFinding } from '../../../src/core/claims';
import { termHoverMarkdown } from '../../../src/vscode/hover/hoverMarkdown';
import { realKnowledge } from '../helpers/knowledge';

/**
 * The audit of knowledge/ against the five sources (issue 10, section 4): sentences the sources do not contradict
 * must get no warning, claims they do contradict must still get one, and what a writer reads (messages, hovers)
 * says no more than the quotes.
 */

const kb = realKnowledge();
const underlined = (text: string, findings: readonly ClaimFinding[]) => findings.map((f) => text.slice(f.start, f.end));
const warnings = (text: string) => checkText(kb, text).filter((f) => f.severity === 'warning');
const hoverOf = (alias: string) => {
  const mention = kb.matcher.findAll(`We discuss ${alias} here.`)[0];
  assert.ok(mention, `"${alias}" is not a known alias`);
  return termHoverMarkdown(kb, kb.term(mention.termIds[0])!, 10);
};

describe('knowledge audit: sentences the sources do not contradict stay quiet', () => {
  for (const [why, text] of [
    // The sources say Abe and Moon met at the trilateral summit in Chengdu; they do not say whether the two also
    // held a bilateral meeting there.
    ['a bilateral meeting at the Chengdu summit', 'Abe and Moon held a bilateral summit in Chengdu in December 2019.'],
    // After a passive verb the name after "by" is who replaced Suga, not whom Suga replaced.
    ['who replaced Suga (a passive "replaced by")', 'Suga was replaced by Fumio Kishida.'],
    ['who succeeded Suga (a passive "succeeded by")', 'After a year in office, Suga was succeeded by Kishida.'],
    // Both nations removed the other from most-favored-nation status, and Seoul repaid Tokyo's retaliation in kind.
    ['a South Korean export measure against Japan', 'South Korea imposed export restrictions on Japan in return.'],
    ['Seoul imposing export controls on Japan', 'In 2019 Seoul imposed export controls on Japanese chemicals in return.'],
    // The sources date the forced-labor ruling; the comfort-women compensation decision is another court decision.
    ['a court decision on comfort women', "The Supreme Court's 2021 ruling on compensation for comfort women angered Tokyo."],
    // strengthen-relations-2021 counts trilateral approaches among the multilateral ones ("or other multilateral").
    ['TISA called multilateral', 'TISA, a multilateral intelligence-sharing arrangement, predates GSOMIA.'],
  ] as const) {
    it(`no warning on ${why}`, () => {
      assert.deepEqual(underlined(text, warnings(text)), [], text);
    });
  }

  it('notes, without warning, a 55-year low: Sakata dates the low point from the 1965 normalization', () => {
    const text = 'Relations between Japan and South Korea fell to a 55-year low.';
    const findings = checkText(kb, text);
    assert.deepEqual(
      underlined(
        text,
        findings.filter((f) => f.severity === 'warning'),
      ),
      [],
    );
    const [note] = findings;
    assert.equal(note?.code, 'claim-sources-differ');
    assert.equal(text.slice(note.start, note.end), '55-year');
    assert.ok(note.citations.some((c) => c.source === 'sakata2020' && c.quote.includes('since the normalization of relations in 1965')));
    assert.ok(note.citations.some((c) => c.source === 'buchan2019' && c.quote.includes('70-year low')));
  });
});

describe('knowledge audit: claims the sources contradict still get a warning', () => {
  for (const [text, expected] of [
    // Sakata: Suga became prime minister following Abe's resignation. Any other predecessor is wrong, whether or
    // not the sources name that person.
    ['Suga succeeded Kishida as prime minister in September 2020.', ['Kishida']],
    ['Suga succeeded Prime Minister Fumio Kishida.', ['Fumio Kishida']],
    ['Suga took over from Motegi in September 2020.', ['Motegi']],
    // Tokyo's restrictions were on South Korea: a Korean agent for them is a slip.
    ["Seoul placed export restrictions on critical inputs for South Korea's semiconductor industry.", ['Seoul']],
    ['In 2019 the export restrictions on South Korean firms were imposed by Seoul.', ['Seoul']],
    // Neither source gives a 60-year low.
    ['Relations between Tokyo and Seoul sank to a 60-year low.', ['60-year']],
    ['Abe and Moon met on the sidelines of the G20 summit in Chengdu.', ['G20']],
    ['TISA, a bilateral arrangement between Japan and South Korea, lets the two share military secrets.', ['bilateral']],
  ] as const) {
    it(`warns on ${JSON.stringify(expected)} in "${text}"`, () => {
      assert.deepEqual(underlined(text, warnings(text)), expected, text);
    });
  }

  it('keeps a person-name rule from reading other capitalised words as the wrong predecessor', () => {
    for (const text of [
      "Suga took over from Japan's longest-serving prime minister in September 2020.",
      'Abe was succeeded by Suga in September 2020.',
      'The delegation, headed by Democratic Party lawmakers, met Suga in Tokyo.',
      'Suga replaced him in September 2020.',
    ]) {
      assert.deepEqual(underlined(text, warnings(text)), [], text);
    }
  });
});

describe('knowledge audit: what a writer reads says no more than the sources', () => {
  it('does not date the undated biden-japan-frictions source to 2021 in any message built on it', () => {
    assert.equal(kb.source('biden-japan-frictions')!.date.value, null);
    for (const text of [
      'Blinken phoned Defense Minister Motegi Toshimitsu about Burma.',
      'With two years left in office, Moon is desperate for a breakthrough with Pyongyang.',
      'Germany set up a similar compensation foundation some 40 years ago.',
      'The 2015 comfort women agreement remains intact as an official pact.',
    ]) {
      const [finding] = checkText(kb, text);
      assert.ok(finding, `no finding for: ${text}`);
      assert.doesNotMatch(finding.message, /2021/, finding.message);
    }
  });

  it('counts the sources that say the comfort women agreement was abandoned as three, and cites all three', () => {
    const text = "Moon's government abandoned the 2015 comfort women agreement.";
    const [finding] = checkText(kb, text);
    assert.equal(finding.code, 'claim-sources-differ');
    assert.doesNotMatch(finding.message, /\btwo say\b/);
    for (const key of ['seoul-tokyo-2019', 'sakata2020', 'buchan2019'])
      assert.ok(
        finding.citations.some((c) => c.source === key),
        key,
      );
  });

  it('does not name members of TISA the sources never list', () => {
    const text = 'TISA is a bilateral arrangement.';
    const [finding] = warnings(text);
    assert.equal(finding.expected, 'trilateral');
    assert.doesNotMatch(finding.message, /United States, Japan and South Korea/);
  });

  it('does not call Moon president throughout the period the sources cover (they also name earlier governments)', () => {
    const md = hoverOf('President Moon');
    assert.doesNotMatch(md, /throughout the period/);
    assert.match(md, /Park Geun\\?-hye/);
    assert.match(md, /Lee Myung\\?-bak/);
  });

  it('does not say the radar accusations continued into late January', () => {
    const md = hoverOf('the radar incident');
    assert.doesNotMatch(md, /continued into/);
    assert.match(md, /late January/);
  });
});
