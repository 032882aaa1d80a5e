import * as assert from 'node:assert/strict';
import { grounded, warnedWords, words } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * Bodies named in lower case by a government's field ("the defense ministry"), read from the sources' own text with
 * the hand-written facts off, against "Ministry of Foreign Affairs director-level talks took place in Seoul …".
 */

describe('claims read from the sources: a body named by its field', () => {
  it('warns on another ministry than the one the sources name', () => {
    const kb = realKnowledge();
    const texts = [
      'Later that month, defense ministry director-level talks took place in Seoul to address wartime laborers.',
      'Later that month, director-level talks between the two defense ministries took place in Seoul to address wartime laborers.',
    ];
    for (const text of texts) {
      const found = grounded(kb, text);
      assert.deepEqual(
        words(text, found).map((w) => w.replace(/ministries$/, 'ministry')),
        ['defense ministry'],
        text,
      );
      assert.match(found[0].message, /says “Ministry of Foreign Affairs”/, found[0].message);
    }
  });

  it('is silent on the same ministry named in lower case', () => {
    const kb = realKnowledge();
    for (const text of [
      'Later that month, foreign ministry director-level talks took place in Seoul to address wartime laborers.',
      'Later that month, director-level talks between the two foreign ministries took place in Seoul to address wartime laborers.',
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
  });
});

describe('claims read from the sources: a name of no known kind in the place of a body', () => {
  it('warns on a name standing after the same words as the body or name the source gives there', () => {
    const kb = realKnowledge();
    const cases: [string, string, string][] = [
      ['Blinken welcomed further regional cooperation, including through U.S.-Japan-ROK coordination and the G7.', 'G7', 'Quad'],
      ['Japanese viewers binged on K-dramas on Amazon Prime during the COVID-19 pandemic.', 'Amazon Prime', 'Netflix'],
    ];
    for (const [text, value, sourced] of cases) {
      const found = grounded(kb, text);
      assert.deepEqual(words(text, found), [value], text);
      assert.match(found[0].message, new RegExp(`says “${sourced}”`), found[0].message);
    }
  });

  it('is silent on the same name written another way', () => {
    const kb = realKnowledge();
    for (const text of [
      'Japanese viewers binged on K-dramas on Netflix during the COVID-19 pandemic.',
      // "G20" is "G-20" written without its hyphen.
      'To make up for the lost opportunity of a leadership summit at the G20 summit, the authors recommend that the United States strongly encourage a leader-to-leader meeting on the margins of the upcoming UN General Assembly meeting in New York.',
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
  });
});

describe('claims read from the sources: the body owning a title', () => {
  it('warns on another body owning the title the source gives with its body', () => {
    const kb = realKnowledge();
    const text =
      "Matthew Pottinger, the State Department's Asia director, visited Japan and Korea along with national security adviser John Bolton.";
    const found = grounded(kb, text);
    assert.deepEqual(words(text, found), ['State Department'], text);
    assert.match(found[0].message, /says “NSC”/, found[0].message);
  });

  it('is silent on the same body, by its acronym or its name', () => {
    const kb = realKnowledge();
    for (const text of [
      "Matthew Pottinger, the NSC's Asia director, visited Japan and Korea along with national security adviser John Bolton.",
      "Matthew Pottinger, the National Security Council's Asia director, visited Japan and Korea along with national security adviser John Bolton.",
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
  });
});

describe('claims read from the sources: a body naming a title right before it', () => {
  it('does not read the body of a title ("NIS chief Park Jie-won") as the party of the clause\'s act', () => {
    const kb = realKnowledge();
    // sakata2020: "On November 23, the Blue House appointed Representative Kang Chan-gil, former chairman of the
    // Korea-Japan Parliamentarians’ Union, as the next ambassador to Japan." The NIS only says whose chief Park is;
    // a draft giving the appointment to the NIS is still warned.
    for (const curated of [false, true]) {
      const text =
        "After Biden's win, Seoul sent NIS chief Park Jie-won to Tokyo as a presidential envoy and named Kang Chan-gil as its next ambassador to Japan.";
      assert.deepEqual(words(text, grounded(kb, text, curated)), [], text);
      const wrong = "After Biden's win, the NIS named Kang Chan-gil as the next ambassador to Japan.";
      assert.deepEqual(words(wrong, grounded(kb, wrong, curated)), ['NIS'], wrong);
    }
  });
});

describe('claims read from the sources: a court named otherwise in a sentence a curated fact also speaks to', () => {
  it('warns on the court, not on the year the curated fact gives that court, where a passage tells the year of the act', () => {
    // seoul-tokyo-2019 dates the Constitutional Court's comfort women ruling to 2011 (a curated fact);
    // strengthen-relations-2021: "In 2018, however, the ROK Supreme Court ruled that, notwithstanding past
    // agreements, Japanese companies had to make reparations for their past use of forced labor." The slip is the court.
    const kb = realKnowledge();
    const text = 'In 2018 the ROK Constitutional Court ruled that Japanese companies owed reparations for their use of forced labor.';
    for (const curated of [false, true])
      assert.deepEqual(warnedWords(kb, text, curated), ['Constitutional Court'], `${text} (curated ${curated})`);
  });
});

describe('claims read from the sources: a body named by the building it sits in', () => {
  // buchan2019: "the NSC director for Asia, Matthew Pottinger, along with national security adviser John Bolton,
  // visited Japan and Korea last weekend".
  it('warns on "the Pentagon" where the source names another body as the owner of the same title', () => {
    const kb = realKnowledge();
    const text =
      "Matthew Pottinger, the Pentagon's director for Asia, visited Japan and Korea last weekend with national security adviser John Bolton.";
    const found = grounded(kb, text);
    assert.deepEqual(words(text, found), ['Pentagon']);
    assert.match(found[0].message, /says “NSC”/, found[0].message);
  });

  it('is silent on the body the source names, and on the Pentagon beside it', () => {
    const kb = realKnowledge();
    for (const text of [
      "Matthew Pottinger, the NSC's director for Asia, visited Japan and Korea last weekend with national security adviser John Bolton.",
      'Staffers at the Pentagon, the National Security Council and the State Department must keep pushing for better bilateral cooperation.',
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
  });
});

describe('claims read from the sources: a country owning a body says whose body, no party of the clause', () => {
  // Sakata 2020: "This led to countermeasures by South Korea's presidential Blue House, which brought the quarrel to
  // the World Trade Organization (WTO)."
  it('warns on another body the quarrel was taken to, though the draft names the other side of the quarrel', () => {
    const kb = realKnowledge();
    const text = "In response to Japan's export curbs, the Blue House took the quarrel to the International Court of Justice.";
    const found = grounded(kb, text);
    assert.deepEqual(words(text, found), ['International Court of Justice']);
    assert.match(found[0].message, /says “World Trade Organization”/, found[0].message);
  });

  // Buchan 2019: "… a senior official in the Prime Minister’s National Security Secretariat (NSS) told me …".
  it('warns on another body the draft gives an owner of its own ("Japan\'s Foreign Ministry")', () => {
    const kb = realKnowledge();
    const text =
      "A senior official at Japan's Foreign Ministry told the author that security should be completely separated from historical issues.";
    const found = grounded(kb, text);
    assert.deepEqual(words(text, found), ['Foreign Ministry']);
    assert.match(found[0].message, /says “National Security Secretariat”/, found[0].message);
  });

  it('is silent on the body the passage names', () => {
    const kb = realKnowledge();
    for (const text of [
      "A senior official in Japan's National Security Secretariat told the author that security should be kept apart from history.",
      "In response to Japan's export curbs, the Blue House took the quarrel to the WTO.",
      "The Blue House answered Japan's export controls by taking the quarrel to the World Trade Organization.",
    ])
      assert.deepEqual(words(text, grounded(kb, text)), [], text);
  });
});
