import * as assert from 'node:assert/strict';
import { warnedWords, warnsOnce, warnsOnNone } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';
import { stem } from '../../../src/core/claims/grounded/stem';

/**
 * A window of time ending now against the passage's ("Because of such advantages, there has been an explosion of such
 * “minilaterals” in the past decade."), with the hand-written facts off. A writer names the source's "minilaterals" by
 * the adjective and a kind noun ("minilateral groupings"), and a passage sharing only the window's words ("For much of
 * the past three decades North Korea’s growing arsenal …") backs no other statement over that window.
 */
describe('claims read from the sources: a window of time told of a kind the source names by its adjective', () => {
  const kb = realKnowledge();

  it('warns on a window of decades against the past decade', () => {
    warnsOnce(kb, [
      ['Minilateral groupings have proliferated over the past three decades.', 'three'],
      ['Minilateral groupings have multiplied over the past half-century.', 'the past half-century'],
      ['Such minilateral groupings have multiplied over the past two decades.', 'two'],
      ['Minilaterals have proliferated over the past three decades.', 'three'],
    ]);
  });

  it('leaves the past decade, told in other words, and the passage that shares only the window', () => {
    warnsOnNone(kb, [
      'Minilateral groupings have multiplied over the past decade.',
      'Minilateral groupings have proliferated over roughly the past decade.',
      'The past decade has seen an explosion of so-called minilateral groupings.',
      'For much of the past three decades, North Korea’s arsenal has given Seoul and Tokyo a reason to align.',
    ]);
  });
});

/**
 * A share written as a fraction in words against the passage's ("The South Korean government moved to freeze the
 * Reconciliation and Healing Foundation, which was funded by Japan and provided compensation payments to two-thirds of
 * the surviving women."), facts off: "roughly three-quarters" is as fine as the simple fractions a writer picks among.
 */
describe('claims read from the sources: a share written as a fraction', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('warns on roughly three-quarters against two-thirds', () => {
    assert.deepEqual(
      warned(
        'Payments from the Japan-funded Reconciliation and Healing Foundation reached roughly three-quarters of the surviving women before Seoul moved to freeze the body.',
      ),
      ['three-quarters'],
    );
  });

  it('leaves a share near two-thirds, and a floor under it however far', () => {
    for (const share of ['about two-thirds', 'roughly 70 percent', 'more than half'])
      assert.deepEqual(
        warned(`The Reconciliation and Healing Foundation, funded by Japan, paid compensation to ${share} of the surviving women.`),
        [],
        share,
      );
  });
});

describe('the stemmer on verbs in "-ly"', () => {
  it('meets a verb in "-ly" and its inflections ("multiply", "multiplied")', () => {
    for (const group of [
      ['multiply', 'multiplied', 'multiplies', 'multiplying'],
      ['supply', 'supplied', 'supplies'],
    ])
      assert.equal(new Set(group.map(stem)).size, 1, group.join(', '));
  });
});

/**
 * A group's size told by its people against the passage's ("In mid-November, a seven-member delegation from the
 * Korea-Japan Parliamentarians’ Union headed by Kim Jin-pyo … met with Suga and parliamentarian counterparts in
 * Tokyo …"), facts off: "numbered twelve lawmakers", "a delegation of twelve lawmakers" count its members.
 */
describe('claims read from the sources: a group’s size told by its people', () => {
  const kb = realKnowledge();

  it('warns on another size, told after a verb of size, a group noun and "of", or before "strong"', () => {
    warnsOnce(kb, [
      [
        "In mid-November Kim Jin-pyo led a Korea-Japan Parliamentarians' Union delegation to Tokyo. It numbered twelve lawmakers and met Suga as well as its Japanese counterparts.",
        'twelve',
      ],
      [
        "In mid-November a Korea-Japan Parliamentarians' Union delegation of twelve lawmakers led by Kim Jin-pyo met Suga in Tokyo.",
        'twelve',
      ],
      ["In mid-November a twelve-strong delegation from the Korea-Japan Parliamentarians' Union met Suga in Tokyo.", 'twelve'],
    ]);
  });

  it('leaves the passage’s size, and a count of some of the group', () => {
    warnsOnNone(kb, [
      "In mid-November Kim Jin-pyo led a Korea-Japan Parliamentarians' Union delegation to Tokyo. It numbered seven lawmakers and met Suga as well as its Japanese counterparts.",
      "In mid-November a delegation of seven lawmakers from the Korea-Japan Parliamentarians' Union met Suga in Tokyo.",
      "In mid-November a Korea-Japan Parliamentarians' Union delegation that included two opposition lawmakers met Suga in Tokyo.",
      "In mid-November a seven-member delegation from the Korea-Japan Parliamentarians' Union met Suga in Tokyo; two of its lawmakers came from the opposition.",
    ]);
  });
});

/**
 * A date of a party's own event against the passage dating it ("A second source of momentum for Japan-Korea relations
 * came in November with former Vice President Joe Biden’s victory in the U.S. presidential election."), facts off: a
 * passage dating another party's election in the draft's month ("… before he is re-elected as Chairman of the Liberal
 * Democratic Party in September") does not back it.
 */
describe('claims read from the sources: a date of a party’s own event', () => {
  const kb = realKnowledge();

  it('warns on another month of the party’s event, though another party’s event fell in that month', () => {
    warnsOnce(kb, [["Biden's September election win gave Seoul and Tokyo a reason to mend ties.", 'September']]);
  });

  it('leaves the month of the party’s event, and the other party’s event in its own month', () => {
    warnsOnNone(kb, [
      "Biden's November election win gave Seoul and Tokyo a reason to mend ties.",
      "Suga's September election gave Seoul a reason to hope.",
    ]);
  });
});
