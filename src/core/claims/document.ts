/**
 * Checking a whole draft: the claim checker paragraph by paragraph through the cache, then the ignore rules. The
 * editor and the CLI both call this, so a draft gets the same findings in either.
 */
import { citedKeys } from '../citations/citedKeys';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Citation } from '../knowledge/types';
import { foldForAnalysis, originalEnd, originalStart } from '../text/fold';
import { checkTexts } from './checker';
import { checkGroundedTexts, clearsCuratedFinding, ownClauseOf } from './grounded/groundedCheck';
import { ReadAhead } from './grounded/readings';
import { ParagraphCache, type CacheStats, type Located } from './incremental';
import { findIgnoreDirectives, IgnoredClaims, isIgnoredInline, lineStarts, sentenceAt, sentenceRangeAt } from './suppressions';
import type { ClaimFinding } from './types';

/** A finding with the sentence it was made in: what the workspace ignore file keys on. */
export interface DocumentFinding extends ClaimFinding {
  sentence: string;
}

/** Options of `checkDocument`. */
export interface DocumentCheckOptions {
  /** Also report dated or numbered claims no fact covers (information level). */
  includeUnsupported?: boolean;
  /**
   * Check against the hand-written facts of `knowledge/facts` as well as the claims extracted from the sources'
   * text (default true). False: the extracted claims alone, as for a writer's own sources that have no curated facts.
   */
  curatedFacts?: boolean;
  /** The workspace ignore file's claims. */
  ignored?: IgnoredClaims;
  /** Keep one per open document so a re-check analyses only changed paragraphs; omit for a one-off check. */
  cache?: ParagraphCache<DocumentFinding>;
  /** Polled as the check goes; once it returns true the check stops, and its (empty) findings are to be discarded. */
  isCancelled?: () => boolean;
}

/** A finding an ignore rule silenced, and which rule: a comment in the draft, or the workspace ignore file. */
export interface SuppressedFinding {
  finding: DocumentFinding;
  by: 'inline' | 'file';
}

/** What a check found, after ignore rules, and how much work the cache saved. */
export interface DocumentCheck {
  findings: DocumentFinding[];
  /** How many findings ignore comments and the ignore file silenced. */
  ignoredInline: number;
  ignoredByFile: number;
  /** The silenced findings themselves, in document order, for reports that must account for them (SARIF). */
  suppressed: SuppressedFinding[];
  stats: CacheStats;
}

/** Checks `text` in one go (the CLI, and the editor's worker thread, src/worker). */
export function checkDocument(kb: KnowledgeBase, text: string, options: DocumentCheckOptions = {}): DocumentCheck {
  const cache = options.cache ?? new ParagraphCache<DocumentFinding>();
  const includeUnsupported = options.includeUnsupported ?? false;
  const curatedFacts = options.curatedFacts ?? true;
  cache.useContext(kb, includeUnsupported, curatedFacts);
  const isCancelled = options.isCancelled ?? (() => false);
  const analyse = (paragraphs: readonly string[]): DocumentFinding[][] => {
    // The checker reads each paragraph folded (invisible and look-alike characters cannot hide a claim); findings
    // are mapped back to the paragraph as written, and keyed for the ignore file by the folded sentence.
    const folded = paragraphs.map(foldForAnalysis);
    const texts = folded.map((f) => f.text);
    // The sentences the curated pass vets are read once, for the extracted claims' pass as well.
    const readAhead = new ReadAhead(kb);
    const curated = curatedFacts
      ? checkTexts(kb, texts, { includeUnsupported, isCancelled }).map((found, k) =>
          found.filter((f) => !backedElsewhere(kb, texts[k], f, readAhead)),
        )
      : texts.map((): ClaimFinding[] => []);
    // The sentences the curated findings speak about: the extracted claims' conflicts there are left out of the merge,
    // so they are not looked for. A note that the sources differ ("still valid" follows one source) speaks about its
    // own words alone: it warns of nothing, so the rest of its sentence ("…, and he has since taken concrete steps to
    // restore it") is checked as ever, and only a conflict on the note's words is left out.
    const covered = curated.map((found, k) =>
      found.filter((f) => f.code !== 'claim-sources-differ').map((f) => sentenceRangeAt(texts[k], f)),
    );
    const noted = curated.map((found, k) => [...covered[k], ...found.filter((f) => f.code === 'claim-sources-differ')]);
    const grounded = checkGroundedTexts(kb, texts, isCancelled, covered, readAhead);
    return curated
      .map((found, k) => mergeFindings(found, grounded[k], noted[k]))
      .map((found, k) =>
        found.map((f) => ({
          ...f,
          start: originalStart(folded[k], f.start),
          end: originalEnd(folded[k], f.end),
          sentence: sentenceAt(folded[k].text, f),
        })),
      );
  };
  const found = cache.run(text, analyse, isCancelled);
  // Only a caller that passed isCancelled can see a cancelled run; it gets empty findings it must discard.
  return suppress(text, found ?? [], options.ignored, cache.lastStats);
}

/**
 * Whether a curated fact's conflict is on a date or number a source passage states in the sentence's own words: the
 * sentence then tells another event the sources date so (or the sources disagree), and the fact, matched by its
 * trigger words, is not what it speaks of. Or the sentence is hearsay of no one named ("Some recall …"): no claim of
 * the writer's, read as the extracted claims' pass reads it.
 */
function backedElsewhere(kb: KnowledgeBase, text: string, finding: ClaimFinding, readAhead: ReadAhead): boolean {
  if (finding.code !== 'claim-conflict') return false;
  const sentence = sentenceRangeAt(text, finding);
  return clearsCuratedFinding(kb, text, sentence, finding, readAhead) || !heldInOwnClause(kb, text, sentence, finding, readAhead);
}

/**
 * Whether a curated finding in a sentence of clauses with subjects of their own is found in its clause read alone:
 * a fact matched through another clause's words ("…, and Park Jie-won went to Tokyo in November") is not what the
 * clause holding the value speaks of.
 */
function heldInOwnClause(kb: KnowledgeBase, text: string, sentence: Located, finding: ClaimFinding, readAhead: ReadAhead): boolean {
  const clause = ownClauseOf(text, sentence, finding, readAhead);
  if (!clause) return true;
  const [alone] = checkTexts(kb, [text.slice(clause.start, clause.end)]);
  return alone.some((f) => f.factId === finding.factId && f.start === finding.start - clause.start && f.end === finding.end - clause.start);
}

/**
 * The curated facts' findings and the extracted claims' conflicts together: a sentence a curated fact already speaks
 * about (`covered`, each curated finding's sentence) keeps that finding alone (its message and fix were written for
 * it), so no claim is warned about twice.
 */
function mergeFindings(curated: ClaimFinding[], grounded: ClaimFinding[], covered: readonly Located[]): ClaimFinding[] {
  if (grounded.length === 0) return curated;
  const added = grounded.filter((g) => !covered.some((r) => g.start < r.end && r.start < g.end));
  return added.length === 0 ? curated : [...curated, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

function suppress(text: string, found: DocumentFinding[], ignored: IgnoredClaims | undefined, stats: CacheStats): DocumentCheck {
  const directives = findIgnoreDirectives(text);
  const starts = directives.length ? lineStarts(text) : [];
  const findings: DocumentFinding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of found) {
    if (isIgnoredInline(directives, starts, f)) suppressed.push({ finding: f, by: 'inline' });
    else if (ignored?.has(f.factId, f.sentence)) suppressed.push({ finding: f, by: 'file' });
    else findings.push(f);
  }
  const ignoredInline = suppressed.filter((s) => s.by === 'inline').length;
  return { findings, ignoredInline, ignoredByFile: suppressed.length - ignoredInline, suppressed, stats };
}

/**
 * Where a citation for `finding` goes: at the end of its sentence, before the closing punctuation, as Pandoc and the
 * author-date styles expect ("... in October 2018 [@sakata2020].").
 */
export function citationOffset(text: string, finding: ClaimFinding): number {
  const sentence = sentenceRangeAt(text, finding);
  let end = sentence.end;
  while (end > finding.end && /[.!?:;]/.test(text[end - 1])) end--;
  return end;
}

/**
 * The citations a quick fix may add to the finding's sentence: one quote per source that says what the draft says
 * (the fact's order puts the best first), leaving out sources the sentence already cites. None for a conflict: its
 * sources contradict the sentence.
 */
export function citationsToOffer(text: string, finding: ClaimFinding): Citation[] {
  const offered: Citation[] = [];
  for (const c of finding.citations) {
    if (!finding.backedBy.includes(c.source) || offered.some((o) => o.source === c.source) || sentenceCites(text, finding, c.source))
      continue;
    offered.push(c);
  }
  return offered;
}

/** True when the finding's sentence already cites `sourceKey` in Pandoc syntax. */
export function sentenceCites(text: string, finding: ClaimFinding, sourceKey: string): boolean {
  const sentence = sentenceRangeAt(text, finding);
  return citedKeys(text.slice(sentence.start, sentence.end)).includes(sourceKey);
}
