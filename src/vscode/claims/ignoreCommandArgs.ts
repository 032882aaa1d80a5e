import type { IgnoredClaim } from '../../core/claims/suppressions';
import { CommandArgsError } from '../citations/commandArgs';

/**
 * Longest sentence the ignore command accepts. A claim's sentence is a line or two of prose; anything longer is
 * not a finding's sentence and would bloat the team's file.
 */
export const MAX_IGNORED_SENTENCE = 2000;

/** What "ignore in the workspace file" needs: the draft, and the claim to write down. */
export interface IgnoreCommandRequest {
  uri: string;
  claim: IgnoredClaim;
}

/**
 * Checks the arguments of the "ignore in the workspace file" command, which any extension or link could run with
 * anything: the draft's URI, and a finding whose fact the index knows and whose sentence is one sentence of text
 * (no control characters, at most `MAX_IGNORED_SENTENCE` characters). Throws `CommandArgsError` saying what is wrong,
 * so nothing unchecked is ever written to the team's file. Pure, so it is unit-tested.
 */
export function parseIgnoreCommandArgs(raw: unknown, isKnownFact: (id: string) => boolean): IgnoreCommandRequest {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new CommandArgsError('expected { uri, finding: { factId, sentence } }');
  const { uri, finding } = raw as { uri?: unknown; finding?: unknown };
  if (typeof uri !== 'string' || uri === '') throw new CommandArgsError('"uri" must name the draft');
  if (!finding || typeof finding !== 'object') throw new CommandArgsError('"finding" must be a finding of the draft');
  const { factId, sentence } = finding as { factId?: unknown; sentence?: unknown };
  if (typeof factId !== 'string' || !isKnownFact(factId))
    throw new CommandArgsError(`"finding.factId" must be the id of a known fact, not ${JSON.stringify(factId)}`);
  if (typeof sentence !== 'string' || sentence.trim() === '')
    throw new CommandArgsError('"finding.sentence" must be the claim\'s sentence');
  if (sentence.length > MAX_IGNORED_SENTENCE)
    throw new CommandArgsError(
      `"finding.sentence" is ${sentence.length} characters; a claim's sentence has at most ${MAX_IGNORED_SENTENCE}`,
    );
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(sentence))
    throw new CommandArgsError('"finding.sentence" must be one line of text, without control characters');
  return { uri, claim: { fact: factId, sentence: sentence.trim() } };
}
