/**
 * A writer's library at scale for the library bench: documents made of the bundled seed texts' real sentences,
 * shuffled into new paragraphs by a seeded PRNG (the same library every run), in the formats a sources folder holds.
 * Not a bench module itself (it exports no `run`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KnowledgeBase } from '../src/core/knowledge/knowledgeBase';
import { writeDocx, writePdf } from '../test/unit/helpers/documents';
import { seededRandom, sourceSentences } from './harness';

/** What was written, for the bench's report. */
export interface GeneratedLibrary {
  dir: string;
  documents: number;
  /** Characters of document text written (before any markup). */
  textChars: number;
  formats: Record<string, number>;
  /** One Markdown document, the one the bench changes to time an incremental update. */
  markdownFile: string;
}

/** How many documents of the library are PDF and DOCX: few, as in a real folder, and slow to write. */
const PDF_COUNT = 5;
const DOCX_COUNT = 5;

/**
 * Writes `count` documents of about `charsPerDocument` characters of text each into `dir`: Markdown with front
 * matter (half), HTML pages with a menu and a footer (three in ten), plain text with their metadata in a BibTeX file
 * (two in ten), and a few PDF and DOCX files.
 */
export async function writeGeneratedLibrary(
  kb: KnowledgeBase,
  dir: string,
  count: number,
  charsPerDocument: number,
): Promise<GeneratedLibrary> {
  fs.mkdirSync(dir, { recursive: true });
  const sentences = sourceSentences(kb);
  const random = seededRandom(20261205);
  const pick = () => sentences[Math.floor(random() * sentences.length)];
  const paragraphsOf = (chars: number): string[] => {
    const out: string[] = [];
    for (let size = 0; size < chars;) {
      const p = Array.from({ length: 3 + Math.floor(random() * 4) }, pick).join(' ');
      out.push(p);
      size += p.length + 2;
    }
    return out;
  };
  const result: GeneratedLibrary = { dir, documents: count, textChars: 0, formats: {}, markdownFile: '' };
  const bib: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `doc-${String(i).padStart(5, '0')}`;
    const paragraphs = paragraphsOf(charsPerDocument);
    const title = `Report ${i + 1}: ${pick().split(/\s+/).slice(0, 8).join(' ')}`;
    const year = 2015 + (i % 10);
    result.textChars += paragraphs.reduce((n, p) => n + p.length + 2, 0);
    let format: string;
    if (i < PDF_COUNT) {
      format = 'pdf';
      fs.writeFileSync(path.join(dir, `${name}.pdf`), await writePdf(paragraphs, { title, created: new Date(Date.UTC(year, 0, 1)) }));
    } else if (i < PDF_COUNT + DOCX_COUNT) {
      format = 'docx';
      fs.writeFileSync(path.join(dir, `${name}.docx`), await writeDocx(paragraphs));
    } else if (i % 10 < 5) {
      format = 'markdown';
      const front = ['---', `title: ${JSON.stringify(title)}`, `date: ${year}-0${1 + (i % 9)}`, '---', ''].join('\n');
      fs.writeFileSync(path.join(dir, `${name}.md`), `${front}\n${paragraphs.join('\n\n')}\n`);
      result.markdownFile ||= path.join(dir, `${name}.md`);
    } else if (i % 10 < 8) {
      format = 'html';
      fs.writeFileSync(
        path.join(dir, `${name}.html`),
        `<!doctype html><html><head><title>${title}</title><meta name="citation_publication_date" content="${year}"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li></ul></nav>
<main><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}
</article></main><footer><p>Copyright the publisher. All rights reserved.</p></footer></body></html>\n`,
      );
    } else {
      format = 'text';
      fs.writeFileSync(path.join(dir, `${name}.txt`), `${paragraphs.join('\n\n')}\n`);
      bib.push(`@report{${name},\n  title = {${title.replace(/[{}]/g, '')}},\n  year = {${year}},\n  file = {${name}.txt}\n}\n`);
    }
    result.formats[format] = (result.formats[format] ?? 0) + 1;
  }
  fs.writeFileSync(path.join(dir, 'library.bib'), bib.join('\n'));
  return result;
}
