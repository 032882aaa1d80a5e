import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { DocumentFinding } from '../../core/claims/document';
import { citationDetail } from '../../core/claims/messages';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { lineOf, lineStarts, normaliseClaimSentence } from '../../core/claims/suppressions';
import type { ClaimCode } from '../../core/claims/types';

/** One checked file's findings, with the text they point into. */
export interface CheckedFile {
  /** As the user named it (relative paths stay relative). */
  file: string;
  /** Relative to the working directory, with forward slashes: what SARIF consumers resolve against the repo. */
  uri: string;
  text: string;
  findings: DocumentFinding[];
}

/** A finding placed by 1-based line and column (UTF-16 code units, as editors and SARIF's default count). */
export interface PlacedDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: DocumentFinding['severity'];
  code: ClaimCode;
  message: string;
  fact: string;
  citations: { source: string; quote: string }[];
}

export function placeFindings(file: CheckedFile): PlacedDiagnostic[] {
  const starts = lineStarts(file.text);
  const at = (offset: number) => {
    const line = lineOf(starts, offset);
    return { line: line + 1, column: offset - starts[line] + 1 };
  };
  return file.findings.map((f) => {
    const start = at(f.start);
    const end = at(f.end);
    return {
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      severity: f.severity,
      code: f.code,
      message: f.message,
      fact: f.factId,
      citations: f.citations.map((c) => ({ source: c.source, quote: c.quote })),
    };
  });
}

/**
 * `file:line:col: warning: message [code]`, one finding a line, as compilers print them, each followed by its quotes
 * on indented lines (`  sakata2020: “…” — full source description`): tools that read the first form skip those.
 */
export function textReport(files: CheckedFile[], kb: KnowledgeBase): string {
  return files
    .flatMap((file) =>
      placeFindings(file).map((d) => `${file.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]\n${d.citations.map((c) => `  ${c.source}: ${citationDetail(kb, c)}\n`).join('')}`),
    )
    .join('');
}

export function jsonReport(files: CheckedFile[]): string {
  return `${JSON.stringify(files.map((file) => ({ file: file.file, diagnostics: placeFindings(file) })), null, 2)}\n`;
}

const RULES: Record<ClaimCode, { name: string; text: string; level: Sarif.ReportingConfiguration.level }> = {
  'claim-conflict': { name: 'ClaimConflict', text: 'A claim in the draft contradicts what the sources say.', level: 'warning' },
  'claim-sources-differ': { name: 'ClaimSourcesDiffer', text: 'The sources disagree about this claim; the draft follows one of them.', level: 'note' },
  'claim-unsupported': { name: 'ClaimUnsupported', text: 'A dated or numbered claim about a known subject that no source backs.', level: 'note' },
};

/**
 * SARIF 2.1.0 for code-scanning uploads. Columns are UTF-16 code units, said explicitly; each result carries a
 * fingerprint from its fact and normalised sentence, the same key the ignore file uses, so an alert survives edits
 * elsewhere in the draft.
 */
export function sarifReport(files: CheckedFile[], toolVersion: string, cwdUri: string): string {
  const ruleIds = Object.keys(RULES) as ClaimCode[];
  const results: Sarif.Result[] = files.flatMap((file) =>
    placeFindings(file).map((d, i) => ({
      ruleId: d.code,
      ruleIndex: ruleIds.indexOf(d.code),
      level: d.severity === 'warning' ? 'warning' : 'note',
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: file.uri, uriBaseId: 'SRCROOT' },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
      partialFingerprints: { 'claimSentence/v1': fingerprint(d.fact, file.findings[i].sentence) },
      properties: { fact: d.fact, citations: d.citations },
    })),
  );
  const log: Sarif.Log = {
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sourcebook',
            version: toolVersion,
            rules: ruleIds.map((id) => ({
              id,
              name: RULES[id].name,
              shortDescription: { text: RULES[id].text },
              defaultConfiguration: { level: RULES[id].level },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: cwdUri } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function fingerprint(factId: string, sentence: string): string {
  return createHash('sha256').update(`${factId}\u0000${normaliseClaimSentence(sentence)}`).digest('hex').slice(0, 32);
}
