import type { Node } from 'jsonc-parser';
import type { CompileContext } from './context';
import type { JsonDocument } from './jsonDocument';

/**
 * Compiles `facts/*.json`. Until the claim checker defines the full fact schema, every `{ source, quote }` object
 * found anywhere in a fact is verified like a glossary citation, so no unverified quote reaches the index.
 */
export function compileFacts(docs: JsonDocument[], ctx: CompileContext): unknown[] {
  const facts: unknown[] = [];
  for (const doc of docs) {
    if (!doc.isObject(doc.root, 'a facts file')) continue;
    for (const factNode of doc.array(doc.root, 'facts')) {
      if (!doc.isObject(factNode, 'a fact')) continue;
      const fact = doc.value(factNode) as Record<string, unknown>;
      const citations = doc.array(factNode, 'citations').map((c) => ctx.citation(doc, c));
      if (citations.some((c) => !c)) continue;
      facts.push({ ...fact, citations });
    }
  }
  return facts;
}

export type { Node };
