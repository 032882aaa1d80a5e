import type { Node } from 'jsonc-parser';
import { locateQuote } from '../../text/normalize';
import type { Author, EvidencedValue, Source, SourceDate } from '../types';
import type { JsonDocument } from './jsonDocument';

const KEY = /^[a-z][a-z0-9-]*$/;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** Every field a source description may have (knowledge/README.md); anything else is a typo. */
const SOURCE_FIELDS = ['key', 'seed', 'title', 'authors', 'container', 'publisher', 'date', 'url', 'licence', 'evidence', 'nonPassages'] as const;

/** A source's metadata as compiled, plus the authoring-only list of line prefixes that are not prose. */
export interface CompiledSource {
  source: Source;
  nonPassages: string[];
}

/**
 * Validates `sources/<key>.json` against its `<key>.txt`. Every evidence quote must be in the text: metadata is held
 * to the same standard as definitions.
 */
export function compileSource(doc: JsonDocument, text: string | undefined): CompiledSource | undefined {
  const root = doc.root;
  if (!doc.isObject(root, 'a source description')) return undefined;
  doc.allowOnly(root, SOURCE_FIELDS, 'a source description');
  const key = doc.string(root, 'key');
  if (key == null) return undefined;
  if (!KEY.test(key)) doc.report(doc.property(root, 'key'), `source key "${key}" must match ${KEY}`);
  const expectedFile = `sources/${key}.json`;
  if (doc.path !== expectedFile) doc.report(doc.property(root, 'key'), `source key "${key}" must be stored in ${expectedFile}`);
  if (text === undefined) {
    doc.report(doc.property(root, 'key'), `missing text file sources/${key}.txt`);
    return undefined;
  }
  const checkQuotes = (node: Node | undefined, what: string): string[] => {
    if (!node) return [];
    if (node.type !== 'array') {
      doc.report(node, `${what} must be an array of quotes`);
      return [];
    }
    const quotes: string[] = [];
    for (const q of node.children ?? []) {
      if (q.type !== 'string') {
        doc.report(q, `${what} entries must be strings`);
        continue;
      }
      if (!locateQuote(text, q.value as string)) doc.report(q, `evidence quote not found word for word in sources/${key}.txt: "${q.value}"`);
      else quotes.push(q.value as string);
    }
    return quotes;
  };

  const authors: Author[] = [];
  for (const a of doc.array(root, 'authors')) {
    if (!doc.isObject(a, 'an author')) continue;
    doc.allowOnly(a, ['family', 'given'], 'an author');
    const family = doc.string(a, 'family');
    const given = doc.string(a, 'given', { optional: true });
    if (family) authors.push(given ? { family, given } : { family });
  }

  const date = compileDate(doc, root, checkQuotes);
  let licence: EvidencedValue | null = null;
  const licenceNode = doc.property(root, 'licence');
  if (!licenceNode) doc.report(root, 'missing field "licence" (null when the text states none)');
  else if (licenceNode.type !== 'null' && doc.isObject(licenceNode, '"licence"')) {
    doc.allowOnly(licenceNode, ['value', 'evidence'], '"licence"');
    const value = doc.string(licenceNode, 'value');
    const evidence = checkQuotes(doc.property(licenceNode, 'evidence'), 'licence evidence');
    if (value) licence = { value, evidence };
  }

  const evidence: Record<string, string[]> = {};
  const evidenceNode = doc.property(root, 'evidence');
  if (evidenceNode && doc.isObject(evidenceNode, '"evidence"')) {
    for (const prop of evidenceNode.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (k) evidence[k.value as string] = checkQuotes(v, `evidence for "${k.value}"`);
    }
  }

  const nonPassages: string[] = [];
  for (const n of doc.array(root, 'nonPassages', { optional: true })) {
    if (n.type === 'string') nonPassages.push(n.value as string);
    else doc.report(n, 'nonPassages entries must be strings');
  }

  const url = doc.string(root, 'url', { nullable: true }) ?? null;
  if (url !== null && !isWebLink(url)) doc.report(doc.property(root, 'url'), `"url" must be an http:// or https:// address, not "${url.slice(0, 80)}"`);

  const source: Source = {
    key,
    seed: doc.string(root, 'seed') ?? '',
    title: doc.string(root, 'title', { nullable: true }) ?? null,
    authors,
    container: doc.string(root, 'container', { nullable: true }) ?? null,
    publisher: doc.string(root, 'publisher', { nullable: true }) ?? null,
    date,
    url: url !== null && isWebLink(url) ? url : null,
    licence,
    evidence,
    text,
  };
  return { source, nonPassages };
}

function compileDate(doc: JsonDocument, root: Node, checkQuotes: (n: Node | undefined, what: string) => string[]): SourceDate {
  const node = doc.property(root, 'date');
  const unknown: SourceDate = { value: null, stated: false, evidence: [] };
  if (!node) {
    doc.report(root, 'missing field "date" (use { "value": null, "stated": false, "evidence": [] } when unknown)');
    return unknown;
  }
  if (!doc.isObject(node, '"date"')) return unknown;
  doc.allowOnly(node, ['value', 'stated', 'earliest', 'latest', 'evidence', 'note'], 'a source\'s "date"');
  const value = doc.string(node, 'value', { nullable: true }) ?? null;
  const statedNode = doc.property(node, 'stated');
  const stated = statedNode?.value === true;
  if (statedNode && statedNode.type !== 'boolean') doc.report(statedNode, '"stated" must be true or false');
  const date: SourceDate = { value, stated, evidence: checkQuotes(doc.property(node, 'evidence'), 'date evidence') };
  for (const bound of ['earliest', 'latest'] as const) {
    const b = doc.string(node, bound, { optional: true });
    if (b) date[bound] = b;
  }
  for (const [field, v] of [['value', value], ['earliest', date.earliest], ['latest', date.latest]] as const) {
    if (v && !ISO_DATE.test(v)) doc.report(doc.property(node, field), `date ${field} "${v}" must be YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  if (stated && (!value || date.evidence.length === 0)) {
    doc.report(node, 'a stated date needs a value and the evidence quote that prints it');
  }
  if (!stated && value) doc.report(doc.property(node, 'value'), 'a date the text does not print is not a value: use earliest/latest bounds');
  const note = doc.string(node, 'note', { optional: true });
  if (note) date.note = note;
  return date;
}

/** An absolute http(s) address: the only kind of link a source may put in front of a reader. */
export function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.host !== '';
  } catch {
    return false;
  }
}
