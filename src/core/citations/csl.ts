import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Source } from '../knowledge/types';
import { openingWords } from '../sources/describe';
import { toCslItem, type CslItem } from './cslItem';
import { resolveTarget } from './target';
import { CitationError, type CitationTarget, type CslStyle } from './types';

/** The part of citeproc-js (npm `citeproc`) used here; it ships no type declarations. */
interface CiteprocEngine {
  setOutputFormat(format: 'text' | 'html'): void;
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]] | false;
  /** Renders one citation on its own, without registering it (so never "ibid." or a short form). */
  makeCitationCluster(items: { id: string; locator?: string; label?: string }[]): string;
}
interface CiteprocModule {
  Engine: new (
    sys: { retrieveLocale(lang: string): string; retrieveItem(id: string): CslItem },
    style: string,
    lang?: string,
  ) => CiteprocEngine;
}

/* eslint-disable @typescript-eslint/no-require-imports -- the styles and citeproc-js (~1 MB) are required on first
   use of a CSL style, not at start-up: a static import would parse them when the extension activates. */

/** Which vendored CSL file renders each style. Chicago notes use the full-note variant: a memo's footnotes stand alone. */
const STYLE_FILES: Record<CslStyle, () => string> = {
  'chicago-note': () => (require('./styles/chicago-fullnote-bibliography') as { default: string }).default,
  'chicago-author-date': () => (require('./styles/chicago-author-date') as { default: string }).default,
  apa: () => (require('./styles/apa') as { default: string }).default,
};

const BUNDLED_LOCALE = 'en-US';

/** A citeproc-js engine per style, built on first use: the processor and styles are not loaded at start-up. */
const engines = new Map<CslStyle, { engine: CiteprocEngine; items: Map<string, CslItem> }>();

function engineFor(style: CslStyle) {
  let entry = engines.get(style);
  if (!entry) {
    if (!Object.hasOwn(STYLE_FILES, style)) {
      throw new CitationError(`no CSL style "${String(style)}" (one of ${Object.keys(STYLE_FILES).join(', ')})`);
    }
    const citeproc = require('citeproc') as CiteprocModule;
    const locale = (require('./styles/locales-en-US') as { default: string }).default;
    const items = new Map<string, CslItem>();
    const engine = new citeproc.Engine(
      {
        retrieveLocale: () => locale,
        retrieveItem: (id) => {
          const item = items.get(id);
          if (!item) throw new CitationError(`no CSL item "${id}"`);
          return item;
        },
      },
      STYLE_FILES[style](),
      BUNDLED_LOCALE,
    );
    engine.setOutputFormat('text');
    entry = { engine, items };
    engines.set(style, entry);
  }
  return entry;
}

/**
 * The item citeproc renders. A source that prints no title is named by its opening words in square brackets
 * (how bibliographies cite untitled works: the brackets mark words supplied by the citer), so a note never reads
 * just "N.d."; the exported CSL-JSON keeps no title at all.
 */
function renderingItem(source: Source): CslItem {
  const item = toCslItem(source);
  if (!item.title) {
    const opening = openingWords(source);
    // citeproc-js's nocase span keeps title-casing styles off the quoted words; it is not printed.
    item.title = `<span class="nocase">[Untitled; begins “${opening}…”]</span>`;
  }
  return item;
}

/**
 * The bibliography entry for a source in a CSL style, as plain text rendered by citeproc-js (the processor and the
 * style are loaded on first use). Throws `CitationError` for an unknown source.
 */
export function formatReference(kb: KnowledgeBase, target: CitationTarget, style: CslStyle): string {
  const { source } = resolveTarget(kb, target);
  const { engine, items } = engineFor(style);
  items.set(source.key, renderingItem(source));
  engine.updateItems([source.key]);
  const bibliography = engine.makeBibliography();
  return bibliography ? bibliography[1].join('').trim() : '';
}

/**
 * The citation itself in a CSL style, with a `para. N` locator when the target names a passage: a full note for
 * `chicago-note`, a parenthetical "(Author, n.d., para. 3)" for the author–date styles.
 */
export function formatCitation(kb: KnowledgeBase, target: CitationTarget, style: CslStyle): string {
  const { source, paragraph } = resolveTarget(kb, target);
  const { engine, items } = engineFor(style);
  items.set(source.key, renderingItem(source));
  engine.updateItems([source.key]);
  return engine
    .makeCitationCluster([{ id: source.key, ...(paragraph !== undefined ? { locator: String(paragraph), label: 'paragraph' } : {}) }])
    .trim();
}
