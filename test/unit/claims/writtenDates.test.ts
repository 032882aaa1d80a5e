import * as assert from 'node:assert/strict';
import { checkDocument } from '../../../src/core/claims/document';
import { analyseSentence } from '../../../src/core/claims/grounded/sentenceAnalysis';
import { withDatesFromWriting, writingTime } from '../../../src/core/claims/grounded/writtenDates';
import type { SourceDate } from '../../../src/core/knowledge/types';
import { realKnowledge } from '../helpers/knowledge';

/** The dates a source's sentence states once read against its time of writing, as "text=year-month|season". */
function datesRead(text: string, date: SourceDate): string[] {
  const kb = realKnowledge();
  const reading = withDatesFromWriting(analyseSentence(kb, text, 0, text.length), writingTime(date));
  return reading.slots
    .filter((s) => s.kind === 'date')
    .map((s) => `${s.text}=${s.date!.year ?? '?'}-${s.date!.month ?? s.date!.season ?? '?'}`);
}

const printed = (value: string): SourceDate => ({ value, stated: true, evidence: [] });
const between = (earliest: string, latest: string): SourceDate => ({ value: null, stated: false, earliest, latest, evidence: [] });

describe('dates a source tells from the time it was written', () => {
  it('gives "last December" and "last summer" their year where every time of writing agrees on it', () => {
    assert.deepEqual(datesRead('Last December, the navy alleged that a vessel locked its radar.', between('2019-06', '2019-08')), [
      'Last December=2018-12',
    ]);
    assert.deepEqual(datesRead('Exports have fallen since last summer.', printed('2021-03-21')), ['last summer=2020-summer']);
  });

  it('leaves them as written where the time of writing leaves two readings, or none is known', () => {
    // In November 2020 "last summer" may be the summer just gone or the one before (the article meant 2019).
    assert.deepEqual(datesRead('Exports have fallen since last summer.', between('2020-11-23', '2020-12')), ['summer=?-summer']);
    // Bounds over two years settle nothing.
    assert.deepEqual(datesRead('Last December, the navy alleged that a vessel locked its radar.', between('2020-11', '2021-09')), [
      'December=?-12',
    ]);
    assert.deepEqual(
      datesRead('Last December, the navy alleged that a vessel locked its radar.', { value: null, stated: false, evidence: [] }),
      ['December=?-12'],
    );
  });

  it('reads "this past week" as the month of a printed day whose week lies in that month only', () => {
    assert.deepEqual(datesRead('This past week, the two secretaries visited Tokyo and Seoul.', printed('2021-03-21')), [
      'This past week=2021-3',
    ]);
    assert.deepEqual(datesRead('This past week, the two secretaries visited Tokyo and Seoul.', printed('2021-03-04')), []);
    assert.deepEqual(datesRead('This past week, the two secretaries visited Tokyo and Seoul.', between('2021-03', '2021-03')), []);
  });

  it('warns on a draft date the source’s relative date contradicts, saying what it came to, and not on one years away', () => {
    const kb = realKnowledge();
    const conflicts = (text: string) =>
      checkDocument(kb, text, { curatedFacts: false })
        .findings.filter((f) => f.code === 'claim-conflict')
        .map((f) => f.message);
    assert.deepEqual(
      conflicts(
        'In December 2017, the MSDF alleged that a South Korean naval vessel targeted a Japanese surveillance aircraft with its fire-control radar.',
      ),
      ['The draft says “December 2017”, but seoul-tokyo-2019 says “Last December” (December 2018).'],
    );
    assert.deepEqual(conflicts('Blinken and Austin went to Tokyo and Seoul on back-to-back visits in March 2021.'), []);
    assert.deepEqual(
      conflicts('In January 2016, Blinken, then deputy secretary of state, met Japanese and South Korean vice ministers in Tokyo.'),
      [],
    );
  });

  it('reads "In recent weeks" as the year of writing where the weeks before every time of writing lie in it', () => {
    const text = 'In recent weeks, Washington inked military cost-sharing deals with both Seoul and Tokyo.';
    assert.deepEqual(datesRead(text, printed('2021-03-21')), ['In recent weeks=2021-?']);
    // Eight weeks before January 10 reach into the year before; a year's bounds settle nothing.
    assert.deepEqual(datesRead(text, printed('2021-01-10')), []);
    assert.deepEqual(datesRead(text, between('2020-11', '2021-09')), []);
    // A sentence giving a date of its own is dated by it.
    assert.deepEqual(datesRead('In recent weeks, as in December 2020, Washington inked deals.', printed('2021-03-21')), [
      'December 2020=2020-12',
    ]);
  });

  it('warns on a draft date before the weeks "In recent weeks" comes to, and not on one within them', () => {
    const kb = realKnowledge();
    // strengthen-relations-2021 (March 21, 2021): "In recent weeks, Washington inked military cost-sharing deals with
    // both Seoul and Tokyo, …"
    for (const curatedFacts of [false, true]) {
      const warned = (text: string) =>
        checkDocument(kb, text, { curatedFacts })
          .findings.filter((f) => f.code === 'claim-conflict')
          .map((f) => text.slice(f.start, f.end));
      assert.deepEqual(warned('In December 2020, Washington signed military cost-sharing deals with both Seoul and Tokyo.'), [
        'December 2020',
      ]);
      assert.deepEqual(
        warned(
          'Washington wrapped up its military cost-sharing deals with Seoul and Tokyo more than a year before the Blinken-Austin trip.',
        ),
        ['more than a year before'],
      );
      assert.deepEqual(warned('In early 2021, Washington signed military cost-sharing deals with both Seoul and Tokyo.'), []);
      assert.deepEqual(
        warned('Washington wrapped up its military cost-sharing deals with Seoul and Tokyo weeks before the Blinken-Austin trip.'),
        [],
      );
    }
  });
});
