import type { Node } from 'jsonc-parser';
import { foldTypography } from '../../text/normalize';
import { TERM_CATEGORIES, type AliasCase, type Citation, type Term, type TermAlias, type TermCategory } from '../types';
import type { CompileContext } from './context';
import type { JsonDocument } from './jsonDocument';
import { MAX_PHRASE_CHARS } from './limits';

const TERM_ID = /^[a-z0-9][a-z0-9-]*$/;
const CASES: readonly AliasCase[] = ['exact', 'proper', 'any'];
/** Every field a term may have (knowledge/README.md); anything else is a typo. */
const TERM_FIELDS = ['id', 'name', 'expansion', 'category', 'aliases', 'definition', 'citations'] as const;

/** The case rule an alias gets when it does not name one (see knowledge/README.md). */
export function defaultAliasCase(text: string): AliasCase {
  if (/\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)) return 'exact';
  if (/^\p{Lu}/u.test(text)) return 'proper';
  return 'any';
}

/** The key under which two aliases count as the same claim. */
export function aliasKey(text: string): string {
  return foldTypography(text).trim().toLowerCase();
}

/** Compiles every glossary file; checks ids, categories, citations and alias ownership across files. */
export function compileGlossary(docs: JsonDocument[], ctx: CompileContext): Term[] {
  const terms: Term[] = [];
  const idsSeen = new Map<string, string>();
  const aliasOwners = new Map<string, { termId: string; shared: boolean; doc: JsonDocument; node: Node }[]>();

  for (const doc of docs) {
    if (!doc.isObject(doc.root, 'a glossary file')) continue;
    doc.allowOnly(doc.root, ['terms'], 'a glossary file');
    for (const termNode of doc.array(doc.root, 'terms')) {
      if (!doc.isObject(termNode, 'a term')) continue;
      doc.allowOnly(termNode, TERM_FIELDS, 'a term');
      const id = doc.string(termNode, 'id');
      const name = doc.string(termNode, 'name');
      const definition = doc.string(termNode, 'definition');
      const expansion = doc.string(termNode, 'expansion', { nullable: true }) ?? null;
      const category = doc.string(termNode, 'category');
      if (id == null || name == null || definition == null) continue;
      if (!TERM_ID.test(id)) doc.report(doc.property(termNode, 'id'), `term id "${id}" must match ${TERM_ID}`);
      if (idsSeen.has(id)) doc.report(doc.property(termNode, 'id'), `duplicate term id "${id}" (first in ${idsSeen.get(id)})`);
      idsSeen.set(id, doc.path);
      if (category != null && !TERM_CATEGORIES.includes(category as TermCategory)) {
        doc.report(doc.property(termNode, 'category'), `unknown category "${category}" (one of ${TERM_CATEGORIES.join(', ')})`);
      }

      const aliases: TermAlias[] = [];
      const ownKeys = new Set<string>();
      for (const aliasNode of [{ node: doc.property(termNode, 'name')!, implicit: true }, ...doc.array(termNode, 'aliases').map((node) => ({ node, implicit: false }))]) {
        const alias = readAlias(doc, aliasNode.node);
        if (!alias) continue;
        const key = aliasKey(alias.text);
        if (ownKeys.has(key)) {
          if (!aliasNode.implicit && key !== aliasKey(name)) doc.report(aliasNode.node, `alias "${alias.text}" is listed twice for term "${id}"`);
          // The name repeated as an alias (to give it a case rule) replaces the implicit one.
          const i = aliases.findIndex((a) => aliasKey(a.text) === key);
          if (i >= 0 && !aliasNode.implicit) aliases[i] = alias;
          continue;
        }
        ownKeys.add(key);
        aliases.push(alias);
        const owners = aliasOwners.get(key) ?? [];
        owners.push({ termId: id, shared: alias.shared, doc, node: aliasNode.node });
        aliasOwners.set(key, owners);
      }

      const citations: Citation[] = [];
      const citationNodes = doc.array(termNode, 'citations');
      if (citationNodes.length === 0) doc.report(termNode, `term "${id}" needs at least one citation`);
      for (const c of citationNodes) {
        const citation = ctx.citation(doc, c);
        if (citation) citations.push(citation);
      }
      terms.push({ id, name, expansion, category: (category ?? 'concept') as TermCategory, aliases, definition, citations });
    }
  }

  for (const owners of aliasOwners.values()) {
    if (owners.length < 2) continue;
    for (const owner of owners) {
      if (owner.shared) continue;
      const others = owners.filter((o) => o !== owner).map((o) => `"${o.termId}" (${o.doc.path})`);
      owner.doc.report(owner.node, `alias claimed by term "${owner.termId}" and ${others.join(', ')}: mark it "shared": true in each term, or keep it in one`);
    }
  }
  return terms;
}

function readAlias(doc: JsonDocument, node: Node): TermAlias | undefined {
  if (node.type === 'string') {
    const text = (node.value as string).trim();
    if (!text) return void doc.report(node, 'empty alias');
    if (text.length > MAX_PHRASE_CHARS) return void doc.report(node, aliasTooLong(text));
    return { text, case: defaultAliasCase(text), shared: false };
  }
  if (!doc.isObject(node, 'an alias (string or object)')) return undefined;
  doc.allowOnly(node, ['text', 'case', 'shared'], 'an alias');
  const text = doc.string(node, 'text');
  if (text == null) return undefined;
  if (text.trim().length > MAX_PHRASE_CHARS) return void doc.report(doc.property(node, 'text'), aliasTooLong(text.trim()));
  const caseValue = doc.string(node, 'case', { optional: true });
  if (caseValue != null && !CASES.includes(caseValue as AliasCase)) {
    doc.report(doc.property(node, 'case'), `alias case must be one of ${CASES.join(', ')}`);
  }
  const sharedNode = doc.property(node, 'shared');
  return { text: text.trim(), case: (caseValue as AliasCase) ?? defaultAliasCase(text), shared: sharedNode?.value === true };
}

function aliasTooLong(text: string): string {
  return `alias is ${text.length} characters; an alias has at most ${MAX_PHRASE_CHARS}`;
}
