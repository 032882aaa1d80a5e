import { warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A draft giving an author's advice on whether a party should take a hand in a matter ("Sakata urges Washington to
 * take the lead in negotiating …") where that author advises the party the other way on the same matter is warned,
 * on the words of the course; the same advice given as the draft's own, or as another holder's, or the author's
 * advice as the source gives it, is not.
 */
describe('claims read from the sources: advice turned round', () => {
  const check = (texts: readonly (readonly [string, string])[], silent: readonly string[]) =>
    warnsInBothModes(realKnowledge(), texts, silent);

  it("reads an author's advice to take a hand in a dispute against that author's advice to leave it to the allies", () => {
    // sakata2020: "The United States should leave the resolution of bilateral issues – including Korean laborers and
    // export control – to its allies and avoid any overt intervention, …"
    check(
      [
        ['Sakata urges Washington to take the lead in negotiating the laborers and export-control disputes.', 'take the lead'],
        [
          'In Sakata’s view, the United States should take a direct hand in negotiating bilateral disputes such as the laborers issue and export controls.',
          'take a direct hand',
        ],
        [
          'Sakata contends that Washington should wade directly into negotiations on the laborers and export-control disputes rather than leave them to its allies.',
          'wade directly into',
        ],
        [
          "Sakata's prescription is for Washington to wade into the laborers and export-control disputes and broker a settlement itself.",
          'wade into',
        ],
      ],
      [
        'Sakata urges Washington to leave the laborers and export-control disputes to its allies.',
        'Sakata urges Washington to avoid any overt intervention in the laborers and export-control disputes.',
        // The draft's own advice, another holder's, another party's.
        'Washington should take the lead in negotiating the laborers and export-control disputes.',
        'Tokyo urged Washington to take the lead in negotiating the laborers and export-control disputes.',
        'Buchan and Rimland urge Washington to take the lead in negotiating the laborers and export-control disputes.',
        'Sakata urges Tokyo to take the lead in negotiating the laborers and export-control disputes.',
      ],
    );
  });

  it("reads advice to step back against a source's advice to serve as a convenor between the two allies", () => {
    // strengthen-relations-2021: "The United States must serve as a key convenor between Japan and South Korea, …"
    check(
      [
        [
          "The essay's central advice is that the United States should step back and leave Japan and South Korea to find their own way without an American convenor.",
          'step back',
        ],
      ],
      [
        "The essay's central advice is that the United States should serve as a key convenor between Japan and South Korea.",
        // Another matter.
        "The essay's central advice is that the United States should step back from the trade dispute.",
      ],
    );
  });

  it("reads a course the author advises, told with a stance added, as the author's advice, not against another course", () => {
    // sakata2020: "The United States should build an environment through economic dialogues that encourages Japan and
    // South Korea to overcome the export control issue." and "… should leave the resolution of bilateral issues –
    // including Korean laborers and export control – to its allies …"
    check(
      [['Sakata says the United States should take the lead in negotiating the export control issue.', 'take the lead']],
      [
        'Sakata says the United States should take the lead in building an environment that encourages Japan and South Korea to overcome the export control issue.',
      ],
    );
  });

  it('reads advice the draft denies ("does not want") as no course to set against the source\'s', () => {
    check(
      [['Sakata wants Washington to wade into the laborers and export-control disputes.', 'wade into']],
      [
        'Sakata does not want Washington to wade into the laborers and export-control disputes.',
        'Sakata does not want Washington to wade into the laborers and export-control disputes. She urges it instead to support the two-track approach.',
      ],
    );
  });
  it('checks a sentence whose advice ends before any course is told, without stopping the check', () => {
    // The course would begin past the last word: reading it threw a TypeError and stopped the whole document's check.
    check(
      [],
      [
        'The authors argue the United States should.',
        'Sakata urges Washington to',
        'Washington has not led as Sakata says it should. Tokyo and Seoul are left to find their own way.',
      ],
    );
  });
});
