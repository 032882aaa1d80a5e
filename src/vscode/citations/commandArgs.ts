import { CITATION_STYLES, type BibliographyFormat, type CitationStyle } from '../../core/citations';

/**
 * The automation form of "Insert Citation" (tests, hover links, keybindings with args): either a search whose
 * `pick`-th choice is inserted without UI, or a `source` (and `passage`) to cite directly.
 */
export interface InsertCitationArgs {
  query?: string;
  source?: string;
  passage?: string;
  /** Index into the choices the Quick Pick would show for `query` (0 = top hit). */
  pick?: number;
  style?: CitationStyle;
  blockQuote?: boolean;
  /**
   * Cite the sentence at this place of this document instead of the one at the text cursor: a term hover's
   * "Insert citation" link passes where the hovered term stands, which need not be where the cursor is.
   */
  at?: CitationPlace;
}

/** A place in a document: its URI (as a string) and a zero-based line and character. */
export interface CitationPlace {
  uri: string;
  line: number;
  character: number;
}

/** The automation form of "Export Bibliography": returns the text instead of asking. */
export interface ExportBibliographyArgs {
  format: BibliographyFormat;
  scope: BibliographyScope;
}

export type BibliographyScope = 'document' | 'all';

/** Raised for command arguments that cannot be used; the message says what was wrong and what is accepted. */
export class CommandArgsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandArgsError';
  }
}

/** Checks "Insert Citation" arguments; undefined means "no arguments: ask the user". Pure, so it is unit-tested. */
export function parseInsertCitationArgs(raw: unknown): InsertCitationArgs | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new CommandArgsError('Insert Citation expects an object such as { query: "GSOMIA" } or { source: "sakata2020" }.');
  }
  const r = raw as Record<string, unknown>;
  const args: InsertCitationArgs = {};
  for (const field of ['query', 'source', 'passage'] as const) {
    if (r[field] === undefined) continue;
    if (typeof r[field] !== 'string' || r[field].trim() === '')
      throw new CommandArgsError(`Insert Citation: "${field}" must be a non-empty string.`);
    args[field] = r[field];
  }
  if (!args.query && !args.source) throw new CommandArgsError('Insert Citation needs a "query" to search for or a "source" key to cite.');
  if (args.passage && !args.source) throw new CommandArgsError('Insert Citation: a "passage" needs its "source".');
  if (r.pick !== undefined) {
    if (!Number.isInteger(r.pick) || (r.pick as number) < 0)
      throw new CommandArgsError('Insert Citation: "pick" must be a whole number from 0 (the top hit).');
    args.pick = r.pick as number;
  }
  if (r.style !== undefined) args.style = parseStyle(r.style);
  if (r.blockQuote !== undefined) {
    if (typeof r.blockQuote !== 'boolean') throw new CommandArgsError('Insert Citation: "blockQuote" must be true or false.');
    args.blockQuote = r.blockQuote;
  }
  if (r.at !== undefined) args.at = parsePlace(r.at);
  return args;
}

function parsePlace(raw: unknown): CitationPlace {
  const at = raw as Partial<Record<keyof CitationPlace, unknown>> | null;
  const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  if (typeof at !== 'object' || at === null || typeof at.uri !== 'string' || at.uri === '' || !isCount(at.line) || !isCount(at.character)) {
    throw new CommandArgsError('Insert Citation: "at" must be { uri, line, character } with whole numbers from 0.');
  }
  return { uri: at.uri, line: at.line as number, character: at.character as number };
}

/** A citation style name from settings or arguments, checked against the styles the core writes. */
export function parseStyle(raw: unknown): CitationStyle {
  if (typeof raw === 'string' && (CITATION_STYLES as readonly string[]).includes(raw)) return raw as CitationStyle;
  throw new CommandArgsError(`Unknown citation style ${JSON.stringify(raw)}: use one of ${CITATION_STYLES.join(', ')}.`);
}

/** Checks "Export Bibliography" arguments; undefined means "no arguments: ask the user". */
export function parseExportBibliographyArgs(raw: unknown): ExportBibliographyArgs | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new CommandArgsError('Export Bibliography expects an object such as { format: "bibtex", scope: "document" }.');
  }
  const r = raw as Record<string, unknown>;
  if (r.format !== 'bibtex' && r.format !== 'csl-json') {
    throw new CommandArgsError(`Export Bibliography: "format" must be "bibtex" or "csl-json", not ${JSON.stringify(r.format)}.`);
  }
  const scope = r.scope ?? 'document';
  if (scope !== 'document' && scope !== 'all') {
    throw new CommandArgsError(`Export Bibliography: "scope" must be "document" or "all", not ${JSON.stringify(scope)}.`);
  }
  return { format: r.format, scope };
}
