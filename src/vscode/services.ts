import type * as vscode from 'vscode';
import type { KnowledgeBase } from '../core/knowledge/knowledgeBase';
import type { EditorKnowledge } from '../node/library/editorSources';
import type { DraftProviderRegistration } from './drafts';

/**
 * What every feature of the adapter is given. Small on purpose: features do not reach for globals, so tests and
 * the wiring in extension.ts stay the only places that know how things are built.
 */
export interface SourcebookServices {
  /**
   * The knowledge loaded so far: the bundled index (unless left out) and the writer's own sources. The first call
   * starts reading them in the background (never at activation); until that read is done this is the bundled index,
   * or nothing when it is left out. Throws a KnowledgeLoadError when the bundled index is needed and unusable.
   */
  knowledge(): KnowledgeBase;
  /** The knowledge once the read in flight is done: what commands and hovers wait for. */
  knowledgeReady(): Promise<KnowledgeBase>;
  /** The last knowledge read, with the library's file statuses and how the sources were chosen (the Sources view). */
  lastKnowledge(): EditorKnowledge | undefined;
  /** Fires when a read of the knowledge is done and in use (the sources, the team file or the settings changed). */
  onDidChangeKnowledge: vscode.Event<void>;
  /** Reads the sources again. */
  reloadKnowledge(why: string): void;
  /** The compiled knowledge file the claim checker's worker thread loads (it loads its own copy), once written. */
  claimKnowledgeFile(): Promise<string>;
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
