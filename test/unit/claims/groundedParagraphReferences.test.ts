import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A memo paragraph names a person once and goes on with "he", "the two leaders" or "there": each wrong sentence is
 * warned as it would be with the name written in, and the true one stays silent (references.ts).
 */
describe('claims read from the sources: references across a paragraph', () => {
  const kb = realKnowledge();
  const both = (text: string): string[][] => [warnedWords(kb, text), warnedWords(kb, text, true)];

  // sakata2020: "In September 2020, former Cabinet Secretary Yoshihide Suga became Japan’s prime minister following
  // Abe’s resignation."
  it('reads an opening "He" as the person named before, though another is named after a comma', () => {
    const [off, on] = both(
      'Suga rose through the Liberal Democratic Party. He became prime minister in August 2020, following Abe’s resignation.',
    );
    assert.deepEqual(off, ['August 2020']);
    assert.deepEqual(on, ['August']);
    const truth =
      'Suga rose through the Liberal Democratic Party. He became prime minister in September 2020, following Abe’s resignation.';
    assert.deepEqual(both(truth), [[], []]);
  });

  // sakata2020: "… in December 2019, Japanese Prime Minister Abe Shinzo and South Korean President Moon Jae-in met in
  // Chengdu, China …"
  it('reads "He" after a sentence naming a leader only by the government they lead as that leader', () => {
    const draft = 'The Abe government tightened export controls on South Korea in 2019. He met Moon in Beijing in December 2019.';
    assert.deepEqual(both(draft), [['Beijing'], ['Beijing']]);
    assert.deepEqual(
      both('The Abe government tightened export controls on South Korea in 2019. He met Moon in Chengdu in December 2019.'),
      [[], []],
    );
  });

  it('leaves that "He" open where someone else was named before the government', () => {
    const draft =
      'Suga served as Cabinet Secretary for years. The Abe government tightened export controls on South Korea in 2019. He met Moon in Beijing in December 2019.';
    assert.deepEqual(both(draft), [[], []]);
  });

  // sakata2020: "… Moon’s unilateral scrapping of the so-called “comfort women agreement” in 2018, which Suga played a
  // significant role in reaching as Abe’s Cabinet Secretary …"
  it('reads "he" after "under Abe," as the person named before, not Abe', () => {
    const opening = 'Suga was no stranger to the Korea file when he became prime minister.';
    const draft = `${opening} As the LDP’s secretary-general under Abe, he had played a significant role in reaching the comfort women agreement.`;
    assert.deepEqual(both(draft), [['secretary-general'], ['secretary-general']]);
    const truth = `${opening} As Cabinet Secretary under Abe, he had played a significant role in reaching the comfort women agreement.`;
    assert.deepEqual(both(truth), [[], []]);
  });

  it('reads "the two leaders" and "there" as the two people and the place the sentence before named', () => {
    const opening = 'The result was a meeting between Abe and Moon in Chengdu.';
    assert.deepEqual(both(`${opening} The two leaders sat down there in December 2018.`), [['December 2018'], ['December 2018']]);
    assert.deepEqual(both(`${opening} The two leaders sat down there in December 2019.`), [[], []]);
  });

  // seoul-tokyo-2019: "… the painfully negotiated “comfort women” agreement Japan had reached in 2015 with President
  // Park Geun-hye …"
  it('reads "she" opening a clause after a semicolon as the person the words before it named', () => {
    const opening = 'Tokyo had painstakingly negotiated the 2015 comfort women agreement with Park Geun-hye;';
    assert.deepEqual(both(`${opening} she approved it while serving as South Korea’s prime minister.`), [
      ['prime minister'],
      ['prime minister'],
    ]);
    assert.deepEqual(both(`${opening} she approved it while serving as South Korea’s president.`), [[], []]);
  });

  // buchan2019: "Patrick G. Buchan is the director of the U.S. Alliances Project and fellow of Indo-Pacific Security at
  // the Center for Strategic and International Studies (CSIS) …"
  it('reads "He" after a sentence opening on a name written as a person’s, though no glossary lists it', () => {
    const opening = 'Patrick G. Buchan directs the U.S. Alliances Project.';
    const draft = `${opening} He is also a fellow of Indo-Pacific Security at the Brookings Institution.`;
    assert.deepEqual(both(draft), [['Brookings Institution'], ['Brookings Institution']]);
    const truth = `${opening} He is also a fellow of Indo-Pacific Security at the Center for Strategic and International Studies.`;
    assert.deepEqual(both(truth), [[], []]);
  });

  it('leaves that "He" open where the sentence before named another such name', () => {
    const draft = 'Patrick G. Buchan met Benjamin Rimland. He is also a fellow of Indo-Pacific Security at the Brookings Institution.';
    assert.deepEqual(both(draft), [[], []]);
  });

  // seoul-tokyo-2019: "… the painfully negotiated “comfort women” agreement Japan had reached in 2015 with President
  // Park Geun-hye"
  it('reads "that deal" as the agreement named before, its noun no word of the act', () => {
    const opening = 'Seoul abandoned the comfort women agreement.';
    const draft = `${opening} Japan had reached that deal in 2015 with President Lee Myung-bak.`;
    assert.deepEqual(both(draft), [['Lee Myung-bak'], ['Lee Myung-bak']]);
    assert.deepEqual(both(`${opening} Japan had reached that deal in 2015 with President Park Geun-hye.`), [[], []]);
  });

  it('reads "The pair" as the two people the sentence before named together, going on with what it told', () => {
    const opening = 'Abe and Moon finally sat down together in 2019.';
    assert.deepEqual(both(`${opening} The pair met in Beijing.`), [['Beijing'], ['Beijing']]);
    assert.deepEqual(both(`${opening} The pair met in Chengdu.`), [[], []]);
  });

  // strengthen-relations-2021 (the caption): "Japan's Vice Foreign Minister Akitaka Saiki (C), U.S. Deputy Secretary of
  // State Antony Blinken (L) , and South Korean First Vice Foreign Minister Lim Sung-nam pose …"; "This past week, U.S.
  // Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin made back-to-back visits to Tokyo and Seoul"
  it('reads "he" after a sentence whose "he" met the people it names as the person still, not one of them', () => {
    const opening =
      "Blinken has worked on this problem for years. In January 2016 he posed with Japan's Akitaka Saiki and South Korea's Lim Sung-nam at the Iikura guest house.";
    assert.deepEqual(both(`${opening} As secretary of state he pressed Motegi on the Quad.`), [[], []]);
    const draft = `${opening} In March 2021 he visited Tokyo and Seoul with Defense Secretary Mark Esper.`;
    assert.deepEqual(both(draft), [['Mark Esper'], ['Mark Esper']]);
  });
});
