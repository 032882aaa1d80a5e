import * as assert from 'node:assert/strict';
import { analyseSentence } from '../../../src/core/claims/grounded/sentenceAnalysis';
import { withDatesFromWriting, writingTime } from '../../../src/core/claims/grounded/writtenDates';
import type { SourceDate } from '../../../src/core/knowledge/types';
import { grounded, warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A draft's year or decade against a length a source tells back from its time of writing ("a foundation similar to
 * the one created by Germany some 20 years ago", "an explosion of such “minilaterals” in the past decade"), with the
 * hand-written facts off: the length comes to years, as loosely as it is written.
 */
describe('claims read from the sources: a date against a length told back from the time of writing', () => {
  const kb = realKnowledge();
  const warned = (text: string) => warnedWords(kb, text);

  it('reads a length told back as the years it comes to, widened by its rounding and the bounds of writing', () => {
    const years = (text: string, date: SourceDate) =>
      withDatesFromWriting(analyseSentence(kb, text, 0, text.length), writingTime(date))
        .slots.filter((s) => s.number?.years)
        .map((s) => `${s.text}=${s.number!.years!.join('-')}`);
    const between: SourceDate = { value: null, stated: false, earliest: '2020-11', latest: '2021-09', evidence: [] };
    assert.deepEqual(years('Germany created a foundation some 20 years ago.', between), ['20=1995-2006']);
    assert.deepEqual(years('There has been an explosion of such groupings in the past decade.', between), ['the past decade=2005-2021']);
    // How long something lasted is no time back then.
    assert.deepEqual(years('The two have argued for 20 years.', between), []);
  });

  it('warns on a decade that the years of "some 20 years ago" leave out, quoting the length', () => {
    const text =
      'The proposed forced-labor fund would mirror the one Germany created in the 1970s, with money from Japanese and Korean firms.';
    const found = grounded(kb, text);
    assert.deepEqual(
      found.map((f) => text.slice(f.start, f.end)),
      ['1970s'],
    );
    assert.match(found[0].message, /says “20 years ago”/);
    assert.deepEqual(
      warned('The proposed fund would be modeled on the foundation Germany set up in the 1970s to compensate forced laborers.'),
      ['1970s'],
    );
  });

  it('leaves a date within the rounding of the length, or in the window it opens', () => {
    // "some 20 years ago" written in 2020 or 2021 may be any year from the late 1990s on.
    assert.deepEqual(
      warned(
        'The proposed forced-labor fund would mirror the one Germany created in the 1990s, with money from Japanese and Korean firms.',
      ),
      [],
    );
    assert.deepEqual(
      warned('The proposed forced-labor fund would mirror the one Germany created in 2000, with money from Japanese and Korean firms.'),
      [],
    );
    assert.deepEqual(warned('Those advantages explain why such minilaterals proliferated in the 2010s.'), []);
  });

  it('warns on a decade before a window that ends at the time of writing ("in the past decade")', () => {
    assert.deepEqual(warned('Those advantages explain why such minilaterals proliferated in the 1990s.'), ['1990s']);
  });

  it('does not set a year against a length in a passage that says little of the sentence', () => {
    // "the one created by Germany some 20 years ago" shares "one" and a country with it: another matter.
    assert.deepEqual(warned("The year 2015 was a busy one for Tokyo's Korea policy."), []);
  });
});

describe('claims read from the sources: a date followed by an aside', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('reads the act a date dates before it, not in a relative aside after it (", which culminated …")', () => {
    assert.deepEqual(
      warned(
        "The former official likened today's friction to the disagreements of the 1990s, which came to a head when Japan resisted U.S. pressure to sanction China after Tiananmen.",
      ),
      ['1990s'],
    );
    assert.deepEqual(warned('The former official likens the friction to the 1990s, which culminated in the response to Tiananmen.'), [
      '1990s',
    ]);
    assert.deepEqual(warned('The former official likens the friction to the 1980s, which culminated in the response to Tiananmen.'), []);
  });
});
