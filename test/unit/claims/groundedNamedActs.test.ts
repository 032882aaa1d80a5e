import { warnsOnce, warnsOnNone } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * An act named by its noun on one side and told by its verb on the other ("abrogation of GSOMIA", "abrogating
 * GSOMIA"; "Japan's removal of South Korea", "delist South Korea"): the thing after the noun's "of" is what the act is
 * done to, as the verb's object is (relations.ts `patientOfNamedAct`); the title owning the noun is its doer, as a
 * subject is (parties.ts `titledActOwners`), and is taken as given where the passage only guesses at what came of the
 * act (sentenceAnalysis.ts `declarationOwnerStart`).
 */
describe('claims read from the sources: an act named by its noun against its verb', () => {
  // The source: "News that the Blue House is considering abrogation of GSOMIA is a flashing alarm."
  it('compares the object of a verb with the thing after the act noun’s "of"', () => {
    const kb = realKnowledge();
    warnsOnce(kb, [['The Blue House is considering abrogating TISA.', 'TISA']]);
    warnsOnNone(kb, ['The Blue House is considering abrogating GSOMIA.', 'The Blue House was considering abrogation of GSOMIA in 2019.']);
  });

  // sakata2020: "… the Blue House threatened to terminate the bilateral Japan-South Korea military intelligence sharing
  // agreement unless Japan rescinded its export control measures."
  it('leaves another agreement alone where the draft shares only the words naming the passage’s agreement', () => {
    const kb = realKnowledge();
    warnsOnce(kb, [['In 2019 the Blue House threatened to terminate TISA unless Japan rescinded its export control measures.', 'TISA']]);
    warnsOnNone(kb, [
      'TISA, signed in December 2014, routed intelligence sharing between Seoul and Tokyo through Washington.',
      'Under TISA, intelligence sharing between Seoul and Tokyo ran through Washington.',
    ]);
  });

  // The source: "The Japanese Cabinet’s sudden decision in summer 2019 to tighten export control measures and delist
  // South Korea from its so-called “white list” of preferred trading partners hit South Korea’s … semiconductor
  // industry."
  it('compares the thing after the act noun’s "of" with the object of the verb', () => {
    const kb = realKnowledge();
    warnsOnce(kb, [["Japan's removal of China from its white list came in summer 2019.", 'China']]);
    warnsOnNone(kb, [
      "Japan's removal of South Korea from its white list came in summer 2019.",
      "Japan's removal of South Korea from its white list hit Korean chipmakers.",
    ]);
  });

  // The source: "After the Singapore Summit last year, the U.S. president’s announcement that he was reducing U.S.-ROK
  // military exercises—and in fact buying into Kim Jong-un’s position that they were “provocative”—may have been
  // tolerable for the Moon administration, …"
  it('reads the title owning an act noun as the doer of the draft’s verb', () => {
    const kb = realKnowledge();
    warnsOnce(kb, [
      ['After the Singapore summit, Moon announced that he was reducing U.S.-ROK military exercises.', 'Moon'],
      // What was announced is told in other words, with one word both give.
      ['After the Singapore summit, Moon announced that joint military exercises with the United States would be scaled back.', 'Moon'],
      // Who made the announcement is given, though the passage guesses at how it was taken; so is the summit before
      // it, against the draft's.
      [
        "Trump's diplomacy with Kim Jong-un worried Japan. After his summit with Kim in Hanoi, he announced a reduction in U.S.-ROK military exercises.",
        'Hanoi',
      ],
    ]);
    warnsOnNone(kb, [
      // The sources give Trump the title.
      'After the Singapore summit, Trump announced that he was reducing U.S.-ROK military exercises.',
      'After the Singapore summit, the U.S. president announced that he was reducing U.S.-ROK military exercises.',
      'After the Singapore summit, Moon welcomed the U.S. decision to reduce U.S.-ROK military exercises.',
      // Another announcement of Moon's.
      'After the Singapore summit, Moon announced that he would visit Tokyo.',
    ]);
  });
});
