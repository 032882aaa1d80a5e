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

  it('reads "since" a date, or "dates back to" one, as the start of a span, against a length the source says has held up to its writing', () => {
    // "For over three decades, Seoul and Tokyo have tussled over different interpretations of their 1965 Treaty on
    // Basic Relations, …"; "For much of the past three decades, North Korea's growing arsenal of ballistic missiles and
    // nuclear weapons has provided ample motivation for alignment." (written in 2021)
    warnsOn([
      ["Only since the 2010s has North Korea's growing arsenal given Tokyo and Seoul real motivation to align.", '2010s'],
      [
        'Seoul and Tokyo have tussled over different interpretations of their 1965 Treaty on Basic Relations only since the 2010s.',
        '2010s',
      ],
      [
        'The tussle between Seoul and Tokyo over interpretations of their 1965 Treaty on Basic Relations dates back only to the 2010s.',
        '2010s',
      ],
    ]);
    silentOn([
      // Early enough for the length the source gives.
      "Since the 1990s, North Korea's growing arsenal has provided ample motivation for alignment.",
      'Seoul and Tokyo have tussled over the 1965 Treaty on Basic Relations since the 1980s.',
      'The quarrel over the 1965 Treaty on Basic Relations dates back to the 1980s.',
      // Another thing than the state the source says has held, though the sentence names the same things.
      "North Korea's arsenal has grown since 2017.",
      'The dispute over the 1965 treaty has intensified since 2018.',
      // A change of degree since the date, not the start of the state.
      'Since 2018, Seoul and Tokyo have tussled over interpretations of their 1965 Treaty on Basic Relations more bitterly than ever.',
      // A span reaching the time of writing shares years with any window ending then.
      'There has been an explosion of such minilaterals since the 2010s.',
    ]);
  });

  it('reads "for over" a length as a floor reaching to the next count, and "less than" one as a ceiling', () => {
    // "For over three decades, Seoul and Tokyo have tussled over different interpretations of their 1965 Treaty on
    // Basic Relations, …": thirty years at least, and under forty, or it would say "over four decades".
    const told = 'Seoul and Tokyo have tussled over different interpretations of their 1965 Treaty on Basic Relations';
    warnsOn([
      [`${told} for less than a decade.`, 'a decade'],
      [`${told} for more than half a century.`, 'half a century'],
    ]);
    silentOn([
      `${told} for less than five decades.`,
      `${told} for nearly four decades.`,
      `${told} for more than two decades.`,
      `${told} for 35 years.`,
    ]);
  });

  it('reads "argued over" a thing as quarrelling over it, as "tussled over" is', () => {
    // "For over three decades, Seoul and Tokyo have tussled over different interpretations of their 1965 Treaty on
    // Basic Relations, …"
    warnsOn([
      ['For roughly a decade, Seoul and Tokyo have argued over how to read their 1965 treaty.', 'a decade'],
      ['Seoul and Tokyo have argued over how to read their 1965 treaty for barely five years.', 'five'],
    ]);
    silentOn([
      'For decades, Seoul and Tokyo have argued over how to read their 1965 treaty.',
      'Seoul and Tokyo have argued over the 1965 treaty for more than three decades.',
      'Seoul and Tokyo have argued over the meaning of the 1965 treaty since the 1980s.',
    ]);
  });

  it('reads "dates back" a length as a length ago, and "mushroomed" as a sudden growth', () => {
    // "… a foundation similar to the one created by Germany some 20 years ago …"; "… there has been an explosion of
    // such “minilaterals” in the past decade."
    warnsOn([
      [
        'The idea, floated by a senior Korean politician, is modelled on a German compensation foundation that dates back some four decades.',
        'four',
      ],
      ['So-called minilaterals have mushroomed over the past half-century because of such advantages.', 'the past half-century'],
    ]);
    silentOn([
      'The idea, floated by a senior Korean politician, is modelled on a German compensation foundation that dates back some two decades.',
      'So-called minilaterals have mushroomed over the past decade because of such advantages.',
      // "for decades" is under a century, but more than a half: it meets "a half-century of occasional spats".
      'Even amidst decades of occasional spats over these historical debates, U.S. alliance leadership has led to serious accomplishments.',
    ]);
  });
});

describe('claims read from the sources: "back" before a length of time', () => {
  // buchan2019: "In both South Korea and Japan, a fervent brand of zero-sum nationalism in opposition to the other
  // nation has existed for centuries."
  it('reads "goes back centuries" as told back in time, not as backing anyone', () => {
    const kb = realKnowledge();
    warnsOnNone(kb, [
      'Zero-sum nationalism in both countries goes back centuries.',
      'Zero-sum nationalism in both countries dates back centuries.',
    ]);
    warnsOnce(kb, [['Zero-sum nationalism in both countries goes back some 30 years.', '30']]);
  });
});

describe('claims read from the sources: "back" after a verb reaching into the past', () => {
  // seoul-tokyo-2019: "Late last year, South Korea’s Supreme Court ruled against Japanese companies, …"
  it('reads "dates back to" and "goes back to" as told back in time, not as backing anyone', () => {
    const kb = realKnowledge();
    warnsOnNone(kb, [
      'The dispute between Seoul and Tokyo dates back to the 2018 Supreme Court rulings.',
      'The quarrel goes back to the 2018 Supreme Court rulings against Japanese companies.',
      "The slide in relations goes back to the ROK Supreme Court's 2018 ruling that Japanese companies must pay reparations.",
    ]);
    warnsOnce(kb, [["South Korea's Supreme Court backed Japanese companies in late 2018.", 'backed']]);
  });
});
