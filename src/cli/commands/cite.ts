import { CITATION_STYLES, citationText, type CitationSearch, type CitationStyle } from '../../core/citations';
import { paragraphNumber } from '../../core/citations/locator';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { inQuotes, sourceLabel } from '../../core/sources/describe';
import { parseCommandArgs, queryOf, type CliCommand } from '../command';
import { EXIT, UsageError } from '../io';
import { shortForm, terminalSafe } from '../render/terminalText';
import { citationSearchFor, selectSources, SOURCE_OPTIONS, SOURCE_OPTIONS_HELP, warnAboutFailures } from '../sourcesOptions';

const DEFAULT_LIMIT = 5;

/** The longest QUERY accepted, in characters: a claim of a few sentences, not a whole draft pasted in. */
export const MAX_CITE_QUERY = 1000;

/** One search per knowledge base: the index is built on the first `cite` and reused (tests run many in-process). */
const searches = new WeakMap<KnowledgeBase, CitationSearch>();

export const citeCommand: CliCommand = {
  name: 'cite',
  summary: 'Find the source passages that back a claim, ready to cite',
  help: `Usage: sourcebook cite QUERY [--json] [--limit N] [--style STYLE] [--sources DIR]... [--no-bundled]

Ranks the source passages that best match QUERY (a claim, a phrase, a name or a number; typos, word order, case,
hyphens and diacritics do not matter) and prints each with its citation.
  --limit N       how many passages to show (default ${DEFAULT_LIMIT}, at most 100)
  --style STYLE   ${CITATION_STYLES.join(' | ')} (default pandoc)
                  pandoc: [@key, para. N]; footnote: the footnote text with the quote; chicago-note: a Chicago
                  note; chicago-author-date, apa: the in-text parenthetical. "para. N" counts the source's paragraphs.
  --json          print [{ "source", "title", "label", "passage", "paragraph", "start", "end", "text", "score",
                  "citation" }], best first; score 0 is best; "text" is the passage as the source writes it
${SOURCE_OPTIONS_HELP}
QUERY is at most ${MAX_CITE_QUERY} characters.
Exit status: 0 passages found, 1 none found, 2 usage error.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      json: { type: 'boolean' },
      limit: { type: 'string', short: 'n' },
      style: { type: 'string', short: 's' },
      ...SOURCE_OPTIONS,
    });
    if (values.help) {
      io.out(`${citeCommand.help}\n`);
      return EXIT.ok;
    }
    const query = queryOf(positionals, MAX_CITE_QUERY, 'QUERY', 'cite');
    const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      throw new UsageError(`--limit must be a whole number from 1 to 100, not ${shortForm(String(values.limit))}`);
    const style = (values.style ?? 'pandoc') as CitationStyle;
    if (!CITATION_STYLES.includes(style))
      throw new UsageError(`unknown --style ${shortForm(String(values.style))} (one of ${CITATION_STYLES.join(', ')})`);

    const selection = await selectSources(values, io);
    warnAboutFailures(selection, io);
    const kb = selection.kb;
    let search = searches.get(kb);
    if (!search) searches.set(kb, (search = citationSearchFor(selection, io)));
    const hits = search.search(query, { limit });
    // The `--json` contract: each row stands on its own, with the passage's words and its source's name.
    const rows = hits.map((h) => ({
      source: h.source.key,
      title: h.source.title,
      label: sourceLabel(h.source),
      passage: h.passage.id,
      paragraph: paragraphNumber(kb, h.passage) ?? null,
      start: h.passage.start,
      end: h.passage.end,
      text: h.passage.text,
      score: Math.round(h.score * 1000) / 1000,
      citation: citationText(kb, { source: h.source.key, passage: h.passage.id }, style),
    }));
    if (values.json) {
      io.out(`${JSON.stringify(rows, null, 2)}\n`);
      return hits.length > 0 ? EXIT.ok : EXIT.findings;
    }
    if (hits.length === 0) {
      io.err(`no passage matches ${shortForm(query, 80)}\n`);
      return EXIT.findings;
    }
    io.out(
      rows
        .map(
          (r, i) =>
            `${i + 1}. ${r.passage}  (score ${r.score.toFixed(3)}, characters ${r.start}-${r.end})\n   ${terminalSafe(inQuotes(r.text.replace(/\s+/g, ' ')))}\n   — ${r.label}\n   ${r.citation}`,
        )
        .join('\n\n') + '\n',
    );
    return EXIT.ok;
  },
};
