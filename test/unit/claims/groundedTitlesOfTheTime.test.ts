import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A named person given a title the sources give them at no time of the draft's event: a capacity after "as", a title
 * dated by "then" beside the very act a passage tells or before a source giving a lower rank of it, a bare surname the
 * sources spell two ways. Both modes.
 */

describe('claims read from the sources: a person given the wrong title for the time told', () => {
  it('reads a capacity after "as" that the sources give one other person alone ("Austin … as Secretary of State")', () => {
    const kb = realKnowledge();
    // "This past week, U.S. Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin made back-to-back
    // visits to Tokyo and Seoul …": the office is Blinken's, and "and" between two places joins no clauses.
    for (const curated of [false, true]) {
      const text = 'Lloyd Austin visited Tokyo and Seoul as Secretary of State this past week.';
      assert.deepEqual(warnedWords(kb, text, curated), ['Secretary of State'], text);
      for (const right of [
        'Lloyd Austin visited Tokyo and Seoul as Secretary of Defense this past week.',
        'Antony Blinken visited Tokyo and Seoul as Secretary of State this past week.',
        // "President" is given to many people: an office of many countries and times, not one person's.
        'Suga was elected as LDP president in September 2020.',
      ])
        assert.deepEqual(warnedWords(kb, right, curated), [], right);
    }
  });

  it('reads the titles of a bare surname the sources spell two ways ("Antony Blinken", "Anthony Blinken") as one person\'s', () => {
    const kb = realKnowledge();
    // "Secretary of State Antony Blinken …"; "Deputy Secretary of State Anthony Blinken also initiated …".
    for (const curated of [false, true]) {
      const text = 'Blinken was national security adviser at the time.';
      assert.deepEqual(warnedWords(kb, text, curated), ['national security adviser'], text);
      for (const right of [
        'Blinken was deputy secretary of state at the time.',
        // A title right before another name is that name's; one after an opening phrase's name opens the main clause.
        'Like Blinken, Defense Secretary Austin traveled to both Tokyo and Seoul in March 2021.',
        "In his first telephone talk with Biden, the Japanese prime minister pushed back hard on the president's wish to see Japan-ROK relations improve.",
      ])
        assert.deepEqual(warnedWords(kb, right, curated), [], right);
    }
  });

  it('compares a title dated by "then" set off after the name with the one the passage telling the very act gives', () => {
    const kb = realKnowledge();
    // "Deputy Secretary of State Anthony Blinken also initiated trilateral consultations on global areas for cooperation
    // between the United States, South Korea, and Japan." The sources make him Secretary of State later: held then?
    const told = 'initiated trilateral consultations on global areas for cooperation between the United States, South Korea, and Japan.';
    for (const curated of [false, true]) {
      assert.deepEqual(warnedWords(kb, `Blinken, then Secretary of State, ${told}`, curated), ['Secretary of State']);
      assert.deepEqual(warnedWords(kb, `Blinken, then Deputy Secretary of State, ${told}`, curated), []);
    }
  });

  it('reads a title told of a year before a source giving the person a lower rank of it as not yet held then', () => {
    const kb = realKnowledge();
    // "Deputy Secretary of State Anthony Blinken also initiated trilateral consultations …" (an article of 2019, telling
    // the Obama years); "U.S. Secretary of State Antony Blinken …" (2021). In 2016 he held the lower office, not the
    // higher one he held in 2021.
    const met = 'met Japanese and South Korean officials at the Iikura guest house.';
    for (const curated of [false, true]) {
      const text = `In January 2016, then-Secretary of State Antony Blinken ${met}`;
      assert.deepEqual(warnedWords(kb, text, curated), ['Secretary of State'], text);
      for (const right of [
        `In January 2016, then-Deputy Secretary of State Antony Blinken ${met}`,
        `In January 2016, Blinken, then deputy secretary of state, ${met}`,
        // A year after both articles were written: the higher office may be held by then.
        'In March 2021, Blinken, then Secretary of State, visited Tokyo and Seoul with Lloyd Austin.',
        // No "then": a title of today, given to a person for what they did before, is how writers name people.
        `In January 2016, Secretary of State Antony Blinken ${met}`,
      ])
        assert.deepEqual(warnedWords(kb, right, curated), [], right);
    }
  });

  it("reads the title a perfect participle phrase ('having previously served as') gives the main clause's subject", () => {
    const kb = realKnowledge();
    // "In September 2020, former Cabinet Secretary Yoshihide Suga became Japan’s prime minister following Abe’s resignation."
    for (const curated of [false, true]) {
      for (const text of [
        "Suga became prime minister in September 2020 after Abe's resignation, having previously served as foreign minister.",
        'Having served as foreign minister under Abe, Suga became prime minister in September 2020.',
      ])
        assert.deepEqual(warnedWords(kb, text, curated), ['foreign minister'], text);
      for (const right of [
        "Suga became prime minister in September 2020 after Abe's resignation, having previously served as Cabinet Secretary.",
        "Having served as Abe's Cabinet Secretary, Suga became prime minister in September 2020.",
        'Abe resigned in 2020, having served as prime minister for nearly eight years.',
      ])
        assert.deepEqual(warnedWords(kb, right, curated), [], right);
    }
  });

  it('reads a capacity in which a person did an act of a year before a source giving a lower rank of it as not yet held', () => {
    const kb = realKnowledge();
    // "Deputy Secretary of State Antony Blinken (L) … pose at the start of their trilateral meeting, at the foreign
    // ministry's Iikura guest house" (2019); "U.S. Secretary of State Antony Blinken …" (2021).
    for (const curated of [false, true]) {
      for (const text of [
        'At the January 2016 Iikura meeting, Blinken attended as Secretary of State.',
        'Blinken took part in the January 2016 Iikura talks as Secretary of State.',
      ])
        assert.deepEqual(warnedWords(kb, text, curated), ['Secretary of State'], text);
      for (const right of [
        'At the January 2016 Iikura meeting, Blinken attended as deputy secretary of state.',
        'In March 2021, Blinken flew to Tokyo as Secretary of State.',
        // A capacity the sources do not list is no wrong title: only a rank the sources give later is told.
        'In November 2020, Park Jie-won went to Tokyo as a presidential envoy.',
        'Suga took office as prime minister in September 2020.',
      ])
        assert.deepEqual(warnedWords(kb, right, curated), [], right);
    }
  });

  it('reads the capacity of a sentence opening with "As" and a title for the name after its comma', () => {
    const kb = realKnowledge();
    // "… the so-called “comfort women agreement” in 2018, which Suga played a significant role in reaching as Abe's
    // Cabinet Secretary, …": the body owning the draft's title is part of it, not another thing told.
    const told = 'Suga played a significant role in reaching the comfort women agreement.';
    for (const curated of [false, true]) {
      assert.deepEqual(warnedWords(kb, `As the LDP's secretary-general under Abe, ${told}`, curated), ['secretary-general']);
      assert.deepEqual(warnedWords(kb, `As Abe's Cabinet Secretary, ${told}`, curated), []);
    }
  });
});
