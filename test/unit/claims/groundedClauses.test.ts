import * as assert from 'node:assert/strict';
import { grounded, warnedWords, words } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * Sentences of two clauses (joined by ", and", ", while", a semicolon …), each judged on its own (alignment.ts
 * `apart`, groundedCheck.ts `decide` and `eachInOwnClause`): a clause the passage does not tell no longer hides a
 * wrong value in the clause it does tell, and a second clause wrong against another passage is warned on too.
 */
describe('claims read from the sources: sentences of several clauses', () => {
  it('warns on the clause a passage tells, though the next clause names a party the passage does not', () => {
    // "… including a proposal floated by a senior Korean politician to create a foundation …"
    const text = 'A senior Japanese politician floated the idea of a joint foundation, and American diplomats are following the talks.';
    const found = grounded(realKnowledge(), text);
    assert.deepEqual(words(text, found), ['Japanese']);
    assert.match(found[0].message, /says “Korean”/, found[0].message);
  });

  it('warns on the clause a passage tells, though the next clause names a body the passage does not', () => {
    // "… in December 2019, Japanese Prime Minister Abe Shinzo and South Korean President Moon Jae-in met in Chengdu …"
    const text =
      "Abe and Moon met in Chengdu in December 2018, and Abe later told the Diet that South Korea was Japan's most important neighbor.";
    const found = grounded(realKnowledge(), text);
    assert.deepEqual(words(text, found), ['December 2018']);
    assert.match(found[0].message, /says “December 2019”/, found[0].message);
  });

  it('warns on the clause a passage tells, though another clause names a body the passage does not and a date of its own', () => {
    // "In September 2020, former Cabinet Secretary Yoshihide Suga became Japan’s prime minister following Abe’s
    // resignation." The first clause's court and year tell another event: no warning on 2018.
    const text =
      "The ROK Supreme Court ruled against Japanese firms in 2018, and in 2021 Suga became Japan's prime minister following Abe's resignation.";
    const found = grounded(realKnowledge(), text);
    assert.deepEqual(words(text, found), ['2021']);
    assert.match(found[0].message, /says “September 2020”/, found[0].message);
  });

  it('warns on an aside the passage tells, though the main clause names a party the passage does not', () => {
    // "In September 2020, former Cabinet Secretary Yoshihide Suga became Japan’s prime minister …"
    const text = "Suga, who became prime minister in September 2021, held to Abe's line on Korea.";
    const found = grounded(realKnowledge(), text);
    assert.deepEqual(words(text, found), ['September 2021']);
    assert.match(found[0].message, /says “September 2020”/, found[0].message);
  });

  it('reads the clause on past an aside between a pair of dashes', () => {
    // "Park Jie-won, head of the National Intelligence Service, traveled to Tokyo on November 9 as a presidential envoy."
    const text = 'On November 12, Park Jie-won — a veteran of the Kim Dae-jung era — flew into Tokyo as a presidential envoy.';
    const found = grounded(realKnowledge(), text);
    assert.deepEqual(words(text, found), ['November 12']);
    assert.match(found[0].message, /says “November 9”/, found[0].message);
  });

  it('warns on each clause wrong against a passage of its own', () => {
    // "Thirty-eight percent of Koreans view Japan as a “military threat.”" and "… a 70-year low in Japan-South Korea
    // relations …"
    const text = 'Thirty percent of Koreans see Japan as a military threat, and ties have fallen to a 60-year low.';
    const found = grounded(realKnowledge(), text);
    assert.deepEqual(words(text, found), ['Thirty', '60']);
    assert.match(found[1].message, /says “70-year”/, found[1].message);
  });

  it('warns on the clause that retells a passage’s clause, not on one that retells its other clause otherwise', () => {
    // "Tokyo placed export restrictions on critical inputs for South Korea’s large semiconductor industry, among
    // others, while Koreans organized nationwide boycotts on Japanese goods and businesses."
    const text =
      'It was Seoul that restricted exports of key semiconductor inputs; Japanese shoppers answered with boycotts of Korean goods.';
    const found = grounded(realKnowledge(), text);
    assert.deepEqual(words(text, found), ['Seoul']);
    assert.match(found[0].message, /says “Tokyo”/, found[0].message);
  });

  it('stays quiet on true sentences of two clauses', () => {
    const kb = realKnowledge();
    for (const text of [
      'A senior Korean politician floated the idea of a joint foundation, and American diplomats are following the talks.',
      "Abe and Moon met in Chengdu in December 2019, and Abe later told the Diet that South Korea was Japan's most important neighbor.",
      'Thirty-eight percent of Koreans view Japan as a military threat, and relations have sunk to a 70-year low.',
      'Tokyo placed export restrictions on key semiconductor inputs; Korean shoppers answered with boycotts of Japanese goods.',
      'Abe and Moon met in Chengdu in December 2019, and they met again in 2020.',
      'The Supreme Court ruled in 2018, and in 2020 Suga became prime minister.',
      "Suga, who became prime minister in September 2020, held to Abe's line on Korea.",
      'Abe, who met Moon in Chengdu in December 2019, resigned in August 2020.',
      'On November 9, Park Jie-won — then head of the National Intelligence Service — arrived in Tokyo as a presidential envoy.',
      'In December 2018 — months before the export controls — the two navies clashed over a radar incident.',
      "The ROK Supreme Court ruled against Japanese firms in 2018, and in 2020 Suga became Japan's prime minister following Abe's resignation.",
    ])
      assert.deepEqual(warnedWords(kb, text), [], text);
  });
});
