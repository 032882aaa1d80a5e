import * as assert from 'node:assert/strict';
import { align } from '../../../src/core/claims/grounded/alignment';
import { checkDocument } from '../../../src/core/claims/document';
import { checkGroundedTexts } from '../../../src/core/claims/grounded/groundedCheck';
import { resolveReferences, updateContext, type ParagraphContext } from '../../../src/core/claims/grounded/references';
import { analyseSentence } from '../../../src/core/claims/grounded/sentenceAnalysis';
import { claimCoverage, sourceClaims } from '../../../src/core/claims/grounded/sourceClaims';
import { CLAIM_FLAG } from '../../../src/core/claims/grounded/statementIndex';
import { stem } from '../../../src/core/claims/grounded/stem';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { compileLibrary } from '../../../src/core/library/compileLibrary';
import { grounded, warnedWords, words } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * The statements the checker reads from the sources' own text (src/core/claims/grounded): drafts are checked against
 * them with the hand-written facts off, exactly as a writer's own sources are checked.
 */

/** No text warns. */
function silentOnEach(kb: KnowledgeBase, texts: readonly string[]): void {
  for (const text of texts) assert.deepEqual(words(text, grounded(kb, text)), [], text);
}

/** Each text warns once, on `value`, and the message names what the source says instead. */
function warnsOnEach(kb: KnowledgeBase, cases: readonly { text: string; value: string; sourced: string }[]): void {
  for (const { text, value, sourced } of cases) {
    const found = grounded(kb, text);
    assert.deepEqual(words(text, found), [value], text);
    assert.match(found[0].message, new RegExp(`says “${sourced}”`), found[0].message);
  }
}

describe('claims read from the sources', () => {
  // Sentences that contradict a source in words no hand-written fact listed (issue 12).
  const WRONG = [
    { text: 'The Chengdu meeting between Abe and Moon came in December 2018.', value: 'December 2018', sourced: 'December 2019' },
    {
      text: "Japan's cabinet moved in summer 2018 to strip South Korea of its preferred trading partner status.",
      value: 'summer 2018',
      sourced: 'summer 2019',
    },
    { text: 'The two countries normalised ties in 1956.', value: '1956', sourced: '1965' },
  ];

  for (const { text, value, sourced } of WRONG) {
    it(`warns on “${value}” with the hand-written facts off, quoting the passage that says otherwise`, () => {
      const kb = realKnowledge();
      const found = grounded(kb, text);
      assert.deepEqual(words(text, found), [value]);
      const [finding] = found;
      assert.match(finding.message, new RegExp(`but \\S+ says “${sourced}”`));
      // The citation is a passage of the source, located where it stands in the source's text.
      const [citation] = finding.citations;
      assert.equal(kb.source(citation.source)!.text.slice(citation.start, citation.end), citation.quote);
      assert.ok(citation.quote.includes(sourced.split(' ').pop()!), citation.quote);
      assert.deepEqual(finding.backedBy, []);
    });
  }

  it('warns on them with the hand-written facts on too, once each', () => {
    for (const { text, value } of WRONG) assert.deepEqual(words(text, checkDocument(realKnowledge(), text).findings), [value], text);
  });

  it('warns on a title, an attribute, a denial and a swapped party the sources contradict', () => {
    const kb = realKnowledge();
    const cases = [
      {
        text: 'Defense Minister Motegi Toshimitsu spoke with Blinken about Burma.',
        value: 'Defense Minister',
        sourced: 'Foreign Minister',
      },
      {
        text: 'The trilateral GSOMIA links the intelligence services of the United States, Japan and South Korea.',
        value: 'trilateral',
        sourced: 'bilateral',
      },
      { text: 'Japan agreed to hold further working group meetings with South Korea.', value: 'agreed', sourced: 'refused' },
      { text: 'Seoul refused to hold further working group meetings with Japan.', value: 'Seoul', sourced: 'Japan' },
    ];
    for (const { text, value, sourced } of cases) {
      const found = grounded(kb, text);
      assert.deepEqual(words(text, found), [value], text);
      assert.match(found[0].message, new RegExp(sourced), found[0].message);
    }
  });

  it('reads a title stated of a person ("He is the …", "Motegi is the …") as a title given beside the name', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      { text: 'Motegi is the defense minister.', value: 'defense minister', sourced: 'Foreign Minister' },
      {
        text: 'Stilwell flew on to Seoul. He was the deputy secretary of defense at the time.',
        value: 'deputy secretary of defense',
        sourced: 'assistant Secretary of state',
      },
    ]);
    silentOnEach(kb, [
      'Park Jie-won is the head of the National Intelligence Service.',
      'David Stilwell is the assistant secretary of state for East Asia and Pacific affairs.',
      'Blinken met his counterparts at the Iikura guest house in 2016. He was then deputy secretary of state.',
      "Takeo Kawamura is the head of the Japan-Korea Parliamentarians' Union.",
      "Suga was Abe's chief cabinet secretary for years before he became prime minister.",
      'Kishida is now the prime minister of Japan.',
    ]);
  });

  it('reads shares, attributions, denied and repeated values as a writer means them', () => {
    const kb = realKnowledge();
    const cases = [
      // A fraction and a percentage are one unit: a share of a whole, however it is written.
      {
        text: 'The Reconciliation and Healing Foundation paid compensation to half of the surviving women.',
        value: 'half',
        sourced: 'two-thirds',
      },
      {
        text: 'Sixty-five per cent of Japanese citizens deemed the economic retaliation against South Korea appropriate.',
        value: 'Sixty-five',
        sourced: '56 percent',
      },
      // "The CSIS authors" attribute the claim to a source: no party the passage fails to name.
      { text: 'The CSIS authors describe what they saw as a 50-year low in Japan-South Korea relations.', value: '50', sourced: '70-year' },
      // A second place differing only from the one the first already stands in for leaves no doubt.
      {
        text: "Park Jie-won flew to Washington on November 9 as a presidential envoy, the first of Seoul's overtures.",
        value: 'Washington',
        sourced: 'Tokyo',
      },
      // "not Japan" claims nothing of Japan.
      {
        text: "Since Korea's liberation in 1948, China — not Japan — has been the region's repeated aggressor.",
        value: '1948',
        sourced: '1945',
      },
      // A citation key (blanked by the one Markdown reader) lends the sentence no year; the denial in another clause denies nothing of 2016.
      {
        text: 'In 2016 Seoul let the currency swap agreement with Japan expire, a move Tokyo has not forgotten [@seoul-tokyo-2019].',
        value: '2016',
        sourced: '2015',
      },
      // A name holding a country's name ("Korea-Japan … Union") is not that country.
      {
        text: "Kang Chan-gil, a former chairman of the Korea-Japan Parliamentarians' Union, was appointed ambassador to China by the Blue House.",
        value: 'China',
        sourced: 'Japan',
      },
    ];
    warnsOnEach(kb, cases);
    silentOnEach(kb, [
      // The complement of the sourced share, denied: the same fact.
      'Roughly a third of the surviving women never received payments from the Japan-funded foundation.',
      // A share of another whole.
      '65 percent of South Koreans called Japanese retaliation unjustified.',
      // "Pentagon chief" is the Secretary of Defense in other words.
      'Blinken and Pentagon chief Lloyd Austin made back-to-back visits to Tokyo and Seoul in mid-March 2021.',
      // The year dates the reaching of the agreement, which the passage dating its scrapping does not contradict.
      "As Abe's Cabinet Secretary, Suga had played a significant role in reaching the comfort women agreement in 2015.",
      // The act of "helped reach" is the reaching ("… scrapping of the so-called “comfort women agreement” in 2018,
      // which Suga played a significant role in reaching …"): the year dates it, not the scrapping.
      "Abe's Cabinet Secretary at the time, Suga, helped reach the comfort women agreement in 2015.",
      // "not" set off by a comma corrects a phrase ("a shove, not a gentle push"): it denies nothing the source states.
      'It will take a shove from Washington, not a gentle push.',
      // A title tied to one person by a noun ("the naming of Kang … as ambassador") is not another person's title, though
      // that person stands near it ("came after Park Jie-won's … trip"; the sources date the trip first).
      "The naming of Kang Chan-gil as ambassador came after Park Jie-won's envoy trip to Tokyo.",
    ]);
  });

  it('reads fronted dates, denials of a dated event, allegations, and names of one kind', () => {
    const kb = realKnowledge();
    const cases = [
      // A date opening the sentence dates its whole main clause, however far the rest stands from it.
      {
        text: 'In 2013, during a period of tension, the Abe cabinet let a currency swap agreement with Seoul expire.',
        value: '2013',
        sourced: '2015',
      },
      // The passage denies the event of that year; another passage saying relations "generally improved" is no year's.
      {
        text: 'Relations between Tokyo and Seoul improved markedly in 2020 despite pandemic travel curbs.',
        value: 'improved',
        sourced: 'did not improve',
      },
      // Who alleged something is stated, though what they alleged is hedged.
      {
        text: "Last December, Japan's Air Self-Defense Force alleged that a South Korean naval vessel targeted a Japanese surveillance aircraft with its fire-control radar.",
        value: 'Air Self-Defense Force',
        sourced: 'Maritime Self-Defense Force',
      },
      // A clause of its own after ", and": the passage it retells is found and its value compared within it.
      {
        text: 'Then, in December, Biden won the U.S. presidential election, and both Suga and Moon quickly congratulated him.',
        value: 'December',
        sourced: 'November',
      },
      // Opposite predicates of one thing, named after the one and before the other ("let … agreement … expire").
      {
        text: 'In 2015, amid tensions, the Abe cabinet renewed a currency swap agreement with South Korea as a goodwill gesture.',
        value: 'renewed',
        sourced: 'expire',
      },
      // A month with a part word ("late December"), dated by two near misses alike.
      {
        text: 'The naval relationship nearly went under in late December, when the two sides traded accusations over a destroyer and a patrol plane.',
        value: 'late December',
        sourced: 'late January',
      },
      // The act a date belongs to is read past a compound adjective ("the so-called … agreement in 2018").
      { text: 'Moon unilaterally scrapped the comfort women agreement in 2017.', value: '2017', sourced: '2018' },
      // A party the passage names in another relation ("its clash with Beijing") is that party, not a doubt.
      { text: 'China banned rare earth exports to Japan in 2012 over the Senkakus.', value: '2012', sourced: '2010' },
      // A name ("the Treaty on Basic Relations") is the passage's "the 1965 treaty" by its kind of thing.
      { text: 'Tokyo maintains that all such claims were settled by the 1956 Treaty on Basic Relations.', value: '1956', sourced: '1965' },
      // The same person's body, by "of" on both sides.
      {
        text: 'The delegation was headed by Kim Jin-pyo of the opposition People Power Party.',
        value: 'People Power Party',
        sourced: 'Democratic Party',
      },
      // One named thing owned by another party.
      { text: "Washington has already tied its own strategy to Tokyo's New Southern Policy.", value: 'Tokyo', sourced: 'South Korea' },
      // "of people" counts the people the sentence names elsewhere.
      {
        text: 'In South Korea, meanwhile, twenty-eight percent of people regard Japan as a military threat.',
        value: 'twenty-eight',
        sourced: 'Thirty-eight percent',
      },
      // A hedge in a trailing clause of its own guesses at that clause, not at the route before it.
      {
        text: 'Stilwell, meanwhile, traveled from Tokyo to Seoul by way of Vietnam and Thailand, probably to avoid the appearance of shuttle diplomacy.',
        value: 'Vietnam',
        sourced: 'Philippines',
      },
      // A capitalised number word is a number, of the same people however named.
      {
        text: 'Forty-three percent of South Koreans regard Japan as a "military threat."',
        value: 'Forty-three',
        sourced: 'Thirty-eight percent',
      },
      // A portfolio after "secretary of" names the office.
      {
        text: 'The authors recommend that the U.S. secretary of state host a roundtable for Korean and Japanese firms.',
        value: 'secretary of state',
        sourced: 'secretary of commerce',
      },
      // So does one after "of the", closing the title.
      {
        text: 'The authors recommend that the U.S. Secretary of the Treasury host a roundtable for Korean and Japanese firms.',
        value: 'Secretary of the Treasury',
        sourced: 'secretary of commerce',
      },
      // Two names of one kind: the noun after them says so.
      {
        text: 'During the George W. Bush presidency, Washington played a critical role in facilitating diplomacy between its two allies.',
        value: 'George W. Bush',
        sourced: 'Obama',
      },
    ];
    warnsOnEach(kb, cases);
    // Two values of two kinds wrong in a sentence that otherwise retells its passage closely: both are warned on.
    const twice =
      "After months of pandemic paralysis, Takeo Kawamura, head of the Japan-Korea Parliamentarians' Union, met informally with his counterparts in Busan in September 2020.";
    assert.deepEqual(words(twice, grounded(kb, twice)), ['Busan', 'September 2020']);
    silentOnEach(kb, [
      // What is alleged is someone's claim, not compared.
      "Last December, Japan's Maritime Self-Defense Force alleged that a South Korean naval vessel targeted a Chinese surveillance aircraft.",
      // An office once held, dated: not the title the passage gives.
      'Park Jie-won, who served as culture minister in 2000, traveled to Tokyo on November 9 as a presidential envoy.',
      // "Again": a later event than the one the source dates.
      "Kawamura, who leads the Japan-Korea Parliamentarians' Union, visited Seoul again in 2021.",
      // The office the passage names, written "of" and its field.
      'The authors recommend that the U.S. secretary of commerce host a business roundtable for Korean and Japanese firms.',
      // "in Tokyo" (the city) and "to Tokyo" (the government) are one name; a region differs from no city.
      "The two U.S. secretaries' back-to-back stops in Tokyo and Seoul were meant to signal a united front toward a rising China.",
    ]);
  });

  it('takes the place someone went to as where they met ("flew to Busan … to meet" against "met … in Seoul")', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      { text: 'Kawamura flew to Busan in October 2020 to meet his counterparts informally.', value: 'Busan', sourced: 'Seoul' },
    ]);
    silentOnEach(kb, [
      'Kawamura flew to Seoul in October 2020 to meet his counterparts informally.',
      // Two places, one gone to and one met in: which the passage's "in Seoul" answers is not clear.
      'Kawamura met his counterparts in Busan after flying to Seoul in October 2020.',
    ]);
  });

  it('reads "heading on to Tokyo" as going there, not as a "head" (a leader) to line up with leaders', () => {
    const kb = realKnowledge();
    // The verb as a leader met "The Japanese leader told Biden …" and swapped Stilwell for Biden.
    silentOnEach(kb, ['Stilwell stopped first in Seoul, heading on to Tokyo afterwards.']);
    const stemsOf = (text: string) => analyseSentence(kb, text, 0, text.length).contentStems;
    assert.ok(!stemsOf('Stilwell stopped first in Seoul, heading on to Tokyo.').has(stem('leader')));
    // "headed by" still names who leads.
    assert.ok(stemsOf('A delegation headed by Kim Jin-pyo met Suga.').has(stem('leader')));
  });

  it('reads a name after "near" or "outside" as a place, as after "in" (one list of place prepositions)', () => {
    const kb = realKnowledge();
    const typeOf = (text: string, name: string) =>
      analyseSentence(kb, text, 0, text.length).slots.find((s) => s.entity && text.slice(s.start, s.end) === name)?.entity?.type;
    assert.equal(typeOf('The two ministers met in Chengdu in December.', 'Chengdu'), 'place');
    assert.equal(typeOf('The two ministers met near Chengdu in December.', 'Chengdu'), 'place');
    assert.equal(typeOf('The two ministers met outside Chengdu in December.', 'Chengdu'), 'place');
  });

  it('reads a name before a gathering ("at the G20 summit in Kyoto") as the gathering, not the place it was in', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      { text: 'At the G20 summit in Kyoto, Abe and Moon barely spoke and met only for a photo.', value: 'Kyoto', sourced: 'Osaka' },
    ]);
    silentOnEach(kb, ['At the G20 summit in Osaka, Abe and Moon barely spoke and met only for a photo.']);
  });

  it('widens an approximate number only as far as it is rounded', () => {
    const kb = realKnowledge();
    // "Some 62 percent" is written to the unit: the passage's 56 percent is another number.
    warnsOnEach(kb, [
      {
        text: 'Some 62 percent of Japanese citizens judged the economic retaliation against South Korea appropriate.',
        value: '62',
        sourced: '56 percent',
      },
    ]);
    // A round number with "about" or "roughly" still agrees with a value within half its rounding.
    silentOnEach(kb, [
      'About 55 percent of Japanese citizens judged the economic retaliation against South Korea appropriate.',
      'Roughly 60 percent of Japanese citizens judged the economic retaliation against South Korea appropriate.',
    ]);
  });

  it('dates the thing a date stands before ("a September 2018 … verdict"), not the verb before it', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'The downward slide started with a September 2018 Supreme Court verdict ordering Japanese companies to compensate Korean laborers.',
        value: 'September 2018',
        sourced: 'October 2018',
      },
    ]);
    silentOnEach(kb, [
      'The downward slide started with an October 2018 Supreme Court verdict ordering Japanese companies to compensate Korean laborers.',
      // The date names another thing (an appeal), which the passage on the verdict does not date.
      'Japanese companies ignored a September 2018 appeal by Korean laborers to honor the Supreme Court verdict.',
    ]);
  });

  it('dates the event a phrase of time names ("After the 2018 ruling, …"), not the act told after it', () => {
    const kb = realKnowledge();
    // sakata2020 dates the decision to impose the export controls ("The Japanese Cabinet's sudden decision in summer
    // 2019 to tighten export control measures …"), not the ruling the draft puts before them.
    warnsOnEach(kb, [
      {
        text: "After the ruling, Tokyo restricted exports of critical inputs for Korea's semiconductor industry in 2018.",
        value: '2018',
        sourced: 'summer 2019',
      },
    ]);
    silentOnEach(kb, [
      "After the 2018 ruling, each country removed the other from most-favored-nation trading status, and Tokyo restricted exports of critical inputs for Korea's large semiconductor industry.",
      "After the October 2018 ruling, Tokyo restricted exports of critical inputs for Korea's semiconductor industry.",
    ]);
  });

  it('does not tie two lengths told back from now ("ago") of different events by the "ago" alone', () => {
    // The source: "… a foundation similar to the one created by Germany some 20 years ago …"; the treaty is another event.
    const kb = realKnowledge();
    silentOnEach(kb, [
      'Japan and South Korea normalized relations in 1965, more than half a century ago.',
      'Japan and South Korea normalized relations more than fifty years ago.',
    ]);
  });

  it('reads spans of years in words ("a half-century", "two decades", "the past decade") and lengths told back from now ("ago")', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'A senior Korean politician has floated a foundation modeled on the one Germany created a half-century ago for forced laborers.',
        value: 'a half-century',
        sourced: '20',
      },
      {
        text: "Over the past twenty years, North Korea's growing arsenal of ballistic missiles and nuclear weapons has provided ample motivation for alignment.",
        value: 'twenty',
        // The passage's number is quoted with its unit.
        sourced: 'three decades',
      },
      // A span counted back from the time of writing; "half" of "half-century" is no share.
      {
        text: "Over the past decade, North Korea's growing arsenal of ballistic missiles and nuclear weapons has provided ample motivation for alignment.",
        value: 'the past decade',
        sourced: 'three decades',
      },
      {
        text: "Over the past half-century, North Korea's growing arsenal of ballistic missiles and nuclear weapons has provided ample motivation for alignment.",
        value: 'the past half-century',
        sourced: 'three decades',
      },
    ]);
    silentOnEach(kb, [
      // Two decades are the passage's 20 years; thirty years its three decades.
      'A senior Korean politician has floated a foundation modeled on the one Germany created two decades ago for forced laborers.',
      "Over the past thirty years, North Korea's growing arsenal of ballistic missiles and nuclear weapons has provided ample motivation for alignment.",
      "Over the last three decades, North Korea's growing arsenal of ballistic missiles and nuclear weapons has provided ample motivation for alignment.",
      // How long ago is not how long something lasted.
      'A senior Korean politician has floated a foundation modeled on the one Germany ran for 50 years for forced laborers.',
    ]);
  });

  it('reads a length of time opening a source sentence ("For over three decades, …") as how long its whole main clause held', () => {
    const kb = realKnowledge();
    // The passages open on their lengths, far from the words the drafts put beside theirs, at the sentence's end.
    warnsOnEach(kb, [
      {
        text: 'Seoul and Tokyo have argued about the 1965 Treaty on Basic Relations for only about a decade.',
        value: 'a decade',
        sourced: 'three decades',
      },
      {
        text: "North Korea's growing arsenal of missiles has given Seoul and Tokyo a reason to align for just the past decade.",
        value: 'the past decade',
        sourced: 'three decades',
      },
    ]);
    silentOnEach(kb, [
      'Seoul and Tokyo have argued about the 1965 Treaty on Basic Relations for more than thirty years.',
      "North Korea's growing arsenal of missiles has given Seoul and Tokyo a reason to align for much of the past thirty years.",
    ]);
  });

  it('reads a magnitude told by its digits ("a double-digit pace") as a range of values', () => {
    const kb = realKnowledge();
    const pace = (digits: string) => `Tourism numbers between Japan and South Korea continue to rise at a ${digits}-digit pace.`;
    warnsOnEach(kb, [{ text: pace('single'), value: 'single-digit', sourced: 'double-digit' }]);
    silentOnEach(kb, [pace('double')]);
  });

  it('reads what a count counts past the words qualifying it ("two major interest groups" counts groups)', () => {
    const kb = realKnowledge();
    const groups = (count: string) => `Despite past rancor, ${count} groups in both nations have served as ballast in the relationship.`;
    warnsOnEach(kb, [
      { text: groups('three interest'), value: 'three', sourced: 'two' },
      { text: groups('four powerful'), value: 'four', sourced: 'two' },
    ]);
    silentOnEach(kb, [groups('two interest'), groups('two')]);
  });

  it('reads lengths of time without a figure ("within days", "several months") and compares lengths in two units of time', () => {
    const kb = realKnowledge();
    const message = (length: string) =>
      `${length}, the Biden administration sent a clear message to its Japanese and Korean allies to repair their broken relationship.`;
    // The passage: "Within days of taking office, the Biden administration sent a gentle but clear message …".
    warnsOnEach(kb, [
      { text: message('A few months into its term'), value: 'A few months', sourced: 'days' },
      { text: message('Six months into its term'), value: 'Six', sourced: 'days' },
    ]);
    // "within" bounds a length from above: what took days was done within weeks, or a week.
    silentOnEach(kb, [
      message('Within a week of taking office'),
      message('Within weeks of taking office'),
      message('Within months of taking office'),
    ]);
  });

  it('reads a season told from the time of writing ("last summer") as a date', () => {
    const kb = realKnowledge();
    const alleged = (season: string) =>
      `${season}, Japan's Maritime Self-Defense Force alleged that a South Korean naval vessel had locked its fire-control radar onto a Japanese surveillance aircraft.`;
    // The passage's "Last December", written in the summer of 2019, is December 2018.
    warnsOnEach(kb, [{ text: alleged('Last summer'), value: 'summer', sourced: 'Last December' }]);
    // December is winter.
    silentOnEach(kb, [alleged('Last winter')]);
  });

  it('reads what someone hoped as their hope: its "would" hedges only the hope, and when they hoped is stated', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: "Last October, many in South Korea, President Moon included, hoped that Prime Minister Suga's election would open a path to renewed relations with Japan.",
        value: 'October',
        sourced: 'Last September',
      },
    ]);
    silentOnEach(kb, [
      "Last September, many in South Korea, President Moon included, hoped that Prime Minister Suga's election would open a path to renewed relations with Japan.",
      // What was hoped for is not an event: its date is not compared.
      "Last September, many in South Korea hoped that Prime Minister Suga's election would settle the forced-labor dispute by December 2021.",
    ]);
  });

  it('compares a party with the one the passage lists in its place, when the rest of both lists agree', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'Britain, France, Australia and New Zealand have joined Japan in patrolling the seas to enforce sanctions on Pyongyang.',
        value: 'New Zealand',
        sourced: 'Canada',
      },
      {
        text: 'China and Russia are exploiting the rift between Japan and South Korea, warns a former senior Obama administration defense planner.',
        value: 'Russia',
        sourced: 'North Korea',
      },
    ]);
    silentOnEach(kb, [
      // The same list in another order, and a part of it.
      'France, Canada, Australia and the United Kingdom have all worked with Japan to monitor sanctions implementation through maritime patrols.',
      'Britain and France have both worked with Japan to monitor sanctions implementation through maritime patrols.',
    ]);
  });

  it('takes no passage sharing only names and dates with the draft for one that backs its value', () => {
    const kb = realKnowledge();
    // A passage naming Beijing and Japan in another story (a massacre, sanctions) says nothing of a meeting there.
    warnsOnEach(kb, [
      {
        text: 'In December 2019, Abe and Moon met in Beijing for the China-Japan-Korea trilateral summit.',
        value: 'Beijing',
        sourced: 'Chengdu',
      },
    ]);
    silentOnEach(kb, [
      'In December 2019, Abe and Moon met in Chengdu for the China-Japan-Korea trilateral summit.',
      // A passage telling of another meeting in Tokyo, in the draft's words, backs it.
      'In mid-November, a delegation led by Kim Jin-pyo met with Suga and parliamentarian counterparts in Tokyo.',
    ]);
  });

  it('reads a place\'s name opening an organisation\'s ("Korea University") as that organisation', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'Park Cheol Hee, a Korea University professor, is one of the leading Japan experts in Korea.',
        value: 'Korea University',
        sourced: 'Seoul National University',
      },
    ]);
    silentOnEach(kb, ['Park Cheol Hee, a Seoul National University professor, is one of the leading Japan experts in Korea.']);
  });

  it('reads a comparison told in other words ("likens … frictions … peaked") as the passage\'s', () => {
    const kb = realKnowledge();
    const likens = (decade: string) =>
      `The former official likens today's rift to the frictions of the ${decade}, which peaked when Japan resisted American pressure to sanction China.`;
    warnsOnEach(kb, [{ text: likens('1990s'), value: '1990s', sourced: '1980s' }]);
    silentOnEach(kb, [likens('1980s')]);
  });

  it('reads counts without a figure ("dozens of", "a handful of") as the counts they allow', () => {
    const kb = realKnowledge();
    const standoff = (count: string) => `China's June 2020 border standoff with India left ${count} casualties on both sides.`;
    warnsOnEach(kb, [
      { text: standoff('thousands of'), value: 'thousands', sourced: 'dozens' },
      { text: standoff('a handful of'), value: 'a handful', sourced: 'dozens' },
    ]);
    // Forty is some dozens.
    silentOnEach(kb, [standoff('dozens of'), standoff('some 40')]);
  });

  it('reads a number after a one-word name ("Article 12") as the number of that kind of thing', () => {
    const kb = realKnowledge();
    const article = (n: string) => `Japan is still bound by a pacifist constitution, and debates over revising its Article ${n} continue.`;
    warnsOnEach(kb, [
      { text: article('12'), value: '12', sourced: '9' },
      // A capitalised function word ("With", after a heading's colon) numbers nothing: this is a share.
      {
        text: 'Bottom line: With 65 percent of Japanese citizens calling the economic retaliation against South Korea appropriate, Abe had little reason to change course.',
        value: '65',
        sourced: '56 percent',
      },
    ]);
    silentOnEach(kb, [article('9')]);
  });

  it('reads an attribute said of a name after it ("TISA remains a bilateral arrangement"), and in a guess too', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      { text: 'TISA remains a bilateral arrangement between Tokyo and Seoul.', value: 'bilateral', sourced: 'Trilateral' },
      {
        text: 'TISA — a bilateral Japan-South Korea channel — still carries some intelligence.',
        value: 'bilateral',
        sourced: 'Trilateral',
      },
      // The guess is about what scrapping it might have done; the pact is named as it is.
      {
        text: 'Scrapping the trilateral GSOMIA might have crippled intelligence sharing on North Korea.',
        value: 'trilateral',
        sourced: 'bilateral',
      },
    ]);
    silentOnEach(kb, [
      'TISA remains a trilateral arrangement among Washington, Tokyo and Seoul.',
      'Scrapping the bilateral GSOMIA might have crippled intelligence sharing on North Korea.',
    ]);
  });

  it('reads the year an agreement is named by ("the 2015 comfort women agreement") as its attribute', () => {
    const kb = realKnowledge();
    const negotiated = (year: string) => `Suga, who helped negotiate the ${year} comfort women agreement, distrusts Seoul's promises.`;
    const treaty = (year: string) => `Seoul and Tokyo still read their ${year} Treaty on Basic Relations differently.`;
    warnsOnEach(kb, [
      { text: negotiated('2014'), value: '2014', sourced: '2015' },
      { text: treaty('1967'), value: '1967', sourced: '1965' },
    ]);
    // The year of a name the sources give ("2015 agreement" is one of the comfort women agreement's) names that thing
    // alone: "the 1965 agreement" is another agreement, not the 2015 one misdated.
    silentOnEach(kb, [negotiated('2015'), treaty('1965'), 'Abe also renewed his demand that Seoul abide by the 1965 agreement.']);
  });

  it('compares a count of named things ("three capitals") with the list of them the passage gives', () => {
    const kb = realKnowledge();
    const capitals = (count: string) =>
      `Blinken and Austin made back-to-back visits to ${count} capitals to signal a united front toward a rising China.`;
    const patrols = (count: string) =>
      `${count} other countries have joined Japan in monitoring sanctions implementation through maritime patrols and surveillance.`;
    warnsOnEach(kb, [
      { text: capitals('three'), value: 'three', sourced: '2 \\(Tokyo and Seoul\\)' },
      { text: patrols('Five'), value: 'Five', sourced: '4 \\(United Kingdom, France, Australia, and Canada\\)' },
    ]);
    silentOnEach(kb, [
      capitals('two'),
      patrols('Four'),
      // "Chengdu, China" is one place, a city and its country, not a list of two.
      'In December 2019 Abe and Moon met in one Chinese city, Chengdu, at the China-Japan-Korea trilateral summit.',
    ]);
  });

  it('reads an act done together ("worked with Japan") as the same act told from either party', () => {
    const kb = realKnowledge();
    silentOnEach(kb, [
      'Japan has worked with four other countries to monitor sanctions implementation through maritime patrols and surveillance.',
    ]);
    // A refusal is its doer's alone: the meetings it refused are no act done together.
    warnsOnEach(kb, [{ text: 'Seoul refused to hold further working group meetings with Japan.', value: 'Seoul', sourced: 'Japan' }]);
  });

  it('ties no other person to an act by places and a verb of little content alone ("went" / "is gone")', () => {
    const kb = realKnowledge();
    // In the route's order ("… from Tokyo to Seoul by way of …"): the other order is a wrong order of stops
    // (groundedOrder.test.ts), not another person's act.
    silentOnEach(kb, ['Stilwell went first to Tokyo before heading on to Seoul.']);
  });

  it('counts the words of an organisation the passage names as words it shares ("intelligence service")', () => {
    const kb = realKnowledge();
    const visit = (date: string) => `Park Jie-won, the head of South Korea's intelligence service, visited Tokyo ${date}.`;
    warnsOnEach(kb, [{ text: visit('in December 2020'), value: 'December 2020', sourced: 'November 9' }]);
    silentOnEach(kb, [visit('on November 9')]);
  });

  it('reads a title in the plural ("cabinet secretaries") as no one person\'s title', () => {
    const kb = realKnowledge();
    silentOnEach(kb, ['Two cabinet secretaries, Blinken and Austin, made back-to-back visits to Tokyo and Seoul.']);
  });

  it('reads a threat told in the passive ("… was threatened by Seoul") as a threat, not as the act done', () => {
    const kb = realKnowledge();
    silentOnEach(kb, ['Termination of GSOMIA was threatened by Seoul unless Tokyo rescinded its export controls.']);
  });

  it('stays silent on a sentence telling an act and its undoing, and on an "in" that names no place', () => {
    const kb = realKnowledge();
    silentOnEach(kb, [
      // Both the imposing and the lifting are told: a passage telling the lifting does not contradict it.
      'Travel restrictions over the coronavirus, imposed by both sides in 2020 and since lifted, further cut person-to-person engagement.',
      // "culminated in Tokyo resisting …" names Tokyo's act, not a city where the differences came to a head.
      'The 1980s differences culminated in Tokyo resisting American pressure to sanction China after the Tiananmen massacre.',
    ]);
  });

  it('reads the season an event is named by ("the Winter Olympic Games") as an attribute of one class', () => {
    const kb = realKnowledge();
    const games = (season: string) => `Seoul sees the ${season} Olympic Games as a possible venue for reviving diplomacy with Pyongyang.`;
    warnsOnEach(kb, [{ text: games('Winter'), value: 'Winter', sourced: 'Summer' }]);
    silentOnEach(kb, [games('Summer')]);
  });

  it('reads a "would" after "that" as what someone said would happen, stating what comes before it', () => {
    const kb = realKnowledge();
    const became = (date: string) =>
      `Suga became prime minister in ${date} after Abe resigned, and he made clear that Tokyo's stance on the laborers would not change.`;
    warnsOnEach(kb, [{ text: became('July 2020'), value: 'July 2020', sourced: 'September 2020' }]);
    silentOnEach(kb, [
      became('September 2020'),
      // "could not" tells what the ruling allowed, not a report of what would happen: the sentence stays a guess.
      "Japan's Supreme Court ruled in 2007 that Chinese forced laborers could not sue Japanese companies.",
    ]);
  });

  it('reads the owner of a thing the passage names without one ("South Korea\'s constitutional court") as no other party', () => {
    const kb = realKnowledge();
    const court = (year: string) =>
      `South Korea's constitutional court first intervened in ${year}, urging the Lee Myung-bak government to reopen the comfort women talks.`;
    warnsOnEach(kb, [{ text: court('2009'), value: '2009', sourced: '2011' }]);
    silentOnEach(kb, [court('2011')]);
  });

  it('reads letting a thing end in other words ("allowed … to lapse") as the passage\'s "let … expire"', () => {
    const kb = realKnowledge();
    const lapse = (year: string) =>
      `The Abe cabinet allowed its currency swap agreement with South Korea to lapse in ${year} as tensions mounted.`;
    warnsOnEach(kb, [{ text: lapse('2013'), value: '2013', sourced: '2015' }]);
    silentOnEach(kb, [lapse('2015')]);
  });

  it('reads "drills" as the passage\'s "exercises": the order of an act told in other words is checked', () => {
    // The source: "After the Singapore Summit last year, the U.S. president’s announcement that he was reducing
    // U.S.-ROK military exercises …".
    const kb = realKnowledge();
    const drills = (order: string) =>
      `${order} the Singapore summit, the president announced that he would scale back joint drills with Seoul.`;
    warnsOnEach(kb, [{ text: drills('Ahead of'), value: 'Ahead of', sourced: 'After' }]);
    silentOnEach(kb, [drills('After')]);
  });

  it('weighs opposite predicates ("tighten" / "relax") on their own clause of a longer sentence', () => {
    const kb = realKnowledge();
    const push = (verb: string) => `Moon's push to ${verb} sanctions on Pyongyang put him at odds with Abe's strategy.`;
    warnsOnEach(kb, [{ text: push('tighten'), value: 'tighten', sourced: 'relax' }]);
    // A restatement, and a reported act the passage only says nearly happened, stay silent.
    silentOnEach(kb, [push('relax'), 'Pundits in Washington often repeat that Seoul terminated GSOMIA.']);
  });

  it('reads a date opening a later clause of the passage (", and in December 2019, … met") as dating that clause', () => {
    const kb = realKnowledge();
    const encounter = (date: string) =>
      `The long-awaited encounter of the two leaders in Chengdu finally came in ${date}, at the trilateral summit with China.`;
    warnsOnEach(kb, [{ text: encounter('October 2019'), value: 'October 2019', sourced: 'December 2019' }]);
    // The clause before the date is not dated by it: the passage says nothing of when Washington stepped in.
    silentOnEach(kb, [encounter('December 2019'), 'Washington stepped in hard to end the cycle of linkage politics in October 2019.']);
  });

  it('reads a passage\'s "a decade later" as the decade it comes to from the date of the sentence before', () => {
    const kb = realKnowledge();
    const talks = (decade: string) =>
      `Back in the ${decade}, the Six-Party Talks laid bare how uneasy Tokyo felt about a regional solution.`;
    warnsOnEach(kb, [{ text: talks('1970s'), value: '1970s', sourced: 'a decade later' }]);
    silentOnEach(kb, [talks('2000s')]);
  });

  it('compares the year naming an event ("the 2013 clash") with the date closing "during its clash … in 2010"', () => {
    const kb = realKnowledge();
    const clash = (year: string) =>
      `Beijing halted rare earth shipments to Japan during the ${year} clash over the Senkaku/Diaoyu Islands.`;
    warnsOnEach(kb, [{ text: clash('2013'), value: '2013', sourced: '2010' }]);
    silentOnEach(kb, [clash('2010')]);
  });

  it('reads what a named party did, told after a "would" ("would set up a fund like the one Germany established …"), as stated', () => {
    const kb = realKnowledge();
    const plan = (years: string) =>
      `A plan now being discussed would set up a fund like the one Germany established some ${years} years ago for forced laborers.`;
    warnsOnEach(kb, [{ text: plan('60'), value: '60', sourced: '20' }]);
    // What the guess would not do is the guess's own.
    silentOnEach(kb, [plan('20'), 'A plan now being discussed would not copy the fund Germany established some 60 years ago.']);
  });

  it('reads "unable to" and "unwilling to" as denials, and a denial of one party\'s act as no word on another\'s', () => {
    const kb = realKnowledge();
    const leaders = (who: string, verb: string) => `${who} leaders are ${verb} to challenge China, the memo argues.`;
    warnsOnEach(kb, [{ text: leaders('Japanese', 'unable'), value: 'unable', sourced: 'challenge' }]);
    // The passage has Japanese leaders challenge China and South Korean leaders prefer a softer posture: it says
    // nothing of South Korean leaders challenging it, so denying that they do is no conflict.
    silentOnEach(kb, [leaders('Japanese', 'able'), leaders('South Korean', 'unable'), 'South Korean leaders do not challenge China.']);
    // Accepting what the passage says the same party denied is told against that denial, not against another
    // party's refusal of another thing in the passage's next clause.
    const video = (verb: string) => `South Korea ${verb} the veracity of the Japanese video of the incident.`;
    warnsOnEach(kb, [{ text: video('accepted'), value: 'accepted', sourced: 'denied' }]);
    silentOnEach(kb, [video('denied')]);
  });

  it('reads "not just" as adding to an act, not denying it', () => {
    const kb = realKnowledge();
    const joined = (how: string) => `Japan did ${how} join the protest against the Burmese coup; it spoke out early.`;
    warnsOnEach(kb, [{ text: 'Japan did not join the protest against the Burmese coup.', value: 'not', sourced: 'joined' }]);
    silentOnEach(kb, [joined('not just'), joined('not only')]);
  });

  it('reads a verb with its particles as one predicate ("speed up", "pulling out of", "stayed out of")', () => {
    const kb = realKnowledge();
    const liquidation = (verb: string) =>
      `Moon also indicated a desire to ${verb} the liquidation of Japanese company assets seized after the court decision.`;
    const pact = (how: string) =>
      `The dispute culminated in Seoul ${how} out of an important military intelligence-sharing pact with Tokyo.`;
    const statements = (verb: string) => `Motegi ${verb} public statements on the coup.`;
    warnsOnEach(kb, [
      { text: liquidation('speed up'), value: 'speed up', sourced: 'put off' },
      { text: pact('pulling'), value: 'pulling out', sourced: 'near withdrawal' },
      { text: statements('stayed out of'), value: 'stayed out', sourced: 'join' },
    ]);
    silentOnEach(kb, [liquidation('put off'), pact('nearly pulling'), statements('joined'), statements('may have stayed out of')]);
    // The passage's "pushed back hard on Biden's desire to see Japan-ROK relations improve" has no "back" (support)
    // that opposing could contradict: the particle is part of its verb, and opposing it restates the passage.
    silentOnEach(kb, ["Suga opposed Biden's desire to see Japan-ROK relations improve."]);
  });

  it('compares two owners only as owners of the same thing: "Abe\'s foreign policy" is not "Suga\'s capacity"', () => {
    const kb = realKnowledge();
    // "Current domestic politics in both nations, however, continue to limit Suga’s capacity to innovate far beyond the
    // foreign policies of his predecessor."
    silentOnEach(kb, [
      "Domestic politics in both countries, however, has left him little room to innovate well beyond Abe's foreign policy.",
      "Domestic politics in both countries, however, has given him ample room to innovate well beyond Abe's foreign policy.",
    ]);
    // The claim's own thing owned by another is still a swap of owners.
    warnsOnEach(kb, [
      {
        text: "Domestic politics in both nations continue to limit Abe's capacity to innovate far beyond the foreign policies of his predecessor.",
        value: 'Abe',
        sourced: 'Suga',
      },
    ]);
  });

  it('reads reluctance ("pointedly cautious about taking punitive steps") as holding back from the act', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      { text: 'Japan has taken punitive steps against the Burmese military.', value: 'taken', sourced: 'cautious about taking' },
    ]);
    // Holding back, in any words, agrees with the passage; so does a cautious manner of doing something else.
    silentOnEach(kb, [
      'Japan has joined the protest but refused punitive steps against the Burmese military.',
      'Japan has joined the protest but stayed out of punitive steps against the Burmese military.',
      'Japan has joined the protest but did not take punitive steps against the Burmese military.',
      // The passage's caution in its noun tells the holding back too: the steps are what it holds back from.
      "Tokyo's caution over Burma stems partly from its considerable investment in the country, which punitive steps could undermine.",
    ]);
  });

  it('weighs an act kept out of by the party the passage has doing it, before a fear the sentence reports', () => {
    const kb = realKnowledge();
    // "Japan has joined the protest but it has been pointedly cautious …": the draft's own worry after the act does
    // not make the act hearsay, and who stayed out is the whole claim, though the rest shares little.
    warnsOnEach(kb, [
      {
        text: 'Tokyo, by contrast, stayed out of the protest, fearing for its investments in Burma.',
        value: 'stayed out',
        sourced: 'joined',
      },
      { text: 'Tokyo kept out of the protest against the coup, fearing for its investments.', value: 'kept out', sourced: 'joined' },
    ]);
    // Another party keeping out, or a fear of keeping out, says nothing against Japan's joining.
    silentOnEach(kb, [
      'Beijing stayed out of the protest, fearing for its investments in Burma.',
      'Japan has joined the protest, fearing that Tokyo would otherwise seem to stay out of the crisis.',
    ]);
  });

  it('finds the object of a phrasal predicate after its particles ("stayed on the sidelines as its two allies …")', () => {
    const kb = realKnowledge();
    // "The Trump administration strongly intervened to call on its allies to stop the vicious cycle of linkage politics".
    warnsOnEach(kb, [
      {
        text: 'The Trump administration stayed on the sidelines as its two allies traded blows over linkage politics.',
        value: 'stayed on the sidelines',
        sourced: 'intervened',
      },
    ]);
    // Another party, which the passage names only after the act (in Chengdu, China), kept out: not the passage's act.
    silentOnEach(kb, ['Beijing stayed on the sidelines as the two allies traded blows over linkage politics.']);
    // A country named as an adjective ("their Japanese counterparts") is no party acting, wherever the passage names it.
    warnsOnEach(kb, [
      {
        text: 'The Korean lawmakers met Suga and their Japanese counterparts but failed to agree on any cooperation committees.',
        value: 'failed',
        sourced: 'agreed',
      },
    ]);
  });

  it('reads a dispute settled against talks that ended in a stalemate, of the same talks, past a phrase set off by a comma', () => {
    const kb = realKnowledge();
    // "Where in past disputes, diplomats might have stepped in …, repeated meetings between the two foreign ministers
    // only resulted in a stalemate": the meetings are the subject after the opening clause, on both sides.
    warnsOnEach(kb, [
      {
        text: 'In the end, repeated meetings between the two foreign ministers resolved the radar dispute.',
        value: 'resolved',
        sourced: 'stalemate',
      },
      {
        text: 'This time, repeated meetings between the two foreign ministers broke the deadlock over the radar incident.',
        value: 'broke the deadlock',
        sourced: 'stalemate',
      },
      // A one-word aside sets off no subject: the boycotts still are ("… seem to be winding down").
      {
        text: 'South Korean boycotts of Japanese goods, however, seem to be intensifying.',
        value: 'intensifying',
        sourced: 'winding down',
      },
    ]);
    // Other talks, or a denial of the settlement, say nothing against the stalemate.
    silentOnEach(kb, [
      'In the end, repeated phone calls between the two leaders resolved the dispute.',
      'Repeated meetings between the two foreign ministers resolved nothing.',
    ]);
  });

  it('reads "break the … deadlock" as settling it past words describing the deadlock ("the forced labor deadlock")', () => {
    const kb = realKnowledge();
    // biden-japan-frictions: "Ideas to settle this issue have been circulating for some months, including a proposal
    // floated by a senior Korean politician to create a foundation …"; buchan2019: "… repeated meetings between the two
    // foreign ministers only resulted in a stalemate."
    warnsOnEach(kb, [
      {
        text: 'This time, repeated meetings between the two foreign ministers broke the long deadlock over the radar incident.',
        value: 'broke the long deadlock',
        sourced: 'stalemate',
      },
    ]);
    silentOnEach(kb, [
      'One idea for breaking the forced labor deadlock is a foundation, like the one Germany set up about two decades ago, funded by both Japanese and Korean companies.',
    ]);
  });

  it('reads keeping a party on a list against delisting it, a demand dropped against one kept up, and slow against quick', () => {
    const kb = realKnowledge();
    // "… decision in summer 2019 to tighten export control measures and delist South Korea from its so-called 'white
    // list'"; "… while continuing to ask South Korea to adhere to the 1965 agreement"; "Suga and Moon quickly embraced
    // the election results and congratulated Biden for his win."
    warnsOnEach(kb, [
      {
        text: 'Despite tightening export controls in summer 2019, the Japanese Cabinet kept South Korea on its white list of preferred trading partners.',
        value: 'kept',
        sourced: 'delist',
      },
      {
        text: 'In his speech to the Diet, Abe dropped his call for South Korea to adhere to the 1965 agreement.',
        value: 'dropped',
        sourced: 'continuing',
      },
      { text: 'Suga and Moon were slow to congratulate Biden on his election win.', value: 'slow', sourced: 'quickly' },
    ]);
    // "Kept" takes almost any object: keeping the controls in place is no keeping of South Korea on the list.
    silentOnEach(kb, [
      'The Japanese Cabinet kept its export controls on South Korea in place.',
      "Suga and Moon were slow to respond to North Korea's missile tests.",
      'Suga and Moon quickly congratulated Biden on his win.',
    ]);
  });

  it('reads a body kept going against freezing it, and a refusal to endorse an idea against giving it a nod, of the same thing', () => {
    const kb = realKnowledge();
    // "The South Korean government moved to freeze the Reconciliation and Healing Foundation, which was funded by Japan
    // …"; "… the administration of Prime Minister Suga Yoshihide gives its nod to the idea of trilateral security
    // cooperation, it is resisting the American push to improve relations with Seoul …".
    warnsOnEach(kb, [
      {
        text: 'The South Korean government chose to keep the Japan-funded Reconciliation and Healing Foundation going.',
        value: 'keep',
        sourced: 'freeze',
      },
      {
        text: 'The Suga cabinet has refused to endorse the idea of trilateral security cooperation.',
        value: 'refused',
        sourced: 'gives its nod to',
      },
    ]);
    // Keeping funds frozen is no keeping of the foundation; refusing another idea than the one nodded to is no
    // disagreement: the idea put forward is not the object both must share, the thing it is an idea of is.
    silentOnEach(kb, [
      'Seoul decided to keep its funds for the Reconciliation and Healing Foundation frozen.',
      'The Suga cabinet has refused to endorse the idea of improving relations with Seoul.',
    ]);
  });

  it('reads approval of a decision against unhappiness with it, and finds the passage of the year among those sharing one word', () => {
    const kb = realKnowledge();
    // "… expressed unhappiness with a Korean court decision demanding that Japan pay compensation to survive women";
    // "Bilateral relations did not improve in 2020, …" (one of several passages whose only shared rare word is
    // "improve": the year the sentence names picks it out).
    warnsOnEach(kb, [
      {
        text: 'Moon expressed approval of the court decision ordering Japan to compensate the surviving women.',
        value: 'approval',
        sourced: 'unhappiness',
      },
      { text: 'Relations between Japan and South Korea improved in 2020.', value: 'improved', sourced: 'did not improve' },
    ]);
    silentOnEach(kb, [
      "Moon expressed approval of the Biden administration's call for trilateral cooperation.",
      'Relations between Japan and South Korea did not improve in 2020.',
      'Relations between Japan and South Korea improved in 2021.',
    ]);
  });

  it('lets only a passage telling the act itself back a draft against a near miss of it', () => {
    const kb = realKnowledge();
    // "The dispute culminated in Seoul's near withdrawal from an important military intelligence-sharing pact with
    // Tokyo." "But its ultimate success in part turns on how well the United States can resolve the rifts between
    // Japan and the Republic of Korea" shares "ultimately" and the two countries, and tells of no withdrawal: no backing.
    warnsOnEach(kb, [
      {
        text: 'Seoul ultimately pulled out of its military intelligence-sharing pact with Tokyo.',
        value: 'pulled out',
        // sakata2020's "the Blue House threatened to terminate …" (South Korea's body) is a near miss as well.
        sourced: 'threatened to terminate',
      },
    ]);
    silentOnEach(kb, ['Seoul nearly pulled out of its military intelligence-sharing pact with Tokyo.']);
  });

  it('reads a decision called compatible with a treaty against one said to violate it', () => {
    const kb = realKnowledge();
    // "Tokyo responded to the more recent Supreme Court decision on forced labor by arguing that it violated the terms
    // of the 1965 treaty, …".
    warnsOnEach(kb, [
      {
        text: 'Tokyo argued that the Supreme Court decision on forced labor was fully compatible with the 1965 treaty.',
        value: 'compatible',
        sourced: 'violated',
      },
    ]);
    silentOnEach(kb, [
      'Tokyo argued that the Supreme Court decision on forced labor was not compatible with the 1965 treaty.',
      'Tokyo argued that its export controls were compatible with WTO rules.',
    ]);
  });

  it('denies the act after "managed to", and leaves a passage\'s act stated when only its "when" clause denies', () => {
    const kb = realKnowledge();
    // "they overcame their historical differences on multiple occasions during the Cold War when the United States
    // threatened to withdraw its defense commitments": the near miss is the "when" clause's; the overcoming stands.
    const differences = (how: string) => `During the Cold War the two neighbors ${how} their historical differences.`;
    warnsOnEach(kb, [
      { text: differences('never managed to overcome'), value: 'never managed to', sourced: 'overcame' },
      { text: differences('never overcame'), value: 'never', sourced: 'overcame' },
    ]);
    // Trying is not doing; another act is not the passage's.
    silentOnEach(kb, [differences('never tried to overcome'), differences('never managed to hide')]);
  });

  it('reads a court ruling in favor of a party as the opposite of one against it, for the same party only', () => {
    const kb = realKnowledge();
    // "Late last year, South Korea's Supreme Court ruled against Japanese companies, ordering them to compensate
    // Korean workers for forced labor …".
    const ruling = (how: string) => `Late last year, South Korea's Supreme Court ${how} in the forced labor case.`;
    warnsOnEach(kb, [
      { text: ruling('ruled in favor of the Japanese companies'), value: 'ruled in favor of', sourced: 'ruled against' },
      { text: ruling('sided with the Japanese companies'), value: 'sided with', sourced: 'ruled against' },
    ]);
    // Against the companies is the passage's ruling; for the workers is the same ruling told from the other side; and
    // "Back in 2018" tells when, not who was backed.
    silentOnEach(kb, [
      ruling('ruled against the Japanese companies'),
      ruling('found in favour of the Korean workers'),
      "Back in 2018, South Korea's Supreme Court ruled against Japanese companies in the forced labor case.",
    ]);
  });

  it('reads words of amount as opposites ("heavy coverage" / "little coverage"), past a denial in another clause', () => {
    const kb = realKnowledge();
    // "Though it has received little coverage in the Western press, make no mistake: the trade war is now …": the
    // denial is the next clause's, and says nothing of the coverage.
    const coverage = (amount: string, press: string) => `The trade war has received ${amount} coverage in the ${press} press.`;
    warnsOnEach(kb, [
      { text: coverage('heavy', 'Western'), value: 'heavy', sourced: 'little' },
      { text: coverage('extensive', 'Western'), value: 'extensive', sourced: 'little' },
    ]);
    // The passage's own amount, or another press than the passage's, is no contradiction.
    silentOnEach(kb, [coverage('little', 'Western'), coverage('heavy', 'Korean')]);
  });

  it('compares a supposition with a passage supposing the same thing, on whether what follows from it happens', () => {
    const kb = realKnowledge();
    // "If liquidation of Japanese company assets occurs, the Japanese government has said it will take further
    // retaliatory measures."
    warnsOnEach(kb, [
      {
        text: 'Japan has said it will hold back from further retaliation if the assets of Japanese companies are liquidated.',
        value: 'hold back from',
        sourced: 'further retaliatory measures',
      },
      {
        text: 'Tokyo says it will refrain from any further retaliation even if Japanese company assets are liquidated.',
        value: 'refrain',
        sourced: 'further retaliatory measures',
      },
    ]);
    // The passage's own consequence; another condition; the opposite supposition ("unless").
    silentOnEach(kb, [
      'If Japanese company assets are liquidated, Tokyo has said it will take further retaliatory measures.',
      'Tokyo has said it will refrain from further retaliation if Seoul pays the workers itself.',
      'Tokyo has said it will refrain from further retaliation unless Japanese company assets are liquidated.',
    ]);
  });

  it('compares the parties of a prediction retold under the same supposition, told in other words', () => {
    const kb = realKnowledge();
    // buchan2019: "Our meetings in Seoul further reinforced our conviction that China will be ready and willing to step
    // up as a partner of South Korea if the United States does not right the relationship."
    warnsOnEach(kb, [
      {
        text: "They believe Russia will be ready and willing to step up as South Korea's partner if Washington does not set the relationship right.",
        value: 'Russia',
        sourced: 'China',
      },
      {
        text: "Their meetings in Busan convinced them that China would step up as Seoul's partner if Washington does not repair the relationship.",
        value: 'Busan',
        sourced: 'Seoul',
      },
    ]);
    // The passage's own prediction; another party's failure, or the opposite supposition, is another prediction.
    silentOnEach(kb, [
      "The authors left Seoul convinced that China stands ready to step up as South Korea's partner if Washington fails to act.",
      "If Washington does not right the relationship, the authors expect China to step in as Seoul's partner.",
      "If Tokyo fails to act, China stands ready to step in as Seoul's partner.",
      'If the United States rights the relationship, Russia will stay on the sidelines.',
      'If Washington does not right the relationship, Japan will pay a price too.',
    ]);
  });

  it('reads the clause a draft states before a joined supposition, and "if not" as no supposition', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      // sakata2020: "the Blue House threatened to terminate the bilateral Japan-South Korea military intelligence
      // sharing agreement unless Japan rescinded its export control measures."
      {
        text: 'Seoul terminated GSOMIA in 2019, and if Tokyo retaliates, ties will sink further.',
        value: 'terminated',
        sourced: 'threatened to terminate',
      },
      // seoul-tokyo-2019: "Reunification of the Korean Peninsula, after all, will require Beijing's acquiescence, if
      // not approval."
      { text: "Reunification of the Korean Peninsula requires Washington's acquiescence.", value: 'Washington', sourced: 'Beijing' },
    ]);
    silentOnEach(kb, [
      'A senior adviser to Prime Minister Suga expressed deep skepticism that President Moon is really ready to act.',
      // The adviser's worry is told of "the Japanese" in the passage, after its supposition: not compared.
      'A senior Suga adviser worried about "allowing the South Koreans to move the goalpost once again."',
      "Reunification of the Korean Peninsula will require Beijing's acquiescence, if not its approval.",
      // A supposition opening the sentence, or after a comma alone, still governs what comes before it.
      'Seoul threatened to terminate GSOMIA in 2019, and if Tokyo had not backed down, it would have done so.',
      'If not resolved, the dispute will sink relations further.',
      'Tokyo would terminate GSOMIA if Seoul withdrew from it, and if Seoul stayed, Tokyo would stay too.',
    ]);
  });

  it('reads the clause a draft states before a guess joined after it, as a sentence of its own', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      // sakata2020: "the Blue House threatened to terminate the bilateral Japan-South Korea military intelligence
      // sharing agreement unless Japan rescinded its export control measures."
      { text: 'Seoul terminated GSOMIA in 2019, and Tokyo may now retaliate.', value: 'terminated', sourced: 'threatened to terminate' },
      // biden-japan-frictions: "while Moon affirmed the validity of the 2015 agreement, he did nothing to restore it."
      {
        text: 'Moon has taken concrete steps to restore the 2015 comfort women agreement, but Tokyo may still object.',
        value: 'restore',
        sourced: 'did nothing to restore',
      },
    ]);
    // The passage's own account before the guess; a guess in the first clause too; hearsay of no one named.
    silentOnEach(kb, [
      'Seoul threatened to terminate GSOMIA in 2019, and Tokyo may now retaliate.',
      'Bilateral relations did not improve in 2020, but they may improve in 2021.',
      'Seoul may terminate GSOMIA, and Tokyo may retaliate.',
      'Some analysts say Seoul terminated GSOMIA in 2019, and Tokyo may now retaliate.',
    ]);
  });

  it('compares what a guess takes as given: who said it, and the values of its clause of time', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      // buchan2019: "Officials at the State Department have taken a public position that U.S. browbeating, cajoling,
      // or other such impositions are likely to fail."
      { text: 'Officials at the Pentagon have said publicly that browbeating may fail.', value: 'Pentagon', sourced: 'State Department' },
      // biden-japan-frictions: "“Prime Minister Suga would not take a risk in resolving this issue before he is
      // re-elected as Chairman of the Liberal Democratic Party in September …,” … Yu Myung Hwan … told me."
      {
        text: 'Suga is unlikely to gamble on the labour issue before his re-election as LDP president in October.',
        value: 'October',
        sourced: 'September',
      },
    ]);
    // The passage's teller and date; a guess of no one named; a guess about its teller; the guess itself.
    silentOnEach(kb, [
      'Officials at the State Department have said publicly that browbeating may fail.',
      'Suga is unlikely to gamble on the labour issue before his re-election as LDP president in September.',
      'Some officials say that browbeating by the Pentagon is likely to fail.',
      'Pentagon officials might also say that browbeating is likely to fail.',
      'Suga may well take a risk after his re-election in September.',
    ]);
  });

  it('compares a judgment of likelihood with a passage judging in the same words ("likely to fail")', () => {
    const kb = realKnowledge();
    // "Officials at the State Department have taken a public position that U.S. browbeating, cajoling, or other such
    // impositions are likely to fail."
    const judged = (how: string) => `State Department officials have said in public that U.S. browbeating and cajoling ${how}.`;
    warnsOnEach(kb, [{ text: judged('are likely to succeed'), value: 'succeed', sourced: 'fail' }]);
    // A possibility is no judgment against the passage's; the passage's own judgment, in its words or others.
    silentOnEach(kb, [judged('may succeed'), judged('are likely to fail'), judged('are unlikely to succeed')]);
    // Two guesses of what could happen do not exclude each other ("one weak leg of the triangle could infect …").
    silentOnEach(kb, ['Perhaps one strong leg of the triangle could infect relations between the other two legs.']);
  });

  it('finds the thing an act is told of before its verb past an adverb ("the game is being seriously considered")', () => {
    const kb = realKnowledge();
    // "Bringing Japan into the diplomatic game is being seriously considered under circumstances when summit diplomacy
    // between Trump and Kim Jong Un is gone".
    const game = (what: string, how: string) => `Now that summit diplomacy between Trump and Kim is gone, ${what} ${how}.`;
    warnsOnEach(kb, [
      { text: game('bringing Japan into the diplomatic game', 'has been ruled out'), value: 'ruled out', sourced: 'considered' },
    ]);
    // The passage's own act, or another thing ruled out.
    silentOnEach(kb, [
      game('bringing Japan into the diplomatic game', 'is being seriously considered'),
      game('a new round of sanctions', 'has been ruled out'),
    ]);
  });

  it('finds the thing a passive act is told of before it ("the liquidation of … assets carried out without delay")', () => {
    const kb = realKnowledge();
    // "He also indicated a desire to put off the liquidation of Japanese company assets seized as part of …".
    const wanted = (what: string) => `Moon also said he wanted ${what}.`;
    warnsOnEach(kb, [
      {
        text: wanted('the liquidation of the seized Japanese company assets carried out without delay'),
        value: 'without',
        sourced: 'put off',
      },
    ]);
    // The passage's own act; the same assets, or the same case, with another act done without delay.
    silentOnEach(kb, [
      wanted('the liquidation of the seized Japanese company assets put off'),
      wanted('the seized Japanese company assets returned without delay'),
      wanted('compensation for the Korean forced laborers paid without delay'),
    ]);
  });

  it('reads a passage\'s act as stated when only a clause set against it ("…, but …") denies something', () => {
    const kb = realKnowledge();
    // "Japan has joined the protest but it has been pointedly cautious about taking punitive steps": the caution is
    // the second clause's; the joining stands.
    warnsOnEach(kb, [{ text: 'Japan has not joined the protest against the military in Burma.', value: 'not', sourced: 'joined' }]);
    // "… to show the political will to solve the problem, which so far has not been evident": a relative clause that
    // denies what it follows.
    silentOnEach(kb, ['So far neither government has shown the political will to solve the problem.']);
  });

  it('warns on a predicate whose opposite the passage states (welcomed / unhappiness, consistent / violated, …)', () => {
    const kb = realKnowledge();
    const cases = [
      {
        sentence: (word: string) =>
          `The Korean leader ${word} a Korean court decision demanding compensation from Japan for surviving women.`,
        wrong: 'welcomed',
        right: 'expressed unhappiness with',
        sourced: 'unhappiness',
      },
      {
        sentence: (word: string) => `Tokyo argued that the Supreme Court decision on forced labor ${word} the 1965 treaty.`,
        wrong: 'was consistent with',
        right: 'violated the terms of',
        sourced: 'violated',
      },
      {
        sentence: (word: string) => `In summer 2019 the Japanese Cabinet ${word} its white list of preferred trading partners.`,
        wrong: 'added South Korea to',
        right: 'removed South Korea from',
        sourced: 'delist',
      },
      {
        sentence: (word: string) => `Moon said the 2015 comfort women agreement was ${word} as an official pact.`,
        wrong: 'defunct',
        right: 'intact',
        sourced: 'intact',
      },
      {
        sentence: (word: string) => `On its face, the 1965 Treaty on Basic Relations ${word} its colonization-related debts.`,
        wrong: 'left Japan liable for',
        right: 'absolved Japan of',
        sourced: 'absolved',
      },
      {
        sentence: (word: string) => `The Blue House ${word} the abrogation of GSOMIA.`,
        wrong: 'has ruled out',
        right: 'is considering',
        sourced: 'considering',
      },
      {
        sentence: (word: string) => `Koreans ${word} that Japan has truly transformed.`,
        wrong: 'are convinced',
        right: 'doubt',
        sourced: 'doubt',
      },
      {
        sentence: (word: string) =>
          `Senior Biden officials see the alliance with Japan as ${word} to their strategy to meet the challenge of China.`,
        wrong: 'peripheral',
        right: 'central',
        sourced: 'center',
      },
    ];
    for (const { sentence, wrong, right, sourced } of cases) {
      const text = sentence(wrong);
      const found = grounded(kb, text);
      assert.equal(found.length, 1, text);
      assert.ok(wrong.includes(text.slice(found[0].start, found[0].end)), text);
      assert.match(found[0].message, new RegExp(`says “${sourced}”`), found[0].message);
      silentOnEach(kb, [sentence(right)]);
    }
    // "added" is a form of "add", as "planned" is of "plan".
    assert.equal(stem('added'), stem('add'));
  });

  it('reads the same pronoun after the same verb ("restore it") as the same object', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'Moon did not merely affirm the validity of the 2015 comfort women agreement; he also took steps to restore it.',
        value: 'restore',
        sourced: 'did nothing to restore',
      },
    ]);
    silentOnEach(kb, ['Moon affirmed the validity of the 2015 comfort women agreement but did nothing to restore it.']);
  });

  it('reads "near" before a noun as a place, not as an act that nearly happened', () => {
    const kb = realKnowledge();
    const patrols = (verb: string) => `Japan ${verb} to consider limiting its surveillance activities near Korean warships.`;
    warnsOnEach(kb, [{ text: patrols('agreed'), value: 'agreed', sourced: 'refused to consider' }]);
    silentOnEach(kb, [patrols('refused')]);
  });

  it('reads an "Instead," opening a sentence as a connective that denies nothing', () => {
    const kb = realKnowledge();
    const track = (opener: string, verb: string) =>
      `${opener} the United States should ${verb} the so-called two-track approach that separates history from other issues.`;
    warnsOnEach(kb, [{ text: track('Instead,', 'oppose'), value: 'oppose', sourced: 'support' }]);
    silentOnEach(kb, [track('Instead,', 'support'), track('Rather,', 'support')]);
  });

  it('stays silent on guesses, questions, suppositions, denials and correct restatements', () => {
    const kb = realKnowledge();
    silentOnEach(kb, [
      'Japan may have removed South Korea from its white list in summer 2018.',
      'Did the Chengdu meeting between Abe and Moon come in December 2018?',
      'If the two countries had normalised ties in 1956, the claims question would look different.',
      'Japan did not impose export controls in 2020.',
      'The Chengdu meeting between Abe and Moon came in December 2019.',
      'Japan and South Korea normalized relations in 1965.',
      'Japan has refused to hold further working group meetings with South Korea.',
      'Foreign Minister Motegi Toshimitsu spoke with Blinken about Burma.',
      // Another act of the same verb: the source's "Tokyo faced a ban" does not make Seoul's pressure wrong.
      'Seoul faced direct pressure from Beijing over its decision to deploy THAAD.',
    ]);
  });

  it('follows a paragraph: "he" for the one person named before, "that October" in the year given before', () => {
    const kb = realKnowledge();
    const text = 'Abe resigned in 2020 for health reasons. Yoshihide Suga replaced him. He became prime minister that October.';
    assert.deepEqual(words(text, grounded(kb, text)), ['that October']);
    // Without a year given before, "that October" is no date that can be compared.
    const open = 'Abe resigned for health reasons. Yoshihide Suga replaced him. He became prime minister that October.';
    assert.deepEqual(words(open, grounded(kb, open)), []);
  });

  it('counts a date from the one given before ("two years later") and says in the warning which date it came to', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'Moon Jae-in took office in 2017. Two years later, the Supreme Court ruled that Japanese firms must compensate wartime laborers.',
        value: 'Two years later',
        sourced: 'October 2018',
      },
      {
        text: 'The constitutional court took up the comfort women issue in 2011. It urged the Lee Myung-bak government to reopen talks with Japan. Two years later, Abe reached the comfort women agreement with President Park Geun-hye.',
        value: 'Two years later',
        sourced: '2015',
      },
    ]);
    const text =
      'Moon Jae-in took office in 2017. Two years later, the Supreme Court ruled that Japanese firms must compensate wartime laborers.';
    assert.match(grounded(kb, text)[0].message, /“Two years later” \(2019\)/);
    silentOnEach(kb, [
      // Counted right.
      'Moon Jae-in took office in 2017. The following year, the Supreme Court ruled that Japanese firms must compensate wartime laborers.',
      'Moon Jae-in took office in 2017. A year later, the Supreme Court ruled that Japanese firms must compensate wartime laborers.',
      'The constitutional court took up the comfort women issue in 2011. Four years later, Abe reached the comfort women agreement with President Park Geun-hye.',
      // Counted from the ruling, not from the date before; or from one of two dates before.
      'The Supreme Court ruled in October 2018. Two years after the ruling, Japan still protested.',
      'Abe and Park reached the agreement in 2015, and Moon took office in 2017. Two years later, the Supreme Court ruled that Japanese firms must compensate wartime laborers.',
    ]);
  });

  it('reads a date set off after a count from the date before ("two years later, in 2020") as the date alone: the count is no value', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: "The ROK Supreme Court's 2018 forced-labor ruling made tensions boil over. Trilateral prospects reached their low point two years later, in 2020.",
        value: '2020',
        sourced: '2019',
      },
    ]);
    silentOnEach(kb, [
      "The ROK Supreme Court's 2018 forced-labor ruling made tensions boil over. Trilateral prospects reached their low point a year later, in 2019.",
      'The constitutional court first weighed in on the comfort women in 2011. Four years later, in 2015, Abe reached an agreement with President Park Geun-hye.',
    ]);
  });

  it('reads a title opening a sentence ("The deputy secretary of state then …") as the one person named before, where a passage tells that act of them', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'David Stilwell stopped in Japan and said it was not his job to mediate. The deputy secretary of state then went on to Seoul by way of the Philippines and Thailand.',
        value: 'deputy secretary of state',
        sourced: 'assistant Secretary of state',
      },
    ]);
    // The person's act told against the passage that names them: "directly" against "did not take him directly".
    const text = "Stilwell's route avoided any look of shuttle diplomacy. The assistant secretary flew directly from Tokyo to Seoul.";
    assert.deepEqual(words(text, grounded(kb, text)), ['directly']);
    silentOnEach(kb, [
      // The right title.
      'David Stilwell stopped in Japan and said it was not his job to mediate. The assistant secretary then went on to Seoul by way of the Philippines and Thailand.',
      "Kang Chan-gil once chaired the Korea-Japan Parliamentarians' Union. The ambassador took up his post in Tokyo in January.",
      // A title bringing in someone else: no passage tells the act of the person named before.
      'Suga addressed the Diet in January. The foreign minister later told reporters that Japan was ready to join public statements on Burma.',
      'Kang Chan-gil arrived in Tokyo in January. The prime minister declined to meet the new ambassador.',
      'Stilwell said on a trip to Japan that it was not his job to mediate. The secretary of state, by contrast, has urged the allies to talk.',
      // Someone else, by a pronoun for the one named before, or by name.
      'Pottinger visited Seoul last weekend. The president received him warmly.',
      'Matthew Pottinger visited Japan and Korea last weekend. The national security adviser, John Bolton, travelled with him.',
      // Two people named before: the title may stand for either.
      'Motegi spoke with Blinken about Burma. The secretary of state welcomed regional cooperation through U.S.-Japan-ROK trilateral coordination and the Quad.',
    ]);
  });

  it('reads a title standing for the person named before against a passage telling that person\'s guess ("… Yu Myung Hwan … told me")', () => {
    const kb = realKnowledge();
    // The passage is a guess in Yu's words: what he told is not compared, but that he told it is his act.
    warnsOnEach(kb, [
      {
        text: 'Yu Myung Hwan is an important actor in Korea-Japan relations. The former prime minister believes Suga will take no risk before being re-elected as LDP chairman in September.',
        value: 'former prime minister',
        sourced: 'foreign Minister',
      },
    ]);
    silentOnEach(kb, [
      'Yu Myung Hwan is an important actor in Korea-Japan relations. The former foreign minister believes Suga will take no risk before being re-elected as LDP chairman in September.',
      // A title bringing in someone else: no passage tells that act of Yu.
      'Yu Myung Hwan is an important actor in Korea-Japan relations. The prime minister hopes to hold talks with Moon in September.',
    ]);
  });

  it('reads a title opening a sentence for the person named before past a "his" of a person the sentence names first', () => {
    const kb = realKnowledge();
    // "his" is Suga's: the title is still the one the paragraph's Yu would hold.
    warnsOnEach(kb, [
      {
        text: 'Yu Myung Hwan has long been an important actor in Korea-Japan relations. The former prime minister expects Suga to avoid risks before his LDP re-election.',
        value: 'former prime minister',
        sourced: 'foreign Minister',
      },
    ]);
    silentOnEach(kb, [
      'Yu Myung Hwan has long been an important actor in Korea-Japan relations. The former foreign minister expects Suga to avoid risks before his LDP re-election.',
    ]);
  });

  it('reads an opening title as a title alone where reading it as the person named before finds nothing', () => {
    const kb = realKnowledge();
    // "… Motegi signaled that Japan was ready to join public statements …": the foreign minister is Motegi, not the
    // Blinken the sentence before opened with.
    const call = 'Blinken pressed the point when he phoned Motegi last week about Burma.';
    const text = `${call} The foreign minister declined to join any public statements.`;
    assert.deepEqual(words(text, grounded(kb, text)), ['declined']);
    silentOnEach(kb, [`${call} The foreign minister signaled he was ready to join public statements.`]);
  });

  it('reads an opening title as the person the paragraph gave that title, never as one it gave another title', () => {
    const kb = realKnowledge();
    // biden-japan-frictions: "… says Seoul National University Professor Park Cheol Hee …"; "“The mood of the day in
    // Korea is that blaming Japan is no longer delivering wonderful political scores to President Moon and the ruling
    // party,” Professor Park told me." "The professor" is Park, not the President Moon quoted in between.
    const opening = "Professor Park Cheol Hee of Seoul National University sees domestic politics behind Moon's turn.";
    const quote =
      '"The mood of the day in Korea is that blaming Japan is no longer delivering wonderful political scores to President Moon and the ruling party," he said.';
    for (const curated of [false, true]) {
      const text = `${opening} ${quote} The professor, an advocate of better ties, also argued that Moon's government needed to show initiative before Biden stepped in.`;
      assert.deepEqual(warnedWords(kb, text, curated), [], text);
      // Park, the one the paragraph titled professor, whoever was named in between: his body told wrong is warned.
      for (const between of [quote, 'President Moon has said little in public.']) {
        const wrong = `${opening} ${between} The professor, who teaches at Keio University, also argued that Moon's government needed to show initiative.`;
        assert.deepEqual(warnedWords(kb, wrong, curated), ['Keio University'], wrong);
      }
    }
  });

  it('reads "It" opening a sentence as the body or country the sentence before opened with', () => {
    const kb = realKnowledge();
    // "In response, the Blue House took the issue to the WTO …"
    const answer = "Japan's delisting hit South Korea's semiconductor industry hard. The Blue House answered with countermeasures.";
    const text = `${answer} It took the quarrel to the International Court of Justice.`;
    assert.deepEqual(words(text, grounded(kb, text)), ['International Court of Justice']);
    silentOnEach(kb, [
      `${answer} It took the quarrel to the WTO.`,
      // "It is …" and "It was … that" name their own subject.
      `${answer} It is the International Court of Justice that Seoul has long avoided.`,
    ]);
  });

  it('orders two events the sources date even where another passage backs a value of the sentence', () => {
    const kb = realKnowledge();
    // The two events are dated November 23 and November 9; a passage telling Park's trip backs the sentence's values.
    const text = "Kang Chan-gil's appointment as ambassador came ahead of Park Jie-won's visit to Tokyo as envoy.";
    assert.deepEqual(words(text, grounded(kb, text)), ['ahead of']);
    silentOnEach(kb, [
      "Park Jie-won's visit to Tokyo as envoy came ahead of Kang Chan-gil's appointment as ambassador.",
      "Kang Chan-gil's appointment as ambassador came after Park Jie-won's visit to Tokyo as envoy.",
    ]);
  });

  it('reads "the ruling", "the appointment" as the event the sentence before told, with the things it named', () => {
    const kb = realKnowledge();
    const text =
      'Late last year the Supreme Court ordered Japanese companies to compensate Korean forced laborers. Tokyo accepted the ruling as consistent with the 1965 treaty.';
    assert.deepEqual(words(text, grounded(kb, text)), ['consistent']);
    silentOnEach(kb, [
      'Late last year the Supreme Court ordered Japanese companies to compensate Korean forced laborers. Tokyo argued the ruling violated the 1965 treaty.',
      // The noun of another event than the one just told, or an event told with other things.
      'The Supreme Court ruled against Japanese firms in October 2018. Japan tightened export controls in summer 2019. Seoul took the decision to the WTO.',
      'Trump met Kim Jong-un in Singapore. The summit was followed by an announcement that the U.S. would reduce U.S.-ROK military exercises.',
      'Blinken and Austin visited Tokyo and Seoul in March 2021. Washington had concluded cost-sharing deals with both Seoul and Tokyo shortly before the trip.',
      'Abe and Moon met in Chengdu in December 2019. The talks took place at a China-Japan-Korea trilateral summit.',
      'The Blue House threatened to terminate GSOMIA unless Japan rescinded its export controls. The decision alarmed Washington.',
      // People are not the event's things: "the Japanese minister" is not Blinken's title.
      'Blinken rang Motegi last week about Burma. During the call, the Japanese minister said he was ready to join public statements.',
      'Kawamura met counterparts informally in Seoul in October 2020. The visit came as parliamentary channels reopened.',
    ]);
  });

  it('takes a title opening a sentence for the person named before though "he" follows it ("The deputy secretary of state said he …")', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'David Stilwell stopped in Japan. The deputy secretary of state said he then went on to Seoul by way of the Philippines and Thailand.',
        value: 'deputy secretary of state',
        sourced: 'assistant Secretary of state',
      },
    ]);
    silentOnEach(kb, [
      'David Stilwell stopped in Japan. The assistant secretary of state said he then went on to Seoul by way of the Philippines and Thailand.',
      // "him" or "his" may be the one named before, met by someone else.
      'Kang Chan-gil arrived in Tokyo in January. The prime minister said he would not meet him.',
      'Kang Chan-gil arrived in Tokyo in January. The prime minister said he would not meet the new ambassador.',
    ]);
  });

  it('reads a sentence that only dates the event told before ("The ruling, issued in October 2017, …") as dating that event', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: "South Korea's Supreme Court ordered Japanese companies to compensate laborers conscripted during the colonial era. The ruling, issued in October 2017, set off a bitter political and legal fight.",
        value: 'October 2017',
        sourced: 'October 2018',
      },
      {
        text: 'Park Jie-won traveled to Tokyo as a presidential envoy. The visit came on December 9.',
        value: 'December 9',
        sourced: 'November 9',
      },
    ]);
    silentOnEach(kb, [
      "South Korea's Supreme Court ordered Japanese companies to compensate laborers conscripted during the colonial era. The ruling, issued in October 2018, set off a bitter political and legal fight.",
      'Park Jie-won traveled to Tokyo as a presidential envoy. The visit came on November 9.',
      // The noun names an event the sentence before names by its own noun, not the act it tells.
      'Japan tightened export controls in response to the ruling. The ruling came in October 2018.',
      // More than dating it, or a sentence before of two clauses.
      'The Supreme Court ordered Japanese companies to pay compensation. The ruling was criticised in 2019.',
      'Japan tightened export controls on South Korea, and Seoul took the quarrel to the WTO. The decision came in summer 2018.',
      // The passage giving another date is not the one the sentence before retells.
      'Abe and Park Geun-hye met at The Hague. The meeting took place in 2014.',
    ]);
  });

  it('reads "That happened in …" or "That episode took place in …" as dating all the sentence before told, of the person "he" stands for', () => {
    const kb = realKnowledge();
    // "… Tokyo faced a ban on rare earth exports during its clash with Beijing over the Senkaku/Diaoyu Islands in 2010";
    // "In September 2020, former Cabinet Secretary Yoshihide Suga became Japan's prime minister following Abe's
    // resignation."
    const ban = 'China banned rare earth exports to Japan during their clash over the Senkaku/Diaoyu Islands.';
    const suga = "Suga's arrival opened new possibilities. He became prime minister after Abe resigned.";
    warnsOnEach(kb, [
      { text: `${ban} That episode took place in 2012.`, value: '2012', sourced: '2010' },
      { text: `${suga} That happened in November 2020.`, value: 'November 2020', sourced: 'September 2020' },
    ]);
    silentOnEach(kb, [`${ban} That episode took place in 2010.`, `${suga} That happened in September 2020.`]);
  });

  it('compares a sentence dated by "that ruling" with a passage that does not name the court again', () => {
    const kb = realKnowledge();
    // The source tells the ruling in one sentence and "Both nations removed …" two sentences on.
    warnsOnEach(kb, [
      {
        text: 'In 2018 the ROK Supreme Court ruled that Japanese companies had to make reparations for forced labor. After that ruling, only Japan removed the other from most-favored-nation trading status.',
        value: 'only Japan',
        sourced: 'Both nations',
      },
    ]);
    silentOnEach(kb, [
      'In 2018 the ROK Supreme Court ruled that Japanese companies had to make reparations for forced labor. After that ruling, both nations removed the other from most-favored-nation trading status.',
      'In 2018 the ROK Supreme Court ruled that Japanese companies had to make reparations for forced labor. After that ruling, Japan removed South Korea from its list of preferred trading partners.',
    ]);
  });

  it('orders events by "preceded", "predated", "followed" (turned round by "was … by") and by dates of a season or a year', () => {
    const kb = realKnowledge();
    // Summer 2019 against October 2018: a season and a month that do not overlap.
    for (const [text, value] of [
      ["Japan's decision to tighten export controls preceded the Supreme Court's ruling on wartime laborers.", 'preceded'],
      ["Japan's decision to tighten export controls was followed by the Supreme Court's ruling on wartime laborers.", 'followed by'],
      ["The Supreme Court's ruling on wartime laborers postdated Japan's decision to tighten export controls.", 'postdated'],
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [value], text);
    silentOnEach(kb, [
      "The Supreme Court's ruling on wartime laborers preceded Japan's decision to tighten export controls.",
      "Japan's decision to tighten export controls followed the Supreme Court's ruling on wartime laborers.",
      "The Supreme Court's ruling on wartime laborers was followed by Japan's decision to tighten export controls.",
      "Japan's decision to tighten export controls was preceded by the Supreme Court's ruling on wartime laborers.",
      "Park Jie-won's trip to Tokyo as envoy preceded Kang Chan-gil's appointment as ambassador.",
      // "followed" of a lead or a line, not of an event.
      "Suga followed Abe's line on the 1965 agreement.",
      "Tokyo followed Washington's lead in condemning the coup in Burma.",
      'The comfort women agreement of 2015 preceded the Supreme Court ruling of October 2018.',
    ]);
  });

  it('orders against a passage\'s "subsequent" (after the event the passage before told), also through "that meeting"', () => {
    const kb = realKnowledge();
    // The source: "… met in Chengdu … . In a subsequent speech to the Japanese Diet, Abe called South Korea …".
    for (const [text, value] of [
      ["Ahead of the Chengdu summit, Abe told the Diet that South Korea was Japan's most important neighbor.", 'Ahead of'],
      [
        "Abe and Moon met in Chengdu in December 2019. Before that meeting, Abe told the Diet that South Korea was Japan's most important neighbor.",
        'Before',
      ],
      [
        "Abe and Moon met in Chengdu in December 2019. Abe's speech to the Diet calling South Korea Japan's most important neighbor preceded that meeting.",
        'preceded',
      ],
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [value], text);
    silentOnEach(kb, [
      "After the Chengdu summit, Abe told the Diet that South Korea was Japan's most important neighbor.",
      "Abe and Moon met in Chengdu in December 2019. After that meeting, Abe told the Diet that South Korea was Japan's most important neighbor.",
      "Abe and Moon met in Chengdu in December 2019. Abe's speech to the Diet calling South Korea Japan's most important neighbor followed that meeting.",
      // Other events before the summit.
      'Before the Chengdu summit, Japan tightened export controls on South Korea.',
      'Before visiting Chengdu, Abe told reporters that South Korea had broken the 1965 agreement.',
      'Before the Chengdu summit, the Trump administration urged its allies to stop linkage politics.',
      "Before China, Japan was South Korea's most important neighbor.",
    ]);
  });

  it('reads a draft in British spelling like the sources in American ("labour" is "labor", "defence" is "defense")', () => {
    const kb = realKnowledge();
    // The source: "It started with a Korean Supreme Court ruling in October 2018 …" (a passage on the forced labor case).
    for (const text of [
      "The Supreme Court's forced labour ruling came in October 2019.",
      "The Supreme Court's forced labor ruling came in October 2019.",
    ])
      assert.deepEqual(words(text, grounded(kb, text)), ['October 2019'], text);
    silentOnEach(kb, ["The Supreme Court's forced labour ruling came in October 2018."]);
    assert.equal(stem('labour'), stem('labor'));
    assert.equal(stem('honoured'), stem('honored'));
    assert.equal(stem('neighbours'), stem('neighbors'));
    assert.equal(stem('defence'), stem('defense'));
    // A short root is no British spelling.
    assert.notEqual(stem('four'), stem('for'));
  });

  it('counts the places a passage lists past a better-matching passage that tells another event', () => {
    const kb = realKnowledge();
    // The source: "Stilwell's trip schedule did not take him directly from Tokyo to Seoul, but rather to Seoul by way of
    // The Philippines and Thailand."; a passage on Abe and Moon meeting in Chengdu shares more of the sentence's words.
    const text = 'On his way from Tokyo to Seoul, Stilwell stopped in three Southeast Asian countries.';
    assert.deepEqual(words(text, grounded(kb, text)), ['three']);
    silentOnEach(kb, ['On his way from Tokyo to Seoul, Stilwell stopped in two Southeast Asian countries.']);
  });

  it('reads years left in office against a passage telling the last year of it', () => {
    const kb = realKnowledge();
    // The source: "Moon is entering his last year in office and is somewhat desperate to make a breakthrough …".
    const text = 'Moon, with two years left in office, is eager for a breakthrough with North Korea.';
    assert.deepEqual(words(text, grounded(kb, text)), ['two years left']);
    silentOnEach(kb, [
      'Moon, with less than a year left in office, is eager for a breakthrough with North Korea.',
      'Moon is entering his last year in office and is eager for a breakthrough with North Korea.',
      // Years behind him, not ahead.
      'Moon, two years into his term, is eager for a breakthrough with North Korea.',
    ]);
  });

  it('reads years left in a term against the holder\'s last year, the two sharing little besides the holder, or with "still" between', () => {
    const kb = realKnowledge();
    // The source: "Moon is entering his last year in office and is somewhat desperate to make a breakthrough …":
    // the holder named by both ties the two, though the sentences share few other words.
    for (const [text, value] of [
      ['With three years left in his term, Moon is eager for a breakthrough with North Korea.', 'three years left'],
      ['With four years still left in his term, Moon is desperate for a breakthrough with North Korea.', 'four years still left'],
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [value], text);
    silentOnEach(kb, [
      // Another time of the same term, dated.
      'In 2018, with four years left in his term, Moon sought a breakthrough with North Korea.',
      'Moon, entering the last year of his term, wants a breakthrough with North Korea.',
    ]);
  });

  it('orders two events the sources date by decades, one told by its name alone ("The Six-Party Talks came …")', () => {
    const kb = realKnowledge();
    // The sources: "Only in the 1990s, when Secretary of Defense William Perry led a trilateral, alliances-first
    // approach …", and after it "The Six-Party Talks a decade later revealed …" (the 2000s).
    const text = "The Six-Party Talks came a decade before William Perry's alliances-first approach to Pyongyang.";
    assert.deepEqual(words(text, grounded(kb, text)), ['before']);
    silentOnEach(kb, [
      "The Six-Party Talks came a decade after William Perry's alliances-first approach to Pyongyang.",
      // A person or a country is no event by its name.
      "Stilwell came before William Perry's alliances-first approach to Pyongyang.",
      "Tokyo came before William Perry's alliances-first approach to Pyongyang.",
    ]);
  });

  it('does not take a passage telling only the event an order word names for the event of the sentence', () => {
    const kb = realKnowledge();
    // "Suga and Moon quickly embraced the election results and congratulated Biden for his win." tells Biden's win,
    // which only dates the draft's act; "Following Biden's election, South Korea made multi-pronged overtures to
    // Japan." tells the act itself.
    silentOnEach(kb, ["Ahead of Biden's election win, Seoul dispatched intelligence chief Park Jie-won to Tokyo."]);
    const text = "Following Biden's election, China made multi-pronged overtures to Japan.";
    assert.deepEqual(words(text, grounded(kb, text)), ['China']);
  });

  it('reads the event a verb of order names to the end of its clause ("preceded his Chengdu meeting with Moon")', () => {
    const kb = realKnowledge();
    // The source: "… met in Chengdu … . In a subsequent speech to the Japanese Diet, Abe called South Korea …".
    const text = "Abe's Diet speech calling South Korea 'our most important neighbor' preceded his Chengdu meeting with Moon.";
    assert.deepEqual(words(text, grounded(kb, text)), ['preceded']);
    silentOnEach(kb, ["Abe's Diet speech calling South Korea 'our most important neighbor' followed his Chengdu meeting with Moon."]);
  });

  it('finds the two events a passage orders told the other way round with the same order word', () => {
    const kb = realKnowledge();
    // The source: "In September 2020, former Cabinet Secretary Yoshihide Suga became Japan's prime minister following
    // Abe's resignation."
    const text = "Abe's resignation followed Suga's rise to the premiership in September 2020.";
    assert.deepEqual(words(text, grounded(kb, text)), ['followed']);
    silentOnEach(kb, [
      "Suga's rise to the premiership in September 2020 followed Abe's resignation.",
      // Other events of the same two people.
      "Abe's resignation followed Suga's criticism of the Moon government.",
      "Abe's criticism of Suga's policies followed Suga's rise to the premiership.",
    ]);
  });

  it('orders against the order a guess takes as given ("After the Singapore Summit, the U.S. president\'s announcement … may have been tolerable")', () => {
    const kb = realKnowledge();
    // The passage names the office, not the person: Trump is no other event, though not known to hold it.
    for (const [text, value] of [
      ['Ahead of the Singapore Summit, Trump announced he was reducing U.S.-ROK military exercises.', 'Ahead of'],
      ['Trump announced the reduction of U.S.-ROK military exercises ahead of the Singapore Summit.', 'ahead of'],
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [value], text);
    silentOnEach(kb, [
      'After the Singapore Summit, Trump announced he was reducing U.S.-ROK military exercises.',
      // Another summit, or other acts before this one.
      'Before the Hanoi summit, Trump announced he was reducing U.S.-ROK military exercises.',
      'Before the Singapore Summit, Moon hoped for some give in the U.S. position on military exercises.',
      'Before the Singapore Summit, Trump met Moon in Washington to discuss U.S.-ROK military exercises.',
      // The guess itself is not compared.
      'After the Singapore Summit, the announcement that the U.S. was reducing U.S.-ROK military exercises was intolerable for the Moon administration.',
    ]);
  });

  it('reads a person the sources title with the office a passage names alone as its holder ("Trump" for "the U.S. president")', () => {
    const kb = realKnowledge();
    // The passage: "After the Singapore Summit last year, the U.S. president’s announcement that he was reducing
    // U.S.-ROK military exercises … may have been tolerable for the Moon administration, …". The sources write
    // "President Trump": he holds the office, so the Moon administration named there is no other doer of the act, and
    // the announcement and the summit it takes as given are compared.
    for (const [text, value] of [
      ['After the Singapore Summit, Trump announced that he would expand U.S.-ROK military exercises.', 'expand'],
      ['Following his summit with Kim, Trump said he would expand joint U.S.-ROK drills.', 'expand'],
      ['After the Hanoi Summit last year, Trump announced he was scaling back U.S.-ROK military exercises.', 'Hanoi'],
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [value], text);
    silentOnEach(kb, [
      'After the Singapore Summit, Trump announced he was reducing U.S.-ROK military exercises.',
      // A place that names no summit is no place of the summit: Tokyo was unsettled, not the summit's host.
      "Trump's summit with Kim last year unsettled Tokyo.",
    ]);
  });

  it('reads a quarrel taken or carried before a body as one brought there ("took the quarrel to …")', () => {
    const kb = realKnowledge();
    // The source: "This led to countermeasures by South Korea’s presidential Blue House, which brought the quarrel to
    // the World Trade Organization (WTO)."
    warnsOnEach(kb, [
      {
        text: 'The Blue House took the export-control quarrel to the International Court of Justice.',
        value: 'International Court of Justice',
        sourced: 'World Trade Organization',
      },
      {
        text: 'The Blue House carried the export-control quarrel to the International Court of Justice.',
        value: 'International Court of Justice',
        sourced: 'World Trade Organization',
      },
    ]);
    silentOnEach(kb, [
      'The Blue House took the export-control quarrel to the World Trade Organization.',
      // Taking something else somewhere is no quarrel brought before a body.
      'The Blue House took the delegation to the International Court of Justice.',
    ]);
  });

  it('reads growing as rising ("tourism has been growing", "tourism numbers that continue to rise")', () => {
    const kb = realKnowledge();
    // The source: "Business and people-to-people ties have benefited from tourism numbers that continue to rise at a
    // double-digit pace."
    warnsOnEach(kb, [
      {
        text: 'Tourism between the two countries had been growing at a single-digit pace.',
        value: 'single-digit',
        sourced: 'double-digit',
      },
    ]);
    silentOnEach(kb, ['Tourism between the two countries had been growing at a double-digit pace.']);
  });

  it('counts "a decade earlier" from a decade given before ("in the 1990s briefly …"), not "nearly a decade"', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        // "briefly" after the decade is an adverb: the decade tells the clause's time, so the length counts from it.
        text: "Perry's alliance-first approach in the 1990s briefly gave Seoul and Tokyo common ground on Pyongyang. The Six-Party Talks, held a decade earlier, had already exposed considerable angst in Tokyo about a regional solution.",
        value: 'a decade earlier',
        sourced: 'a decade later',
      },
      {
        text: 'In the 1990s, William Perry led a trilateral approach to Pyongyang. The Six-Party Talks a decade earlier revealed considerable angst in Tokyo over a regional solution.',
        value: 'a decade earlier',
        sourced: 'a decade later',
      },
    ]);
    silentOnEach(kb, [
      'In the 1990s, William Perry led a trilateral approach to Pyongyang. The Six-Party Talks a decade later revealed considerable angst in Tokyo over a regional solution.',
      "Perry's alliance-first approach in the 1990s briefly gave Seoul and Tokyo common ground on Pyongyang. The Six-Party Talks, held a decade later, exposed considerable angst in Tokyo about a regional solution.",
      // A length told roughly is no count.
      'In the 1990s, William Perry led a trilateral approach to Pyongyang. The Six-Party Talks nearly a decade earlier revealed considerable angst in Tokyo over a regional solution.',
    ]);
  });

  it('compares what a guess takes as given: the date in its clause of time ("would not take a risk before he is re-elected … in September")', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'Yu Myung Hwan expects Suga to avoid any risk on the issue until he is re-elected LDP chairman in October.',
        value: 'October',
        sourced: 'September',
      },
    ]);
    silentOnEach(kb, [
      'Yu Myung Hwan expects Suga to avoid any risk on the issue until he is re-elected LDP chairman in September.',
      // The guess itself, and whether it happened, are not the passage's claim.
      'Suga would take a risk before he is re-elected as Chairman of the Liberal Democratic Party in September.',
      // Another party's event in other words: not the clause's.
      'Abe was re-elected as Chairman of the Liberal Democratic Party in September 2018.',
      "Prime Minister Suga, formerly Abe's chief cabinet secretary, kept his predecessor's line.",
    ]);
  });

  it('reads "took over as" and "took office as" an office as becoming it', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      { text: 'Suga took over as prime minister in August 2020 after Abe stepped down.', value: 'August 2020', sourced: 'September 2020' },
    ]);
    silentOnEach(kb, [
      'Suga took over as prime minister in September 2020 after Abe stepped down.',
      'Suga took office as prime minister in September 2020.',
      // Another person's taking over, in a year no source speaks of.
      'Kishida took over as prime minister in October 2021.',
    ]);
  });

  it('tells a winter from a month or season of the year beside it: "winter of 2019" is not October 2018', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'The Korean Supreme Court ruled on the wartime laborers in the winter of 2019.',
        value: 'winter of 2019',
        sourced: 'October 2018',
      },
    ]);
    // A winter may begin in the December before its year's January: "winter of 2020" may be December 2019.
    silentOnEach(kb, ['Abe and Moon met in Chengdu in the winter of 2020.']);
  });

  it('reads but does not check a sentence the caller skips (one a curated finding speaks about), keeping its references', () => {
    const kb = realKnowledge();
    const text = 'Abe resigned in 2020 for health reasons. Yoshihide Suga replaced him. He became prime minister that October.';
    const last = text.indexOf('He became');
    const found = (skipped: { start: number; end: number }[]) =>
      checkGroundedTexts(kb, [text], undefined, [skipped])[0].map((f) => text.slice(f.start, f.end));
    // The year "that October" takes is read from the first sentence even when that sentence is not checked.
    assert.deepEqual(found([{ start: 0, end: last }]), ['that October']);
    assert.deepEqual(found([{ start: last, end: text.length }]), []);
    // Only a sentence wholly within a skipped range is passed over.
    assert.deepEqual(found([{ start: last, end: text.length - 5 }]), ['that October']);
  });

  it('reads what a reference stands for where the reference stands: a title set before "he", a year beside "it"', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'Stilwell arrived in Tokyo on a tour of the region. As under secretary of state, he declined to mediate.',
        value: 'under secretary of state',
        sourced: 'assistant Secretary of state',
      },
      {
        text: "Tokyo had reached the comfort women agreement with Seoul years before. Moon's unilateral scrapping of it in 2019 angered Japan.",
        value: '2019',
        sourced: '2018',
      },
    ]);
    silentOnEach(kb, [
      'Stilwell arrived in Tokyo on a tour of the region. As assistant secretary of state, he declined to mediate.',
      "Tokyo had reached the comfort women agreement with Seoul years before. Moon's unilateral scrapping of it in 2018 angered Japan.",
    ]);
  });

  it('takes "he" for the person named before when the sentence names others only after it, or owning its title', () => {
    const kb = realKnowledge();
    // "he met Suga" is not Suga; "Moon's foreign minister" is not Moon.
    warnsOnEach(kb, [
      {
        text: 'Park Jie-won went to Tokyo as an envoy. Then serving as foreign minister, he met Suga.',
        value: 'foreign minister',
        sourced: 'head',
      },
      {
        text: "Park Jie-won went to Tokyo as an envoy. As Moon's foreign minister he pressed for a summit.",
        value: 'foreign minister',
        sourced: 'head',
      },
    ]);
    silentOnEach(kb, [
      'Park Jie-won went to Tokyo as an envoy. As head of the National Intelligence Service, he met Suga.',
      "Park Jie-won went to Tokyo as an envoy. As Moon's intelligence chief he pressed for a summit.",
      // Past a comma, or after "his", the name may be the one the pronoun stands for: Suga is the prime minister.
      'Park Jie-won went to Tokyo as an envoy. As prime minister, he had little to offer, Suga told aides.',
      'Park Jie-won went to Tokyo as an envoy. As prime minister, his host, Suga, pressed for a summit.',
    ]);
  });

  it('takes "he" for a person named before only while the sentences between still refer to that person', () => {
    const kb = realKnowledge();
    // The sentence between names nobody and brings in a successor: "he" is not Abe, and Abe's titles are not the point.
    silentOnEach(kb, [
      'Abe resigned in August 2020 for health reasons. A successor took office weeks later. As Cabinet Secretary, he had helped reach the comfort women agreement.',
    ]);
    warnsOnEach(kb, [
      {
        text: 'Stilwell arrived in Tokyo on a tour of the region. His hosts were wary. As under secretary of state, he declined to mediate.',
        value: 'under secretary of state',
        sourced: 'assistant Secretary of state',
      },
    ]);
  });

  it('takes "They" or "the two leaders" for the people the sentence before named together as its subject', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'Abe and Moon finally met in December 2019. They held talks in Seoul on the sidelines of a trilateral summit.',
        value: 'Seoul',
        sourced: 'Chengdu',
      },
      {
        text: 'Abe and Moon finally met in December 2019. The two leaders held talks in Seoul on the sidelines of a trilateral summit.',
        value: 'Seoul',
        sourced: 'Chengdu',
      },
    ]);
    silentOnEach(kb, [
      'Abe and Moon finally met in December 2019. They held talks in Chengdu on the sidelines of a trilateral summit.',
      'Abe and Moon finally met in December 2019. The two leaders held talks in Chengdu on the sidelines of a trilateral summit.',
    ]);
  });

  it('takes only a list of people opening a sentence for the people "They" may stand for, not a name and its title', () => {
    const kb = realKnowledge();
    const together = (text: string) => {
      const context: ParagraphContext = {};
      updateContext(context, analyseSentence(kb, text, 0, text.length));
      return context.group?.map((p) => p.text);
    };
    assert.deepEqual(together('Abe and Moon finally met in December 2019.'), ['Abe', 'Moon']);
    assert.deepEqual(together('In December 2019, Abe and Moon finally met.'), ['Abe', 'Moon']);
    // One person and his title; two people the sentence's subject brought together.
    assert.equal(together("Suga, Abe's Cabinet Secretary, became prime minister in September 2020."), undefined);
    assert.equal(together('The president brought Abe and Park together at The Hague.'), undefined);
  });

  it('takes "it" for an agreement only when the sentence right before named it', () => {
    const kb = realKnowledge();
    // What each sentence's "it" is read as, the sentences read in turn as one paragraph.
    const its = (sentences: readonly string[]) => {
      const context: ParagraphContext = {};
      return sentences.map((text) => {
        const read = analyseSentence(kb, text, 0, text.length);
        const { referents } = resolveReferences(read, context);
        updateContext(context, read);
        return referents.map((r) => r.text).join();
      });
    };
    assert.deepEqual(its(['GSOMIA was the next casualty.', 'Seoul terminated it in November 2019.']), ['', 'GSOMIA']);
    // Two sentences on, after a sentence on the trade war, "it" is the trade war.
    assert.deepEqual(
      its([
        'GSOMIA was the next casualty.',
        'The trade war, sparked by a court judgment, now threatens the relationship.',
        'The authors note that it has received little coverage in the Western press.',
      ]),
      ['', '', ''],
    );
  });

  it('compares a date set off after a count of time ("Two weeks later, on November 30,"), not the date counted from', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'Park Jie-won traveled to Tokyo on November 9. Two weeks later, on November 30, the Blue House appointed Kang Chan-gil as the next ambassador to Japan.',
        value: 'November 30',
        sourced: 'November 23',
      },
    ]);
    silentOnEach(kb, [
      'Park Jie-won traveled to Tokyo on November 9. Two weeks later, on November 23, the Blue House appointed Kang Chan-gil as the next ambassador to Japan.',
      // The date of the trip the count starts from is not the appointment's.
      "Two weeks after Park's November 9 trip, the Blue House appointed Kang Chan-gil as the next ambassador to Japan.",
    ]);
  });

  it('quotes the title the sources give a person under their full name, not one of a surname they share', () => {
    const kb = realKnowledge();
    // The sources title a "Professor Park" too; the message must not offer his title for Park Jie-won's.
    warnsOnEach(kb, [
      { text: 'Then serving as foreign minister, Park Jie-won met Suga in Tokyo.', value: 'foreign minister', sourced: 'head' },
    ]);
  });

  it("raises nothing on the sources' own sentences, reworded at their start", () => {
    // Each passage with an opening word added, so it is no longer a verbatim quote and is read like any draft.
    const kb = realKnowledge();
    const memo = kb.passages.map((p) => `Notably, ${p.text.charAt(0).toLowerCase()}${p.text.slice(1)}`).join('\n\n');
    const found = grounded(kb, memo);
    assert.deepEqual(
      found.map((f) => f.sentence),
      [],
    );
  });

  it('reads every source: most passages state a checkable value, and the count is reported per source', () => {
    const coverage = claimCoverage(realKnowledge(), 1);
    assert.equal(coverage.length, realKnowledge().sources.length);
    for (const c of coverage) {
      assert.ok(c.claims > c.passages / 2, `${c.source}: ${c.claims} of ${c.passages}`);
      assert.equal(c.samples.length, 1);
    }
  });

  it("checks a writer's own document the same way, with no bundled knowledge and no hand-written fact", () => {
    // One bundled article's text, as a writer's own Markdown note under their own key.
    const seed = realKnowledge().sources.find((s) => s.text.includes('Chengdu'))!;
    const library = compileLibrary([{ file: 'notes/chengdu.md', format: 'markdown', text: seed.text, metadata: {} }], [], []);
    const kb = KnowledgeBase.fromCompiled(library.knowledge);
    assert.equal(kb.facts.length, 0);
    const text = 'The Chengdu meeting between Abe and Moon came in December 2018.';
    const found = grounded(kb, text);
    assert.deepEqual(words(text, found), ['December 2018']);
    assert.deepEqual(
      found[0].citations.map((c) => c.source),
      [kb.sources[0].key],
    );
    assert.deepEqual(words(text, grounded(kb, text.replace('2018', '2019'))), []);
  });

  it('reads a library larger than the readings it keeps in memory the same way, reading passages again on demand', () => {
    // Every bundled article twenty times over, under other names: some 6,000 passages, more than are kept read.
    const seeds = realKnowledge().sources;
    const documents = Array.from({ length: 20 }, (_, copy) =>
      seeds.map((seed) => ({ file: `library/${copy}-${seed.key}.md`, format: 'markdown' as const, text: seed.text, metadata: {} })),
    ).flat();
    const kb = KnowledgeBase.fromCompiled(compileLibrary(documents, [], []).knowledge);
    assert.ok(kb.passages.length > 5000, `${kb.passages.length} passages`);
    for (const { text, value } of [
      { text: 'The Chengdu meeting between Abe and Moon came in December 2018.', value: 'December 2018' },
      { text: 'Seoul refused to hold further working group meetings with Japan.', value: 'Seoul' },
      { text: 'Japan agreed to hold further working group meetings with South Korea.', value: 'agreed' },
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [value], text);
  });

  it('lines up one of each set of copies in a library that repeats its sentences, quoting the first', () => {
    const seeds = realKnowledge().sources;
    const documents = Array.from({ length: 20 }, (_, copy) =>
      seeds.map((seed) => ({ file: `library/${copy}-${seed.key}.md`, format: 'markdown' as const, text: seed.text, metadata: {} })),
    ).flat();
    const kb = KnowledgeBase.fromCompiled(compileLibrary(documents, [], []).knowledge);
    const index = sourceClaims(kb);
    // Every passage about talks is there twenty times; about one of each is scored and lined up.
    const all = index.withStem(stem('talks'))!;
    const distinct = index.distinctWithStem(stem('talks'))!;
    assert.ok(all.length >= 200 && distinct.length * 10 <= all.length, `${distinct.length} of ${all.length}`);
    // Candidates are chosen among the claims alone: the passages stating nothing are left out of the list once.
    const claims = index.distinctClaimsWithStem(stem('talks'))!;
    assert.deepEqual(
      [...claims],
      [...distinct].filter((c) => (index.flags[c] & CLAIM_FLAG) !== 0),
    );
    assert.ok(claims.length > 0 && claims.length < distinct.length, `${claims.length} of ${distinct.length}`);
    const text = 'The Chengdu meeting between Abe and Moon came in December 2018.';
    const [finding] = grounded(kb, text);
    assert.deepEqual(words(text, [finding]), ['December 2018']);
    assert.ok(finding.message.includes('0-'), finding.message);
  });

  it('keeps apart copies of a sentence that read by the sentence before them ("a decade later")', () => {
    const sentence = 'A decade later, Seoul and Tokyo opened talks on the continental shelf.';
    const kb = KnowledgeBase.fromCompiled(
      compileLibrary(
        [
          `Japan and South Korea normalised relations in 1965. ${sentence}`,
          `The first trilateral summit was held in 2000. ${sentence}`,
          `Plain copies of a sentence read alike: Seoul and Tokyo signed the shelf accord in 1974.`,
          `Plain copies of a sentence read alike: Seoul and Tokyo signed the shelf accord in 1974.`,
        ].map((text, i) => ({ file: `library/d${i}.md`, format: 'markdown' as const, text, metadata: {} })),
        [],
        [],
      ).knowledge,
    );
    const index = sourceClaims(kb);
    const passagesOf = (list: Uint32Array) => [...list].map((c) => kb.passages[c].text);
    assert.deepEqual(passagesOf(index.distinctWithStem(stem('continental'))!), [sentence, sentence]);
    assert.equal(passagesOf(index.distinctWithStem(stem('accord'))!).length, 1);
    assert.equal(passagesOf(index.withStem(stem('accord'))!).length, 2);
  });

  it('reads who did an act from an act noun its party owns ("Tokyo\'s near withdrawal") or a passive "by"', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        // Not backed by a passage telling another's withdrawal from another agreement beside Japan's name.
        text: "The whole dispute culminated in Tokyo's near withdrawal from an important intelligence-sharing pact.",
        value: 'Tokyo',
        sourced: 'Seoul',
      },
      {
        text: 'The Reconciliation and Healing Foundation was funded by the South Korean government.',
        value: 'South Korean',
        sourced: 'Japan',
      },
      { text: 'The German-style compensation fund was floated by a senior Japanese politician.', value: 'Japanese', sourced: 'Korean' },
    ]);
    silentOnEach(kb, [
      "The quarrel culminated in Seoul's near withdrawal from an important military intelligence-sharing pact with Tokyo.",
      'The Reconciliation and Healing Foundation was funded by Japan.',
      'The German-style compensation fund was floated by a senior Korean politician.',
      // One of the two parties the passage has doing it together.
      'Recognizing the growing threats posed by North Korea, the Biden administration came into office seeking to rejuvenate trilateral cooperation.',
    ]);
  });

  it("does not take a country's politician, courts or firms, nor a pair of countries' relations, for its government backing a draft", () => {
    const kb = realKnowledge();
    // Passages naming "a senior Korean politician" (who floated another foundation) or "Japan-South Korea relations"
    // beside a foundation do not back the draft's Seoul funding this one.
    warnsOnEach(kb, [
      {
        text: 'The foundation, funded by the South Korean government, made payments to two-thirds of the surviving women.',
        value: 'South Korean',
        sourced: 'Japan',
      },
      { text: 'The healing foundation was funded by the South Korean government.', value: 'South Korean', sourced: 'Japan' },
    ]);
    silentOnEach(kb, [
      'The foundation, funded by Tokyo, made payments to two-thirds of the surviving women.',
      'A senior Korean politician floated a proposal for a foundation modeled on the German one.',
      'Under the proposal, funds would come from both Japanese and Korean firms.',
      'The Japanese government views the ruling as a challenge to the 1965 treaty, the foundation of postwar Japan-South Korea relations.',
      'It was the South Korean government that froze the foundation.',
    ]);
  });

  it("reads no swap of who acted where the passage tells the draft's party doing the act too, beside another doing it", () => {
    const kb = realKnowledge();
    // The passage has a Korean politician proposing "to create a foundation similar to the one created by Germany".
    warnsOnEach(kb, [
      { text: "A senior Japanese politician proposed to create a foundation like Germany's.", value: 'Japanese', sourced: 'Korean' },
    ]);
    silentOnEach(kb, [
      'Germany created a foundation some 20 years ago to compensate forced laborers.',
      'The foundation created by Germany some 20 years ago compensated forced laborers.',
    ]);
  });

  it("reads another party in the draft's place where the passage names the draft's party only in a clause of another event", () => {
    const kb = realKnowledge();
    // The passage: Seoul contended with pressure over THAAD, "while Tokyo faced a ban on rare earth exports".
    warnsOnEach(kb, [
      { text: 'Tokyo had to contend with direct pressure over its decision to deploy the THAAD system.', value: 'Tokyo', sourced: 'Seoul' },
      { text: 'It was Tokyo that came under direct pressure over the decision to deploy THAAD.', value: 'Tokyo', sourced: 'Seoul' },
    ]);
    silentOnEach(kb, [
      'Seoul came under direct pressure over its decision to deploy THAAD, while Tokyo faced a ban on rare earth exports.',
      'Tokyo watched as Seoul came under direct pressure over its decision to deploy THAAD.',
      'Tokyo faced a ban on rare earth exports during its clash with Beijing over the Senkaku Islands in 2010.',
      'Tokyo, too, faced pressure from Beijing, over the Senkakus rather than over a missile system.',
      'Both capitals have felt Chinese pressure: Seoul over THAAD, Tokyo over the Senkakus.',
    ]);
  });

  it('reads a dispute and a quarrel as one word, so a quarrel taken to another body is compared', () => {
    const kb = realKnowledge();
    // The passage: the Blue House "brought the quarrel to the World Trade Organization (WTO)".
    warnsOnEach(kb, [
      {
        text: 'Seoul answered with countermeasures, taking the dispute to the International Court of Justice.',
        value: 'International Court of Justice',
        sourced: 'World Trade Organization',
      },
    ]);
    silentOnEach(kb, [
      'Seoul took the dispute over export controls to the World Trade Organization.',
      'The forced labor dispute began with a Korean Supreme Court ruling in October 2018.',
      'Seoul refused to accept third-party arbitration for the forced labor dispute.',
      'Tokyo wants disputes over claims settled by an arbitration panel under the 1965 treaty.',
      'Washington did little to mediate the dispute between its two allies.',
    ]);
  });

  it('reads an event set before or after another ("after Biden stepped in") against the passage\'s opposite order', () => {
    const kb = realKnowledge();
    const initiative = (order: string) =>
      `Park argues the Moon administration needed to show an initiative on Japan ${order} Biden stepped in.`;
    warnsOnEach(kb, [
      { text: initiative('after'), value: 'after', sourced: 'before' },
      { text: "Suga became Japan's prime minister before Abe's resignation.", value: 'before', sourced: 'following' },
    ]);
    silentOnEach(kb, [
      initiative('before'),
      initiative('before and after'),
      "Suga became Japan's prime minister after Abe's resignation.",
      // Another event ordered against the same one: the passage does not order it.
      "Before Abe's resignation, Suga served as Cabinet Secretary.",
    ]);
  });

  it('reads whose account a sentence gives ("In Japan\'s account, …") against the account the passage brackets as another\'s', () => {
    const kb = realKnowledge();
    const buzzed = (teller: string) => `In ${teller} account, a Japanese patrol aircraft buzzed a South Korean destroyer.`;
    const locked = (teller: string) =>
      `In the ${teller} version of events, a South Korean destroyer locked its fire-control radar onto a Japanese patrol aircraft.`;
    warnsOnEach(kb, [
      { text: buzzed("Japan's"), value: 'Japan', sourced: 'Korean' },
      // Not backed by a passage naming South Korea's vessel in Japan's allegation.
      { text: locked('South Korean'), value: 'South Korean', sourced: 'Japanese' },
    ]);
    silentOnEach(kb, [buzzed("South Korea's"), locked('Japanese')]);
  });

  it('reads each of two accounts a sentence gives ("In the Korean telling, …; in the Japanese telling, …") as its own teller\'s', () => {
    const kb = realKnowledge();
    const both = (first: string, second: string) =>
      `In the ${first} telling, a Japanese patrol aircraft buzzed a South Korean destroyer; in the ${second} telling, the destroyer locked its fire-control radar onto the aircraft.`;
    silentOnEach(kb, [both('Korean', 'Japanese')]);
    // Each account given as the other side's is still read against the passage's brackets.
    warnsOnEach(kb, [{ text: both('Japanese', 'Korean'), value: 'Japanese', sourced: 'Korean' }]);
  });

  it('ends an account where a later clause gives another party\'s telling ("…, whereas Tokyo maintained that …")', () => {
    const kb = realKnowledge();
    const told = (first: string, second: string) =>
      `From ${first} perspective, a Japanese patrol aircraft buzzed a South Korean destroyer, ${second} the destroyer had locked its fire-control radar onto the plane.`;
    silentOnEach(kb, [
      told("Seoul's", 'whereas Tokyo maintained that'),
      told("Seoul's", "while in Tokyo's account"),
      told("the Korean side's", 'but Japan insisted that'),
      told("Seoul's", 'while Tokyo, by contrast, said'),
    ]);
    // The first account given as the other side's is still read against the passage's brackets.
    warnsOnEach(kb, [{ text: told("Tokyo's", 'whereas Seoul maintained that'), value: 'Tokyo', sourced: 'Korean' }]);
  });

  it('reads whose account a sentence gives from "From the … perspective", "According to …\'s version" and "…\'s version was that"', () => {
    const kb = realKnowledge();
    const buzzed = (teller: string) =>
      `From the ${teller} perspective, a Japanese patrol aircraft buzzed a South Korean destroyer in late January.`;
    const according = (teller: string) =>
      `According to ${teller} version of the incident, a Korean destroyer locked its fire-control radar onto a Japanese patrol aircraft.`;
    const version = (teller: string) =>
      `${teller} version was that the destroyer had locked its fire-control radar onto the Japanese aircraft.`;
    warnsOnEach(kb, [
      { text: buzzed('Japanese'), value: 'Japanese', sourced: 'Korean' },
      { text: according("Seoul's"), value: 'Seoul', sourced: 'Japanese' },
      { text: version("Seoul's"), value: 'Seoul', sourced: 'Japanese' },
    ]);
    silentOnEach(kb, [buzzed('Korean'), according("Tokyo's"), version("Tokyo's")]);
  });

  it('orders two events by the dates the passages telling each give them ("November 9", "November 23")', () => {
    const kb = realKnowledge();
    const named = (order: string) => `Kang Chan-gil was named ambassador to Japan ${order} Park Jie-won traveled to Tokyo.`;
    // The message gives the date of each event (a pattern: the brackets are escaped).
    const dates = 'November 23 \\(the other event: November 9\\)';
    warnsOnEach(kb, [
      { text: named('before'), value: 'before', sourced: dates },
      { text: 'Before Park Jie-won traveled to Tokyo, Kang Chan-gil was named ambassador to Japan.', value: 'Before', sourced: dates },
    ]);
    silentOnEach(kb, [
      named('after'),
      'After Park Jie-won traveled to Tokyo, Kang Chan-gil was named ambassador to Japan.',
      // "Mid-November" and "November 9": the same month without both days orders nothing.
      "A delegation from the Korea-Japan Parliamentarians' Union met with Suga in Tokyo after Park Jie-won traveled to Tokyo as an envoy.",
    ]);
  });

  it('reads a thing qualified by another country in the same phrase ("boycotts of Korean goods") as a swapped party', () => {
    const kb = realKnowledge();
    const boycotts = (of: string) => `Koreans responded with nationwide boycotts of ${of} goods and businesses.`;
    warnsOnEach(kb, [
      { text: boycotts('Korean'), value: 'Korean', sourced: 'Japanese' },
      // "ordered Japanese firms" is not "sales … to South Korean firms": the passage dating the ruling still speaks.
      {
        text: "It was in 2016 that South Korea's Supreme Court ordered Japanese firms to pay compensation.",
        value: '2016',
        sourced: 'October 2018',
      },
    ]);
    silentOnEach(kb, [boycotts('Japanese')]);
    // Parties listed together ("Japanese and Korean firms provided …") each do the act.
    const read = (text: string) => analyseSentence(kb, text, 0, text.length);
    const listed = align(
      read('Japanese firms provided the funds.'),
      read('Japanese and Korean firms provided the funds.'),
      sourceClaims(kb),
    );
    assert.deepEqual(listed.mismatches, []);
  });

  it('reads who is to do an act from the party before its "to" ("urged the Park Geun-hye government to reopen …")', () => {
    const kb = realKnowledge();
    const urged = (leader: string) =>
      `The constitutional court's first intervention urged the ${leader} government to reopen the talks with Japan.`;
    warnsOnEach(kb, [{ text: urged('Park Geun-hye'), value: 'Park Geun-hye', sourced: 'Lee Myung-bak' }]);
    silentOnEach(kb, [urged('Lee Myung-bak')]);
  });

  it('reads a year before a name in quotation marks ("the 2015 “comfort women” agreement") as naming the thing, not dating the act', () => {
    const kb = realKnowledge();
    // The year names the agreement; the passage's withdrawal from it is not dated 2015, so a later ruling is no conflict.
    silentOnEach(kb, ['In 2021 a Seoul court ordered the Japanese government to compensate former comfort women directly.']);
    // Two years naming the same agreement still differ.
    warnsOnEach(kb, [
      { text: 'His government’s withdrawal from the 2016 “comfort women” agreement angered Tokyo.', value: '2016', sourced: '2015' },
    ]);
  });

  it('reads a date years after the sources were written as another event, in both checkers, and a year after as a slip', () => {
    const kb = realKnowledge();
    // The sources telling of the 2019 export controls were written by 2020: a 2023 lifting is an event they never told.
    const later = [
      "In 2023, Japan and South Korea agreed to lift the export controls and restore each other's preferred trading status.",
      'In March 2023 Tokyo decided to lift its export control measures and return South Korea to its white list.',
    ];
    silentOnEach(kb, later);
    for (const text of later) assert.deepEqual(words(text, checkDocument(kb, text).findings), [], text);
    // A year after the source was written is read as the source's event misdated.
    const slip = "Japan's Cabinet decided in summer 2021 to tighten export control measures against South Korea.";
    warnsOnEach(kb, [{ text: slip, value: 'summer 2021', sourced: 'summer 2019' }]);
    assert.deepEqual(words(slip, checkDocument(kb, slip).findings), ['2021']);
  });

  it('reads a year naming a thing of one kind ("the 1951 peace treaty") as no date of another thing of that kind', () => {
    const kb = realKnowledge();
    // The passage dates the reaching of the "comfort women" agreement: another agreement than the peace treaty.
    silentOnEach(kb, [
      'The 1951 peace treaty, signed in San Francisco, left past agreements with Seoul to be negotiated separately.',
      "Japan's 1951 peace treaty, signed in San Francisco, left Korea's claims to separate negotiations with Seoul that dragged on for years.",
    ]);
    // The peace treaty the passages date is still that one.
    warnsOnEach(kb, [
      {
        text: 'The normalization of relations between Japan and South Korea came with the peace treaty of 1966.',
        value: '1966',
        sourced: '1965',
      },
    ]);
  });

  it('reads a person listed with one both name, where the passage lists another with that one, as another meeting', () => {
    const kb = realKnowledge();
    // The passage has Abe and Moon Jae-in "coming together" at the summit in Osaka; Abe with Obama is another meeting.
    silentOnEach(kb, ['Abe and Obama came together for a photo at the Group of Twenty summit in Buenos Aires.']);
    // With the passage's pair, the place is wrong; with another partner in the passage's place, the partner is.
    warnsOnEach(kb, [
      {
        text: 'Prime Minister Abe and President Moon barely spoke at the Group of Twenty summit in Busan.',
        value: 'Busan',
        sourced: 'Osaka',
      },
      { text: 'Abe and Park barely spoke at the Group of Twenty summit in Osaka.', value: 'Park', sourced: 'Moon Jae-in' },
    ]);
  });

  it('reads two places after "in" or "at", with a person both name beside each, as where that person acted', () => {
    const kb = realKnowledge();
    // The passage: Kim Jin-pyo's delegation "met with Suga and parliamentarian counterparts in Tokyo"; the president
    // organized a trilateral meeting "with Prime Minister Abe and then President Park at the Hague".
    warnsOnEach(kb, [
      { text: "Kim Jin-pyo's delegation met Suga in Osaka in mid-November.", value: 'Osaka', sourced: 'Tokyo' },
      { text: 'Obama convened Abe and President Park for a trilateral meeting in Washington.', value: 'Washington', sourced: 'Hague' },
    ]);
    silentOnEach(kb, ["Kim Jin-pyo's delegation met Suga in Tokyo in mid-November."]);
    // The person may stand further off in the clause that tells the act.
    warnsOnEach(kb, [
      { text: 'Obama brought Abe and President Park together for a trilateral meeting in Geneva.', value: 'Geneva', sourced: 'Hague' },
    ]);
  });

  it('reads a number after a hyphen as part of a name ("the G-7 meeting"), not a place "G" and a count', () => {
    const kb = realKnowledge();
    silentOnEach(kb, ['Abe and Moon held a summit at the G-7 meeting.']);
    warnsOnEach(kb, [{ text: 'Abe and Moon barely spoke during the G-20 summit in Tokyo.', value: 'Tokyo', sourced: 'Osaka' }]);
  });

  it('reads a sentence dated years after the source was written as another event, whatever value of it differs', () => {
    const kb = realKnowledge();
    // The 2019 articles' summits and Supreme Court are not the 2021 court or a 2023 summit.
    silentOnEach(kb, [
      'In 2023, the leaders of the United States, Japan and South Korea met at Camp David.',
      'The Seoul Central District Court decision of January 2021 ordered the Japanese government to compensate twelve former comfort women.',
    ]);
    // Undated, the place of the summit the passage tells is still wrong.
    warnsOnEach(kb, [{ text: 'Abe and Moon barely spoke during the G-20 summit in Tokyo.', value: 'Tokyo', sourced: 'Osaka' }]);
  });

  it("reads a value dated otherwise than the passage, beside another date standing for the passage's, as another event", () => {
    const kb = realKnowledge();
    // The ruling of October 2018 is not the Cabinet's decision of summer 2019, which the second date stands for.
    silentOnEach(kb, [
      'Two moments defined the dispute: the Supreme Court ruling of October 2018 and the sudden decision of summer 2019 to tighten export controls.',
    ]);
    // Dated as the passage dates the Cabinet's decision, the body is wrong.
    warnsOnEach(kb, [
      {
        text: "The Supreme Court's sudden decision in summer 2019 to tighten export control measures hit South Korea's competitiveness.",
        value: 'Supreme Court',
        sourced: 'Cabinet',
      },
    ]);
  });

  it("reads a country listed with a party both name as a party the passage lacks, though another clause names the passage's", () => {
    const kb = realKnowledge();
    // Seoul, after the comma, is no party to the normalization the passage dates 1965: China and Japan's is another.
    silentOnEach(kb, [
      'Japan and China normalized relations in 1972, a move Seoul followed closely.',
      'Japan and China normalized relations in 1972, a step that unsettled Seoul.',
    ]);
    warnsOnEach(kb, [
      { text: 'Japan and South Korea normalized relations in 1966, a step Washington welcomed.', value: '1966', sourced: '1965' },
    ]);
  });

  it("reads a hand-written fact's month told without its year (\"Kawamura's October trip\") as that date beside another event's", () => {
    const kb = realKnowledge();
    const curated = (text: string) => words(text, checkDocument(kb, text).findings);
    // The November visit is the delegation's; the sentence dates Kawamura's trip October, as the source does.
    const other = "The parliamentary union delegation's November visit to Tokyo was unrelated to Kawamura's October trip to Seoul.";
    assert.deepEqual(curated(other), []);
    const wrong = 'Kawamura visited Seoul in November 2020 to meet his counterparts informally.';
    assert.deepEqual(curated(wrong), ['November']);
  });

  it('stays silent on memo sentences that restate the sources or tell other events near them, in both modes', () => {
    const kb = realKnowledge();
    // Written for this test from the public record: true restatements, and other rulings, summits, treaties and
    // years than the ones the sources tell (a later court, a later summit, another country's normalization).
    const consistent = [
      "In 2018, South Korea's Supreme Court ordered Nippon Steel to compensate four Korean plaintiffs for wartime forced labor.",
      'In November 2018, a second Supreme Court ruling ordered Mitsubishi Heavy Industries to compensate Korean laborers.',
      'Japan and South Korea signed GSOMIA in November 2016.',
      'Seoul announced in August 2019 that it would end GSOMIA, then suspended that decision in November 2019.',
      'The comfort women agreement was announced on December 28, 2015.',
      'China and Japan signed a treaty of peace and friendship in 1978.',
      'Japan and China normalized diplomatic relations in 1972.',
      'The San Francisco Peace Treaty was signed in 1951 and took effect in 1952.',
      'Moon Jae-in took office in May 2017.',
      'The Constitutional Court removed Park Geun-hye from office in March 2017.',
      'Abe and Moon held their first summit in July 2017 on the sidelines of the G20 meeting in Hamburg.',
      'Abe announced his resignation in August 2020, citing ill health.',
      'Suga stepped down in October 2021 and was succeeded by Kishida Fumio.',
      'Yoon Suk-yeol visited Tokyo in March 2023 for a summit with Kishida.',
      'Japan restored South Korea to its white list of trusted trading partners in 2023.',
      'Trump and Kim Jong-un met in Singapore in June 2018.',
      'Biden was inaugurated in January 2021.',
      'Blinken and Austin traveled to Tokyo and then Seoul in March 2021.',
      'In January 2021, the Seoul Central District Court ordered Japan to pay damages to twelve former comfort women.',
      'In April 2021, another Seoul court dismissed a similar suit by former comfort women against Japan.',
      'The Reconciliation and Healing Foundation was set up in 2016 with one billion yen from Japan.',
      "Moon's government announced in November 2018 that it would dissolve the Reconciliation and Healing Foundation.",
      'The Tokyo Olympics, postponed from 2020, were held in the summer of 2021.',
      'In 2012, Lee Myung-bak became the first South Korean president to visit the Dokdo/Takeshima islands.',
      'China restricted rare earth exports to Japan in 2010 during the Senkaku dispute.',
      'The Obama administration hosted a trilateral meeting at The Hague in March 2014.',
      'The 1998 Kim-Obuchi declaration pledged a new partnership between Japan and South Korea.',
      'The currency swap agreement between Seoul and Tokyo lapsed in February 2015.',
      'In December 2018, Japan accused a South Korean destroyer of locking its fire-control radar onto a Japanese patrol plane.',
      "Moon's party won a landslide in South Korea's parliamentary elections in April 2020.",
      'Kishida Fumio, then foreign minister, announced the 2015 comfort women agreement with his counterpart Yun Byung-se.',
      'Abe traveled to South Korea for the opening of the Pyeongchang Winter Olympics in February 2018.',
      'North Korea tested an intercontinental ballistic missile in November 2017.',
      "Japan's Cabinet approved removing South Korea from its white list in August 2019.",
      "Japan's export controls on three chemicals took effect in July 2019.",
      'Moon and Abe met in Chengdu in December 2019 on the sidelines of a trilateral summit with China.',
      'The United States, Japan and South Korea signed a trilateral information-sharing arrangement in December 2014.',
      'In 2023, the leaders of the United States, Japan and South Korea met at Camp David.',
      "Lee Myung-bak's government put off signing GSOMIA in 2012 after a domestic backlash.",
      'Japan and South Korea normalized relations in June 1965 with the Treaty on Basic Relations.',
      'Yoon Suk-yeol took office in May 2022.',
      "Moon's government, which withdrew from the agreement, faced a court decision in 2021 ordering Japan to compensate comfort women.",
      'The Seoul Central District Court decision of January 2021 ordered the Japanese government to compensate twelve former comfort women.',
    ];
    assert.ok(consistent.length >= 40);
    silentOnEach(kb, consistent);
    for (const text of consistent) assert.deepEqual(words(text, checkDocument(kb, text).findings), [], text);
  });
});

describe('who did it, in what role', () => {
  it('reads a title in the plural ("the two defense ministers") against the passage\'s, past a hedge in an opening clause', () => {
    const kb = realKnowledge();
    const meetings = (ministers: string) => `Repeated meetings between the two ${ministers} ended only in stalemate.`;
    // The passage opens "Where in past disputes, diplomats might have stepped in …,": its guess is of that clause only.
    warnsOnEach(kb, [{ text: meetings('defense ministers'), value: 'defense ministers', sourced: 'foreign ministers' }]);
    silentOnEach(kb, [meetings('foreign ministers'), 'Where talks might have helped, the two defense ministers kept apart.']);
  });

  it('reads a title of another rank given to the same person ("secretary of state", "Deputy Secretary of State")', () => {
    const kb = realKnowledge();
    const phoned = (title: string) =>
      `${title} Antony Blinken got on the phone with Foreign Minister Motegi to find a formula for cooperation.`;
    warnsOnEach(kb, [
      { text: phoned('Deputy Secretary of State'), value: 'Deputy Secretary of State', sourced: 'Secretary of State' },
      {
        text: 'As secretary of state, Antony Blinken launched trilateral consultations on global areas of cooperation.',
        value: 'secretary of state',
        sourced: 'Deputy Secretary of State',
      },
    ]);
    // Offices change hands: in a sentence dated where the passage is not, the title is not compared.
    silentOnEach(kb, [phoned('Secretary of State'), phoned('In 2016, Deputy Secretary of State')]);
  });

  it('reads a title the passage gives another person ("Pottinger, the national security adviser" where Bolton is)', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'Matthew Pottinger, the national security adviser, traveled to Japan and Korea last weekend.',
        value: 'national security adviser',
        sourced: 'director',
      },
      // A body between the name and its title ("the NSC director") still makes it the person's.
      {
        text: 'John Bolton, the NSC director for Asia, traveled to Japan and Korea last weekend.',
        value: 'director',
        sourced: 'national security adviser',
      },
    ]);
    // Both titles given each to the other's holder: both are wrong.
    const swapped =
      'Last weekend the NSC director for Asia, John Bolton, visited Japan and Korea with national security adviser Matthew Pottinger.';
    assert.deepEqual(words(swapped, grounded(kb, swapped)), ['director', 'national security adviser']);
    silentOnEach(kb, [
      'Last weekend the NSC director for Asia, Matthew Pottinger, visited Japan and Korea with national security adviser John Bolton.',
      // "Abe's Cabinet Secretary" is the title of the one who served Abe, not Abe's.
      "Suga, Abe's former Cabinet Secretary, took office in September 2020.",
    ]);
  });

  it('reads who did an act against a body of another country ("Tokyo threatened …" where the Blue House did)', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      // The glossary's "South Korea's presidential office"; the threat's "unless" is what was threatened, no supposition.
      {
        text: 'Tokyo threatened to terminate GSOMIA unless Seoul dropped its complaint at the WTO.',
        value: 'Tokyo',
        sourced: 'Blue House',
      },
      {
        text: 'The Reconciliation and Healing Foundation, funded by the South Korean National Assembly, provided payments to two-thirds of the surviving women.',
        value: 'National Assembly',
        sourced: 'Japan',
      },
      // The threat to terminate GSOMIA does not say it was terminated: it backs no withdrawal.
      { text: 'Seoul pulled out of GSOMIA in 2019.', value: 'pulled out', sourced: 'threatened to terminate' },
    ]);
    silentOnEach(kb, [
      'Seoul threatened to terminate GSOMIA unless Tokyo dropped its export controls.',
      'The Reconciliation and Healing Foundation, funded by the Japanese Diet, provided payments to two-thirds of the surviving women.',
    ]);
    // In a writer's own library with no glossary, the passage itself says whose body it is.
    const note =
      "In a final blow, South Korea's presidential Blue House threatened to terminate the bilateral military intelligence sharing agreement unless Japan rescinded its export control measures.";
    const library = compileLibrary([{ file: 'notes/gsomia.md', format: 'markdown', text: note, metadata: {} }], [], []);
    const own = KnowledgeBase.fromCompiled(library.knowledge);
    const threatened = (party: string) =>
      `${party} threatened to terminate the bilateral military intelligence sharing agreement unless its demands were met.`;
    assert.deepEqual(words(threatened('Tokyo'), grounded(own, threatened('Tokyo'))), ['Tokyo']);
    assert.deepEqual(words(threatened('Seoul'), grounded(own, threatened('Seoul'))), []);
  });
});

describe('whether it happened, read through a verb of little content', () => {
  it('reads a denial of "taking" a step as a denial of the step, against a draft stating it done', () => {
    const kb = realKnowledge();
    // The source: Japan "has been pointedly cautious about taking punitive steps against the military".
    warnsOnEach(kb, [
      {
        text: 'Japan joined the protest over the coup and swiftly imposed punitive steps against the military.',
        value: 'punitive',
        sourced: 'cautious about taking',
      },
    ]);
    silentOnEach(kb, [
      'Japan joined the protest over the coup but did not take punitive steps against the military.',
      'Tokyo has not taken any punitive steps against the military, although it joined the protest.',
      'Japan did not make any concessions on the export controls.',
    ]);
  });
});

describe('whether it happened, against a passage telling only a trend', () => {
  it('compares a draft with a passage whose only claim is a predicate with an opposite ("continue to rise")', () => {
    const kb = realKnowledge();
    // The source: "people-to-people ties have benefited from tourism numbers that continue to rise at a double-digit
    // pace" (no date, number or name: a trend is its whole claim).
    warnsOnEach(kb, [
      {
        text: 'Tourism numbers have been falling at a double-digit pace, hurting people-to-people ties.',
        value: 'falling',
        sourced: 'rise',
      },
    ]);
    silentOnEach(kb, [
      'Tourism numbers have kept rising at a double-digit pace, helping people-to-people ties.',
      'Tourism numbers may fall once the pandemic spreads, hurting people-to-people ties.',
      'Cultural, social and business ties between the two countries have kept growing despite the dispute.',
    ]);
  });
});

describe('a word of refusal that also tells a fall', () => {
  it('reads "declined" as a refusal before "to" or the thing refused, and as a fall elsewhere', () => {
    const kb = realKnowledge();
    // The source: "Motegi signaled a readiness to join public statements".
    warnsOnEach(kb, [{ text: 'Tokyo declined to join public statements on the coup.', value: 'declined', sourced: 'join' }]);
    silentOnEach(kb, [
      // A fall after an event denies nothing of the event ("Japan's announcement … of export restrictions").
      'Tourism between the two countries declined after the export controls.',
      "Japan's export controls were followed by a decline in exports of Korean goods.",
    ]);
  });
});

describe('opposite predicates and wants told in other words', () => {
  it('reads "consistently" against "vacillated", "agreed" against "resisted", and a "wish" as a "desire"', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      // "The Japanese government has vacillated between insisting that the restrictions are for … national security
      // purposes or alternatively are retaliatory measures for the forced labor ruling".
      {
        text: 'Japan has consistently presented the restrictions as retaliation for the forced labor ruling.',
        value: 'consistently',
        sourced: 'vacillated',
      },
      // "… when Japan resisted American pressure to impose sanctions on China."
      { text: 'After Tiananmen, Japan agreed to American pressure to impose sanctions on China.', value: 'agreed', sourced: 'resisted' },
      // "Suga pushed back hard on Biden's desire to see Japan-ROK relations improve".
      {
        text: "During his first call with Biden, Suga accepted the president's wish to see Japan-ROK relations improve.",
        value: 'accepted',
        sourced: 'pushed back',
      },
    ]);
    silentOnEach(kb, [
      'Japan has vacillated over whether the export restrictions are retaliation for the forced labor ruling.',
      'Japan resisted American pressure to sanction China after the Tiananmen massacre.',
      "Suga pushed back on Biden's wish to see Japan-ROK relations improve.",
      "In their first call, Suga welcomed Biden's wish for closer U.S.-Japan cooperation on China.",
      'Japan agreed to a summit with South Korea after strong U.S. pressure.',
    ]);
  });
});

describe('what a "not … but" sets aside', () => {
  it('reads "did not take him directly …, but rather …" as denying "directly", and nothing of the trip itself', () => {
    const kb = realKnowledge();
    // The source: "Stilwell's trip schedule did not take him directly from Tokyo to Seoul, but rather to Seoul by way
    // of The Philippines and Thailand."
    warnsOnEach(kb, [{ text: "Stilwell's trip took him directly from Tokyo to Seoul.", value: 'directly', sourced: 'did not take' }]);
  });

  it('reads "straight" from one place to another as "directly", and "straight" of a count as no route', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [{ text: 'Stilwell traveled straight from Tokyo to Seoul.', value: 'straight', sourced: 'did not take' }]);
    silentOnEach(kb, [
      'Stilwell did not go straight from Tokyo to Seoul.',
      'Relations worsened for the third straight year in 2019.',
      "Stilwell's route ran through the Philippines and Thailand, not straight to Seoul.",
    ]);
    silentOnEach(kb, [
      'Stilwell traveled from Tokyo to Seoul by way of the Philippines and Thailand.',
      'Stilwell did not fly directly from Tokyo to Seoul.',
      'Blinken and Austin traveled directly from Tokyo to Seoul.',
      'Abe and Moon spoke directly with each other in Chengdu.',
    ]);
  });
});

describe('claims read from the sources: values and choices the draft sets aside', () => {
  it('reads a value set aside ("the Cabinet, not the Diet", "rather than", "instead of") as no claim of the draft\'s', () => {
    const kb = realKnowledge();
    silentOnEach(kb, [
      "Japan's Cabinet, not the Diet, decided in 2019 to tighten export controls on South Korea.",
      'The Cabinet rather than the Diet decided in 2019 to tighten export controls on South Korea.',
      'The Japanese Cabinet instead of the Diet decided in summer 2019 to tighten export controls.',
    ]);
    // The value the draft puts in its place is still compared, and so are the rest.
    warnsOnEach(kb, [
      {
        text: "Japan's Cabinet, not the Diet, decided in 2018 to tighten export controls on South Korea.",
        value: '2018',
        sourced: 'summer 2019',
      },
      {
        text: "Japan's Diet, not the Cabinet, decided in 2019 to tighten export controls on South Korea.",
        value: 'Diet',
        sourced: 'Cabinet',
      },
    ]);
  });

  it('reads a value named besides the clause\'s own ("Besides Stilwell\'s trip, …", "apart from", "in addition to") as no claim on it', () => {
    const kb = realKnowledge();
    // buchan2019: "… the NSC director for Asia, Matthew Pottinger, along with national security adviser John Bolton,
    // visited Japan and Korea last weekend."
    silentOnEach(kb, [
      "Besides Stilwell's trip, NSC Asia director Matthew Pottinger also visited Japan and Korea last weekend.",
      'Apart from Stilwell, NSC Asia director Matthew Pottinger also visited Japan and Korea last weekend.',
      'In addition to Stilwell, NSC Asia director Matthew Pottinger also visited Japan and Korea last weekend.',
    ]);
    // The clause's own values are still compared.
    warnsOnEach(kb, [
      {
        text: "Besides Stilwell's trip, NSC Asia director Matthew Pottinger also visited Japan and China last weekend.",
        value: 'China',
        sourced: 'Korea',
      },
    ]);
  });

  it('reads "X rather than Y" against a passage naming both as the same choice, not as a denial of Y', () => {
    const kb = realKnowledge();
    silentOnEach(kb, ['Even then, they expect a temporary truce rather than full reconciliation.']);
    // The other choice, or another act chosen over the passage's, still disagrees with it.
    const other = 'Even then, they expect full reconciliation rather than a temporary truce.';
    assert.deepEqual(words(other, grounded(kb, other)), ['rather']);
    const act = 'Japan decided to relax export controls instead of tightening them.';
    assert.deepEqual(words(act, grounded(kb, act)), ['instead']);
  });
});

describe('claims read from the sources: people listed with their titles', () => {
  it('reads titled people listed in another order ("adviser X and NSC Asia director Y", "Y, along with X") as one list', () => {
    const kb = realKnowledge();
    silentOnEach(kb, [
      'National security adviser John Bolton and NSC Asia director Matthew Pottinger visited Japan and Korea last weekend.',
      'Matthew Pottinger visited Japan and Korea last weekend with national security adviser John Bolton.',
    ]);
    // A person the passage does not list still stands where its visitor does; titles swapped still differ.
    const stranger = 'Mike Pompeo visited Japan and Korea last weekend.';
    assert.deepEqual(words(stranger, grounded(kb, stranger)), ['Mike Pompeo']);
    const titles = 'NSC Asia director John Bolton and national security adviser Matthew Pottinger visited Japan and Korea last weekend.';
    assert.deepEqual(words(titles, grounded(kb, titles)), ['director', 'national security adviser']);
  });
});

describe('claims read from the sources: lengths of time', () => {
  it('compares a length of time written before a noun ("a 70-year low") only with one of the same thing', () => {
    const kb = realKnowledge();
    silentOnEach(kb, [
      'The visit was the first stand-alone bilateral trip to Japan by a South Korean president in about twelve years.',
      'The trip was the first stand-alone visit to Japan by a South Korean president in twelve years, and relations had hit a 70-year low.',
    ]);
    const low = 'In their recent visit, the authors saw a 12-year low in Japan-South Korea relations.';
    assert.deepEqual(words(low, grounded(kb, low)), ['12']);
  });

  it('compares a window ending now ("in the past two years") only with another window, not with how long it has been so', () => {
    const kb = realKnowledge();
    silentOnEach(kb, ['Relations between Japan and South Korea have sunk to their lowest point in 70 years.']);
    warnsOnEach(kb, [
      {
        text: 'In the past five years, the Japan-South Korea relationship has experienced one of its lowest points since 1965.',
        value: 'five',
        sourced: 'two',
      },
    ]);
  });
});

describe('claims read from the sources: one person in two events', () => {
  it('reads a person undergoing the act in the draft and doing it in the passage, beside others each names alone, as another event', () => {
    const kb = realKnowledge();
    silentOnEach(kb, [
      "Kishida Fumio succeeded Suga as Japan's prime minister in October 2021.",
      'Kishida Fumio replaced Suga as prime minister in October 2021.',
    ]);
    warnsOnEach(kb, [
      { text: "Suga succeeded Abe as Japan's prime minister in October 2021.", value: 'October 2021', sourced: 'September 2020' },
      { text: 'Suga replaced Abe as prime minister in October 2021.', value: 'October 2021', sourced: 'September 2020' },
    ]);
  });

  it('leaves "he" open after a sentence opened by an unknown name doing its act, and compares an office named by whom it serves only through its holder', () => {
    const kb = realKnowledge();
    silentOnEach(kb, [
      // "He" may be Kishida Fumio; and Abe had a foreign minister besides a Cabinet Secretary.
      "Kishida Fumio succeeded Suga as prime minister in October 2021. He had served as Abe's foreign minister when the 2015 comfort women agreement was reached.",
      "He had served as Abe's foreign minister when the 2015 comfort women agreement was reached.",
    ]);
    warnsOnEach(kb, [
      {
        text: "Suga became prime minister in September 2020. He had served as Abe's foreign minister when the 2015 comfort women agreement was reached.",
        value: 'foreign minister',
        sourced: 'former Cabinet Secretary',
      },
      {
        text: "Suga, Abe's foreign minister, played a significant role in reaching the comfort women agreement.",
        value: 'foreign minister',
        sourced: 'former Cabinet Secretary',
      },
    ]);
  });
});

describe('claims read from the sources: gatherings of other sizes', () => {
  it('reads a bilateral summit and a trilateral meeting as two gatherings, whatever their places', () => {
    const kb = realKnowledge();
    silentOnEach(kb, ['Park Geun-hye hosted Abe for their first bilateral summit in Seoul in November 2015.']);
    warnsOnEach(kb, [
      { text: 'Abe and Moon met at a trilateral summit in Beijing in December 2019.', value: 'Beijing', sourced: 'Chengdu' },
    ]);
  });
});

describe('claims read from the sources: another time', () => {
  it("reads a person beside a date other than every date of the passage as another event's, and one beside its date as a slip", () => {
    const kb = realKnowledge();
    silentOnEach(kb, ["Japan's Vice Foreign Minister Akitaka Saiki hosted the January 2016 trilateral meeting in Tokyo."]);
    warnsOnEach(kb, [
      {
        text: 'In the 1990s, Secretary of Defense Ashton Carter led a trilateral, alliances-first approach to negotiating with Pyongyang.',
        value: 'Ashton Carter',
        sourced: 'William Perry',
      },
    ]);
  });
});

describe('claims read from the sources: a named thing beside its value', () => {
  it('reads the words of a named agreement as the neighbourhood of the date beside it, as the passage spells them', () => {
    const kb = realKnowledge();
    // The passage: the painfully negotiated “comfort women” agreement Japan had reached in 2015 with President Park.
    warnsOnEach(kb, [
      {
        text: 'After long talks, the Abe government concluded the comfort women agreement with Seoul in 2014.',
        value: '2014',
        sourced: '2015',
      },
    ]);
    silentOnEach(kb, [
      'After long talks, the Abe government concluded the comfort women agreement with Seoul in 2015.',
      'The comfort women agreement of 2015 was reached with President Park Geun-hye.',
    ]);
  });
});

describe('whether it happened: the object of opposite acts, and opposites told in other words', () => {
  it('reads the object of an act from the words of a name too ("upheld the … comfort women agreement")', () => {
    const kb = realKnowledge();
    // The passage names the agreement in quotation marks, the draft as a name: the words name the same object.
    const patience = (verb: string) =>
      `The Abe cabinet lost patience with the Moon government when it ${verb} the hard-won comfort women agreement.`;
    warnsOnEach(kb, [{ text: patience('upheld'), value: 'upheld', sourced: 'abandoned' }]);
    // The restatement, and the same act told of another agreement, stay silent.
    silentOnEach(kb, [patience('abandoned'), 'The Moon government upheld the Supreme Court ruling on forced labor.']);
  });
});

describe('whether it happened: refusals of a thing put forward, denied refusals, and idioms of acts', () => {
  it('reads a refused suggestion as refusing the act it names, not the suggestion ("rebuffed any suggestion that Japan join")', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'During that call Motegi rebuffed any suggestion that Japan join public statements on the coup.',
        value: 'rebuffed',
        sourced: 'join',
      },
      { text: 'Motegi rejected the idea of joining public statements on the coup.', value: 'rejected', sourced: 'join' },
    ]);
    // A wish refused was still a wish (the passage: Suga "pushed back hard on Biden's desire"); welcoming the
    // suggestion, or not rebuffing it, says nothing against the passage.
    silentOnEach(kb, [
      "In their first call, Suga rebuffed Biden's wish for better Japan-ROK relations.",
      "Suga refused Biden's wish for better Japan-ROK relations.",
      'Motegi welcomed any suggestion that Japan join public statements on the coup.',
      'Motegi did not rebuff the suggestion that Japan join public statements on the coup.',
    ]);
  });

  it('reads a denied refusal ("did not refuse to join", "never refused") as stating the act', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [{ text: 'Japan refused to join the protest against the coup.', value: 'refused', sourced: 'joined' }]);
    silentOnEach(kb, [
      'Japan did not refuse to join the protest against the coup.',
      'Japan never refused to join the protest against the coup.',
    ]);
  });

  it('reads idioms of approving, going along, cutting back and keeping in force as the acts they mean', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'Tokyo has signed off on further working group meetings with South Korea.',
        value: 'signed off on',
        sourced: 'has refused to hold',
      },
      {
        text: 'After the Tiananmen massacre, Japan went along with American pressure to sanction China.',
        value: 'went along with',
        sourced: 'resisted',
      },
      {
        text: 'After the radar episode, Japan agreed to scale back its surveillance activities.',
        value: 'agreed',
        sourced: 'refused to consider',
      },
      {
        text: 'Those reciprocal coronavirus travel restrictions remain in force today.',
        value: 'remain in force',
        sourced: 'since lifted',
      },
    ]);
    // Restatements in other words, and the same idioms of other acts, stay silent.
    silentOnEach(kb, [
      'Japan refused to hold further working group meetings with South Korea.',
      'After Tiananmen, Japan resisted American pressure to sanction China.',
      'Japan joined the outcry over the coup but stopped short of punitive steps against the generals.',
      'Japan refused to scale back its surveillance activities.',
      'The reciprocal coronavirus travel restrictions have since been lifted.',
      "Japan's export controls on South Korea remain in place.",
      'Japan agreed to resume talks with South Korea.',
      'Japan did not cancel its working group meetings with South Korea.',
    ]);
  });
});

describe('claims read from the sources: what a denial or a holding back leaves stated', () => {
  it('reads "did not … alone" as stating the act, done with others', () => {
    silentOnEach(realKnowledge(), ['Blinken did not travel alone: Austin joined him for the stops in Tokyo and Seoul.']);
  });
  it('reads "stopped short of" as holding back from the thing, like "cautious about taking"', () => {
    const kb = realKnowledge();
    silentOnEach(kb, ['Tokyo stopped short of punitive steps against the Burmese military.']);
    assert.equal(grounded(kb, 'Tokyo took punitive steps against the Burmese military.').length, 1);
  });
});

describe('claims read from the sources: holding off on an act, and an act another party is pressed to take', () => {
  it('reads "held off on" as not taking the act after it, and an act pressed for as not stated', () => {
    const kb = realKnowledge();
    // "… the United States condemns it and has moved to impose sanctions against the coup leaders."
    warnsOnEach(kb, [
      {
        text: "Washington has held off on sanctions against Burma's coup leaders, confining itself to words of condemnation.",
        value: 'held off on',
        sourced: 'sanctions',
      },
      // "Suga and Moon quickly embraced the election results and congratulated Biden for his win."
      { text: 'Suga held off on congratulating Biden.', value: 'held off on', sourced: 'congratulated' },
    ]);
    // "… when Japan resisted American pressure to impose sanctions on China": the sanctions were pressed for, not imposed.
    silentOnEach(kb, [
      'After Tiananmen, Japan held off on sanctioning China despite American pressure.',
      'After Tiananmen, Japan declined to sanction China despite American pressure.',
    ]);
  });
});

describe('claims read from the sources: an object pronoun after the one person a sentence names', () => {
  it('reads "him" after the subject as the person named before, not the subject ("himself")', () => {
    const kb = realKnowledge();
    // "Suga and Moon quickly embraced the election results and congratulated Biden for his win."
    warnsOnEach(kb, [
      {
        text: "Biden's November victory was greeted warmly in the region. Suga, however, held off on congratulating him.",
        value: 'held off on',
        sourced: 'congratulated',
      },
    ]);
    // An owner's "him" may be the owner; "that" opens another clause, whose "him" may be the subject.
    silentOnEach(kb, [
      "Biden's November victory was greeted warmly in the region. Suga's aides, however, held off on congratulating him.",
      "Biden's November victory was greeted warmly in the region. Suga said that the party held off on congratulating him.",
    ]);
  });
});

describe('claims read from the sources: a condition put before its subject', () => {
  it('reads "should Japanese assets be liquidated" as "if", and the act denied past the denial\'s particles', () => {
    const kb = realKnowledge();
    // "If liquidation of Japanese company assets occurs, the Japanese government has said it will take further
    // retaliatory measures."
    warnsOnEach(kb, [
      {
        text: 'Tokyo has promised to hold back from any further retaliation should Japanese assets be liquidated.',
        value: 'hold back from',
        sourced: 'further retaliatory measures',
      },
    ]);
    // A "should" advising an act supposes nothing.
    silentOnEach(kb, ['Tokyo should hold back from any further retaliation.']);
  });
});

describe('claims read from the sources: signing on to what another wants', () => {
  it('reads "signed on to Biden\'s wish" against "pushed back hard on Biden\'s desire"', () => {
    const kb = realKnowledge();
    // "The call was great except Suga pushed back hard on Biden's desire to see Japan-ROK relations improve," …
    warnsOnEach(kb, [
      {
        text: "In their first phone call, Suga signed on to Biden's wish to see relations between Japan and South Korea improve.",
        value: 'signed on',
        sourced: 'pushed back',
      },
    ]);
    silentOnEach(kb, [
      "In their first phone call, Suga pushed back on Biden's wish to see relations between Japan and South Korea improve.",
    ]);
  });
});

describe('claims read from the sources: ruling out an act', () => {
  it('reads "ruled out joining" as refusing to join, and a denial of it as stating the act', () => {
    const kb = realKnowledge();
    // "… and Motegi signaled a readiness to join public statements."
    warnsOnEach(kb, [
      {
        text: 'When Blinken phoned him about Burma, Foreign Minister Motegi ruled out joining any public statements.',
        value: 'ruled out',
        sourced: 'join',
      },
    ]);
    silentOnEach(kb, ['Motegi did not rule out joining public statements.', 'Japan excluded South Korea from its white list.']);
  });
});

describe('claims read from the sources: a passage backing the draft against a near miss', () => {
  it('lets a passage back the draft only when it tells the act of the same thing, not the same word of another', () => {
    const kb = realKnowledge();
    // "The dispute culminated in Seoul's near withdrawal from an important military intelligence-sharing pact with
    // Tokyo." The passage telling Moon's "government's withdrawal from the 2015 'comfort women' agreement" is another act.
    warnsOnEach(kb, [
      {
        text: 'The 2019 dispute ended with Seoul actually pulling out of its military intelligence-sharing pact with Tokyo.',
        value: 'actually pulling out',
        sourced: 'near withdrawal',
      },
    ]);
  });
});

describe('claims read from the sources: a denied predicate told in other words', () => {
  it('reads ties that "recovered" as ties that improved, against "did not improve"', () => {
    const kb = realKnowledge();
    // "Bilateral relations did not improve in 2020, with reciprocal coronavirus travel restrictions, since lifted, …"
    warnsOnEach(kb, [
      {
        text: 'Bilateral relations between Seoul and Tokyo recovered in 2020 despite reciprocal coronavirus travel restrictions.',
        value: 'recovered',
        sourced: 'did not improve',
      },
    ]);
    silentOnEach(kb, ['Bilateral relations between Seoul and Tokyo failed to recover in 2020.']);
  });
  it('reads a dispute "settled" as resolved, against talks that "only resulted in a stalemate"', () => {
    const kb = realKnowledge();
    // "… repeated meetings between the two foreign ministers only resulted in a stalemate."
    warnsOnEach(kb, [
      {
        text: 'Repeated meetings between the two foreign ministers eventually settled the dispute.',
        value: 'settled',
        sourced: 'stalemate',
      },
    ]);
  });
});

describe('curated facts beside the sources: a value the sources date to another event', () => {
  it('leaves a curated date conflict out when a passage states that date in the sentence’s words, and the extracted claims speak', () => {
    const kb = realKnowledge();
    const text = "The constitutional court's October 2018 ruling ordered Japanese firms to compensate the laborers.";
    const found = checkDocument(kb, text).findings.filter((f) => f.code === 'claim-conflict');
    // The court is the slip (the Supreme Court ruled in October 2018), not the date of the court's 2011 involvement.
    assert.deepEqual(words(text, found), ['constitutional court']);
    const slip = "The constitutional court's ruling of 2013 reopened the comfort women question.";
    assert.deepEqual(
      words(
        slip,
        checkDocument(kb, slip).findings.filter((f) => f.code === 'claim-conflict'),
      ),
      ['2013'],
    );
  });
});

describe('claims read from the sources: what backs a draft’s value', () => {
  it('takes no passage dated otherwise than the draft’s clause as backing its value', () => {
    const kb = realKnowledge();
    // A mid-November delegation met "in Tokyo"; Kawamura's October 2020 meeting was in Seoul.
    warnsOnEach(kb, [
      { text: 'Kawamura met informally with his Korean counterparts in Tokyo in October 2020.', value: 'Tokyo', sourced: 'Seoul' },
    ]);
    silentOnEach(kb, [
      'In October 2020, Kawamura met informally with his Korean counterparts in Seoul.',
      "In mid-November, Kim Jin-pyo's delegation met Suga and its counterparts in Tokyo.",
    ]);
  });
});

describe('whether it happened: denials of a manner, avoidance, and times taken as given', () => {
  it('reads "did not travel alone" as stating the travel, and "avoid" as keeping out of what follows', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [{ text: 'Blinken did not travel to Tokyo and Seoul in March 2021.', value: 'not', sourced: 'visits' }]);
    // The passage advises the United States to "avoid any overt intervention": keeping out restates it, though the
    // passage names a past participation as its reason.
    silentOnEach(kb, [
      'Blinken did not travel alone: Defense Secretary Austin joined him for back-to-back stops in Tokyo and Seoul.',
      'Sakata advises Washington to keep out of direct negotiations over the laborers and export-control disputes.',
    ]);
  });

  it('compares a date in a clause of time after a denial ("avoid any risk until … in October") as stated', () => {
    const kb = realKnowledge();
    const risk = (month: string) =>
      `Yu Myung Hwan expects Suga to avoid any risk on the issue until he is re-elected LDP chairman in ${month}.`;
    warnsOnEach(kb, [{ text: risk('October'), value: 'October', sourced: 'September' }]);
    silentOnEach(kb, [risk('September')]);
  });
});

describe('whether it happened: the thing a trend is told of, named far before its verb', () => {
  it('finds the thing before a relative clause ("restrictions that curbed exchanges … remain in force")', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'The reciprocal coronavirus travel restrictions that curbed exchanges in 2020 remain in force.',
        value: 'remain in force',
        sourced: 'since lifted',
      },
    ]);
    silentOnEach(kb, [
      'The travel restrictions that curbed exchanges in 2020 have since been lifted.',
      "The Japanese Cabinet's export controls that hit Korean chipmakers remain in place.",
    ]);
  });

  it('finds the thing opening the clause ("The Korean boycott of Japanese goods … has been gathering strength")', () => {
    const kb = realKnowledge();
    const boycott = (trend: string) =>
      `The Korean boycott of Japanese goods that began with last summer's export controls has been ${trend}.`;
    warnsOnEach(kb, [{ text: boycott('gathering strength'), value: 'gathering strength', sourced: 'winding down' }]);
    silentOnEach(kb, [
      boycott('winding down'),
      'South Korean boycotts of Japanese goods seem to be easing.',
      "Japan's export controls have been gathering strength since 2019.",
    ]);
  });
});

describe('claims read from the sources: a party singled out', () => {
  it('reads "It was X that …" as X alone doing the act, against the party the passage gives it to', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'It was Seoul that faced a ban on rare earth exports during the 2010 dispute with Beijing.',
        value: 'Seoul',
        sourced: 'Tokyo',
      },
      { text: 'It was South Korea that refused to consider limiting its surveillance activities.', value: 'South Korea', sourced: 'Japan' },
      {
        text: 'It was Tokyo, not Seoul, that had to contend with direct pressure over its decision to deploy THAAD.',
        value: 'Tokyo',
        sourced: 'Seoul',
      },
    ]);
    silentOnEach(kb, [
      'It was Seoul that faced direct pressure over its decision to deploy the THAAD missile defense system.',
      'It was Tokyo that faced a ban on rare earth exports during the 2010 dispute with Beijing.',
      'It was Japan that refused to consider limiting its surveillance activities.',
      'It was Seoul, not Tokyo, that had to contend with direct pressure over THAAD.',
      'It was in 2019 that Japan imposed export controls on South Korea.',
      'It is Tokyo that many South Koreans fear will slide into militarism.',
      'It was the South Korean government that moved to freeze the Reconciliation and Healing Foundation.',
    ]);
  });

  it("reads the passage's doer from a name opening its clause and from a party before its relative clause", () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      { text: 'It was Abe who signaled an interest in warming up relations with Japan last month.', value: 'Abe', sourced: 'Moon' },
      { text: 'It was Tokyo that brought the quarrel to the World Trade Organization.', value: 'Tokyo', sourced: 'Blue House' },
    ]);
    silentOnEach(kb, [
      'It was Moon who struck a conciliatory tone toward Japan in his March 1 national address.',
      'It was the Blue House that brought the quarrel to the World Trade Organization.',
      'It was Stilwell who insisted on a recent visit to Japan that it was not his job to mediate.',
      'It was Park Jie-won who traveled to Tokyo on November 9 as a presidential envoy.',
      'It was Suga who later became prime minister after Abe resigned.',
      'Perhaps it was Moon who struck the most conciliatory tone.',
    ]);
  });

  it("reads a passage's title with no one named beside it as its holder, another than a person the sources never give it", () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'It was Blinken who organized a trilateral meeting with Prime Minister Abe and President Park at the Hague.',
        value: 'Blinken',
        sourced: 'president',
      },
      // "convened" and "organized" both tell a gathering brought about.
      { text: 'It was Abe who convened a trilateral meeting with President Park at the Hague.', value: 'Abe', sourced: 'president' },
    ]);
    silentOnEach(kb, [
      // The sources give Obama no title: he may be the president.
      'It was Obama who convened a trilateral meeting with Prime Minister Abe and President Park at the Hague.',
      'It was Motegi who was more interested in talking about the Chinese Coast Guard.',
      'The president, not Abe, organized the trilateral meeting at the Hague.',
    ]);
  });

  it('reads "only X" and "X alone" as against both parties doing the act together', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'Only South Korea removed the other from most-favored-nation trading status.',
        value: 'Only South Korea',
        sourced: 'Both nations',
      },
      { text: 'Japan alone dropped the other from most-favored-nation trading status.', value: 'Japan alone', sourced: 'Both nations' },
    ]);
    silentOnEach(kb, [
      'Both Japan and South Korea removed each other from most-favored-nation trading status.',
      'Not only Japan but also South Korea removed the other from most-favored-nation trading status.',
      'Only Japan and South Korea can fix the relationship, the authors argue.',
      'Tokyo alone cannot restore the relationship.',
    ]);
  });
});

describe('whether it happened: an event called off', () => {
  it('reads "scrapped their planned visit" against a passage telling the visit made', () => {
    const kb = realKnowledge();
    const trip = (verb: string) => `Bolton and Pottinger ${verb} their planned visit to Japan and Korea last weekend.`;
    warnsOnEach(kb, [
      { text: trip('scrapped'), value: 'scrapped', sourced: 'visited' },
      { text: trip('called off'), value: 'called off', sourced: 'visited' },
    ]);
    // The visit told as made, a denied cancellation, another party's cancelled visit, a hedge, and a participle
    // ("the painfully negotiated … agreement") that names no meeting all stay silent.
    silentOnEach(kb, [
      'Bolton and Pottinger visited Japan and Korea last weekend.',
      'Abe and Moon did not cancel their meeting in Chengdu.',
      'Japan cancelled its planned visit to Beijing.',
      'Bolton and Pottinger may have scrapped a later visit to Japan.',
      'Park Jie-won did not cancel his trip to Tokyo.',
      'Moon scrapped the comfort women agreement in 2018.',
    ]);
  });
});

describe('claims read from the sources: the holder of a title both name', () => {
  it('reads another person after the title the passage gives as the slip, though the passage names the draft’s elsewhere', () => {
    const kb = realKnowledge();
    // The passage: "… lost patience with the Moon government when it abandoned the … agreement Japan had reached in
    // 2015 with President Park Geun-hye."
    warnsOnEach(kb, [
      {
        text: 'In 2015 Tokyo concluded the comfort women agreement with President Moon Jae-in.',
        value: 'Moon Jae-in',
        sourced: 'Park Geun-hye',
      },
    ]);
    silentOnEach(kb, [
      'In 2015 Tokyo concluded the comfort women agreement with President Park Geun-hye.',
      'In 2015 Tokyo concluded the comfort women agreement with President Park Geun-hye, which President Moon Jae-in later abandoned.',
    ]);
  });
});

describe('whether it happened: the object of a denied act past the denial', () => {
  it('reads "without agreeing to set up any cooperation committees" against "agreed to establish cooperation committees"', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: "The Korean lawmakers' delegation left Tokyo in mid-November without agreeing to set up any cooperation committees.",
        value: 'without',
        sourced: 'agreed',
      },
    ]);
    // The committees agreed, another thing left unagreed, and a party beside a denial of another act than the
    // passage's (which advises the United States to "avoid any overt intervention") stay silent.
    silentOnEach(kb, [
      'The Korean delegation agreed to set up cooperation committees during its mid-November visit to Tokyo.',
      'The delegation met Suga in mid-November without agreeing on a joint statement on history.',
      'Seoul left the talks without agreeing to any new export controls.',
    ]);
  });
});

describe('claims read from the sources: the maker of a thing', () => {
  it('reads a body before a noun ("a … report") as its maker, as one after "by" is ("a report … issued by …")', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'A recent Council on Foreign Relations report put relations between Japan and South Korea at their lowest levels in decades.',
        value: 'Council on Foreign Relations',
        sourced: 'Congressional Research Service',
      },
    ]);
    silentOnEach(kb, [
      'A recent Congressional Research Service report found ties between Japan and South Korea at their lowest level in decades.',
      'A recent report by the Congressional Research Service found relations between Tokyo and Seoul at their lowest in decades.',
      'A Council on Foreign Relations study found ties between Japan and South Korea at their lowest level in decades, a judgment the Congressional Research Service shared.',
      'A National Security Secretariat official told the author that history issues should be addressed between Japan and Korea.',
    ]);
  });

  it('reads a body named after "by" or "from" past its country\'s possessive as the maker of the thing before it', () => {
    // The sources: "It started with a Korean Supreme Court ruling in October 2018 regarding Korean wartime laborers …".
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: "The forced labor ruling of October 2018 was issued by South Korea's Constitutional Court.",
        value: 'Constitutional Court',
        sourced: 'ROK Supreme Court',
      },
      {
        text: 'The forced labor ruling of October 2018 came from the Constitutional Court.',
        value: 'Constitutional Court',
        sourced: 'ROK Supreme Court',
      },
    ]);
    silentOnEach(kb, [
      "The forced labor ruling of October 2018 came from South Korea's Supreme Court.",
      "In October 2018 a ruling by Korea's Supreme Court started the dispute over wartime laborers.",
    ]);
  });
});

describe('whether it happened: long talks or hardly any', () => {
  it('reads "held lengthy talks" against "barely spoke" at the same gathering', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      { text: 'At the Group of Twenty summit, Abe and Moon held lengthy talks on the sidelines.', value: 'lengthy', sourced: 'barely' },
    ]);
    silentOnEach(kb, [
      'Abe and Moon barely spoke at the Osaka G-20 summit.',
      'Abe and Moon held lengthy talks in Chengdu in December 2019.',
      'Abe and Park held lengthy talks in Seoul in November 2015.',
    ]);
  });
});

describe("claims read from the sources: companies' names", () => {
  it('reads a name ending in a company word ("… Entertainment") as an organisation, another than the one the passage names', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'NiziU, a girl group produced by HYBE Entertainment and Sony, debuted this year.',
        value: 'HYBE Entertainment and Sony',
        sourced: 'JYP Entertainment and SONY',
      },
    ]);
    silentOnEach(kb, [
      'NiziU, a girl group produced by JYP Entertainment and Sony, debuted this year.',
      'Niziu was produced jointly by Sony and JYP Entertainment.',
      "Samsung Electronics was hit by Japan's export controls on semiconductor materials.",
      'Japanese viewers binged on K-dramas on Netflix during the pandemic, and JYP Entertainment launched a new group.',
    ]);
  });
});

describe('whether it happened: walking away as withdrawing', () => {
  it('reads "walking away from" a pact as "pulling out of" it, against the passage\'s near withdrawal', () => {
    const kb = realKnowledge();
    const pact = (how: string) => `The dispute culminated in Seoul ${how} an important military intelligence-sharing pact with Tokyo.`;
    warnsOnEach(kb, [{ text: pact('walking away from'), value: 'walking away from', sourced: 'near withdrawal' }]);
    silentOnEach(kb, [pact('nearly walking away from'), "Tokyo walked away from talks on the laborers' claims."]);
  });
});

describe('whether it happened: advice states no act', () => {
  it('lets no passage advising an act ("should … including the reaffirmation of …") back a draft\'s act the sources say nearly happened', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'Seoul withdrew from GSOMIA in 2019, cutting intelligence sharing with Tokyo.',
        value: 'withdrew',
        sourced: 'threatened to terminate',
      },
      {
        text: 'South Korea scrapped GSOMIA in 2019, ending its intelligence sharing with Japan.',
        value: 'scrapped',
        sourced: 'threatened to terminate',
      },
    ]);
    silentOnEach(kb, [
      'South Korea threatened to terminate GSOMIA in 2019, endangering intelligence sharing with Japan.',
      'Seoul nearly withdrew from the intelligence-sharing pact with Tokyo in 2019, alarming Washington.',
      'The United States wants intelligence cooperation with South Korea and Japan, including the reaffirmation of GSOMIA.',
      'Japan removed South Korea from its white list of trusted trading partners in 2019, hitting the chip industry.',
    ]);
  });
});

describe('taking an office as becoming its holder', () => {
  it('reads "took office" and "assumed office" as becoming the holder of the office a passage names', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: "Suga, Abe's chief cabinet secretary, took office in October 2020 after Abe resigned.",
        value: 'October 2020',
        sourced: 'September 2020',
      },
      {
        text: 'Suga assumed office in September 2019, after Abe resigned for health reasons.',
        value: 'September 2019',
        sourced: 'September 2020',
      },
    ]);
    silentOnEach(kb, [
      'Suga took office in September 2020, succeeding Abe.',
      "Suga, Abe's longtime chief cabinet secretary, took office in September 2020.",
      'When Suga assumed office in September 2020, few in Seoul expected a change of course.',
      'Within days of taking office, the Biden administration sent a message to Tokyo and Seoul.',
      'Biden took office in January 2021, promising to work with allies.',
      'Shortly after he took office, Suga spoke by telephone with Biden.',
    ]);
  });

  it('reads "moved into the prime minister\'s office" and "assumed the premiership" as becoming prime minister', () => {
    // The passage (sakata2020): "… Yoshihide Suga became Japan's prime minister following Abe's resignation" in
    // September 2020.
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: "Yoshihide Suga moved into the prime minister's office in August 2020, succeeding Abe.",
        value: 'August 2020',
        sourced: 'September 2020',
      },
      { text: 'Suga assumed the premiership in August 2020.', value: 'August 2020', sourced: 'September 2020' },
      {
        text: "Suga moved into the prime minister's office in September 2020, before Abe had stepped down.",
        value: 'before',
        sourced: 'following',
      },
    ]);
    silentOnEach(kb, [
      "Yoshihide Suga moved into the prime minister's office in September 2020, succeeding Abe.",
      "Suga moved into the prime minister's office in September 2020, after Abe had stepped down.",
      'Suga assumed the premiership in September 2020.',
      "Suga moved into the prime minister's office directly from the post of chief cabinet secretary.",
    ]);
  });
});

describe('backing: the agreement a draft tells its event with', () => {
  it('takes no passage leaving out the draft\'s agreement as backing a party of it ("Moon struck a conciliatory tone with Japan")', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'Japan concluded the 2015 comfort women agreement with President Moon Jae-in.',
        value: 'Moon Jae-in',
        sourced: 'Park Geun-hye',
      },
      { text: 'Japan threatened to scrap GSOMIA unless Seoul backed away from the labor rulings.', value: 'Japan', sourced: 'Blue House' },
    ]);
    silentOnEach(kb, [
      'Japan reached the 2015 comfort women agreement with President Park Geun-hye.',
      'The Abe cabinet signed the comfort women agreement with Seoul in December 2015.',
      'The Blue House threatened to terminate GSOMIA unless Japan rescinded its export controls.',
      'Moon struck a conciliatory tone toward Japan in his March 1 address.',
      'The comfort women agreement created the Reconciliation and Healing Foundation, funded by Japan.',
      'Tokyo insists the 1965 treaty settled all claims.',
    ]);
  });
});

describe("backing: another country's thing", () => {
  it('takes no passage telling another country\'s pressure ("American pressure") as backing a party under "Chinese pressure"', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      { text: 'Japan came under heavy Chinese pressure over its decision to deploy THAAD.', value: 'Japan', sourced: 'Seoul' },
    ]);
    silentOnEach(kb, [
      'Seoul came under Chinese economic pressure over its decision to deploy THAAD.',
      'Japan resisted American pressure to impose sanctions on China after Tiananmen.',
      'Japan faced American pressure in the 1980s over sanctions on China.',
      'Chinese pressure on Seoul over THAAD hurt Korean businesses.',
      'South Korean consumers boycotted Japanese goods in 2019.',
      'Japanese voters backed the retaliatory export measures against Seoul.',
    ]);
  });
});

describe('a noun phrase set beside the clause', () => {
  it('weighs a value on its clause without the phrase after a comma that comments on it (", the first such contact …")', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: 'In October 2020 Kawamura met informally with Korean lawmakers in Busan, the first such contact since the pandemic began.',
        value: 'Busan',
        sourced: 'Seoul',
      },
    ]);
    silentOnEach(kb, [
      'Park Jie-won traveled to Tokyo in November 2020, the first visit by a senior Korean official in months.',
      'Abe and Moon met in Chengdu in December 2019, the first formal talks between them in over a year.',
      'Suga became prime minister in September 2020, a change few in Seoul expected to help.',
      'Japan tightened export controls on South Korea in summer 2019, a move that hit Korean chipmakers.',
      "Kang Chan-gil was named ambassador to Japan in November 2020, a signal of Moon's wish to mend ties.",
      'Stilwell visited Japan in August 2019, the height of the intelligence-pact row.',
      'Blinken and Austin visited Tokyo and Seoul in March 2021, a move to bolster U.S. alliances in Asia.',
    ]);
  });
});

describe('values that stand for no other', () => {
  it('takes another name where a passage gives one as an example ("networks, including the Quad") for another example', () => {
    const kb = realKnowledge();
    // The passage: "… a massive strategic hole in the Biden plan to strengthen regional security networks, including the Quad."
    silentOnEach(kb, [
      'The Six-Party Talks included Japan, South Korea and the United States.',
      'The Biden plan to strengthen regional security networks includes the trilateral alliance as well as the Quad.',
    ]);
    // The talks' decade is still counted from the passage before ("… in the 1990s … The Six-Party Talks a decade later …").
    warnsOnEach(kb, [
      {
        text: 'Back in the 1970s, the Six-Party Talks laid bare how uneasy Tokyo felt about a regional solution.',
        value: '1970s',
        sourced: 'a decade later',
      },
    ]);
  });

  it('does not take the one who tells for the one told ("Suga told Moon …" against "The Japanese leader told Biden …")', () => {
    const kb = realKnowledge();
    silentOnEach(kb, ['Suga told Moon that the Koreans had effectively broken the 1965 treaty and must put it right first.']);
    // Told the other way round, the passage's teller and the one told stand where the draft's do.
    warnsOnEach(kb, [
      {
        text: 'The Japanese leader told Trump that the Koreans have effectively broken the 1965 treaty normalizing relations between the two countries.',
        value: 'Trump',
        sourced: 'Biden',
      },
    ]);
  });

  it('needs a party told by its clause alone to share that clause with the passage, not only an opening phrase', () => {
    const kb = realKnowledge();
    // "Suga and Moon quickly embraced the election results and congratulated Biden for his win." shares only the
    // opening phrase; the party's own clause tells of a trip the passage does not speak of.
    silentOnEach(kb, ["Ahead of Biden's election win, Seoul dispatched intelligence chief Park Jie-won to Tokyo."]);
    // A phrase set beside a party both name is that party's: "headed by Kim Jin-pyo of the ruling Democratic Party".
    warnsOnEach(kb, [
      {
        text: 'Kim Jin-pyo, of the opposition People Power Party, led the delegation to Tokyo.',
        value: 'People Power Party',
        sourced: 'Democratic Party',
      },
    ]);
  });

  it('takes a named thing held at a place the passage does not name for another of its name ("the Winter Olympic Games at PyeongChang")', () => {
    const kb = realKnowledge();
    silentOnEach(kb, ['South Korea hosted the Winter Olympic Games at PyeongChang in February 2018.']);
    warnsOnEach(kb, [
      {
        text: 'Koreans hope the Winter Olympic Games might provide a venue for reviving diplomacy with Pyongyang.',
        value: 'Winter',
        sourced: 'Summer',
      },
    ]);
  });
});

describe('a "not" after a verb', () => {
  it('reads "is not Japan\'s …" as a denial, not a name set against another ("Tokyo, not Seoul")', () => {
    const kb = realKnowledge();
    // The passage: "… because China remains Japan's largest target market even as Tokyo has held Beijing at arm's-length."
    silentOnEach(kb, ["The United States is not Japan's largest target market.", "South Korea is not Japan's largest target market."]);
  });
});

describe('claims read from the sources: words every sentence of a joint act uses', () => {
  it('does not take "together" for the act two leaders share ("sat down together" is not "coming together … for a photo")', () => {
    const kb = realKnowledge();
    // "Prime Minister Abe and President Moon Jae-in barely spoke during the Group of Twenty summit in Osaka, coming
    // together only for a requisite photo opportunity." The place is not what this sentence gets wrong.
    const text = 'Abe and Moon sat down together in Chengdu in December 2017.';
    assert.ok(!warnedWords(kb, text).includes('Chengdu'), text);
  });
});

describe('claims read from the sources: the event an order word names', () => {
  it('reads a hyphened compound and its noun as that event, and a country shared as nothing else told alike', () => {
    const kb = realKnowledge();
    // "In 2018, however, the ROK Supreme Court ruled that … Japanese companies had to make reparations for … forced
    // labor." tells the ruling the draft orders its event by, not the export controls it dates.
    const text = "Japan's summer 2019 export controls came before the Supreme Court's forced-labor ruling.";
    for (const curated of [false, true]) assert.ok(!warnedWords(kb, text, curated).includes('summer 2019'), text);
  });

  it('reads an ordered event dated in the draft by the passage giving it that date ("Park\'s November 9 trip")', () => {
    const kb = realKnowledge();
    // The passages: Park Jie-won "traveled to Tokyo on November 9"; "On November 23, the Blue House appointed
    // Representative Kang Chan-gil … as the next ambassador to Japan".
    const text = "Kang Chan-gil was already named ambassador to Japan ahead of Park Jie-won's November 9 trip to Tokyo.";
    for (const curated of [false, true]) assert.ok(warnedWords(kb, text, curated).includes('ahead of'), text);
    const after = "Kang Chan-gil was named ambassador to Japan after Park Jie-won's November 9 trip to Tokyo.";
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, after, curated), [], after);
    // A date the passage gives otherwise is itself the error: the order is not read from it.
    const other = "Kang Chan-gil was named ambassador to Japan ahead of Park Jie-won's November 2 trip to Tokyo.";
    for (const curated of [false, true]) assert.ok(!warnedWords(kb, other, curated).includes('ahead of'), other);
  });

  it('reads a phrase ending the sentence ("ahead of his Chengdu meeting with Moon") as the event to its end', () => {
    const kb = realKnowledge();
    // The passage: "In a subsequent speech to the Japanese Diet, Abe called South Korea … “our most important
    // neighbor …”", after the Chengdu meeting; "with Moon" tells that meeting, not the speech.
    const text = "Abe praised South Korea as Japan's most important neighbor in a Diet speech ahead of his Chengdu meeting with Moon.";
    for (const curated of [false, true]) assert.ok(warnedWords(kb, text, curated).includes('ahead of'), text);
    const after = "Abe praised South Korea as Japan's most important neighbor in a Diet speech after his Chengdu meeting with Moon.";
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, after, curated), [], after);
  });
});

describe('claims read from the sources: a date that dates an agreement', () => {
  it('does not set the date of another act of the same parties against the agreement’s', () => {
    const kb = realKnowledge();
    // "… the painfully negotiated “comfort women” agreement Japan had reached in 2015 with President Park Geun-hye."
    for (const text of [
      'In 2014, Abe and Park Geun-hye met at The Hague.',
      'Park Geun-hye took office in 2013 and met Abe at the Hague in 2014.',
    ])
      for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), [], text);
    // The act the agreement did, told in other words, is still dated by it: "the 1965 treaty normalizing relations".
    const normalised = 'Diplomatic normalization between Japan and the ROK came only in 1972.';
    assert.deepEqual(warnedWords(kb, normalised), ['1972']);
  });
});

describe('claims read from the sources: a participle phrase after the clause', () => {
  it('reads the clause of a wrong party without the phrase of what its act led to', () => {
    const kb = realKnowledge();
    // "The South Korean government moved to freeze the Reconciliation and Healing Foundation, which was funded by Japan …"
    warnsOnEach(kb, [
      {
        text:
          'The Reconciliation and Healing Foundation was created with Japanese money. Tokyo later moved to freeze the ' +
          'foundation, further hollowing out the 2015 accord.',
        value: 'Tokyo',
        sourced: 'South Korean',
      },
    ]);
    // The right party, with the same phrase after it, stays silent.
    silentOnEach(kb, [
      'The Reconciliation and Healing Foundation was created with Japanese money. Seoul later moved to freeze the ' +
        'foundation, further hollowing out the 2015 accord.',
    ]);
  });
});

describe('claims read from the sources: the body of a person referred to', () => {
  it('sets a body beside "he", a title set off by a comma, or a title the sources give them, against the body of the person named before', () => {
    const kb = realKnowledge();
    // "… says Seoul National University Professor Park Cheol Hee, one of the leading Japan experts in Korea."
    const before = "Park Cheol Hee is one of Korea's leading Japan specialists. ";
    warnsOnEach(kb, [
      { text: `${before}He teaches at Korea University.`, value: 'Korea University', sourced: 'Seoul National University' },
      {
        text: `${before}The professor, who teaches at Korea University, says blaming Japan no longer earns Moon political points.`,
        value: 'Korea University',
        sourced: 'Seoul National University',
      },
    ]);
    // A title the sources give that person, told the body itself, is that person.
    warnsOnEach(kb, [
      { text: `${before}The professor teaches at Korea University.`, value: 'Korea University', sourced: 'Seoul National University' },
    ]);
    // A title read on into its clause may pick out another professor; the right body is no slip; a title the sources
    // never give that person may be someone new's.
    silentOnEach(kb, [
      `${before}The professor teaches at Seoul National University.`,
      `${before}The ambassador teaches at Korea University.`,
      `${before}The professor who teaches at Korea University says blaming Japan no longer earns Moon political points.`,
      `${before}He teaches at Seoul National University.`,
    ]);
  });
});

describe('claims read from the sources: "he" after a subject and another person in a clause of time', () => {
  it('reads "he" as the subject when the other person is only an owner or stands after "after", not as its subject', () => {
    const kb = realKnowledge();
    // "In September 2020, former Cabinet Secretary Yoshihide Suga became Japan’s prime minister following Abe’s resignation."
    const later = 'He took over as prime minister in September 2019.';
    for (const before of [
      "Suga became prime minister after Abe's resignation.",
      "Suga, long Abe's Cabinet Secretary, became prime minister after meeting Abe.",
    ])
      for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, `${before} ${later}`, curated), ['September 2019'], before);
    // The other person as the subject of the clause of time ("after Abe resigned") has an act of their own: "he" may
    // be either, and the writer may mean Abe (buchan2019: "Prime Minister Abe also faces little incentive …"), so it
    // stays open.
    const before = 'Suga became prime minister after Abe resigned.';
    for (const text of [`${before} He had served as prime minister since 2012.`, `${before} ${later}`])
      for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), [], text);
    // Another party of the subject's act (even a name the analysis could not type) leaves "he" open.
    for (const before of ['Suga met Moon after Abe resigned.', 'Suga and Abe met after the election.'])
      for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, `${before} ${later}`, curated), [], before);
  });
});

describe('claims read from the sources: "the court" that says itself which court it is', () => {
  it('reads "the court" as the court named before, but not "the court in Tokyo" or "the court of appeals"', () => {
    const kb = realKnowledge();
    warnsOnEach(kb, [
      {
        text: "The case went to South Korea's Supreme Court. The court handed down its ruling in 2017.",
        value: '2017',
        sourced: 'October 2018',
      },
    ]);
    silentOnEach(kb, [
      'In 2018 the Korean Supreme Court ruled against Japanese firms. The court in Tokyo ruled in 2016 that the claims had been settled.',
      'In 2018 the Korean Supreme Court ruled against Japanese firms. The court of appeals ruled in 2016 that the claims had been settled.',
    ]);
  });
});
