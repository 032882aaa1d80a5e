/**
 * The workspace ignore file on disk, the same for the CLI and the editor: where it is looked for (never above the
 * repository or workspace root), how it is read (a regular file of bounded size only) and how a claim is added to it
 * (atomically, keeping the file's own layout). Parsing and editing the text stay pure in core/claims/suppressions.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { addIgnoredClaim, IgnoredClaims, IgnoreFileError, parseIgnoreFile, type IgnoredClaim } from '../core/claims/suppressions';
import { describeTextRefusal, readTextFile, writeFileAtomic } from './files';

/** Where the workspace ignore file lives, relative to a folder (searched from the draft's folder upward). */
export const IGNORE_FILE = path.join('.sourcebook', 'ignored-claims.json');

/**
 * Past this an ignore file is refused: a team's list of claims is kilobytes; anything this large is a mistake or a
 * link to something else, and reading it whole would stall the editor.
 */
export const MAX_IGNORE_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The nearest `.sourcebook/ignored-claims.json` from `dir` upward, looking no higher than `root`: a file above the
 * repository or workspace (someone else's project, a home folder) must never hide a finding. `dir` outside `root`
 * is searched on its own only.
 */
export function findIgnoreFile(dir: string, root: string): string | undefined {
  return findNearest(IGNORE_FILE, dir, root);
}

/**
 * The nearest `relativeFile` (e.g. `.sourcebook/config.json`) from `dir` upward, looking no higher than `root`; `dir`
 * outside `root` is searched on its own only. What the ignore file and the team's sources file share.
 */
export function findNearest(relativeFile: string, dir: string, root: string): string | undefined {
  let current = path.resolve(dir);
  const stop = path.resolve(root);
  const inside = isInside(current, stop);
  for (;;) {
    const candidate = path.join(current, relativeFile);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (!inside || parent === current || current === stop) return undefined;
    current = parent;
  }
}

/** The nearest folder from `dir` upward that holds `.git` (a folder, or a file in a worktree); undefined outside one. */
export function repositoryRoot(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    if (fs.existsSync(path.join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

function isInside(dir: string, root: string): boolean {
  const rel = path.relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Reads an ignore file; a missing file is an empty list. Anything that is not a regular UTF-8 file of at most
 * `MAX_IGNORE_FILE_BYTES` (a device, a FIFO, a huge file) is an `IgnoreFileError` that says what was refused.
 */
export function readIgnoreFile(file: string): IgnoredClaims {
  const text = readIgnoreText(file);
  return text === undefined ? new IgnoredClaims([], file) : parseIgnoreFile(text, file);
}

function readIgnoreText(file: string): string | undefined {
  const read = readTextFile(file, MAX_IGNORE_FILE_BYTES);
  if (read.ok) return read.text;
  if (read.refusal.kind === 'missing') return undefined;
  throw new IgnoreFileError(`${file}: ${describeTextRefusal(read.refusal)}`);
}

/**
 * Adds `claim` to the ignore file on disk, keeping its entries, comments and layout, and returns whether the file
 * changed (false when the claim was already there). The new text replaces the file in one rename; when another
 * window changed the file while this one was editing it, the edit is made again on the newer text, so neither
 * window's claim is lost. Throws `IgnoreFileError` for a file that cannot be used, which is then left untouched.
 */
export function addClaimToIgnoreFile(file: string, claim: IgnoredClaim): boolean {
  // A file linked from elsewhere (a shared list) is updated where it lives rather than replaced by a copy;
  // `writeFileAtomic` refuses a link that leads to anything but a regular file.
  const target = fs.existsSync(file) ? fs.realpathSync(file) : file;
  for (let attempt = 0; ; attempt++) {
    const before = readIgnoreText(target);
    const after = addIgnoredClaim(before, claim, file);
    if (after === before) return false;
    if (readIgnoreText(target) !== before && attempt < 3) continue;
    writeFileAtomic(target, after);
    return true;
  }
}
