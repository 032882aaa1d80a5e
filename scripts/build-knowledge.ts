/**
 * Compiles knowledge/ into dist/knowledge.json. Exits 1 with `file:line:column: message` lines when the knowledge
 * is wrong (a quote not in its source, an alias claimed twice, a missing field), so CI and editors point at it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileKnowledge, formatProblem, KnowledgeBuildError } from '../src/core/knowledge/compile';
import { readKnowledgeFolder } from '../src/core/knowledge/readFolder';
import { countOf } from '../src/core/text/plural';

const root = path.resolve(__dirname, '..', '..');
const knowledgeDir = path.join(root, 'knowledge');
const outFile = path.join(root, 'dist', 'knowledge.json');

try {
  const compiled = compileKnowledge(readKnowledgeFolder(knowledgeDir));
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(compiled));
  console.log(
    `knowledge: ${countOf(compiled.sources.length, 'source')}, ${countOf(compiled.passages.length, 'passage')}, ` +
      `${countOf(compiled.terms.length, 'term')}, ${countOf(compiled.facts.length, 'fact')} -> ${path.relative(root, outFile)}`,
  );
} catch (err) {
  if (err instanceof KnowledgeBuildError) {
    for (const p of err.problems) console.error(`knowledge/${formatProblem(p)}`);
    console.error(`knowledge build failed: ${countOf(err.problems.length, 'problem')}`);
    process.exit(1);
  }
  throw err;
}
