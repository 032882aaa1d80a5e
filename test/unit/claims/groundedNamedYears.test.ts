import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A year naming an event of a place ("the 2012 Senkaku clash") against the passage dating that event ("… during its
 * clash with Beijing over the Senkaku/Diaoyu Islands in 2010"), with the hand-written facts off.
 */
describe('claims read from the sources: a year naming the event of a place', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('reads the year before a place and its event noun as the date of the event', () => {
    for (const text of [
      'Tokyo faced a ban on rare earth exports during the 2012 Senkaku clash.',
      'Beijing cut off rare-earth exports to Japan during the 2012 Senkaku/Diaoyu clash.',
    ])
      assert.deepEqual(warned(text), ['2012'], text);
    assert.deepEqual(warned('Tokyo faced a ban on rare earth exports during the 2010 Senkaku clash.'), []);
  });
});

describe('claims read from the sources: a thing named by its season', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('reads one the draft dates otherwise than the passage as another of the series', () => {
    // "Koreans hope the Summer Olympic Games may offer a venue to revive diplomacy with Pyongyang."
    assert.deepEqual(warned('Seoul hopes the Winter Olympic Games will offer a venue to revive diplomacy with Pyongyang.'), ['Winter']);
    assert.deepEqual(warned('South Korea hosted the Winter Olympic Games at PyeongChang in February 2018.'), []);
  });
});

describe('claims read from the sources: a named thing told by its decade', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('reads "the Six-Party Talks of the 1980s" against a passage dating the talks beside their name ("a decade later")', () => {
    const talks = (decade: string) => `The Six-Party Talks of the ${decade} exposed Tokyo's anxieties about a regional settlement.`;
    assert.deepEqual(warned(talks('1980s')), ['1980s']);
    // "Only in the 1990s … Perry …" and "The Six-Party Talks a decade later …": the 2000s.
    assert.deepEqual(warned(talks('2000s')), []);
  });
});

/**
 * A year naming a treaty, with what the treaty did told right after it ("the 1965 treaty normalizing relations"):
 * the words after the name say what it did, not which treaty it is, and the years both name it by are compared.
 */
describe('claims read from the sources: a year naming a thing, with what it did after it', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('warns on the year of a treaty told by what it did in other words', () => {
    // "The Japanese leader told Biden that the Koreans have effectively broken the 1965 treaty normalizing relations
    // between the two countries …"
    for (const text of [
      'Suga told Biden in their first call that the Koreans had effectively broken the 1910 treaty normalizing bilateral relations.',
      'Suga told Biden that the Koreans had effectively broken the 1972 treaty that normalized relations between the two countries.',
    ])
      assert.deepEqual(warned(text), [/1910|1972/.exec(text)![0]], text);
  });

  it('stays silent on the right year, and on another treaty told apart after a comma', () => {
    for (const text of [
      'Suga told Biden in their first call that the Koreans had effectively broken the 1965 treaty normalizing bilateral relations.',
      'Suga told Biden that the Koreans had effectively broken the 1965 treaty that normalized relations between the two countries.',
      "Japan's 1951 peace treaty, signed in San Francisco, left the Korea question to separate bilateral negotiations.",
    ])
      assert.deepEqual(warned(text), [], text);
  });
});
