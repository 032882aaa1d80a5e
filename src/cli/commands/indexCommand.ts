import { countOf } from '../../core/text/wording';
import { CONFIG_FILE } from '../../node/library/config';
import { parseCommandArgs, type CliCommand } from '../command';
import { EXIT, UsageError } from '../io';
import { claimCount } from '../../node/library/statementIndexCache';
import { terminalSafe } from '../render/terminalText';
import { citationSearchFor, selectSources, SOURCE_OPTIONS, SOURCE_OPTIONS_HELP, useStatementIndexOf } from '../sourcesOptions';

export const indexCommand: CliCommand = {
  name: 'index',
  summary: 'Read your own sources folders and say what was found and what failed',
  help: `Usage: sourcebook index [DIR...] [--sources DIR]... [--json]

Reads every DIR (and the --sources folders and the team file's) as "define", "cite", "sources" and "check" do, and
prints each file's status: indexed (its key, passages and acronyms defined), a bibliography (entries, and how many
matched a document), or why it was not indexed (binary, empty, too large, unreadable, malformed .bib, a duplicate
key, a format not read yet). Then the totals: documents, passages, terms, and claims (the passages stating a date,
number, party, title or denial that "check" compares drafts with).
  --json   print { "folders", "documents", "passages", "terms", "claims", "failures", "read", "fromCache", "cache",
           "files": [{ "file", "format", "status": "indexed" | "bibliography" | "failed", "reason", "key",
           "passages", "terms", "entry", "entries", "matched", "warnings" }] }
${SOURCE_OPTIONS_HELP}
With a team file, what was read is cached in .sourcebook/cache/ beside it (git ignores it): the next run of any
command reads only new and changed files (by size, time and content hash) and drops deleted ones. A damaged cache
is rebuilt, with a note on stderr. Without a team file every run reads every file.
Exit status: 0 every file indexed, 1 some file could not be (the rest is still indexed), 2 usage error.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, ...SOURCE_OPTIONS });
    if (values.help) {
      io.out(`${indexCommand.help}\n`);
      return EXIT.ok;
    }
    // Read as "check" and "cite" read them (with the bundled articles when the team file or flags keep them), so the
    // indexes kept in the cache are the ones they use; the bundled articles are left out of the counts.
    const selection = await selectSources(values, io, positionals);
    const library = selection.library;
    if (!library) throw new UsageError('index needs a DIR, --sources DIR, or a team file listing folders');
    // The citation and statement indexes are built now and kept in the cache, so the first "cite" or "check" after
    // this reads them back.
    if (selection.cacheDir) citationSearchFor(selection, io);
    useStatementIndexOf(selection, io);
    const files = library.files;
    const indexed = files.filter((f) => f.status === 'indexed');
    const failures = files.filter((f) => f.status === 'failed');
    const own = new Set(indexed.map((f) => f.key!));
    const summary = {
      folders: selection.folders,
      documents: indexed.length,
      passages: indexed.reduce((n, f) => n + (f.passages ?? 0), 0),
      terms: library.knowledge.terms.filter((t) => t.citations.some((c) => own.has(c.source))).length,
      claims: claimCount(selection.kb, own),
      failures: failures.length,
      read: library.stats.parsed,
      fromCache: library.stats.fromCache,
      cache: selection.cacheDir ?? null,
      files: files.map((f) => ({
        file: f.file,
        format: f.format,
        status: f.status,
        reason: f.reason ?? null,
        key: f.key ?? null,
        passages: f.passages ?? null,
        terms: f.terms ?? null,
        entry: f.entry ?? null,
        entries: f.entries ?? null,
        matched: f.matched ?? null,
        warnings: f.warnings,
      })),
    };
    if (values.json) {
      io.out(`${JSON.stringify(summary, null, 2)}\n`);
      return failures.length > 0 ? EXIT.findings : EXIT.ok;
    }
    const lines: string[] = [];
    for (const f of files) {
      const name = terminalSafe(f.file);
      if (f.status === 'indexed') {
        lines.push(
          `indexed       ${name}  [@${terminalSafe(f.key ?? '')}] ${countOf(f.passages ?? 0, 'passage')}, ${countOf(f.terms ?? 0, 'term')}${f.entry ? `, metadata from entry "${terminalSafe(f.entry)}"` : ''}`,
        );
      } else if (f.status === 'bibliography') {
        lines.push(`bibliography  ${name}  ${countOf(f.entries ?? 0, 'entry', 'entries')}, ${f.matched ?? 0} matched to a document`);
      } else {
        lines.push(`failed        ${name}: ${terminalSafe(f.reason ?? 'not indexed')}`);
      }
      for (const w of f.warnings) lines.push(`              warning: ${terminalSafe(w)}`);
    }
    lines.push(
      '',
      `${countOf(indexed.length, 'document')}, ${countOf(summary.passages, 'passage')}, ${countOf(summary.terms, 'term')}, ${countOf(summary.claims, 'claim')}; ${countOf(failures.length, 'file')} not indexed.`,
      selection.cacheDir
        ? `${countOf(summary.read, 'file')} read, ${summary.fromCache.toLocaleString('en-US')} taken from the cache (${terminalSafe(selection.cacheDir)}).`
        : `${countOf(summary.read, 'file')} read; nothing cached (no ${CONFIG_FILE} to keep a cache beside).`,
    );
    io.out(`${lines.join('\n')}\n`);
    return failures.length > 0 ? EXIT.findings : EXIT.ok;
  },
};
