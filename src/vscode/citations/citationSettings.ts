import * as vscode from 'vscode';
import type { CitationStyle } from '../../core/citations';
import { CommandArgsError, parseStyle } from './commandArgs';

/** The `sourcebook.citation.*` settings as they apply to one document (language overrides included). */
export interface CitationSettings {
  style: CitationStyle;
  insertQuote: boolean;
}

/** Reads the settings for `document`; an unknown style in settings.json is reported and pandoc is used instead. */
export function citationSettings(document: vscode.TextDocument, log: vscode.LogOutputChannel): CitationSettings {
  const config = vscode.workspace.getConfiguration('sourcebook.citation', document);
  let style: CitationStyle = 'pandoc';
  try {
    style = parseStyle(config.get('style', 'pandoc'));
  } catch (err) {
    if (!(err instanceof CommandArgsError)) throw err;
    log.warn(`setting sourcebook.citation.style: ${err.message} Using pandoc.`);
  }
  return { style, insertQuote: config.get<boolean>('insertQuote', false) };
}
