import { suggestTerms, resolveTerm } from '../../core/terms/lookup';
import { parseCommandArgs, queryOf, type CliCommand } from '../command';
import { EXIT } from '../io';
import { shortForm } from '../render/terminalText';
import { describeTermAsText, termToJson } from '../render/termText';
import { selectSources, SOURCE_OPTIONS, SOURCE_OPTIONS_HELP, warnAboutFailures } from '../sourcesOptions';

/**
 * The longest TERM accepted, in characters: room for a question about a term ("What did the 1965 Treaty on Basic
 * Relations settle?"), far below the megabyte paste that once took minutes to match.
 */
export const MAX_TERM_QUERY = 200;

export const defineCommand: CliCommand = {
  name: 'define',
  summary: 'Show what a term means according to the sources, with quotes',
  help: `Usage: sourcebook define TERM [--json] [--sources DIR]... [--no-bundled]

Prints the definition of TERM (any alias: "1965 treaty", "TISA", "FOIP") and the quotes that back it.
  --json   print { "term", "expansion", "category", "aliases", "definition", "citations": [{ "source", "title",
           "label", "passage", "quote", "start", "end" }] } (an array of them when several terms share the name)
${SOURCE_OPTIONS_HELP}
Acronyms your own sources define ("Trilateral Information Sharing Arrangement (TISA)") are terms too, quoting the
sentence that defines them.
TERM is at most ${MAX_TERM_QUERY} characters.
Exit status: 0 found, 1 unknown term (with suggestions), 2 usage error.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, ...SOURCE_OPTIONS });
    if (values.help) {
      io.out(`${defineCommand.help}\n`);
      return EXIT.ok;
    }
    const query = queryOf(positionals, MAX_TERM_QUERY, 'TERM', 'define');
    const selection = await selectSources(values, io);
    warnAboutFailures(selection, io);
    const kb = selection.kb;
    const terms = resolveTerm(kb, query);
    if (terms.length === 0) {
      const suggestions = suggestTerms(kb, query);
      io.err(
        `unknown term ${shortForm(query)}${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''}\n`,
      );
      return EXIT.findings;
    }
    if (values.json) {
      const json = terms.map((t) => termToJson(kb, t));
      io.out(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
    } else {
      io.out(terms.map((t) => describeTermAsText(kb, t)).join('\n\n') + '\n');
    }
    return EXIT.ok;
  },
};
