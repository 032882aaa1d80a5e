import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A sentence that dates the event the sentence before told ("That clash took place in 2012", "His visit came in
 * December 2020") is read as that sentence dated so (groundedCheck.ts `datedEventConflict`, references.ts
 * `dateOfEventBefore`), though it goes on past the date with a clause of its own, names the event by another word
 * than the one before, or follows a sentence whose subject is "It".
 */
describe('claims read from the sources: a sentence dating the event told before', () => {
  it('reads the date though a clause of its own follows it ("That clash took place in 2012, and …")', () => {
    const kb = realKnowledge();
    // "Tokyo faced a ban on rare earth exports during its clash with Beijing over the Senkaku/Diaoyu Islands in 2010".
    const ban = 'Beijing halted rare earth shipments to Tokyo during their confrontation over the Senkaku/Diaoyu Islands.';
    const after = 'and Japanese planners still remember it.';
    assert.deepEqual(warnedWords(kb, `${ban} That clash took place in 2012, ${after}`), ['2012']);
    assert.deepEqual(warnedWords(kb, `${ban} That clash took place in 2010, ${after}`), []);
  });

  it('reads "His visit came in …" as dating the act the sentence before told of the person', () => {
    const kb = realKnowledge();
    // "… Takeo Kawamura, head of the Japan-Korea Parliamentarians' Union, met informally with his counterparts in Seoul
    // in October 2020."
    const visit = "Takeo Kawamura, head of the Japan-Korea Parliamentarians' Union, met his Korean counterparts informally in Seoul.";
    const after = 'and working-level talks soon resumed.';
    assert.deepEqual(warnedWords(kb, `${visit} His visit came in December 2020, ${after}`), ['December 2020']);
    assert.deepEqual(warnedWords(kb, `${visit} His visit came in October 2020, ${after}`), []);
  });

  it('reads the act of "It", the country the sentence before opened with, as the act a next sentence dates', () => {
    const kb = realKnowledge();
    // "More recently, it has aggressively extended its territorial claims … and, in June 2020, engaged in a border
    // standoff with India …" ("it": China).
    const china =
      'China has pushed its territorial claims in the East and South China Seas. It also engaged in a border standoff with India.';
    assert.deepEqual(warnedWords(kb, `${china} That clash took place in 2019.`), ['2019']);
    assert.deepEqual(warnedWords(kb, `${china} That clash took place in June 2020.`), []);
  });

  it('reads a verb placing the event in its time ("That effort belonged to the 2000s") as dating it', () => {
    const kb = realKnowledge();
    // "Only in the 1990s, when Secretary of Defense William Perry led a trilateral, alliances-first approach to
    // negotiating with Pyongyang did Seoul and Tokyo seemed to find common ground."
    const perry = 'Secretary of Defense William Perry once led a trilateral, alliances-first approach to Pyongyang.';
    assert.deepEqual(warnedWords(kb, `${perry} That effort belonged to the 2000s.`), ['2000s']);
    assert.deepEqual(warnedWords(kb, `${perry} That effort belonged to the 1990s.`), []);
  });

  it('passes the event on past a sentence of background in the past perfect ("He had once chaired …")', () => {
    const kb = realKnowledge();
    // "On November 23, the Blue House appointed Representative Kang Chan-gil, former chairman of the Korea-Japan
    // Parliamentarians' Union, as the next ambassador to Japan."
    const named = 'The Blue House appointed Kang Chan-gil as the next ambassador to Japan.';
    const background = "He had previously led the Korea-Japan Parliamentarians' Union.";
    assert.deepEqual(warnedWords(kb, `${named} ${background} The appointment came on November 25.`), ['November 25']);
    assert.deepEqual(warnedWords(kb, `${named} ${background} The appointment came on November 23.`), []);
  });
});

/**
 * A thing given out in the passive, dated by its giving out ("The court's ruling …, which set off the battle, was
 * issued in October 2017") against the passage dating the thing itself ("It started with a Korean Supreme Court
 * ruling in October 2018 …"): the issuing is the ruling's own event.
 */
describe('claims read from the sources: a thing dated by its giving out, in the passive', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);
  const ruling = (date: string) =>
    `The Korean Supreme Court's ruling on wartime laborers, which set off the legal and political battle, was issued in ${date}.`;

  it('warns on the wrong month or year of a ruling told as issued', () => {
    assert.deepEqual(warned(ruling('October 2017')), ['October 2017']);
  });

  it('stays silent on the right date, and on an act of a relative clause after the ruling', () => {
    assert.deepEqual(warned(ruling('October 2018')), []);
    assert.deepEqual(warned('The ruling prompted export controls that were imposed in July 2019.'), []);
  });
});

describe('claims read from the sources: the date of a judgment', () => {
  it('reads a date before "saw … as" as the judgment\'s, not the date of the event judged', () => {
    const kb = realKnowledge();
    // buchan2019: "his government's withdrawal from the 2015 “comfort women” agreement … is seen by the Abe
    // administration as evidence …"; sakata2020: "Moon's unilateral scrapping of the … agreement in 2018".
    for (const curated of [false, true]) {
      const text = "In 2019 the Abe administration saw Moon's withdrawal from the 2015 agreement as a breach of trust.";
      assert.deepEqual(warnedWords(kb, text, curated), [], text);
      const wrong = 'In 2019 Moon withdrew from the comfort women agreement.';
      assert.deepEqual(warnedWords(kb, wrong, curated), ['2019'], wrong);
    }
  });

  it('leaves a date to its clause before "and later", "and then": the passage telling the later clause does not date it', () => {
    const kb = realKnowledge();
    // sakata2020: "On November 23, the Blue House appointed Representative Kang Chan-gil … as the next ambassador to
    // Japan."; Park Jie-won "traveled to Tokyo on November 9".
    for (const curated of [false, true]) {
      for (const text of [
        'Seoul sent Park Jie-won to Tokyo on November 9 and later named Kang Chan-gil ambassador to Japan.',
        'Seoul dispatched intelligence chief Park Jie-won to Tokyo on November 9 and then appointed Kang Chan-gil as its next ambassador to Japan.',
      ])
        assert.deepEqual(warnedWords(kb, text, curated), [], text);
      const wrong = 'Seoul sent Park Jie-won to Tokyo and later named Kang Chan-gil ambassador to Japan on November 30.';
      assert.deepEqual(warnedWords(kb, wrong, curated), [curated ? '30' : 'November 30'], wrong);
    }
  });
});
