import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { toCslItem, type CslItem } from './cslItem';
import { paragraphNumber } from './locator';
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
  Engine: new (sys: { retrieveLocale(lang: string): string; retrieveItem(id: string): CslItem }, style: string, lang?: string) => CiteprocEngine;
}

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

function sourceOf(kb: KnowledgeBase, target: CitationTarget) {
  const source = kb.source(target.source);
  if (!source) throw new CitationError(`unknown source "${target.source}" (known: ${kb.sources.map((s) => s.key).join(', ')})`);
  return source;
}

/** The paragraph locator of the target's passage, when it names one of the source's passages. */
export function locatorOf(kb: KnowledgeBase, target: CitationTarget): number | undefined {
  if (!target.passage) return undefined;
  const passage = kb.passage(target.passage);
  if (!passage || passage.source !== target.source) {
    throw new CitationError(`unknown passage "${target.passage}" in source "${target.source}"`);
  }
  return paragraphNumber(kb, passage);
}

/**
 * The bibliography entry for a source in a CSL style, as plain text rendered by citeproc-js (the processor and the
 * style are loaded on first use). Throws `CitationError` for an unknown source.
 */
export function formatReference(kb: KnowledgeBase, target: CitationTarget, style: CslStyle): string {
  const source = sourceOf(kb, target);
  const { engine, items } = engineFor(style);
  items.set(source.key, toCslItem(source));
  engine.updateItems([source.key]);
  const bibliography = engine.makeBibliography();
  return bibliography ? bibliography[1].join('').trim() : '';
}

/**
 * The citation itself in a CSL style, with a `para. N` locator when the target names a passage: a full note for
 * `chicago-note`, a parenthetical "(Author, n.d., para. 3)" for the author–date styles.
 */
export function formatCitation(kb: KnowledgeBase, target: CitationTarget, style: CslStyle): string {
  const source = sourceOf(kb, target);
  const paragraph = locatorOf(kb, target);
  const { engine, items } = engineFor(style);
  items.set(source.key, toCslItem(source));
  engine.updateItems([source.key]);
  return engine
    .makeCitationCluster([{ id: source.key, ...(paragraph !== undefined ? { locator: String(paragraph), label: 'paragraph' } : {}) }])
    .trim();
}
