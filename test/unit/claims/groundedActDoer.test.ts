import { warnsOnce, warnsOnNone } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * An act the sources tell only as threatened, told as done where the checker did not line it up: before a participle
 * telling what it led to (ownClauses.ts `trailingParticiple`: "…, leaving Washington to improvise"), or by a leader's
 * government as its doer ("the Moon administration", the country's government: values.ts `governs`), or in a headline
 * in Title Case, whose capitalised verbs and nouns are no names (sentenceAnalysis.ts `headlineCased`).
 */
describe('claims read from the sources: an act told before a participle, or by a leader’s government', () => {
  // The source: "In a final blow, the Blue House threatened to terminate the bilateral Japan-South Korea military
  // intelligence sharing agreement unless Japan rescinded its export control measures."
  it('compares a main clause before a participle telling what its act led to', () => {
    const kb = realKnowledge();
    warnsOnce(kb, [['Seoul terminated GSOMIA in November 2019, leaving Washington to improvise.', 'terminated']]);
    // Its pronoun read as the whole sentence reads it.
    warnsOnce(kb, [['GSOMIA was the next casualty. Seoul terminated it in November 2019, leaving Washington to improvise.', 'terminated']]);
  });

  it('stays silent on a threat, a near miss, an act weighed or to come, before a participle', () => {
    warnsOnNone(realKnowledge(), [
      'The Blue House threatened to terminate GSOMIA in August 2019, leaving Washington to improvise.',
      'Seoul nearly terminated GSOMIA in 2019, leaving Washington scrambling.',
      'Seoul could terminate GSOMIA next year, leaving Washington to improvise.',
      'Seoul considered abrogating GSOMIA in 2019, alarming Washington.',
      'Seoul took the quarrel to the WTO in 2019, angering Tokyo.',
    ]);
  });

  it('reads a leader’s government as its country’s', () => {
    const kb = realKnowledge();
    warnsOnce(kb, [['The Moon administration abrogated GSOMIA in the fall of 2019.', 'abrogated']]);
    warnsOnNone(kb, [
      'The Moon administration threatened to terminate GSOMIA in August 2019.',
      'The Moon administration was considering abrogation of GSOMIA.',
      'If the Moon administration terminated GSOMIA, Washington would scramble.',
      // A passage naming a government beside its country ("The Abe cabinet … lost patience with the Moon government")
      // does not draw the draft's country to the cabinet.
      "The 2015 comfort women agreement was the product of painful negotiation. Japan reached the deal with President Park Geun-hye, and Abe's cabinet lost patience when Moon's government later abandoned it.",
    ]);
  });

  it('reads a headline in Title Case by its words, not as a run of names', () => {
    const kb = realKnowledge();
    warnsOnce(kb, [['Seoul Scraps GSOMIA as Export Row Deepens', 'Scraps']]);
    warnsOnce(kb, [['Seoul Terminates Intelligence-Sharing Pact With Tokyo', 'Terminates']]);
    warnsOnNone(kb, [
      'Blue House Threatens to Terminate GSOMIA',
      'Seoul Weighs Scrapping GSOMIA as Export Row Deepens',
      'Moon Meets Abe in Osaka as Export Dispute Lingers',
    ]);
  });
});
