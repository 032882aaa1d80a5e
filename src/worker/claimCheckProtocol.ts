/**
 * The messages between the editor and the claim-checking worker thread. Plain data only: they are copied between
 * threads by structured cloning.
 */
import type { DocumentCheck } from '../core/claims/document';
import type { IgnoredClaim } from '../core/claims/suppressions';

/** What the worker is started with. */
export interface ClaimWorkerData {
  /** The compiled knowledge index the worker loads for itself. */
  knowledgeFile: string;
}

/** Check `text`, the current content of `document` (a key the worker keeps a paragraph cache under). */
export interface CheckRequest {
  kind: 'check';
  id: number;
  document: string;
  text: string;
  includeUnsupported: boolean;
  /** Check against the hand-written facts of knowledge/facts as well as the claims extracted from the sources. */
  curatedFacts: boolean;
  /** The workspace ignore file's entries and where they came from, if any applies. */
  ignored?: { file?: string; claims: IgnoredClaim[] };
}

/** Drop what the worker keeps for a closed document. */
export interface ForgetRequest {
  kind: 'forget';
  document: string;
}

export type ClaimWorkerRequest = CheckRequest | ForgetRequest;

/**
 * The answer to the `CheckRequest` with the same id; or, once at start, whether the worker is ready (knowledge loaded,
 * checker compiled, with notes on the caches it used) or cannot work at all.
 */
export type ClaimWorkerReply =
  { id: number; check: DocumentCheck } | { id: number; error: string } | { ready: true; notes?: string[] } | { fatal: string };
