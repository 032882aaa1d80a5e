import { warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A state told as ended ("no longer", "any longer"): biden-japan-frictions "The Korean leader reaffirmed that the 2015
 * agreement on “comfort women” remains intact as an official pact …" tells it as holding, so a draft saying it no
 * longer holds is wrong; seoul-tokyo-2019 "During the Obama presidency, the United States played a critical role in
 * facilitating diplomacy between its two allies" tells it in the past, which "no longer" grants.
 */
describe('claims read from the sources: a state told as ended', () => {
  it('warns on "no longer" against a passage telling the state as holding, and not against one telling it as past', () => {
    warnsInBothModes(
      realKnowledge(),
      [
        ['Moon said the 2015 agreement on comfort women no longer remains intact as an official pact.', 'no longer remains'],
        ['Moon said the 2015 agreement on comfort women is no longer intact as an official pact.', 'no longer intact'],
        // "stands as" is "remains" (lexicon.ts `PHRASAL_PREDICATES`).
        [
          'Last month Moon declared that the 2015 comfort women deal no longer stands as an official pact between the two governments.',
          'no longer stands',
        ],
        // strengthen-relations-2021: "For over three decades, Seoul and Tokyo have tussled over different interpretations …".
        ['Seoul and Tokyo no longer tussle over different interpretations of their 1965 Treaty on Basic Relations.', 'no longer tussle'],
      ],
      [
        'Moon said the 2015 agreement on comfort women remains intact as an official pact.',
        'Moon declared that the 2015 comfort women deal still stands as an official pact between the two governments.',
        // Told in the past by the passage: "no longer" grants it.
        'Washington no longer plays a critical role in brokering diplomacy between its two allies.',
        // strengthen-relations-2021: "… Koreans organized nationwide boycotts on Japanese goods and businesses."
        'South Korea no longer boycotts Japanese goods and businesses.',
        // The restrictions "since lifted" (strengthen-relations-2021); "in force" is no "forced labor" (buchan2019).
        'The restrictions on travel between the two countries are no longer in force.',
        'The restrictions on travel between the two countries are not in force.',
      ],
    );
  });
});
