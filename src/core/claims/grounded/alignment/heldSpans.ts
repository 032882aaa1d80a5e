/**
 * A span the draft opens at a date ("only since the 2010s") against a passage's thing held for a length up to its
 * writing ("For over three decades, Seoul and Tokyo have tussled …"): the two are one account of how long only where
 * the draft tells the passage's held state itself, not another thing the passage names on the way ("North Korea's
 * arsenal has grown since 2017" against "… North Korea's growing arsenal … has provided ample motivation …").
 */
import { HELD_CHANGE_WORDS, PRESENT_PERFECT_AUXILIARIES } from '../lexicon';
import type { AnalysedSentence, Slot } from '../sentenceAnalysis';
import { inSlot } from '../sourceClaims';

/**
 * Whether the draft's open span `slot` and the passage's held length `other` tell of other things: the draft's
 * predicate (what follows its perfect's auxiliary, or the whole sentence without one: "The tussle … dates back to …")
 * shares no content word with the passage's (what follows its auxiliary: "have tussled over different
 * interpretations …"), or the draft tells a change of degree since its date ("more bitterly than ever",
 * "increasingly") rather than the state's beginning. A named thing alone does not tie the two: "The dispute over the
 * 1965 treaty has intensified since 2018" tells of the treaty too.
 */
export function heldOfAnother(draft: AnalysedSentence, slot: Slot, claim: AnalysedSentence, other: Slot): boolean {
  if (!slot.opens || other.number?.began === undefined) return false;
  if (draft.words.some((w) => HELD_CHANGE_WORDS.has(w.lower))) return true;
  const held = perfectAt(claim);
  if (held < 0) return true;
  const told = new Set<string>();
  for (let j = held + 1; j < claim.words.length; j++) if (claim.content[j] === 1 && !inSlot(claim, j)) told.add(claim.stems[j]);
  for (let i = perfectAt(draft) + 1; i < draft.words.length; i++)
    if (draft.content[i] === 1 && !inSlot(draft, i) && told.has(draft.stems[i])) return false;
  return true;
}

/** The index of a sentence's first perfect auxiliary ("has", "have"), or -1. */
function perfectAt(a: AnalysedSentence): number {
  return a.words.findIndex((w) => PRESENT_PERFECT_AUXILIARIES.has(w.lower));
}
