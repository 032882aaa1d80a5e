import { dateLabel, authorNames, sourceLabel } from '../../core/sources/describe';
import { parseCommandArgs, type CliCommand } from '../command';
import { EXIT } from '../io';

export const sourcesCommand: CliCommand = {
  name: 'sources',
  summary: 'List the bundled sources and their metadata',
  help: `Usage: sourcebook sources [--json]

Lists every source with its key, title, authors, date, publisher, URL and licence. Unknown values are null: the
index never guesses them. --json prints [{ "key", "seed", "title", "authors", "container", "publisher", "date",
"url", "licence", "evidence", "label", "passages", "characters" }]: the metadata (without the full text) with the
evidence for each value; "label" is how citations name the source, "passages" and "characters" count its text.`,
  run(argv, io) {
    const { values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, false);
    if (values.help) {
      io.out(`${sourcesCommand.help}\n`);
      return EXIT.ok;
    }
    const kb = io.knowledge();
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
