import * as path from 'node:path';
import { compileKnowledge, KnowledgeBuildError, type KnowledgeFile } from '../../../src/core/knowledge/compile';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { readKnowledgeFolder } from '../../../src/node/knowledgeFolder';

/** The repository root (tests run from out/test/unit/...). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

let cached: KnowledgeBase | undefined;

/** The real bundled knowledge, compiled from knowledge/ in-process (so tests never read a stale dist/). */
export function realKnowledge(): KnowledgeBase {
  cached ??= KnowledgeBase.fromCompiled(compileKnowledge(readKnowledgeFolder(path.join(REPO_ROOT, 'knowledge'))));
  return cached;
}

/** The authored knowledge files, for tests that break one on purpose. */
export function realKnowledgeFiles(): KnowledgeFile[] {
  return readKnowledgeFolder(path.join(REPO_ROOT, 'knowledge'));
}

/** Runs the compiler on `files` and returns the problems it reports as `file:line: message` strings ([] when clean). */
export function problemsOf(files: KnowledgeFile[]): string[] {
  try {
    compileKnowledge(files);
    return [];
  } catch (err) {
    if (!(err instanceof KnowledgeBuildError)) throw err;
    return err.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
  }
}
