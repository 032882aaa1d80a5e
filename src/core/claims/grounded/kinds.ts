/**
 * The kind of a thing, read from a family of sibling kinds (lexicon.ts `KIND_FAMILIES`): a draft naming one kind
 * where the passage telling the same event names another of the family ("a South Korean submarine had locked its
 * fire-control radar onto the aircraft" against "a South Korean destroyer locking its fire-control radar onto a
 * Japanese patrol aircraft") is wrong about what the thing was. The kind is a common noun, not a value the alignment
 * pairs, so it is read apart: at the same place in both sentences, told by the words either side of it.
 */
import type { Alignment } from './alignment';
import { breaksClause, deniedEarlierInClause } from './alignment/clauses';
import { MIN_ANCHORS } from './candidates';
import { finding } from './conflictFinding';
import { KIND_FAMILIES } from './lexicon';
import type { AnalysedSentence } from './sentenceAnalysis';
import { textBetween, wordsText, type SourceClaim } from './sourceClaims';
import type { ClaimFinding } from '../types';
import { stem } from './stem';

/** A kind a sentence names: its family and kind (indexes into `KIND_FAMILIES`), and its words, first and last. */
interface KindAt {
  family: number;
  kind: number;
  first: number;
  last: number;
}

/** Each kind's words as stems, under the stem of its first word: `[family, kind, stems]`. */
const KINDS_BY_FIRST: ReadonlyMap<string, readonly (readonly [number, number, readonly string[]])[]> = (() => {
  const map = new Map<string, [number, number, string[]][]>();
  KIND_FAMILIES.forEach((family, f) =>
    family.forEach((kind, k) =>
      kind.forEach((phrase) => {
        const stems = phrase.split(' ').map(stem);
        map.set(stems[0], [...(map.get(stems[0]) ?? []), [f, k, stems]]);
      }),
    ),
  );
  return map;
})();

/** The mark joining the words of a compound ("anti-submarine", "live-fire"). */
const HYPHEN = /^[-‐‑]$/;

/** Whether words i and j are joined by a hyphen into one compound. */
function joined(a: AnalysedSentence, i: number, j: number): boolean {
  return i >= 0 && j < a.words.length && HYPHEN.test(textBetween(a, i, j));
}

/**
 * The kinds a sentence names outside quotation marks, each a whole word or compound: "submarine" in "an
 * anti-submarine drill" is part of another word, the kind of drill.
 */
function kindsIn(a: AnalysedSentence): KindAt[] {
  const found: KindAt[] = [];
  for (let i = 0; i < a.words.length; i++) {
    for (const [family, kind, stems] of KINDS_BY_FIRST.get(a.stems[i]) ?? []) {
      const last = i + stems.length - 1;
      if (last >= a.words.length || stems.some((s, n) => a.stems[i + n] !== s)) continue;
      if (a.quoted[i] === 1 || joined(a, i - 1, i) || joined(a, last, last + 1)) continue;
      found.push({ family, kind, first: i, last });
    }
  }
  return found;
}

/** How many content words or named things either side of a kind tell where it stands. */
const CONTEXT_REACH = 3;

/**
 * The content words (stems) and named things (keys) nearest a kind on one side (`step` -1 before, 1 after), up to
 * `CONTEXT_REACH`, within its clause.
 */
function sideOf(a: AnalysedSentence, at: KindAt, step: -1 | 1): Set<string> {
  const out = new Set<string>();
  let k = step < 0 ? at.first : at.last;
  while (out.size < CONTEXT_REACH) {
    const next = k + step;
    if (next < 0 || next >= a.words.length || breaksClause(a, Math.min(k, next), Math.max(k, next))) break;
    k = next;
    const slot = a.slots.find((o) => o.kind === 'entity' && o.first <= k && k <= o.last);
    if (slot) {
      out.add(slot.entity!.key);
      k = step < 0 ? slot.first : slot.last;
    } else if (a.content[k] === 1) out.add(a.stems[k]);
  }
  return out;
}

/** Whether two kinds stand at the same place in their sentences: a word or named thing beside both, on the same side. */
function samePlace(draft: AnalysedSentence, mine: KindAt, claim: AnalysedSentence, theirs: KindAt): boolean {
  const shares = (x: Set<string>, y: Set<string>) => [...x].some((s) => y.has(s));
  return shares(sideOf(draft, mine, -1), sideOf(claim, theirs, -1)) || shares(sideOf(draft, mine, 1), sideOf(claim, theirs, 1));
}

/**
 * A kind the draft names where the passage telling the sentence names another kind of its family at the same place
 * (`samePlace`): each sentence names one kind of that family, and neither names the other's. Only where the passage
 * tells the sentence (`minCoverage`, `MIN_ANCHORS`) and no value or denial differs.
 */
export function kindConflict(
  draft: AnalysedSentence,
  compared: readonly { claim: SourceClaim; alignment: Alignment }[],
  minCoverage: number,
): ClaimFinding | undefined {
  const mine = kindsIn(draft);
  for (const d of mine) {
    const family = mine.filter((o) => o.family === d.family);
    // Other kinds of the family the draft names besides (a pair: "between democracy and communism").
    const others = new Set(family.filter((o) => o.kind !== d.kind).map((o) => o.kind));
    if (deniedEarlierInClause(draft, d.first)) continue;
    for (const { claim, alignment } of [...compared].sort((x, y) => y.alignment.coverage - x.alignment.coverage)) {
      const source = claim.analysis;
      if (alignment.anchors < MIN_ANCHORS || alignment.coverage < minCoverage || alignment.unresolved > 0) continue;
      if (alignment.mismatches.length > 0 || alignment.polarity || source.hedged) continue;
      const named = kindsIn(source).filter((o) => o.family === d.family);
      if (named.length === 0 || named.some((o) => o.kind === d.kind)) continue;
      // The draft's other kinds are the passage's too, and the passage names one kind more, the one the draft's
      // stands for ("democracy and communism" against "democracy and authoritarianism"): the pair with one swapped.
      if ([...others].some((k) => !named.some((o) => o.kind === k))) continue;
      const theirs = named.filter((o) => !others.has(o.kind));
      if (theirs.length === 0 || theirs.some((o) => o.kind !== theirs[0].kind)) continue;
      const s = theirs.find((o) => samePlace(draft, d, source, o) && !deniedEarlierInClause(source, o.first));
      if (!s) continue;
      const start = draft.words[d.first].start;
      const end = draft.words[d.last].end;
      const words = draft.source.slice(start - draft.start, end - draft.start);
      return finding(claim, start, end, words, wordsText(source, s.first, s.last), undefined);
    }
  }
  return undefined;
}
