import { warnsOnce, warnsOnNone } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A sentence opening with a clause that tells an act as done ("After Seoul terminated GSOMIA, Washington …") has that
 * clause read alone too (ownClauses.ts `leadingClause`): the main clause's words and parties no longer keep the passage
 * telling the clause's act from being compared.
 */
describe('claims read from the sources: an act told in a sentence’s opening clause', () => {
  it('compares the opening clause’s act with the passage telling it', () => {
    // The source: "In a final blow, the Blue House threatened to terminate the bilateral Japan-South Korea military
    // intelligence sharing agreement unless Japan rescinded its export control measures."
    const kb = realKnowledge();
    warnsOnce(kb, [['After the Blue House terminated GSOMIA, Washington rushed to shore up trilateral cooperation.', 'terminated']]);
    // The source: "… lost patience with the Moon government when it abandoned the painfully negotiated “comfort women”
    // agreement Japan had reached in 2015 with President Park Geun-hye."
    warnsOnce(kb, [
      ['When Japan reached the comfort women agreement with President Moon Jae-in in 2015, Washington welcomed it.', 'Moon Jae-in'],
    ]);
  });

  it('stays silent on the true act, and on an act to come or a habit', () => {
    warnsOnNone(realKnowledge(), [
      'After the Blue House threatened to terminate GSOMIA, Washington rushed to shore up trilateral cooperation.',
      'When Japan reached the comfort women agreement with President Park Geun-hye in 2015, Washington welcomed it.',
      'When Seoul terminates GSOMIA, Washington will scramble to keep trilateral intelligence sharing alive.',
      'When Seoul terminates GSOMIA, Washington scrambles to keep trilateral intelligence sharing alive.',
      'After Tokyo tightened export controls in summer 2019, the Blue House took the quarrel to the WTO.',
    ]);
  });

  it('compares an aside telling an act of the sentence’s subject, read with that subject', () => {
    // The source: "The Japanese Cabinet’s sudden decision in summer 2019 to tighten export control measures and delist
    // South Korea from its so-called “white list” …".
    const kb = realKnowledge();
    warnsOnce(kb, [
      [
        "Japan's export restrictions, introduced in the summer of 2018, were aimed at materials for Korean chipmakers and display makers.",
        'summer of 2018',
      ],
    ]);
    warnsOnNone(kb, [
      "Japan's export restrictions, introduced in the summer of 2019, were aimed at materials for Korean chipmakers and display makers.",
      "Suga, who served as Abe's Cabinet Secretary, became prime minister in September 2020.",
      'The radar incident, which occurred in December 2018, drew the militaries into the quarrel.',
      "Japan's export curbs, which might be lifted in 2018, targeted chemicals.",
    ]);
  });
});
