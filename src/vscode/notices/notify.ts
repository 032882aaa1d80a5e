import * as vscode from 'vscode';
import { noticeText } from './noticeText';

/** How much a notification matters: a result, a request the user can fix, or a failure. */
export type NoticeSeverity = 'information' | 'warning' | 'error';

/** Shows a notification worded by `noticeText`, so every message of the citation and glossary features reads alike. */
export function notify(severity: NoticeSeverity, message: string): void {
  const text = noticeText(message);
  if (severity === 'error') void vscode.window.showErrorMessage(text);
  else if (severity === 'warning') void vscode.window.showWarningMessage(text);
  else void vscode.window.showInformationMessage(text);
}
