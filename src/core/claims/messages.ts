import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { sourceLabel } from '../sources/describe';
import type { Fact } from './types';

/**
 * The words a writer reads in a finding: one short sentence saying what the draft says, what the sources say, and
 * which sources. A source is named by its citation key everywhere a finding names one (the message, the quick fixes,
 * the CLI's detail lines): it is short, never ambiguous, and the name the writer cites it by (`[@sakata2020]`). The
 * quotes and the sources' full descriptions go with the finding's citations: the editor shows them as related
 * information, the CLI as indented lines under the finding.
 */

/**
 * Text in quotation marks that never double up with marks of its own: curly double marks, or single ones around text
 * that holds double marks ('view Japan as a “military threat.”' rather than "“military threat.””"). The text is left
 * as written, so a quote stays verbatim; `inQuotes` (sources/describe.ts) is the other rule, for running prose: it
 * turns the marks inside into single ones.
 */
export function quoted(text: string): string {
  return /["“”„]/.test(text) ? `‘${text}’` : `“${text}”`;
}

/** Each source of the citations once, in their order. */
function keysOf(citations: readonly { source: string }[]): string[] {
  return [...new Set(citations.map((c) => c.source))];
}

/** "sakata2020", "sakata2020 and buchan2019", "a, b and c". */
function listed(keys: readonly string[]): string {
  return keys.length <= 1 ? (keys[0] ?? '') : `${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]}`;
}

/** "The draft says “2016”, but the sources say October 2018 (sakata2020)." */
export function conflictMessage(fact: Fact, claimed: string): string {
  return `The draft says ${quoted(claimed)}, but the sources say ${fact.expected} (${keysOf(fact.citations).join(', ')}).`;
}

/**
 * "The sources differ: the draft's “January 2019” follows buchan2019, while sakata2020 and seoul-tokyo-2019 say
 * otherwise." What each says is in the quotes: a fact's summary of a disagreement is too long for one line.
 */
export function differMessage(claimed: string, followed: readonly { source: string }[], all: readonly { source: string }[]): string {
  const followedKeys = keysOf(followed);
  const others = keysOf(all).filter((key) => !followedKeys.includes(key));
  const rest = others.length === 0 ? '' : `, while ${listed(others)} ${others.length === 1 ? 'says' : 'say'} otherwise`;
  return `The sources differ: the draft's ${quoted(claimed)} follows ${listed(followedKeys)}${rest}.`;
}

/** "No source confirms or contradicts “2015” for the Supreme Court." */
export function unsupportedMessage(subject: string, claimed: string): string {
  return `No source confirms or contradicts ${quoted(claimed)} for ${subject}.`;
}

/**
 * One quote of a finding in full, with the full description of its source: "“…” — Yasuyo Sakata, “Japan-South Korea
 * Relations and the Biden Factor”, Asia Unbound (between 2020-11 and 2021-01)". The quote stays verbatim. Where the
 * source's key is not shown beside it already (the editor's related information names the source's file), the
 * caller puts the key first.
 */
export function citationDetail(kb: KnowledgeBase, citation: { source: string; quote: string }): string {
  const source = kb.source(citation.source);
  return `${quoted(citation.quote)}${source ? ` — ${sourceLabel(source)}` : ''}`;
}
