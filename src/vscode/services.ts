import type * as vscode from 'vscode';
import type { KnowledgeBase } from '../core/knowledge/knowledgeBase';
import type { DraftProviderRegistration } from './drafts';

/**
 * What every feature of the adapter is given. Small on purpose: features do not reach for globals, so tests and
 * the wiring in extension.ts stay the only places that know how things are built.
 */
export interface SourcebookServices {
  /** The bundled index, loaded on first call (never at activation). Throws a KnowledgeLoadError when unusable. */
  knowledge(): KnowledgeBase;
  /** Where the compiled index is (the claim checker's worker thread loads its own copy). */
  knowledgeFile: string;
  /** Whether Sourcebook works in this document: a file or untitled draft in a language of `sourcebook.languages`. */
  isEnabledFor(document: vscode.TextDocument): boolean;
  /**
   * Registers a feature's providers for the drafts' document selector, and again whenever that selector changes
   * (`sourcebook.languages`, workspace folders). Providers still ask `isEnabledFor` for each document.
   */
  registerForDrafts(register: DraftProviderRegistration): void;
  /** The `sourcebook:` URI that shows a source read-only (a reading copy: see `sourceLocation` for offsets in it). */
  sourceUri(sourceKey: string): vscode.Uri;
  /** Where [start, end) of a source's text stands in its `sourcebook:` document, for diagnostics' related information. */
  sourceLocation(sourceKey: string, start: number, end: number): vscode.Location;
  /** Where the adapter logs (Output › Policy Sourcebook). */
  log: vscode.LogOutputChannel;
}
