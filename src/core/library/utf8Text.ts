/**
 * A document's text kept as its UTF-8 bytes and decoded when read. V8 stores a string one byte a character only when
 * every character fits in Latin-1: a single curly quote or dash makes a whole document two bytes a character, so the
 * 50 M characters of a 1,000-document library took 100 MB of heap as strings, and every process holding the library
 * (the extension host, the claim checker's thread, the CLI) held them all. As UTF-8 they take about half, outside the
 * JS heap, and only the documents being read are decoded, through a small cache of the most recently read.
 */

/** How many decoded texts are kept (some 100 KB each for a 50,000-character document with typographic marks). */
const DECODED_KEPT = 64;

/** The texts decoded last, oldest first (a Map keeps insertion order). */
const decoded = new Map<Utf8Text, string>();
const decoder = new TextDecoder('utf-8');

/** A text held as UTF-8 bytes. */
export class Utf8Text {
  #length: number | undefined;

  /** `bytes` must not change after: the text is decoded from them whenever it is read. */
  constructor(readonly bytes: Uint8Array) {}

  /** The text, from the cache of recently decoded texts or decoded now. */
  get text(): string {
    let text = decoded.get(this);
    if (text !== undefined) {
      decoded.delete(this);
      decoded.set(this, text);
      return text;
    }
    text = decoder.decode(this.bytes);
    decoded.set(this, text);
    if (decoded.size > DECODED_KEPT) decoded.delete(decoded.keys().next().value!);
    return text;
  }

  /** The text's length in UTF-16 code units (a string's `length`), counted from the bytes without decoding them. */
  get length(): number {
    return (this.#length ??= utf16Length(this.bytes));
  }

  /**
   * `text.slice(start, end)` (UTF-16 offsets) decoded from those bytes alone, as a string of its own: a passage read
   * from a library of a thousand documents would otherwise decode its whole document (most of a claim check's
   * garbage), and a slice of the decoded text would keep all of it alive.
   */
  slice(start: number, end: number): string {
    const text = decoded.get(this);
    if (text !== undefined) return ownCopy(text.slice(start, end));
    const marks = (this.#marks ??= byteMarks(this.bytes));
    const from = byteOffset(this.bytes, marks, start);
    return decoder.decode(this.bytes.subarray(from, byteOffset(this.bytes, marks, end, from, start)));
  }

  #marks: Uint32Array | undefined;
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
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) continue;
    if (units >= next) {
      // The first character starting at or past the mark: its offset in units is recorded with it.
      marks.push(i, units);
      next = units + MARK_UNITS;
    }
    units += b >= 0xf0 ? 2 : 1;
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
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) continue;
    const width = b >= 0xf0 ? 2 : 1;
    if (at + width > units) break;
    at += width;
  }
  return i;
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
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return units;
}
