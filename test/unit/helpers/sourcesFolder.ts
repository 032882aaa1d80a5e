import * as fs from 'node:fs';
import * as path from 'node:path';
import { realKnowledge } from './knowledge';

/** The seed texts' paragraphs (lines of prose), what the fixture documents are made of. */
export function seedParagraphs(index: number): string[] {
  const source = realKnowledge().sources[index];
  return source.text.split('\n').filter((l) => l.trim().split(/\s+/).length > 8);
}

/**
 * A sources folder of four documents made from the seed texts (two Markdown notes with front matter, a plain text
 * and an HTML page) and a BibTeX file giving the plain text its metadata.
 */
export function writeLibrary(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'alpha.md'), `---\ntitle: "Alpha note"\ndate: 2021-03\n---\n\n${seedParagraphs(0).join('\n\n')}\n`);
  fs.writeFileSync(path.join(dir, 'beta.md'), `---\ntitle: "Beta note"\n---\n\n${seedParagraphs(1).join('\n\n')}\n`);
  fs.writeFileSync(path.join(dir, 'gamma.txt'), `${seedParagraphs(2).join('\n\n')}\n`);
  fs.writeFileSync(
    path.join(dir, 'delta.html'),
    `<!doctype html><html><head><title>Delta page</title></head><body><article><h1>Delta page</h1>${seedParagraphs(3)
      .map((p) => `<p>${p}</p>`)
      .join('\n')}</article></body></html>`,
  );
  fs.writeFileSync(path.join(dir, 'refs.bib'), '@report{gamma,\n  title = {Gamma report},\n  year = {2020},\n  file = {gamma.txt}\n}\n');
}
