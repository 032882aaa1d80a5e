import * as path from 'node:path';
import * as vscode from 'vscode';
import { countOf } from '../../core/text/wording';
import { citedKeys, exportBibliography, unknownKeys, type BibliographyFormat } from '../../core/citations';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { notify } from '../notices/notify';
import type { SourcebookServices } from '../services';
import { CommandArgsError, parseExportBibliographyArgs, type BibliographyScope } from './commandArgs';

const FORMATS: Record<BibliographyFormat, { label: string; extension: string; language: string; filter: string }> = {
  bibtex: { label: 'BibTeX', extension: 'bib', language: 'bibtex', filter: 'BibTeX' },
  'csl-json': { label: 'CSL-JSON', extension: 'json', language: 'json', filter: 'CSL-JSON' },
};

/**
 * "Sourcebook: Export Bibliography". With arguments (`{ format, scope }`) it returns the bibliography text and shows
 * nothing; without, it asks which sources (cited in this draft, or all), which format, and whether to open the result
 * in a new editor or save it to a file. Returns the text either way (undefined when cancelled or refused).
 */
export async function exportBibliographyCommand(services: SourcebookServices, rawArgs?: unknown): Promise<string | undefined> {
  let args;
  try {
    args = parseExportBibliographyArgs(rawArgs);
  } catch (err) {
    if (err instanceof CommandArgsError) return refuse(err.message);
    throw err;
  }
  const kb = await services.knowledgeReady();
  const document = vscode.window.activeTextEditor?.document;
  if (args) {
    if (args.scope === 'document' && !document) return refuse('No draft is open to take the cited sources from.');
    return exportBibliography(kb, keysFor(kb, args.scope, document), args.format);
  }

  const scope = await pickScope(kb, document);
  if (!scope) return undefined;
  const keys = keysFor(kb, scope, document);
  const count = keys.length - unknownKeys(kb, keys).length;
  if (count === 0) {
    notify('information', 'This draft cites no source of the sourcebook yet ([@key]); export all sources instead.');
    return undefined;
  }
  const format = await pickFormat(count);
  if (!format) return undefined;
  const text = exportBibliography(kb, keys, format);
  await deliver(text, format, document);
  return text;
}

/** The keys to export: those the draft cites (the core leaves out keys it does not know), or every source. */
function keysFor(kb: KnowledgeBase, scope: BibliographyScope, document: vscode.TextDocument | undefined): string[] {
  if (scope === 'all' || !document) return kb.sources.map((s) => s.key);
  return citedKeys(document.getText(), kb);
}

async function pickScope(kb: KnowledgeBase, document: vscode.TextDocument | undefined): Promise<BibliographyScope | undefined> {
  const items: (vscode.QuickPickItem & { scope: BibliographyScope })[] = [];
  if (document) {
    const cited = citedKeys(document.getText(), kb);
    const unknown = unknownKeys(kb, cited);
    const known = cited.filter((key) => !unknown.includes(key));
    items.push({
      scope: 'document',
      label: 'Sources cited in this draft',
      description: known.length > 0 ? known.map((k) => `@${k}`).join(', ') : 'none cited yet',
      detail: unknown.length > 0 ? `Not in the sourcebook, left out: ${unknown.map((k) => `@${k}`).join(', ')}` : undefined,
    });
  }
  items.push({ scope: 'all', label: 'All sources in the sourcebook', description: countOf(kb.sources.length, 'source') });
  const pick = await vscode.window.showQuickPick(items, { title: 'Export Bibliography', placeHolder: 'Which sources?' });
  return pick?.scope;
}

async function pickFormat(count: number): Promise<BibliographyFormat | undefined> {
  const items = (Object.keys(FORMATS) as BibliographyFormat[]).map((format) => ({
    format,
    label: FORMATS[format].label,
    description: `.${FORMATS[format].extension}`,
  }));
  const pick = await vscode.window.showQuickPick(items, {
    title: `Export Bibliography (${countOf(count, 'source')})`,
    placeHolder: 'Which format?',
  });
  return pick?.format;
}

/** Opens the bibliography in a new editor, or saves it where the user chooses (beside the draft by default). */
async function deliver(text: string, format: BibliographyFormat, document: vscode.TextDocument | undefined): Promise<void> {
  const spec = FORMATS[format];
  const open = 'Open in a new editor';
  const save = 'Save to a file…';
  const how = await vscode.window.showQuickPick([open, save], {
    title: 'Export Bibliography',
    placeHolder: `Where should the ${spec.label} go?`,
  });
  if (how === open) {
    const languages = await vscode.languages.getLanguages();
    const language = languages.includes(spec.language) ? spec.language : 'plaintext';
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: text, language }));
  } else if (how === save) {
    const base =
      document && document.uri.scheme === 'file' ? path.dirname(document.uri.fsPath) : vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const uri = await vscode.window.showSaveDialog({
      title: 'Export Bibliography',
      defaultUri: base ? vscode.Uri.file(path.join(base, `references.${spec.extension}`)) : undefined,
      filters: { [spec.filter]: [spec.extension] },
    });
    if (!uri) return;
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    notify('information', `Bibliography saved to ${vscode.workspace.asRelativePath(uri)}.`);
  }
}

function refuse(message: string): undefined {
  notify('error', message);
  return undefined;
}
