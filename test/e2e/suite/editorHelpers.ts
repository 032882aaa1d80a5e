import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadKnowledgeFile } from '../../../src/node/knowledgeIndex';
import type { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import type { Term } from '../../../src/core/knowledge/types';

/** The extension's id as the editor knows it (publisher.name from package.json). */
export const EXTENSION_ID = 'policy-sourcebook.policy-sourcebook';

/** The repository root, seen from out/test/e2e/suite. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

let knowledge: KnowledgeBase | undefined;

/** The index the build produced (dist/knowledge.json): expected strings come from here, never from guesses. */
export function builtKnowledge(): KnowledgeBase {
  knowledge ??= loadKnowledgeFile(path.join(REPO_ROOT, 'dist', 'knowledge.json'));
  return knowledge;
}

/** The glossary term that lists `phrase` as one of its aliases (letter case ignored); fails when none or several do. */
export function termWithAlias(phrase: string): Term {
  const wanted = phrase.toLowerCase();
  const terms = builtKnowledge().terms.filter((t) => t.aliases.some((a) => a.text.toLowerCase() === wanted));
  if (terms.length !== 1) {
    throw new Error(`expected exactly one glossary term with the alias "${phrase}" in dist/knowledge.json, found ${terms.length}`);
  }
  return terms[0];
}

/** A file of the workspace folder the editor was opened on. */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e run must open a workspace folder (test/fixtures/workspace)');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** The scheme of `openCopyOf`'s documents. */
const COPY_SCHEME = 'sourcebook-e2e-copy';
let copyProvider: vscode.Disposable | undefined;

/**
 * Opens, in an editor, a read-only copy of a workspace file under a scheme of its own, as the `git:` side of a diff
 * shows a draft: same text and language, not the draft itself.
 */
export async function openCopyOf(name: string): Promise<vscode.TextEditor> {
  copyProvider ??= vscode.workspace.registerTextDocumentContentProvider(COPY_SCHEME, {
    provideTextDocumentContent: (uri) => fs.readFileSync(workspaceFile(uri.path.slice(1)).fsPath, 'utf8'),
  });
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: COPY_SCHEME, path: `/${name}` }));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Opens a workspace file in an editor, as a user double-clicking it would. */
export async function openDraft(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Position in the middle of the `occurrence`-th appearance of `phrase` in the document. */
export function positionInside(document: vscode.TextDocument, phrase: string, occurrence = 1): vscode.Position {
  const text = document.getText();
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" occurs fewer than ${occurrence} times in ${document.uri.path}`);
  }
  return document.positionAt(at + Math.floor(phrase.length / 2));
}

/** Markdown of every hover the editor's providers give at a position. */
export async function hoverMarkdownAt(uri: vscode.Uri, position: vscode.Position): Promise<{ hovers: vscode.Hover[]; markdown: string }> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  const markdown = hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n\n');
  return { hovers, markdown };
}

/** The text a reader sees for hover Markdown: backslash escapes removed. */
export function visibleText(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/** A `command:` link in hover Markdown, with the arguments decoded as the editor would pass them. */
export interface CommandLink {
  label: string;
  command: string;
  args: unknown[];
}

/** Every `[label](command:id?args)` link in the Markdown. */
export function commandLinks(markdown: string): CommandLink[] {
  const links: CommandLink[] = [];
  for (const m of markdown.matchAll(/\[((?:\\.|[^\]\\])*)\]\(command:([\w.]+)(?:\?([^\s)]*))?/g)) {
    const encoded = m[3];
    const decoded: unknown = encoded ? JSON.parse(decodeURIComponent(encoded)) : [];
    links.push({ label: visibleText(m[1]), command: m[2], args: Array.isArray(decoded) ? decoded : [decoded] });
  }
  return links;
}

/** The diagnostics Sourcebook published for `uri` (claim warnings and information), none of other extensions. */
export function claimDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Sourcebook');
}

/** Polls until `probe` returns a value other than undefined/false, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
