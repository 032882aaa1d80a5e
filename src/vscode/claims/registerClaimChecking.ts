import * as vscode from 'vscode';
import type { SourcebookServices } from '../services';
import type { Fact } from '../../core/claims/types';
import { ClaimCodeActionProvider, IGNORE_IN_WORKSPACE_COMMAND } from './claimCodeActions';
import { ClaimDiagnosticsManager } from './claimDiagnostics';
import { affectsClaimSettings } from './claimSettings';
import { CHECK_DOCUMENT_COMMAND, ClaimStatusBar } from './claimStatusBar';
import { parseIgnoreCommandArgs } from './ignoreCommandArgs';
import { WorkspaceIgnoreFiles } from './ignoreFiles';
import { DRAFT_SELECTOR } from '../services';

/**
 * Claim checking in the editor: diagnostics kept up to date as the writer types, quick fixes, the status bar count
 * and "Sourcebook: Check Document". Every disposable is registered here, once.
 */
export function registerClaimChecking(context: vscode.ExtensionContext, services: SourcebookServices): void {
  const ignoreFiles = new WorkspaceIgnoreFiles(services.log);
  const manager = new ClaimDiagnosticsManager(services, ignoreFiles);
  const statusBar = new ClaimStatusBar(manager);

  context.subscriptions.push(
    ignoreFiles,
    manager,
    statusBar,
    vscode.workspace.onDidOpenTextDocument((d) => manager.schedule(d, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) manager.schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => manager.forget(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!affectsClaimSettings(e)) return;
      if (e.affectsConfiguration('sourcebook.ignoreFile')) ignoreFiles.watch();
      manager.recheckAll();
      statusBar.update();
    }),
    ignoreFiles.onDidChange(() => manager.recheckAll()),
    manager.onDidPublish((uri) => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) statusBar.update();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.update()),
    vscode.languages.registerCodeActionsProvider(DRAFT_SELECTOR, new ClaimCodeActionProvider(manager, services), ClaimCodeActionProvider.metadata),
    vscode.commands.registerCommand(CHECK_DOCUMENT_COMMAND, () => checkActiveDocument(manager)),
    vscode.commands.registerCommand(IGNORE_IN_WORKSPACE_COMMAND, async (args?: unknown) => {
      let request;
      try {
        request = parseIgnoreCommandArgs(args, (id) => services.knowledge().facts.some((f) => (f as Fact).id === id));
      } catch (err) {
        services.log.warn(`ignore claim in workspace: refused arguments: ${(err as Error).message}`);
        return false;
      }
      const { uri, claim } = request;
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      return document ? ignoreFiles.add(document, claim) : false;
    }),
  );

  for (const document of vscode.workspace.textDocuments) manager.schedule(document, 0);
  statusBar.update();
}

/** "Sourcebook: Check Document": checks now and says what it found, so the command never looks like it did nothing. */
async function checkActiveDocument(manager: ClaimDiagnosticsManager): Promise<number | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Policy Sourcebook: open a draft to check its claims.');
    return undefined;
  }
  if (!manager.applies(document)) {
    void vscode.window.showInformationMessage(
      `Policy Sourcebook does not check ${document.languageId} documents (settings "sourcebook.languages" and "sourcebook.diagnostics.enabled").`,
    );
    return undefined;
  }
  const check = await manager.checkNow(document);
  if (!check) return undefined;
  const n = check.findings.length;
  const ignored = check.ignoredInline + check.ignoredByFile;
  void vscode.window.showInformationMessage(
    `Policy Sourcebook: ${n === 0 ? 'no claim conflicts with the sources' : `${n} ${n === 1 ? 'claim differs' : 'claims differ'} from the sources`}` +
      (ignored ? ` (${ignored} ignored)` : '') +
      '.',
  );
  if (n > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
  return n;
}
