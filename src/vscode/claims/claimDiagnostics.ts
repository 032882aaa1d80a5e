import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DocumentCheck, DocumentFinding } from '../../core/claims/document';
import type { ClaimCheckClient } from '../../worker/claimCheckClient';
import type { SourcebookServices } from '../services';
import { claimDiagnostic } from './claimDiagnostic';
import { claimSettings } from './claimSettings';
import type { WorkspaceIgnoreFiles } from './ignoreFiles';

/** What the manager knows about one open draft. */
interface DraftState {
  timer?: ReturnType<typeof setTimeout>;
  running?: vscode.CancellationTokenSource;
  /** The findings last published, and the document version they belong to. */
  published?: { version: number; check: DocumentCheck };
  /** The version whose check ran past its time budget: reported once, not retried until the text changes. */
  overBudget?: number;
}

/**
 * Holds the state of claim checking: a debounce timer per open draft, the check in flight, what was published.
 * The checking itself runs in a worker thread (`ClaimCheckClient`, which keeps each draft's paragraph cache), never
 * on the extension host's thread, within a time budget; this class decides when to run it and publishes the
 * results. A newer edit supersedes the check in flight, so stale diagnostics are never published.
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
    private readonly checker: ClaimCheckClient,
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
   * The findings for the document as it is now: the published ones when they are current, else a check done now
   * (cheap: only changed paragraphs are analysed). Quick fixes use this so their edits are never stale.
   */
  async currentFindings(document: vscode.TextDocument): Promise<DocumentFinding[]> {
    if (!this.applies(document)) return [];
    const state = this.stateOf(document);
    if (state.published?.version === document.version) return state.published.check.findings;
    const check = await this.checkNow(document);
    return check && state.published?.version === document.version ? check.findings : [];
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
    this.checker.forget(key);
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
    const name = document.uri.fsPath || document.uri.toString();
    try {
      if (state.overBudget === version) return undefined;
      // The thread checks against the same knowledge as the rest of the editor: the writer's sources once read.
      const knowledgeFile = await this.services.claimKnowledgeFile();
      if (isCancelled()) return undefined;
      if (this.checker.currentKnowledgeFile !== knowledgeFile) this.checker.useKnowledge(knowledgeFile);
      const outcome = await this.checker.check(document.uri.toString(), document.getText(), this.optionsFor(document));
      if (isCancelled()) return undefined;
      if (outcome.status === 'overBudget') {
        this.reportOverBudget(document, state, outcome.budgetMs);
        return undefined;
      }
      if (outcome.status === 'failed') {
        this.services.log.error(`claim check of ${name} failed: ${outcome.message}`);
        return undefined;
      }
      if (outcome.status !== 'done') return undefined;
      const { check } = outcome;
      state.overBudget = undefined;
      const settings = claimSettings(document);
      this.collection.set(
        document.uri,
        check.findings.map((f) => claimDiagnostic(document, f, settings.severity, this.services)),
      );
      state.published = { version, check };
      this.services.log.debug(
        `claims: ${name} v${version}: ${check.findings.length} findings, ` +
          `${check.stats.analysed}/${check.stats.paragraphs} paragraphs analysed in ${outcome.ms} ms`,
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

  /**
   * A check that ran past its budget was stopped: its findings are unknown, so none are shown rather than stale
   * ones, and the writer is told once for this version of the draft. The next edit tries again.
   */
  private reportOverBudget(document: vscode.TextDocument, state: DraftState, budgetMs: number): void {
    state.overBudget = document.version;
    state.published = undefined;
    this.collection.delete(document.uri);
    this.changed.fire(document.uri);
    const name = document.uri.fsPath || document.uri.toString();
    this.services.log.warn(`claim check of ${name} v${document.version} took longer than ${budgetMs} ms and was stopped`);
    void vscode.window.showWarningMessage(
      `Policy Sourcebook stopped checking ${path.basename(document.uri.path)}: the check took longer than ${budgetMs / 1000} s. ` +
        'Claims in it are not checked until it is edited again.',
    );
  }

  private optionsFor(document: vscode.TextDocument) {
    return {
      includeUnsupported: claimSettings(document).includeUnsupported,
      curatedFacts: claimSettings(document).curatedFacts,
      ignored: this.ignoreFiles.claimsFor(document),
    };
  }

  private stateOf(document: vscode.TextDocument): DraftState {
    const key = document.uri.toString();
    let state = this.drafts.get(key);
    if (!state) {
      state = {};
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
