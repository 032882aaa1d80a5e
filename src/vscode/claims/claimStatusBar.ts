import * as vscode from 'vscode';
import { tallyFindings } from '../../core/claims/tally';
import type { ClaimDiagnosticsManager } from './claimDiagnostics';
import { claimStatus } from './claimSummary';

export const CHECK_DOCUMENT_COMMAND = 'sourcebook.checkDocument';

/** The conflicts and notes in the active draft, counted apart; clicking the item checks the document again. */
export class ClaimStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourcebook.claims', vscode.StatusBarAlignment.Left, 50);

  constructor(private readonly manager: ClaimDiagnosticsManager) {
    this.item.name = 'Sourcebook Claims';
    this.item.command = CHECK_DOCUMENT_COMMAND;
  }

  /** Shows the counts for the active editor's document, or hides the item when that is not a checked draft. */
  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.manager.applies(document)) {
      this.item.hide();
      return;
    }
    const findings = this.manager.findingsFor(document.uri);
    if (findings === undefined) {
      this.item.text = '$(loading~spin) Checking claims';
      this.item.tooltip = 'Sourcebook is checking the claims in this draft against the sources.';
    } else {
      const { text, tooltip } = claimStatus(tallyFindings(findings));
      this.item.text = text;
      this.item.tooltip = tooltip;
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
