/**
 * A writer's sources folder made at test time from the seed texts (the bundled sources, whose metadata was checked
 * against the texts): a Markdown note whose metadata is in a BibTeX file, an HTML page with Highwire meta tags, a
 * Markdown note with front matter, and an empty file that cannot be a source. Every metadata field written is the
 * seed's own; what the seed does not state (a date, an address) is left out. Shared by the unit and e2e tests.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KnowledgeBase } from '../../src/core/knowledge/knowledgeBase';
import type { Source } from '../../src/core/knowledge/types';

/** The acronym the BibTeX-described note defines, in the seed's own words. */
export const DEFINED_ACRONYM = 'TISA';

/** What was written, with the seeds each file was made from. */
export interface OwnLibrary {
  dir: string;
  /** `brink.md`: defines the acronym; its metadata is the .bib entry `brink`. */
  bibNote: { file: string; key: string; seed: Source };
  /** `biden-factor.html`: title, authors and site from its meta tags. */
  page: { file: string; key: string; seed: Source };
  /** `strengthen.md`: title and date from its front matter. */
  frontMatterNote: { file: string; key: string; seed: Source };
  /** `empty.txt`: not indexed. */
  emptyFile: string;
  bibFile: string;
}

function seedWith(kb: KnowledgeBase, needle: string): Source {
  const source = kb.sources.find((s) => s.text.includes(needle));
  if (!source) throw new Error(`no seed text holds ${needle}`);
  return source;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** BibTeX braces protect the case of a title; a brace or backslash in the text itself is not expected in the seeds. */
const bibValue = (s: string) => `{${s}}`;

/** Writes the folder `dir` (created) from the seeds of `kb`. */
export function writeOwnLibrary(dir: string, kb: KnowledgeBase): OwnLibrary {
  fs.mkdirSync(dir, { recursive: true });
  const defining = seedWith(kb, `(${DEFINED_ACRONYM})`);
  const titled = kb.sources.filter((s) => s !== defining && s.title && s.authors.length > 0);
  const pageSeed = titled[0];
  const dated = kb.sources.find((s) => s !== defining && s !== pageSeed && s.title && s.date.value);
  if (!pageSeed || !dated) throw new Error('the seeds hold no titled, authored source or no dated one besides the defining one');

  fs.writeFileSync(path.join(dir, 'brink.md'), defining.text);
  const fields = [
    `  title = ${bibValue(defining.title ?? '')}`,
    ...(defining.authors.length > 0
      ? [`  author = ${bibValue(defining.authors.map((a) => (a.given ? `${a.family}, ${a.given}` : a.family)).join(' and '))}`]
      : []),
    ...(defining.container ? [`  journal = ${bibValue(defining.container)}`] : []),
    ...(defining.date.value ? [`  date = ${bibValue(defining.date.value)}`] : []),
    ...(defining.url ? [`  url = ${bibValue(defining.url)}`] : []),
  ];
  const bibFile = path.join(dir, 'library.bib');
  fs.writeFileSync(bibFile, `@article{brink,\n${fields.join(',\n')}\n}\n`);

  const meta = [
    `<meta name="citation_title" content="${escapeHtml(pageSeed.title!)}">`,
    ...pageSeed.authors.map((a) => `<meta name="citation_author" content="${escapeHtml(a.given ? `${a.family}, ${a.given}` : a.family)}">`),
    ...(pageSeed.container ? [`<meta property="og:site_name" content="${escapeHtml(pageSeed.container)}">`] : []),
  ];
  const paragraphs = pageSeed.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('#'));
  fs.writeFileSync(
    path.join(dir, 'biden-factor.html'),
    `<!doctype html>\n<html><head><title>${escapeHtml(pageSeed.title!)}</title>\n${meta.join('\n')}\n</head><body>\n` +
      `<main><article><h1>${escapeHtml(pageSeed.title!)}</h1>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</article></main>\n</body></html>\n`,
  );

  fs.writeFileSync(
    path.join(dir, 'strengthen.md'),
    ['---', `title: ${JSON.stringify(dated.title)}`, `date: ${dated.date.value}`, '---', '', dated.text].join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  return {
    dir,
    bibNote: { file: 'brink.md', key: 'brink', seed: defining },
    page: { file: 'biden-factor.html', key: 'biden-factor', seed: pageSeed },
    frontMatterNote: { file: 'strengthen.md', key: 'strengthen', seed: dated },
    emptyFile: 'empty.txt',
    bibFile,
  };
}

/** A source's sentence that states one year, as written and with that year changed: a claim the source contradicts. */
export interface ChangedYear {
  /** The source's sentence as it stands. */
  stated: string;
  /** The same sentence naming `changedYear` instead of `year`. */
  changed: string;
  year: string;
  /** A year the source never names, so that nothing in it backs the changed sentence. */
  changedYear: string;
}

const YEAR = /\b(?:19|20)\d\d\b/g;

/**
 * The first sentence (passage) of `source` in `kb` whose only number is one year, and that sentence with the year
 * moved back to the nearest year the source's text never names.
 */
export function sentenceWithChangedYear(kb: KnowledgeBase, source: Source): ChangedYear {
  const passage = kb.passagesOf(source.key).find((p) => (p.text.match(YEAR) ?? []).length === 1 && !/\d/.test(p.text.replace(YEAR, '')));
  if (!passage) throw new Error(`no sentence of ${source.key} states exactly one year and no other number`);
  const year = passage.text.match(YEAR)![0];
  let changed = Number(year) - 1;
  while (source.text.includes(String(changed))) changed--;
  const changedYear = String(changed);
  return { stated: passage.text, changed: passage.text.replace(YEAR, changedYear), year, changedYear };
}
