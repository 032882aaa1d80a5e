import { realKnowledge } from '../helpers/knowledge';
import { warnsInBothModes } from '../helpers/grounded';

/**
 * A rank is part of an office: "deputy assistant secretary" is not the "assistant secretary" the sources give ("This is
 * likely why David Stilwell, the assistant Secretary of state for East Asia and Pacific affairs, insisted …"). A
 * career climbs an office's ranks: a dated sentence may tell a rank held then, and a rank the sources give the person
 * anywhere (under any spelling of the name) is theirs.
 */

describe('claims read from the sources: a rank as part of the office', () => {
  it('warns on a rank the sources never give the person, in a sentence dating nothing', () => {
    warnsInBothModes(
      realKnowledge(),
      [
        [
          'David Stilwell, the deputy assistant secretary of state for East Asia and Pacific affairs, said on a visit to Japan that mediating was not his job.',
          'deputy assistant secretary of state',
        ],
      ],
      [
        'David Stilwell, the assistant secretary of state for East Asia and Pacific affairs, said on a visit to Japan that mediating was not his job.',
        'In 2016, Deputy Assistant Secretary of State David Stilwell visited Seoul.',
        // "Deputy Secretary of State Anthony Blinken also initiated trilateral consultations …": the rank is his, spelled
        // otherwise, though another passage calls Antony Blinken the Secretary of State.
        'Deputy Secretary of State Antony Blinken initiated trilateral consultations on global areas for cooperation between the United States, South Korea, and Japan.',
      ],
    );
  });
});
