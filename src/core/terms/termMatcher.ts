import type { AliasCase, Term } from '../knowledge/types';
import { foldApostrophes, isTypographicApostropheCode } from '../text/normalize';

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

/** Row 0 of the transition table: the dead state every missing transition leads to. */
const DEAD = 0;
const ROOT = 1;

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
  /**
   * The trie of folded aliases as one flat table: `transitions[state * classCount + class]` is the next state, 0 (dead)
   * when no alias continues that way. Walking it costs two array loads per character, with no objects to chase.
   */
  private readonly transitions: Uint16Array | Int32Array;
  private readonly classCount: number;
  /** Character class of each raw ASCII code, letter case folded in; 0 for a character no alias contains. */
  private readonly asciiClass = new Int32Array(128);
  /** Class of each folded non-ASCII code that some alias contains. */
  private readonly otherClass = new Map<number, number>();
  /** The aliases that end at each state, if any. */
  private readonly entriesAt: (AliasEntry[] | undefined)[];
  /**
   * 1 where a match can end or go on after a word that brought the walk here: an alias ends at this state, or one
   * continues with a character that is not a letter or digit. Most words that begin an alias ("in" of "invaded") do
   * neither, and are dismissed without a call to `matchAt`.
   */
  private readonly matchesPastWord: Uint8Array;
  /** Longest alias in characters; bounds the window `findAt` must scan. */
  private readonly longestAlias: number;
  /**
   * The scan of `findAll` as one automaton over every character, words and the gaps between them alike, so the loop
   * that visits each character of a draft takes no branch per word (a branch per word cost more than the table walk
   * itself). Rows are premultiplied by `scanWidth`: the trie's states, row 0 standing for "inside a word no alias
   * begins", and `ROOT` for "between words". The trie's classes are its columns, plus one last column (`gapClass`)
   * for any character that is not a letter or digit. A word ending in a state where a match can end or go on
   * (`matchesPastWord`) leads to the negated row instead: the one place the loop stops to look closer.
   */
  private readonly scan: Int32Array;
  private readonly scanWidth: number;
  private readonly gapClass: number;
  /** `scan`'s column for each ASCII code: a letter's or digit's trie class, else `gapClass`. */
  private readonly scanClass = new Int32Array(128);
  /**
   * `scan`'s column plus one for each other code of the Basic Multilingual Plane, filled as codes are met (0: not yet).
   * A draft's curly quotes and dashes recur in every sentence; a table read costs a fraction of working the column out.
   * Surrogates are never filled: whether one is part of a letter depends on its neighbour.
   */
  private readonly bmpColumn = new Uint16Array(0x10000);
  /** How many characters the walk from a word's start has taken to reach each state: where the word began. */
  private readonly depth: Int32Array;

  constructor(terms: readonly Term[]) {
    let longest = 0;
    // Built first as per-state maps (a state's children by class), then packed into the flat table.
    const children: Map<number, number>[] = [new Map(), new Map()];
    const entriesAt: (AliasEntry[] | undefined)[] = [undefined, undefined];
    let classCount = 1;
    const classOf = (code: number): number => {
      if (code < 128) {
        if (this.asciiClass[code] === 0) {
          this.asciiClass[code] = classCount++;
          // An upper-case letter folds to its lower-case class, so the scan needs no separate folding step.
          if (code >= 97 && code <= 122) this.asciiClass[code - 32] = this.asciiClass[code];
        }
        return this.asciiClass[code];
      }
      let cls = this.otherClass.get(code);
      if (cls === undefined) this.otherClass.set(code, (cls = classCount++));
      return cls;
    };
    for (const term of terms) {
      for (const alias of term.aliases) {
        const codes = foldedCodes(alias.text);
        if (codes.length === 0) continue;
        let state = ROOT;
        for (const code of codes) {
          const cls = classOf(code);
          let next = children[state].get(cls);
          if (next === undefined) {
            next = children.length;
            children.push(new Map());
            entriesAt.push(undefined);
            children[state].set(cls, next);
          }
          state = next;
        }
        (entriesAt[state] ??= []).push({ termId: term.id, alias: alias.text, form: foldForm(alias.text), rule: alias.case });
        longest = Math.max(longest, alias.text.length);
      }
    }
    this.classCount = classCount;
    // Half the memory (and cache) when the states fit in 16 bits, as they do for a glossary of a few hundred aliases.
    this.transitions =
      children.length <= 0xffff ? new Uint16Array(children.length * classCount) : new Int32Array(children.length * classCount);
    children.forEach((map, state) => map.forEach((next, cls) => (this.transitions[state * classCount + cls] = next)));
    this.entriesAt = entriesAt;
    // A class from a non-ASCII character may stand for a mark (an apostrophe); only ASCII letters and digits are
    // certainly word characters.
    const wordClasses = new Uint8Array(classCount);
    for (let c = 0; c < 128; c++) if (ASCII_WORD[c] === 1 && this.asciiClass[c] !== 0) wordClasses[this.asciiClass[c]] = 1;
    this.matchesPastWord = new Uint8Array(children.length);
    children.forEach((map, state) => {
      let past = entriesAt[state] !== undefined;
      map.forEach((_, cls) => (past ||= wordClasses[cls] === 0));
      this.matchesPastWord[state] = past ? 1 : 0;
    });
    this.longestAlias = longest;
    // The scan automaton (see `scan`): the trie's edges, and a column for the gaps between words.
    const width = classCount + 1;
    const gap = classCount;
    this.scanWidth = width;
    this.gapClass = gap;
    for (let c = 0; c < 128; c++) this.scanClass[c] = ASCII_WORD[c] === 1 ? this.asciiClass[c] : gap;
    this.scan = new Int32Array(children.length * width);
    this.depth = new Int32Array(children.length);
    children.forEach((map, state) => {
      map.forEach((next, cls) => {
        this.depth[next] = this.depth[state] + 1;
        // Every edge: an ASCII space or apostrophe reads as a gap (its class is never looked up here), but a
        // non-ASCII letter can fold onto any class ("ʼ" onto the apostrophe's), as it does in the word walk.
        this.scan[state * width + cls] = next * width;
      });
      // Row 0 (a dead word) and a missing edge stay 0. A gap after a word: back between words, or stop to match.
      this.scan[state * width + gap] =
        state === DEAD || state === ROOT || this.matchesPastWord[state] === 0 ? ROOT * width : -(state * width);
    });
  }

  /** Every mention in `text` (or in `[from, to)` of it), left to right, longest alias first at each start. */
  findAll(text: string, from = 0, to = text.length): TermMention[] {
    const mentions: TermMention[] = [];
    const scan = this.scan;
    const scanClass = this.scanClass;
    const width = this.scanWidth;
    const bmpColumn = this.bmpColumn;
    const between = ROOT * width;
    let i = from;
    // Skip the tail of a word cut by `from`: a mention starts at a word start.
    while (i > 0 && i < to && isWordCode(text.charCodeAt(i - 1), text, i - 1)) i++;
    // This loop runs for every character of the draft: two table loads each, and a stop only where a word that could
    // be (the start of) an alias ends. Most words leave the trie within a letter or two and ride row 0 to their end.
    let state = between;
    for (let j = i; j < to; j++) {
      const c = text.charCodeAt(j);
      let column = c < 128 ? scanClass[c] : bmpColumn[c] - 1;
      if (column < 0) column = this.scanClassOf(c, text, j);
      state = scan[state + column];
      if (state >= 0) continue;
      const trieState = -state / width;
      const mention = this.matchAt(text, j - this.depth[trieState], j, trieState, to);
      state = between;
      // Resume at the mention's end (between words there), or after the gap that ended the word.
      if (mention) {
        mentions.push(mention);
        j = mention.end - 1;
      }
    }
    // A word cut by the end of the range ends there.
    if (state !== DEAD && state !== between && this.matchesPastWord[state / width] === 1) {
      const trieState = state / width;
      const mention = this.matchAt(text, to - this.depth[trieState], to, trieState, to);
      if (mention) mentions.push(mention);
    }
    return mentions;
  }

  /** `scan`'s column for a non-ASCII character: its folded class if it is a letter, digit or mark, else a gap. */
  private scanClassOf(code: number, text: string, i: number): number {
    const column = isWordCode(code, text, i) ? this.classOfFolded(foldCode(code, text, i)) : this.gapClass;
    if (code < 0xd800 || code > 0xdfff) this.bmpColumn[code] = column + 1;
    return column;
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

  /** The class of a folded character code: 0 when no alias contains it. */
  private classOfFolded(code: number): number {
    return code < 128 ? this.asciiClass[code] : (this.otherClass.get(code) ?? 0);
  }

  /**
   * The longest alias match starting at `start`, continuing the walk `findAll` made over the first word: `state` is
   * where that walk stands at `resume` (the word's end), so those letters are not walked twice.
   */
  private matchAt(text: string, start: number, resume: number, state: number, limit: number): TermMention | undefined {
    let j = resume;
    // Ends and entry lists of every complete alias along the walk; longest is tried first.
    let candidateCount = 0;
    const first = this.entriesAt[state];
    if (first && (j >= text.length || !isWordCode(text.charCodeAt(j), text, j))) {
      this.candidateEnds[candidateCount] = j;
      this.candidateEntries[candidateCount] = first;
      candidateCount++;
    }
    while (j < limit) {
      let code = text.charCodeAt(j);
      let width = 1;
      if (isSeparatorCode(code)) {
        while (j + width < limit && isSeparatorCode(text.charCodeAt(j + width))) width++;
        code = SEPARATOR;
      } else {
        code = foldCode(code, text, j);
      }
      state = this.transitions[state * this.classCount + this.classOfFolded(code)];
      if (state === DEAD) break;
      j += width;
      const entries = this.entriesAt[state];
      if (entries && (j >= text.length || !isWordCode(text.charCodeAt(j), text, j))) {
        this.candidateEnds[candidateCount] = j;
        this.candidateEntries[candidateCount] = entries;
        candidateCount++;
      }
    }
    for (let c = candidateCount - 1; c >= 0; c--) {
      const end = this.candidateEnds[c];
      const entries = this.candidateEntries[c];
      // Cut out only for a case rule: the claim checker's triggers take any case, and most matches are theirs.
      let raw: string | undefined;
      let written: string | undefined;
      const termIds: string[] = [];
      let alias: string | undefined;
      for (const e of entries) {
        // Most matches are written exactly as authored or need no case check: fold only when it matters.
        const ok = e.rule === 'any' || (raw ??= text.slice(start, end)) === e.form || caseAccepts(e, (written ??= foldForm(raw)));
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
  return foldApostrophes(s.replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000\-\u2010-\u2015\u2212\uFE63\uFF0D]+/g, ' '));
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
  if (isTypographicApostropheCode(code)) return APOSTROPHE;
  const lower = text[i].toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

function isSeparatorCode(code: number): boolean {
  if (code < 128) return code === 32 || code === 45 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    (code >= 0x2010 && code <= 0x2015) ||
    code === 0x2212 ||
    code === 0xfe63 ||
    code === 0xff0d ||
    code === 0x2028 ||
    code === 0x2029
  );
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]/u;
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0,
);

/** Letters, digits and combining marks in any script: the word boundary test that keeps "NIS" out of "FINISH". */
function isWordCode(code: number, text: string, i: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return i > 0 && WORD_CHAR.test(text.slice(i - 1, i + 1));
  // Typographic quotes and dashes recur throughout a draft: each character's answer is kept after its first test.
  let known = BMP_WORD[code];
  if (known === 0) BMP_WORD[code] = known = WORD_CHAR.test(text[i]) ? 1 : 2;
  return known === 1;
}

/** Per BMP code outside the surrogates: 0 not yet tested, 1 a word character, 2 not one. */
const BMP_WORD = new Uint8Array(0x10000);
