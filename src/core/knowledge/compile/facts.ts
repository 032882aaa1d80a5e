import type { Node } from 'jsonc-parser';
import {
  FACT_KINDS,
  type DateValue,
  type Fact,
  type FactKind,
  type FactVariant,
  type NumberValue,
} from '../../claims/types';
import type { Citation } from '../types';
import type { CompileContext } from './context';
import type { JsonDocument } from './jsonDocument';
import { MAX_PHRASE_CHARS } from './limits';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CHOICE_KINDS: readonly FactKind[] = ['actor', 'place', 'membership', 'role', 'status'];
const NUMBER_KINDS: readonly FactKind[] = ['count', 'percentage', 'fraction'];
const SLOTS = ['near', 'agent', 'after', 'attribute'] as const;
const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
/** Every field a fact may have (knowledge/facts/README.md); anything else is a typo. */
const FACT_FIELDS = [
  'id', 'subject', 'entity', 'kind', 'statement', 'expected', 'date', 'number', 'subjectCues', 'triggers', 'context',
  'accepted', 'conflicting', 'replacement', 'units', 'otherEvents', 'slot', 'anyPerson', 'variants', 'citations',
] as const;
const VARIANT_FIELDS = ['expected', 'date', 'number', 'phrases', 'citations'] as const;

/**
 * Compiles `facts/*.json` (schema: knowledge/facts/README.md). Every problem is reported at its file and line:
 * missing or mistyped fields, unknown subjects, duplicate ids, values that do not fit the kind, and quotes not found
 * word for word in their source. Any problem fails the whole build, so a half-valid fact never reaches the index.
 */
export function compileFacts(docs: JsonDocument[], ctx: CompileContext, knownTermIds: ReadonlySet<string> = new Set()): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  for (const doc of docs) {
    if (!doc.isObject(doc.root, 'a facts file')) continue;
    doc.allowOnly(doc.root, ['facts'], 'a facts file');
    for (const node of doc.array(doc.root, 'facts')) {
      const fact = compileFact(doc, node, ctx, knownTermIds);
      if (!fact) continue;
      if (seen.has(fact.id)) {
        doc.report(doc.property(node, 'id'), `duplicate fact id "${fact.id}"`);
        continue;
      }
      seen.add(fact.id);
      facts.push(fact);
    }
  }
  return facts;
}

function compileFact(doc: JsonDocument, node: Node, ctx: CompileContext, knownTermIds: ReadonlySet<string>): Fact | undefined {
  if (!doc.isObject(node, 'a fact')) return undefined;
  doc.allowOnly(node, FACT_FIELDS, 'a fact');
  const id = doc.string(node, 'id');
  if (id && !ID.test(id)) doc.report(doc.property(node, 'id'), `fact id "${id}" must be lower-case words joined by "-"`);
  const subject = doc.string(node, 'subject', { nullable: true });
  if (subject && !knownTermIds.has(subject)) {
    doc.report(doc.property(node, 'subject'), `unknown subject "${subject}": not a glossary term id (use null and name it in "entity")`);
  }
  const entity = doc.string(node, 'entity');
  const kind = doc.string(node, 'kind') as FactKind | undefined;
  if (kind && !FACT_KINDS.includes(kind)) doc.report(doc.property(node, 'kind'), `unknown kind "${kind}" (one of: ${FACT_KINDS.join(', ')})`);
  const statement = doc.string(node, 'statement');
  const expected = doc.string(node, 'expected');
  const subjectCues = phrases(doc, node, 'subjectCues');
  const triggers = phrases(doc, node, 'triggers');
  if (doc.property(node, 'triggers') && triggers.length === 0) doc.report(doc.property(node, 'triggers'), '"triggers" must name at least one phrase');
  const accepted = phrases(doc, node, 'accepted', true);
  const conflicting = phrases(doc, node, 'conflicting', true);
  const units = phrases(doc, node, 'units', true);
  const otherEvents = phrases(doc, node, 'otherEvents', true);
  const contextNode = doc.property(node, 'context');
  const context = contextNode ? doc.array(node, 'context').map((group) => phraseList(doc, group)) : undefined;
  const slotNode = doc.property(node, 'slot');
  const slot = doc.string(node, 'slot', { optional: true }) as Fact['slot'];
  if (slot && !SLOTS.includes(slot)) doc.report(slotNode, `unknown slot "${slot}" (one of: ${SLOTS.join(', ')})`);
  const replacement = doc.string(node, 'replacement', { optional: true }) ?? undefined;
  const anyPersonNode = doc.property(node, 'anyPerson');
  const anyPerson = doc.value(anyPersonNode);
  if (anyPersonNode && typeof anyPerson !== 'boolean') doc.report(anyPersonNode, '"anyPerson" must be true or false');
  if (anyPerson === true && (kind !== 'actor' || slot !== 'after')) doc.report(anyPersonNode, '"anyPerson" applies to an "actor" fact in the "after" slot');
  const date = dateValue(doc, doc.property(node, 'date'));
  const number = numberValue(doc, doc.property(node, 'number'));

  if (kind === 'date' && !date) doc.report(node, 'a "date" fact needs a "date" value ({ "year", "month", "day", "season", "decade" })');
  if (kind && NUMBER_KINDS.includes(kind)) {
    if (!number) doc.report(node, `a "${kind}" fact needs a "number" value ({ "number", "tolerance"? })`);
    if (kind !== 'fraction' && units.length === 0) doc.report(node, `a "${kind}" fact needs "units": the words that follow its number`);
  }
  const variants = doc.property(node, 'variants') ? doc.array(node, 'variants').map((v) => variant(doc, v, ctx)) : undefined;
  if (kind && CHOICE_KINDS.includes(kind) && conflicting.length === 0 && !(variants && variants.length > 0)) {
    doc.report(node, `a "${kind}" fact needs "conflicting" phrases or "variants": otherwise no draft can contradict it`);
  }
  const citationNodes = doc.array(node, 'citations');
  if (doc.property(node, 'citations') && citationNodes.length === 0) doc.report(doc.property(node, 'citations'), 'a fact needs at least one citation');
  const citations = citationNodes.map((c) => ctx.citation(doc, c));

  if (!id || !entity || !kind || !statement || !expected || citations.some((c) => !c)) return undefined;
  if (variants?.some((v) => !v)) return undefined;
  return {
    id,
    subject: subject ?? null,
    entity,
    kind,
    statement,
    expected,
    ...(date ? { date } : {}),
    ...(number ? { number } : {}),
    ...(accepted.length ? { accepted } : {}),
    ...(conflicting.length ? { conflicting } : {}),
    ...(replacement ? { replacement } : {}),
    subjectCues,
    triggers,
    ...(context ? { context } : {}),
    ...(units.length ? { units } : {}),
    ...(otherEvents.length ? { otherEvents } : {}),
    ...(slot ? { slot } : {}),
    ...(anyPerson === true ? { anyPerson } : {}),
    ...(variants ? { variants: variants as FactVariant[] } : {}),
    citations: citations as Citation[],
  };
}

function phrases(doc: JsonDocument, obj: Node, key: string, optional = false): string[] {
  const node = doc.property(obj, key);
  if (!node) {
    if (!optional) doc.report(obj, `missing field "${key}"`);
    return [];
  }
  return phraseList(doc, node, key);
}

function phraseList(doc: JsonDocument, node: Node, key = 'a context group'): string[] {
  if (node.type !== 'array') {
    doc.report(node, `"${key}" must be an array of phrases`);
    return [];
  }
  const out: string[] = [];
  for (const item of node.children ?? []) {
    if (item.type !== 'string' || !/[\p{L}\p{N}%]/u.test(item.value as string)) {
      doc.report(item, `each entry of "${key}" must be a non-empty phrase`);
      continue;
    }
    if ((item.value as string).length > MAX_PHRASE_CHARS) {
      doc.report(item, `an entry of "${key}" is ${(item.value as string).length} characters; a phrase has at most ${MAX_PHRASE_CHARS}`);
      continue;
    }
    out.push(item.value as string);
  }
  return out;
}

function dateValue(doc: JsonDocument, node: Node | undefined): DateValue | undefined {
  if (!node) return undefined;
  if (!doc.isObject(node, '"date"')) return undefined;
  const value = doc.value(node) as Record<string, unknown>;
  const out: DateValue = {};
  const int = (key: 'year' | 'month' | 'day' | 'decade', min: number, max: number) => {
    if (value[key] === undefined) return;
    const v = value[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      doc.report(doc.property(node, key), `"${key}" must be a whole number from ${min} to ${max}`);
      return;
    }
    out[key] = v;
  };
  int('year', 1000, 2999);
  int('month', 1, 12);
  int('day', 1, 31);
  int('decade', 1000, 2990);
  if (out.decade !== undefined && out.decade % 10 !== 0) doc.report(doc.property(node, 'decade'), '"decade" is the first year of the decade (1990)');
  if (value.season !== undefined) {
    if (!SEASONS.includes(value.season as (typeof SEASONS)[number])) doc.report(doc.property(node, 'season'), `"season" must be one of: ${SEASONS.join(', ')}`);
    else out.season = value.season as DateValue['season'];
  }
  for (const key of Object.keys(value)) {
    if (!['year', 'month', 'day', 'decade', 'season'].includes(key)) doc.report(doc.property(node, key), `unknown date field "${key}"`);
  }
  if (Object.keys(out).length === 0) doc.report(node, '"date" needs at least one of year, month, day, season, decade');
  return out;
}

function numberValue(doc: JsonDocument, node: Node | undefined): NumberValue | undefined {
  if (!node) return undefined;
  if (!doc.isObject(node, '"number"')) return undefined;
  doc.allowOnly(node, ['number', 'tolerance'], '"number"');
  const value = doc.value(node) as Record<string, unknown>;
  if (typeof value.number !== 'number' || !Number.isFinite(value.number)) {
    doc.report(doc.property(node, 'number') ?? node, '"number" must be a number');
    return undefined;
  }
  if (value.tolerance !== undefined && (typeof value.tolerance !== 'number' || value.tolerance < 0)) {
    doc.report(doc.property(node, 'tolerance'), '"tolerance" must be a number ≥ 0');
    return undefined;
  }
  return { number: value.number, ...(typeof value.tolerance === 'number' ? { tolerance: value.tolerance } : {}) };
}

function variant(doc: JsonDocument, node: Node, ctx: CompileContext): FactVariant | undefined {
  if (!doc.isObject(node, 'a variant')) return undefined;
  doc.allowOnly(node, VARIANT_FIELDS, 'a variant');
  const expected = doc.string(node, 'expected');
  const date = dateValue(doc, doc.property(node, 'date'));
  const number = numberValue(doc, doc.property(node, 'number'));
  const variantPhrases = phrases(doc, node, 'phrases', true);
  if (!date && !number && variantPhrases.length === 0) doc.report(node, 'a variant needs a "date", a "number" or "phrases"');
  const citationNodes = doc.array(node, 'citations');
  if (doc.property(node, 'citations') && citationNodes.length === 0) doc.report(doc.property(node, 'citations'), 'a variant needs at least one citation');
  const citations = citationNodes.map((c) => ctx.citation(doc, c));
  if (!expected || citations.some((c) => !c)) return undefined;
  return {
    expected,
    ...(date ? { date } : {}),
    ...(number ? { number } : {}),
    ...(variantPhrases.length ? { phrases: variantPhrases } : {}),
    citations: citations as Citation[],
  };
}
