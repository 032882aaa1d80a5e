import { realKnowledge } from '../helpers/knowledge';
import { warnsOnce, warnsOnNone } from '../helpers/grounded';

/**
 * A body told by a verb of leading or belonging in the present tense, or by a noun of membership ("who heads …",
 * "belongs to …", "a member of …", "a fellow at …"), read from the sources' own text with the hand-written facts off:
 * "Kim Jin-pyo of the ruling Democratic Party", "Yasuyo Sakata is a professor at Kanda University of International
 * Studies in Japan", "Seoul National University Professor Park Cheol Hee".
 */

describe('claims read from the sources: a body told by a verb of leading or belonging', () => {
  it('warns on another body of the same kind', () => {
    warnsOnce(realKnowledge(), [
      ['Kim Jin-pyo belongs to the opposition People Power Party.', 'People Power Party'],
      ['Kim Jin-pyo, who belongs to the People Power Party, led the delegation to Tokyo.', 'People Power Party'],
      ['Kim Jin-pyo is a member of the opposition People Power Party.', 'People Power Party'],
      ['Yasuyo Sakata is a fellow at Keio University.', 'Keio University'],
      ['Park Cheol Hee, who directs Korea University, favors better ties with Tokyo.', 'Korea University'],
    ]);
  });

  it('stays silent on the body the sources give, on a body led once, and on a way taken', () => {
    warnsOnNone(realKnowledge(), [
      'Kim Jin-pyo belongs to the ruling Democratic Party.',
      'Kim Jin-pyo, a member of the ruling Democratic Party, led the delegation to Tokyo.',
      'Park Cheol Hee once headed Korea University.',
      'Kim Jin-pyo heads to the People Power Party convention next week.',
      'Kim Jin-pyo, who runs for the People Power Party, spoke.',
    ]);
  });

  it('reads a verb past a description set off by commas after the name, and a title with its body opening the sentence', () => {
    const kb = realKnowledge();
    warnsOnce(kb, [
      ['Kim Jin-pyo, the lawmaker who led the Korean delegation, belongs to the opposition People Power Party.', 'People Power Party'],
      ['Kim Jin-pyo, who led the delegation, is a member of the People Power Party.', 'People Power Party'],
      ['Yasuyo Sakata, who writes for Asia Unbound, teaches at Keio University.', 'Keio University'],
      ['A lawmaker of the opposition People Power Party, Kim Jin-pyo carried a message from the Blue House.', 'People Power Party'],
      ['A professor at Keio University, Yasuyo Sakata argues for a bigger U.S. role.', 'Keio University'],
    ]);
    warnsOnNone(kb, [
      'Kim Jin-pyo, the lawmaker who led the Korean delegation, belongs to the ruling Democratic Party.',
      'A lawmaker of the ruling Democratic Party, Kim Jin-pyo carried a message from the Blue House.',
      'A professor at Kanda University of International Studies, Yasuyo Sakata argues for a bigger U.S. role.',
      // A body once the person's, and a verb that ties no body ("is expected to").
      "A former chairman of the Korea-Japan Parliamentarians' Union, Kang Chan-gil became ambassador.",
      'Kim Jin-pyo, who led the delegation, is expected to stay in the People Power Party.',
    ]);
  });

  it('reads the body set beside a name in a guess, not one the guess itself ties the person to', () => {
    const kb = realKnowledge();
    warnsOnce(kb, [
      ['Kim Jin-pyo of the People Power Party may lead another delegation to Tokyo.', 'People Power Party'],
      ['Park Cheol Hee of Korea University thinks Moon may move first.', 'Korea University'],
    ]);
    warnsOnNone(kb, [
      'Kim Jin-pyo of the Democratic Party may lead another delegation to Tokyo.',
      'Sakata may teach at Keio University next year.',
      'Kim Jin-pyo may soon join the People Power Party.',
    ]);
  });
});

describe("claims read from the sources: two of the glossary's bodies named by one set of words", () => {
  // "Takeo Kawamura, head of the Japan-Korea Parliamentarians’ Union, met informally with his counterparts in Seoul";
  // the glossary lists the Korea-Japan Parliamentarians’ Union, the Korean lawmakers' body, apart.
  it('warns on the other body, whatever tells the person leads it', () => {
    warnsOnce(realKnowledge(), [
      [
        "Takeo Kawamura, head of the Korea-Japan Parliamentarians' Union, met his counterparts informally in Seoul.",
        "Korea-Japan Parliamentarians' Union",
      ],
      [
        "Takeo Kawamura, who heads the Korea-Japan Parliamentarians' Union, met his counterparts in Seoul.",
        "Korea-Japan Parliamentarians' Union",
      ],
    ]);
    warnsOnNone(realKnowledge(), [
      "Takeo Kawamura, who heads the Japan-Korea Parliamentarians' Union, met his counterparts in Seoul.",
      "Kang Chan-gil, former chairman of the Korea-Japan Parliamentarians' Union, was named ambassador to Japan.",
    ]);
  });
});
