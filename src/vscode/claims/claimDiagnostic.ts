import * as vscode from 'vscode';
import type { DocumentFinding } from '../../core/claims/document';
import { sourceLabel } from '../../core/sources/describe';
import type { SourcebookServices } from '../services';

/** The `source` of every claim diagnostic, as the Problems panel shows it. */
export const CLAIM_DIAGNOSTIC_SOURCE = 'Sourcebook';

/**
 * A finding as the editor shows it: on exactly the conflicting words, with each supporting quote as related
 * information that opens the source's read-only document at the quote.
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
  diagnostic.relatedInformation = finding.citations.map((c) => {
    const source = kb.source(c.source);
    return new vscode.DiagnosticRelatedInformation(
      services.sourceLocation(c.source, c.start, c.end),
      // The quote first: the Problems panel cuts long lines, and the location already names the source file.
      `“${c.quote}” — ${source ? sourceLabel(source) : c.source}`,
    );
  });
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
