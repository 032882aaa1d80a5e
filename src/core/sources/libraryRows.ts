/**
 * The rows of the editor's Sources and Glossary views, built from the knowledge and the library's file statuses.
 * Text in, rows out: the adapter turns each row into a tree item, so what a row says is tested without an editor.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Source, Term } from '../knowledge/types';
import type { CompiledLibrary, LibraryFileStatus } from '../library/compileLibrary';
import { authorNames, dateLabel, inQuotes, openingWords } from './describe';

/** How each format is named in a row. */
const FORMAT_NAMES: Record<LibraryFileStatus['format'], string> = {
  markdown: 'Markdown',
  text: 'plain text',
  html: 'HTML',
  pdf: 'PDF',
  docx: 'Word',
  bibtex: 'BibTeX',
  'csl-json': 'CSL-JSON',
  unknown: 'unknown format',
};

/** One row of the Sources view: a source that is used, a bibliography read for metadata, or a file that is not used. */
export interface SourceRow {
  /** `indexed`: a source of the writer's; `bundled`: one of the bundled articles; `bibliography`; `failed`. */
  status: 'indexed' | 'bundled' | 'bibliography' | 'failed';
  /** The source's key, for a source (indexed or bundled). */
  key?: string;
  /** The file as named in the library (relative to its base folder); absent for a bundled article. */
  file?: string;
  /** The title, else the opening words of an untitled text, else (a file not used) the file's name. */
  label: string;
  /** Authors · date · format, or what became of the file. */
  description: string;
  /** Every detail, one per line: title, authors, date, format, file, key, status or reason, warnings. */
  tooltip: string;
}

/**
 * The Sources view's rows: the writer's files in the library's order (sources, bibliographies, then files not used
 * with the reason), then the bundled articles when they are kept. Without a library, the bundled articles alone.
 */
export function sourceRows(kb: KnowledgeBase, library?: CompiledLibrary): SourceRow[] {
  const own = new Set<string>();
  const rows: SourceRow[] = [];
  for (const file of library?.files ?? []) {
    const source = file.status === 'indexed' && file.key ? kb.source(file.key) : undefined;
    if (source) {
      own.add(source.key);
      rows.push(sourceRow(source, 'indexed', FORMAT_NAMES[file.format], file));
    } else if (file.status === 'bibliography') {
      const matched = `${file.matched ?? 0} of ${file.entries ?? 0} entries matched to a document`;
      rows.push({
        status: 'bibliography',
        file: file.file,
        label: baseName(file.file),
        description: `${FORMAT_NAMES[file.format]} bibliography · ${matched}`,
        tooltip: lines([file.file, `${FORMAT_NAMES[file.format]} bibliography: ${matched}`, ...file.warnings]),
      });
    } else {
      const reason = file.reason ?? 'not used';
      rows.push({
        status: 'failed',
        file: file.file,
        label: baseName(file.file),
        description: `not indexed: ${reason}`,
        tooltip: lines([file.file, `Format: ${FORMAT_NAMES[file.format]}`, `Not indexed: ${reason}`, ...file.warnings]),
      });
    }
  }
  for (const source of kb.sources) {
    if (!own.has(source.key)) rows.push(sourceRow(source, 'bundled', 'bundled article'));
  }
  return rows;
}

function sourceRow(source: Source, status: 'indexed' | 'bundled', format: string, file?: LibraryFileStatus): SourceRow {
  const title = source.title ?? `Untitled: ${inQuotes(`${openingWords(source)}…`)}`;
  const authors = source.authors.length > 0 ? authorNames(source.authors) : 'no author given';
  const date = dateLabel(source);
  const counts = file ? `${file.passages ?? 0} passages, ${file.terms ?? 0} glossary terms` : undefined;
  return {
    status,
    key: source.key,
    ...(file ? { file: file.file } : {}),
    label: title,
    description: `${authors} · ${date} · ${format}`,
    tooltip: lines([
      title,
      `Authors: ${authors}`,
      `Date: ${date}`,
      `Format: ${format}`,
      ...(file ? [`File: ${file.file}`] : []),
      `Key: @${source.key}`,
      ...(file?.entry ? [`Metadata: bibliography entry "${file.entry}"`] : []),
      status === 'indexed' ? `Indexed: ${counts}` : 'Bundled with Policy Sourcebook',
      ...(file?.warnings ?? []),
    ]),
  };
}

/** One row of the Glossary view. */
export interface GlossaryRow {
  termId: string;
  /** The term as written ("TISA"). */
  label: string;
  /** Its expansion, when it is an acronym, and which source defines it. */
  description: string;
  /** The definition, then where it comes from with the quote. */
  tooltip: string;
  /** The source the first citation quotes (what "open" shows), with the quote's offsets in its text. */
  citation?: { source: string; start: number; end: number };
}

/** The Glossary view's rows: every term, by name (case-insensitive), with its definition and defining source. */
export function glossaryRows(kb: KnowledgeBase): GlossaryRow[] {
  return [...kb.terms].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })).map((term) => glossaryRow(kb, term));
}

function glossaryRow(kb: KnowledgeBase, term: Term): GlossaryRow {
  const cited = term.citations[0];
  const source = cited ? kb.source(cited.source) : undefined;
  const sourceName = source ? (source.title ?? `@${source.key}`) : undefined;
  const expansion = term.expansion && term.expansion !== term.name ? term.expansion : undefined;
  return {
    termId: term.id,
    label: term.name,
    description: [expansion, sourceName ? `defined in ${sourceName}` : undefined].filter(Boolean).join(' · '),
    tooltip: lines([
      expansion ? `${term.name}: ${expansion}` : term.name,
      term.definition,
      ...term.citations.slice(0, 2).map((c) => `${kb.source(c.source)?.title ?? `@${c.source}`}: ${inQuotes(c.quote)}`),
    ]),
    ...(cited ? { citation: { source: cited.source, start: cited.start, end: cited.end } } : {}),
  };
}

function lines(parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join('\n');
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
