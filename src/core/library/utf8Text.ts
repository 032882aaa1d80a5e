/**
 * A document's text kept as its UTF-8 bytes, or read from where they are kept, and decoded when read. V8 stores a
 * string one byte a character only when every character fits in Latin-1: a single curly quote or dash makes a whole
 * document two bytes a character, so the 50 M characters of a 1,000-document library took 100 MB of heap as strings,
 * and every process holding the library (the extension host, the claim checker's thread, the CLI) held them all. As
 * UTF-8 they took about half, outside the JS heap; read from the sources cache's entry files when needed, nothing.
 * Only the documents being read are decoded, through a small cache of the most recently read.
 */

/** How many decoded texts are kept (some 100 KB each for a 50,000-character document with typographic marks). */
const DECODED_KEPT = 64;

/** The texts decoded last, oldest first (a Map keeps insertion order). */
const decoded = new Map<Utf8Text, string>();
const decoder = new TextDecoder('utf-8');

/**
 * Where a text's bytes are read from when they are not held (a sources cache entry file): the very bytes the text
 * was made from, checked, or undefined when they can no longer be had (the file was deleted or changed).
 */
export type Utf8Source = () => Uint8Array | undefined;

/**
 * A text held as UTF-8 bytes, or read from where they are kept (`readFrom`): then nothing of the text stays in memory
 * but its length and where to read it, and a library of 1,000 documents costs each process that reads it no 50 MB.
 */
export class Utf8Text {
  #bytes: Uint8Array | undefined;
  #source: Utf8Source | undefined;
  #length: number | undefined;
  #unreadable = false;
  /** Where a slice of held bytes starts looking (`byteMarks`), made at the first slice. */
  #marks: Uint32Array | undefined;

  /** `bytes` must not change after: the text is decoded from them whenever it is read. */
  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  /**
   * Lets go of the bytes: from now on they are read from `source` whenever the text is not among those decoded last.
   * `source` must give the same bytes (or none).
   */
  readFrom(source: Utf8Source): void {
    if (this.#bytes) this.#length ??= utf16Length(this.#bytes);
    this.#source = source;
    this.#bytes = undefined;
  }

  /** Whether the bytes are held in memory (not read from a source when needed). */
  get held(): boolean {
    return this.#bytes !== undefined;
  }

  /** Whether the last read of the bytes from the source failed, so that the text reads as blanks. */
  get unreadable(): boolean {
    return this.#unreadable;
  }

  /** The bytes: those held, or read from the source; undefined when the source cannot give them any more. */
  get bytes(): Uint8Array | undefined {
    return this.#bytes ?? this.#source?.();
  }

  /**
   * The text, from the cache of recently decoded texts or decoded now. When its bytes cannot be read any more, as many
   * blanks as it has characters, so that every offset into it stays valid (its source says why, once); it is read
   * again once that has left the cache.
   */
  get text(): string {
    let text = decoded.get(this);
    if (text !== undefined) {
      decoded.delete(this);
      decoded.set(this, text);
      return text;
    }
    const bytes = this.bytes;
    this.#unreadable = bytes === undefined;
    text = bytes === undefined ? ' '.repeat(this.length) : decoder.decode(bytes);
    decoded.set(this, text);
    if (decoded.size > DECODED_KEPT) decoded.delete(decoded.keys().next().value!);
    return text;
  }

  /** The text's length in UTF-16 code units (a string's `length`), counted from the bytes without decoding them. */
  get length(): number {
    return (this.#length ??= utf16Length(this.#bytes!));
  }

  /**
   * `text.slice(start, end)` (UTF-16 offsets) as a string of its own. From held bytes, only those are decoded: a passage
   * read from a library of a thousand documents would otherwise decode its whole document (most of a claim check's
   * garbage), and a slice of the decoded text would keep all of it alive. A text read from its source is read whole
   * (its bytes are checked whole) and kept decoded among the last read, as `text` does.
   */
  slice(start: number, end: number): string {
    const text = decoded.get(this);
    const bytes = this.#bytes;
    if (text !== undefined || bytes === undefined) return ownCopy((text ?? this.text).slice(start, end));
    const marks = (this.#marks ??= byteMarks(bytes));
    const from = byteOffset(bytes, marks, start);
    return decoder.decode(bytes.subarray(from, byteOffset(bytes, marks, end, from, start)));
  }
}

/** Every `MARK_UNITS` UTF-16 units of a text, the byte offset where they start: where a slice starts looking. */
const MARK_UNITS = 1024;

/** Where the characters at about every `MARK_UNITS` UTF-16 units of `bytes` start: byte and UTF-16 offset, in pairs. */
function byteMarks(bytes: Uint8Array): Uint32Array {
  // Pairs: byte offset, UTF-16 offset.
  const marks: number[] = [0, 0];
  let units = 0;
  let next = MARK_UNITS;
  for (let i = 0; i < bytes.length; i++) {
    const width = unitsStartedBy(bytes[i]);
    if (width === 0) continue;
    if (units >= next) {
      // The first character starting at or past the mark: its offset in units is recorded with it.
      marks.push(i, units);
      next = units + MARK_UNITS;
    }
    units += width;
  }
  return Uint32Array.from(marks);
}

/**
 * The byte offset of UTF-16 offset `units`, scanning from the nearest mark before it (or from `fromByte`, known to be
 * at `fromUnits`, when that is nearer). An offset inside a surrogate pair is taken as the pair's start.
 */
function byteOffset(bytes: Uint8Array, marks: Uint32Array, units: number, fromByte = 0, fromUnits = 0): number {
  let i = fromByte;
  let at = fromUnits;
  for (let k = marks.length - 2; k >= 0; k -= 2) {
    if (marks[k + 1] <= units) {
      if (marks[k + 1] > at) [i, at] = [marks[k], marks[k + 1]];
      break;
    }
  }
  for (; i < bytes.length; i++) {
    const width = unitsStartedBy(bytes[i]);
    if (width === 0) continue;
    if (at + width > units) break;
    at += width;
  }
  return i;
}

/** Lets go of every decoded text, so that each is decoded (and read from its source) anew: for tests and measuring. */
export function forgetDecodedTexts(): void {
  decoded.clear();
}

/** A text given as a string or as `Utf8Text`. */
export type DocumentText = string | Utf8Text;

/** The string of a text given either way. */
export function textOf(text: DocumentText): string {
  return typeof text === 'string' ? text : text.text;
}

/**
 * A string equal to `text` that holds its own characters: V8 keeps a slice of a long string as a view of the whole,
 * so a sentence kept from a document would keep the whole document's text alive.
 */
export function ownCopy(text: string): string {
  return decoder.decode(encoder.encode(text));
}

const encoder = new TextEncoder();

/**
 * The UTF-16 length of the text `bytes` encode: one unit per character, two for one past U+FFFF (a four-byte
 * sequence). The bytes are always a string's own encoding (a lone surrogate became U+FFFD, one unit as before).
 */
function utf16Length(bytes: Uint8Array): number {
  let units = 0;
  for (let i = 0; i < bytes.length; i++) units += unitsStartedBy(bytes[i]);
  return units;
}

/**
 * Per UTF-8 byte value, the UTF-16 units of the character it starts: none for a continuation byte, two for the start
 * of a four-byte sequence (a character past U+FFFF, a surrogate pair), else one. A table: these loops run over every
 * byte of a library's documents.
 */
const UNITS_STARTED_BY = Uint8Array.from({ length: 256 }, (_, b) => ((b & 0xc0) === 0x80 ? 0 : b >= 0xf0 ? 2 : 1));

function unitsStartedBy(b: number): number {
  return UNITS_STARTED_BY[b];
}
