import * as assert from 'node:assert/strict';
import { oppositesOf, stem } from '../../../src/core/claims/grounded/stem';
import { warnedWords, warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A draft that tells the opposite of a source with another word of opposite meaning ("voiced satisfaction" against
 * "expressed unhappiness", "brighter" against "bleak", "an extension" against "abrogation") is warned, on that word;
 * the same words about another party, or as a guess or a question, are not.
 */
describe('claims read from the sources: words of opposite meaning', () => {
  const check = (texts: readonly (readonly [string, string])[], silent: readonly string[]) =>
    warnsInBothModes(realKnowledge(), texts, silent);

  it('reads satisfaction with a decision as the opposite of unhappiness with it', () => {
    // biden-japan-frictions: "The Korean leader … expressed unhappiness with a Korean court decision demanding that
    // Japan pay compensation to survive women."
    check(
      [['Moon voiced satisfaction with a Korean court decision ordering Japan to compensate surviving comfort women.', 'satisfaction']],
      [
        'Moon voiced unhappiness with a Korean court decision ordering Japan to compensate surviving comfort women.',
        'Did Moon voice satisfaction with the Korean court decision ordering Japan to compensate surviving comfort women?',
      ],
    );
  });

  it('reads a word a negating prefix turns round as its opposite ("happiness", "unhappiness")', () => {
    // The same passage: "expressed unhappiness with a Korean court decision".
    check(
      [['Moon voiced happiness with a Korean court decision demanding that Japan pay compensation to surviving women.', 'happiness']],
      ['Moon may have felt some happiness with a Korean court decision demanding that Japan pay compensation to surviving women.'],
    );
    assert.ok(oppositesOf(stem('insufficient'))?.includes(stem('sufficient')));
    assert.ok(oppositesOf(stem('tolerable'))?.includes(stem('intolerable')));
    // Not a word the prefix does not turn round, nor a verb that only seems prefixed.
    assert.ok(!oppositesOf(stem('invaluable'))?.includes(stem('valuable')));
    assert.equal(oppositesOf(stem('inform')), undefined);
  });

  it('reads holding a claim true as the opposite of doubting it', () => {
    // strengthen-relations-2021: "But Koreans doubt that Japan has truly transformed".
    check(
      [['Koreans, for their part, accept that Japan has truly transformed.', 'accept']],
      ['Koreans, for their part, doubt that Japan has truly transformed.'],
    );
  });

  it('reads an extension of an agreement as the opposite of its abrogation, both weighed', () => {
    // buchan2019: "News that the Blue House is considering abrogation of GSOMIA is a flashing alarm".
    check(
      [['News that the Blue House is considering an extension of GSOMIA is a flashing alarm.', 'extension']],
      [
        'News that the Blue House is considering abrogation of GSOMIA is a flashing alarm.',
        'Is the Blue House considering an extension of GSOMIA?',
      ],
    );
  });

  it('reads the comparatives of an adjective of degree against its opposite, unless set against the source’s own time', () => {
    // strengthen-relations-2021: "By the close of the Trump administration, prospects for trilateral cooperation
    // appeared as bleak as ever in recent memory."
    check(
      [['By the close of the Trump administration, prospects for trilateral cooperation looked brighter than ever.', 'brighter']],
      [
        'By the close of the Trump administration, prospects for trilateral cooperation looked bleaker than ever.',
        // A change since the source's time, told against it, agrees with it.
        'Under Biden, prospects for trilateral cooperation looked brighter than at the close of the Trump administration.',
      ],
    );
  });

  it('reads deepening an estrangement as the opposite of ending it', () => {
    // seoul-tokyo-2019: "The president organized a trilateral meeting with Prime Minister Abe and then President Park at
    // the Hague, which jump-started bilateral efforts to end a particularly difficult episode of estrangement."
    check(
      [['The trilateral meeting Obama organized with Abe and Park at the Hague deepened their estrangement.', 'deepened']],
      [
        // The estrangement told as deepened before the meeting, or in another year: no other account of the meeting.
        "Before Obama's trilateral meeting with Abe and Park at the Hague, their estrangement had deepened.",
        'The estrangement between Japan and South Korea deepened in 2019.',
      ],
    );
  });

  it('reads an advocate of a course as the opposite of a skeptic of it', () => {
    // seoul-tokyo-2019: "… says Park, an advocate of improving relations."
    check(
      [['Park, a longtime skeptic of closer ties with Tokyo, said Moon needed to act before Biden stepped in.', 'skeptic']],
      ['Park, a longtime advocate of improving relations with Tokyo, said Moon needed to act before Biden stepped in.'],
    );
  });

  it("reads enhancing a party's ability to act as the opposite of curtailing it", () => {
    // strengthen-relations-2021: "… second-guessing the value of U.S. alliances in Asia, curtailing Washington's
    // ability to assume its customary role as bridge-builder between Tokyo and Seoul."
    check(
      [
        [
          "Trump's skepticism about U.S. alliances enhanced Washington's ability to play its customary role as bridge-builder between Tokyo and Seoul.",
          'enhanced',
        ],
      ],
      [
        "Trump's skepticism about U.S. alliances curtailed Washington's ability to play its customary role as bridge-builder between Tokyo and Seoul.",
        // Another party's act, a hope, a guess and a question.
        "A renewed commitment to allies under Biden has enhanced Washington's ability to play its customary role as bridge-builder between Tokyo and Seoul.",
        "Biden hopes to enhance Washington's ability to play its customary role as bridge-builder between Tokyo and Seoul.",
        "That skepticism may have enhanced Washington's ability to play its customary role as bridge-builder between Tokyo and Seoul.",
        "Did Trump's skepticism enhance Washington's ability to play its customary role as bridge-builder between Tokyo and Seoul?",
      ],
    );
  });

  it('reads weakening or diminishing a power as the opposite of increasing, boosting or bolstering it', () => {
    // strengthen-relations-2021: "… Seoul and Tokyo can increase their collective leverage over Washington by
    // approaching with joint demands"; "… a move intended to bolster U.S. alliances in Asia …". buchan2019: "…
    // President Trump's repeated broadsides against both nations … has reduced Washington's leverage in both countries."
    check(
      [
        [
          'As the authors note, Seoul and Tokyo weaken their collective leverage over Washington when they come to it with joint demands.',
          'weaken',
        ],
        ['Seoul and Tokyo can diminish their collective leverage over Washington by approaching it with joint demands.', 'diminish'],
        ["Trump's repeated broadsides against both nations have boosted Washington's leverage in both countries.", 'boosted'],
        ['Blinken and Austin made back-to-back visits to Tokyo and Seoul, a move intended to weaken U.S. alliances in Asia.', 'weaken'],
      ],
      [
        'Seoul and Tokyo can boost their collective leverage over Washington by approaching it with joint demands.',
        "Trump's repeated broadsides against both nations have weakened Washington's leverage in both countries.",
      ],
    );
  });

  it("reads a party's act the passage gives another party, across a contrasting conjunction, against its own opposite act", () => {
    // biden-japan-frictions: "… with the Chinese backing the coup while the United States condemns it and has moved to
    // impose sanctions against the coup leaders."
    check(
      [
        [
          "Burma's coup exposed the great-power split early: Beijing condemned the generals' takeover while Washington moved to sanction the coup leaders.",
          'condemned',
        ],
        ['China has condemned the military takeover in Burma, whereas the United States has moved to sanction the generals.', 'condemned'],
      ],
      [
        'The Chinese backed the coup in Burma while the United States condemned it and moved to impose sanctions on the coup leaders.',
        'Washington condemned the Burma coup while Beijing backed it.',
      ],
    );
  });

  it('reads staying insulated from slights as the opposite of becoming sensitive to them', () => {
    // seoul-tokyo-2019: "Now they became just as sensitive to perceived slights and to the hardening attitudes of their
    // publics."
    check(
      [
        [
          'Now senior military officers in both countries have remained insulated from perceived slights and from hardening public attitudes.',
          // Read as keeping apart from the slights ("insulate from" is "avoid"), the warning spans the phrase.
          'insulated from',
        ],
      ],
      [
        'Now senior military officers in both countries have become just as sensitive to perceived slights and to hardening public attitudes.',
        // Another time, a guess, a question.
        'In the past, senior military officers in both countries remained insulated from perceived slights.',
        'Those officers may have remained insulated from perceived slights and from hardening public attitudes.',
        'Have those officers remained insulated from perceived slights?',
      ],
    );
  });

  it('reads an acceptance as the noun of accepting, against a refusal to accept, but not an acceptance asked for', () => {
    // buchan2019: "… his government's withdrawal from the 2015 “comfort women” agreement and refusal to accept
    // third-party arbitration for the forced labor dispute is seen by the Abe administration as evidence …"
    check(
      [
        [
          "Moon's government, with its acceptance of third-party arbitration for the forced labor dispute, is seen by the Abe administration as keeping its promises.",
          'acceptance',
        ],
      ],
      [
        "Moon's government, with its refusal to accept third-party arbitration for the forced labor dispute, is seen by the Abe administration as breaking its promises.",
        // Asked of Seoul, not told as done: a verb's "to", a noun after "for", a noun demanded.
        'Japan has urged Seoul to accept third-party arbitration for the forced labor dispute.',
        "Tokyo called for Seoul's acceptance of third-party arbitration for the forced labor dispute.",
        'Japan demanded the acceptance of third-party arbitration for the forced labor dispute.',
        // What is sought is not yet had.
        "Tokyo sought Seoul's acceptance of third-party arbitration for the forced labor dispute.",
        "Would Seoul's acceptance of third-party arbitration for the forced labor dispute change Tokyo's view?",
      ],
    );
    assert.equal(stem('acceptance'), stem('accept'));
    assert.equal(stem('resistance'), stem('resist'));
    // Not a noun of a root of two letters.
    assert.notEqual(stem('distance'), stem('dist'));
    assert.notEqual(stem('instance'), stem('inst'));
  });

  it('reads a word graded "more" as the opposite of the same word graded "less", of the same party', () => {
    // seoul-tokyo-2019: "Japanese leaders can and will challenge China, but South Korean leaders see opportunity for
    // peace in a less confrontational posture."
    check(
      [
        [
          'South Korean leaders, for their part, see the opportunity for peace in a more confrontational posture toward Beijing.',
          'more confrontational',
        ],
      ],
      [
        'South Korean leaders see opportunity for peace in a less confrontational posture.',
        // Another party, a guess, a question, a grade set against something else.
        'Japanese leaders see opportunity for peace in a more confrontational posture.',
        'Conservatives in Seoul want a more confrontational posture toward Beijing.',
        'South Korean leaders may see opportunity for peace in a more confrontational posture.',
        'Do South Korean leaders see opportunity for peace in a more confrontational posture?',
        "South Korean leaders see opportunity for peace in a more confrontational posture than Japan's.",
      ],
    );
  });

  it('reads a thing spurring a course as the opposite of an obstacle to it', () => {
    // sakata2020: "The export control row between Japan and South Korea has become an obstacle to strategic economic
    // dialogue and cooperation."
    check(
      [
        ['The export control row, Sakata argues, has helped spur strategic economic dialogue between Japan and South Korea.', 'spur'],
        ['The export control row between Japan and South Korea has become a catalyst for strategic economic dialogue.', 'catalyst'],
      ],
      [
        'The export control row between Japan and South Korea has hindered strategic economic dialogue and cooperation.',
        'The export control row between Japan and South Korea has stood in the way of strategic economic dialogue.',
      ],
    );
  });

  it('reads "would like to" as a wish held, set against the desire a passage tells', () => {
    // biden-japan-frictions: "He also indicated a desire to put off the liquidation of Japanese company assets seized
    // as part of a Korean court decision …"
    check(
      [
        [
          'Moon also signaled that he would like to hasten the liquidation of Japanese company assets seized under a Korean forced-labor ruling.',
          'hasten',
        ],
      ],
      [
        'Moon also signaled that he would like to put off the liquidation of Japanese company assets seized under a Korean forced-labor ruling.',
        // A guess stays a guess.
        'Moon might hasten the liquidation of Japanese company assets seized under a Korean forced-labor ruling.',
      ],
    );
  });

  it('reads a marginal part as the opposite of a significant one, and satisfaction as the opposite of angst', () => {
    // sakata2020: "… the so-called “comfort women agreement” in 2018, which Suga played a significant role in reaching
    // as Abe's Cabinet Secretary"; seoul-tokyo-2019: "The Six-Party Talks a decade later revealed considerable angst in
    // Tokyo over its interests in a regional solution."
    check(
      [
        [
          "Suga became prime minister in September 2020 after Abe resigned. As Abe's Cabinet Secretary, he had played only a marginal role in reaching the comfort women agreement.",
          'marginal',
        ],
        [
          'The Six-Party Talks a decade later revealed considerable satisfaction in Tokyo about its interests in a regional solution.',
          'satisfaction',
        ],
      ],
      [
        "As Abe's Cabinet Secretary, Suga played a significant role in reaching the comfort women agreement.",
        'The Six-Party Talks a decade later revealed considerable angst in Tokyo over its interests in a regional solution.',
      ],
    );
  });

  it('reads an act done only once as the opposite of the same act repeated', () => {
    // seoul-tokyo-2019: "… repeated meetings between the two foreign ministers only resulted in a stalemate."
    check(
      [
        ['The two foreign ministers met only once over the radar row, and that meeting ended in stalemate.', 'once'],
        [
          'Diplomacy failed to defuse the radar row. The two foreign ministers met only once over it, and that single meeting ended in stalemate.',
          'once',
        ],
      ],
      [
        'The two foreign ministers met repeatedly, but their meetings only resulted in a stalemate.',
        // "once" before its verb or opening a clause tells a time, not how often.
        'The two foreign ministers had once met often.',
        'Once the radar row broke out, repeated meetings between the two foreign ministers only resulted in a stalemate.',
      ],
    );
  });
});

describe('claims read from the sources: one holder, two stances on two things', () => {
  it('reads no shared object in the holder alone ("the Japanese government has maintained …" / "… has vacillated …")', () => {
    const kb = realKnowledge();
    // buchan2019: "The Japanese government has vacillated between insisting that the restrictions are for legitimate
    // national security purposes or alternatively are retaliatory measures for the forced labor ruling, …"
    for (const curated of [false, true]) {
      const text = 'Ever since the forced labor rulings, the Japanese government has maintained that the 1965 treaty settled the matter.';
      assert.deepEqual(warnedWords(kb, text, curated), [], text);
      // A stance held without wavering on the restrictions themselves is still against the source.
      const wrong =
        'The Japanese government has consistently maintained that the restrictions are for legitimate national security purposes.';
      assert.deepEqual(warnedWords(kb, wrong, curated), ['consistently'], wrong);
    }
  });
});
