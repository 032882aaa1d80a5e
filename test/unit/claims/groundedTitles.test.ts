import * as assert from 'node:assert/strict';
import { grounded, warnedWords, warnsInBothModes, words } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * The titles a draft gives people, read from the sources' own text with the hand-written facts off: a title set after
 * a name past the country or person qualifying it, or stated by "served as", against those the sources give.
 */

describe('claims read from the sources: titles set after a name', () => {
  it('reads a title past the country or the person qualifying it ("then South Korea\'s foreign minister", "previously Abe\'s …")', () => {
    const kb = realKnowledge();
    // "Park Jie-won, head of the National Intelligence Service, traveled to Tokyo …"; "former South Korean foreign
    // Minister Yu Myung Hwan"; "former Cabinet Secretary Yoshihide Suga became Japan's prime minister …".
    const cases = [
      ["Park Jie-won, then South Korea's foreign minister, traveled to Tokyo on November 9 as a presidential envoy.", 'head'],
      ["Park Jie-won — then Seoul's defense minister — traveled to Tokyo on November 9.", 'head'],
      ['Yu Myung Hwan, a former South Korean prime minister, expects Suga to avoid risks.', 'foreign Minister'],
      ["Suga, previously Abe's foreign minister, became Japan's prime minister following Abe's resignation.", 'former Cabinet Secretary'],
    ];
    for (const [text, sourced] of cases) {
      const found = grounded(kb, text);
      assert.equal(found.length, 1, text);
      assert.match(text.slice(found[0].start, found[0].end), /minister$/, text);
      assert.match(found[0].message, new RegExp(`says “${sourced}”`), found[0].message);
    }
  });

  it('reads "once" before a title as "former" ("Yu Myung Hwan, once South Korea\'s ambassador in Tokyo")', () => {
    const kb = realKnowledge();
    // "… former South Korean foreign Minister Yu Myung Hwan, an important actor in Korea-Japan relations, told me."
    const text = "Yu Myung Hwan, once South Korea's ambassador in Tokyo, has been an important actor in Korea-Japan relations.";
    const found = grounded(kb, text);
    assert.deepEqual(words(text, found), ['ambassador']);
    assert.match(found[0].message, /says “foreign Minister”/);
    const right = "Yu Myung Hwan, once South Korea's foreign minister, has been an important actor in Korea-Japan relations.";
    assert.deepEqual(words(right, grounded(kb, right)), []);
  });

  it('reads a title with the country it serves right before a name ("U.S. Ambassador to Japan David Stilwell")', () => {
    const kb = realKnowledge();
    // "… David Stilwell, the assistant Secretary of state for East Asia and Pacific affairs, insisted …"
    const text = 'U.S. Ambassador to Japan David Stilwell insisted it was not his job to mediate.';
    const found = grounded(kb, text);
    assert.deepEqual(words(text, found), ['Ambassador']);
    assert.match(found[0].message, /says “assistant Secretary of state”/);
    const right = 'Assistant Secretary of State for East Asia David Stilwell insisted it was not his job to mediate.';
    assert.deepEqual(words(right, grounded(kb, right)), []);
  });

  it('reads "at the time" before a title as "then" ("Stilwell, at the time deputy secretary of state")', () => {
    const kb = realKnowledge();
    // "… David Stilwell, the assistant Secretary of state for East Asia and Pacific affairs, insisted …"
    const text = 'Stilwell, at the time deputy secretary of state, said Washington would not mediate.';
    const found = grounded(kb, text);
    assert.deepEqual(words(text, found), ['deputy secretary of state']);
    assert.match(found[0].message, /says “assistant Secretary of state”/);
    const right = 'Stilwell, at the time assistant secretary of state, said Washington would not mediate.';
    assert.deepEqual(words(right, grounded(kb, right)), []);
  });

  it('reads "served as" a title once held, compared only with a title the sources tell as once held', () => {
    const kb = realKnowledge();
    const served = "Before becoming prime minister, Suga served as Abe's foreign minister.";
    assert.deepEqual(words(served, grounded(kb, served)), ['foreign minister']);
    // The message offers the once-held title, not "Prime Minister", which the draft gives him itself.
    assert.match(grounded(kb, served)[0].message, /says “former Cabinet Secretary”/);
    for (const text of [
      // The sources tell only the office Motegi and Park hold: a career's other offices are not theirs to deny.
      "Before becoming foreign minister, Motegi had served as Japan's minister of economy, trade and industry.",
      'Park Jie-won, who had served as culture minister in 2000, travelled to Tokyo on November 9 as a presidential envoy.',
      // "under President Lee" is no part of the title.
      'Yu Myung Hwan served as foreign minister under President Lee Myung-bak.',
      "Suga, formerly Abe's Cabinet Secretary, became prime minister in September 2020.",
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
  });

  it('warns on the event of a sentence as well as on a title it gives, not on the titled person', () => {
    const kb = realKnowledge();
    // "In September 2020, former Cabinet Secretary Yoshihide Suga became Japan's prime minister …"
    const text = "Suga, who had served as Abe's foreign minister, took over as premier in October 2020.";
    assert.deepEqual(words(text, grounded(kb, text)), ['foreign minister', 'October 2020']);
  });
});

describe('claims read from the sources: a title set off after another name', () => {
  it('gives a title between two commas to the name before it, not to the subject after it', () => {
    const kb = realKnowledge();
    // "“Prime Minister Suga would not take a risk in resolving this issue before he is re-elected …,” former South
    // Korean foreign Minister Yu Myung Hwan … told me." and "… former Cabinet Secretary Yoshihide Suga became …".
    const tail = 'Suga will not risk a settlement before securing re-election as LDP chief.';
    for (const text of [
      `In the view of Yu Myung Hwan, a former ROK foreign minister, ${tail}`,
      `According to Yu Myung Hwan, a former South Korean foreign minister, ${tail}`,
      // A word or two describing the earlier person: "… a seven-member delegation … headed by Kim Jin-pyo of the ruling
      // Democratic Party met with Suga …".
      'After meeting Kim Jin-pyo, a ruling Democratic Party lawmaker, Suga agreed with the Korean delegation to establish cooperation committees.',
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
    // The apposition is still read as the earlier name's title: another office there is the slip.
    const wrong = `In the view of Yu Myung Hwan, a former ROK prime minister, ${tail}`;
    assert.deepEqual(words(wrong, grounded(kb, wrong)), ['prime minister']);
    // A title right before the subject's name, not set off after the name before, is still the subject's.
    const own = `In the view of Yu Myung Hwan, Foreign Minister ${tail}`;
    assert.deepEqual(words(own, grounded(kb, own)), ['Foreign Minister']);
  });
});

describe('claims read from the sources: the office a person is appointed to', () => {
  it('gives the person the office "appointed … as" names, past a description set off by commas', () => {
    const kb = realKnowledge();
    // "On November 23, the Blue House appointed Representative Kang Chan-gil, former chairman of the Korea-Japan
    // Parliamentarians’ Union, as the next ambassador to Japan."
    for (const text of [
      'The new ambassador, Kang Chan-gil, was named on November 23.',
      'Ambassador Kang Chan-gil arrived in Tokyo in January.',
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
    // An office the sources never give him is still one to check.
    const wrong = 'Foreign Minister Kang Chan-gil arrived in Tokyo in January.';
    assert.deepEqual(words(wrong, grounded(kb, wrong)), ['Foreign Minister']);
  });
});

describe('claims read from the sources: a title with the region it serves, set off before the name', () => {
  it('gives "the NSC director for Asia, Matthew Pottinger" his title, so another title is the slip, not the person', () => {
    const kb = realKnowledge();
    // "… the NSC director for Asia, Matthew Pottinger, along with national security adviser John Bolton, visited Japan
    // and Korea last weekend."
    const text = 'National security adviser Matthew Pottinger visited Japan and Korea last weekend.';
    const found = grounded(kb, text);
    assert.deepEqual(words(text, found), ['National security adviser']);
    assert.match(found[0].message, /says “director”/);
    const right = 'NSC Director Matthew Pottinger visited Japan and Korea last weekend.';
    assert.deepEqual(words(right, grounded(kb, right)), []);
  });
});

describe('claims read from the sources: a title given to the person the source gives it to', () => {
  it("is silent on a person's own title named beside another titled person, and warns on another title", () => {
    const kb = realKnowledge();
    // "This past week, U.S. Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin made back-to-back
    // visits to Tokyo and Seoul …"
    const text = 'Like Blinken, Defense Secretary Austin traveled to both Tokyo and Seoul in March 2021.';
    assert.deepEqual(words(text, grounded(kb, text)), []);
    const wrong = text.replace('Defense Secretary', 'Secretary of State');
    assert.deepEqual(words(wrong, grounded(kb, wrong)), ['Secretary of State']);
    assert.match(grounded(kb, wrong)[0].message, /says “Secretary of Defense”/);
  });

  it('takes a rank the sources give the person elsewhere for one held at another time, unless the passage tells the same act', () => {
    // Seoul-Tokyo 2019: "Deputy Secretary of State Anthony Blinken also initiated trilateral consultations on global
    // areas for cooperation …"; Biden-Japan frictions: "… President Biden and Secretary of State Blinken made a point of …".
    const kb = realKnowledge();
    for (const curated of [false, true]) {
      const earlier =
        'Blinken is no stranger to trilateral diplomacy with Tokyo and Seoul. As deputy secretary of state, he met his Japanese and Korean counterparts at the Iikura guest house. That meeting took place in January 2017.';
      assert.deepEqual(warnedWords(kb, earlier, curated), [], earlier);
      const sameAct = 'As secretary of state, Anthony Blinken launched trilateral consultations on global areas of cooperation.';
      assert.deepEqual(warnedWords(kb, sameAct, curated), ['secretary of state'], sameAct);
    }
  });

  it('reads "that deal" as the agreement the sentence before named, so the title held in reaching it is compared', () => {
    // Sakata 2020: "But Moon’s unilateral scrapping of the so-called “comfort women agreement” in 2018, which Suga
    // played a significant role in reaching as Abe’s Cabinet Secretary, has made Suga very cautious."
    const kb = realKnowledge();
    const before = 'Moon scrapped the 2015 comfort women agreement in 2018. ';
    for (const curated of [false, true]) {
      const wrong = `${before}Suga had helped reach that deal as Abe's foreign minister.`;
      assert.deepEqual(warnedWords(kb, wrong, curated), ['foreign minister'], wrong);
      const right = `${before}Suga had helped reach that deal as Abe's Cabinet Secretary.`;
      assert.deepEqual(warnedWords(kb, right, curated), [], right);
    }
  });

  it('gives a title closing an opening clause of cause or time ("Because he … as Abe\'s Cabinet Secretary,") to no name after its comma', () => {
    // Sakata 2020, as above; "While Tokyo is rebuffing the Biden administration, President Moon has taken a different tack."
    const kb = realKnowledge();
    const before = 'Abroad, Suga is expected to follow Abe on the U.S.-Japan alliance and the Indo-Pacific. ';
    for (const curated of [false, true])
      for (const text of [
        `${before}Because he helped reach the 2015 comfort women agreement as Abe's Cabinet Secretary, Moon's unilateral scrapping of that deal has made him very cautious.`,
        `${before}Since he helped reach the 2015 comfort women agreement as Abe's Cabinet Secretary, Moon's scrapping of that deal has made him cautious.`,
        "Although he served Abe as Cabinet Secretary, Moon's team hoped Suga would chart his own course.",
        'Because he traveled to Tokyo as a presidential envoy, Suga received Park Jie-won as a guest of note.',
      ])
        assert.deepEqual(warnedWords(kb, text, curated), [], text);
  });

  it('gives a title closing an opening phrase ("In his first call with the new president,") to no name opening the main clause', () => {
    // "“The call was great except Suga pushed back hard on Biden’s desire to see Japan-ROK relations improve,” …" and
    // "While the administration of Prime Minister Suga Yoshihide gives its nod …".
    const kb = realKnowledge();
    for (const curated of [false, true])
      for (const text of [
        "In his first call with the new president, Suga pushed back hard on Biden's desire to see Japan-ROK relations improve.",
        "Yet during the call with the new president, Suga pushed back hard on Biden's desire to see Japan-ROK relations improve.",
      ])
        assert.deepEqual(warnedWords(kb, text, curated), [], text);
    // A name set off after the title, as an apposition, is the title's: that one is still compared.
    const apposed = 'In his first call with the new president, Suga, Biden pressed for better Japan-ROK relations.';
    assert.deepEqual(warnedWords(kb, apposed), ['president']);
  });

  it('reads a title after "as" as the capacity of the clause\'s subject, on both sides, however far from the name', () => {
    // Sakata 2020: "… the so-called “comfort women agreement” in 2018, which Suga played a significant role in reaching
    // as Abe’s Cabinet Secretary, has made Suga very cautious."
    const kb = realKnowledge();
    const told = 'Suga played a significant role in reaching the comfort women agreement as';
    for (const curated of [false, true]) {
      assert.deepEqual(warnedWords(kb, `${told} foreign minister.`, curated), ['foreign minister']);
      assert.deepEqual(warnedWords(kb, `${told} Cabinet Secretary.`, curated), []);
      assert.deepEqual(warnedWords(kb, `${told} Abe's Cabinet Secretary.`, curated), []);
    }
  });

  it('reads the office a person is named to ("as its next …") against the office the passage names them to, past a title set off by commas', () => {
    // Sakata 2020: "On November 23, the Blue House appointed Representative Kang Chan-gil, former chairman of the
    // Korea-Japan Parliamentarians’ Union, as the next ambassador to Japan."
    const kb = realKnowledge();
    for (const text of [
      'On November 23 the Blue House named Kang Chan-gil as its next foreign minister.',
      "On November 23 the Blue House appointed Kang Chan-gil, a former chairman of the Korea-Japan Parliamentarians' Union, as its next foreign minister.",
    ]) {
      const found = grounded(kb, text);
      assert.deepEqual(words(text, found), ['foreign minister'], text);
      assert.match(found[0].message, /says “ambassador”/, found[0].message);
    }
    for (const text of [
      'On November 23 the Blue House appointed Kang Chan-gil as its next ambassador to Japan.',
      'On November 23 the Blue House named Representative Kang Chan-gil as the new ambassador to Japan.',
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
  });

  it('reads "serving as" between a name\'s comma and its title as "then" ("Bolton, then serving as …")', () => {
    const kb = realKnowledge();
    // "… the NSC director for Asia, Matthew Pottinger, along with national security adviser John Bolton, visited …"
    const text = 'John Bolton, then serving as secretary of defense, kept the diplomacy behind closed doors.';
    assert.deepEqual(words(text, grounded(kb, text)), ['secretary of defense']);
    const right = 'John Bolton, then serving as national security adviser, kept the diplomacy behind closed doors.';
    assert.deepEqual(words(right, grounded(kb, right)), []);
  });

  it('reads a title past the body it serves, stated by "was then serving as" or "in his role as" ("White House chief of staff")', () => {
    const kb = realKnowledge();
    // "… the NSC director for Asia, Matthew Pottinger, along with national security adviser John Bolton, visited …"
    for (const text of [
      'He was accompanied by John Bolton, who was then serving as White House chief of staff.',
      'John Bolton, then serving as White House chief of staff, visited Japan and Korea last weekend.',
      'Pottinger visited Japan and Korea last weekend with John Bolton, the White House chief of staff.',
      'John Bolton, in his role as White House chief of staff, visited Japan and Korea last weekend.',
    ])
      assert.deepEqual(words(text, grounded(kb, text)), ['chief of staff'], text);
    for (const right of [
      'He was accompanied by John Bolton, who was then serving as national security adviser.',
      'John Bolton, in his role as national security adviser, visited Japan and Korea last weekend.',
      'John Bolton, who later became White House chief of staff, visited Japan and Korea last weekend.',
    ])
      assert.deepEqual(words(right, grounded(kb, right)), [], right);
  });

  it('reads "while serving as" as giving the office to the subject of the clause it is set in', () => {
    // "… the 2015 agreement … negotiated with the government of President Park Geun-hye …"
    const kb = realKnowledge();
    const text = 'Park Geun-hye approved the deal while serving as prime minister.';
    assert.deepEqual(words(text, grounded(kb, text)), ['prime minister']);
    for (const right of [
      'Park Geun-hye approved the deal while serving as president.',
      'Tokyo negotiated the deal with Park Geun-hye while serving as prime minister.',
    ])
      assert.deepEqual(words(right, grounded(kb, right)), [], right);
  });

  it('warns on a title given as a capacity ("… as Secretary of State") that the passage gives another person beside', () => {
    // "… Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin made back-to-back visits to Tokyo and
    // Seoul …": the passage's Secretary of State is Blinken, Austin's title there another.
    const kb = realKnowledge();
    const text = 'Lloyd Austin visited Tokyo as Secretary of State.';
    assert.deepEqual(words(text, grounded(kb, text)), ['Secretary of State']);
    const right = 'Lloyd Austin visited Tokyo as Secretary of Defense.';
    assert.deepEqual(words(right, grounded(kb, right)), []);
    const other = 'Antony Blinken visited Tokyo as Secretary of State.';
    assert.deepEqual(words(other, grounded(kb, other)), []);
  });

  it('reads a surname alone as the person the paragraph named in full before ("Lloyd Austin … . Austin, who …")', () => {
    // "… Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin made back-to-back visits …"
    const kb = realKnowledge();
    const trip = 'Lloyd Austin and Antony Blinken travelled to Asia together this month.';
    const rest = 'used the back-to-back stops in Tokyo and Seoul to signal a united front toward China.';
    assert.deepEqual(warnedWords(kb, `${trip} Austin, who serves as national security adviser, ${rest}`), ['national security adviser']);
    assert.deepEqual(warnedWords(kb, `${trip} Austin, who serves as secretary of defense, ${rest}`), []);
    assert.deepEqual(warnedWords(kb, `${trip} Blinken, who serves as secretary of state, ${rest}`), []);
    // Alone, "Austin" names no one the sources know.
    assert.deepEqual(warnedWords(kb, `Austin, who serves as national security adviser, ${rest}`), []);
  });

  it('reads a title dated by "then" or "at the time" as held at the sentence\'s own time, no conflict with another passage\'s', () => {
    // biden-japan-frictions: "Secretary of State Antony Blinken got on the phone last week …"; the sources also tell
    // that "As deputy secretary of state, he met his … counterparts at the Iikura guest house". A draft dating his
    // lower rank to that meeting tells another time than the phone call.
    const kb = realKnowledge();
    for (const curated of [false, true])
      for (const text of [
        "Years before becoming Secretary of State, Antony Blinken, then Deputy Secretary, posed with Japan's Akitaka Saiki and South Korea's Lim Sung-nam at a trilateral meeting at the Iikura guest house in January 2016.",
        "Antony Blinken, at the time Deputy Secretary, posed with Japan's Akitaka Saiki.",
      ])
        assert.deepEqual(warnedWords(kb, text, curated), [], text);
  });
});

describe('claims read from the sources: a title standing for the person named before', () => {
  it('takes "The professor" after a quotation for its speaker, not for a person named within the quoted words', () => {
    const kb = realKnowledge();
    // "… says Seoul National University Professor Park Cheol Hee, one of the leading Japan experts in Korea."
    const quote =
      'Professor Park Cheol Hee sees politics behind the change. "Blaming Japan no longer wins President Moon points," he said.';
    assert.deepEqual(warnedWords(kb, `${quote} The professor teaches at Korea University.`), ['Korea University']);
    assert.deepEqual(warnedWords(kb, `${quote} The professor teaches at Seoul National University.`), []);
    // Not Moon's title: the professor is not the president.
    assert.deepEqual(warnedWords(kb, `${quote} The professor also argued that Moon's government had to show initiative.`), []);
  });

  it('takes "The professor" for the one person named before though names joined by a hyphen qualify a noun there ("Trump-Kim summitry")', () => {
    const kb = realKnowledge();
    const park =
      "Park Cheol Hee, one of Korea's leading Japan experts, says Seoul is weighing bringing Japan in now that Trump-Kim summitry is gone.";
    assert.deepEqual(warnedWords(kb, `${park} The professor teaches at Korea University.`), ['Korea University']);
    assert.deepEqual(warnedWords(kb, `${park} The professor teaches at Seoul National University.`), []);
  });
});

describe('claims read from the sources: a capacity the source gives after "as"', () => {
  // sakata2020: "Park Jie-won, head of the National Intelligence Service, traveled to Tokyo on November 9 as a
  // presidential envoy."
  it('takes the capacity a source gives a person it titles as theirs too ("a presidential envoy")', () => {
    warnsInBothModes(
      realKnowledge(),
      [['Park Jie-won, the foreign minister, traveled to Tokyo on November 9.', 'foreign minister']],
      [
        'Park Jie-won, a presidential envoy, traveled to Tokyo on November 9.',
        "Park Jie-won, Moon's envoy, met Suga's officials in Tokyo.",
        'Park Jie-won, head of the National Intelligence Service, traveled to Tokyo on November 9.',
      ],
    );
  });
});

describe('claims read from the sources: a broad title for an exact one', () => {
  // sakata2020: "On November 23, the Blue House appointed Representative Kang Chan-gil, former chairman of the
  // Korea-Japan Parliamentarians’ Union, as the next ambassador to Japan."
  it('reads "envoy" as naming an ambassador\'s office broadly, not another office', () => {
    warnsInBothModes(
      realKnowledge(),
      [['On November 23, the Blue House appointed Representative Kang Chan-gil as the next foreign minister.', 'foreign minister']],
      ['Seoul appointed Kang Chan-gil as its envoy to Japan.', 'The Blue House named Kang Chan-gil its new envoy to Tokyo.'],
    );
  });
});

describe('claims read from the sources: a title beside a name in a guess', () => {
  // biden-japan-frictions: "Secretary of State Antony Blinken got on the phone last week with Foreign Minister Motegi
  // Toshimitsu …"; sakata2020: "… former Cabinet Secretary Yoshihide Suga became Japan’s prime minister …".
  it('compares a title set beside a name whatever the sentence guesses, not a title the guess itself tells', () => {
    warnsInBothModes(
      realKnowledge(),
      [
        [
          "Motegi, Japan's defense minister, signaled he could join public statements but preferred to talk about the Chinese Coast Guard.",
          'defense minister',
        ],
        ['Defense Minister Motegi may join public statements on Burma.', 'Defense Minister'],
      ],
      [
        "Motegi, Japan's foreign minister, signaled he could join public statements but preferred to talk about the Chinese Coast Guard.",
        'Foreign Minister Motegi may join public statements on Burma.',
        'Motegi could become defense minister next year.',
        'Suga, who may become foreign minister, will visit Seoul.',
      ],
    );
  });
});
