import * as assert from 'node:assert/strict';
import { readLabelledClaims } from '../../../eval/claims';
import { checkDocument } from '../../../src/core/claims/document';
import { noteCount, tallyFindings } from '../../../src/core/claims/tally';
import { checkResultMessage, claimStatus } from '../../../src/vscode/claims/claimSummary';
import { realKnowledge } from '../helpers/knowledge';

/** The status bar text without its product icons ("$(warning) ") — what a writer reads. */
const readable = (text: string) => text.replace(/\$\([\w~-]+\)\s*/g, '').trim();

describe('status bar and Check Document wording', () => {
  it('counts conflicts and "sources differ" notes apart in a draft that has both', () => {
    // A draft of labelled sentences, each its own paragraph: a few conflicts among more notes, as in long drafts.
    const items = readLabelledClaims();
    const conflicts = items.filter((i) => i.kind === 'conflict').slice(0, 3);
    const differ = items.filter((i) => i.kind === 'sources-differ' && i.differ).slice(0, 6);
    const draft = [...conflicts, ...differ].map((i) => i.text).join('\n\n');
    const tally = tallyFindings(checkDocument(realKnowledge(), draft).findings);
    assert.ok(tally.conflicts > 0 && tally.sourcesDiffer > 0, `the draft should give both kinds: ${JSON.stringify(tally)}`);

    const { text, tooltip } = claimStatus(tally);
    const conflictsWord = tally.conflicts === 1 ? 'conflict' : 'conflicts';
    const notesWord = noteCount(tally) === 1 ? 'note' : 'notes';
    assert.equal(readable(text), `${tally.conflicts} ${conflictsWord}  ${noteCount(tally)} ${notesWord}`);
    assert.ok(
      tooltip.includes(`${tally.conflicts} claim${tally.conflicts === 1 ? ' conflicts' : 's conflict'} with the sources.`),
      tooltip,
    );
    assert.ok(
      tooltip.includes(
        `${tally.sourcesDiffer} claim${tally.sourcesDiffer === 1 ? ' follows' : 's follow'} one source where the sources differ.`,
      ),
      tooltip,
    );
  });

  it('says "No conflicts" when only notes are left, with the notes beside it', () => {
    const { text, tooltip } = claimStatus({ conflicts: 0, sourcesDiffer: 2, unsupported: 1 });
    assert.equal(readable(text), 'No conflicts  3 notes');
    assert.equal(
      tooltip,
      [
        'No claim conflicts with the sources.',
        '2 claims follow one source where the sources differ.',
        '1 claim is not covered by the sources.',
        'Click to check again.',
      ].join('\n'),
    );
  });

  it('puts nouns and verbs in the singular for one and the plural otherwise', () => {
    assert.equal(readable(claimStatus({ conflicts: 1, sourcesDiffer: 1, unsupported: 0 }).text), '1 conflict  1 note');
    assert.equal(readable(claimStatus({ conflicts: 2, sourcesDiffer: 0, unsupported: 0 }).text), '2 conflicts');
    assert.equal(readable(claimStatus({ conflicts: 0, sourcesDiffer: 0, unsupported: 0 }).text), 'No conflicts');
    assert.equal(
      checkResultMessage({ conflicts: 1, sourcesDiffer: 0, unsupported: 2 }, 1),
      'Policy Sourcebook: 1 claim conflicts with the sources. 2 claims are not covered by the sources. 1 claim is ignored.',
    );
  });
});
