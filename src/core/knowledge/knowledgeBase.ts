import { TermMatcher } from '../terms/termMatcher';
import { KNOWLEDGE_FORMAT, type CompiledKnowledge, type Passage, type Source, type Term } from './types';

/** Raised when a compiled index cannot be used; the message says what to do about it. */
export class KnowledgeLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KnowledgeLoadError';
  }
}

/**
 * The loaded index with the lookups every feature needs. Built once per process from `dist/knowledge.json`;
 * derived structures (the term matcher) are built on first use.
 */
export class KnowledgeBase {
  private readonly sourcesByKey = new Map<string, Source>();
  private readonly termsById = new Map<string, Term>();
  private readonly passagesBySource = new Map<string, Passage[]>();
  /** Each source's asides (`Passage.aside`): kept apart, so `passagesOf` and `passageAt` give the article's prose only. */
  private readonly asidesBySource = new Map<string, Passage[]>();
  private termMatcher: TermMatcher | undefined;

  private constructor(readonly compiled: CompiledKnowledge) {
    for (const s of compiled.sources) this.sourcesByKey.set(s.key, s);
    for (const t of compiled.terms) this.termsById.set(t.id, t);
    for (const p of compiled.passages) {
      const bySource = p.aside ? this.asidesBySource : this.passagesBySource;
      const list = bySource.get(p.source);
      if (list) list.push(p);
      else bySource.set(p.source, [p]);
    }
  }

  /** Wraps a compiled index after checking its shape; throws `KnowledgeLoadError` when it is not one. */
  static fromCompiled(data: unknown): KnowledgeBase {
    const c = data as Partial<CompiledKnowledge> | null;
    if (!c || typeof c !== 'object') throw new KnowledgeLoadError('the knowledge index is not a JSON object');
    if (c.format !== KNOWLEDGE_FORMAT) {
      throw new KnowledgeLoadError(`the knowledge index has format ${String(c.format)}, expected ${KNOWLEDGE_FORMAT}: rebuild it with "npm run knowledge"`);
    }
    for (const field of ['sources', 'passages', 'terms', 'facts'] as const) {
      if (!Array.isArray(c[field])) throw new KnowledgeLoadError(`the knowledge index has no "${field}" list: rebuild it with "npm run knowledge"`);
    }
    return new KnowledgeBase(c as CompiledKnowledge);
  }

  /** Parses the text of `knowledge.json`; a truncated or corrupt file gives a clear `KnowledgeLoadError`. */
  static fromJson(text: string, origin = 'knowledge.json'): KnowledgeBase {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new KnowledgeLoadError(`${origin} is not valid JSON (${(err as Error).message}); rebuild it with "npm run knowledge"`);
    }
    return KnowledgeBase.fromCompiled(data);
  }

  get sources(): readonly Source[] {
    return this.compiled.sources;
  }

  get terms(): readonly Term[] {
    return this.compiled.terms;
  }

  get passages(): readonly Passage[] {
    return this.compiled.passages;
  }

  get facts(): readonly unknown[] {
    return this.compiled.facts;
  }

  source(key: string): Source | undefined {
    return this.sourcesByKey.get(key);
  }

  term(id: string): Term | undefined {
    return this.termsById.get(id);
  }

  /**
   * The passage with this id. Ids are `${source}#${index}`, so the id says where to look: no map of every passage
   * (at 300,000 passages such a map cost a quarter of a second to build on every load).
   */
  passage(id: string): Passage | undefined {
    const hash = id.lastIndexOf('#');
    if (hash < 0) return undefined;
    const index = Number(id.slice(hash + 1));
    const passage = Number.isInteger(index) ? this.passagesBySource.get(id.slice(0, hash))?.[index] : undefined;
    if (passage?.id === id) return passage;
    // An aside, or knowledge whose passages are not numbered in order (none compiled here is): look them up one by one.
    const source = id.slice(0, hash);
    return this.passagesBySource.get(source)?.find((p) => p.id === id) ?? this.asidesBySource.get(source)?.find((p) => p.id === id);
  }

  /** The passages of a source's prose, in reading order; not its asides (`Passage.aside`). */
  passagesOf(sourceKey: string): readonly Passage[] {
    return this.passagesBySource.get(sourceKey) ?? [];
  }

  /** The passage containing a source offset, if the offset is in prose. */
  passageAt(sourceKey: string, offset: number): Passage | undefined {
    const list = this.passagesBySource.get(sourceKey) ?? [];
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = list[mid];
      if (offset < p.start) hi = mid - 1;
      else if (offset >= p.end) lo = mid + 1;
      else return p;
    }
    return undefined;
  }

  /** Finds term mentions in drafts; built on first use. */
  get matcher(): TermMatcher {
    this.termMatcher ??= new TermMatcher(this.compiled.terms);
    return this.termMatcher;
  }
}
