import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Term } from '../knowledge/types';
import { aliasKey } from '../knowledge/compile/glossary';
import { foldedOffset, foldForAnalysis, originalEnd, originalStart } from '../text/fold';
import { blankRanges, inRanges, markupRanges, type MarkupRange } from '../text/markdown';
import type { TermMention } from './termMatcher';

/** A draft as the Markdown reader read it: its text and its markup, read once per version of the draft. */
export interface ReadDraft {
  readonly text: string;
  /** `markupRanges` of the whole text read as a document (front matter and all). */
  readonly markup: readonly MarkupRange[];
}

/** Reads a whole draft with the product's one Markdown reader. */
export function readDraft(text: string): ReadDraft {
  return { text, markup: markupRanges(text, { document: true }) };
}

/**
 * The drafts read so far, by the document and its version: a hover asks for the markup around it many times per
 * version, and a 1 MB draft must not be read again for each. The key must stand for one opening of a document, not
 * its name: an untitled draft closed and opened again gets the same name and starts again at version 1. Keeps the
 * last `capacity` documents.
 */
export class DraftReadings<Key = unknown> {
  private readonly byKey = new Map<Key, { version: number; read: ReadDraft }>();

  constructor(private readonly capacity = 8) {}

  /** The reading of document `key` at `version`, reading `text()` only when that version has not been read. */
  get(key: Key, version: number, text: () => string): ReadDraft {
    const known = this.byKey.get(key);
    this.byKey.delete(key);
    const read = known && known.version === version ? known.read : readDraft(text());
    // Map order is insertion order: the entry re-inserted last is the one used last.
    this.byKey.set(key, { version, read });
    if (this.byKey.size > this.capacity) this.byKey.delete(this.byKey.keys().next().value!);
    return read;
  }
}

/** Lines above and below the hovered one that are scanned, so a term broken across lines is still found. */
const CONTEXT_LINES = 2;
/** Characters either side of the hover scanned at most, however long its lines: far past any alias's reach. */
const CONTEXT_CHARS = 4096;

/**
 * The term mentions under `offset` in a draft (what a hover and "Define Term at Cursor" show), where the term stands
 * in prose: a term in code, a comment, front matter, raw HTML, a link's URL, an image's alt text or a citation
 * bracket is markup, not the writer's words (as the Markdown reader decides for the claim checker), and has no
 * mention. A link's text is prose. Only a few lines around `offset` are scanned, so the cost per hover does not grow
 * with the draft; pass the draft's reading kept from an earlier call (`DraftReadings`) not to read it again. Found
 * in the folded text so that an invisible or look-alike character inside a term does not hide it, with offsets into
 * the draft as written.
 */
export function mentionsAt(kb: KnowledgeBase, draft: string | ReadDraft, offset: number): TermMention[] {
  const { text, markup } = typeof draft === 'string' ? readDraft(draft) : draft;
  if (inRanges(markup, offset)) return [];
  const from = Math.max(lineStartAbove(text, offset, CONTEXT_LINES), offset - CONTEXT_CHARS);
  const to = Math.min(lineEndBelow(text, offset, CONTEXT_LINES), offset + CONTEXT_CHARS);
  // Markup blanked, same length: "[Sakata](…) notes" reads as "Sakata notes", as the claim checker reads it.
  const prose = blankRanges(text, markup, from, to);
  const folded = foldForAnalysis(prose);
  const found = folded.changed
    ? kb.matcher
        .findAt(folded.text, foldedOffset(folded, offset - from))
        .map((m) => ({ ...m, start: originalStart(folded, m.start), end: originalEnd(folded, m.end) }))
    : kb.matcher.findAt(prose, offset - from);
  return found.map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
}

/** Where the line `lines` above the one holding `offset` starts (the text's start if there are fewer). */
function lineStartAbove(text: string, offset: number, lines: number): number {
  let start = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
  // `start - 2` skips the line break ending the line above, to find the one before it.
  for (let k = 0; k < lines && start > 0; k++) start = start >= 2 ? text.lastIndexOf('\n', start - 2) + 1 : 0;
  return start;
}

/** Where the line `lines` below the one holding `offset` ends, before its line break (the text's end if sooner). */
function lineEndBelow(text: string, offset: number, lines: number): number {
  let at = text.indexOf('\n', offset);
  for (let k = 0; k < lines && at >= 0; k++) at = text.indexOf('\n', at + 1);
  return at < 0 ? text.length : at;
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
