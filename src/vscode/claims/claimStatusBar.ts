import * as vscode from 'vscode';
import type { ClaimDiagnosticsManager } from './claimDiagnostics';

export const CHECK_DOCUMENT_COMMAND = 'sourcebook.checkDocument';

/** The count of claim findings in the active draft; clicking it checks the document again. */
export class ClaimStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourcebook.claims', vscode.StatusBarAlignment.Left, 50);

  constructor(private readonly manager: ClaimDiagnosticsManager) {
    this.item.name = 'Sourcebook Claims';
    this.item.command = CHECK_DOCUMENT_COMMAND;
  }

  /** Shows the count for the active editor's document, or hides the item when that is not a checked draft. */
  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.manager.applies(document)) {
      this.item.hide();
      return;
    }
    const count = this.manager.countFor(document.uri);
    if (count === undefined) {
      this.item.text = '$(loading~spin) Claims';
      this.item.tooltip = 'Sourcebook is checking the claims in this draft';
    } else {
      this.item.text = count === 0 ? '$(check) Claims' : `$(warning) ${count} ${count === 1 ? 'claim' : 'claims'}`;
      this.item.tooltip =
        count === 0 ? 'No claim in this draft conflicts with the sources. Click to check again.' : `${count} ${count === 1 ? 'claim differs' : 'claims differ'} from the sources. Click to check again.`;
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
