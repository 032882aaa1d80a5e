import { warnsOnce, warnsOnNone } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * An act named by its noun on one side and told by its verb on the other ("abrogation of GSOMIA", "abrogating
 * GSOMIA"; "Japan's removal of South Korea", "delist South Korea"): the thing after the noun's "of" is what the act is
 * done to, as the verb's object is (relations.ts `patientOfNamedAct`).
 */
describe('claims read from the sources: an act named by its noun against its verb', () => {
  // The source: "News that the Blue House is considering abrogation of GSOMIA is a flashing alarm."
  it('compares the object of a verb with the thing after the act noun’s "of"', () => {
    const kb = realKnowledge();
    warnsOnce(kb, [['The Blue House is considering abrogating TISA.', 'TISA']]);
    warnsOnNone(kb, ['The Blue House is considering abrogating GSOMIA.', 'The Blue House was considering abrogation of GSOMIA in 2019.']);
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
});
