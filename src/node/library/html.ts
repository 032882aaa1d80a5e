/**
 * An HTML page's article text and metadata, without running anything from it: linkedom builds a DOM that executes no
 * script and loads no resource, and Readability picks the article out of menus, footers and sidebars.
 */
import { Readability } from '@mozilla/readability';
import { isoDate, parsePersonName, text, webLink, type DocumentMetadata } from '../../core/library/metadata';
import type { Author } from '../../core/knowledge/types';

/**
 * The little of the DOM this reader uses. The project compiles without the DOM library (it runs in Node), so the
 * shape is stated here rather than borrowed from lib.dom.
 */
interface HtmlElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): HtmlElement | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlElement>;
  remove(): void;
}

/** A parsed page: what `parseHTML` gives and this reader uses. */
interface HtmlPage {
  document: HtmlElement & { body: HtmlElement | null };
}

/**
 * linkedom's `require` entry is CommonJS, but its type declarations are written as an ES module, which TypeScript
 * will not let a CommonJS file import; the one function used is typed here instead.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseHTML } = require('linkedom') as { parseHTML(html: string): HtmlPage };

/** Elements whose text is a block of its own in the article: each becomes a paragraph (a line) of the source. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd';
/** What is never article text when Readability finds no article and the body is read instead. */
const NOT_ARTICLE = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, object, embed, svg';

/** The article's text (one block a paragraph, blank lines between, headings marked "#") and the page's metadata. */
export function readHtml(html: string): { text: string; metadata: DocumentMetadata } {
  const { document } = parseHTML(html);
  // Metadata first: Readability rearranges the document it reads.
  const metadata = pageMetadata(document);
  let article: HtmlElement | null = null;
  try {
    // A low threshold: a short statement page is still an article; Readability's default wants 500 characters.
    const parsed = new Readability(document as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
    if (parsed?.content) article = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body;
  } catch {
    article = null;
  }
  if (!article || blockText(article).trim() === '') {
    const body = parseHTML(html).document.body;
    if (body) for (const e of Array.from(body.querySelectorAll(NOT_ARTICLE))) e.remove();
    article = body;
  }
  return { text: article ? blockText(article) : '', metadata };
}

/** Leaf blocks' text, white space collapsed, one per paragraph. */
function blockText(root: HtmlElement): string {
  const paragraphs: string[] = [];
  for (const block of Array.from(root.querySelectorAll(BLOCKS))) {
    if (block.querySelector(BLOCKS)) continue;
    const t = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!t) continue;
    const heading = /^H([1-6])$/.exec(block.tagName.toUpperCase());
    paragraphs.push(heading ? `${'#'.repeat(Number(heading[1]))} ${t}` : t);
  }
  return paragraphs.length > 0 ? `${paragraphs.join('\n\n')}\n` : '';
}

/**
 * Title, authors, date and address as the page states them in Highwire (`citation_*`, what Zotero reads), Open Graph
 * and Dublin Core meta tags, `<title>` and the canonical link. What none states stays undefined.
 */
function pageMetadata(document: Pick<HtmlElement, 'querySelector' | 'querySelectorAll'>): DocumentMetadata {
  const meta = (...names: string[]): string | undefined => {
    for (const name of names) {
      const el = document.querySelector(`meta[name="${name}" i], meta[property="${name}" i]`);
      const v = text(el?.getAttribute('content'));
      if (v) return v;
    }
    return undefined;
  };
  const citationAuthors = Array.from(document.querySelectorAll('meta[name="citation_author" i]'))
    .map((e) => e.getAttribute('content'))
    .filter((c): c is string => !!c);
  const authorNames =
    citationAuthors.length > 0
      ? citationAuthors
      : [meta('author', 'dc.creator', 'article:author')].filter((a): a is string => !!a && !webLink(a));
  const authors = authorNames.map(parsePersonName).filter((a): a is Author => a !== undefined);
  return {
    title: meta('citation_title', 'og:title', 'dc.title') ?? text(document.querySelector('title')?.textContent),
    authors: authors.length > 0 ? authors : undefined,
    date: isoDate(meta('citation_publication_date', 'citation_date', 'article:published_time', 'dc.date', 'date')),
    url: webLink(document.querySelector('link[rel="canonical" i]')?.getAttribute('href')) ?? webLink(meta('citation_public_url', 'og:url')),
    container: meta('citation_journal_title', 'og:site_name'),
    publisher: meta('citation_publisher', 'dc.publisher'),
  };
}
