import * as assert from 'node:assert/strict';
import { grounded, words } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A guess at why something happened takes what it explains as given: "This is likely why David Stilwell, the assistant
 * Secretary of state for East Asia and Pacific affairs, insisted on a recent visit to Japan that it was "not [his] job
 * to mediate" …" guesses the reason, not whether Stilwell insisted, so who insisted, and in which office, are compared.
 */
describe('claims read from the sources: the act a guessed reason explains', () => {
  it('warns on another person, or another title, for the act explained', () => {
    const kb = realKnowledge();
    const cases: [string, string, string][] = [
      [
        'It was John Bolton who insisted on a recent visit to Japan that it was not his job to mediate between the two nations.',
        'John Bolton',
        'David Stilwell',
      ],
      [
        'David Stilwell, the assistant secretary of state for South and Central Asian affairs, insisted on a recent visit to Japan that it was not his job to mediate.',
        'South and Central Asian',
        'East Asia and Pacific',
      ],
    ];
    for (const [text, value, sourced] of cases) {
      const found = grounded(kb, text);
      assert.deepEqual(words(text, found), [value], text);
      assert.match(found[0].message, new RegExp(`says “${sourced}”`), found[0].message);
    }
  });

  it('is silent on the act told as the source tells it', () => {
    const kb = realKnowledge();
    for (const text of [
      'David Stilwell insisted on a recent visit to Japan that it was not his job to mediate between the two nations.',
      'David Stilwell, the assistant secretary of state for East Asian and Pacific affairs, insisted on a recent visit to Japan that mediating between the two nations was not his job.',
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
  });

  it('compares no count in the quoted words after it: the count of the trip the sources list still stands', () => {
    const kb = realKnowledge();
    // "… not [his] job to mediate" between the two nations" is the speaker's, quoted: it is no count of the trip's stops.
    const text = 'On his way from Tokyo to Seoul, Stilwell stopped in three Southeast Asian countries.';
    const found = grounded(kb, text);
    assert.deepEqual(words(text, found), ['three'], text);
    assert.match(found[0].message, /says “2 \(Philippines and Thailand\)”/, found[0].message);
  });
});
