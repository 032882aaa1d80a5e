import * as vscode from 'vscode';
import { checkDocument, checkDocumentInSlices, type DocumentCheck, type DocumentFinding } from '../../core/claims/document';
import { ParagraphCache } from '../../core/claims/incremental';
import type { SourcebookServices } from '../services';
import { claimDiagnostic } from './claimDiagnostic';
import { claimSettings } from './claimSettings';
import type { WorkspaceIgnoreFiles } from './ignoreFiles';

/** What the manager knows about one open draft. */
interface DraftState {
  cache: ParagraphCache<DocumentFinding>;
  timer?: ReturnType<typeof setTimeout>;
  running?: vscode.CancellationTokenSource;
  /** The findings last published, and the document version they belong to. */
  published?: { version: number; check: DocumentCheck };
}

/**
 * Holds the state of claim checking: one paragraph cache per open draft, a debounce timer, the check in flight.
 * The checking itself is the editor-independent `checkDocument*`; this class decides when to run it and publishes
 * the results. A newer edit cancels the check in flight, so stale diagnostics are never published.
 */
export class ClaimDiagnosticsManager implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sourcebook-claims');
  private readonly drafts = new Map<string, DraftState>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after diagnostics of a document were published or cleared. */
  readonly onDidPublish = this.changed.event;

  constructor(
    private readonly services: SourcebookServices,
    private readonly ignoreFiles: WorkspaceIgnoreFiles,
  ) {}

  /** Whether `document` is a draft that should be checked now. */
  applies(document: vscode.TextDocument): boolean {
    return this.services.isEnabledFor(document) && claimSettings(document).enabled;
  }

  /** Schedules a check after the debounce delay; earlier scheduled or running checks of the document are dropped. */
  schedule(document: vscode.TextDocument, delayMs = claimSettings(document).debounceMs): void {
    if (!this.applies(document)) {
      this.forget(document.uri);
      return;
    }
    const state = this.stateOf(document);
    this.stop(state);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.run(document, state);
    }, delayMs);
  }

  /** Checks `document` now and waits for the result (the Check Document command). */
  async checkNow(document: vscode.TextDocument): Promise<DocumentCheck | undefined> {
    if (!this.applies(document)) return undefined;
    const state = this.stateOf(document);
    this.stop(state);
    return this.run(document, state);
  }

  /** Re-checks every open draft (settings or the ignore file changed). */
  recheckAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (this.applies(document)) this.schedule(document, 0);
      else this.forget(document.uri);
    }
  }

  /**
   * The findings for the document as it is now: the published ones when they are current, else a check done on the
   * spot (cheap: only changed paragraphs are analysed). Quick fixes use this so their edits are never stale.
   */
  currentFindings(document: vscode.TextDocument): DocumentFinding[] {
    if (!this.applies(document)) return [];
    const state = this.stateOf(document);
    if (state.published?.version === document.version) return state.published.check.findings;
    return checkDocument(this.services.knowledge(), document.getText(), this.optionsFor(document, state)).findings;
  }

  /** The published findings for `uri`, for the status bar; undefined until the first check is published. */
  findingsFor(uri: vscode.Uri): readonly DocumentFinding[] | undefined {
    return this.drafts.get(uri.toString())?.published?.check.findings;
  }

  /** Clears everything known about a document (closed, or no longer a draft). */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.drafts.get(key);
    if (state) this.stop(state);
    this.drafts.delete(key);
    if (this.collection.has(uri)) {
      this.collection.delete(uri);
      this.changed.fire(uri);
    }
  }

  private async run(document: vscode.TextDocument, state: DraftState): Promise<DocumentCheck | undefined> {
    const source = new vscode.CancellationTokenSource();
    state.running = source;
    const version = document.version;
    const isCancelled = () => source.token.isCancellationRequested || document.isClosed || document.version !== version;
    try {
      const started = Date.now();
      const check = await checkDocumentInSlices(this.services.knowledge(), document.getText(), { ...this.optionsFor(document, state), isCancelled });
      if (!check || isCancelled()) return undefined;
      const settings = claimSettings(document);
      this.collection.set(
        document.uri,
        check.findings.map((f) => claimDiagnostic(document, f, settings.severity, this.services)),
      );
      state.published = { version, check };
      this.services.log.debug(
        `claims: ${document.uri.fsPath || document.uri.toString()} v${version}: ${check.findings.length} findings, ` +
          `${check.stats.analysed}/${check.stats.paragraphs} paragraphs analysed in ${Date.now() - started} ms`,
      );
      this.changed.fire(document.uri);
      return check;
    } catch (err) {
      // A broken index is reported once by services.knowledge(); anything else is a bug worth a log line, not a crash.
      this.services.log.error(`claim check of ${document.uri.toString()} failed: ${(err as Error).stack ?? String(err)}`);
      return undefined;
    } finally {
      if (state.running === source) state.running = undefined;
      source.dispose();
    }
  }

  private optionsFor(document: vscode.TextDocument, state: DraftState) {
    return {
      cache: state.cache,
      includeUnsupported: claimSettings(document).includeUnsupported,
      ignored: this.ignoreFiles.claimsFor(document),
    };
  }

  private stateOf(document: vscode.TextDocument): DraftState {
    const key = document.uri.toString();
    let state = this.drafts.get(key);
    if (!state) {
      state = { cache: new ParagraphCache<DocumentFinding>() };
      this.drafts.set(key, state);
    }
    return state;
  }

  private stop(state: DraftState): void {
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    state.running?.cancel();
  }

  dispose(): void {
    for (const state of this.drafts.values()) this.stop(state);
    this.drafts.clear();
    this.collection.dispose();
    this.changed.dispose();
  }
}
