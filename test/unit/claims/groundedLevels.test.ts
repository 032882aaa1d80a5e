import { warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * The rank a gathering is held at, named by a title ("at the level of cabinet ministers"): compared through the
 * gathering both sentences tell, not through a person, and whether the source states it or proposes it.
 */
describe('claims read from the sources: the level of a gathering', () => {
  // buchan2019: "Maintaining the dialogue at the assistant secretary or senior official level would help to advance
  // meaningful dialogue while avoiding prying eyes."
  it('sets a proposed dialogue’s level against the source’s, however the level is worded', () => {
    warnsInBothModes(
      realKnowledge(),
      [
        [
          'To keep it away from prying eyes, Buchan and Rimland would conduct the dialogue at the level of cabinet ministers.',
          'cabinet ministers',
        ],
        ['The authors would keep the dialogue at the ministerial level to shield it from prying eyes.', 'ministerial'],
        ['Such dialogue, they add, should be held at the foreign-minister level to keep it away from prying eyes.', 'foreign-minister'],
      ],
      [
        'The authors would keep the dialogue at the assistant secretary level to shield it from prying eyes.',
        'The authors would keep the dialogue at the level of assistant secretaries to shield it from prying eyes.',
        // "senior official" may name many ranks: a vice minister's is one of them.
        'The authors would keep the dialogue at the senior official level to shield it from prying eyes.',
        'The authors would keep the dialogue at the vice-minister level to shield it from prying eyes.',
        // A level set aside, and a title that names people, no level.
        'Keeping the dialogue at the assistant secretary level, not at the level of foreign ministers, would avoid prying eyes.',
        'Foreign ministers should hold a dialogue at the assistant secretary level to avoid prying eyes.',
      ],
    );
  });

  // sakata2020: "Senior working-level talks resumed, and later that month, Ministry of Foreign Affairs director-level
  // talks took place in Seoul to address wartime laborers and other issues."
  it('sets the level of talks the source states against the draft’s', () => {
    warnsInBothModes(
      realKnowledge(),
      [['Later that month, foreign minister-level talks took place in Seoul to address wartime laborers.', 'foreign minister']],
      [
        'Later that month, director-level talks took place in Seoul to address wartime laborers.',
        'Later that month, the foreign ministry held director-level talks in Seoul to address wartime laborers.',
      ],
    );
  });

  // sakata2020: "… Takeo Kawamura, head of the Japan-Korea Parliamentarians’ Union, met informally with his counterparts
  // in Seoul in October 2020. Senior working-level talks resumed, and later that month, Ministry of Foreign Affairs
  // director-level talks took place in Seoul …"; "On November 23, the Blue House appointed Representative Kang
  // Chan-gil, former chairman of the Korea-Japan Parliamentarians’ Union, as the next ambassador to Japan."
  it('pairs no person’s title with a title naming the level of talks', () => {
    warnsInBothModes(
      realKnowledge(),
      [['Later that month, Blue House director-level talks took place in Seoul to address wartime laborers.', 'Blue House']],
      [
        "Later that month the Blue House picked Kang Chan-gil, former head of the Korea-Japan Parliamentarians' Union, as ambassador.",
        "Later that month the Blue House picked Kang Chan-gil, a lawmaker and former head of the Korea-Japan Parliamentarians' Union, as ambassador.",
      ],
    );
  });
});
