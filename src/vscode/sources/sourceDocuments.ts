import * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';

/** URI scheme of the read-only source documents. */
export const SOURCE_SCHEME = 'sourcebook';

/** `sourcebook:/<key>.txt`, optionally with the [start, end) offsets to select. */
export function sourceUri(sourceKey: string, selection?: { start: number; end: number }): vscode.Uri {
  return vscode.Uri.from({
    scheme: SOURCE_SCHEME,
    path: `/${sourceKey}.txt`,
    query: selection ? `start=${selection.start}&end=${selection.end}` : '',
  });
}

/** The source key a `sourcebook:` URI names. */
export function sourceKeyOf(uri: vscode.Uri): string {
  return uri.path.replace(/^\//, '').replace(/\.txt$/, '');
}

/** Serves the bundled source texts as virtual documents; VS Code shows them read-only. */
export class SourceDocumentProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly knowledge: () => KnowledgeBase) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const key = sourceKeyOf(uri);
    const source = this.knowledge().source(key);
    if (!source) return `Policy Sourcebook has no source "${key}".`;
    return source.text;
  }
}

/** Arguments of `sourcebook.openSource`, as hover links and diagnostics pass them. */
export interface OpenSourceArgs {
  source: string;
  start?: number;
  end?: number;
}

/** Opens a source beside the draft with the quoted passage revealed and selected. */
export async function openSource(knowledge: () => KnowledgeBase, args: OpenSourceArgs | undefined): Promise<vscode.TextEditor | undefined> {
  const kb = knowledge();
  let key = args?.source;
  if (!key) {
    const pick = await vscode.window.showQuickPick(
      kb.sources.map((s) => ({ label: s.title ?? s.key, description: s.key, key: s.key })),
      { placeHolder: 'Open which source?' },
    );
    key = pick?.key;
    if (!key) return undefined;
  }
  if (!kb.source(key)) {
    void vscode.window.showErrorMessage(`Policy Sourcebook has no source "${key}".`);
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(sourceUri(key));
  const hasRange = typeof args?.start === 'number' && typeof args?.end === 'number';
  const selection = hasRange
    ? new vscode.Range(document.positionAt(args!.start!), document.positionAt(args!.end!))
    : new vscode.Range(0, 0, 0, 0);
  const editor = await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside, selection });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenter);
  return editor;
}
