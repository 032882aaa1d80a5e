import * as path from 'node:path';
import * as vscode from 'vscode';
import { glossaryRows, sourceRows, type GlossaryRow, type SourceRow } from '../../core/sources/libraryRows';
import type { EditorKnowledge } from '../../node/library/editorSources';
import type { SourcebookServices } from '../services';

/** View ids (package.json `contributes.views`). */
export const SOURCES_VIEW = 'sourcebookSources';
export const GLOSSARY_VIEW = 'sourcebookGlossary';

/** The icon of each kind of row; a file that is not used is drawn in the warning colour. */
const STATUS_ICONS: Record<SourceRow['status'], vscode.ThemeIcon> = {
  indexed: new vscode.ThemeIcon('file-text'),
  bundled: new vscode.ThemeIcon('book'),
  bibliography: new vscode.ThemeIcon('references'),
  failed: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
};

/**
 * `contextValue` of each kind of row, matched by the menus in package.json: rows starting with "source" can be opened
 * and cited, rows ending with "file" have a file to reveal.
 */
const CONTEXT_VALUES: Record<SourceRow['status'], string> = {
  indexed: 'source-file',
  bundled: 'source',
  bibliography: 'bibliography-file',
  failed: 'failed-file',
};

/** A row of the Sources view as the tree holds it: the row, and the folder its file is named relative to. */
export interface SourceNode {
  row: SourceRow;
  baseFolder?: string;
}

/** The Sources view: every source with its metadata and status, and the files that were not indexed with the reason. */
export class SourcesTreeProvider implements vscode.TreeDataProvider<SourceNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly services: SourcebookServices) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: SourceNode): Promise<SourceNode[]> {
    if (node) return [];
    // Showing the view is a use: it starts the read, and the view fills once it is done.
    const kb = await this.services.knowledgeReady();
    const last = this.services.lastKnowledge();
    return sourceRows(kb, last?.library).map((row) => ({ row, baseFolder: last?.selection.baseFolder }));
  }

  getTreeItem({ row }: SourceNode): vscode.TreeItem {
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    item.id = `${row.status}:${row.key ?? row.file ?? row.label}`;
    item.description = row.description;
    item.tooltip = row.tooltip;
    item.iconPath = STATUS_ICONS[row.status];
    item.contextValue = CONTEXT_VALUES[row.status];
    if (row.key) item.command = { command: 'sourcebook.openSource', title: 'Open Reading Copy', arguments: [{ source: row.key }] };
    return item;
  }
}

/** The Glossary view: every term with its definition as tooltip and the source that defines it. */
export class GlossaryTreeProvider implements vscode.TreeDataProvider<GlossaryRow> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly services: SourcebookServices) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(row?: GlossaryRow): Promise<GlossaryRow[]> {
    return row ? [] : glossaryRows(await this.services.knowledgeReady());
  }

  getTreeItem(row: GlossaryRow): vscode.TreeItem {
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    item.id = row.termId;
    item.description = row.description;
    item.tooltip = row.tooltip;
    item.iconPath = new vscode.ThemeIcon('symbol-key');
    item.contextValue = 'term';
    if (row.citation) item.command = { command: 'sourcebook.openSource', title: 'Open Defining Passage', arguments: [row.citation] };
    return item;
  }
}

/** What the view says above its rows: where the sources come from, and anything that kept them from being read. */
export function sourcesMessage(last: EditorKnowledge | undefined): string | undefined {
  if (!last) return 'Reading sources…';
  const { selection } = last;
  const notes = [
    ...(selection.configError ? [`The team file cannot be used: ${selection.configError}`] : []),
    ...(last.readError ? [`The sources were not read: ${last.readError}.`] : []),
    ...(selection.bundledKeptBecause ? [`Note: ${selection.bundledKeptBecause}.`] : []),
  ];
  if (selection.folders.length > 0) {
    const from =
      selection.foldersFrom === 'settings' ? 'the setting "sourcebook.sources"' : vscode.workspace.asRelativePath(selection.foldersFrom);
    notes.push(`Sources from ${from}${selection.bundled ? ', with the bundled articles' : '; bundled articles left out'}.`);
  }
  return notes.length > 0 ? notes.join(' ') : undefined;
}

/** A view's rows as the editor shows them: what `activate` hands to tests and other extensions. */
export interface ShownRow {
  label: string;
  description: string;
  tooltip: string;
  contextValue: string;
}

/** The rows a tree provider gives the editor now, as shown (label, description, tooltip, menus' context value). */
export async function shownRows<T>(provider: vscode.TreeDataProvider<T>): Promise<ShownRow[]> {
  const nodes = (await provider.getChildren()) ?? [];
  return Promise.all(
    nodes.map(async (node) => {
      const item = await provider.getTreeItem(node);
      const text = (v: unknown) => (typeof v === 'string' ? v : v && typeof v === 'object' && 'value' in v ? String(v.value) : '');
      return {
        label: text(item.label),
        description: text(item.description),
        tooltip: text(item.tooltip),
        contextValue: item.contextValue ?? '',
      };
    }),
  );
}

/** Registers both views and their commands, once; they refresh whenever the knowledge is read again. */
export function registerSourcesViews(
  context: vscode.ExtensionContext,
  services: SourcebookServices,
): { sources: SourcesTreeProvider; glossary: GlossaryTreeProvider } {
  const sources = new SourcesTreeProvider(services);
  const glossary = new GlossaryTreeProvider(services);
  const sourcesView = vscode.window.createTreeView(SOURCES_VIEW, { treeDataProvider: sources, showCollapseAll: false });
  const glossaryView = vscode.window.createTreeView(GLOSSARY_VIEW, { treeDataProvider: glossary });
  const showMessage = () => (sourcesView.message = sourcesMessage(services.lastKnowledge()));
  context.subscriptions.push(
    sourcesView,
    glossaryView,
    services.onDidChangeKnowledge(() => {
      showMessage();
      sources.refresh();
      glossary.refresh();
    }),
    sourcesView.onDidChangeVisibility((e) => e.visible && showMessage()),
    vscode.commands.registerCommand('sourcebook.reloadSources', () => services.reloadKnowledge('asked for (Read Sources Again)')),
    vscode.commands.registerCommand('sourcebook.sourcesView.open', (node?: SourceNode) =>
      node?.row.key ? vscode.commands.executeCommand('sourcebook.openSource', { source: node.row.key }) : undefined,
    ),
    vscode.commands.registerCommand('sourcebook.sourcesView.cite', (node?: SourceNode) =>
      node?.row.key ? vscode.commands.executeCommand('sourcebook.insertCitation', { source: node.row.key }) : undefined,
    ),
    vscode.commands.registerCommand('sourcebook.sourcesView.reveal', (node?: SourceNode) => revealFile(node)),
    vscode.commands.registerCommand('sourcebook.glossaryView.open', (row?: GlossaryRow) =>
      row?.citation ? vscode.commands.executeCommand('sourcebook.openSource', row.citation) : undefined,
    ),
  );
  return { sources, glossary };
}

/** Shows a source's file in the Explorer when it is in the workspace, else in the operating system's file manager. */
async function revealFile(node: SourceNode | undefined): Promise<void> {
  if (!node?.row.file || !node.baseFolder) return;
  const uri = vscode.Uri.file(path.resolve(node.baseFolder, node.row.file));
  const inWorkspace = vscode.workspace.getWorkspaceFolder(uri) !== undefined;
  await vscode.commands.executeCommand(inWorkspace ? 'revealInExplorer' : 'revealFileInOS', uri);
}
