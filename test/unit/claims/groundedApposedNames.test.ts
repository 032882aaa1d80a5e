import { warnsInBothModes } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A name set off by commas after the noun phrase opening a sentence ("His co-author, Benjamin Rimland, is …") says
 * who the subject is: the title the sentence then states is that person's, compared with the sources' as any other.
 */
describe('claims read from the sources: a title stated of a name set beside the subject', () => {
  // buchan2019: "Benjamin Rimland is a research associate with the CSIS U.S. Alliances Project."
  it('sets the title stated of the subject against the title the sources give the person named beside it', () => {
    warnsInBothModes(
      realKnowledge(),
      [
        ['His co-author, Benjamin Rimland, is a senior fellow on the same project.', 'senior fellow'],
        [
          'Patrick Buchan directs the U.S. Alliances Project at CSIS. His co-author, Benjamin Rimland, is a senior fellow there.',
          'senior fellow',
        ],
      ],
      [
        'His co-author, Benjamin Rimland, is a research associate with the project.',
        'Their co-author, Benjamin Rimland, was then a research associate.',
        // No noun phrase opening the sentence: the comma closes a clause, and the name is no subject set beside it.
        'After the meeting, Benjamin Rimland, is a senior fellow.',
      ],
    );
  });
});
