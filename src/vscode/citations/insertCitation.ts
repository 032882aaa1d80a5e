import * as vscode from 'vscode';
import { CitationError, planCitationInsertion, type CitationStyle, type CitationTarget, type TextEdit } from '../../core/citations';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { notify } from '../notices/notify';
import type { SourcebookServices } from '../services';
import { citationChoices, type CitationChoice } from './citationChoices';
import { citationSettings } from './citationSettings';
import { citationPoint, claimQuery } from './claimQuery';
import { CommandArgsError, parseInsertCitationArgs, type InsertCitationArgs } from './commandArgs';

/** Pause after the last keystroke before searching again: typing stays smooth, results still feel immediate. */
const SEARCH_DEBOUNCE_MS = 120;

/** What an insertion did, returned to automation callers (tests, other commands). */
export interface InsertCitationResult {
  target: CitationTarget;
  style: CitationStyle;
  edits: TextEdit[];
}

/**
 * "Sourcebook: Insert Citation". Without arguments it opens a Quick Pick seeded with the selection or the sentence
 * at the cursor; with arguments (see `InsertCitationArgs`) it inserts without UI. The citation goes after the
 * selection, or at the end of the sentence holding the cursor (see `citationPoint`); the core's edits are applied as
 * one undo step. Every refusal (no editor, read-only, bad arguments, unknown source) says why and changes nothing.
 */
export async function insertCitation(services: SourcebookServices, rawArgs?: unknown): Promise<InsertCitationResult | undefined> {
  let args: InsertCitationArgs | undefined;
  try {
    args = parseInsertCitationArgs(rawArgs);
  } catch (err) {
    if (err instanceof CommandArgsError) return refuse('error', err.message);
    throw err;
  }
  const editor = args?.at ? await editorFor(args.at.uri) : vscode.window.activeTextEditor;
  if (!editor) return refuse('warning', 'Open a draft to insert a citation into.');
  const document = editor.document;
  if (!services.isEnabledFor(document)) {
    return refuse('warning', `Sourcebook is not enabled for ${document.languageId} documents (setting "sourcebook.languages").`);
  }
  if (vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) === false) {
    return refuse('warning', 'This document is read-only: no citation was inserted.');
  }

  const kb = await services.knowledgeReady();
  const settings = citationSettings(document, services.log);
  const style = args?.style ?? settings.style;
  const blockQuote = args?.blockQuote ?? settings.insertQuote;

  let target: CitationTarget | undefined;
  if (args?.source) {
    target = { source: args.source, ...(args.passage ? { passage: args.passage } : {}) };
  } else if (args?.query) {
    const choices = citationChoices(kb, args.query);
    const pick = args.pick ?? 0;
    if (choices.length === 0) return refuse('warning', `No passage or source matches "${args.query}".`);
    if (pick >= choices.length)
      return refuse('error', `Insert Citation: "pick" is ${pick} but "${args.query}" has only ${choices.length} choices.`);
    target = choices[pick].target;
  } else {
    const selection = editor.selection;
    const initial = claimQuery(document.getText(), document.offsetAt(selection.start), document.offsetAt(selection.end));
    target = (await pickCitation(kb, initial))?.target;
    if (!target) return undefined;
  }

  // Planned against the text as it is now and applied at once, so the offsets cannot go stale.
  const text = document.getText();
  // A hover link names the hovered place: that sentence is cited, wherever the text cursor happens to be.
  const place = args?.at ? document.validatePosition(new vscode.Position(args.at.line, args.at.character)) : undefined;
  const [start, end] = place ? [place, place] : [editor.selection.start, editor.selection.end];
  const offset = citationPoint(text, document.offsetAt(start), document.offsetAt(end));
  let edits: TextEdit[];
  try {
    edits = planCitationInsertion(kb, text, offset, target, style, { blockQuote });
  } catch (err) {
    if (err instanceof CitationError) return refuse('error', err.message);
    throw err;
  }
  const applied = await editor.edit((builder) => {
    for (const edit of edits) {
      builder.replace(new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.newText);
    }
  });
  if (!applied) return refuse('warning', 'The citation could not be inserted: the document is read-only or was closed.');
  services.log.info(`inserted a ${style} citation of ${target.passage ?? target.source}`);
  return { target, style, edits };
}

/** The editor showing the document at `uri` (the active one first), opened in the active column when none does. */
async function editorFor(uri: string): Promise<vscode.TextEditor | undefined> {
  const shows = (e: vscode.TextEditor | undefined) => e?.document.uri.toString() === uri;
  const active = vscode.window.activeTextEditor;
  if (shows(active)) return active;
  const visible = vscode.window.visibleTextEditors.find(shows);
  if (visible) return visible;
  try {
    return await vscode.window.showTextDocument(vscode.Uri.parse(uri));
  } catch {
    return undefined;
  }
}

interface ChoiceItem extends vscode.QuickPickItem {
  choice?: CitationChoice;
}

/** The interactive search: results follow the typed words (debounced); our own ranking is kept as is. */
function pickCitation(kb: KnowledgeBase, initialQuery: string): Promise<CitationChoice | undefined> {
  const quickPick = vscode.window.createQuickPick<ChoiceItem>();
  quickPick.title = 'Insert Citation';
  quickPick.placeholder = 'Words of the claim, an author, a title or a key';
  // Matching on every part lets VS Code highlight the typed text in keys, authors and passages alike.
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.value = initialQuery;
  const show = (query: string) => {
    quickPick.items = choiceItems(citationChoices(kb, query));
    quickPick.busy = false;
  };
  show(initialQuery);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new Promise((resolve) => {
    let picked: CitationChoice | undefined;
    quickPick.onDidChangeValue((value) => {
      clearTimeout(timer);
      quickPick.busy = true;
      timer = setTimeout(() => show(value), SEARCH_DEBOUNCE_MS);
    });
    quickPick.onDidAccept(() => {
      picked = quickPick.selectedItems[0]?.choice;
      if (picked) quickPick.hide();
    });
    quickPick.onDidHide(() => {
      clearTimeout(timer);
      quickPick.dispose();
      resolve(picked);
    });
    quickPick.show();
  });
}

/**
 * One row per choice, in our order, passages and sources mixed (an icon tells them apart). The stable API cannot
 * highlight chosen ranges of a row, so the words that matched are named on the row; VS Code itself highlights the
 * typed text where it occurs as typed. `alwaysShow` keeps VS Code's own filter from hiding typo-tolerant hits.
 */
function choiceItems(choices: readonly CitationChoice[]): ChoiceItem[] {
  const items: ChoiceItem[] = choices.map((choice) => ({
    label: `${choice.kind === 'source' ? '$(book)' : '$(quote)'} ${withoutIcons(choice.label)}`,
    description: withoutIcons(
      choice.matches.length > 0 ? `${choice.description} · matches ${choice.matches.join(', ')}` : choice.description,
    ),
    detail: withoutIcons(choice.detail),
    alwaysShow: true,
    choice,
  }));
  if (items.length === 0) items.push({ label: 'No passage or source matches these words', alwaysShow: true });
  return items;
}

/** Source text shown as written: `$(name)` in a passage is not an icon. */
function withoutIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

function refuse(severity: 'warning' | 'error', message: string): undefined {
  notify(severity, message);
  return undefined;
}
