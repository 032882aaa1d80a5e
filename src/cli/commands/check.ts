import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkDocument } from '../../core/claims/document';
import { IgnoredClaims, IgnoreFileError, lineStarts } from '../../core/claims/suppressions';
import { describeTextRefusal, megabytes, readTextFile } from '../../node/files';
import { findIgnoreFile, readIgnoreFile, repositoryRoot } from '../../node/ignoreFile';
import { version } from '../../../package.json';
import { parseCommandArgs, type CliCommand } from '../command';
import { EXIT, UsageError, type CliIO } from '../io';
import { artifactUri, jsonReport, sarifReport, textReport, type CheckRun } from '../render/checkReport';
import { shortForm, terminalSafe } from '../render/terminalText';
import { selectSources, SOURCE_OPTIONS, SOURCE_OPTIONS_HELP, useStatementIndexOf, warnAboutFailures } from '../sourcesOptions';

/** Drafts are memos, not data dumps: past this a file is refused rather than checked for minutes. */
export const MAX_DRAFT_BYTES = 16 * 1024 * 1024;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check the claims in drafts against the sources (text, JSON or SARIF)',
  help: `Usage: sourcebook check FILE... [--format text|json|sarif] [--ignore-file PATH] [--unsupported]
                       [--no-curated] [--sources DIR]... [--no-bundled]

Checks the claims in each FILE (Markdown or plain text) against what the sources say: against the statements read
from every source's own text (dates, numbers, people, places, titles, whether something happened), and against the
hand-written facts of the bundled articles.
  --format text    file:line:col: warning: message [code]   (default), then each quote on an indented line
  --format json    one entry per FILE, in order: { "file", "status": "checked" | "skipped", "reason" (skipped),
                   "diagnostics": [D], "suppressed": [D + "suppressedBy": "comment" | "ignore-file", "reason"] }
                   D = { "line", "column", "endLine", "endColumn", "severity", "code", "message", "claimed",
                   "expected", "fact", "citations": [{ "source", "title", "label", "passage", "quote", "start",
                   "end" }] }
  --format sarif   SARIF 2.1.0, for code-scanning uploads: silenced findings carry "suppressions", files not
                   checked are tool execution notifications
  --ignore-file    claims to leave as written (default: the nearest .sourcebook/ignored-claims.json from the
                   current directory up to the repository root, the folder holding .git; outside a repository
                   only the current directory's)
  --unsupported    also report claims about known subjects that no source backs (as information)
  --no-curated     leave out the hand-written facts: check against the statements read from the sources alone
${SOURCE_OPTIONS_HELP}
Your own sources (--sources, the team file) are checked by the statements read from their text; the hand-written
facts cover the five bundled articles only.
Lines and columns are 1-based; columns count UTF-16 code units. Lines after <!-- sourcebook-ignore-next-line -->
(or "// sourcebook-ignore-next-line" in plain text) are not reported.
Exit status: 0 no warnings, 1 a claim conflicts with the sources, 2 usage error or a file that cannot be read
(the other files are still checked).`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      format: { type: 'string' },
      'ignore-file': { type: 'string' },
      unsupported: { type: 'boolean' },
      'no-curated': { type: 'boolean' },
      ...SOURCE_OPTIONS,
    });
    if (values.help) {
      io.out(`${checkCommand.help}\n`);
      return EXIT.ok;
    }
    const format = (values.format ?? 'text') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format ${shortForm(String(values.format))} (use ${FORMATS.join(', ')})`);
    if (positionals.length === 0) throw new UsageError('check needs at least one FILE');

    const problems: string[] = [];
    const ignoreFile = loadIgnored(values['ignore-file'], io, (problem) => problems.push(problem));
    const selection = await selectSources(values, io);
    warnAboutFailures(selection, io);
    useStatementIndexOf(selection, io);
    const kb = selection.kb;
    const run: CheckRun = { kb, ignored: ignoreFile?.claims, ignoreArtifact: ignoreFile && artifactUri(io.cwd, ignoreFile.path), problems };
    const report =
      format === 'json'
        ? jsonReport(run)
        : format === 'sarif'
          ? sarifReport(run, version, pathToFileURL(io.cwd + path.sep).href)
          : textReport(run);
    // Each file's part of the report is written as soon as the file is checked, and its findings are let go.
    let skipped = false;
    let warned = false;
    io.out(report.start());
    for (const file of positionals) {
      const full = path.resolve(io.cwd, file);
      const artifact = artifactUri(io.cwd, full);
      const draft = readDraft(full);
      if ('reason' in draft) {
        io.err(`sourcebook check: ${terminalSafe(file)}: ${terminalSafe(draft.reason)}\n`);
        skipped = true;
        io.out(report.file({ status: 'skipped', file, artifact, reason: draft.reason }));
        continue;
      }
      const { findings, suppressed } = checkDocument(kb, draft.text, {
        ignored: ignoreFile?.claims,
        includeUnsupported: values.unsupported ?? false,
        curatedFacts: !values['no-curated'],
      });
      warned ||= findings.some((d) => d.severity === 'warning');
      io.out(report.file({ status: 'checked', file, artifact, lineStarts: lineStarts(draft.text), findings, suppressed }));
    }
    io.out(report.end());

    if (problems.length > 0 || skipped) return EXIT.usage;
    return warned ? EXIT.findings : EXIT.ok;
  },
};

/**
 * The ignore file's claims and where the file is. A broken ignore file is reported and the drafts are still checked
 * without it (so nothing is hidden by accident), and the run ends with status 2.
 */
function loadIgnored(
  explicit: string | undefined,
  io: CliIO,
  failed: (problem: string) => void,
): { claims: IgnoredClaims; path: string } | undefined {
  const file = explicit !== undefined ? path.resolve(io.cwd, explicit) : findIgnoreFile(io.cwd, repositoryRoot(io.cwd) ?? io.cwd);
  if (!file) return undefined;
  const fail = (problem: string) => {
    io.err(`sourcebook check: ${terminalSafe(problem)}\n`);
    failed(problem);
    return undefined;
  };
  if (explicit !== undefined && !fs.existsSync(file)) return fail(`ignore file ${explicit} does not exist`);
  try {
    return { claims: readIgnoreFile(file), path: file };
  } catch (err) {
    if (!(err instanceof IgnoreFileError)) throw err;
    return fail(`ignore file not used: ${err.message}`);
  }
}

/** The draft's text, or why it cannot be checked. */
function readDraft(full: string): { text: string } | { reason: string } {
  const read = readTextFile(full, MAX_DRAFT_BYTES);
  if (read.ok) return { text: read.text };
  const { refusal } = read;
  const reason =
    refusal.kind === 'directory'
      ? 'is a directory; name the draft files to check'
      : refusal.kind === 'too-large'
        ? `is ${megabytes(refusal.bytes)} MB; drafts over ${megabytes(refusal.maxBytes, 0)} MB are not checked`
        : refusal.kind === 'binary'
          ? 'looks binary (it contains NUL bytes); check Markdown or plain-text drafts'
          : refusal.kind === 'not-utf8'
            ? 'is not UTF-8 text; save it as UTF-8 and check again'
            : describeTextRefusal(refusal);
  return { reason };
}
