/**
 * The claim checker: finds statements in a draft that the sources contradict, and says which source says what.
 * Editor-independent: it takes text and returns findings with UTF-16 offsets; src/vscode turns them into
 * diagnostics and quick fixes, and `sourcebook check` prints them.
 *
 * `checkText(kb, text, options)` is pure and paragraph-local: a claim is read within its sentence, and a pronoun
 * ("he", "it") through the previous sentence of the same paragraph, never further; so checking a paragraph alone gives
 * the same findings (shifted) as checking it inside its document. Precision comes first: a claim is compared only when the sentence's
 * structure ties the value to the fact (the subject present, the value next to the fact's predicate, in the slot the
 * fact describes); hedged, conditional, future, quoted, reported, negated and questioning sentences are left alone.
 *
 * A finding with code `claim-unsupported` (only with `includeUnsupported`) names no fact: its `factId` and
 * `expected` are empty and it has no citations. Only the sources in a finding's `backedBy` may be cited for its claim:
 * a conflict's sources contradict it.
 */
export { checkText } from './checker';
export { factsOf } from './prepared';
export type { CheckOptions, ClaimCode, ClaimFinding, DateValue, Fact, FactKind, FactVariant, NumberValue } from './types';
