import { warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * When a thing was told, against when what it tells happened: a written work's own date ("the March 2021 essay") and
 * the date of a statement ("Moon said in early 2021 that …") date the telling, not the event told.
 */
describe('claims read from the sources: times of telling', () => {
  // strengthen-relations-2021 (an essay of March 2021): "Despite longstanding efforts by each nation, prospects for
  // trilateral cooperation hit a low-water mark in 2019."
  it("reads a written work's own date as the work's, not as the date of what it tells", () => {
    warnsInBothModes(
      realKnowledge(),
      [['The March 2021 essay puts the low-water mark for trilateral cooperation in 2018.', '2018']],
      [
        'The March 2021 essay puts the low-water mark for trilateral cooperation in that same year.',
        'The March 2021 essay puts the low-water mark for trilateral cooperation in 2019.',
        'Writing in March 2021, the authors put the low-water mark of trilateral cooperation in 2019.',
        // "that same year" is the year before, not the essay's.
        'Japan answered the ruling in the summer of 2019. The March 2021 essay puts the low-water mark for trilateral cooperation in that same year.',
      ],
    );
  });

  // biden-japan-frictions: "The Korean leader reaffirmed that the 2015 agreement on “comfort women” remains intact as
  // an official pact …"; sakata2020: "But Moon’s unilateral scrapping of the so-called “comfort women agreement” in
  // 2018, …".
  it('reads the date of a statement as when it was said, not as the date of what was said', () => {
    warnsInBothModes(
      realKnowledge(),
      [
        ["Moon's statement in early 2021 that the 2014 agreement remains intact as an official pact was significant.", '2014'],
        // An announcement with no clause of what was said dates the act announced (sakata2020: "On November 23, the
        // Blue House appointed Representative Kang Chan-gil, …, as the next ambassador to Japan.").
        ["The Blue House's choice of Kang Chan-gil as ambassador to Japan was announced on November 13.", 'November 13'],
      ],
      [
        'Moon himself said in early 2021 that the comfort women agreement remains an official agreement.',
        "Moon's statement in early 2021 that the agreement remains intact as an official pact was significant.",
        'In early 2021, Moon said that the comfort women agreement remains intact as an official pact.',
        'Sakata calls the scrapping of the accord unilateral; Moon said in early 2021 that it remains an official agreement.',
      ],
    );
  });

  // The hand-written fact of the comfort women agreement's year (2015) and the passages telling it.
  it("reads a statement's date as the saying's in the hand-written facts' check too", () => {
    warnsInBothModes(
      realKnowledge(),
      [['Moon reaffirmed in early 2021 that the 2014 agreement on comfort women remains intact as an official pact.', '2014']],
      [
        "Moon's statement in early 2021 that the comfort women agreement remains intact was significant.",
        'In January 2021, Moon acknowledged that the comfort women agreement remains an official pact.',
        'In 2016, Moon said that the comfort women agreement had been reached with Park Geun-hye.',
      ],
    );
  });
});
