import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A "would" telling what a named party announced, said or made clear, or what a proposal says, is the content of that
 * declaration: compared with the passages telling the same declaration or proposal ("Motegi signaled a readiness to
 * join public statements", "the U.S. president's announcement that he was reducing …"), while a guess stays a guess
 * and an announced act is not compared with what then happened.
 */
describe('a "would" reporting a declaration or a proposal', () => {
  it('compares what was declared with the passage telling the declaration', () => {
    const kb = realKnowledge();
    const cases: [string, string][] = [
      // The source: "Motegi signaled a readiness to join public statements."
      ["In last week's call, Motegi made clear that Tokyo would not sign on to any joint public statements on Burma.", 'not'],
      ['Motegi said he would not join public statements.', 'not'],
      // Who declared it is stated too: the source calls Yu Myung Hwan a former foreign minister.
      ['Yu Myung Hwan, a former South Korean prime minister, said Suga would take no risk before his LDP vote.', 'prime minister'],
      // The source: "After the Singapore Summit last year, the U.S. president's announcement that he was reducing …".
      ['Before the Singapore summit, Trump announced that he would scale back U.S.-ROK military exercises.', 'Before'],
      // The source: "a proposal floated … to create a foundation similar to the one created by Germany some 20 years ago".
      ['That proposal would create a foundation similar to the one created by Japan some 20 years ago.', 'Japan'],
    ];
    for (const [text, value] of cases) assert.deepEqual(warnedWords(kb, text), [value], text);
  });

  it('compares it with the declaration a source takes as given in a guess about its reception', () => {
    const kb = realKnowledge();
    // The source: "… the U.S. president's announcement that he was reducing U.S.-ROK military exercises—… may have
    // been tolerable for the Moon administration": whether it was tolerable is a guess; the announcement was made.
    const wrong = 'After the Singapore Summit, the U.S. president announced that he would expand U.S.-ROK military exercises.';
    assert.deepEqual(warnedWords(kb, wrong), ['expand'], wrong);
    const right = 'After the Singapore Summit, the U.S. president announced that he would reduce U.S.-ROK military exercises.';
    assert.deepEqual(warnedWords(kb, right), [], right);
  });

  it('stays silent on a true declaration, an announced act that did not follow, and a guess', () => {
    const kb = realKnowledge();
    for (const text of [
      'After the Singapore summit, Trump announced that he would scale back U.S.-ROK military exercises.',
      'That proposal would create a foundation similar to the one created by Germany some 20 years ago.',
      'Motegi said Tokyo would join public statements.',
      // Announced, not done: the source tells Seoul's "near withdrawal" from the pact, no announcement.
      'South Korea announced in August 2019 that it would terminate GSOMIA.',
      // No named party declares: a guess.
      'Experts said Motegi would not join public statements.',
      'Analysts think Motegi would not join public statements.',
      'Motegi would probably not join public statements.',
    ])
      assert.deepEqual(warnedWords(kb, text), [], text);
  });

  it('reads a thing named inside the declaration as what it is about: another agreement tells another event', () => {
    const kb = realKnowledge();
    // The source: "In 2015, the Abe cabinet let a currency swap agreement with South Korea expire during a period of
    // tension." GSOMIA is another agreement, so the announcement's date is no wrong date of that expiry.
    for (const text of [
      'Seoul did announce in August 2019 that it would let GSOMIA lapse, only to suspend that decision in November.',
      'In August 2019, Seoul said it would let GSOMIA lapse.',
    ])
      assert.deepEqual(warnedWords(kb, text), [], text);
    // The declaration about the source's own agreement is still dated against it.
    const wrong = 'In 2017, the Abe cabinet made clear that it would let the currency swap agreement with South Korea expire.';
    assert.deepEqual(warnedWords(kb, wrong), ['2017'], wrong);
  });

  it('reads "Under the … approach," as opening what that approach holds, compared with the passage telling it', () => {
    const kb = realKnowledge();
    // The source: "… support the so-called “two track” approach that separates history issues from other issues …".
    const wrong =
      'Under the so-called “two track” approach, history issues would be bundled together with security and economic questions in a single negotiation.';
    assert.deepEqual(warnedWords(kb, wrong), ['bundled'], wrong);
    for (const text of [
      'Under the so-called “two track” approach, history issues would be kept apart from security and economic questions in talks of their own.',
      // Not opened by "Under …,": the approach as a subject, and its "would" a guess.
      'That approach would bundle history issues together with other issues.',
    ])
      assert.deepEqual(warnedWords(kb, text), [], text);
  });

  it('reads "Under the proposed …," as opening what the proposal holds, the thing proposed named after "proposed"', () => {
    const kb = realKnowledge();
    // biden-japan-frictions: "… a proposal … to create a foundation … with funds provided by both Japanese and Korean firms."
    const wrong = 'Under the proposed foundation, the compensation money would come solely from Japanese firms.';
    assert.deepEqual(warnedWords(kb, wrong), ['solely from Japanese firms'], wrong);
    for (const text of [
      'Under the proposed foundation, the compensation money would come from Japanese and Korean firms.',
      // Not a proposal: the "would" is still a guess.
      'Under the foundation, the compensation money would come solely from Japanese firms.',
    ])
      assert.deepEqual(warnedWords(kb, text), [], text);
  });
});
