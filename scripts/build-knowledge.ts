/**
 * Compiles knowledge/ into dist/knowledge.json. Exits 1 with `file:line:column: message` lines when the knowledge
 * is wrong (a quote not in its source, an alias claimed twice, a missing field), so CI and editors point at it.
 * The index is replaced in one rename only after a clean build, so any failure leaves the previous one as it was.
 *
 * Usage: node out/scripts/build-knowledge.js [KNOWLEDGE_DIR OUT_FILE] (defaults: knowledge/ and dist/knowledge.json).
 */
import * as path from 'node:path';
import { compileKnowledge, formatProblem, KnowledgeBuildError } from '../src/core/knowledge/compile';
import { writeFileAtomic } from '../src/node/files';
import { readKnowledgeFolder } from '../src/node/knowledgeFolder';
import { countOf } from '../src/core/text/wording';
import { claimCoverage } from '../src/core/claims/grounded/sourceClaims';
import { KnowledgeBase } from '../src/core/knowledge/knowledgeBase';

const root = path.resolve(__dirname, '..', '..');
const knowledgeDir = path.resolve(process.argv[2] ?? path.join(root, 'knowledge'));
const outFile = path.resolve(process.argv[3] ?? path.join(root, 'dist', 'knowledge.json'));
const shownDir = path.relative(process.cwd(), knowledgeDir) || '.';

try {
  const compiled = compileKnowledge(readKnowledgeFolder(knowledgeDir));
  writeFileAtomic(outFile, JSON.stringify(compiled));
  console.log(
    `knowledge: ${countOf(compiled.sources.length, 'source')}, ${countOf(compiled.passages.length, 'passage')}, ` +
      `${countOf(compiled.terms.length, 'term')}, ${countOf(compiled.facts.length, 'fact')} -> ${path.relative(root, outFile)}`,
  );
  // What the checker reads from each source's own text (src/core/claims/grounded), with one statement to read.
  const started = performance.now();
  const coverage = claimCoverage(KnowledgeBase.fromCompiled(compiled), 1);
  const total = coverage.reduce((n, c) => n + c.claims, 0);
  console.log(`claims read from the sources: ${total} statements with a checkable value (${Math.round(performance.now() - started)} ms)`);
  for (const c of coverage) {
    console.log(`  ${c.source}: ${c.claims} of ${countOf(c.passages, 'passage')}`);
    for (const sample of c.samples) console.log(`    e.g. ${sample.length > 300 ? `${sample.slice(0, 300)}…` : sample}`);
  }
} catch (err) {
  if (err instanceof KnowledgeBuildError) {
    for (const p of err.problems) console.error(`${shownDir}/${formatProblem(p)}`);
    console.error(`knowledge build failed: ${countOf(err.problems.length, 'problem')}; ${path.relative(root, outFile)} left as it was`);
    process.exit(1);
  }
  console.error(`knowledge build failed: ${(err as Error).stack ?? String(err)}`);
  console.error(`${path.relative(root, outFile)} left as it was`);
  process.exit(1);
}
