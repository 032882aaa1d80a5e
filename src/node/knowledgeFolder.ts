import * as fs from 'node:fs';
import * as path from 'node:path';
import { KnowledgeBuildError, type KnowledgeFile, type KnowledgeProblem } from '../core/knowledge/compile';
import { lineColumnAt } from '../core/knowledge/compile/problems';
import { describeRefusal, readRegularFile } from './files';

/** Past this a knowledge file is not read at all; the compiler's own, tighter bounds then say what is allowed. */
const MAX_KNOWLEDGE_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Reads every `.json` and `.txt` file under a knowledge folder, with paths relative to it. A file that is not a
 * regular file of bounded size, or not valid UTF-8, fails the build with its name and the line of the first bad
 * byte: decoding it leniently would put U+FFFD into a source and let quotes be checked against text nobody wrote.
 */
export function readKnowledgeFolder(dir: string): KnowledgeFile[] {
  const files: KnowledgeFile[] = [];
  const problems: KnowledgeProblem[] = [];
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (/\.(json|txt)$/.test(entry.name)) {
        const read = readRegularFile(path.join(dir, rel), MAX_KNOWLEDGE_FILE_BYTES);
        if (!read.ok) {
          problems.push({ file: rel, line: 1, column: 1, message: describeRefusal(read.refusal) });
          continue;
        }
        const text = decodeUtf8(read.bytes);
        if (typeof text === 'string') files.push({ path: rel, text });
        else problems.push({ file: rel, ...text, message: 'is not valid UTF-8 here; save the file as UTF-8' });
      }
    }
  };
  walk('');
  if (problems.length > 0) throw new KnowledgeBuildError(problems);
  return files;
}

/** The text, or the line and column of the first byte that is not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | { line: number; column: number } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The longest prefix that decodes (a sequence cut at its end is allowed while streaming) ends at the bad byte.
    let good = 0;
    let bad = bytes.length;
    while (good < bad - 1) {
      const mid = (good + bad) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        good = mid;
      } catch {
        bad = mid;
      }
    }
    // A sequence that starts well but is cut off by the bad byte decodes (leniently) to one U+FFFD: it is the bad one.
    const decoded = new TextDecoder('utf-8').decode(bytes.subarray(0, good));
    const before = decoded.endsWith('\uFFFD') ? decoded.slice(0, -1) : decoded;
    return lineColumnAt(before, before.length);
  }
}
