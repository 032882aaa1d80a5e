import * as assert from 'node:assert/strict';
import { grounded, words } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * The bodies a draft ties people to, read from the sources' own text with the hand-written facts off: "Seoul National
 * University Professor Park Cheol Hee" and "Kim Jin-pyo of the ruling Democratic Party" in the sources.
 */

describe('claims read from the sources: the body a person belongs to', () => {
  it('warns on another body of the same kind, before the name or after it', () => {
    const kb = realKnowledge();
    const cases: [string, string, string][] = [
      [
        "Korea University's Park Cheol Hee is among the country's leading Japan specialists.",
        'Korea University',
        'Seoul National University',
      ],
      [
        'Yonsei University professor Park Cheol Hee argues that bashing Japan no longer pays.',
        'Yonsei University',
        'Seoul National University',
      ],
      ["Park Cheol Hee of Yonsei University is among Korea's foremost Japan hands.", 'Yonsei University', 'Seoul National University'],
      ["Park Cheol Hee, a Korea University professor, doubts Moon's sincerity.", 'Korea University', 'Seoul National University'],
      ['Kim Jin-pyo of the People Power Party headed the delegation.', 'People Power Party', 'Democratic Party'],
      // A country naming the field of the noun between ("a Japan specialist") is read past.
      [
        'Park Cheol Hee, a Japan specialist at Korea University, sees Tokyo being drawn into the diplomatic game.',
        'Korea University',
        'Seoul National University',
      ],
    ];
    for (const [text, value, sourced] of cases) {
      const found = grounded(kb, text);
      assert.deepEqual(words(text, found), [value], text);
      assert.match(found[0].message, new RegExp(`says “${sourced}”`), found[0].message);
    }
  });

  it('warns on another body a person opening the sentence works at, against a passage naming theirs after "at"', () => {
    // The passage: "*Patrick G. Buchan is the director of the U.S. Alliances Project and fellow of Indo-Pacific Security
    // at the Center for Strategic and International Studies (CSIS) in Washington, D.C."
    const kb = realKnowledge();
    for (const text of [
      'Patrick G. Buchan runs the U.S. Alliances Project at the Brookings Institution.',
      'Patrick Buchan heads the U.S. Alliances Project at the Brookings Institution.',
    ])
      assert.deepEqual(words(text, grounded(kb, text)), ['Brookings Institution'], text);
    silentOn([
      'Patrick G. Buchan runs the U.S. Alliances Project at the Center for Strategic and International Studies.',
      'Patrick Buchan spoke at the Brookings Institution last week.',
    ]);
  });

  it("reads an author's family name opening the sentence before an apposition as the author, in both modes", () => {
    // The passage: "Yasuyo Sakata is a professor at Kanda University of International Studies in Japan." The source's
    // metadata names her as its author; no glossary entry does.
    const kb = realKnowledge();
    const text = 'Sakata, a professor at Keio University, argues that the Biden team arrives at a critical time.';
    for (const curated of [false, true]) {
      const found = grounded(kb, text, curated);
      assert.deepEqual(words(text, found), ['Keio University'], text);
      assert.match(found[0].message, /says “Kanda University of International Studies”/, found[0].message);
      for (const right of [
        'Sakata, a professor at Kanda University of International Studies, argues that the Biden team arrives at a critical time.',
        // Before a verb, an author's name opening the sentence is read as before: a teller, not a party to compare.
        "Sakata makes a similar point, calling Japan-South Korea cooperation the missing link in aligning the allies' Indo-Pacific strategies.",
      ])
        assert.deepEqual(words(right, grounded(kb, right, curated)), [], right);
    }
  });

  it("is silent on the body the sources give, on a body once the person's, and on a body only beside the name", () => {
    silentOn([
      'Professor Park Cheol Hee of Seoul National University said bashing Japan no longer pays.',
      'Kim Jin-pyo of the ruling Democratic Party headed the delegation.',
      'Park Cheol Hee, a Japan specialist at Seoul National University, sees Tokyo being drawn into the diplomatic game.',
      // "former chairman of …": a body once the person's, which the passage's own may have followed.
      "Kang Chan-gil, former chairman of the Korea-Japan Parliamentarians' Union, was named ambassador to Japan.",
      // A comma between: the Diet is where the speech was given, not Abe's body.
      'In a speech to the Japanese Diet, Abe called South Korea our most important neighbor.',
    ]);
  });
  it('reads a body the glossary knows by a short form ("CSIS") as the kind its full name says, research bodies as one kind', () => {
    const kb = realKnowledge();
    // "Benjamin Rimland is a research associate with the CSIS U.S. Alliances Project." The glossary: CSIS, "Center for
    // Strategic and International Studies". A center, an institute, an institution and a foundation are research bodies.
    for (const curated of [false, true]) {
      for (const [text, value] of [
        ['Benjamin Rimland works at the Brookings Institution.', 'Brookings Institution'],
        ['Benjamin Rimland of the Asan Institute co-wrote the commentary.', 'Asan Institute'],
        ['Benjamin Rimland, a research associate at the Heritage Foundation, co-wrote the commentary.', 'Heritage Foundation'],
      ])
        assert.deepEqual(words(text, grounded(kb, text, curated)), [value], text);
      for (const right of [
        'Benjamin Rimland, a research associate at CSIS, co-wrote the commentary.',
        'Benjamin Rimland of the Center for Strategic and International Studies co-wrote the commentary.',
        // A body of another kind may be the person's besides.
        'Benjamin Rimland studied at Georgetown University.',
      ])
        assert.deepEqual(words(right, grounded(kb, right, curated)), [], right);
    }
  });
});

function silentOn(texts: readonly string[]): void {
  const kb = realKnowledge();
  for (const text of texts) assert.deepEqual(words(text, grounded(kb, text)), [], text);
}
