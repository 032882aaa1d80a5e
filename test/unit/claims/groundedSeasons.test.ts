import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A season with no year against the passage's month or season ("The naval relationship was nearly torpedoed in late
 * January …"; "South Korean boycotts of Japanese goods since last summer’s export control measures seem to be winding
 * down …"), with the hand-written facts off.
 */
describe('claims read from the sources: a season told without a year', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('warns on a season after "in", "in late" or "the previous" that the passage’s month or season is not in', () => {
    assert.deepEqual(
      warned(
        'The naval quarrel over a low-flying Japanese patrol plane and a Korean destroyer’s fire-control radar nearly wrecked military ties in late summer.',
      ),
      ['late summer'],
    );
    assert.deepEqual(
      warned('Korean boycotts of Japanese goods, which began after the previous autumn’s export controls, appear to be winding down.'),
      ['autumn'],
    );
  });

  it('leaves the season the passage’s month or season is in, and a season of another round of an event', () => {
    assert.deepEqual(
      warned(
        'The naval quarrel over a low-flying Japanese patrol plane and a Korean destroyer’s fire-control radar nearly wrecked military ties in the winter.',
      ),
      [],
    );
    assert.deepEqual(
      warned('Korean boycotts of Japanese goods, which began after the previous summer’s export controls, appear to be winding down.'),
      [],
    );
    assert.deepEqual(
      warned('Kawamura plans to return to Seoul in the spring for another round of informal talks with his counterparts.'),
      [],
    );
  });
});

describe('claims read from the sources: a decision dated with the act it is to do', () => {
  it('dates the act by the decision\'s date ("decision in summer 2019 to tighten …"), against a draft dating the act done', () => {
    const kb = realKnowledge();
    // sakata2020: "The Japanese Cabinet’s sudden decision in summer 2019 to tighten export control measures …".
    for (const curated of [false, true]) {
      const cases: [string, string[]][] = [
        ["Japan's Cabinet abruptly tightened export controls on South Korea in the winter of 2019.", ['winter']],
        ['The Japanese Cabinet tightened export controls and delisted South Korea from its white list in summer 2018.', ['2018']],
        ["Japan's Cabinet abruptly tightened export controls on South Korea in the summer of 2019.", []],
      ];
      // The curated facts may quote a part of the date ("winter", "2018"), the sources' reading the whole date.
      for (const [text, warned] of cases) {
        const got = warnedWords(kb, text, curated);
        assert.equal(got.length, warned.length, `${text}: ${got.join(', ')}`);
        got.forEach((w, k) => assert.ok(w.includes(warned[k]), `${text}: ${w}`));
      }
    }
  });
});

describe('claims read from the sources: which event a date dates', () => {
  it('reads "the winter of 2019" before a verb as the date of the act before it, not of a noun after it', () => {
    const kb = realKnowledge();
    // sakata2020: "The Japanese Cabinet’s sudden decision in summer 2019 to tighten export control measures …".
    const text = "Tokyo's abrupt tightening of export controls in the winter of 2019 hit South Korea's chipmakers hard.";
    assert.deepEqual(warnedWords(kb, text, false), ['winter of 2019'], text);
    const right = "Tokyo's abrupt tightening of export controls in the summer of 2019 hit South Korea's chipmakers hard.";
    assert.deepEqual(warnedWords(kb, right, false), [], right);
  });

  it('reads a date after "the abandonment of the deal" as the abandonment\'s, not the deal\'s', () => {
    const kb = realKnowledge();
    // sakata2020: "But Moon’s unilateral scrapping of the so-called “comfort women agreement” in 2018, which Suga played
    // a significant role in reaching as Abe’s Cabinet Secretary, has made Suga very cautious."
    const text = "Moon's unilateral abandonment of the comfort women deal in 2019 left Suga, who had helped negotiate it, very wary.";
    assert.deepEqual(warnedWords(kb, text, false), ['2019'], text);
    const right = "Moon's unilateral abandonment of the comfort women deal in 2018 left Suga, who had helped negotiate it, very wary.";
    assert.deepEqual(warnedWords(kb, right, false), [], right);
  });

  it('reads a date carried by a verb that only tells the event happened ("handed down in …") as the event\'s', () => {
    const kb = realKnowledge();
    // sakata2020: "It started with a Korean Supreme Court ruling in October 2018 regarding Korean wartime laborers …".
    const text = 'The Supreme Court ruling, handed down in November 2017, ordered Japanese firms to compensate wartime laborers.';
    assert.deepEqual(warnedWords(kb, text, false), ['November 2017'], text);
    const right = 'The Supreme Court ruling, handed down in October 2018, ordered Japanese firms to compensate wartime laborers.';
    assert.deepEqual(warnedWords(kb, right, false), [], right);
  });
});

describe('claims read from the sources: a date backed only at its grain', () => {
  it('warns on a month against a passage of the same year, though another passage gives that year alone', () => {
    const kb = realKnowledge();
    // sakata2020: "It started with a Korean Supreme Court ruling in October 2018 …"; another passage: "In 2018, however,
    // the ROK Supreme Court ruled that …", which says nothing of the month.
    const text = "The whole crisis traces back to the Korean Supreme Court's September 2018 ruling on wartime forced labour.";
    assert.deepEqual(warnedWords(kb, text, false), ['September 2018'], text);
    const right = "The whole crisis traces back to the Korean Supreme Court's October 2018 ruling on wartime forced labour.";
    assert.deepEqual(warnedWords(kb, right, false), [], right);
    // Against a date of no year ("mid-November"), a passage giving the year still backs the draft.
    const olympics = 'Postponed by a year because of the pandemic, the Tokyo Olympics were held in the summer of 2021.';
    assert.deepEqual(warnedWords(kb, olympics, false), [], olympics);
  });
});
