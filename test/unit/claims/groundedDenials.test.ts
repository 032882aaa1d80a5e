import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * Denials the sources tell in words that are not "not": "the Trump administration has shown little interest in trying
 * to build bridges" says the bridges were not built, so a draft stating that the administration built them, or worked
 * at it, is contradicted.
 */
describe('claims read from the sources: denials told without "not"', () => {
  it('reads "little interest in trying to" as a denial of the act after it', () => {
    const kb = realKnowledge();
    for (const text of [
      'The Trump administration has worked hard to build bridges between its two allies.',
      'The Trump administration made a real effort to build bridges between its two allies.',
    ])
      for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), ['build'], text);
  });

  it('reads "little" after a verb, before its preposition, as a denial: no act stated against the source', () => {
    const kb = realKnowledge();
    // buchan2019: "The U.S. government has had little to say publicly about the most recent downturn".
    const text = 'Washington has said little in public about the latest downturn.';
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), [], text);
  });

  it('reads no denial in "little" set off by a dash: "yielded very little—in fact …" is still an amount', () => {
    const kb = realKnowledge();
    // buchan2019: "Months of private U.S. diplomacy has thus far yielded very little—in fact just the opposite."
    const text = 'Months of quiet U.S. diplomacy have produced considerable progress.';
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), ['considerable'], text);
  });

  it('reads a refusal to weigh an act as a refusal of the act: "refused to consider limiting" did not limit', () => {
    const kb = realKnowledge();
    // seoul-tokyo-2019: "Japan refused to consider limiting its surveillance activities."
    for (const curated of [false, true]) {
      const text = 'Japan has offered to limit its surveillance activities.';
      assert.deepEqual(warnedWords(kb, text, curated), ['limit'], text);
      for (const told of [
        'Japan refused to consider limiting its surveillance activities.',
        'Japan would not contemplate limiting its surveillance activities.',
      ])
        assert.deepEqual(warnedWords(kb, told, curated), [], told);
    }
  });

  it("sets a stated act against a passage's denial even where the draft uses the word of its other denial", () => {
    const kb = realKnowledge();
    // seoul-tokyo-2019: "South Korea denied the veracity of Japanese video of the incident; Japan refused to consider
    // limiting its surveillance activities." The draft's "refused" retells the second denial, not the first.
    const text =
      'Seoul accepted the Japanese video of the incident as genuine, yet Japan still refused to consider limiting its surveillance activities.';
    // buchan2019: "… refusal to accept third-party arbitration … the Korean government “cannot safeguard …”".
    const quoted =
      'His government withdrew from the 2015 “comfort women” agreement and accepted third-party arbitration for the forced-labor dispute, which the Abe administration sees as proof that Seoul “cannot safeguard country-to-country promises.”';
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), ['accepted'], text);
    assert.deepEqual(warnedWords(kb, quoted), ['accepted'], quoted);
    for (const told of [
      'Seoul denied the veracity of the Japanese video of the incident, and Japan refused to consider limiting its surveillance activities.',
      'Seoul rejected the Japanese video of the incident, yet Japan still refused to consider limiting its surveillance activities.',
      'His government withdrew from the 2015 “comfort women” agreement and refused to accept third-party arbitration for the forced-labor dispute, which the Abe administration sees as proof that Seoul “cannot safeguard country-to-country promises.”',
    ])
      for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, told, curated), [], told);
  });

  it('reads "no sign that" a party would act as a denial of the act', () => {
    const kb = realKnowledge();
    // biden-japan-frictions: "… Motegi signaled a readiness to join public statements."
    const text = 'When Blinken rang him about Burma, Motegi gave no sign that Tokyo would join any public statements.';
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), ['no sign that Tokyo would join'], text);
    for (const told of [
      'Motegi signaled that Tokyo was ready to join public statements.',
      'Motegi gave no sign that Tokyo would take punitive steps against the military.',
    ])
      for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, told, curated), [], told);
  });

  it('reads "inked" a deal as signing or concluding it', () => {
    const kb = realKnowledge();
    // strengthen-relations-2021: "In recent weeks, Washington inked military cost-sharing deals with both Seoul and Tokyo".
    for (const curated of [false, true]) {
      const text = 'Washington failed to conclude military cost-sharing deals with Seoul and Tokyo.';
      assert.deepEqual(warnedWords(kb, text, curated), ['failed'], text);
      const told = 'Washington concluded military cost-sharing deals with both Seoul and Tokyo.';
      assert.deepEqual(warnedWords(kb, told, curated), [], told);
    }
  });

  it('reads answering "in kind" as retaliating, repaid or denied', () => {
    const kb = realKnowledge();
    // strengthen-relations-2021: "Tokyo’s response was economic retaliation, which Seoul repaid in kind."
    for (const curated of [false, true]) {
      const text = "Tokyo's response to the court ruling was economic retaliation, and Seoul did not answer in kind.";
      assert.deepEqual(warnedWords(kb, text, curated), ['not'], text);
      const told = "Tokyo's response to the court ruling was economic retaliation, and Seoul answered in kind.";
      assert.deepEqual(warnedWords(kb, told, curated), [], told);
    }
  });

  it('reads "second-guessed" as doubting, the opposite of affirming', () => {
    const kb = realKnowledge();
    // strengthen-relations-2021: "the United States under President Donald Trump repeatedly second-guessed the value of
    // U.S. alliances in Asia".
    for (const curated of [false, true]) {
      const text = 'Under Trump, the United States repeatedly affirmed the value of U.S. alliances in Asia.';
      assert.deepEqual(warnedWords(kb, text, curated), ['affirmed'], text);
      const told = 'Under Trump, the United States repeatedly second-guessed the value of U.S. alliances in Asia.';
      assert.deepEqual(warnedWords(kb, told, curated), [], told);
    }
  });

  it('reads going ahead with an act as the opposite of preventing it', () => {
    const kb = realKnowledge();
    // sakata2020: "Suga has called on South Korea to prevent liquidation of the assets".
    for (const curated of [false, true]) {
      const text = 'Suga has called on South Korea to go ahead with liquidation of the assets.';
      assert.deepEqual(warnedWords(kb, text, curated), ['go ahead with'], text);
      const told = 'Suga has called on South Korea to prevent liquidation of the assets.';
      assert.deepEqual(warnedWords(kb, told, curated), [], told);
    }
  });

  it('reads taking part in an act as joining it', () => {
    const kb = realKnowledge();
    // biden-japan-frictions: "Motegi signaled a readiness to join public statements".
    for (const curated of [false, true]) {
      const text = 'During the call, Motegi made clear he would not take part in any public statements on Burma.';
      assert.deepEqual(warnedWords(kb, text, curated), ['not'], text);
      const told = 'During the call, Motegi signaled a readiness to take part in public statements on Burma.';
      assert.deepEqual(warnedWords(kb, told, curated), [], told);
    }
  });

  it("leaves a sentence naming no party to a person's act the passage denies, and warns where the person is named", () => {
    const kb = realKnowledge();
    // buchan2019: "Stilwell's trip schedule did not take him directly from Tokyo to Seoul, but rather to Seoul by way
    // of The Philippines and Thailand." A flight's length tells no one's trip.
    for (const curated of [false, true]) {
      const text = 'A direct flight between Seoul and Tokyo takes a little over two hours.';
      assert.deepEqual(warnedWords(kb, text, curated), [], text);
      const wrong = "Stilwell's trip took him directly from Tokyo to Seoul.";
      assert.deepEqual(warnedWords(kb, wrong, curated).length, 1, wrong);
    }
  });

  it('reads an advice to keep clear of an act, or a warning against it, as the source\'s own "avoid": no warning', () => {
    const kb = realKnowledge();
    // sakata2020: "The United States should leave the resolution of bilateral issues … to its allies and avoid any
    // overt intervention".
    for (const curated of [false, true]) {
      for (const text of [
        'Sakata advises Washington to leave bilateral disputes such as the laborers and export control issues to its allies and to steer clear of any overt intervention.',
        'Sakata warns Washington against overt intervention in bilateral disputes such as the laborers and export control questions.',
        'Sakata cautions the United States against any overt intervention in bilateral disputes such as the laborers and export control issues.',
      ])
        assert.deepEqual(warnedWords(kb, text, curated), [], text);
      // Advising the act itself is still against the source.
      const text =
        'Sakata advises Washington to engage in overt intervention in bilateral disputes such as the laborers and export control issues.';
      assert.deepEqual(warnedWords(kb, text, curated), ['overt'], text);
    }
  });

  it('reads being kept apart from a pull ("remained insulated from …") as the source\'s own "avoid": no warning', () => {
    const kb = realKnowledge();
    // seoul-tokyo-2019: "In the past, senior military officers, … had largely sought to avoid the nationalistic
    // impulses of their politicians."
    for (const curated of [false, true]) {
      const text = 'In the past, senior military officers remained insulated from the nationalistic impulses of their politicians.';
      assert.deepEqual(warnedWords(kb, text, curated), [], text);
      // Taking the pull in is still against the source.
      const wrong = 'In the past, senior military officers embraced the nationalistic impulses of their politicians.';
      assert.deepEqual(warnedWords(kb, wrong, curated), ['nationalistic'], wrong);
    }
  });

  it('reads advice against an act ("advised Tokyo to avoid …", "warned Tokyo against …") as no denial that it was done', () => {
    const kb = realKnowledge();
    // sakata2020: "The Japanese Cabinet's sudden decision in summer 2019 to tighten export control measures and delist
    // South Korea from its so-called “white list” of preferred trading partners …": advice against it denies nothing.
    for (const curated of [false, true])
      for (const text of [
        'Washington advised Tokyo to avoid the delisting of South Korea from its white list of preferred trading partners.',
        'Washington warned Tokyo against delisting South Korea from its white list of preferred trading partners.',
      ])
        assert.deepEqual(warnedWords(kb, text, curated), [], text);
  });

  it('reads an act kept from happening ("kept relations from improving") as agreeing with a source denying it', () => {
    const kb = realKnowledge();
    // strengthen-relations-2021 tells that relations did not improve in 2020: a draft telling what kept them from
    // improving says the same, while one telling they improved is still warned.
    for (const curated of [false, true]) {
      for (const text of [
        'Travel restrictions on both sides kept relations between Seoul and Tokyo from improving in 2020.',
        'Reciprocal coronavirus travel restrictions helped keep bilateral relations from improving in 2020.',
      ])
        assert.deepEqual(warnedWords(kb, text, curated), [], text);
      const improved = 'Relations between Seoul and Tokyo improved in 2020.';
      assert.deepEqual(warnedWords(kb, improved, curated), ['improved'], improved);
    }
  });

  it('reads "came close to being" before a participle as a near miss, as the source\'s "was nearly": no warning', () => {
    const kb = realKnowledge();
    // buchan2019: "The naval relationship was nearly torpedoed in late January when the two sides traded accusations
    // over what was alternatively a Japanese patrol aircraft buzzing a South Korean destroyer …". A draft telling it
    // was torpedoed outright is still warned.
    for (const curated of [false, true]) {
      for (const text of [
        'The naval relationship came close to being torpedoed when the two sides traded accusations over a Japanese patrol aircraft and a South Korean destroyer.',
        'The naval relationship was almost torpedoed when the two sides traded accusations over a Japanese patrol aircraft and a South Korean destroyer.',
      ])
        assert.deepEqual(warnedWords(kb, text, curated), [], text);
      const done =
        'The naval relationship was torpedoed when the two sides traded accusations over a Japanese patrol aircraft and a South Korean destroyer.';
      assert.deepEqual(warnedWords(kb, done, curated), ['torpedoed'], done);
    }
  });

  it('reads a claim disputed ("disputed the veracity of …") as no statement of it, against a source denying it', () => {
    const kb = realKnowledge();
    // seoul-tokyo-2019: "South Korea denied the veracity of Japanese video of the incident": a draft disputing or
    // questioning it tells the same stance, while one telling it was acknowledged is still warned.
    for (const curated of [false, true]) {
      for (const text of [
        "South Korea disputed the veracity of Japan's video of the incident, and Tokyo declined to consider limiting its surveillance activities.",
        "South Korea questioned the veracity of Japan's video of the incident.",
      ])
        assert.deepEqual(warnedWords(kb, text, curated), [], text);
      const acknowledged = 'South Korea acknowledged the veracity of Japanese video of the incident.';
      assert.deepEqual(warnedWords(kb, acknowledged, curated), ['acknowledged'], acknowledged);
    }
  });

  it('reads a thing named in an act joined before a refusal ("withdrawal from X and refusal to accept Y") as no thing refused', () => {
    const kb = realKnowledge();
    // buchan2019: "his government's withdrawal from the 2015 “comfort women” agreement and refusal to accept third-party
    // arbitration for the forced labor dispute …": the agreement is what was withdrawn from, the arbitration what was
    // refused; that both governments reached the agreement in 2015 is another act.
    const agreed = 'Seoul and Tokyo agreed on the 2015 comfort women agreement.';
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, agreed, curated), [], agreed);
    // The thing the refusal governs, stated as accepted, is still contradicted.
    const accepted = "Moon's government accepted third-party arbitration for the forced labor dispute.";
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, accepted, curated), ['accepted'], accepted);
  });
});

describe("claims read from the sources: keeping one's distance", () => {
  it('reads "kept their distance from" as the source\'s "avoid", whatever the possessive: no warning', () => {
    const kb = realKnowledge();
    // seoul-tokyo-2019: "In the past, senior military officers, … had largely sought to avoid the nationalistic
    // impulses of their politicians."
    for (const curated of [false, true]) {
      for (const text of [
        "Senior officers had long kept their distance from politicians' nationalistic impulses.",
        'In the past, the senior officer corps kept its distance from the nationalistic impulses of its politicians.',
      ])
        assert.deepEqual(warnedWords(kb, text, curated), [], text);
      const wrong = "Senior officers had long embraced politicians' nationalistic impulses.";
      assert.deepEqual(warnedWords(kb, wrong, curated), ['nationalistic'], wrong);
    }
  });

  it('reads "balked at", "shied away from" and "hesitated to" as holding back from the act, as "cautious about taking" does', () => {
    const kb = realKnowledge();
    // biden-japan-frictions: "Japan has joined the protest but it has been pointedly cautious about taking punitive
    // steps against the military …"
    for (const curated of [false, true]) {
      for (const text of [
        'Japan joined the protest but balked at punitive steps.',
        'Japan joined the protest but balked at taking punitive steps against the generals.',
        'Tokyo joined the protest yet shied away from punitive steps.',
        'Japan joined the protest but hesitated to take punitive steps.',
      ])
        assert.deepEqual(warnedWords(kb, text, curated), [], text);
      const wrong = 'Japan joined the protest and took punitive steps against the military.';
      assert.deepEqual(warnedWords(kb, wrong, curated), ['took'], wrong);
    }
  });

  it('reads a party after ", unlike" as set against the clause: the clause’s act is no claim on it', () => {
    const kb = realKnowledge();
    // biden-japan-frictions: "… the United States condemns it and has moved to impose sanctions against the coup leaders."
    for (const curated of [false, true]) {
      const text = "Japan refused sanctions on Burma's coup leaders, unlike the United States.";
      assert.deepEqual(warnedWords(kb, text, curated), [], text);
      const wrong = "Japan imposed sanctions on Burma's coup leaders, unlike the United States.";
      assert.deepEqual(warnedWords(kb, wrong, curated), ['Japan'], wrong);
    }
  });
});

describe('claims read from the sources: pressure refused', () => {
  // biden-japan-frictions: "… when Japan resisted American pressure to impose sanctions on China."
  it('reads pressure balked at or refused as put all the same, the act it asks for refused', () => {
    const kb = realKnowledge();
    for (const curated of [false, true]) {
      for (const text of [
        'In 1989, Japan balked at American pressure to sanction China after Tiananmen.',
        'Japan refused American pressure to sanction China after Tiananmen.',
        'Japan shied away from American pressure to impose sanctions on China after Tiananmen.',
      ])
        assert.deepEqual(warnedWords(kb, text, curated), [], text);
      // Pressure denied outright differs still.
      const none = 'There was no American pressure on Japan to impose sanctions on China after Tiananmen.';
      assert.deepEqual(warnedWords(kb, none, curated), ['no American pressure'], none);
    }
  });
});
