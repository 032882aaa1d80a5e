/**
 * A PDF's text layer and document info, read with unpdf (PDF.js built to run without a browser, a worker or native
 * code). Nothing in the file is run: PDF.js is told not to compile fonts to code, and scripts and forms are never
 * evaluated by text extraction. A PDF without text (a scan) or one that needs a password is refused with a reason.
 */
import { getDocumentProxy } from 'unpdf';
import { datePartsToIso, parsePersonName, text, type DocumentMetadata } from '../../core/library/metadata';
import type { Author } from '../../core/knowledge/types';

/** What became of a PDF: its text (paragraphs apart by blank lines) and info, or why it was not read. */
export type PdfRead = { ok: true; text: string; metadata: DocumentMetadata } | { ok: false; reason: string };

/** The part of a PDF.js text item this reader uses: the string, whether a line ends after it, and where it stands. */
interface TextItem {
  str: string;
  hasEOL: boolean;
  /** [a, b, c, d, x, y]: `y` is the baseline, `d` about the font size. */
  transform: number[];
  height: number;
}

/** A line of a page: its text, baseline and font size. */
interface PageLine {
  text: string;
  y: number;
  size: number;
}

/**
 * How much more than the page's usual line spacing a gap between two lines must be to start a new paragraph. Body
 * text is set at 1.2–1.5 times its size; the space between paragraphs adds half a line or more.
 */
const PARAGRAPH_GAP_RATIO = 1.4;

/** Reads `bytes` as a PDF. Never throws for a bad file: a malformed or encrypted one gives a reason instead. */
export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  let doc;
  try {
    // A copy: PDF.js takes the buffer over. No font code generation (eval) and no console warnings.
    doc = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
  } catch (err) {
    const name = (err as Error)?.name;
    if (name === 'PasswordException') return { ok: false, reason: 'encrypted: it needs a password to open, so it is not read' };
    return { ok: false, reason: `malformed PDF: ${(err as Error)?.message ?? String(err)}` };
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: TextItem[] = content.items.flatMap((i) => ('str' in i ? [i] : []));
      const pageText = pageParagraphs(items).join('\n\n');
      if (pageText) pages.push(pageText);
      page.cleanup();
    }
    const info = ((await doc.getMetadata()).info ?? {}) as Record<string, unknown>;
    if (pages.length === 0) return { ok: false, reason: 'no text layer: run OCR first (it looks like a scan)' };
    return { ok: true, text: `${pages.join('\n\n')}\n`, metadata: pdfInfoMetadata(info) };
  } catch (err) {
    return { ok: false, reason: `malformed PDF: ${(err as Error)?.message ?? String(err)}` };
  } finally {
    await doc.destroy();
  }
}

/** A page's text as paragraphs: items joined into lines, lines into paragraphs where the gap is wider than usual. */
function pageParagraphs(items: readonly TextItem[]): string[] {
  const lines: PageLine[] = [];
  let current: PageLine | undefined;
  for (const item of items) {
    const y = item.transform[5];
    const size = Math.abs(item.transform[3]) || item.height || 1;
    // A new line where the previous item ended one, or where the baseline moves by more than half the font size.
    if (current && Math.abs(current.y - y) > current.size / 2 && item.str.trim() !== '') current = undefined;
    if (!current) {
      current = { text: '', y, size };
      lines.push(current);
    }
    current.text += item.str;
    if (item.hasEOL) current = undefined;
  }
  const kept = lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text !== '');
  const gaps = kept
    .slice(1)
    .map((l, i) => kept[i].y - l.y)
    .filter((g) => g > 0);
  const usual = median(gaps);
  const paragraphs: string[] = [];
  kept.forEach((line, i) => {
    const gap = i === 0 ? 0 : kept[i - 1].y - line.y;
    // Upward (a new column) or wider than usual: a new paragraph.
    const starts = i === 0 || gap <= 0 || (usual !== undefined && gap > usual * PARAGRAPH_GAP_RATIO);
    if (starts) paragraphs.push(line.text);
    else paragraphs[paragraphs.length - 1] += ` ${line.text}`;
  });
  return paragraphs;
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Title, authors and date from the PDF's document info. Authors are split only on ";" (a comma may be inside one
 * name, "and" inside an organisation's). A title that is the name of the file it was exported from is no title.
 */
export function pdfInfoMetadata(info: Record<string, unknown>): DocumentMetadata {
  const title = text(info.Title);
  const authors = (text(info.Author) ?? '')
    .split(';')
    .map((a) => a.trim())
    .filter((a) => a !== '')
    .map(parsePersonName)
    .filter((a): a is Author => a !== undefined);
  return {
    title: title && !EXPORTED_FILE_NAME.test(title) ? title : undefined,
    authors: authors.length > 0 ? authors : undefined,
    date: pdfDate(info.CreationDate),
  };
}

/** Titles word processors write from the file name ("Microsoft Word - draft.docx", "report.pdf"): not a title. */
const EXPORTED_FILE_NAME = /^Microsoft \w+ - |\.(?:docx?|pdf|odt|rtf|pages|indd|tex)$/i;

/** A PDF date ("D:20210318093000+09'00'") as ISO, to the day; undefined when it is not one. */
function pdfDate(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim()) : null;
  if (!m) return undefined;
  return datePartsToIso(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
}
