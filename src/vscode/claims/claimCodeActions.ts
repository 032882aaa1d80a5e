import * as vscode from 'vscode';
import { planCitationInsertion } from '../../core/citations/insertion';
import { citationOffset, citationsToOffer, type DocumentFinding } from '../../core/claims/document';
import { quoted } from '../../core/claims/messages';
import { inlineIgnoreEdit } from '../../core/claims/suppressions';
import { citationSettings } from '../citations/citationSettings';
import type { SourcebookServices } from '../services';
import { isDiagnosticOf } from './claimDiagnostic';
import type { ClaimDiagnosticsManager } from './claimDiagnostics';

/** Command the "ignore in the workspace file" fix runs (not in the palette: it needs a finding). */
export const IGNORE_IN_WORKSPACE_COMMAND = 'sourcebook.ignoreClaimInWorkspace';

/** Arguments of `IGNORE_IN_WORKSPACE_COMMAND`. */
export interface IgnoreInWorkspaceArgs {
  uri: string;
  finding: DocumentFinding;
}

/**
 * Quick fixes for claim diagnostics: put the sourced value in, cite a source that backs the draft's words, or ignore
 * the claim here or for the whole team. Each works on the findings of the document as it is now, so an edit is never
 * made at a stale place.
 */
export class ClaimCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly manager: ClaimDiagnosticsManager,
    private readonly services: SourcebookServices,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const ours = context.diagnostics.filter((d) => d.source === 'Sourcebook');
    if (ours.length === 0) return [];
    const actions: vscode.CodeAction[] = [];
    for (const finding of await this.manager.currentFindings(document)) {
      const diagnostic = ours.find((d) => isDiagnosticOf(document, d, finding));
      if (!diagnostic || !diagnostic.range.intersection(range)) continue;
      actions.push(...this.fixesFor(document, finding, diagnostic));
    }
    return actions;
  }

  private fixesFor(document: vscode.TextDocument, finding: DocumentFinding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];
    const fix = (title: string, build: (action: vscode.CodeAction) => void, preferred = false) => {
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = preferred;
      build(action);
      actions.push(action);
    };

    if (finding.replacement !== undefined && finding.replacement !== finding.claimed) {
      fix(
        `Replace ${quoted(finding.claimed)} with ${quoted(finding.replacement)} (what the sources say)`,
        (a) => {
          a.edit = new vscode.WorkspaceEdit();
          a.edit.replace(document.uri, diagnostic.range, finding.replacement!);
        },
        true,
      );
    }

    const style = citationSettings(document, this.services.log).style;
    const kb = this.services.knowledge();
    // Only a source that says what the draft says: citing one that contradicts it would lend the claim its authority.
    for (const citation of citationsToOffer(text, finding)) {
      fix(`Cite ${citation.source} for this claim`, (a) => {
        const edits = planCitationInsertion(
          kb,
          text,
          citationOffset(text, finding),
          { source: citation.source, passage: citation.passage },
          style,
        );
        a.edit = new vscode.WorkspaceEdit();
        for (const e of edits)
          a.edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
      });
    }

    fix('Ignore this claim here (comment in the draft)', (a) => {
      const edit = inlineIgnoreEdit(text, finding, document.languageId !== 'plaintext');
      a.edit = new vscode.WorkspaceEdit();
      a.edit.insert(document.uri, document.positionAt(edit.offset), edit.insert);
    });

    fix('Ignore this claim for the team (workspace ignore file)', (a) => {
      const args: IgnoreInWorkspaceArgs = { uri: document.uri.toString(), finding };
      a.command = { command: IGNORE_IN_WORKSPACE_COMMAND, title: 'Ignore this claim for the team', arguments: [args] };
    });
    return actions;
  }
}
