import * as vscode from 'vscode';
import type { DocumentFinding } from '../../core/claims/document';
import { citationDetail } from '../../core/claims/messages';
import type { SourcebookServices } from '../services';

/** The `source` of every claim diagnostic, as the Problems panel shows it. */
export const CLAIM_DIAGNOSTIC_SOURCE = 'Sourcebook';

/**
 * A finding as the editor shows it: on exactly the conflicting words, with a one-sentence message, and each quote as
 * related information that names its source in full and opens the source's read-only document at the quote.
 */
export function claimDiagnostic(
  document: vscode.TextDocument,
  finding: DocumentFinding,
  conflictSeverity: vscode.DiagnosticSeverity,
  services: SourcebookServices,
): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  const severity = finding.severity === 'warning' ? conflictSeverity : vscode.DiagnosticSeverity.Information;
  const diagnostic = new vscode.Diagnostic(range, finding.message, severity);
  diagnostic.code = finding.code;
  diagnostic.source = CLAIM_DIAGNOSTIC_SOURCE;
  const kb = services.knowledge();
  // Each quote in full with its source's full description; the location (the source's file, named by its key) opens
  // the source at the quote.
  diagnostic.relatedInformation = finding.citations.map(
    (c) => new vscode.DiagnosticRelatedInformation(services.sourceLocation(c.source, c.start, c.end), citationDetail(kb, c)),
  );
  return diagnostic;
}

/** True when `diagnostic` is the editor's form of `finding` (the Problems panel hands code actions copies). */
export function isDiagnosticOf(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: DocumentFinding): boolean {
  return (
    diagnostic.source === CLAIM_DIAGNOSTIC_SOURCE &&
    diagnostic.code === finding.code &&
    document.offsetAt(diagnostic.range.start) === finding.start &&
    document.offsetAt(diagnostic.range.end) === finding.end
  );
}
