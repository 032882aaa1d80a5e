import { KNOWLEDGE_FORMAT, type CompiledKnowledge, type Passage, type Source } from '../types';
import { CompileContext } from './context';
import { compileFacts } from './facts';
import { compileGlossary } from './glossary';
import { JsonDocument } from './jsonDocument';
import { splitPassages } from './passages';
import { MAX_JSON_CHARS, MAX_SOURCE_CHARS } from './limits';
import { KnowledgeBuildError, type KnowledgeProblem } from './problems';
import { compileSource } from './sources';

export { KnowledgeBuildError, formatProblem, type KnowledgeProblem } from './problems';

/** One authored file, by its path relative to the knowledge folder (forward slashes). */
export interface KnowledgeFile {
  path: string;
  text: string;
}

/**
 * Compiles the authored knowledge into the runtime index. Pure: the caller reads the files.
 * Throws `KnowledgeBuildError` listing every problem when anything is wrong, so one run shows them all.
 */
export function compileKnowledge(allFiles: readonly KnowledgeFile[]): CompiledKnowledge {
  const problems: KnowledgeProblem[] = [];
  // An oversized file is reported and left out before anything parses or splits it.
  const files = allFiles.filter((f) => {
    const max = f.path.endsWith('.txt') ? MAX_SOURCE_CHARS : MAX_JSON_CHARS;
    if (f.text.length <= max) return true;
    problems.push({ file: f.path, line: 1, column: 1, message: `is ${f.text.length} characters long; a knowledge ${f.path.endsWith('.txt') ? 'source text' : 'file'} has at most ${max}` });
    return false;
  });
  const byPath = new Map(files.map((f) => [f.path, f]));
  const jsonIn = (folder: string) =>
    files
      .filter((f) => f.path.startsWith(`${folder}/`) && f.path.endsWith('.json'))
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((f) => new JsonDocument(f.path, f.text, problems));

  const sources: Source[] = [];
  const passages: Passage[] = [];
  for (const doc of jsonIn('sources')) {
    if (!doc.root) continue;
    const compiled = compileSource(doc, byPath.get(doc.path.replace(/\.json$/, '.txt'))?.text);
    if (!compiled) continue;
    if (sources.some((s) => s.key === compiled.source.key)) {
      doc.report(doc.property(doc.root, 'key'), `duplicate source key "${compiled.source.key}"`);
      continue;
    }
    sources.push(compiled.source);
    passages.push(...splitPassages(compiled.source.key, compiled.source.text, compiled.nonPassages));
  }
  for (const f of files) {
    if (f.path.startsWith('sources/') && f.path.endsWith('.txt') && !byPath.has(f.path.replace(/\.txt$/, '.json'))) {
      problems.push({ file: f.path, line: 1, column: 1, message: `source text without its description ${f.path.replace(/\.txt$/, '.json')}` });
    }
  }
  if (sources.length === 0 && problems.length === 0) {
    problems.push({ file: 'sources', line: 1, column: 1, message: 'no sources found' });
  }

  // A quote is placed in a passage Insert Citation can offer, never in an aside.
  const ctx = new CompileContext(
    sources,
    passages.filter((p) => !p.aside),
  );
  const terms = compileGlossary(jsonIn('glossary').filter((d) => d.root), ctx);
  const facts = compileFacts(jsonIn('facts').filter((d) => d.root), ctx, new Set(terms.map((t) => t.id)));

  if (problems.length > 0) throw new KnowledgeBuildError(problems);
  return { format: KNOWLEDGE_FORMAT, sources, passages, terms, facts };
}
