import * as vscode from 'vscode';

/** The `sourcebook.diagnostics.*` settings, `sourcebook.curatedFacts` and `sourcebook.ignoreFile`, as they apply to one document. */
export interface ClaimSettings {
  enabled: boolean;
  /** Severity of claims the sources contradict; findings the checker marks as information stay information. */
  severity: vscode.DiagnosticSeverity;
  debounceMs: number;
  includeUnsupported: boolean;
  /** Check against the hand-written facts of knowledge/facts too (`sourcebook.curatedFacts`), not only the sources' claims. */
  curatedFacts: boolean;
  /** Path of the workspace ignore file as set (relative to the workspace folder), or '' for the nearest one. */
  ignoreFile: string;
}

const SEVERITIES: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Reads the settings for `document`; out-of-range values fall back to the defaults rather than failing. */
export function claimSettings(document?: vscode.TextDocument): ClaimSettings {
  const config = vscode.workspace.getConfiguration('sourcebook', document);
  const debounce = config.get<number>('diagnostics.debounceMs', 400);
  return {
    enabled: config.get<boolean>('diagnostics.enabled', true),
    severity: SEVERITIES[config.get<string>('diagnostics.severity', 'warning')] ?? vscode.DiagnosticSeverity.Warning,
    debounceMs: Number.isFinite(debounce) ? Math.min(Math.max(debounce, 0), 5000) : 400,
    includeUnsupported: config.get<boolean>('diagnostics.unsupportedClaims', false),
    curatedFacts: config.get<boolean>('curatedFacts', true),
    ignoreFile: config.get<string>('ignoreFile', '').trim(),
  };
}

/** True when a configuration change touches a setting the claim checker reads. */
export function affectsClaimSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return ['sourcebook.diagnostics', 'sourcebook.ignoreFile', 'sourcebook.languages', 'sourcebook.curatedFacts'].some((s) =>
    event.affectsConfiguration(s),
  );
}
