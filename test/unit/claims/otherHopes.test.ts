import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A hope the sources date ("Last September, many in South Korea, including President Moon Jae-in, hoped that the
 * election of Prime Minister Suga Yoshihide would provide an opportunity for renewed Japan-ROK relations") is one hope
 * among many a writer may date: a draft dating hopes for the same end that another thing raised tells another hope,
 * while a draft naming the hoped thing is compared (events.ts `otherHope`).
 */
describe('claims read from the sources: a dated hope and another hope', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('stays silent on hopes another event raised', () => {
    assert.deepEqual(warned("Hopes for renewed Japan-ROK relations rose in November 2020 with Biden's victory."), []);
    assert.deepEqual(warned("Hope for Japan-ROK relations came in November 2020 with Biden's election."), []);
  });

  it('still warns on the wrong date of the hope for Suga’s election', () => {
    assert.deepEqual(warned("Many South Koreans, Moon among them, hoped last November that Suga's election would reset relations."), [
      'November',
    ]);
    assert.deepEqual(
      warned("Last October, many South Koreans, Moon among them, hoped Suga's election would open the way to renewed ties."),
      ['October'],
    );
  });

  it('stays silent on the right date', () => {
    assert.deepEqual(
      warned("Many in South Korea hoped last September that Suga's election would open the way to renewed Japan-ROK relations."),
      [],
    );
  });
});
