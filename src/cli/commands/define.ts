import { suggestTerms, resolveTerm } from '../../core/terms/lookup';
import { parseCommandArgs, type CliCommand } from '../command';
import { EXIT, UsageError } from '../io';
import { describeTermAsText, termToJson } from '../render/termText';

export const defineCommand: CliCommand = {
  name: 'define',
  summary: 'Show what a term means according to the sources, with quotes',
  help: `Usage: sourcebook define TERM [--json]

Prints the definition of TERM (any alias: "1965 treaty", "TISA", "FOIP") and the quotes that back it.
  --json   print { "term", "aliases", "definition", "citations": [{ "source", "quote", "start", "end" }] }
Exit status: 0 found, 1 unknown term (with suggestions), 2 usage error.`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
    if (values.help) {
      io.out(`${defineCommand.help}\n`);
      return EXIT.ok;
    }
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('define needs a TERM');
    const kb = io.knowledge();
    const terms = resolveTerm(kb, query);
    if (terms.length === 0) {
      const suggestions = suggestTerms(kb, query);
      io.err(`unknown term "${query}"${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''}\n`);
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
