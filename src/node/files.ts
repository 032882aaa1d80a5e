/**
 * The one place where the CLI, the editor and the build read and write the files a user or a repository hands them
 * (drafts, the ignore file, knowledge sources). Such a file may be anything: a symlink to `/dev/zero`, a FIFO that
 * never delivers, a file of gigabytes, UTF-16, invalid UTF-8. Each is refused with a reason a person can act on,
 * before it can hang the process or fill its memory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Bytes read per call; a whole small file in one. */
const READ_CHUNK = 1024 * 1024;

/** Why a file was not read. `missing` is apart because callers often treat it as "nothing there". */
export type ReadRefusal =
  | { kind: 'missing' }
  | { kind: 'directory' }
  | { kind: 'not-a-file' }
  | { kind: 'too-large'; bytes: number; maxBytes: number }
  | { kind: 'unreadable'; message: string };

/** The bytes of a regular file, or why it was refused. */
export type FileRead = { ok: true; bytes: Buffer } | { ok: false; refusal: ReadRefusal };

/** How a refusal reads after the file's name: "is a directory", "is 17.0 MB; over the limit of 16 MB". */
export function describeRefusal(refusal: ReadRefusal): string {
  switch (refusal.kind) {
    case 'missing':
      return 'no such file';
    case 'directory':
      return 'is a directory';
    case 'not-a-file':
      return 'is not a regular file (a device, pipe or socket, possibly behind a symlink), so it is not read';
    case 'too-large':
      return `is ${megabytes(refusal.bytes)} MB; files over ${megabytes(refusal.maxBytes, 0)} MB are not read`;
    case 'unreadable':
      return `cannot be read (${refusal.message})`;
  }
}

/** Megabytes with `decimals` decimals: "17.0" for a size, "16" for a limit. */
export function megabytes(bytes: number, decimals = 1): string {
  return (bytes / 1024 / 1024).toFixed(decimals);
}

/**
 * Reads `file` if it is a regular file of at most `maxBytes` bytes (after following symlinks). The file is opened
 * without blocking, so a FIFO cannot hang the caller, and checked on the open descriptor, so it cannot be swapped
 * between the check and the read; at most `maxBytes + 1` bytes are ever read, even from a file that grows meanwhile.
 */
export function readRegularFile(file: string, maxBytes: number): FileRead {
  let fd: number;
  try {
    // O_NONBLOCK exists where FIFOs do; on Windows it is undefined and a named pipe cannot be a plain path anyway.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, refusal: { kind: 'missing' } };
    if (code === 'EISDIR') return { ok: false, refusal: { kind: 'directory' } };
    return { ok: false, refusal: { kind: 'unreadable', message: (err as Error).message } };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, refusal: { kind: 'directory' } };
    if (!stat.isFile()) return { ok: false, refusal: { kind: 'not-a-file' } };
    if (stat.size > maxBytes) return { ok: false, refusal: { kind: 'too-large', bytes: stat.size, maxBytes } };
    // Read in chunks up to the limit rather than trusting the stated size: a file may grow while it is read.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(READ_CHUNK, maxBytes + 1 - length));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      length += n;
      if (length > maxBytes) return { ok: false, refusal: { kind: 'too-large', bytes: length, maxBytes } };
    }
    return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length) };
  } catch (err) {
    return { ok: false, refusal: { kind: 'unreadable', message: (err as Error).message } };
  } finally {
    fs.closeSync(fd);
  }
}

/** Why bytes are not text. */
export type DecodeRefusal = 'binary' | 'not-utf8';

/**
 * Bytes as text, the way the editor opens them: UTF-8 (a byte-order mark dropped), or UTF-16 when a byte-order mark
 * says so. Line breaks that are a lone CR (old Mac files) become LF, one character for one, so every offset stays
 * where it was and each line is counted as the editor counts it. NUL bytes outside UTF-16 mean a binary file.
 */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; refusal: DecodeRefusal } {
  let text: string;
  try {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    else if (bytes.includes(0)) return { ok: false, refusal: 'binary' };
    else text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, refusal: 'not-utf8' };
  }
  return { ok: true, text: text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text };
}

/** A text file's contents, or why not: `readRegularFile` then `decodeText`. */
export type TextRead = { ok: true; text: string } | { ok: false; refusal: ReadRefusal | { kind: DecodeRefusal } };

export function readTextFile(file: string, maxBytes: number): TextRead {
  const read = readRegularFile(file, maxBytes);
  if (!read.ok) return read;
  const decoded = decodeText(read.bytes);
  return decoded.ok ? decoded : { ok: false, refusal: { kind: decoded.refusal } };
}

/** `describeRefusal` for text files too. */
export function describeTextRefusal(refusal: ReadRefusal | { kind: DecodeRefusal }): string {
  if (refusal.kind === 'binary') return 'looks binary (it contains NUL bytes)';
  if (refusal.kind === 'not-utf8') return 'is not UTF-8 text';
  return describeRefusal(refusal as ReadRefusal);
}

/**
 * Writes `text` (or its parts one after another, spared a copy into one buffer) to `file` so that a reader (another window, a crash) sees the old contents or the new, never a
 * truncated mix: the text goes to a temporary file beside it, is flushed, and replaces the file in one rename.
 * A symlink at `file` is replaced by a file, never followed to write elsewhere.
 */
export function writeFileAtomic(file: string, text: string | Uint8Array | readonly Uint8Array[]): void {
  const existing = fs.lstatSync(file, { throwIfNoEntry: false });
  // Only a file (or a link, which the rename replaces) is ever replaced: never a device or a folder.
  if (existing && !existing.isFile() && !existing.isSymbolicLink()) throw new Error(`${file} is not a regular file; it was not replaced`);
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  const fd = fs.openSync(temp, 'wx', 0o666);
  try {
    try {
      for (const part of typeof text === 'string' || text instanceof Uint8Array ? [text] : text) fs.writeFileSync(fd, part);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}
