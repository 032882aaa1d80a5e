import { warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A list the sources give, retold with one member replaced: the replaced member is wrong against the source's, even
 * where the source gives its list as examples; a passage naming the draft's member elsewhere does not back it.
 */

describe('claims read from the sources: a list retold with one member replaced', () => {
  it('reads a list of examples retold member for member, one replaced, though the draft denies alike around it', () => {
    // Strengthen-relations 2021: "… another possible reason why Moon and Suga have hesitated to recommence discussions
    // without a third-party present like Washington or Beijing."
    const kb = realKnowledge();
    warnsInBothModes(
      kb,
      [
        ['Moon and Suga have hesitated to resume talks without a third party such as Washington or Moscow present.', 'Moscow'],
        ['Moon and Suga have held off on restarting talks without a third party present, such as Washington or Moscow.', 'Moscow'],
      ],
      [
        'Moon and Suga have hesitated to resume talks without a third party such as Washington or Beijing present.',
        'Moon and Suga have hesitated to resume talks without a third party such as Washington present.',
        'Moon and Suga have hesitated to resume talks without a third party present.',
      ],
    );
  });

  it("backs a member of a list of three only by a passage listing it with the list's other members", () => {
    // Seoul-Tokyo 2019: "Deputy Secretary of State Anthony Blinken also initiated trilateral consultations on global
    // areas for cooperation between the United States, South Korea, and Japan." Another source names "Beijing" beside
    // "Washington" and "Seoul" as a third party: no list of the three.
    const kb = realKnowledge();
    warnsInBothModes(
      kb,
      [['As deputy secretary, Blinken set up trilateral consultations linking the United States, South Korea and China.', 'China']],
      [
        'As deputy secretary, Blinken set up trilateral consultations linking the United States, South Korea and Japan.',
        // One member in common may be a list of another thing: "differences in how to deal with the military coup in
        // Burma and the corrosive relationship between Japan and South Korea".
        'Behind the scenes, though, Washington and Tokyo were at odds over how to respond to the coup in Burma.',
        // The source's list holds the draft's member itself: none stands in its place.
        'Under the proposed foundation, both Japanese and Korean firms would provide the funds.',
      ],
    );
  });
});

describe('claims read from the sources: a list of two retold with one member replaced', () => {
  it("reads a member of a list joined by a conjunction against the passage's, with less of the sentence told alike", () => {
    // Strengthen-relations 2021: "This past week, U.S. Secretary of State Antony Blinken and Secretary of Defense Lloyd
    // Austin made back-to-back visits to Tokyo and Seoul, a move intended to bolster U.S. alliances in Asia …".
    const kb = realKnowledge();
    warnsInBothModes(
      kb,
      [
        [
          "Last week Secretary of State Blinken and Defense Secretary Austin paid back-to-back calls on Tokyo and Beijing, a trip meant to shore up America's Asian alliances.",
          'Beijing',
        ],
        // Names a comma only parts ("with Biden, Suga …") are no list to set "Suga" against "… Biden and … Blinken":
        // the passage telling Suga's stance still decides.
        ['In his first phone call with Biden, Suga readily embraced the American push for better Japan-ROK ties.', 'embraced'],
      ],
      [
        "Last week Secretary of State Blinken and Defense Secretary Austin paid back-to-back calls on Tokyo and Seoul, a trip meant to shore up America's Asian alliances.",
        'Relations between Tokyo and Beijing have been tense since the 2010 Senkaku clash, when China banned rare earth exports to Japan.',
      ],
    );
  });
});

describe('claims read from the sources: a list told after a phrase the act is preferred over', () => {
  it('reads the values after the comma closing "Rather than …" as stated', () => {
    // Buchan 2019: "… Stilwell's trip schedule did not take him directly from Tokyo to Seoul, but rather to Seoul by way
    // of The Philippines and Thailand."
    const kb = realKnowledge();
    warnsInBothModes(
      kb,
      [['Rather than flying straight from Tokyo to Seoul, Stilwell went by way of Vietnam and Thailand.', 'Vietnam']],
      ['Rather than flying straight from Tokyo to Seoul, Stilwell went by way of the Philippines and Thailand.'],
    );
  });
});

describe('claims read from the sources: a list of plain words retold with one item replaced', () => {
  it('reads the item the passage never speaks of in place of the one the draft leaves out', () => {
    // Sakata 2020: "… agreed to establish cooperation committees on the Tokyo Olympics, COVID-19 pandemic response,
    // and sports and cultural exchange." Strengthen-relations 2021: "… the unresolved disputes over the ownership of
    // the Dokdo/Takeshima islands, portrayals of Japan's imperialism in Japanese textbooks, and the issue of comfort
    // women and other forced labor reparations …".
    const kb = realKnowledge();
    warnsInBothModes(
      kb,
      [
        [
          "Kim's delegation and its Japanese counterparts agreed to set up cooperation committees on the Tokyo Games, the pandemic response, and tourism promotion.",
          'tourism promotion',
        ],
        [
          "Kim's delegation and its Japanese counterparts agreed to set up cooperation committees on the Tokyo Olympiad, the pandemic response, and tourism promotion.",
          'tourism promotion',
        ],
        [
          'The authors name them as the ownership of the Dokdo/Takeshima islands, prime ministerial visits to the Yasukuni Shrine, and the issue of comfort women and other forced labor reparations.',
          'prime ministerial visits to the Yasukuni Shrine',
        ],
      ],
      [
        // The items in other words, or kindred ones ("Games", "COVID-19", "people-to-people").
        "Kim's delegation and its Japanese counterparts agreed to set up cooperation committees on the Tokyo Games, the pandemic response, and sports and cultural exchange.",
        "Kim's delegation and its Japanese counterparts agreed to set up cooperation committees on the Olympics, COVID-19, and people-to-people exchange.",
        'These differences show up in disputes over the Dokdo/Takeshima islands, history textbooks, and comfort women.',
        // Examples only: other items may be left out, others named.
        'These differences show up in disputes such as the ownership of the Dokdo/Takeshima islands, prime ministerial visits to the Yasukuni Shrine, and the issue of comfort women.',
        // Commas setting off an aside list nothing ("Last month, Moon surprisingly shifted his tone and signaled …").
        'Moon, by contrast, surprisingly shifted his tone and signaled interest in warmer ties with Japan.',
        // A name in a kindred word ("the Tokyo Games" for "the Tokyo Olympics") is that name, not one in the place of
        // another of the passage's names ("COVID-19").
        'The delegation agreed to set up committees on the Tokyo Games, pandemic response, and people-to-people exchange.',
        'In mid-November Korean lawmakers and Suga agreed on committees on the Tokyo Olympiad, pandemic response and sports exchange.',
        // An item the sources speak of elsewhere in its words ("expanded trade, military, and people-to-people ties").
        "Kim's delegation and its Japanese counterparts agreed to set up cooperation committees on the Tokyo Olympics, the pandemic response, and bilateral trade.",
      ],
    );
  });
});
