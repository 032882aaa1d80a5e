import { warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A thing of another kind of the same family than the passage telling the same gives it (lexicon.ts
 * `KIND_FAMILIES`): buchan2019 "… a South Korean destroyer locking its fire-control radar onto a Japanese patrol
 * aircraft …", "Military-military cooperation, particularly between the two navies, …"; seoul-tokyo-2019 "… a South
 * Korean naval vessel targeted a Japanese surveillance aircraft … as the aircraft approached a search and rescue
 * exercise."
 */
describe('claims read from the sources: the kind of a thing', () => {
  it('warns on a warship, an armed service, an exercise, a standing gathering or a form of rule of another kind than the passage’s', () => {
    warnsInBothModes(
      realKnowledge(),
      [
        ['Tokyo said a South Korean submarine had locked its fire-control radar onto a Japanese patrol aircraft.', 'submarine'],
        [
          'Military cooperation between the two air forces in particular has benefited from Washington offering a neutral practice ground.',
          'air forces',
        ],
        [
          'Japan’s Maritime Self-Defense Force claimed that a South Korean naval vessel had locked its fire-control radar on a Japanese surveillance aircraft approaching a live-fire drill.',
          'live-fire',
        ],
        // biden-japan-frictions: "… framing the “strategic competition” as a contest between democracy and
        // authoritarianism": a pair with one kind swapped.
        [
          'Biden’s China strategy draws a line over values, casting the strategic competition as a contest between democracy and communism.',
          'communism',
        ],
        ['The Biden administration’s strategy toward China frames the competition as democracy versus communism.', 'communism'],
        // A plane for the passage's aircraft (lexicon.ts `SYNONYM_GROUPS`), and the drill of another kind.
        [
          'A Korean warship trained its fire-control radar on a Japanese surveillance plane as the aircraft neared a live-fire drill.',
          'live-fire',
        ],
        // seoul-tokyo-2019: "… barely spoke during the Group of Twenty summit in Osaka, …".
        ['The G7 summit in Osaka produced little more than a photo opportunity for Abe and Moon.', 'G7'],
      ],
      [
        // The passage's kind, and a word for the whole family.
        'Tokyo said a South Korean destroyer had locked its fire-control radar onto a Japanese patrol aircraft.',
        'Tokyo said a South Korean warship had locked its fire-control radar onto a Japanese patrol aircraft.',
        // Two kinds named: the draft does not give the thing one kind.
        'Military cooperation between the two navies and the two air forces has benefited from Washington offering a neutral practice ground.',
        // A kind denied.
        'Tokyo said it was not a submarine but a South Korean destroyer that had locked its fire-control radar onto a Japanese patrol aircraft.',
        'The G20 summit in Osaka produced little more than a photo opportunity for Abe and Moon.',
        'A Korean warship trained its fire-control radar on a Japanese surveillance plane as the aircraft neared a search and rescue drill.',
        // The passage's pair, one kind in another word of it.
        'Biden’s China strategy frames the strategic competition as a contest between democracy and authoritarianism.',
        'Biden’s China strategy frames the strategic competition as a contest between democracy and autocracy.',
      ],
    );
  });
});
