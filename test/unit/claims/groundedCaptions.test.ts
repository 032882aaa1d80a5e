import * as assert from 'node:assert/strict';
import { checkDocument } from '../../../src/core/claims/document';
import { captionItems } from '../../../src/core/knowledge/compile/captions';
import { warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A photo caption read as statements (sakata2020: "Japan's Vice Foreign Minister Akitaka Saiki (C), U.S. Deputy
 * Secretary of State Antony Blinken (L) , and South Korean First Vice Foreign Minister Lim Sung-nam pose at the start
 * of their trilateral meeting, at the foreign ministry's Iikura guest house. January 16, 2016. REUTERS/Kazuhiro
 * Nogi/Pool"): each person with their own country and title, what the caption says of them all, its date line; never
 * one person's country or title against another's.
 */
describe("claims read from the sources: a photo caption's people, meeting, place and date", () => {
  const CAPTION =
    "Japan's Vice Foreign Minister Akitaka Saiki (C), U.S. Deputy Secretary of State Antony Blinken (L) , and South Korean First Vice Foreign Minister Lim Sung-nam pose at the start of their trilateral meeting, at the foreign ministry's Iikura guest house. January 16, 2016. REUTERS/Kazuhiro Nogi/Pool";

  it('restates each person of a caption alone with its predicate and date line, and the people together by name', () => {
    const told = "pose at the start of their trilateral meeting, at the foreign ministry's Iikura guest house, on January 16, 2016.";
    assert.deepEqual(
      captionItems(CAPTION).map((i) => i.statement),
      [
        `Japan's Vice Foreign Minister Akitaka Saiki ${told}`,
        `U.S. Deputy Secretary of State Antony Blinken ${told}`,
        `South Korean First Vice Foreign Minister Lim Sung-nam ${told}`,
        `Akitaka Saiki, Antony Blinken and Lim Sung-nam ${told}`,
      ],
    );
    // "(L-R)" placing the whole list, and a caption dating itself in its own words.
    assert.deepEqual(
      captionItems(
        "(L-R) Japan's Foreign Minister Taro Kono and South Korea's Foreign Minister Kang Kyung-wha meet in Tokyo, March 3, 2018. Photo/Pool",
      ).map((i) => i.statement),
      [
        "Japan's Foreign Minister Taro Kono meet in Tokyo, March 3, 2018.",
        "South Korea's Foreign Minister Kang Kyung-wha meet in Tokyo, March 3, 2018.",
        'Taro Kono and Kang Kyung-wha meet in Tokyo, March 3, 2018.',
      ],
    );
  });

  it('reads no statement from a caption whose list is no list of placed people', () => {
    for (const line of [
      // The position stands in the predicate, not after a person.
      'Foreign ministers met (C) in Seoul.',
      // Items without a position of their own: "Trade", "Industry" are no people.
      "South Korea's Minister of Trade, Industry and Energy Sung Yun-mo (L) talks with Kim (R) in Seoul.",
      'No caption at all, only prose.',
    ])
      assert.deepEqual(captionItems(line), [], line);
  });

  it("warns on the caption's date, place, meeting kind, and a person's country or title, told far from its words", () => {
    warnsInBothModes(
      realKnowledge(),
      [
        ['Saiki welcomed Blinken and Lim to the Iikura guest house in February 2016.', 'February 2016'],
        ['The trilateral vice-ministerial meeting at the Iikura guest house took place on January 16, 2015.', 'January 16, 2015'],
        ['Saiki, Blinken and Lim met for bilateral talks at the Iikura guest house.', 'bilateral talks'],
        [
          'Vice Foreign Minister Saiki greeted Blinken and Lim at the start of their four-way meeting at the Iikura guest house.',
          'four-way meeting',
        ],
        ["South Korea's Vice Foreign Minister Akitaka Saiki hosted Blinken at the Iikura guest house.", 'South Korea'],
        ["Japan's Foreign Minister Akitaka Saiki hosted Blinken and Lim at the Iikura guest house.", 'Foreign Minister'],
        ['South Korea was represented at the Iikura meeting by Foreign Minister Lim Sung-nam.', 'Foreign Minister'],
      ],
      [
        // Each person's own country and title, in other words and order.
        "South Korea's Lim and Japan's Saiki stood beside Blinken at the Iikura guest house.",
        "Blinken, then deputy secretary of state, posed with Japan's Akitaka Saiki and South Korea's Lim Sung-nam in Tokyo in January 2016.",
        "Japan's vice foreign minister, the then U.S. deputy secretary of state and South Korea's first vice foreign minister posed together at the Iikura guest house on 16 January 2016.",
        // A vice minister is a deputy minister, in another translation.
        "Japan's deputy foreign minister Akitaka Saiki hosted Blinken and Lim in 2016.",
        // Another person's country is not the caption person's: "South Korean" is Lim's, not Saiki's.
        'South Korean First Vice Foreign Minister Lim Sung-nam joined Saiki and Blinken at the Iikura guest house.',
        // Nor another person's name: Saiki is not the caption's Lim.
        'Vice Foreign Minister Akitaka Saiki hosted the trilateral meeting at the Iikura guest house.',
        'The trilateral vice-ministerial talks opened at the Iikura guest house in mid-January 2016.',
        'In January 2016, Japan hosted a trilateral meeting of vice foreign ministers at the Iikura guest house.',
        // A title of today naming a person for an earlier act.
        'In January 2016, Secretary of State Antony Blinken met Japanese and South Korean officials at the Iikura guest house.',
      ],
    );
  });

  it("warns on a title at another rank than the caption gives the person at the caption's date, told of that time", () => {
    warnsInBothModes(
      realKnowledge(),
      [
        [
          'Japanese Foreign Minister Akitaka Saiki stood at the center as the three officials posed before their January 2016 trilateral meeting.',
          'Foreign Minister',
        ],
        [
          "In January 2016 Blinken, then deputy secretary of state, met Lim Sung-nam and Japan's foreign minister, Akitaka Saiki, at the Iikura guest house.",
          'foreign minister',
        ],
      ],
      [
        'In January 2016, Deputy Foreign Minister Saiki hosted the talks.',
        'In January 2016, Lim Sung-nam, then vice foreign minister, travelled to Tokyo.',
        // A title the sources give the person at another time: a title of today may name them for an earlier act.
        'In January 2016, Secretary of State Antony Blinken met Japanese and South Korean officials at the Iikura guest house.',
        'In 2016, Japan’s Foreign Minister Fumio Kishida welcomed the talks.',
      ],
    );
  });

  it('is not offered for citing: every caption passage is an aside', () => {
    const kb = realKnowledge();
    const read = kb.passages.filter((p) => p.statement !== undefined);
    assert.equal(read.length, 4);
    assert.ok(read.every((p) => p.aside));
    assert.ok(!kb.passagesOf('sakata2020').some((p) => p.statement !== undefined));
  });

  it("quotes the caption's own words in a warning, not the statement restated from them", () => {
    const kb = realKnowledge();
    const draft = 'Japanese Foreign Minister Akitaka Saiki hosted the trilateral meeting at the Iikura guest house in January 2016.';
    for (const curatedFacts of [true, false]) {
      const [finding] = checkDocument(kb, draft, { curatedFacts }).findings;
      assert.ok(finding, 'the wrong rank warns');
      const [citation] = finding.citations;
      const source = kb.source(citation.source)!;
      assert.equal(citation.quote, source.text.slice(citation.start, citation.end));
      assert.match(citation.quote, /Vice Foreign Minister Akitaka Saiki/);
    }
  });
});
