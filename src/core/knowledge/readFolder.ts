import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KnowledgeFile } from './compile';

/** Reads every `.json` and `.txt` file under a knowledge folder, with paths relative to it. */
export function readKnowledgeFolder(dir: string): KnowledgeFile[] {
  const files: KnowledgeFile[] = [];
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (/\.(json|txt)$/.test(entry.name)) files.push({ path: rel, text: fs.readFileSync(path.join(dir, rel), 'utf8') });
    }
  };
  walk('');
  return files;
}
