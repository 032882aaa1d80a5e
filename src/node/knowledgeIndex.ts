import * as fs from 'node:fs';
import * as path from 'node:path';
import { KnowledgeBase, KnowledgeLoadError } from '../core/knowledge/knowledgeBase';

/** File name of the compiled index, shipped beside the bundles in `dist/`. */
export const KNOWLEDGE_FILE = 'knowledge.json';

/** Reads and wraps a compiled index file; a missing or corrupt file gives a `KnowledgeLoadError` that says why. */
export function loadKnowledgeFile(file: string): KnowledgeBase {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new KnowledgeLoadError(
      code === 'ENOENT'
        ? `knowledge index not found at ${file}: run "npm run build" first`
        : `cannot read the knowledge index at ${file}: ${(err as Error).message}`,
    );
  }
  return KnowledgeBase.fromJson(text, path.basename(file));
}
