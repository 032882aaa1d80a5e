/**
 * Ways a writer says "I know, leave this claim alone": a comment in the draft, or an entry in a file the team
 * commits. Both are matched against findings after the check, so they never change what the checker computes.
 *
 * In the draft (any file type):
 *   <!-- sourcebook-ignore-next-line -->            on its own line: every finding on the next line
 *   <!-- sourcebook-ignore-next-line fact-a fact-b --> only findings of those facts
 *   ... text <!-- sourcebook-ignore-line fact-a -->  at the end of a line: findings on that line
 * In plain text, where an HTML comment would look odd, the same directive may follow `//` on its own line:
 *   // sourcebook-ignore-next-line fact-a
 * Anything after ` -- ` in a directive is a reason for human readers.
 *
 * The workspace file (`.sourcebook/ignored-claims.json`, JSON with comments) lists claims by fact id and sentence:
 *   { "ignored": [{ "fact": "fact-a", "sentence": "The sentence as written.", "reason": "optional" }] }
 * Sentences are compared after `normaliseClaimSentence`, so re-wrapping, typography, Markdown emphasis or an added
 * citation do not revive an ignored claim, and edits elsewhere in the draft do not matter at all.
 */
import { applyEdits, findNodeAtLocation, modify, parse, parseTree, printParseErrorCode, type Edit, type ParseError } from 'jsonc-parser';
import { foldTypography } from '../text/normalize';
import type { Located } from './incremental';
import { proseWords } from '../text/markdown';
import { sentenceAround } from './sentences';

export const IGNORE_NEXT_LINE = 'sourcebook-ignore-next-line';
export const IGNORE_LINE = 'sourcebook-ignore-line';

/** A directive found in a draft. Lines are 0-based. */
export interface IgnoreDirective {
  /** The line whose findings it silences. */
  targetLine: number;
  /** Only these facts; undefined for every finding on the line. */
  factIds?: string[];
}

/** What a finding must offer to be matched against ignore rules. */
export interface Suppressible extends Located {
  factId: string;
}

const HTML_DIRECTIVE = /<!--\s*sourcebook-ignore-(next-line|line)\b(.*?)-->/g;
const SLASH_DIRECTIVE = /^\s*\/\/\s*sourcebook-ignore-next-line\b(.*)$/;

/** Every directive in `text`. Cheap when there is none (one `indexOf`). */
export function findIgnoreDirectives(text: string): IgnoreDirective[] {
  const directives: IgnoreDirective[] = [];
  if (!text.includes('sourcebook-ignore')) return directives;
  const lines = text.split('\n');
  lines.forEach((rawLine, index) => {
    const line = rawLine.replace(/\r$/, '');
    if (!line.includes('sourcebook-ignore')) return;
    const slash = SLASH_DIRECTIVE.exec(line);
    if (slash) {
      directives.push({ targetLine: index + 1, factIds: parseFactIds(slash[1]) });
      return;
    }
    for (const m of line.matchAll(HTML_DIRECTIVE)) {
      directives.push({ targetLine: m[1] === 'line' ? index : index + 1, factIds: parseFactIds(m[2]) });
    }
  });
  return directives;
}

function parseFactIds(rest: string): string[] | undefined {
  const withoutReason = rest.split(/\s--\s|\s--$/)[0];
  const ids = withoutReason.split(/[\s,]+/).filter((id) => id.length > 0);
  return ids.length ? ids : undefined;
}

/** 0-based line of each offset, by binary search over line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** True when a directive in the draft silences `finding` (matched on the line where the finding starts). */
export function isIgnoredInline(directives: readonly IgnoreDirective[], starts: readonly number[], finding: Suppressible): boolean {
  if (directives.length === 0) return false;
  const line = lineOf(starts, finding.start);
  return directives.some((d) => d.targetLine === line && (!d.factIds || d.factIds.includes(finding.factId)));
}

/**
 * The text to insert so the finding on `line` is ignored, and where: a comment line above when the line starts a
 * paragraph (or in plain text), else a comment at the end of the line — a comment line in the middle of a Markdown
 * paragraph would split it in two when rendered.
 */
export function inlineIgnoreEdit(text: string, finding: Suppressible, markdown: boolean): { offset: number; insert: string } {
  const starts = lineStarts(text);
  const line = lineOf(starts, finding.start);
  const lineStart = starts[line];
  const lineEnd = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
  const lineText = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const indent = /^[ \t]*/.exec(lineText)![0];
  if (!markdown) return { offset: lineStart, insert: `${indent}// ${IGNORE_NEXT_LINE} ${finding.factId}${eol(text)}` };
  const previous = line > 0 ? text.slice(starts[line - 1], lineStart - 1).replace(/\r$/, '') : '';
  const startsParagraph = line === 0 || previous.trim() === '' || previous.includes(IGNORE_NEXT_LINE);
  if (startsParagraph) return { offset: lineStart, insert: `${indent}<!-- ${IGNORE_NEXT_LINE} ${finding.factId} -->${eol(text)}` };
  return { offset: lineStart + lineText.length, insert: ` <!-- ${IGNORE_LINE} ${finding.factId} -->` };
}

function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** One claim a team decided to leave as written. */
export interface IgnoredClaim {
  fact: string;
  /** The claim's sentence as written when it was ignored; compared after normalisation. */
  sentence: string;
  reason?: string;
}

/** The parsed workspace ignore file, indexed for matching. */
export class IgnoredClaims {
  private readonly keys: Map<string, IgnoredClaim>;

  constructor(
    readonly claims: readonly IgnoredClaim[] = [],
    readonly file?: string,
  ) {
    this.keys = new Map(claims.map((c) => [ignoreKey(c.fact, c.sentence), c]));
  }

  get size(): number {
    return this.claims.length;
  }

  has(factId: string, sentence: string): boolean {
    return this.keys.has(ignoreKey(factId, sentence));
  }

  /** The entry that ignores this claim (with its reason, when the team gave one). */
  get(factId: string, sentence: string): IgnoredClaim | undefined {
    return this.keys.get(ignoreKey(factId, sentence));
  }
}

function ignoreKey(factId: string, sentence: string): string {
  return `${factId}\u0000${normaliseClaimSentence(sentence)}`;
}

/** Raised for an ignore file that cannot be used; the message names the file and, when known, the line. */
export class IgnoreFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IgnoreFileError';
  }
}

/** Parses the text of an ignore file. Throws `IgnoreFileError` naming `origin` and the line of the first problem. */
export function parseIgnoreFile(text: string, origin: string): IgnoredClaims {
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length) {
    const e = errors[0];
    const line = text.slice(0, e.offset).split('\n').length;
    throw new IgnoreFileError(`${origin}:${line}: ${printParseErrorCode(e.error)}`);
  }
  if (text.trim() === '') return new IgnoredClaims([], origin);
  const list = (data as { ignored?: unknown } | null)?.ignored;
  if (!data || typeof data !== 'object' || !Array.isArray(list)) {
    throw new IgnoreFileError(`${origin}: expected an object with an "ignored" list of { "fact", "sentence" } entries`);
  }
  const claims: IgnoredClaim[] = [];
  list.forEach((entry: unknown, i) => {
    const e = entry as Partial<IgnoredClaim> | null;
    if (!e || typeof e.fact !== 'string' || typeof e.sentence !== 'string') {
      throw new IgnoreFileError(`${origin}: entry ${i + 1} of "ignored" needs a "fact" and a "sentence" string`);
    }
    claims.push({ fact: e.fact, sentence: e.sentence, ...(typeof e.reason === 'string' ? { reason: e.reason } : {}) });
  });
  return new IgnoredClaims(claims, origin);
}

/**
 * The ignore file's new text with `claim` added, keeping the existing entries, comments and layout. Unchanged when
 * the claim is already there. Throws `IgnoreFileError` when the current text is not a usable ignore file, so a
 * broken file is never overwritten.
 */
export function addIgnoredClaim(currentText: string | undefined, claim: IgnoredClaim, origin: string): string {
  const base = currentText && currentText.trim() !== '' ? currentText : '{\n  "ignored": []\n}\n';
  return applyEdits(base, ignoredClaimEdits(base, claim, origin));
}

/**
 * The edits that add `claim` to an ignore file's text: the new entry written the way the file writes its last
 * entry (on one line or spread over several, indented with its tabs or spaces, with its line ends), and nothing
 * else touched. No edits when the claim is already there. Throws `IgnoreFileError` for a text that is not a
 * usable ignore file.
 */
export function ignoredClaimEdits(text: string, claim: IgnoredClaim, origin: string): Edit[] {
  const existing = parseIgnoreFile(text, origin);
  if (existing.has(claim.fact, claim.sentence)) return [];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const root = parseTree(text);
  const list = root && findNodeAtLocation(root, ['ignored']);
  const entry: IgnoredClaim = { fact: claim.fact, sentence: claim.sentence, ...(claim.reason ? { reason: claim.reason } : {}) };
  if (!list || list.type !== 'array') {
    return modify(text, ['ignored'], [entry], { formattingOptions: { insertSpaces: !/^\t/m.test(text), tabSize: 2, eol } });
  }
  const items = list.children ?? [];
  const last = items[items.length - 1];
  if (!last) {
    // An empty list: the entry goes on its own line, one level deeper than the line that names the list.
    const outer = indentOfLine(text, list.offset);
    const unit = outer.startsWith('\t') ? '\t' : outer || '  ';
    const inner = outer + unit;
    return [
      { offset: list.offset, length: list.length, content: `[${eol}${inner}${entryText(entry, inner, unit, eol, true)}${eol}${outer}]` },
    ];
  }
  const lastText = text.slice(last.offset, last.offset + last.length);
  const multiLine = /\r?\n/.test(lastText);
  // What stands between the previous entry and the last one (a line break and indentation, or a space) also
  // stands between the last one and the new one.
  const previousEnd = items.length > 1 ? items[items.length - 2].offset + items[items.length - 2].length : list.offset + 1;
  const gap = /[^\S\r\n]*(?:\r?\n[^\S\r\n]*)?$/.exec(text.slice(previousEnd, last.offset).replace(/^[^,]*,/, ''))![0];
  const indent = indentOfLine(text, last.offset);
  const unit = multiLine ? (/\r?\n([ \t]+)/.exec(lastText)?.[1] ?? indent + '  ').slice(indent.length) || '  ' : '  ';
  return [{ offset: last.offset + last.length, length: 0, content: `,${gap || ' '}${entryText(entry, indent, unit, eol, multiLine)}` }];
}

/** The white space that starts the line holding `offset`. */
function indentOfLine(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** One entry as JSON, on one line or over several lines indented from `indent` by `unit`. */
function entryText(entry: IgnoredClaim, indent: string, unit: string, eol: string, multiLine: boolean): string {
  const fields = Object.entries(entry).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  if (!multiLine) return `{ ${fields.join(', ')} }`;
  return `{${eol}${fields.map((f) => indent + unit + f).join(`,${eol}`)}${eol}${indent}}`;
}

/**
 * The form two claim sentences are compared in: typography folded, the sentence's prose as the one Markdown reader
 * reads it (links as their text; citations, comments and other markup removed), emphasis and list markers removed,
 * white space collapsed, lower case.
 */
export function normaliseClaimSentence(sentence: string): string {
  return foldTypography(proseWords(sentence))
    .replace(/\s+([.,;:!?])/g, '$1')
    .toLowerCase();
}

/**
 * Where the sentence of `text` containing `at` starts and ends, as the claim checker sees sentences; a claim that
 * runs past the sentence's end extends it.
 */
export function sentenceRangeAt(text: string, at: Located): Located {
  const sentence = sentenceAround(text, at.start);
  if (!sentence) return { start: at.start, end: at.end };
  return { start: Math.min(sentence.start, at.start), end: Math.max(sentence.end, at.end) };
}

/** The sentence of `text` containing `at`, typography folded: the key an ignore-file entry is stored under. */
export function sentenceAt(text: string, at: Located): string {
  const range = sentenceRangeAt(text, at);
  return foldTypography(text.slice(range.start, range.end)).trim();
}
