import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { IgnoredClaims, IgnoreFileError, ignoredClaimEdits, type IgnoredClaim } from '../../core/claims/suppressions';
import { addClaimToIgnoreFile, findIgnoreFile, IGNORE_FILE, readIgnoreFile } from '../../node/ignoreFile';
import { claimSettings } from './claimSettings';

/**
 * The workspace ignore files as the editor sees them: which one applies to a draft, its parsed claims (re-read when
 * it changes on disk), and adding a claim to it. A broken file is reported once and then treated as empty, so
 * conflicts are shown rather than hidden by accident.
 */
export class WorkspaceIgnoreFiles implements vscode.Disposable {
  private readonly parsed = new Map<string, { mtimeMs: number; claims: IgnoredClaims }>();
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly watchers: vscode.Disposable[] = [];
  /** Fires when an ignore file is created, changed or deleted, so open drafts are checked again. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.watch();
  }

  /** Watches the default location and the configured file; called again when the setting changes. */
  watch(): void {
    for (const w of this.watchers.splice(0)) w.dispose();
    const patterns: vscode.GlobPattern[] = [`**/${IGNORE_FILE.split(path.sep).join('/')}`];
    const configured = claimSettings().ignoreFile;
    if (configured)
      patterns.push(
        path.isAbsolute(configured) ? new vscode.RelativePattern(path.dirname(configured), path.basename(configured)) : `**/${configured}`,
      );
    for (const pattern of patterns) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const fire = () => this.changed.fire();
      this.watchers.push(watcher, watcher.onDidChange(fire), watcher.onDidCreate(fire), watcher.onDidDelete(fire));
    }
  }

  /** The ignore file that applies to `document`, if one exists (or is configured). */
  existingFileFor(document: vscode.TextDocument): string | undefined {
    const folder = folderOf(document);
    const configured = claimSettings(document).ignoreFile;
    if (configured) return path.isAbsolute(configured) ? configured : folder && path.join(folder, configured);
    const start = document.uri.scheme === 'file' ? path.dirname(document.uri.fsPath) : folder;
    // Never above the workspace folder; a draft outside every folder has only its own folder's file.
    return start ? findIgnoreFile(start, folder ?? start) : undefined;
  }

  /** Where a new ignored claim for `document` is written: the applying file, else one in the workspace folder. */
  targetFileFor(document: vscode.TextDocument): string | undefined {
    const existing = this.existingFileFor(document);
    if (existing) return existing;
    const base = folderOf(document) ?? (document.uri.scheme === 'file' ? path.dirname(document.uri.fsPath) : undefined);
    return base && path.join(base, IGNORE_FILE);
  }

  /** The claims ignored for `document`; undefined when no file applies or it cannot be used. */
  claimsFor(document: vscode.TextDocument): IgnoredClaims | undefined {
    const file = this.existingFileFor(document);
    if (!file) return undefined;
    let mtimeMs: number;
    try {
      mtimeMs = fs.statSync(file).mtimeMs;
    } catch {
      return undefined;
    }
    const cached = this.parsed.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.claims;
    try {
      const claims = readIgnoreFile(file);
      this.parsed.set(file, { mtimeMs, claims });
      return claims;
    } catch (err) {
      if (!(err instanceof IgnoreFileError)) throw err;
      const key = `${file}@${mtimeMs}`;
      if (!this.reported.has(key)) {
        this.reported.add(key);
        this.log.warn(`ignore file not used: ${err.message}`);
        void vscode.window.showWarningMessage(`Policy Sourcebook: the ignore file is not used until it is fixed: ${err.message}`);
      }
      return undefined;
    }
  }

  /**
   * Adds `claim` to the ignore file for `document`. When the file is open with unsaved edits of the user's own, the
   * entry is added there (so their edits are kept and the change can be undone) and left for them to save; otherwise
   * it is written on disk at once, atomically, and an open copy reloads. Refuses, with a message, to touch a broken
   * file or one that is not a regular file.
   */
  async add(document: vscode.TextDocument, claim: IgnoredClaim): Promise<boolean> {
    const file = this.targetFileFor(document);
    if (!file) {
      void vscode.window.showErrorMessage('Policy Sourcebook: open a folder (or save the draft) so there is a place for the ignore file.');
      return false;
    }
    const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === file);
    try {
      if (open?.isDirty) {
        const edit = new vscode.WorkspaceEdit();
        for (const e of ignoredClaimEdits(open.getText(), claim, file)) {
          edit.replace(open.uri, new vscode.Range(open.positionAt(e.offset), open.positionAt(e.offset + e.length)), e.content);
        }
        if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not edit ${file}`);
      } else {
        addClaimToIgnoreFile(file, claim);
      }
    } catch (err) {
      void vscode.window.showErrorMessage(`Policy Sourcebook: claim not ignored: ${(err as Error).message}`);
      return false;
    }
    this.parsed.delete(file);
    this.log.info(`ignored claim of fact ${claim.fact} in ${file}: "${claim.sentence}"`);
    this.changed.fire();
    return true;
  }

  dispose(): void {
    for (const w of this.watchers.splice(0)) w.dispose();
    this.changed.dispose();
  }
}

function folderOf(document: vscode.TextDocument): string | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
}
