import * as path from 'node:path';
import type { KnowledgeBase } from '../src/core/knowledge/knowledgeBase';
import { loadKnowledgeFile } from '../src/node/knowledgeIndex';

/** The repository's root, from the compiled eval (out/eval). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The index `npm run build` wrote (dist/knowledge.json): what every evaluation measures against. */
export function loadBuiltKnowledge(): KnowledgeBase {
  return loadKnowledgeFile(path.join(REPO_ROOT, 'dist', 'knowledge.json'));
}
