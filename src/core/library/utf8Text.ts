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
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return units;
}
