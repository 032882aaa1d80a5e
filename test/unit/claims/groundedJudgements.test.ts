import { warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * An author's or a party's judgement turned round in other words: a power "weakened" where the source has it
 * "increased", a skid judged "heartening" where the source finds it "alarming", tourism judged "harmful" where the
 * source's party sees it as "beneficial", a reaction told "warm" where the source has it "subdued". The same
 * judgement, in the source's word or another of its meaning, stays silent.
 */
describe('claims read from the sources: judgements turned round', () => {
  const check = (texts: readonly (readonly [string, string])[], silent: readonly string[]) =>
    warnsInBothModes(realKnowledge(), texts, silent);

  it('reads weakening or diminishing a power as the opposite of increasing it', () => {
    // strengthen-relations-2021: "Moreover, it is an underappreciated point that Seoul and Tokyo can increase their
    // collective leverage over Washington by approaching with joint demands."
    check(
      [
        ['Seoul and Tokyo weaken their collective leverage over Washington when they approach it with joint demands.', 'weaken'],
        ['By approaching Washington with joint demands, Seoul and Tokyo diminish their collective leverage.', 'diminish'],
      ],
      ['Seoul and Tokyo strengthen their collective leverage over Washington when they approach it with joint demands.'],
    );
  });

  it("reads a turn judged heartening as the opposite of the author's alarm", () => {
    // buchan2019: "The recent skid in Japan-Korea relations is alarming, particularly because it directly impacts
    // these foundational aspects of Japan-Korea ties."
    check(
      [['The recent skid in Japan-Korea relations is heartening.', 'heartening']],
      ['The recent skid in Japan-Korea relations is worrying.'],
    );
  });

  it("reads a thing judged harmful as the opposite of a party's view that it is beneficial", () => {
    // sakata2020: "Still, Suga sees people-to-people exchange and tourism as beneficial to Japanese economic recovery
    // following COVID-19."
    check(
      [["Suga regards people-to-people exchange and tourism as harmful to Japan's economic recovery after COVID-19.", 'harmful']],
      ["Suga regards people-to-people exchange and tourism as useful to Japan's economic recovery after COVID-19."],
    );
  });

  it('reads a thing judged unnecessary as the opposite of essential', () => {
    // sakata2020: "… alignment on the economic dimension, especially economic security in digital and sensitive
    // technology is essential."
    check(
      [
        [
          'Alignment on economic security in digital and sensitive technology is unnecessary in the next phase of the Indo-Pacific strategy.',
          'unnecessary',
        ],
      ],
      ['Alignment on economic security in digital and sensitive technology is vital in the next phase of the Indo-Pacific strategy.'],
    );
  });

  it('reads seeing a thing alike as the opposite of seeing it differently', () => {
    // seoul-tokyo-2019: "Nevertheless, Seoul and Tokyo see their long-term security differently when it comes to China."
    check(
      [['Seoul and Tokyo see their long-term security alike when it comes to China.', 'alike']],
      ['Seoul and Tokyo see their long-term security differently when it comes to China.'],
    );
  });

  it("reads a party's reaction as its response, turned round", () => {
    // strengthen-relations-2021: "To date, however, Tokyo has been relatively subdued in response, though the new
    // Japanese envoy to South Korea publicly stated that Tokyo and Seoul were “mutually important neighbors.”"
    check([["Tokyo's reaction has been relatively warm.", 'warm']], ["Tokyo's reaction has been relatively muted."]);
  });

  it("reads a short sentence turning a party's judged reaction round, though it shares only the party and the thing judged", () => {
    // strengthen-relations-2021, as above.
    check(
      [['Tokyo has been enthusiastic in its response.', 'enthusiastic']],
      [
        'Tokyo has been subdued in its response.',
        // Another party's reaction, and the same party's reaction to something the passage does not tell.
        'Seoul has been enthusiastic in its response.',
        "Tokyo has reacted warmly to Biden's election.",
      ],
    );
  });

  it('reads a manner denied as the opposite manner: "do not see … alike" tells "see … differently"', () => {
    // seoul-tokyo-2019: "Nevertheless, Seoul and Tokyo see their long-term security differently when it comes to
    // China."
    check(
      [['Seoul and Tokyo see their long-term security alike when it comes to China.', 'alike']],
      [
        'Japan and South Korea do not see their long-term security alike when it comes to China.',
        'Seoul and Tokyo do not see their long-term security similarly when it comes to China.',
      ],
    );
  });

  it('reads "hardly" as a denial, save of an act the passage tells done "barely"', () => {
    // buchan2019: "The Japanese government has vacillated between insisting that the restrictions are for legitimate
    // national security purposes or alternatively are retaliatory measures for the forced labor ruling, weakening
    // Japan's case." seoul-tokyo-2019: "Prime Minister Abe and President Moon Jae-in barely spoke during the Group of
    // Twenty summit in Osaka, coming together only for a requisite photo opportunity."
    check(
      [["The Japanese government's vacillation hardly weakened Japan's case.", 'hardly']],
      [
        "Japan's vacillation hardly strengthened its case.",
        "The Japanese government's vacillation scarcely helped Japan's case.",
        'At the Osaka G20, Abe and Moon hardly spoke, coming together only for the obligatory photo opportunity.',
      ],
    );
  });

  it('reads both parties after "between" as sides of the gap, not the thing it is over', () => {
    // biden-japan-frictions: "The most serious gap between Tokyo and Washington is not, however, over Burma. It is how
    // to manage relations with South Korea."
    check(
      [['The most serious gap between Seoul and Washington is not over Burma.', 'Seoul']],
      ['The gap over South Korea is serious; the one over Burma is smaller.'],
    );
  });

  it('reads "cannot … without" as a need for the condition, not a denial of it', () => {
    // strengthen-relations-2021: "Moreover, it is an underappreciated point that Seoul and Tokyo can increase their
    // collective leverage over Washington by approaching with joint demands."
    check(
      [['Seoul and Tokyo can increase their collective leverage over Washington without joint demands.', 'without']],
      [
        'Seoul and Tokyo cannot strengthen their collective leverage over Washington without joint demands.',
        // A reluctance keeps its condition (strengthen-relations-2021: "… Moon and Suga have hesitated to recommence
        // discussions without a third-party present like Washington or Beijing").
        'Moon and Suga have hesitated to recommence discussions without a third party present.',
      ],
    );
  });
});
