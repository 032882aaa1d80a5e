import * as vscode from 'vscode';
import { lineColumnAt } from '../../core/knowledge/compile/problems';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { readingCopy, type ReadingCopy } from '../../core/sources/readingCopy';
import { notify } from '../notices/notify';

/** URI scheme of the read-only source documents. */
export const SOURCE_SCHEME = 'sourcebook';

/**
 * Language of the source documents (package.json), for its own editor defaults whatever a user set for plain text
 * or Markdown: wrapped at a reading width, no line numbers (the `¶ N` marks are what citations count), typographic
 * quotes not flagged as look-alike characters.
 */
export const SOURCE_LANGUAGE = 'sourcebook-source';

/** Characters a file name cannot hold, replaced in the title that names a source's tab. */
const UNSAFE_IN_NAME = /[/\\:*?"<>|]/g;

const copies = new WeakMap<KnowledgeBase, Map<string, ReadingCopy | undefined>>();

/** The reading copy of a source (see `readingCopy`), built once per knowledge base. */
function copyOf(kb: KnowledgeBase, key: string): ReadingCopy | undefined {
  let byKey = copies.get(kb);
  if (!byKey) copies.set(kb, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, readingCopy(kb, key));
  return byKey.get(key);
}

/** `sourcebook:/<key>/<title>`: the editor names a tab after the last path segment, so the tab shows the title. */
export function sourceUri(kb: KnowledgeBase, sourceKey: string): vscode.Uri {
  const title = copyOf(kb, sourceKey)?.title ?? sourceKey;
  return vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${sourceKey}/${title.replace(UNSAFE_IN_NAME, '-')}` });
}

/** The source key a `sourcebook:` URI names. */
export function sourceKeyOf(uri: vscode.Uri): string {
  return uri.path.split('/').filter(Boolean)[0] ?? '';
}

/** Where the [start, end) offsets of a source's text stand in its `sourcebook:` document. */
export function sourceLocation(kb: KnowledgeBase, sourceKey: string, start: number, end: number): vscode.Location {
  return new vscode.Location(sourceUri(kb, sourceKey), sourceRange(kb, sourceKey, start, end));
}

function sourceRange(kb: KnowledgeBase, sourceKey: string, start: number, end: number): vscode.Range {
  const copy = copyOf(kb, sourceKey);
  if (!copy) return new vscode.Range(0, 0, 0, 0);
  return new vscode.Range(positionIn(copy.text, copy.toReading(start)), positionIn(copy.text, copy.toReading(end)));
}

/** Position of an offset in a text that is not open as a document (lineColumnAt is 1-based, VS Code 0-based). */
function positionIn(text: string, offset: number): vscode.Position {
  const { line, column } = lineColumnAt(text, offset);
  return new vscode.Position(line - 1, column - 1);
}

/** Serves the sources (bundled and the writer's own) as read-only reading copies (title, byline, numbered paragraphs). */
export class SourceDocumentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires for each open source document after the knowledge was read again (a source's text may have changed). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly knowledge: () => Promise<KnowledgeBase>) {}

  /** The knowledge was read again: every open reading copy is asked for again. */
  refresh(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme === SOURCE_SCHEME) this.changed.fire(document.uri);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const key = sourceKeyOf(uri);
    return copyOf(await this.knowledge(), key)?.text ?? `Policy Sourcebook has no source "${key}".`;
  }
}

/** Arguments of `sourcebook.openSource`, as hover links and diagnostics pass them: offsets into the source text. */
export interface OpenSourceArgs {
  source: string;
  start?: number;
  end?: number;
}

/**
 * Shows sources for reading: in the active editor column (a full-width view, not a narrow split), with the quote
 * selected, scrolled to the middle and highlighted. The highlight stays while the quote's editor is visible (an
 * editor shown again is a new editor, so it is drawn again), until another quote of that source is opened.
 */
export class SourceViewer implements vscode.Disposable {
  private readonly quoteDecoration = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    border: '1px solid',
    borderColor: new vscode.ThemeColor('editor.findMatchBorder'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.findMatchForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });
  /** The highlighted quote of each source document, by URI. */
  private readonly quotes = new Map<string, vscode.Range>();
  private readonly listeners: vscode.Disposable[];

  constructor(private readonly knowledge: () => Promise<KnowledgeBase>) {
    this.listeners = [
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.drawQuote(e))),
      // Sources opened any way (a diagnostic's related location, a restored tab) read the same.
      vscode.workspace.onDidOpenTextDocument((document) => void this.useSourceLanguage(document)),
    ];
    vscode.workspace.textDocuments.forEach((document) => void this.useSourceLanguage(document));
  }

  /** `sourcebook.openSource`: asks which source when none is given; returns the editor showing it. */
  async open(args: OpenSourceArgs | undefined): Promise<vscode.TextEditor | undefined> {
    const kb = await this.knowledge();
    let key = args?.source;
    if (!key) {
      const pick = await vscode.window.showQuickPick(
        kb.sources.map((s) => ({ label: s.title ?? `Untitled (${s.key})`, description: `@${s.key}`, key: s.key })),
        { title: 'Open Source Document', placeHolder: 'Which source?' },
      );
      key = pick?.key;
      if (!key) return undefined;
    }
    if (!kb.source(key)) {
      notify('error', `There is no source "${key}" in the sourcebook.`);
      return undefined;
    }
    const document = await this.useSourceLanguage(await vscode.workspace.openTextDocument(sourceUri(kb, key)));
    const quote = typeof args?.start === 'number' && typeof args?.end === 'number' ? sourceRange(kb, key, args.start, args.end) : undefined;
    if (quote) this.quotes.set(document.uri.toString(), quote);
    else this.quotes.delete(document.uri.toString());
    const selection = quote ?? new vscode.Range(0, 0, 0, 0);
    const editor = await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Active, selection });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenter);
    this.drawQuote(editor);
    return editor;
  }

  private drawQuote(editor: vscode.TextEditor): void {
    if (editor.document.uri.scheme !== SOURCE_SCHEME) return;
    const quote = this.quotes.get(editor.document.uri.toString());
    editor.setDecorations(this.quoteDecoration, quote ? [quote] : []);
  }

  private async useSourceLanguage(document: vscode.TextDocument): Promise<vscode.TextDocument> {
    if (document.uri.scheme !== SOURCE_SCHEME || document.languageId === SOURCE_LANGUAGE) return document;
    return vscode.languages.setTextDocumentLanguage(document, SOURCE_LANGUAGE);
  }

  dispose(): void {
    this.listeners.forEach((l) => l.dispose());
    this.quoteDecoration.dispose();
  }
}
