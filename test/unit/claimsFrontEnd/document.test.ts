import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument, citationOffset, citationsToOffer, sentenceCites, type DocumentFinding } from '../../../src/core/claims/document';
import { checkText, type ClaimFinding } from '../../../src/core/claims/index';
import { checkTexts } from '../../../src/core/claims/checker';
import { ParagraphCache, splitParagraphs } from '../../../src/core/claims/incremental';
import { IgnoredClaims } from '../../../src/core/claims/suppressions';
import { realKnowledge, REPO_ROOT } from '../helpers/knowledge';

const BRIEF = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'drafts', 'history-brief.md'), 'utf8');

/** The words each finding covers, in document order. */
function words(text: string, findings: readonly { start: number; end: number }[]): string[] {
  return findings.map((f) => text.slice(f.start, f.end));
}

/** Offsets, codes and facts: what must not depend on how the document was checked. */
function essentials(findings: readonly ClaimFinding[]) {
  return findings.map((f) => ({ start: f.start, end: f.end, code: f.code, factId: f.factId, replacement: f.replacement }));
}

describe('claims front end: checkDocument', () => {
  it('reports the conflicting words of the brief, honours the ignore comment, and leaves correct claims alone', () => {
    const check = checkDocument(realKnowledge(), BRIEF);
    assert.deepEqual(words(BRIEF, check.findings), ['1966', '2013']);
    assert.ok(check.findings.every((f) => f.code === 'claim-conflict'));
    assert.equal(check.ignoredInline, 1, 'the line after the ignore comment had a finding that was silenced');
    const withoutComment = checkDocument(realKnowledge(), BRIEF.replace('<!-- sourcebook-ignore-next-line -->\n', ''));
    assert.ok(words(BRIEF, withoutComment.findings).length === 3, 'removing the comment brings the ignored claim back');
  });

  it('finds exactly what the checker finds on the whole text: paragraph splitting loses nothing', () => {
    const text = BRIEF.replace('<!-- sourcebook-ignore-next-line -->\n', '');
    const whole = checkText(realKnowledge(), text);
    assert.deepEqual(essentials(checkDocument(realKnowledge(), text).findings), essentials(whole));
  });

  it('checks paragraphs together exactly as one by one: each gets the findings it gets alone', () => {
    const kb = realKnowledge();
    const dir = path.join(REPO_ROOT, 'test', 'fixtures', 'drafts');
    const paragraphs = fs.readdirSync(dir).flatMap((f) => splitParagraphs(fs.readFileSync(path.join(dir, f), 'utf8')).map((p) => p.text));
    const together = checkTexts(kb, paragraphs);
    assert.equal(together.length, paragraphs.length);
    assert.ok(together.flat().length >= 5, 'the drafts have findings to compare');
    paragraphs.forEach((p, k) => assert.deepEqual(together[k], checkText(kb, p), p));
  });

  it('gives each finding the sentence it stands in, the key of the ignore file', () => {
    const check = checkDocument(realKnowledge(), BRIEF);
    const comfort = check.findings.find((f) => BRIEF.slice(f.start, f.end) === '2013')!;
    assert.equal(
      comfort.sentence,
      'The comfort women agreement was reached in 2013 with President Park Geun-hye, and Moon scrapped it in 2018.',
    );
    const treaty = check.findings.find((f) => BRIEF.slice(f.start, f.end) === '1966')!;
    assert.equal(treaty.sentence, 'Japan and South Korea normalized relations in 1966 under the Treaty on Basic Relations.');
  });

  it('an entry in the ignore file silences that claim even after the paragraph is re-wrapped and moved', () => {
    const kb = realKnowledge();
    const first = checkDocument(kb, BRIEF).findings.find((f) => BRIEF.slice(f.start, f.end) === '2013')!;
    const ignored = new IgnoredClaims([{ fact: first.factId, sentence: first.sentence }]);
    const edited = `Draft 2, revised after the desk review.\n\n${BRIEF.replace('reached in 2013 with President', 'reached in 2013\nwith President')}`;
    const check = checkDocument(kb, edited, { ignored });
    assert.deepEqual(words(edited, check.findings), ['1966']);
    assert.equal(check.ignoredByFile, 1);
  });

  it('re-checks only the edited paragraph and finds the same as a fresh check', () => {
    const kb = realKnowledge();
    const cache = new ParagraphCache<DocumentFinding>();
    checkDocument(kb, BRIEF, { cache });
    const edited = BRIEF.replace('Supreme Court ruled in October 2018', 'Supreme Court ruled in October 2016');
    const incremental = checkDocument(kb, edited, { cache });
    assert.equal(incremental.stats.analysed, 1, 'only the changed paragraph is analysed');
    assert.ok(incremental.stats.paragraphs > 5);
    const fresh = checkDocument(kb, edited);
    assert.deepEqual(essentials(incremental.findings), essentials(fresh.findings));
    assert.ok(words(edited, incremental.findings).includes('2016'), 'the new conflict in the edited paragraph is found');
  });

  it("reads no claim in an HTML comment or an image's alt text, even a comment spanning paragraphs, but reads HTML blocks", () => {
    const kb = realKnowledge();
    const claim = 'The Supreme Court ruled in October 2016 on forced labor.';
    const draft = [
      'Intro.',
      `<!-- ${claim} -->`,
      `<!-- A note to self:\n\n${claim}\n\nCheck this. -->`,
      `![${claim}](chart.png) and ![${claim}][fig]`,
      `<div>${claim}</div>`,
      claim,
    ].join('\n\n');
    const found = checkDocument(kb, draft).findings;
    const lines = found.map((f) => draft.slice(0, f.start).split('\n').length);
    // Only the HTML block's prose and the plain sentence: lines 13 and 15.
    assert.deepEqual(lines, [13, 15]);
    assert.deepEqual(words(draft, found), ['2016', '2016']);
    // A paragraph at a time (the editor's re-check) agrees with the whole text.
    assert.deepEqual(essentials(checkDocument(kb, draft, { cache: new ParagraphCache() }).findings), essentials(found));
  });

  it("places a citation at the end of the claim's sentence, before its full stop, and sees one already there", () => {
    const finding = checkDocument(realKnowledge(), BRIEF).findings.find((f) => BRIEF.slice(f.start, f.end) === '2013')!;
    const at = citationOffset(BRIEF, finding);
    assert.equal(BRIEF.slice(at - 'scrapped it in 2018'.length, at + 1), 'scrapped it in 2018.');
    const key = finding.citations[0].source;
    assert.equal(sentenceCites(BRIEF, finding, key), false);
    const cited = `${BRIEF.slice(0, at)} [@${key}]${BRIEF.slice(at)}`;
    assert.equal(sentenceCites(cited, finding, key), true);
  });
});

describe('claims front end: which sources a quick fix may cite', () => {
  const kb = realKnowledge();
  const only = (text: string) => {
    const found = checkDocument(kb, text).findings;
    assert.equal(found.length, 1, text);
    return found[0];
  };

  it('offers no citation for a claim the sources contradict, though the warning quotes them', () => {
    for (const text of [
      "South Korea's Supreme Court ruled in October 2016 that Japanese companies must compensate forced laborers.",
      'South Korea terminated GSOMIA in 2019.',
    ]) {
      const f = only(text);
      assert.equal(f.code, 'claim-conflict');
      assert.ok(f.citations.length > 0);
      assert.deepEqual(citationsToOffer(text, f), [], text);
    }
  });

  it('offers, where the sources differ, only the source the draft follows, with its own quote', () => {
    const text = 'The 2015 comfort women agreement remains intact as an official pact.';
    const f = only(text);
    assert.equal(f.code, 'claim-sources-differ');
    const others = new Set(f.citations.map((c) => c.source));
    const offered = citationsToOffer(text, f);
    assert.equal(offered.length, 1);
    others.delete(offered[0].source);
    assert.ok(others.size > 0, 'the finding quotes no source that says otherwise');
    // The quote cited says what the draft says, not the same source's other passage.
    assert.match(offered[0].quote, /remains intact/);
    const cited = `The 2015 comfort women agreement remains intact as an official pact [@${offered[0].source}].`;
    assert.deepEqual(citationsToOffer(cited, only(cited)), [], 'offers a source the sentence already cites');
  });
});

describe('claims front end: what is not prose', () => {
  const MEMO = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'drafts', 'pandoc-memo.md'), 'utf8');

  it('checks the prose of a Pandoc memo but not its front matter, fenced blocks (blank lines and all) or code spans', () => {
    const check = checkDocument(realKnowledge(), MEMO);
    assert.deepEqual(words(MEMO, check.findings), ['2016', '1966']);
    // The first "2016" is the front matter's title; the warning is on the prose sentence's.
    assert.ok(check.findings[0].start > MEMO.indexOf('# Talking points'));
  });

  it('still warns on the same sentences once they are taken out of code', () => {
    const unfenced = MEMO.replace(/^(```|~~~~)(text)?$/gm, '').replace(/`/g, '');
    const found = words(unfenced, checkDocument(realKnowledge(), unfenced).findings);
    for (const year of ['November 2016', '2017', '2015', '2014', '2013']) assert.ok(found.includes(year), `${year} in ${found.join(', ')}`);
  });

  it('gives the same findings however the document is cut: a paragraph inside a fence is not checked alone', () => {
    const cache = new ParagraphCache<DocumentFinding>();
    const first = checkDocument(realKnowledge(), MEMO, { cache });
    const edited = MEMO.replace('Follow-up:', 'Later follow-up:');
    const again = checkDocument(realKnowledge(), edited, { cache });
    assert.deepEqual(words(edited, again.findings), words(MEMO, first.findings));
  });
});
