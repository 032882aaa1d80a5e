import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkDocument } from '../../core/claims/document';
import { IgnoredClaims, IgnoreFileError } from '../../core/claims/suppressions';
import { describeTextRefusal, megabytes, readTextFile } from '../../node/files';
import { findIgnoreFile, readIgnoreFile, repositoryRoot } from '../../node/ignoreFile';
import { version } from '../../../package.json';
import { parseCommandArgs, type CliCommand } from '../command';
import { EXIT, UsageError, type CliIO } from '../io';
import { jsonReport, sarifReport, textReport, type CheckedFile } from '../render/checkReport';

/** Drafts are memos, not data dumps: past this a file is refused rather than checked for minutes. */
export const MAX_DRAFT_BYTES = 16 * 1024 * 1024;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check the claims in drafts against the sources (text, JSON or SARIF)',
  help: `Usage: sourcebook check FILE... [--format text|json|sarif] [--ignore-file PATH] [--unsupported]

Checks every dated or numbered claim in each FILE (Markdown or plain text) against the facts in the sources.
  --format text    file:line:col: warning: message [code]   (default)
  --format json    [{ "file", "diagnostics": [{ "line", "column", "endLine", "endColumn", "severity", "code",
                   "message", "fact", "citations": [{ "source", "quote" }] }] }]
  --format sarif   SARIF 2.1.0, for code-scanning uploads
  --ignore-file    claims to leave as written (default: the nearest .sourcebook/ignored-claims.json from the
                   current directory up to the repository root, the folder holding .git; outside a repository
                   only the current directory's)
  --unsupported    also report claims about known subjects that no source backs (as information)
Lines and columns are 1-based; columns count UTF-16 code units. Lines after <!-- sourcebook-ignore-next-line -->
(or "// sourcebook-ignore-next-line" in plain text) are not reported.
Exit status: 0 no warnings, 1 a claim conflicts with the sources, 2 usage error or a file that cannot be read
(the other files are still checked).`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      format: { type: 'string' },
      'ignore-file': { type: 'string' },
      unsupported: { type: 'boolean' },
    });
    if (values.help) {
      io.out(`${checkCommand.help}\n`);
      return EXIT.ok;
    }
    const format = (values.format ?? 'text') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (use ${FORMATS.join(', ')})`);
    if (positionals.length === 0) throw new UsageError('check needs at least one FILE');

    let readFailed = false;
    const ignored = loadIgnored(values['ignore-file'], io, () => (readFailed = true));
    const kb = io.knowledge();
    const checked: CheckedFile[] = [];
    for (const file of positionals) {
      const full = path.resolve(io.cwd, file);
      const text = readDraft(full, file, io);
      if (text === undefined) {
        readFailed = true;
        continue;
      }
      const { findings } = checkDocument(kb, text, { ignored, includeUnsupported: values.unsupported ?? false });
      checked.push({ file, uri: path.relative(io.cwd, full).split(path.sep).join('/'), text, findings });
    }

    if (format === 'json') io.out(jsonReport(checked));
    else if (format === 'sarif') io.out(sarifReport(checked, version, pathToFileURL(io.cwd + path.sep).href));
    else io.out(textReport(checked));

    if (readFailed) return EXIT.usage;
    return checked.some((f) => f.findings.some((d) => d.severity === 'warning')) ? EXIT.findings : EXIT.ok;
  },
};

/**
 * The ignore file's claims. A broken ignore file is reported and the drafts are still checked without it (so
 * nothing is hidden by accident), and the run ends with status 2.
 */
function loadIgnored(explicit: string | undefined, io: CliIO, failed: () => void): IgnoredClaims | undefined {
  const file = explicit !== undefined ? path.resolve(io.cwd, explicit) : findIgnoreFile(io.cwd, repositoryRoot(io.cwd) ?? io.cwd);
  if (!file) return undefined;
  if (explicit !== undefined && !fs.existsSync(file)) {
    io.err(`sourcebook check: ignore file ${explicit} does not exist\n`);
    failed();
    return undefined;
  }
  try {
    return readIgnoreFile(file);
  } catch (err) {
    if (!(err instanceof IgnoreFileError)) throw err;
    io.err(`sourcebook check: ignore file not used: ${err.message}\n`);
    failed();
    return undefined;
  }
}

/** The draft's text, or undefined after a message naming the file and saying what is wrong with it. */
function readDraft(full: string, shown: string, io: CliIO): string | undefined {
  const read = readTextFile(full, MAX_DRAFT_BYTES);
  if (read.ok) return read.text;
  const { refusal } = read;
  const why =
    refusal.kind === 'directory'
      ? 'is a directory; name the draft files to check'
      : refusal.kind === 'too-large'
        ? `is ${megabytes(refusal.bytes)} MB; drafts over ${megabytes(refusal.maxBytes, 0)} MB are not checked`
        : refusal.kind === 'binary'
          ? 'looks binary (it contains NUL bytes); check Markdown or plain-text drafts'
          : refusal.kind === 'not-utf8'
            ? 'is not UTF-8 text; save it as UTF-8 and check again'
            : describeTextRefusal(refusal);
  io.err(`sourcebook check: ${shown}: ${why}\n`);
  return undefined;
}
