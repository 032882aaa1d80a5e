import { warnsOnce, warnsOnNone } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A draft sentence folding two sentences of a source's paragraph into one is lined up with the passage telling its
 * detail, the words the sentence beside it tells left out of the draft's side (toldAround.ts).
 */
describe('claims read from the sources: a sentence folding two of a paragraph', () => {
  it('reads the act the passage tells, the words the sentence before it tells left out', () => {
    // The source: "The Japanese Cabinet’s sudden decision in summer 2019 to tighten export control measures … hit South
    // Korea’s competitive semiconductor industry. This led to countermeasures by South Korea’s presidential Blue House,
    // which brought the quarrel to the World Trade Organization (WTO)."
    const kb = realKnowledge();
    warnsOnce(kb, [
      [
        "Seoul's presidential office answered Japan's tightened export controls by taking the quarrel to the United Nations.",
        'United Nations',
      ],
    ]);
    warnsOnNone(kb, [
      "Seoul's presidential office answered Japan's tightened export controls by taking the quarrel to the World Trade Organization.",
      'The Blue House, which brought the quarrel to the WTO, threatened in a final blow to terminate GSOMIA.',
    ]);
  });

  it('does not read a sentence retelling the passage beside as the passage, nor one word it shares', () => {
    // The source: "The United States and Japan already share a vision for the Indo-Pacific, and the United States has
    // linked its own strategy with South Korea’s New Southern Policy. Japan-South Korea cooperation is the missing link."
    // And: "The diplomatic impasse then spilled over into economy and security. The Japanese Cabinet’s sudden decision
    // in summer 2019 …".
    warnsOnNone(realKnowledge(), [
      'In her view, cooperation between Japan and South Korea is the missing link in Indo-Pacific strategy.',
      'Sakata calls Japan-South Korea cooperation the missing link in aligning Indo-Pacific strategy.',
      'The diplomatic impasse spilled over into economy and security when the Japanese Cabinet tightened export controls in summer 2019.',
    ]);
  });
});
