import type { ClaimCode } from './types';

/**
 * How many findings of each kind a check gave. Conflicts are claims to fix; "sources differ" and "unsupported" are
 * notes to consider, so a count that mixes them overstates what is wrong with a draft.
 */
export interface FindingTally {
  /** `claim-conflict`: the sources contradict the claim. */
  conflicts: number;
  /** `claim-sources-differ`: the claim follows one source where the sources disagree. */
  sourcesDiffer: number;
  /** `claim-unsupported`: no source says anything about the claim. */
  unsupported: number;
}

/** Counts findings by kind. */
export function tallyFindings(findings: readonly { code: ClaimCode }[]): FindingTally {
  const tally: FindingTally = { conflicts: 0, sourcesDiffer: 0, unsupported: 0 };
  for (const finding of findings) {
    if (finding.code === 'claim-conflict') tally.conflicts++;
    else if (finding.code === 'claim-sources-differ') tally.sourcesDiffer++;
    else tally.unsupported++;
  }
  return tally;
}

/** The notes of a tally: findings that do not say the draft is wrong. */
export function noteCount(tally: FindingTally): number {
  return tally.sourcesDiffer + tally.unsupported;
}
