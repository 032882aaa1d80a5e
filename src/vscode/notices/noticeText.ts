import { asSentence } from '../../core/text/wording';

/**
 * How Sourcebook words a notification: "Policy Sourcebook: " and then one sentence in sentence case, ending with a
 * full stop. Messages come from many places (the core's errors start in lower case, as errors compose into longer
 * messages), so the rule is applied here, once. Pure (no vscode import) so it is unit-tested.
 */
export function noticeText(message: string): string {
  return `Policy Sourcebook: ${asSentence(message)}`;
}
