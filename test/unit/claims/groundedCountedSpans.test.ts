import { warnsOnce, warnsOnNone } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * The length of time a draft counts between two events, against the count a source gives the same two, read from the
 * sources' own text with the hand-written facts off.
 */

/** Each text warns once, on `value`. */
const warnsOn = (texts: readonly (readonly [string, string])[]): void => warnsOnce(realKnowledge(), texts);

/** No text warns. */
const silentOn = (texts: readonly string[]): void => warnsOnNone(realKnowledge(), texts);

describe('claims read from the sources: the time counted between two events', () => {
  it('counts from the event the passage before told ("… a decade later")', () => {
    // "Only in the 1990s, when Secretary of Defense William Perry led a trilateral, alliances-first approach …"; "The
    // Six-Party Talks a decade later revealed considerable angst in Tokyo …".
    warnsOn([
      ["The Six-Party Talks came two decades after Perry's trilateral approach.", 'two decades after'],
      ["Perry's trilateral approach came two decades before the Six-Party Talks.", 'two decades before'],
      [
        "Perry's alliances-first approach in the 1990s was followed some twenty years later by the Six-Party Talks.",
        'some twenty years later',
      ],
    ]);
    silentOn([
      "The Six-Party Talks came a decade after Perry's trilateral approach.",
      "The Six-Party Talks came about eight years after Perry's trilateral approach.",
      "Perry's trilateral approach came a decade before the Six-Party Talks.",
      "Perry's alliances-first approach in the 1990s was followed some ten years later by the Six-Party Talks.",
      // A stretch of time, not the distance between the two.
      "In the two decades after Perry's trilateral approach, the Six-Party Talks revealed angst in Tokyo.",
    ]);
  });

  it('reads "within days of" as a most, and a rough count as a range', () => {
    // "Within days of taking office, the Biden administration sent a gentle but clear message to their Japanese and
    // Korean allies to move quickly to repair their broken relationship."
    warnsOn([
      [
        'The Biden administration sent a gentle but clear message to its allies about six months after taking office.',
        'about six months after',
      ],
      [
        'The Biden administration sent its allies a gentle but clear message more than a year after taking office.',
        'more than a year after',
      ],
    ]);
    silentOn([
      'The Biden administration sent a gentle but clear message to its allies a week after taking office.',
      'The Biden administration sent a gentle but clear message to its allies within weeks of taking office.',
    ]);
  });

  it('reads a count without a figure ("several months", "a few weeks") as a wide range', () => {
    // "Within days of taking office, the Biden administration sent a gentle but clear message …"; "The Six-Party Talks a
    // decade later revealed considerable angst in Tokyo …".
    warnsOn([
      [
        'Several months after taking office, the Biden administration sent a message to its Japanese and Korean allies to repair their broken relationship.',
        'Several months after',
      ],
      ['The Biden administration sent a gentle but clear message to its allies a few months after taking office.', 'a few months after'],
      ["The Six-Party Talks came several decades after Perry's trilateral approach.", 'several decades after'],
    ]);
    silentOn([
      'A few days after taking office, the Biden administration sent a gentle but clear message to its allies.',
      'Several days after taking office, the Biden administration sent a gentle but clear message to its allies.',
      "The Six-Party Talks came several years after Perry's trilateral approach.",
    ]);
  });

  it('finds an event told at length with a word of its own, not an act told as repeated or going on', () => {
    // "Within days of taking office, the Biden administration sent a gentle but clear message to their Japanese and
    // Korean allies to move quickly to repair their broken relationship."
    warnsOn([
      [
        'The Biden administration sent a gentle but clear message urging Tokyo and Seoul to repair their ties about six months after taking office.',
        'about six months after',
      ],
      [
        'Washington wasted little time in voicing its concern. The Biden administration sent a gentle but clear message urging Tokyo and Seoul to repair their ties. It did so about six months after taking office.',
        'about six months after',
      ],
    ]);
    silentOn([
      'The Biden administration sent a gentle but clear message urging Tokyo and Seoul to repair their ties within days of taking office.',
      'Six months after taking office, the Biden administration again urged its Japanese and Korean allies to repair their broken relationship.',
      'About a year after taking office, the Biden administration was still pressing its Japanese and Korean allies to repair their broken relationship.',
      'Several months after taking office, the Biden administration repeated its message to its Japanese and Korean allies to repair their broken relationship.',
    ]);
  });

  it('counts the time between two events the passages date ("a decade before" a ruling of 2018 and curbs of summer 2019)', () => {
    // "In 2018, however, the ROK Supreme Court ruled …"; "The Japanese Cabinet's sudden decision in summer 2019 to
    // tighten export control measures …"; "In September 2020, former Cabinet Secretary Yoshihide Suga became Japan's
    // prime minister following Abe's resignation."
    warnsOn([
      ["The Supreme Court's labour ruling came a decade before Tokyo's export curbs.", 'a decade before'],
      ["Suga became prime minister two years after Abe's resignation.", 'two years after'],
    ]);
    silentOn([
      "The Supreme Court's labour ruling came a year before Tokyo's export curbs.",
      "Suga became prime minister a month after Abe's resignation.",
    ]);
  });
});
