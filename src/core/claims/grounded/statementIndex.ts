/**
 * The index that finds the sources' statements a draft sentence may be about, as flat arrays: what each passage files
 * (its content stems, the values it states, the titles and attributes it gives), per passage a few bits, and the
 * passages' verbatim keys. Flat so that a library of 300,000 passages takes tens of megabytes rather than hundreds,
 * and so that a cache can keep it between runs: a process that finds it there reads no passage to check a draft
 * except the few a draft lines up with (see `src/node/library/statementIndexCache.ts`).
 *
 * Passages are numbered as in their knowledge base; a claim is a passage with `CLAIM_FLAG` set.
 */
import { joinBytes, Postings, PostingsBuilder } from '../../indexing/postings';

/** The kinds of value a passage states (`KIND_BITS`: four bits). */
export const KIND_MASK = 0b1111;
/** The passage denies something. */
export const DENIES_FLAG = 0b1_0000;
/** The passage is a claim: a statement with a value or a denial a draft can contradict. */
export const CLAIM_FLAG = 0b10_0000;
/**
 * The passage's reading may depend on the sentence before it ("a decade later" counts from that sentence's date), so
 * another passage with the same words may read otherwise: it is never taken as one of a set of copies.
 */
export const CONTEXT_FLAG = 0b100_0000;

/** What one passage files in the index. */
export interface PassageStatement {
  /** Its content stems (every passage: they give each stem its rarity). */
  stems: Iterable<string>;
  /** For a claim: the keys of its values (`valueKeys`) and of the titles and attributes it gives; else nothing. */
  values: Iterable<string>;
  /** `KIND_MASK`, `DENIES_FLAG`, `CLAIM_FLAG` and `CONTEXT_FLAG` bits. */
  flags: number;
  /** `verbatimKey` of its text. */
  verbatimKey: number;
}

/** The index's arrays. */
export interface StatementIndexParts {
  /** Content stems → every passage holding one (the list's length is the stem's document frequency). */
  stems: Postings;
  /** Value, title and attribute keys → the claims filing them. */
  values: Postings;
  /** Per passage: its flags. */
  flags: Uint8Array;
  /** Per passage: its verbatim key. */
  verbatimKeys: Float64Array;
}

/**
 * The index over a new list of `count` passages: those of `old` renumbered through `kept` (`kept[i]` the new number
 * of old passage i, -1 when it is gone) and the `added` ones (ascending new numbers) read by `statementOf`. With no
 * old index, `added` lists every passage.
 */
export function statementParts(
  count: number,
  added: Iterable<number>,
  statementOf: (passage: number) => PassageStatement,
  old?: StatementIndexParts,
  kept?: Int32Array,
): StatementIndexParts {
  const flags = new Uint8Array(count);
  const verbatimKeys = new Float64Array(count);
  if (old && kept) {
    for (let i = 0; i < kept.length; i++) {
      const to = kept[i];
      if (to < 0) continue;
      flags[to] = old.flags[i];
      verbatimKeys[to] = old.verbatimKeys[i];
    }
  }
  const stems = new PostingsBuilder();
  const values = new PostingsBuilder();
  for (const passage of added) {
    const statement = statementOf(passage);
    stems.add(passage, statement.stems);
    values.add(passage, statement.values);
    flags[passage] = statement.flags;
    verbatimKeys[passage] = statement.verbatimKey;
  }
  return {
    stems: stems.build(count, old?.stems, kept),
    values: values.build(count, old?.values, kept),
    flags,
    verbatimKeys,
  };
}

/**
 * The index as bytes: a 16-byte header (magic, passages, the two postings' byte lengths), the flags padded to eight
 * bytes, the verbatim keys as little-endian doubles, then the stem and value postings (`Postings.toByteParts`), the
 * stems padded to four bytes: so the numbers can be read where they lie.
 */
export function statementIndexBytes(parts: StatementIndexParts): Uint8Array[] {
  const count = parts.flags.length;
  const stems = joinBytes(parts.stems.toByteParts());
  const values = joinBytes(parts.values.toByteParts());
  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  [STATEMENT_MAGIC, count, stems.length, values.length].forEach((n, i) => header.setUint32(4 * i, n, true));
  const flags = new Uint8Array(padded(count, 8));
  flags.set(parts.flags);
  const keys = new DataView(new ArrayBuffer(8 * count));
  parts.verbatimKeys.forEach((key, i) => keys.setFloat64(8 * i, key, true));
  const stemPadding = new Uint8Array(padded(stems.length) - stems.length);
  return [new Uint8Array(header.buffer), flags, new Uint8Array(keys.buffer), stems, stemPadding, values];
}

/**
 * Reads back what `statementIndexBytes` wrote; undefined when the bytes are not such an index (another layout,
 * truncated, flags or numbers out of range), so a damaged cache is never used. The postings are used in place when
 * `bytes` starts at a multiple of four bytes.
 */
export function statementIndexFromBytes(bytes: Uint8Array): StatementIndexParts | undefined {
  if (bytes.length < HEADER_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [magic, count, stemBytes, valueBytes] = [0, 1, 2, 3].map((i) => view.getUint32(4 * i, true));
  const keysAt = HEADER_BYTES + padded(count, 8);
  const stemsAt = keysAt + 8 * count;
  const valuesAt = stemsAt + padded(stemBytes);
  if (magic !== STATEMENT_MAGIC || valuesAt + valueBytes !== bytes.length) return undefined;
  const flags = bytes.slice(HEADER_BYTES, HEADER_BYTES + count);
  if (flags.some((f) => f > (CONTEXT_FLAG | CLAIM_FLAG | DENIES_FLAG | KIND_MASK))) return undefined;
  // Used where they lie when they lie at a multiple of eight bytes (the caches pad their headers for that).
  const inPlace = LITTLE_ENDIAN && (bytes.byteOffset + keysAt) % 8 === 0;
  const verbatimKeys = inPlace ? new Float64Array(bytes.buffer, bytes.byteOffset + keysAt, count) : new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const key = inPlace ? verbatimKeys[i] : view.getFloat64(keysAt + 8 * i, true);
    if (!Number.isSafeInteger(key) || key < 0) return undefined;
    if (!inPlace) verbatimKeys[i] = key;
  }
  const stems = Postings.fromBytes(bytes.subarray(stemsAt, stemsAt + stemBytes));
  const values = Postings.fromBytes(bytes.subarray(valuesAt));
  if (!stems || !values || stems.documentCount !== count || values.documentCount !== count) return undefined;
  return { stems, values, flags, verbatimKeys };
}

/** The first four bytes of the index's bytes, with the layout's version: "SBS" and 1. */
const STATEMENT_MAGIC = 0x01534253;
const HEADER_BYTES = 16;

/** Whether this machine stores numbers little-endian, as the bytes are: then the keys are used where they lie. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function padded(n: number, to = 4): number {
  return Math.ceil(n / to) * to;
}
