import { warnsOnce, warnsOnNone } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * How long something went on, has gone on or has left to run, as a draft tells it, against what the sources state of
 * the same thing, read from the sources' own text with the hand-written facts off.
 */

/** Each text warns once, on `value`. */
const warnsOn = (texts: readonly (readonly [string, string])[]): void => warnsOnce(realKnowledge(), texts);

/** No text warns. */
const silentOn = (texts: readonly string[]): void => warnsOnNone(realKnowledge(), texts);

describe('claims read from the sources: lengths of time', () => {
  it('reads a bare plural of time opening a noun phrase with "of" as a stretch ("Months of private diplomacy …")', () => {
    // "Months of private U.S. diplomacy has thus far yielded very little—in fact, just the opposite."
    warnsOn([
      ['Years of private U.S. diplomacy have yielded very little, the authors argue.', 'Years'],
      ['Despite years of private U.S. diplomacy, Washington has thus far yielded very little.', 'years'],
    ]);
    silentOn([
      'Months of private U.S. diplomacy have yielded very little, the authors argue.',
      'Despite months of private diplomacy, Washington has little to show for it.',
      'Years of tension followed the 2018 court rulings.',
      'Weeks of talks between Seoul and Tokyo failed to resolve the export control dispute.',
    ]);
  });

  it('still reads a stretch opening the sentence as the thing whose outcome the passage judges', () => {
    // The same passage: "yielded very little" against "produced considerable progress", the stretch told alike.
    warnsOn([['Months of quiet U.S. diplomacy have produced considerable progress.', 'considerable']]);
  });

  it('reads years left in a term past a word of wholeness ("two full years still left")', () => {
    // "Moon is entering his last year in office and is somewhat desperate to make a breakthrough …"
    warnsOn([
      [
        'With two full years still left in his term, Moon is nonetheless somewhat desperate for a breakthrough in engaging North Korea.',
        'two full years still left',
      ],
    ]);
    silentOn([
      'With one full year left in his term, Moon is desperate for a breakthrough with North Korea.',
      'With less than a full year left in his term, Moon is desperate for a breakthrough in engaging North Korea.',
    ]);
  });
});
