import { defaultAliasCase } from '../knowledge/compile/glossary';
import { MAX_SOURCE_CHARS } from '../knowledge/compile/limits';
import { splitPassages } from '../knowledge/compile/passages';
import { KNOWLEDGE_FORMAT, type Citation, type CompiledKnowledge, type Passage, type Source, type Term } from '../knowledge/types';
import { foldTypography } from '../text/normalize';
import { findAcronymDefinitions } from './acronyms';
import { isCitationKey, keyFromFileName, type BibliographyEntry, type DocumentMetadata } from './metadata';
import { textOf, type DocumentText } from './utf8Text';

/** The formats read from a writer's sources folder. */
export type DocumentFormat = 'markdown' | 'text' | 'html' | 'pdf' | 'docx';

/** One document's text as read from its file, with what the file itself says about it. */
export interface LibraryDocument {
  /** As shown to the user: relative to the folder it was found in, or as given. */
  file: string;
  format: DocumentFormat;
  /**
   * The text passages are cut from (a Markdown body without its front matter, an HTML page's article text, a PDF's
   * text layer): a string, or UTF-8 bytes decoded when read (`Utf8Text`, what a library read through the cache holds).
   */
  text: DocumentText;
  /** From front matter, HTML meta tags or a PDF's document info; which of them is named by `metadataOrigin`. */
  metadata: DocumentMetadata;
  metadataOrigin?: string;
  /** Things the reader noticed that did not stop the document (unreadable front matter). */
  warnings?: string[];
  /** `analyseDocument(text)` when a cache kept it from an earlier run; computed here when absent. */
  analysis?: DocumentAnalysis;
}

/**
 * What compiling finds in one document's text whatever its key: its passages' spans and the acronyms each defines.
 * Costly to find (most of the compile) and the same for the same text, so a cache keeps it beside the text.
 */
export interface DocumentAnalysis {
  /** Passage spans, flattened: passage i runs from `spans[2i]` to `spans[2i + 1]` in the text. */
  spans: number[];
  /** The acronyms each passage defines, by passage index, in text order. */
  acronyms: { passage: number; short: string; long: string }[];
}

/** The passages and acronym definitions of `text`, as `compileLibrary` cuts and finds them. */
export function analyseDocument(text: string): DocumentAnalysis {
  const passages = splitPassages('', text, []);
  const spans: number[] = [];
  const acronyms: DocumentAnalysis['acronyms'] = [];
  for (const p of passages) {
    spans.push(p.start, p.end);
    for (const found of findAcronymDefinitions(p.text)) acronyms.push({ passage: p.index, short: found.short, long: found.long });
  }
  return { spans, acronyms };
}

/**
 * A passage of a library document whose id and text are made when first read, from its key and its document's text.
 * A library is loaded on every run and most of its passages are never read in it: at 320,000 passages, making two
 * strings for each up front tripled the objects the garbage collector had to move, a third of a reopen. It
 * serialises (JSON) as a plain passage.
 */
class DocumentPassage implements Passage {
  #id: string | undefined;
  #text: string | undefined;

  constructor(
    readonly source: string,
    readonly index: number,
    readonly start: number,
    readonly end: number,
    /** The whole text of the passage's document (the same for all its passages). */
    readonly documentText: DocumentText,
  ) {}

  get id(): string {
    return (this.#id ??= `${this.source}#${this.index}`);
  }

  /** Whether the document is held as UTF-8 bytes, its text decoded each time it is read. */
  get decodedOnRead(): boolean {
    return typeof this.documentText !== 'string';
  }

  get text(): string {
    if (this.#text !== undefined) return this.#text;
    if (typeof this.documentText === 'string') return (this.#text = this.documentText.slice(this.start, this.end));
    // Decoded from its own bytes each time, a string of its own: a passage read once pins nothing.
    return this.documentText.slice(this.start, this.end);
  }

  toJSON(): Passage {
    return { id: this.id, source: this.source, index: this.index, start: this.start, end: this.end, text: this.text };
  }
}

/**
 * Gives `source` its text: the string, or for a text held as bytes a property that decodes it when read (and is
 * written out whole when the knowledge is serialised).
 */
function withText(source: Source, text: DocumentText): void {
  if (typeof text === 'string') source.text = text;
  else Object.defineProperty(source, 'text', { get: () => text.text, enumerable: true, configurable: true });
}

/** A document's passages under `key`, from its analysis: the same ids, offsets and texts `splitPassages` gives. */
function passagesOf(key: string, text: DocumentText, analysis: DocumentAnalysis): Passage[] {
  const passages: Passage[] = [];
  for (let i = 0; i < analysis.spans.length / 2; i++) {
    passages.push(new DocumentPassage(key, i, analysis.spans[2 * i], analysis.spans[2 * i + 1], text));
  }
  return passages;
}

/** A bibliography file (BibTeX or CSL-JSON) that was read. */
export interface LibraryBibliography {
  file: string;
  format: 'bibtex' | 'csl-json';
  entries: BibliographyEntry[];
}

/** What became of one file of a sources folder. */
export interface LibraryFileStatus {
  file: string;
  format: DocumentFormat | 'bibtex' | 'csl-json' | 'unknown';
  /** `indexed`: a source now; `bibliography`: metadata read; `failed`: not used, `reason` says why. */
  status: 'indexed' | 'bibliography' | 'failed';
  reason?: string;
  /** For an indexed document: its key, how many passages and glossary terms it gave, and its bibliography entry. */
  key?: string;
  passages?: number;
  terms?: number;
  entry?: string;
  /** For a bibliography: how many entries it holds, and how many matched a document. */
  entries?: number;
  matched?: number;
  warnings: string[];
}

/** The knowledge a library makes, and every file's status. */
export interface CompiledLibrary {
  knowledge: CompiledKnowledge;
  files: LibraryFileStatus[];
}

/**
 * Turns a writer's documents into knowledge the same way the bundled articles are: sources with metadata, the same
 * sentence passages, and a glossary of the acronyms the documents define. Pure: the caller reads the files. `base`
 * (the bundled knowledge, when it is kept) comes first; its keys win, and a document whose key is taken is not
 * indexed and says by what. `failures` (files the reader could not use) are listed first as they are.
 */
export function compileLibrary(
  documents: readonly LibraryDocument[],
  bibliographies: readonly LibraryBibliography[],
  failures: readonly LibraryFileStatus[] = [],
  base?: CompiledKnowledge,
): CompiledLibrary {
  const files: LibraryFileStatus[] = [...failures];
  const sources: Source[] = [...(base?.sources ?? [])];
  const passages: Passage[] = [...(base?.passages ?? [])];
  const keyOwners = new Map<string, string>(sources.map((s) => [s.key.toLowerCase(), `the bundled source "${s.key}"`]));
  const matchedEntries = new Map<LibraryBibliography, Set<BibliographyEntry>>(bibliographies.map((b) => [b, new Set()]));
  const own: { source: Source; passages: Passage[]; analysis: DocumentAnalysis; status: LibraryFileStatus }[] = [];

  for (const doc of [...documents].sort((a, b) => a.file.localeCompare(b.file))) {
    const status: LibraryFileStatus = { file: doc.file, format: doc.format, status: 'failed', warnings: [...(doc.warnings ?? [])] };
    files.push(status);
    // A document with passages is not blank: its text is not decoded to find out.
    if (!(doc.analysis && doc.analysis.spans.length > 0) && textOf(doc.text).trim() === '') {
      status.reason = doc.format === 'html' ? 'no article text found in the page' : 'empty: no text';
      continue;
    }
    if (doc.text.length > MAX_SOURCE_CHARS) {
      status.reason = `is ${doc.text.length} characters of text; a source has at most ${MAX_SOURCE_CHARS}`;
      continue;
    }
    const match = findEntry(doc, bibliographies);
    if (match) matchedEntries.get(match.bibliography)!.add(match.entry);
    const given = match?.entry.metadata ?? {};
    const own_ = doc.metadata;
    let key = given.key ?? own_.key;
    if (key !== undefined && !isCitationKey(key)) {
      status.warnings.push(`key "${key.slice(0, 80)}" is not a citation key; the file name gives the key instead`);
      key = undefined;
    }
    key ??= keyFromFileName(baseName(doc.file));
    const owner = keyOwners.get(key.toLowerCase());
    if (owner) {
      status.key = key;
      status.reason = `duplicate key "${key}": already used by ${owner}`;
      continue;
    }
    keyOwners.set(key.toLowerCase(), doc.file);
    const pick = <K extends keyof DocumentMetadata>(field: K): DocumentMetadata[K] => given[field] ?? own_[field];
    const date = pick('date') ?? null;
    const dateOrigin = given.date ? `the bibliography entry "${match!.entry.key}" in ${match!.bibliography.file}` : doc.metadataOrigin;
    const source: Source = {
      key,
      seed: doc.file,
      title: pick('title') ?? null,
      authors: pick('authors') ?? [],
      container: pick('container') ?? null,
      publisher: pick('publisher') ?? null,
      date: { value: date, stated: false, evidence: [], ...(date && dateOrigin ? { note: `given by ${dateOrigin}` } : {}) },
      url: pick('url') ?? null,
      licence: null,
      evidence: {},
      text: '',
    };
    withText(source, doc.text);
    const analysis = doc.analysis ?? analyseDocument(textOf(doc.text));
    const sourcePassages = passagesOf(key, doc.text, analysis);
    sources.push(source);
    for (const p of sourcePassages) passages.push(p);
    Object.assign(status, { status: 'indexed', key, passages: sourcePassages.length, ...(match ? { entry: match.entry.key } : {}) });
    own.push({ source, passages: sourcePassages, analysis, status });
  }

  for (const b of bibliographies) {
    files.push({
      file: b.file,
      format: b.format,
      status: 'bibliography',
      entries: b.entries.length,
      matched: matchedEntries.get(b)!.size,
      warnings: [],
    });
  }

  const terms = acronymGlossary(own, new Set((base?.terms ?? []).map((t) => t.id)));
  return {
    knowledge: { format: KNOWLEDGE_FORMAT, sources, passages, terms: [...(base?.terms ?? []), ...terms], facts: [...(base?.facts ?? [])] },
    files: files.sort((a, b) => a.file.localeCompare(b.file)),
  };
}

/** The entry naming the document in its `file` field, else the entry whose key is the document's file name. */
function findEntry(
  doc: LibraryDocument,
  bibliographies: readonly LibraryBibliography[],
): { bibliography: LibraryBibliography; entry: BibliographyEntry } | undefined {
  const name = baseName(doc.file);
  for (const bibliography of bibliographies) {
    const entry = bibliography.entries.find((e) => e.files.some((f) => baseName(f) === name));
    if (entry) return { bibliography, entry };
  }
  const stem = name.replace(/\.[^.]*$/, '').toLowerCase();
  const fileKey = keyFromFileName(name).toLowerCase();
  for (const bibliography of bibliographies) {
    const entry = bibliography.entries.find((e) => e.key.toLowerCase() === stem || e.key.toLowerCase() === fileKey);
    if (entry) return { bibliography, entry };
  }
  return undefined;
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/**
 * A citation of `passage`, its quote the passage's text. For a document held as UTF-8 the quote is read when asked
 * for: made up front, it decoded every document of a library at each compile, and each quote held a copy of its
 * sentence for as long as the glossary lives.
 */
function citationOf(source: Source, passage: Passage): Citation {
  const citation = { source: source.key, quote: '', start: passage.start, end: passage.end, passage: passage.id };
  if (passage instanceof DocumentPassage && passage.decodedOnRead)
    Object.defineProperty(citation, 'quote', { get: () => passage.text, enumerable: true, configurable: true });
  else citation.quote = passage.text;
  return citation;
}

/**
 * One term per acronym and expansion the documents define, cited by the sentence that defines it in each source
 * (its first definition there). Aliases are marked shared: the bundled glossary or another source may define the
 * same acronym, and a hover then shows every definition rather than picking one. Each document's status gets how
 * many terms it defines.
 */
function acronymGlossary(
  own: readonly { source: Source; passages: Passage[]; analysis: DocumentAnalysis; status: LibraryFileStatus }[],
  takenIds: Set<string>,
): Term[] {
  const terms = new Map<string, Term>();
  for (const { source, passages, analysis, status } of own) {
    // The terms this source already cites: a set, since an acronym many sources define has a citation from each.
    const citedHere = new Set<Term>();
    for (const found of analysis.acronyms) {
      const passage = passages[found.passage];
      const identity = `${found.short}\u0000${foldTypography(found.long).toLowerCase().replace(/\s+/g, ' ')}`;
      let term = terms.get(identity);
      if (!term) {
        const long = found.long.replace(/\s+/g, ' ');
        term = {
          id: uniqueId(`acronym-${keyFromFileName(found.short).toLowerCase()}`, takenIds),
          name: found.short,
          expansion: long,
          category: 'concept',
          aliases: [
            { text: found.short, case: defaultAliasCase(found.short), shared: true },
            { text: long, case: defaultAliasCase(long), shared: true },
          ],
          definition: `Short for ${long}.`,
          citations: [],
        };
        terms.set(identity, term);
      }
      if (citedHere.has(term)) continue;
      citedHere.add(term);
      term.citations.push(citationOf(source, passage));
    }
    status.terms = citedHere.size;
  }
  return [...terms.values()];
}

function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}
