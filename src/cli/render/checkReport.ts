import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { DocumentFinding, SuppressedFinding } from '../../core/claims/document';
import { citationDetail } from '../../core/claims/messages';
import { lineOf, normaliseClaimSentence, type IgnoredClaims } from '../../core/claims/suppressions';
import type { ClaimCode } from '../../core/claims/types';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { terminalSafe } from './terminalText';
import { quoteToJson, type QuoteJson } from './termText';

/** Where a file is for SARIF: a percent-encoded URI reference, relative to the `SRCROOT` base when it can be. */
export interface ArtifactUri {
  uri: string;
  /** Absent when the file lies where no relative reference reaches (another drive): `uri` is then absolute. */
  uriBaseId?: typeof SRCROOT;
}

/** One checked file's findings, with where its lines start (to place them), not its text. */
export interface CheckedFile {
  status: 'checked';
  /** As the user named it (relative paths stay relative). */
  file: string;
  artifact: ArtifactUri;
  /**
   * The offset each line starts at (`lineStarts`). A run keeps this instead of the text: forty 15 MB drafts were
   * 600 MB of text held until the report was written, and the process died before printing anything.
   */
  lineStarts: number[];
  findings: DocumentFinding[];
  /** Findings an ignore comment or the ignore file silenced: reported as such, never dropped unsaid. */
  suppressed: SuppressedFinding[];
}

/** A file named on the command line that was not checked, and why (missing, a directory, binary, not UTF-8…). */
export interface SkippedFile {
  status: 'skipped';
  file: string;
  artifact: ArtifactUri;
  reason: string;
}

/** What a `check` run knows before its first file: the same for every file of the report. */
export interface CheckRun {
  kb: KnowledgeBase;
  /** The ignore file the run used, when it used one. */
  ignored?: IgnoredClaims;
  /** Where that file is, for SARIF suppressions. */
  ignoreArtifact?: ArtifactUri;
  /** Problems with the run itself that are not about one draft (an ignore file that could not be used). */
  problems: string[];
}

/**
 * A report written file by file, as each is checked: a run over many large drafts holds one file's findings at a
 * time and never the whole report as one string (forty 15 MB drafts once made a report too long for a JavaScript
 * string, and the run died without printing anything). Each call returns the next part of the output.
 */
export interface ReportWriter {
  start(): string;
  file(file: CheckedFile | SkippedFile): string;
  end(): string;
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
  /** The draft's words the finding is about, as written. */
  claimed: string;
  /** What the sources say instead, in words. */
  expected: string;
  fact: string;
  /** The sources' quotes, each with its source's title and label. */
  citations: QuoteJson[];
}

/** A silenced finding in `--format json`: where and what, and which rule silenced it. */
export interface PlacedSuppression extends PlacedDiagnostic {
  suppressedBy: 'comment' | 'ignore-file';
  /** The reason the ignore file gives, when it gives one. */
  reason?: string;
}

/** The base every relative artifact URI resolves against: the directory `check` ran in. */
const SRCROOT = 'SRCROOT';

/**
 * `full` as SARIF 2.1.0 wants an artifact location (§3.4.3, RFC 3986): relative to the working directory, each path
 * segment percent-encoded, so a folder named `https:` cannot turn the reference into an absolute URI, and `#`, `?`,
 * `%` or spaces in names stay part of the path.
 */
export function artifactUri(cwd: string, full: string): ArtifactUri {
  const relative = path.relative(cwd, full);
  if (path.isAbsolute(relative)) return { uri: pathToFileURL(full).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function placer(starts: readonly number[]) {
  return (offset: number) => {
    const line = lineOf(starts, offset);
    return { line: line + 1, column: offset - starts[line] + 1 };
  };
}

function place(kb: KnowledgeBase, at: ReturnType<typeof placer>, f: DocumentFinding): PlacedDiagnostic {
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
    claimed: f.claimed,
    expected: f.expected,
    fact: f.factId,
    citations: f.citations.map((c) => quoteToJson(kb, c)),
  };
}

export function placeFindings(kb: KnowledgeBase, file: CheckedFile): PlacedDiagnostic[] {
  const at = placer(file.lineStarts);
  return file.findings.map((f) => place(kb, at, f));
}

function placeSuppressed(run: CheckRun, file: CheckedFile): PlacedSuppression[] {
  const at = placer(file.lineStarts);
  return file.suppressed.map(({ finding, by }) => {
    const reason = by === 'file' ? run.ignored?.get(finding.factId, finding.sentence)?.reason : undefined;
    return {
      ...place(run.kb, at, finding),
      suppressedBy: by === 'inline' ? 'comment' : 'ignore-file',
      ...(reason !== undefined ? { reason } : {}),
    };
  });
}

/**
/**
 * `file:line:col: warning: message [code]`, one finding a line, as compilers print them, each followed by its quotes
 * on indented lines (`  sakata2020: “…” — full source description`): tools that read the first form skip those. The
 * file name, the message (which quotes the draft) and the quotes are escaped, so none can colour the terminal or
 * start a line of its own.
 */
export function textReport(run: CheckRun): ReportWriter {
  return {
    start: () => '',
    file: (file) =>
      file.status === 'checked'
        ? placeFindings(run.kb, file)
            .map(
              (d) =>
                `${terminalSafe(file.file)}:${d.line}:${d.column}: ${d.severity}: ${terminalSafe(d.message)} [${d.code}]\n` +
                d.citations.map((c) => `  ${terminalSafe(c.source)}: ${terminalSafe(citationDetail(run.kb, c))}\n`).join(''),
            )
            .join('')
        : '',
    end: () => '',
  };
}

/**
 * `--format json`: an array with one entry per file named, in order. A checked file lists its diagnostics and the
 * findings ignore rules silenced; a skipped one says why it was not checked.
 */
export function jsonReport(run: CheckRun): ReportWriter {
  let first = true;
  return {
    start: () => '[',
    file: (file) => {
      const entry =
        file.status === 'checked'
          ? { file: file.file, status: file.status, diagnostics: placeFindings(run.kb, file), suppressed: placeSuppressed(run, file) }
          : { file: file.file, status: file.status, reason: file.reason, diagnostics: [], suppressed: [] };
      const separator = first ? '\n' : ',\n';
      first = false;
      return `${separator}  ${nested(entry, 2)}`;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}

/** `value` as indented JSON, its lines after the first indented by `depth` more spaces, to stand inside a larger document. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(depth)}`);
}

const RULES: Record<ClaimCode, { name: string; text: string; level: Sarif.ReportingConfiguration.level }> = {
  'claim-conflict': { name: 'ClaimConflict', text: 'A claim in the draft contradicts what the sources say.', level: 'warning' },
  'claim-sources-differ': {
    name: 'ClaimSourcesDiffer',
    text: 'The sources disagree about this claim; the draft follows one of them.',
    level: 'note',
  },
  'claim-unsupported': {
    name: 'ClaimUnsupported',
    text: 'A dated or numbered claim about a known subject that no source backs.',
    level: 'note',
  },
};

/**
 * SARIF 2.1.0 for code-scanning uploads. Columns are UTF-16 code units, said explicitly; each result carries a
 * fingerprint from its fact and normalised sentence, the same key the ignore file uses, so an alert survives edits
 * elsewhere in the draft. Findings an ignore rule silenced are results with `suppressions` (`inSource` for a
 * comment in the draft, `external` for the ignore file, with its reason); files that could not be checked and an
 * unusable ignore file are tool execution notifications, and make the invocation unsuccessful.
 */
export function sarifReport(run: CheckRun, toolVersion: string, cwdUri: string): ReportWriter {
  const ruleIds = Object.keys(RULES) as ClaimCode[];
  const result = (file: CheckedFile, d: PlacedDiagnostic, f: DocumentFinding): Sarif.Result => ({
    ruleId: d.code,
    ruleIndex: ruleIds.indexOf(d.code),
    level: d.severity === 'warning' ? 'warning' : 'note',
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { ...file.artifact },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        },
      },
    ],
    partialFingerprints: { 'claimSentence/v1': fingerprint(f.factId, f.sentence) },
    properties: { fact: d.fact, claimed: d.claimed, expected: d.expected, citations: d.citations },
  });
  const notifications: Sarif.Notification[] = run.problems.map((text) => ({
    level: 'error',
    message: { text },
    descriptor: { id: 'ignore-file-unusable' },
  }));
  let first = true;
  // The run object is written in three parts around its results: everything known at the start, the results file by
  // file, and the invocation, which can say whether every file was checked only at the end.
  const tool: Sarif.Tool = {
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
  };
  return {
    start: () =>
      '{\n  "version": "2.1.0",\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "runs": [\n    {\n' +
      `      "tool": ${nested(tool, 6)},\n` +
      `      "originalUriBaseIds": ${nested({ [SRCROOT]: { uri: cwdUri } }, 6)},\n` +
      '      "columnKind": "utf16CodeUnits",\n      "results": [',
    file: (file) => {
      if (file.status === 'skipped') {
        notifications.push({
          level: 'error',
          message: { text: `${file.file}: ${file.reason}; not checked` },
          locations: [{ physicalLocation: { artifactLocation: { ...file.artifact } } }],
          descriptor: { id: 'file-not-checked' },
        });
        return '';
      }
      const results: Sarif.Result[] = [];
      const placed = placeFindings(run.kb, file);
      file.findings.forEach((f, i) => results.push(result(file, placed[i], f)));
      const silenced = placeSuppressed(run, file);
      file.suppressed.forEach(({ finding }, i) => {
        const s = silenced[i];
        const suppression: Sarif.Suppression =
          s.suppressedBy === 'comment'
            ? { kind: 'inSource' }
            : {
                kind: 'external',
                ...(s.reason !== undefined ? { justification: s.reason } : {}),
                ...(run.ignoreArtifact ? { location: { physicalLocation: { artifactLocation: { ...run.ignoreArtifact } } } } : {}),
              };
        results.push({ ...result(file, s, finding), suppressions: [suppression] });
      });
      return results
        .map((r) => {
          const separator = first ? '\n' : ',\n';
          first = false;
          return `${separator}        ${nested(r, 8)}`;
        })
        .join('');
    },
    end: () => {
      const invocations: Sarif.Invocation[] = [
        { executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications },
      ];
      return `${first ? '' : '\n      '}],\n      "invocations": ${nested(invocations, 6)}\n    }\n  ]\n}\n`;
    },
  };
}

function fingerprint(factId: string, sentence: string): string {
  return createHash('sha256')
    .update(`${factId}\u0000${normaliseClaimSentence(sentence)}`)
    .digest('hex')
    .slice(0, 32);
}
