import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A draft telling a source's act or state in another word of the same meaning (lexicon.ts `SYNONYM_GROUPS`) and
 * changing one detail of it is read against that passage; the same sentence with the source's detail stays silent.
 */

/** Each text warns on its value alone with the hand-written facts off; each silent text warns on nothing in either mode. */
function check(kb: KnowledgeBase, wrong: readonly { text: string; value: string }[], right: readonly string[]): void {
  for (const { text, value } of wrong) assert.deepEqual(warnedWords(kb, text, false), [value], text);
  for (const curated of [false, true])
    for (const text of right) assert.deepEqual(warnedWords(kb, text, curated), [], `${text} (curated ${curated})`);
}

describe('claims read from the sources: the same act in other words', () => {
  it('reads "the authenticity" of a thing as its "veracity"', () => {
    // The source: "South Korea denied the veracity of Japanese video of the incident".
    check(
      realKnowledge(),
      [{ text: 'It was Tokyo that disputed the authenticity of the video of the incident.', value: 'Tokyo' }],
      ['It was South Korea that disputed the authenticity of the video of the incident.'],
    );
  });

  it('reads "exposed" as "revealed"', () => {
    // The source: "The Six-Party Talks a decade later revealed considerable angst in Tokyo over its interests in a
    // regional solution" (a decade after the 1990s).
    check(
      realKnowledge(),
      [{ text: "The Six-Party Talks of the 1980s exposed Tokyo's anxieties over a regional solution.", value: '1980s' }],
      ["The Six-Party Talks a decade later exposed Tokyo's anxieties over a regional solution."],
    );
  });

  it('reads a "muted" reply as a "subdued" response', () => {
    // The source: "Tokyo has been relatively subdued in response, though the new Japanese envoy to South Korea publicly
    // stated that Tokyo and Seoul were “mutually important neighbors.”"
    const opening = "Moon's March 1 address struck a conciliatory note toward Japan. Tokyo's public reply has been muted; ";
    check(
      realKnowledge(),
      [
        {
          text: `${opening}the warmest words came from Seoul's new ambassador to Japan, who called the two countries "mutually important neighbors."`,
          value: 'Seoul',
        },
      ],
      [
        `${opening}the warmest words came from the new Japanese envoy to South Korea, who called the two countries "mutually important neighbors."`,
      ],
    );
  });

  it('reads a "leadership vote" as the "election" a passage names', () => {
    // The source: "“Prime Minister Suga would not take a risk in resolving this issue before he is re-elected as
    // Chairman of the Liberal Democratic Party in September or has an election victory,” … Yu Myung Hwan … told me."
    check(
      realKnowledge(),
      [{ text: 'Yu expects Suga to hold back until after the LDP leadership vote in April.', value: 'April' }],
      ['Yu expects Suga to hold back until after the LDP leadership vote in September.', 'Biden won the November 2020 vote.'],
    );
  });

  it('reads an "accusation" as what a party "alleged"', () => {
    // The source: "Last December, Japan’s Maritime Self-Defense Force alleged that a South Korean naval vessel targeted
    // a Japanese surveillance aircraft with its fire-control radar …"
    check(
      realKnowledge(),
      [
        {
          text: "The radar accusation came from Japan's Air Self-Defense Force, which said a Korean ship had targeted its plane.",
          value: 'Air Self-Defense Force',
        },
      ],
      ["The radar accusation came from Japan's Maritime Self-Defense Force, which said a Korean ship had targeted its plane."],
    );
  });
});
