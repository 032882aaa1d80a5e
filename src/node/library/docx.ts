/**
 * A Word document's text, read with mammoth. Only the document's XML is read: macros (a .docm's or a renamed file's
 * VBA project), embedded objects and linked files are never opened or run.
 */
import * as mammoth from 'mammoth';
import type { DocumentMetadata } from '../../core/library/metadata';

/** What became of a DOCX: its text (paragraphs apart by blank lines), or why it was not read. */
export type DocxRead = { ok: true; text: string; metadata: DocumentMetadata } | { ok: false; reason: string };

/** The first bytes of an OLE compound file: an old binary .doc, or a DOCX that Word encrypted with a password. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads `bytes` as a DOCX. mammoth gives the body's paragraphs apart by blank lines (a table's cells one paragraph
 * each) and no core properties, so the metadata is empty: the title and authors come from a bibliography entry or
 * stay null.
 */
export async function readDocx(bytes: Uint8Array): Promise<DocxRead> {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    return { ok: false, reason: 'encrypted or an old .doc: save it as .docx without a password' };
  }
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    const text = result.value
      .split(/\n{2,}/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p !== '')
      .join('\n\n');
    return { ok: true, text: text ? `${text}\n` : '', metadata: {} };
  } catch (err) {
    return { ok: false, reason: `malformed DOCX: ${(err as Error)?.message ?? String(err)}` };
  }
}
