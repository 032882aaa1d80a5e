import { dateLabel, authorNames, sourceLabel } from '../../core/sources/describe';
import { parseCommandArgs, type CliCommand } from '../command';
import { EXIT } from '../io';
import { selectSources, SOURCE_OPTIONS, SOURCE_OPTIONS_HELP, warnAboutFailures } from '../sourcesOptions';

export const sourcesCommand: CliCommand = {
  name: 'sources',
  summary: 'List the sources (bundled and your own) and their metadata',
  help: `Usage: sourcebook sources [--json] [--sources DIR]... [--no-bundled]

Lists every source with its key, title, authors, date, publisher, URL and licence. Unknown values are null: the
index never guesses them. --json prints [{ "key", "seed", "title", "authors", "container", "publisher", "date",
"url", "licence", "evidence", "label", "passages", "characters" }]: the metadata (without the full text) with the
evidence for each value; "label" is how citations name the source, "passages" and "characters" count its text.
For your own sources "seed" is the file read, and the metadata comes from a matching BibTeX or CSL-JSON entry, else
the file's front matter or meta tags; what none of them says is null (unknown).
${SOURCE_OPTIONS_HELP}`,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { json: { type: 'boolean' }, ...SOURCE_OPTIONS }, false);
    if (values.help) {
      io.out(`${sourcesCommand.help}\n`);
      return EXIT.ok;
    }
    const selection = await selectSources(values, io);
    warnAboutFailures(selection, io);
    const kb = selection.kb;
    if (values.json) {
      const rows = kb.sources.map((source) => {
        const { text, ...meta } = source;
        return { ...meta, label: sourceLabel(source), passages: kb.passagesOf(meta.key).length, characters: text.length };
      });
      io.out(`${JSON.stringify(rows, null, 2)}\n`);
      return EXIT.ok;
    }
    for (const s of kb.sources) {
      io.out(
        [
          `${s.key}`,
          `  title:     ${s.title ?? 'unknown'}`,
          `  authors:   ${s.authors.length ? authorNames(s.authors) : 'unknown'}`,
          `  date:      ${dateLabel(s)}${s.date.note ? `  (${s.date.note})` : ''}`,
          `  published: ${[s.container, s.publisher].filter(Boolean).join(', ') || 'unknown'}`,
          `  url:       ${s.url ?? 'unknown'}`,
          `  licence:   ${s.licence?.value ?? 'unknown'}`,
          `  passages:  ${kb.passagesOf(s.key).length}`,
          '',
        ].join('\n'),
      );
    }
    return EXIT.ok;
  },
};
