import * as path from 'node:path';
import * as vscode from 'vscode';
import { KNOWLEDGE_FILE } from '../../node/knowledgeIndex';
import { ClaimCheckClient } from '../../worker/claimCheckClient';
import type { SourcebookServices } from '../services';
import type { Fact } from '../../core/claims/types';
import { ClaimCodeActionProvider, IGNORE_IN_WORKSPACE_COMMAND } from './claimCodeActions';
import { ClaimDiagnosticsManager } from './claimDiagnostics';
import { affectsClaimSettings } from './claimSettings';
import { CHECK_DOCUMENT_COMMAND, ClaimStatusBar } from './claimStatusBar';
import { checkResultMessage } from './claimSummary';
import { tallyFindings } from '../../core/claims/tally';
import { parseIgnoreCommandArgs } from './ignoreCommandArgs';
import { WorkspaceIgnoreFiles } from './ignoreFiles';

/**
 * How long one check of a draft may run in the worker before it is stopped. A full check of a 1 MB draft takes about
 * 50 ms; a check still running after this long is looping or crawling, not working.
 */
const CHECK_BUDGET_MS = 10_000;

/**
 * Claim checking in the editor: diagnostics kept up to date as the writer types, quick fixes, the status bar count
 * and "Sourcebook: Check Document". Every disposable is registered here, once.
 */
export function registerClaimChecking(context: vscode.ExtensionContext, services: SourcebookServices): void {
  const ignoreFiles = new WorkspaceIgnoreFiles(services.log);
  // The thread starts with the first check, not here: activation stays cheap. Each check first waits for the
  // knowledge (the writer's sources) to be read and points the thread at it (ClaimDiagnosticsManager.run).
  const checker: ClaimCheckClient = new ClaimCheckClient({
    workerFile: path.join(context.extensionPath, 'dist', 'claimCheckWorker.js'),
    knowledgeFile: path.join(context.extensionPath, 'dist', KNOWLEDGE_FILE),
    budgetMs: CHECK_BUDGET_MS,
    onReady: (ms, notes) => {
      for (const line of notes) services.log.info(line);
      services.log.info(`knowledge index loaded from ${checker.currentKnowledgeFile} into the claim checker's thread, ready in ${ms} ms`);
    },
  });
  const manager = new ClaimDiagnosticsManager(services, ignoreFiles, checker);
  const statusBar = new ClaimStatusBar(manager);

  context.subscriptions.push(
    ignoreFiles,
    { dispose: () => checker.dispose() },
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
    services.onDidChangeKnowledge(async () => {
      // The file may be the same path rewritten: the thread is restarted either way, then every draft re-checked.
      checker.useKnowledge(await services.claimKnowledgeFile());
      manager.recheckAll();
    }),
    manager.onDidPublish((uri) => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) statusBar.update();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.update()),
    vscode.commands.registerCommand(CHECK_DOCUMENT_COMMAND, () => checkActiveDocument(manager, services)),
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

  const codeActions = new ClaimCodeActionProvider(manager, services);
  services.registerForDrafts((selector) => [
    vscode.languages.registerCodeActionsProvider(selector, codeActions, ClaimCodeActionProvider.metadata),
  ]);

  for (const document of vscode.workspace.textDocuments) manager.schedule(document, 0);
  statusBar.update();
}

/**
 * "Sourcebook: Check Document": checks now and says what it found, conflicts and notes apart, so the command never
 * looks like it did nothing. Returns the number of findings (for tests and keybinding scripts).
 */
async function checkActiveDocument(manager: ClaimDiagnosticsManager, services: SourcebookServices): Promise<number | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Policy Sourcebook: Open a draft to check its claims.');
    return undefined;
  }
  if (!manager.applies(document)) {
    void vscode.window.showInformationMessage(
      services.isEnabledFor(document)
        ? 'Policy Sourcebook: Claim checking is off (setting "sourcebook.diagnostics.enabled").'
        : `Policy Sourcebook: Claims are checked in saved and untitled drafts of the languages in "sourcebook.languages", not in this ${document.languageId} document.`,
    );
    return undefined;
  }
  const check = await manager.checkNow(document);
  if (!check) return undefined;
  const tally = tallyFindings(check.findings);
  void vscode.window.showInformationMessage(checkResultMessage(tally, check.ignoredInline + check.ignoredByFile));
  if (tally.conflicts > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
  return check.findings.length;
}
