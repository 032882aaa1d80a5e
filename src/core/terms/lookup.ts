import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Term } from '../knowledge/types';
import { aliasKey } from '../knowledge/compile/glossary';
import { foldedOffset, foldForAnalysis, originalEnd, originalStart } from '../text/fold';
import type { TermMention } from './termMatcher';

/**
 * The term mentions under `offset` in a stretch of a draft (what a hover shows), found in the folded text so that
 * an invisible or look-alike character inside a term does not hide it, with offsets into `text` as written.
 */
export function mentionsAt(kb: KnowledgeBase, text: string, offset: number): TermMention[] {
  const folded = foldForAnalysis(text);
  if (!folded.changed) return kb.matcher.findAt(text, offset);
  return kb.matcher
    .findAt(folded.text, foldedOffset(folded, offset))
    .map((m) => ({ ...m, start: originalStart(folded, m.start), end: originalEnd(folded, m.end) }));
}

/**
 * Resolves what a person typed ("the 1965 treaty", "tisa", "gsomia") to terms: by id, by any alias whatever its
 * case (a person asking on purpose is not prose that might contain the word by accident), or by the matcher when
 * the query contains exactly one mention ("What is TISA?").
 */
export function resolveTerm(kb: KnowledgeBase, typed: string): Term[] {
  // NFKC folds full-width and compatibility forms ("ＴＩＳＡ") that IME users type.
  const query = typed.normalize('NFKC');
  const key = aliasKey(query).replace(/^the /, '');
  const byId = kb.term(key);
  const hits = kb.terms.filter((t) => t.aliases.some((a) => aliasKey(a.text).replace(/^the /, '') === key));
  // The term of that id first, then every other term sharing the name (a writer's own source defining it too).
  if (byId)
    return [byId, ...hits.filter((t) => t !== byId && t.aliases.some((a) => a.shared && aliasKey(a.text).replace(/^the /, '') === key))];
  if (hits.length > 0) return hits;
  const mentions = kb.matcher.findAll(query);
  const ids = [...new Set(mentions.flatMap((m) => m.termIds))];
  return mentions.length === 1 ? ids.map((id) => kb.term(id)!).filter(Boolean) : [];
}

/** Up to `limit` term names close to a misspelt query, for "did you mean" messages. */
export function suggestTerms(kb: KnowledgeBase, typed: string, limit = 3): string[] {
  const query = typed.normalize('NFKC');
  const rows = kb.terms.flatMap((t) => t.aliases.map((a) => ({ name: t.name, alias: a.text })));
  const fuse = new Fuse(rows, { keys: ['alias'], threshold: 0.45, ignoreLocation: true, includeScore: true });
  const names: string[] = [];
  for (const r of fuse.search(query)) {
    if (!names.includes(r.item.name)) names.push(r.item.name);
    if (names.length === limit) break;
  }
  return names;
}
