/**
 * Checking a whole draft: the claim checker paragraph by paragraph through the cache, then the ignore rules. The
 * editor and the CLI both call this, so a draft gets the same findings in either.
 */
import { citedKeys } from '../citations/citedKeys';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { foldForAnalysis, originalEnd, originalStart } from '../text/fold';
import { checkTexts } from './checker';
import { ParagraphCache, type CacheStats } from './incremental';
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
  /** The workspace ignore file's claims. */
  ignored?: IgnoredClaims;
  /** Keep one per open document so a re-check analyses only changed paragraphs; omit for a one-off check. */
  cache?: ParagraphCache<DocumentFinding>;
  isCancelled?: () => boolean;
}

/** What a check found, after ignore rules, and how much work the cache saved. */
export interface DocumentCheck {
  findings: DocumentFinding[];
  /** How many findings ignore comments and the ignore file silenced. */
  ignoredInline: number;
  ignoredByFile: number;
  stats: CacheStats;
}

/** Checks `text` in one go (the CLI, and quick fixes that need the findings now). */
export function checkDocument(kb: KnowledgeBase, text: string, options: DocumentCheckOptions = {}): DocumentCheck {
  const { cache, analyse, isCancelled } = prepare(kb, options);
  const found = cache.run(text, analyse, isCancelled);
  // Only a caller that passed isCancelled can see a cancelled run; it gets empty findings it must discard.
  return suppress(text, found ?? [], options.ignored, cache.lastStats);
}

/**
 * Checks `text` in slices that give the event loop a turn (the editor). Undefined when cancelled, so stale results
 * are never published.
 */
export async function checkDocumentInSlices(kb: KnowledgeBase, text: string, options: DocumentCheckOptions = {}): Promise<DocumentCheck | undefined> {
  const { cache, analyse, isCancelled } = prepare(kb, options);
  const found = await cache.runInSlices(text, analyse, isCancelled);
  return found && suppress(text, found, options.ignored, cache.lastStats);
}

function prepare(kb: KnowledgeBase, options: DocumentCheckOptions) {
  const cache = options.cache ?? new ParagraphCache<DocumentFinding>();
  const includeUnsupported = options.includeUnsupported ?? false;
  cache.useContext(kb, includeUnsupported);
  const isCancelled = options.isCancelled ?? (() => false);
  const analyse = (paragraphs: readonly string[]): DocumentFinding[][] => {
    // The checker reads each paragraph folded (invisible and look-alike characters cannot hide a claim); findings
    // are mapped back to the paragraph as written, and keyed for the ignore file by the folded sentence.
    const folded = paragraphs.map(foldForAnalysis);
    return checkTexts(kb, folded.map((f) => f.text), { includeUnsupported, isCancelled }).map((found, k) =>
      found.map((f) => ({
        ...f,
        start: originalStart(folded[k], f.start),
        end: originalEnd(folded[k], f.end),
        sentence: sentenceAt(folded[k].text, f),
      })),
    );
  };
  return { cache, analyse, isCancelled };
}

function suppress(text: string, found: DocumentFinding[], ignored: IgnoredClaims | undefined, stats: CacheStats): DocumentCheck {
  const directives = findIgnoreDirectives(text);
  const starts = directives.length ? lineStarts(text) : [];
  const findings: DocumentFinding[] = [];
  let ignoredInline = 0;
  let ignoredByFile = 0;
  for (const f of found) {
    if (isIgnoredInline(directives, starts, f)) ignoredInline++;
    else if (ignored?.has(f.factId, f.sentence)) ignoredByFile++;
    else findings.push(f);
  }
  return { findings, ignoredInline, ignoredByFile, stats };
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

/** True when the finding's sentence already cites `sourceKey` in Pandoc syntax. */
export function sentenceCites(text: string, finding: ClaimFinding, sourceKey: string): boolean {
  const sentence = sentenceRangeAt(text, finding);
  return citedKeys(text.slice(sentence.start, sentence.end)).includes(sourceKey);
}
