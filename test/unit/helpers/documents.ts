/**
 * Real PDF and DOCX files written by well-kept npm writers (pdf-lib, docx) from paragraphs of text: what the PDF and
 * DOCX tests and the library-scale bench read back. Shared so both make their documents the same way.
 */
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

/** `text` with each character the standard font cannot encode (outside WinAnsi) replaced by "?". */
function encodable(font: PDFFont, text: string): string {
  return Array.from(text)
    .map((ch) => {
      try {
        font.encodeText(ch);
        return ch;
      } catch {
        return '?';
      }
    })
    .join('');
}

const FONT_SIZE = 11;
const LINE_HEIGHT = 14;
const MARGIN = 60;

/**
 * A PDF as a word processor would export it: each paragraph wrapped into lines across pages, a blank line between
 * paragraphs, and `info` in its document info.
 */
export async function writePdf(
  paragraphs: readonly string[],
  info: { title?: string; author?: string; created?: Date },
): Promise<Uint8Array> {
  // Without info, none at all: pdf-lib would otherwise write its own producer and the current time.
  const pdf = await PDFDocument.create({ updateMetadata: Object.keys(info).length > 0 });
  if (info.title) pdf.setTitle(info.title);
  if (info.author) pdf.setAuthor(info.author);
  if (info.created) pdf.setCreationDate(info.created);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page = pdf.addPage();
  const width = page.getWidth() - 2 * MARGIN;
  let y = page.getHeight() - MARGIN;
  for (const paragraph of paragraphs) {
    let line = '';
    const lines: string[] = [];
    for (const word of encodable(font, paragraph).split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, FONT_SIZE) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    for (const l of lines) {
      if (y < MARGIN) {
        page = pdf.addPage();
        y = page.getHeight() - MARGIN;
      }
      page.drawText(l, { x: MARGIN, y, size: FONT_SIZE, font });
      y -= LINE_HEIGHT;
    }
    y -= LINE_HEIGHT;
  }
  return pdf.save();
}

/** A DOCX with one Word paragraph per paragraph. */
export async function writeDocx(paragraphs: readonly string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] });
  return Packer.toBuffer(doc);
}
