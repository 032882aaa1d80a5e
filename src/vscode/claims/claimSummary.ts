import { noteCount, type FindingTally } from '../../core/claims/tally';
import { countOf } from '../../core/text/wording';

/**
 * The words the status bar item and "Check Document" use for a draft's findings. Conflicts and notes are counted
 * and named apart: a draft with 3 conflicts and 60 "sources differ" notes must not read "63 claims". Kept free of
 * the editor API so the wording is unit-tested.
 */

/** The conflicts first (always, "No claim conflicts…" when none), then one sentence per kind of note present. */
export function findingSentences(tally: FindingTally): string[] {
  const sentences = [
    tally.conflicts === 0
      ? 'No claim conflicts with the sources.'
      : `${countOf(tally.conflicts, 'claim conflicts', 'claims conflict')} with the sources.`,
  ];
  if (tally.sourcesDiffer > 0)
    sentences.push(`${countOf(tally.sourcesDiffer, 'claim follows', 'claims follow')} one source where the sources differ.`);
  if (tally.unsupported > 0) sentences.push(`${countOf(tally.unsupported, 'claim is', 'claims are')} not covered by the sources.`);
  return sentences;
}

/** Status bar text (with product icons) and tooltip for a checked draft. */
export function claimStatus(tally: FindingTally): { text: string; tooltip: string } {
  const notes = noteCount(tally);
  const conflicts = tally.conflicts > 0 ? `$(warning) ${countOf(tally.conflicts, 'conflict')}` : '$(check) No conflicts';
  return {
    text: notes > 0 ? `${conflicts}  $(info) ${countOf(notes, 'note')}` : conflicts,
    tooltip: [...findingSentences(tally), 'Click to check again.'].join('\n'),
  };
}

/** What "Check Document" says after a check; `ignored` counts claims left as written by an ignore rule. */
export function checkResultMessage(tally: FindingTally, ignored: number): string {
  const sentences = findingSentences(tally);
  if (ignored > 0) sentences.push(`${countOf(ignored, 'claim is', 'claims are')} ignored.`);
  return `Policy Sourcebook: ${sentences.join(' ')}`;
}
