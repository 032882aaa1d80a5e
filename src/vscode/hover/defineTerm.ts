import * as vscode from 'vscode';
import { notify } from '../notices/notify';
import type { SourcebookServices } from '../services';
import { termMentionAt } from './termHoverProvider';

/** What "Define Term at Cursor" did, returned to automation callers: the terms it showed, or why it showed none. */
export type DefineTermResult = { shown: string[] } | { notShown: string };

/** Longest stretch of the text at the cursor quoted back in the message: enough to recognise it. */
const QUOTED_CHARS = 40;

/**
 * "Sourcebook: Define Term at Cursor": shows the term hover when the cursor is on a glossary term, and otherwise
 * says so, naming what is under the cursor, instead of doing nothing.
 */
export async function defineTerm(services: SourcebookServices): Promise<DefineTermResult> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return refuse('Open a draft and put the cursor on a term to define it.');
  const document = editor.document;
  if (!services.isEnabledFor(document)) {
    return refuse(`Sourcebook is not enabled for ${document.languageId} documents (setting "sourcebook.languages").`);
  }
  if (!vscode.workspace.getConfiguration('sourcebook', document).get<boolean>('hover.enabled', true)) {
    return refuse('Term definitions are turned off (setting "sourcebook.hover.enabled").');
  }
  const position = editor.selection.active;
  const mention = termMentionAt(await services.knowledgeReady(), document, position);
  if (!mention) {
    const word = document.getWordRangeAtPosition(position);
    const text = word ? document.getText(word) : document.getText(editor.selection).trim();
    if (!text) return refuse('No glossary term at the cursor: put the cursor on a term such as an agreement, a place or a person.');
    const quoted = text.length > QUOTED_CHARS ? `${text.slice(0, QUOTED_CHARS)}…` : text;
    return refuse(`“${quoted}” is not a term of the sourcebook's glossary.`);
  }
  await vscode.commands.executeCommand('editor.action.showHover');
  return { shown: mention.termIds };
}

function refuse(message: string): DefineTermResult {
  notify('information', message);
  return { notShown: message };
}
