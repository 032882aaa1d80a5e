import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A length of time against the passage's ("For over three decades, Seoul and Tokyo have tussled over different
 * interpretations of their 1965 Treaty on Basic Relations …"), with the hand-written facts off.
 */
describe('claims read from the sources: how long a state held', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('reads a length of time opening the sentence with the whole clause it qualifies', () => {
    assert.deepEqual(warned('For roughly a decade, Seoul and Tokyo have argued over how to read their 1965 Treaty on Basic Relations.'), [
      'a decade',
    ]);
    assert.deepEqual(
      warned('For over three decades, Seoul and Tokyo have argued over how to read their 1965 Treaty on Basic Relations.'),
      [],
    );
    assert.deepEqual(
      warned('For about thirty years, Seoul and Tokyo have argued over how to read their 1965 Treaty on Basic Relations.'),
      [],
    );
  });
});

/**
 * A count of named things against a passage listing them ("The United Kingdom, France, Australia, and Canada have all
 * worked with Japan to monitor sanctions implementation through maritime patrols and surveillance."), facts off.
 */
describe('claims read from the sources: a count of a list the draft names members of', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('counts the passage’s list when the draft names two of its members, told in other words', () => {
    assert.deepEqual(warned('Only two other countries, Britain and France, have helped Japan police sanctions at sea.'), ['two']);
    assert.deepEqual(warned('Four other countries, Britain, France, Australia and Canada, have helped Japan police sanctions at sea.'), []);
    // The members set beside the count before it, too.
    assert.deepEqual(warned('Britain and France, the only two countries to help, have worked with Japan to police sanctions at sea.'), [
      'two',
    ]);
  });

  it('counts the passage’s list where the draft names none of it: the count’s words stand for the names', () => {
    // strengthen-relations-2021: "… Blinken and … Austin made back-to-back visits to Tokyo and Seoul …"
    assert.deepEqual(warned("Blinken and Austin's back-to-back visits took in three allied capitals."), ['three']);
    assert.deepEqual(warned("Blinken and Austin's back-to-back visits took in two allied capitals."), []);
    // The list's members named apart from the count: it counts something else.
    assert.deepEqual(warned('Blinken and Austin met four senior officials during their back-to-back visits.'), []);
  });

  it('counts people the passage lists with their titles ("Secretary of State Antony Blinken and Secretary of Defense …")', () => {
    assert.deepEqual(warned('Three cabinet secretaries made back-to-back visits to Tokyo and Seoul.'), ['Three']);
    assert.deepEqual(warned('Three U.S. cabinet secretaries made back-to-back visits to Tokyo and Seoul this past week.'), ['Three']);
    assert.deepEqual(warned('Two U.S. cabinet secretaries made back-to-back visits to Tokyo and Seoul this past week.'), []);
  });

  it('counts the passage’s list when it names every named thing of the draft, told in other words', () => {
    assert.deepEqual(warned('Blinken and Austin’s back-to-back trip took in three allied capitals.'), ['three']);
    assert.deepEqual(warned('Blinken and Austin’s back-to-back trip took in two allied capitals.'), []);
  });
});

/**
 * A rank against the passage's ("… because China remains Japan’s largest target market even as Tokyo keeps Beijing at
 * arm’s length"), facts off.
 */
describe('claims read from the sources: a thing ranked among its owner’s', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('warns on another rank of the same thing by the same sense', () => {
    assert.deepEqual(warned('China is only Japan’s second-largest market.'), ['second-largest']);
    assert.deepEqual(warned('China remains Japan’s largest target market.'), []);
  });

  it('leaves alone a rank among another owner’s, or a denied one', () => {
    for (const text of [
      'China is only South Korea’s second-largest market.',
      'Japan is only China’s second-largest market.',
      'China is not Japan’s second-largest market.',
    ])
      assert.deepEqual(warned(text), [], text);
  });

  it('reads growing as rising: the rate of the same growth', () => {
    // The passage: "Business and people-to-people ties have benefited from tourism numbers that continue to rise at a
    // double-digit pace."
    for (const size of ['single-digit', 'double-digit']) {
      const text = `Business and people-to-people ties have been buoyed by tourism growing at a ${size} rate.`;
      assert.deepEqual(warned(text), size === 'double-digit' ? [] : [size], text);
    }
  });
});

/**
 * One of a thing against more than one ("a single phone call" against "In numerous calls, they have offered Tokyo many
 * sought-after assurances"; "a single casualty" against "dozens of casualties"), with the hand-written facts off and on.
 */
describe('claims read from the sources: one of a thing, or more than one', () => {
  const kb = realKnowledge();
  const both = (text: string, expected: string[]) => {
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), expected, `${text} (curated ${curated})`);
  };

  it('reads "a single" as one of the noun after it, against "numerous", "repeated" or "dozens of" it', () => {
    both('In a single phone call, U.S. officials offered Tokyo assurances ranging from the Senkakus to nuclear deterrence.', ['a single']);
    both('The June 2020 border standoff with India caused a single casualty.', ['a single']);
  });

  it('reads no count in "not a single", nor against the passage\'s own count', () => {
    both('Not a single meeting between the two foreign ministers over the radar incident ended in agreement.', []);
    both('In numerous calls, U.S. officials offered Tokyo assurances ranging from the Senkakus to nuclear deterrence.', []);
    both('The June 2020 border standoff with India caused dozens of casualties.', []);
  });

  it('reads no count in "one" set against "another" ("privileging one ally’s security over another’s")', () => {
    // Seoul-Tokyo 2019: "… how the United States engages with North Korea is inevitably perceived as privileging one
    // ally’s security over another’s."
    both('The Singapore summit unsettled the two allies in different ways.', []);
    both("Washington's two allies want different things from the United States on North Korea.", []);
    both('How Washington engages with Pyongyang is seen as privileging the security of the two allies over that of others.', []);
  });
});

/**
 * A length of time without a figure against the passage's ("… zero-sum nationalism in opposition to the other nation
 * has existed for centuries"; "For much of the past three decades, North Korea’s growing arsenal … has provided ample
 * motivation for alignment."), facts off.
 */
describe('claims read from the sources: a length of years told without a figure', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('warns on a few decades against centuries, and on the past few years against the past three decades', () => {
    assert.deepEqual(warned('Zero-sum nationalism against the other nation has existed in both countries for only a few decades.'), [
      'a few decades',
    ]);
    assert.deepEqual(warned('Only in the past few years has North Korea’s arsenal given Tokyo and Seoul a reason to align.'), [
      'the past few years',
    ]);
  });

  it('leaves "for years" and "for centuries", which bound nothing the passage contradicts', () => {
    assert.deepEqual(warned('Zero-sum nationalism against the other nation has existed in both countries for centuries.'), []);
    assert.deepEqual(warned('Zero-sum nationalism against the other nation has existed in both countries for years.'), []);
    assert.deepEqual(warned('For decades, North Korea’s arsenal has given Tokyo and Seoul a reason to align.'), []);
  });

  it('reads "for some months" as "for months": warns on a decade or several years against it, not on months or a year', () => {
    // The passage: "Ideas to settle this issue have been circulating for some months, including a proposal …".
    assert.deepEqual(warned('Ideas for settling the forced labor issue have been circulating for more than a decade.'), ['a decade']);
    assert.deepEqual(warned('Proposals to settle the forced labor issue have been circulating for several years.'), ['several years']);
    assert.deepEqual(warned('Ideas for settling the forced labor issue have been circulating for several months.'), []);
    assert.deepEqual(warned('Ideas for settling the forced labor issue have been circulating for about a year.'), []);
  });
});

/**
 * A count of times or a share told without a figure against the passage's ("… they overcame their historical
 * differences on multiple occasions during the Cold War …"; "Thirty-eight percent of Koreans view Japan as a “military
 * threat.”"), facts off.
 */
describe('claims read from the sources: times and shares told in words', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('warns on "only once" against multiple occasions, and on a majority against thirty-eight percent', () => {
    assert.deepEqual(
      warned(
        'Tokyo and Seoul overcame their historical differences only once during the Cold War, when the United States threatened to withdraw its defense commitments from the region.',
      ),
      ['only once'],
    );
    assert.deepEqual(warned('A majority of Koreans see Japan as a military threat.'), ['A majority']);
  });

  it('leaves "more than once" and a minority, which the passage allows', () => {
    assert.deepEqual(
      warned(
        'Tokyo and Seoul overcame their historical differences more than once during the Cold War, when the United States threatened to withdraw its defense commitments from the region.',
      ),
      [],
    );
    assert.deepEqual(warned('A minority of Koreans see Japan as a military threat.'), []);
  });
});

/**
 * A number written as a floor against the passage's ("With 56 percent of Japanese citizens deeming the economic
 * retaliation against South Korea "appropriate," Prime Minister Abe also faces little incentive to change course."),
 * facts off.
 */
describe('claims read from the sources: a number written as a floor', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('warns on "just over 60 percent" or "more than 60 percent" against 56 percent', () => {
    assert.deepEqual(warned('Just over 60 percent of Japanese citizens deem the economic retaliation against South Korea appropriate.'), [
      '60',
    ]);
    assert.deepEqual(warned('More than 60 percent of Japanese citizens deem the economic retaliation against South Korea appropriate.'), [
      '60',
    ]);
  });

  it('leaves a floor under the passage’s number, and a number merely near it', () => {
    assert.deepEqual(warned('Over 50 percent of Japanese citizens deem the economic retaliation against South Korea appropriate.'), []);
    assert.deepEqual(warned('More than half of Japanese citizens deem the economic retaliation against South Korea appropriate.'), []);
    assert.deepEqual(warned('About 60 percent of Japanese citizens deem the economic retaliation against South Korea appropriate.'), []);
  });
});

/**
 * A share told with an aside saying who says it (", according to the authors,") against the passage's ("Thirty-eight
 * percent of Koreans view Japan as a “military threat.”"), facts off: the aside does not cut the value off from the
 * rest of its clause.
 */
describe('claims read from the sources: a share told around an aside of who says it', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('reads the clause on past the aside', () => {
    assert.deepEqual(warned('A majority of South Koreans, according to the authors, regard Japan as a military threat.'), ['A majority']);
    assert.deepEqual(warned('A majority of South Koreans, the CSIS authors say, see Japan as a military threat.'), ['A majority']);
  });

  it('leaves alone a share that agrees, exactly or as a floor', () => {
    assert.deepEqual(warned('Thirty-eight percent of Koreans, according to the authors, view Japan as a military threat.'), []);
    assert.deepEqual(warned('Over a third of Koreans, the authors note, view Japan as a military threat.'), []);
  });
});

/**
 * A count of things the passage names by a plural noun and a list of what each is about ("… agreed to establish
 * cooperation committees on the Tokyo Olympics, COVID-19 pandemic response, and sports and cultural exchange."), facts
 * off.
 */
describe('claims read from the sources: a count of things listed by what each is about', () => {
  const warned = (text: string) => warnedWords(realKnowledge(), text);

  it('counts one thing per item of the passage’s list', () => {
    assert.deepEqual(
      warned('The lawmakers agreed to create just two cooperation committees, one on the Olympics and one on the pandemic.'),
      ['two'],
    );
    assert.deepEqual(
      warned(
        'The Korean lawmakers and their Japanese hosts agreed to set up cooperation committees in two areas, the Tokyo Olympics and the pandemic response.',
      ),
      ['two'],
    );
  });

  it('counts them where the passage tells the draft in part but names many of its values alike', () => {
    assert.deepEqual(
      warned('The Korean parliamentary delegation that met Suga in mid-November agreed to set up a single joint committee.'),
      ['a single'],
    );
    assert.deepEqual(
      warned('The Korean parliamentary delegation that met Suga in mid-November agreed to set up three joint committees.'),
      [],
    );
  });

  it('leaves alone the count the list gives', () => {
    assert.deepEqual(warned('The lawmakers agreed to create three cooperation committees.'), []);
    assert.deepEqual(warned('The Korean lawmakers and their Japanese hosts agreed to set up cooperation committees in three areas.'), []);
  });
});
