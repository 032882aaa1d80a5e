import type { AliasCase, Term } from '../knowledge/types';

/** One place in a draft where a glossary alias occurs. Offsets are UTF-16 indices into the scanned text. */
export interface TermMention {
  start: number;
  end: number;
  /** The alias that matched, as authored. */
  alias: string;
  /** Every term claiming that alias (more than one only for aliases marked shared). */
  termIds: string[];
}

interface AliasEntry {
  termId: string;
  alias: string;
  /** The alias with separators folded, letter case kept: what case rules compare against. */
  form: string;
  rule: AliasCase;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entries: AliasEntry[] | undefined;
}

/** Separators (white space and dashes, in any run) fold to one code, so line breaks and hyphen variants match. */
const SEPARATOR = 32;
const APOSTROPHE = 39;

/**
 * Finds glossary aliases in text in one left-to-right pass over a character trie.
 *
 * Why a trie and not one big RegExp: a case-insensitive alternation of ~200 aliases backtracks at every position;
 * the trie visits each character about once and fails after a letter or two at most word starts. Case rules are
 * checked only on the rare full matches.
 */
export class TermMatcher {
  private readonly root: TrieNode = newNode();
  /** Longest alias in characters; bounds the window `findAt` must scan. */
  private readonly longestAlias: number;

  constructor(terms: readonly Term[]) {
    let longest = 0;
    for (const term of terms) {
      for (const alias of term.aliases) {
        const codes = foldedCodes(alias.text);
        if (codes.length === 0) continue;
        let node = this.root;
        for (const code of codes) {
          let child = node.next.get(code);
          if (!child) {
            child = newNode();
            node.next.set(code, child);
          }
          node = child;
        }
        (node.entries ??= []).push({ termId: term.id, alias: alias.text, form: foldForm(alias.text), rule: alias.case });
        longest = Math.max(longest, alias.text.length);
      }
    }
    this.longestAlias = longest;
  }

  /** Every mention in `text` (or in `[from, to)` of it), left to right, longest alias first at each start. */
  findAll(text: string, from = 0, to = text.length): TermMention[] {
    const mentions: TermMention[] = [];
    let i = from;
    while (i < to) {
      const code = text.charCodeAt(i);
      if (!isWordCode(code, text, i) || (i > 0 && isWordCode(text.charCodeAt(i - 1), text, i - 1))) {
        i++;
        continue;
      }
      const mention = this.matchAt(text, i, to);
      if (mention) {
        mentions.push(mention);
        i = mention.end;
      } else {
        i++;
      }
    }
    return mentions;
  }

  /**
   * The mentions covering `offset` (a hover position). Scans only a window around it, so the cost does not grow
   * with the document. `inclusiveEnd` also accepts a cursor just after the mention.
   */
  findAt(text: string, offset: number, inclusiveEnd = false): TermMention[] {
    const reach = this.longestAlias * 2 + 16;
    let from = Math.max(0, offset - reach);
    // Start at a word boundary so a cut word is not matched from its middle.
    while (from > 0 && from < offset && isWordCode(text.charCodeAt(from - 1), text, from - 1)) from++;
    const to = Math.min(text.length, offset + reach);
    return this.findAll(text, from, to).filter((m) => m.start <= offset && (offset < m.end || (inclusiveEnd && offset === m.end)));
  }

  private matchAt(text: string, start: number, limit: number): TermMention | undefined {
    let node: TrieNode | undefined = this.root;
    let j = start;
    const candidates: { end: number; entries: AliasEntry[] }[] = [];
    while (j < limit) {
      let code = text.charCodeAt(j);
      let width = 1;
      if (isSeparatorCode(code)) {
        while (j + width < limit && isSeparatorCode(text.charCodeAt(j + width))) width++;
        code = SEPARATOR;
      } else {
        code = foldCode(code, text, j);
      }
      node = node.next.get(code);
      if (!node) break;
      j += width;
      if (node.entries && (j >= text.length || !isWordCode(text.charCodeAt(j), text, j))) {
        candidates.push({ end: j, entries: node.entries });
      }
    }
    for (let c = candidates.length - 1; c >= 0; c--) {
      const { end, entries } = candidates[c];
      const written = foldForm(text.slice(start, end));
      const accepted = entries.filter((e) => caseAccepts(e, written));
      if (accepted.length > 0) {
        return { start, end, alias: accepted[0].alias, termIds: [...new Set(accepted.map((e) => e.termId))] };
      }
    }
    return undefined;
  }
}

function newNode(): TrieNode {
  return { next: new Map(), entries: undefined };
}

function caseAccepts(entry: AliasEntry, written: string): boolean {
  switch (entry.rule) {
    case 'any':
      return true;
    case 'exact':
      return written === entry.form;
    case 'proper': {
      if (written === entry.form || written === entry.form.toUpperCase()) return true;
      const cut = entry.form.search(/[ -]/);
      if (cut < 0) return false;
      const head = written.slice(0, cut);
      const aliasHead = entry.form.slice(0, cut);
      return head === aliasHead || head === aliasHead.toUpperCase();
    }
  }
}

/** An alias or a matched span with separators folded to one space and apostrophes to ASCII; case kept. */
function foldForm(s: string): string {
  return s.replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000\-\u2010-\u2015\u2212\uFE63\uFF0D]+/g, ' ').replace(/[\u2018\u2019\u201B\u02BC\u2032\uFF07]/g, "'");
}

function foldedCodes(alias: string): number[] {
  const codes: number[] = [];
  const s = alias.trim();
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (isSeparatorCode(code)) {
      if (codes[codes.length - 1] !== SEPARATOR) codes.push(SEPARATOR);
    } else {
      codes.push(foldCode(code, s, i));
    }
  }
  return codes;
}

/** Lower-cases and folds apostrophes; ASCII on a fast path. */
function foldCode(code: number, text: string, i: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  if (code === 0x2018 || code === 0x2019 || code === 0x201b || code === 0x02bc || code === 0x2032 || code === 0xff07) return APOSTROPHE;
  const lower = text[i].toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

function isSeparatorCode(code: number): boolean {
  if (code < 128) return code === 32 || code === 45 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 ||
    (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63 || code === 0xff0d || code === 0x2028 || code === 0x2029
  );
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and combining marks in any script: the word boundary test that keeps "NIS" out of "FINISH". */
function isWordCode(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return i > 0 && WORD_CHAR.test(text.slice(i - 1, i + 1));
  return WORD_CHAR.test(text[i]);
}
