import { warnsOnce, warnsOnNone } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * The order a draft gives two events, against the dates the sources give each, read from the sources' own text with
 * the hand-written facts off.
 */

/** Each text warns once, on `value`. */
const warnsOn = (texts: readonly (readonly [string, string])[]): void => warnsOnce(realKnowledge(), texts);

/** No text warns. */
const silentOn = (texts: readonly string[]): void => warnsOnNone(realKnowledge(), texts);

describe("claims read from the sources: the order of events and of a journey's stops", () => {
  it('dates an event told in few words among the passages that retell it undated ("the Supreme Court\'s labour ruling")', () => {
    // "The Japanese Cabinet's sudden decision in summer 2019 to tighten export control measures …"; "In 2018, however,
    // the ROK Supreme Court ruled that …": many passages retell the ruling without its date.
    warnsOn([["Tokyo's export curbs came before the Supreme Court's labour ruling.", 'before']]);
    silentOn(["Tokyo's export curbs came after the Supreme Court's labour ruling."]);
  });

  it('reads a date naming the event an act is set after ("Soon after the October 2018 ruling, …") as that event\'s', () => {
    // "The Japanese Cabinet's sudden decision in summer 2019 to tighten export control measures …": summer 2019 is after
    // October 2018, so the passage dates the act the draft sets after the ruling, and agrees.
    silentOn([
      'Soon after the October 2018 ruling, Japan tightened export controls.',
      'In the wake of the October 2018 ruling, Japan tightened export controls.',
    ]);
    // The act dated itself, or set after a date later than the passage's, is still wrong.
    warnsOn([
      ['Japan tightened export controls in October 2018.', 'October 2018'],
      ['Soon after the December 2019 Chengdu summit, Japan tightened export controls.', 'December 2019'],
    ]);
  });

  it('reads "within a year of the October 2018 ruling" as a reach on either side of the ruling: summer 2019 lies in it', () => {
    // "The Japanese Cabinet's sudden decision in summer 2019 to tighten export control measures …".
    silentOn([
      'Within a year of the October 2018 ruling, Japan tightened export controls.',
      'Within two years of the October 2018 ruling, Japan tightened export controls.',
    ]);
    // A reach too short, or from a ruling too early, still misses the passage's date.
    warnsOn([
      ['Within a month of the October 2018 ruling, Japan tightened export controls.', 'October 2018'],
      ['Within a year of the October 2016 ruling, Japan tightened export controls.', 'October 2016'],
    ]);
  });

  it('orders the noun a relative clause tells of, not its sentence\'s subject ("…began with Tokyo\'s export curbs, which were followed by …")', () => {
    warnsOn([
      ["The downward spiral began with Tokyo's export curbs, which were followed by the Supreme Court's laborer ruling.", 'followed by'],
    ]);
    silentOn(["The downward spiral began with the Supreme Court's laborer ruling, which was followed by Tokyo's export curbs."]);
  });

  it('reads "first, and a decade later …" as the clause before coming first', () => {
    // "Only in the 1990s, when Secretary of Defense William Perry led a trilateral, alliances-first approach …"; "The
    // Six-Party Talks a decade later revealed considerable angst in Tokyo …".
    warnsOn([
      [
        "The Six-Party Talks came first, and a decade later Perry's trilateral approach found Seoul and Tokyo on common ground.",
        'first, and a decade later',
      ],
      [
        "The Six-Party Talks came first; only a decade later did Perry's alliances-first approach bring Seoul and Tokyo onto common ground.",
        'first; only a decade later',
      ],
    ]);
    silentOn([
      "Perry's trilateral approach came first, and a decade later the Six-Party Talks revealed angst in Tokyo.",
      "Perry's alliances-first approach came first; only a decade later did the Six-Party Talks reveal angst in Tokyo.",
      // A time, not a step after the clause before.
      "The Six-Party Talks revealed angst in Tokyo, and since then Perry's trilateral approach has been forgotten.",
    ]);
  });

  it('reads "later that month" as after the event the passage before told, a person\'s known by its words', () => {
    // "… Takeo Kawamura, head of the Japan-Korea Parliamentarians' Union, met informally with his counterparts in
    // Seoul in October 2020. Senior working-level talks resumed, and later that month, Ministry of Foreign Affairs
    // director-level talks took place in Seoul …".
    warnsOn([["Director-level talks between the foreign ministries took place in Seoul ahead of Kawamura's informal visit.", 'ahead of']]);
    silentOn([
      "Director-level talks between the foreign ministries took place in Seoul after Kawamura's informal visit.",
      // Kawamura is a party to other events: one the passage before does not tell is not ordered by it.
      "Director-level talks between the foreign ministries took place in Seoul ahead of Kawamura's retirement.",
    ]);
  });

  it('reads "later that month" as after the event the passage before told, a person\'s known by its words', () => {
    // "… Takeo Kawamura, head of the Japan-Korea Parliamentarians' Union, met informally with his counterparts in
    // Seoul in October 2020. Senior working-level talks resumed, and later that month, Ministry of Foreign Affairs
    // director-level talks took place in Seoul …".
    warnsOn([["Director-level talks between the foreign ministries took place in Seoul ahead of Kawamura's informal visit.", 'ahead of']]);
    silentOn([
      "Director-level talks between the foreign ministries took place in Seoul after Kawamura's informal visit.",
      // Kawamura is a party to other events: one the passage before does not tell is not ordered by it.
      "Director-level talks between the foreign ministries took place in Seoul ahead of Kawamura's retirement.",
    ]);
  });

  it('does not take the passage telling the event ordered by as backing the draft\'s order ("met informally … in October 2020")', () => {
    warnsOn([
      [
        "Ministry of Foreign Affairs director-level talks took place in Seoul before Kawamura's informal meeting with his counterparts.",
        'before',
      ],
    ]);
    silentOn([
      "Ministry of Foreign Affairs director-level talks took place in Seoul after Kawamura's informal meeting with his counterparts.",
    ]);
  });

  it('dates an event the draft dates itself by a passage sharing the date and two other words ("became involved in 2011")', () => {
    // "The constitutional court first became involved in 2011 when it called on the Lee Myung-bak government …".
    warnsOn([["The constitutional court first became involved in 2011, after the Supreme Court's forced-labour ruling.", 'after']]);
    silentOn(["The constitutional court first became involved in 2011, well before the Supreme Court's forced-labour ruling."]);
  });

  it('places a source\'s month of no year in the year its narrative goes on in ("in October 2020" … "came in November")', () => {
    // "… Takeo Kawamura … met informally with his counterparts in Seoul in October 2020." and, two passages on, "A
    // second source of momentum for Japan-Korea relations came in November with … Joe Biden's victory …".
    warnsOn([["Kawamura's informal visit to Seoul came after Biden's election victory.", 'after']]);
    silentOn(["Kawamura's informal visit to Seoul came before Biden's election victory."]);
  });

  it('orders an undated event after the one a passage before it in its paragraph opens "Following this …" after', () => {
    // "In 2018, however, the ROK Supreme Court ruled that … Japanese companies had to make reparations …. Following
    // this controversial ruling, tensions boiled over. Both nations removed the other from most-favored-nation trading
    // status."
    warnsOn([
      ["The two countries' mutual removal from most-favored-nation status came before the 2018 Supreme Court ruling.", 'before'],
      [
        'The mutual removal from most-favored-nation status came first, and only afterwards did the ROK Supreme Court hand down its 2018 forced-labor ruling.',
        'first, and only afterwards',
      ],
    ]);
    silentOn([
      "The two countries' mutual removal from most-favored-nation status came after the 2018 Supreme Court ruling.",
      'The ROK Supreme Court handed down its 2018 forced-labor ruling first, and only afterwards came the mutual removal from most-favored-nation status.',
    ]);
  });

  it('orders an event after the one a passage of its paragraph opens "Following …" after, where the dates overlap', () => {
    // "A second source of momentum … came in November with … Joe Biden's victory in the U.S. presidential election. …
    // Following Biden's election, South Korea made multi-pronged overtures to Japan. Park Jie-won, head of the National
    // Intelligence Service, traveled to Tokyo on November 9 as a presidential envoy."
    warnsOn([["Park Jie-won's mission to Tokyo as presidential envoy preceded Biden's election victory.", 'preceded']]);
    silentOn([
      "Park Jie-won's mission to Tokyo as presidential envoy followed Biden's election victory.",
      // Another event of Biden's: not the one the opening names.
      "Park Jie-won's mission to Tokyo as presidential envoy preceded Biden's inauguration.",
    ]);
  });

  it('orders an undated event after the one the passage before told, by "later that month" (…, and later that month, …)', () => {
    // "… Takeo Kawamura … met informally with his counterparts in Seoul in October 2020. Senior working-level talks
    // resumed, and later that month, Ministry of Foreign Affairs director-level talks took place in Seoul …".
    warnsOn([
      ["Foreign ministry director-level talks in Seoul preceded Kawamura's informal meeting with his counterparts there.", 'preceded'],
    ]);
    silentOn(["Foreign ministry director-level talks in Seoul followed Kawamura's informal meeting with his counterparts there."]);
  });

  it('reads the event after an order word past a date or a count before its noun ("before his December 2019 meeting")', () => {
    // "… in December 2019, Japanese Prime Minister Abe Shinzo and South Korean President Moon Jae-in met in Chengdu …. In a
    // subsequent speech to the Japanese Diet, Abe called South Korea … “our most important neighbor …”".
    warnsOn([
      [
        'Abe\'s Diet speech calling South Korea "our most important neighbor" came before his December 2019 meeting with Moon in Chengdu.',
        'before',
      ],
      [
        "The ROK Supreme Court's forced labor ruling came after the two countries had already stripped each other of most-favored-nation status.",
        'after',
      ],
    ]);
    silentOn([
      'Abe\'s Diet speech calling South Korea "our most important neighbor" came after his December 2019 meeting with Moon in Chengdu.',
      "The ROK Supreme Court's forced labor ruling came before the two countries stripped each other of most-favored-nation status.",
    ]);
  });

  it('reads no order from a passive order verb its event does not follow right after ("was followed later that month by")', () => {
    silentOn(["Kawamura's informal meeting in Seoul was followed later that month by director-level talks."]);
  });

  it('reads the stops of a journey against a route a passage gives "by way of" its stops on the way', () => {
    // "Further, Stilwell's trip schedule did not take him directly from Tokyo to Seoul, but rather to Seoul by way of The
    // Philippines and Thailand."
    warnsOn([
      ['Stilwell visited Seoul first and only then traveled on to Tokyo.', 'first and only then'],
      ['Stilwell stopped in Seoul first before heading on to Tokyo.', 'first before'],
      ['From Tokyo, Stilwell went on to Seoul before stopping in the Philippines and Thailand.', 'before'],
    ]);
    silentOn([
      'Stilwell visited Tokyo first and only then traveled on to Seoul.',
      'From Tokyo, Stilwell went on to the Philippines and Thailand before stopping in Seoul.',
      'Stilwell stopped in the Philippines and Thailand before heading on to Seoul.',
      // The stops told in the reverse of the sentence's order are not read.
      'Stilwell went on to Seoul after stopping in the Philippines and Thailand.',
    ]);
  });

  it('ends the event ordered by at a second verb of the subject ("before Perry\'s trilateral approach and exposed …")', () => {
    warnsOn([
      [
        "The Six-Party Talks came a decade before Perry's trilateral approach and exposed Japanese anxiety over a regional solution.",
        'before',
      ],
    ]);
    silentOn([
      "The Six-Party Talks came a decade after Perry's trilateral approach and exposed Japanese anxiety over a regional solution.",
    ]);
  });

  it('reads an "effort" as an "approach" ("Perry\'s trilateral effort", "Perry led a trilateral … approach")', () => {
    warnsOn([["The Six-Party Talks came a decade before Perry's trilateral effort.", 'before']]);
    silentOn(["The Six-Party Talks came a decade after Perry's trilateral effort."]);
  });

  it('reads an "initiative" as an "approach" too ("some twenty years after Perry\'s initiative")', () => {
    // "Only in the 1990s, when Secretary of Defense William Perry led a trilateral, alliances-first approach …"; "The
    // Six-Party Talks a decade later revealed considerable angst in Tokyo …".
    warnsOn([
      [
        "The Six-Party Talks, which came some twenty years after Perry's initiative, exposed deep unease in Tokyo about its interests in a regional solution.",
        'some twenty years after',
      ],
    ]);
    silentOn(["The Six-Party Talks came about a decade after Perry's initiative."]);
  });

  it('reads a pronoun\'s act as the event ordered by, placed by the things its clause names ("before he met Moon in Chengdu")', () => {
    // "… Abe Shinzo and South Korean President Moon Jae-in met in Chengdu, China … In a subsequent speech to the
    // Japanese Diet, Abe called South Korea … 'our most important neighbor …'". A passage naming Moon in another act
    // ("In his first telephone conversation with Moon, Suga described Japan and South Korea as 'extremely important
    // neighbors'") does not back the draft: it tells no act of Abe's.
    warnsOn([["Abe praised South Korea in the Diet as Japan's most important neighbor before he met Moon in Chengdu.", 'before']]);
    silentOn(["Abe praised South Korea in the Diet as Japan's most important neighbor after he met Moon in Chengdu."]);
  });

  it('reads ", after which" as setting the clause before first ("…, after which Abe resigned")', () => {
    // "In September 2020, former Cabinet Secretary Yoshihide Suga became Japan's prime minister following Abe's resignation."
    warnsOn([['Suga took over as prime minister in September 2020, after which Abe resigned.', 'after which']]);
    silentOn(['Abe resigned, after which Suga became prime minister in September 2020.']);
  });

  it('reads who answered in kind as the party acting second ("…, and Tokyo answered in kind")', () => {
    // "When the ROK Supreme Court ruled against Japanese companies for reparations, Tokyo's response was economic
    // retaliation, which Seoul repaid in kind."
    warnsOn([
      ['After the reparations ruling, Seoul was the first to retaliate economically, and Tokyo answered in kind.', 'Seoul'],
      ['After the court ruling, it was Seoul that struck first with economic retaliation, and Tokyo answered in kind.', 'Seoul'],
    ]);
    silentOn([
      'Tokyo retaliated economically after the ruling, and Seoul answered in kind.',
      'After the Supreme Court ruled against Japanese firms, Tokyo retaliated economically and Seoul repaid it in kind.',
    ]);
  });

  it('orders the event an account opening tells, not the account ("In Sakata\'s account, Tokyo\'s move … preceded …")', () => {
    // "The Japanese Cabinet's sudden decision in summer 2019 to tighten export control measures and delist South Korea
    // from its so-called 'white list' …"; "It started with a Korean Supreme Court ruling in October 2018 regarding
    // Korean wartime laborers …".
    warnsOn([
      [
        "In Sakata's account, Tokyo's move to tighten export controls and strip Seoul of its white-list status preceded the Supreme Court's ruling on wartime laborers.",
        'preceded',
      ],
    ]);
    silentOn([
      "In Sakata's account, Tokyo's move to tighten export controls and strip Seoul of its white-list status followed the Supreme Court's ruling on wartime laborers.",
    ]);
  });

  it('reads a trip that "took him" to its stops as a journey ("took him to Seoul first and only then on to Tokyo")', () => {
    // "Further, Stilwell's trip schedule did not take him directly from Tokyo to Seoul, but rather to Seoul by way of The
    // Philippines and Thailand."
    warnsOn([
      [
        "Stilwell's itinerary took him to Seoul first and only then on to Tokyo, by way of the Philippines and Thailand.",
        'first and only then',
      ],
    ]);
    silentOn([
      "Stilwell's itinerary took him to Tokyo first and only then on to Seoul, by way of the Philippines and Thailand.",
      "Stilwell's trip took him from Tokyo to the Philippines and Thailand first, and only then to Seoul.",
    ]);
  });

  it('dates an event told in two words ("Kang\'s appointment") where every passage telling it so gives one date', () => {
    // "Park Jie-won, head of the National Intelligence Service, traveled to Tokyo on November 9 as a presidential
    // envoy."; "On November 23, the Blue House appointed Representative Kang Chan-gil, …, as the next ambassador to
    // Japan."; "In September 2020, former Cabinet Secretary Yoshihide Suga became Japan's prime minister …"; "A second
    // source of momentum … came in November with former Vice President Joe Biden's victory …" (of 2020, as the
    // passages before it go on in October 2020).
    warnsOn([
      ["Park Jie-won's trip to Tokyo came only after Kang Chan-gil's appointment had been announced.", 'after'],
      ["Suga took office only after Biden's November election victory.", 'after'],
    ]);
    silentOn([
      "Park Jie-won's trip to Tokyo came before Kang Chan-gil's appointment had been announced.",
      "Suga took office before Biden's November election victory.",
    ]);
  });

  it('orders by the year the draft names an event by ("followed the 2015 agreement") against the other event\'s passage', () => {
    // "The constitutional court first became involved in 2011 when it called on the Lee Myung-bak government to reopen
    // talks with Japan over … 'comfort women'".
    warnsOn([["The constitutional court's 2011 intervention on the comfort women followed the 2015 agreement.", 'followed']]);
    silentOn(["The constitutional court's 2011 intervention on the comfort women preceded the 2015 agreement."]);
  });

  it('orders the event a relative clause after a party tells of ("the ruling against Japanese companies, which came before …")', () => {
    // "In 2018, however, the ROK Supreme Court ruled that … Japanese companies had to make reparations …"; "The
    // constitutional court first became involved in 2011 …".
    warnsOn([
      [
        "Their involvement began with the Supreme Court's forced-labor ruling against Japanese companies, which came before the constitutional court's first intervention on the comfort women issue.",
        'before',
      ],
    ]);
    silentOn([
      "Their involvement grew with the Supreme Court's forced-labor ruling against Japanese companies, which came after the constitutional court's first intervention on the comfort women issue.",
    ]);
  });

  it('orders an undated event after the one the passage before a "This led to …" passage told', () => {
    // "The Japanese Cabinet's sudden decision in summer 2019 to tighten export control measures … . This led to
    // countermeasures by South Korea's presidential Blue House, which brought the quarrel to the World Trade
    // Organization (WTO). In a final blow, the Blue House threatened to terminate the bilateral … military intelligence
    // sharing agreement …": the threat is one of two passages telling it equally fully, the other of another source.
    warnsOn([["The Blue House's threat to scrap GSOMIA came before Japan's export-control measures.", 'before']]);
    silentOn([
      "The Blue House's threat to scrap GSOMIA came after Japan's export-control measures.",
      // Another verb than the one placing the event in time stays a word of its clause.
      "As one skeptic put it, Perry's trilateral approach came after the Six-Party Talks, though the chronology runs the other way.",
    ]);
  });

  it('reads the event after an order word past a title hyphened to its noun ("followed director-level talks")', () => {
    // "… met informally with his counterparts in Seoul in October 2020. Senior working-level talks resumed, and later
    // that month, Ministry of Foreign Affairs director-level talks took place in Seoul …".
    warnsOn([
      ["Kawamura's informal meeting with his Seoul counterparts followed director-level talks between the foreign ministries.", 'followed'],
    ]);
    silentOn(["Kawamura's informal meeting with his Seoul counterparts preceded director-level talks between the foreign ministries."]);
  });

  it('reads an event past the count of time before its order word and a verb of occurring ("held a decade before …")', () => {
    // "Only in the 1990s, when Secretary of Defense William Perry led a trilateral, alliances-first approach …"; "The
    // Six-Party Talks a decade later revealed considerable angst in Tokyo …".
    warnsOn([
      ["The Six-Party Talks, held a decade before Perry's trilateral approach, exposed Tokyo's unease.", 'before'],
      ["The Six-Party Talks were held before Perry's trilateral approach.", 'before'],
      ["The Six-Party Talks, held two decades after Perry's trilateral approach, exposed deep angst in Tokyo.", 'two decades after'],
    ]);
    silentOn([
      "The Six-Party Talks, held a decade after Perry's trilateral approach, exposed Tokyo's unease.",
      "The Six-Party Talks were held after Perry's trilateral approach.",
    ]);
  });

  it('finds the passage telling an event whatever things it names inside quotation marks ("… with Japan.”")', () => {
    // "… Abe Shinzo and … Moon Jae-in met in Chengdu … . In a subsequent speech to the Japanese Diet, Abe called South
    // Korea … “our most important neighbor, which shares fundamental values and strategic interests with Japan” …".
    const quoted =
      'Abe told the Diet that South Korea was “our most important neighbor, which shares fundamental values and strategic interests with Japan.”';
    warnsOn([[`Ahead of his Chengdu meeting with Moon, ${quoted}`, 'Ahead of']]);
    silentOn([`After his Chengdu meeting with Moon, ${quoted}`]);
  });

  it('orders the main clause after a phrase opening the sentence that holds the order word ("In a Diet speech given ahead of …, Abe …")', () => {
    // "… met in Chengdu, China at the China-Japan-Korea trilateral summit. In a subsequent speech to the Japanese Diet,
    // Abe called South Korea … while continuing to ask South Korea to adhere to the 1965 agreement." The year naming
    // the agreement is no date of the speech.
    const told = "Abe called South Korea Japan's most important neighbor while still urging it to honour the 1965 agreement.";
    warnsOn([[`In a Diet speech given ahead of his Chengdu meeting with Moon, ${told}`, 'ahead of']]);
    silentOn([`In a Diet speech given after his Chengdu meeting with Moon, ${told}`]);
  });

  it('orders by the date the draft gives its own event against the other event\'s passage ("… in 2011, only after the … ruling")', () => {
    // "In 2018, however, the ROK Supreme Court ruled that … Japanese companies had to make reparations for their past
    // use of forced labor."
    warnsOn([
      ["The constitutional court took up the comfort women question in 2011, only after the Supreme Court's forced labor ruling.", 'after'],
    ]);
    silentOn([
      "The constitutional court took up the comfort women question in 2011, well before the Supreme Court's forced labor ruling.",
      // An aside's date is its own act's.
      "Moon, who took office in 2017, criticized Tokyo after the Supreme Court's forced labor ruling.",
      // A passage sharing some words is not the other event ("a … ruling … during the Japanese colonial era").
      'The Republic of Korea was proclaimed in 1948, three years after liberation from Japanese colonial rule.',
    ]);
  });

  it('orders an undated event after the one the opening of its narrative tells ("This led to …, which brought the quarrel to the WTO")', () => {
    // "… This led to countermeasures by South Korea's presidential Blue House, which brought the quarrel to the World
    // Trade Organization (WTO). In a final blow, the Blue House threatened to terminate the … agreement …".
    warnsOn([['The Blue House threatened to scrap GSOMIA first and only later brought the quarrel to the WTO.', 'first and only later']]);
    silentOn(['The Blue House brought the quarrel to the WTO first and only later threatened to scrap GSOMIA.']);
  });

  it('orders what a subject "began with" where a second verb of it orders it ("began with … and was followed by …")', () => {
    // "Park Jie-won … traveled to Tokyo on November 9 as a presidential envoy."; "On November 23, the Blue House
    // appointed Representative Kang Chan-gil … as the next ambassador to Japan."
    warnsOn([
      [
        "Seoul's outreach began with Kang Chan-gil's appointment as ambassador and was followed by Park Jie-won's trip to Tokyo as presidential envoy.",
        "began with Kang Chan-gil's appointment as ambassador and was followed by",
      ],
    ]);
    silentOn([
      "Seoul's outreach began with Park Jie-won's trip to Tokyo as presidential envoy and was followed by Kang Chan-gil's appointment as ambassador.",
    ]);
  });

  it('orders the act of a person named with a title ("Professor Park said …"), or by a title alone after the name', () => {
    // "“The Moon administration faced a need to show an initiative to ameliorate ties between Korea and Japan before
    // Biden steps in,” says Park, an advocate of improving relations."
    warnsOn([
      [
        'Professor Park also said the Moon administration needed to show initiative on ties with Japan only after Biden stepped in.',
        'after',
      ],
      [
        "Park Cheol Hee, a Seoul National University professor, sees several motives behind Moon's shift. The professor also said the Moon administration needed to show initiative on ties with Japan only after Biden stepped in.",
        'after',
      ],
    ]);
    silentOn([
      'Professor Park also said the Moon administration needed to show initiative on ties with Japan before Biden stepped in.',
      "Park Cheol Hee, a Seoul National University professor, sees several motives behind Moon's shift. The professor also said the Moon administration needed to show initiative on ties with Japan before Biden stepped in.",
    ]);
  });
});

describe('claims read from the sources: a date opening a sentence before its order phrase', () => {
  it('dates the main clause by the opening date, not by a passage naming its parties in another act', () => {
    // sakata2020: "The Trump administration strongly intervened to call on its allies to stop the vicious cycle of
    // linkage politics and in December 2019, … Abe Shinzo and … Moon Jae-in met in Chengdu, China …"; seoul-tokyo-2019
    // names Abe's cabinet and Moon's government by the agreement "reached in 2015".
    warnsOnNone(realKnowledge(), [
      'In December 2019, after the Trump administration pressed its allies to break the vicious cycle of linkage politics, Abe and Moon finally met.',
    ]);
    warnsOn([
      [
        'In December 2018, after the Trump administration pressed its allies to break the vicious cycle of linkage politics, Abe and Moon finally met in Chengdu.',
        'December 2018',
      ],
    ]);
  });

  it('reads "Only after X did Y" as Y set after X, the auxiliary before its subject ending X', () => {
    // sakata2020: "… Takeo Kawamura … met informally with his counterparts in Seoul in October 2020." … "A second source
    // of momentum … came in November with … Biden's victory in the U.S. presidential election."; seoul-tokyo-2019: "The
    // constitutional court first became involved in 2011 …"; "In 2018, however, the ROK Supreme Court ruled …".
    warnsOn([
      ["Only after Biden's election victory did Kawamura meet his counterparts in Seoul.", 'after'],
      ["Only after the Supreme Court's forced labor ruling did the constitutional court first become involved.", 'after'],
    ]);
    silentOn([
      'Only after Kawamura met his counterparts in Seoul did Biden win the presidential election.',
      'Only after the constitutional court first became involved did the Supreme Court rule on forced labor.',
    ]);
  });

  it('reads "The visit came after …" after a sentence telling a visit as that visit set after another, as "That visit" is', () => {
    // sakata2020: "… Takeo Kawamura … met informally with his counterparts in Seoul in October 2020." … "A second source
    // of momentum … came in November with … Biden's victory …"; "Park Jie-won … traveled to Tokyo on November 9 …"; "On
    // November 23, the Blue House appointed Representative Kang Chan-gil … as the next ambassador to Japan."
    warnsOn([
      ["Kawamura met his counterparts in Seoul in October 2020. The visit came after Biden's election victory.", 'after'],
      [
        'Park Jie-won traveled to Tokyo as a presidential envoy on November 9. The trip came after Kang Chan-gil was appointed ambassador to Japan.',
        'after',
      ],
    ]);
    silentOn([
      "Kawamura met his counterparts in Seoul in October 2020. The visit came before Biden's election victory.",
      'Park Jie-won traveled to Tokyo as a presidential envoy on November 9. The trip came before Kang Chan-gil was appointed ambassador to Japan.',
    ]);
  });

  it('reads no event in a length counted from another ("months later"): no place set against "later that month"', () => {
    // sakata2020: "Senior working-level talks resumed, and later that month, … director-level talks took place in Seoul …"
    warnsOnNone(realKnowledge(), ['A leadership summit at the G-20 never happened; the two leaders met instead in Chengdu months later.']);
    warnsOn([['Abe and Moon met in Seoul in December 2019.', 'Seoul']]);
  });
});
