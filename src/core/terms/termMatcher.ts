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
  /** Children by folded ASCII code: an array index is cheaper than a Map probe on the hot path. */
  ascii: (TrieNode | undefined)[] | undefined;
  /** Children by folded non-ASCII code. */
  other: Map<number, TrieNode> | undefined;
  entries: AliasEntry[] | undefined;
}

/** Size of the head-hash bit table (a power of two): 64 Kbit, so a few hundred aliases leave nearly every bit clear. */
const HEAD_BITS = 1 << 16;

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
  /** Hashes of each alias's first word (folded), the cheap test that spares most words a trie walk. */
  private readonly headHashes = new Set<number>();
  /**
   * The same hashes as bits of a small table: almost every word of a draft begins no alias, and a bit test rejects it
   * far more cheaply than a Set probe. A set bit only means "ask the Set".
   */
  private readonly headBits = new Uint32Array(HEAD_BITS / 32);
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
          let child = childOf(node, code);
          if (!child) {
            child = newNode();
            if (code < 128) (node.ascii ??= new Array<TrieNode | undefined>(128).fill(undefined))[code] = child;
            else (node.other ??= new Map()).set(code, child);
          }
          node = child;
        }
        (node.entries ??= []).push({ termId: term.id, alias: alias.text, form: foldForm(alias.text), rule: alias.case });
        const head = headHash(codes);
        this.headHashes.add(head);
        this.headBits[(head & (HEAD_BITS - 1)) >>> 5] |= 1 << (head & 31);
        longest = Math.max(longest, alias.text.length);
      }
    }
    this.longestAlias = longest;
  }

  /** Every mention in `text` (or in `[from, to)` of it), left to right, longest alias first at each start. */
  findAll(text: string, from = 0, to = text.length): TermMention[] {
    const mentions: TermMention[] = [];
    let i = from;
    // Skip the tail of a word cut by `from`: a mention starts at a word start.
    while (i > 0 && i < to && isWordCode(text.charCodeAt(i - 1), text, i - 1)) i++;
    while (i < to) {
      const code = text.charCodeAt(i);
      if (!(code < 128 ? ASCII_WORD[code] === 1 : isWordCode(code, text, i))) {
        i++;
        continue;
      }
      // Hash the word's folded letters; only a word that begins some alias is worth a walk down the trie.
      let hash = 0;
      let j = i;
      while (j < to) {
        const c = text.charCodeAt(j);
        // One table load both tests an ASCII character and folds it: this loop runs for every letter of the draft.
        const folded = c < 128 ? ASCII_WORD_FOLDED[c] : isWordCode(c, text, j) ? foldCode(c, text, j) : 0;
        if (folded === 0) break;
        hash = (Math.imul(hash, 31) + folded) | 0;
        j++;
      }
      if ((this.headBits[(hash & (HEAD_BITS - 1)) >>> 5] & (1 << (hash & 31))) !== 0 && this.headHashes.has(hash)) {
        const mention = this.matchAt(text, i, to);
        if (mention) {
          mentions.push(mention);
          i = mention.end;
          continue;
        }
      }
      i = j;
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
    // Ends and entry lists of every complete alias along the walk; longest is tried first.
    let candidateCount = 0;
    while (j < limit) {
      let code = text.charCodeAt(j);
      let width = 1;
      if (isSeparatorCode(code)) {
        while (j + width < limit && isSeparatorCode(text.charCodeAt(j + width))) width++;
        code = SEPARATOR;
      } else {
        code = foldCode(code, text, j);
      }
      node = childOf(node, code);
      if (!node) break;
      j += width;
      if (node.entries && (j >= text.length || !isWordCode(text.charCodeAt(j), text, j))) {
        this.candidateEnds[candidateCount] = j;
        this.candidateEntries[candidateCount] = node.entries;
        candidateCount++;
      }
    }
    for (let c = candidateCount - 1; c >= 0; c--) {
      const end = this.candidateEnds[c];
      const entries = this.candidateEntries[c];
      const raw = text.slice(start, end);
      let written: string | undefined;
      const termIds: string[] = [];
      let alias: string | undefined;
      for (const e of entries) {
        // Most matches are written exactly as authored or need no case check: fold only when it matters.
        const ok = e.rule === 'any' || raw === e.form || caseAccepts(e, (written ??= foldForm(raw)));
        if (!ok) continue;
        alias ??= e.alias;
        if (!termIds.includes(e.termId)) termIds.push(e.termId);
      }
      if (alias !== undefined) return { start, end, alias, termIds };
    }
    return undefined;
  }

  /** Scratch space for `matchAt`, reused so a scan allocates only for real matches. */
  private readonly candidateEnds: number[] = [];
  private readonly candidateEntries: AliasEntry[][] = [];
}

/** The hash `findAll` computes for a word, over an alias's folded codes up to its first non-word character. */
function headHash(codes: readonly number[]): number {
  let hash = 0;
  for (const code of codes) {
    if (!(code < 128 ? ASCII_WORD[code] === 1 : WORD_CHAR.test(String.fromCharCode(code)))) break;
    hash = (Math.imul(hash, 31) + code) | 0;
  }
  return hash;
}

function childOf(node: TrieNode, code: number): TrieNode | undefined {
  return code < 128 ? node.ascii?.[code] : node.other?.get(code);
}

function newNode(): TrieNode {
  return { ascii: undefined, other: undefined, entries: undefined };
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
/** An ASCII word character's folded (lower-case) code, 0 for any other character. */
const ASCII_WORD_FOLDED = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) ? c : c >= 65 && c <= 90 ? c + 32 : 0));
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0));

/** Letters, digits and combining marks in any script: the word boundary test that keeps "NIS" out of "FINISH". */
function isWordCode(code: number, text: string, i: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return i > 0 && WORD_CHAR.test(text.slice(i - 1, i + 1));
  return WORD_CHAR.test(text[i]);
}
