import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import type { Source } from '../../../src/core/knowledge/types';
import { cliIn, runBuiltCli } from '../helpers/cli';
import { writeDocx, writePdf } from '../helpers/documents';
import { realKnowledge } from '../helpers/knowledge';

/** The bundled seed whose text holds `needle`, and its paragraphs of prose (no headings or captions). */
function seedWith(needle: string): { source: Source; paragraphs: string[] } {
  const source = realKnowledge().sources.find((s) => s.text.includes(needle));
  assert.ok(source, `no seed text holds ${needle}`);
  const paragraphs = source.text.split('\n').filter((l) => /[.!?]["'”’)]*\s*$/.test(l.trim()) && l.trim().split(/\s+/).length > 8);
  return { source, paragraphs };
}

/** The paragraph of `paragraphs` that holds `needle`. */
function paragraphWith(paragraphs: readonly string[], needle: string): string {
  const p = paragraphs.find((l) => l.includes(needle));
  assert.ok(p, `no paragraph holds ${needle}`);
  return p;
}

/** A scan: a page holding only a drawing (where the scanned image would be), no text. */
async function writeScannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Scanned report');
  pdf.addPage().drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  return pdf.save();
}

/** The little of pdfkit this test uses; the package ships no type declarations. */
interface PdfKitDocument {
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  text(text: string): void;
  end(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PdfKit = require('pdfkit') as new (options: { userPassword: string; ownerPassword: string }) => PdfKitDocument;

/** A PDF that needs a password to open, written by pdfkit's encryption (pdf-lib writes none). */
function writeEncryptedPdf(text: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PdfKit({ userPassword: 'reader-password', ownerPassword: 'owner-password' });
    const chunks: Buffer[] = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text(text);
    doc.end();
  });
}

/**
 * A macro-enabled Word file (.docm) as Word saves one: the DOCX with a VBA project part and the macro-enabled
 * content type. The project here is bytes no one could run; what matters is that the reader reads only the text.
 */
async function withMacros(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  zip.file('word/vbaProject.bin', Buffer.from('VBA project placeholder'));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types
      .replace('wordprocessingml.document.main+xml', 'ms-word.document.macroEnabled.main+xml')
      .replace('</Types>', '<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('own sources: PDF and DOCX', () => {
  let root: string;
  const pdfSeed = seedWith('Trilateral Information Sharing Arrangement (TISA)');
  const docxSeed = seedWith('(CPTPP)');
  const created = new Date(Date.UTC(2021, 2, 18));
  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-pdf-docx-'));
    const dir = path.join(root, 'library');
    fs.mkdirSync(dir);
    const author = pdfSeed.source.authors.map((a) => `${a.given ?? ''} ${a.family}`.trim()).join('; ');
    fs.writeFileSync(
      path.join(dir, 'brink.pdf'),
      await writePdf(pdfSeed.paragraphs, { title: pdfSeed.source.title ?? undefined, author, created }),
    );
    fs.writeFileSync(path.join(dir, 'untitled.pdf'), await writePdf(docxSeed.paragraphs.slice(0, 3), {}));
    fs.writeFileSync(path.join(dir, 'scan.pdf'), await writeScannedPdf());
    fs.writeFileSync(path.join(dir, 'memo.docx'), await writeDocx(docxSeed.paragraphs));
    fs.writeFileSync(path.join(dir, 'locked.pdf'), await writeEncryptedPdf(pdfSeed.paragraphs[0]));
    fs.writeFileSync(path.join(dir, 'macros.docm'), await withMacros(await writeDocx(pdfSeed.paragraphs.slice(-1))));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it("define finds an acronym a PDF defines, quoting the whole sentence across its lines, with the PDF's title, authors and date", async () => {
    const r = await cliIn(root, 'define', 'TISA', '--sources', 'library', '--no-bundled', '--json');
    assert.equal(r.code, 0, r.err);
    const term = JSON.parse(r.out);
    assert.equal(term.expansion, 'Trilateral Information Sharing Arrangement');
    const [c] = term.citations;
    assert.equal(c.source, 'brink');
    assert.equal(c.title, pdfSeed.source.title);
    for (const a of pdfSeed.source.authors) assert.ok(c.label.includes(a.family), `the label names ${a.family}`);
    assert.match(c.quote, /Trilateral Information Sharing Arrangement \(TISA\)/);
    const defining = paragraphWith(pdfSeed.paragraphs, '(TISA)');
    assert.ok(defining.includes(c.quote), 'the quote is a sentence of the paragraph, its lines joined');

    const rows = JSON.parse((await cliIn(root, 'sources', '--sources', 'library', '--no-bundled', '--json')).out);
    const brink = rows.find((row: { key: string }) => row.key === 'brink');
    assert.equal(brink.date.value, '2021-03-18');
    assert.equal(brink.authors.length, pdfSeed.source.authors.length);
    const untitled = rows.find((row: { key: string }) => row.key === 'untitled');
    assert.deepEqual([untitled.title, untitled.authors, untitled.date.value], [null, [], null], 'no document info: nulls');
  });

  it('cite finds a passage of a PDF and cites the paragraph it stands in, counted as the PDF sets them apart', async () => {
    const best = async (paragraph: string) => {
      const words = paragraph.split(/\s+/).slice(0, 12).join(' ');
      const r = await cliIn(root, 'cite', words, '--sources', 'library', '--no-bundled', '--json', '--limit', '1');
      assert.equal(r.code, 0, r.err);
      const [passage] = JSON.parse(r.out);
      assert.equal(passage.source, 'brink');
      assert.ok(passage.text.includes(words.split(' ').slice(0, 6).join(' ')), 'the passage holds the words');
      return passage;
    };
    const last = pdfSeed.paragraphs.length - 2;
    const [first, later] = [await best(pdfSeed.paragraphs[0]), await best(pdfSeed.paragraphs[last])];
    assert.equal(later.paragraph - first.paragraph, last, 'one paragraph of the source for each paragraph of the PDF');
    assert.match(later.citation, /^\[@brink, para\. \d+\]$/);
  });

  it('define and cite read a DOCX', async () => {
    const r = await cliIn(root, 'define', 'CPTPP', '--sources', 'library', '--no-bundled', '--json');
    assert.equal(r.code, 0, r.err);
    const term = JSON.parse(r.out);
    const memo = term.citations.find((c: { source: string }) => c.source === 'memo');
    assert.ok(memo, 'the DOCX is cited');
    assert.match(memo.quote, /\(CPTPP\)/);
    assert.equal(memo.title, null, 'a DOCX states no title this reader gives');

    const paragraph = docxSeed.paragraphs[docxSeed.paragraphs.length - 1];
    const cite = await cliIn(root, 'cite', paragraph, '--sources', 'library', '--no-bundled', '--json', '--limit', '1');
    assert.equal(JSON.parse(cite.out)[0].source, 'memo');
  });

  it('a scanned PDF says to run OCR, an encrypted one says so, a macro-enabled DOCX is read as text; the rest is indexed', async () => {
    const r = await cliIn(root, 'index', 'library', '--json');
    const report = JSON.parse(r.out);
    const byName = (name: string) => report.files.find((f: { file: string }) => f.file === path.join('library', name));
    assert.equal(byName('scan.pdf').status, 'failed');
    assert.match(byName('scan.pdf').reason, /^no text layer: run OCR first/);
    assert.equal(byName('locked.pdf').status, 'failed');
    assert.match(byName('locked.pdf').reason, /^encrypted/);
    for (const name of ['brink.pdf', 'untitled.pdf', 'memo.docx', 'macros.docm']) assert.equal(byName(name).status, 'indexed', name);
    assert.equal(report.documents, 4);
    const last = pdfSeed.paragraphs[pdfSeed.paragraphs.length - 1];
    const cite = await cliIn(root, 'cite', last, '--sources', 'library', '--no-bundled', '--json', '--limit', '2');
    assert.ok(
      JSON.parse(cite.out).some((p: { source: string }) => p.source === 'macros'),
      'the macro-enabled file is cited like any other',
    );
  });

  it('the built CLI bundle reads a PDF and a DOCX', function () {
    this.timeout(30000);
    const r = runBuiltCli(['index', path.join(root, 'library'), '--json']);
    const report = JSON.parse(r.out);
    const indexed = report.files
      .filter((f: { status: string }) => f.status === 'indexed')
      .map((f: { file: string }) => path.basename(f.file));
    assert.deepEqual(indexed.sort(), ['brink.pdf', 'macros.docm', 'memo.docx', 'untitled.pdf']);
  });
});
