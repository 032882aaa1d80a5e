import type * as vscode from 'vscode';
import type { KnowledgeBase } from '../core/knowledge/knowledgeBase';

/**
 * What every feature of the adapter is given. Small on purpose: features do not reach for globals, so tests and
 * the wiring in extension.ts stay the only places that know how things are built.
 */
export interface SourcebookServices {
  /** The bundled index, loaded on first call (never at activation). Throws a KnowledgeLoadError when unusable. */
  knowledge(): KnowledgeBase;
  /** Where the compiled index is (the claim checker's worker thread loads its own copy). */
  knowledgeFile: string;
  /** Whether Sourcebook works in this document (setting `sourcebook.languages`). */
  isEnabledFor(document: vscode.TextDocument): boolean;
  /** The `sourcebook:` URI that shows a source read-only (a reading copy: see `sourceLocation` for offsets in it). */
  sourceUri(sourceKey: string): vscode.Uri;
  /** Where [start, end) of a source's text stands in its `sourcebook:` document, for diagnostics' related information. */
  sourceLocation(sourceKey: string, start: number, end: number): vscode.Location;
  /** Where the adapter logs (Output › Policy Sourcebook). */
  log: vscode.LogOutputChannel;
}

/** Document selector entries for the configured languages (files and untitled documents). */
export function selectorFor(languages: readonly string[]): vscode.DocumentFilter[] {
  return languages.flatMap((language) => [
    { language, scheme: 'file' },
    { language, scheme: 'untitled' },
    { language, scheme: 'vscode-remote' },
  ]);
}

/**
 * Every draft document, whatever its language: providers registered with this filter by `isEnabledFor`, so a change
 * to `sourcebook.languages` applies at once without re-registering.
 */
export const DRAFT_SELECTOR: vscode.DocumentFilter[] = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-remote' }];
