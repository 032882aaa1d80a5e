import type { Node } from 'jsonc-parser';
import { locateQuote } from '../../text/normalize';
import type { Citation, Passage, Source } from '../types';
import type { JsonDocument } from './jsonDocument';

/**
 * What the glossary and fact compilers share: the sources, and one way of checking a quote against them, so that
 * "verbatim" means the same thing everywhere.
 */
export class CompileContext {
  private readonly sourcesByKey = new Map<string, Source>();
  private readonly passagesBySource = new Map<string, Passage[]>();

  constructor(sources: Source[], passages: Passage[]) {
    for (const s of sources) this.sourcesByKey.set(s.key, s);
    for (const p of passages) {
      const list = this.passagesBySource.get(p.source) ?? [];
      list.push(p);
      this.passagesBySource.set(p.source, list);
    }
  }

  hasSource(key: string): boolean {
    return this.sourcesByKey.has(key);
  }

  get sourceKeys(): string[] {
    return [...this.sourcesByKey.keys()];
  }

  /**
   * Reads a `{ "source", "quote", "occurrence"? }` object and locates the quote in its source. Reports a problem at
   * the quote (naming the source) and returns undefined when it is not there word for word.
   */
  citation(doc: JsonDocument, node: Node): Citation | undefined {
    if (!doc.isObject(node, 'a citation')) return undefined;
    doc.allowOnly(node, ['source', 'quote', 'occurrence'], 'a citation');
    const sourceKey = doc.string(node, 'source');
    const quote = doc.string(node, 'quote');
    if (sourceKey == null || quote == null) return undefined;
    const source = this.sourcesByKey.get(sourceKey);
    if (!source) {
      doc.report(doc.property(node, 'source'), `unknown source "${sourceKey}" (known: ${this.sourceKeys.join(', ')})`);
      return undefined;
    }
    const occurrenceNode = doc.property(node, 'occurrence');
    const occurrence = typeof occurrenceNode?.value === 'number' ? occurrenceNode.value : 1;
    const at = locateQuote(source.text, quote, occurrence);
    if (!at) {
      doc.report(doc.property(node, 'quote'), `quote not found word for word in source "${sourceKey}": "${abbreviate(quote)}"`);
      return undefined;
    }
    const passage = this.passageAt(sourceKey, at.start);
    return { source: sourceKey, quote: source.text.slice(at.start, at.end), start: at.start, end: at.end, ...(passage ? { passage: passage.id } : {}) };
  }

  /** The passage containing `offset`, if any. */
  passageAt(sourceKey: string, offset: number): Passage | undefined {
    return (this.passagesBySource.get(sourceKey) ?? []).find((p) => p.start <= offset && offset < p.end);
  }
}

function abbreviate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
