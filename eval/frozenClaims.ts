/**
 * The frozen claim sets: sentences and memo paragraphs written from the five sources by helpers who never read the
 * code or the knowledge files, labelled with the wrong words and the source quote each contradicts — never with our
 * fact ids, so the same labels will score a checker that learns the sources' claims without curated facts.
 * Frozen: nothing is ever fixed against them. Their first run is recorded below; later runs are reported beside it,
 * and a change in them is a measurement, not a target.
 *
 * Scoring is by place, not by fact: a warning counts as right when it overlaps an expected span, and as a false alarm
 * when it overlaps none. Each text is checked as a whole draft (Markdown read, ignore rules applied), as the CLI does.
 */
import * as path from 'node:path';
import { checkDocument } from '../src/core/claims/document';
import type { KnowledgeBase } from '../src/core/knowledge/knowledgeBase';
import { readJsonLines } from './jsonLines';
import { rates } from './claims';
import { loadBuiltKnowledge, REPO_ROOT } from './repo';

const FROZEN = path.join(REPO_ROOT, 'test', 'fixtures', 'claims', 'frozen');

/** One frozen item: a text and the wrong words in it (none for a consistent text). */
export interface FrozenItem {
  id: string;
  text: string;
  kind: 'conflict' | 'consistent';
  trap?: string;
  expect: { span: string; source: string; quote: string; correct: string }[];
}

/** A frozen set with its first run, the honest estimate of how the checker does on writing it has never seen. */
export interface FrozenSet {
  name: string;
  file: string;
  description: string;
  firstRun?: { precision: number; recall: number; commit: string };
}

export const frozenFile = (name: string): string => path.join(FROZEN, name);

export const FROZEN_SETS: readonly FrozenSet[] = [
  {
    name: 'Frozen sentences',
    file: frozenFile('frozen-sentences.jsonl'),
    description:
      'single memo sentences over 86 source statements: one changed detail, or a trap (hedge, quotation, other event, uncovered, restatement, question, conditional, date format)',
    firstRun: { precision: 0.926, recall: 0.333, commit: 'd390a9f' },
  },
  {
    name: 'Frozen paragraphs',
    file: frozenFile('frozen-paragraphs.jsonl'),
    description: 'memo paragraphs of 2–5 sentences with Markdown, references back, and zero to two wrong details',
    firstRun: { precision: 1, recall: 0.167, commit: 'd390a9f' },
  },
];

export interface FrozenScore {
  items: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  misses: { item: FrozenItem; span: string }[];
  falseAlarms: { item: FrozenItem; span: string; message: string }[];
}

export function readFrozen(file: string): FrozenItem[] {
  return readJsonLines<FrozenItem>(file);
}

export function scoreFrozen(kb: KnowledgeBase, items: readonly FrozenItem[]): FrozenScore {
  let tp = 0;
  const misses: FrozenScore['misses'] = [];
  const falseAlarms: FrozenScore['falseAlarms'] = [];
  for (const item of items) {
    const warnings = checkDocument(kb, item.text).findings.filter((f) => f.code === 'claim-conflict');
    const expected = item.expect.map((e) => {
      const start = item.text.indexOf(e.span);
      return { span: e.span, start, end: start + e.span.length };
    });
    const matched = new Set<number>();
    for (const e of expected) {
      const at = warnings.findIndex((w, k) => !matched.has(k) && w.start < e.end && e.start < w.end);
      if (at >= 0) {
        matched.add(at);
        tp++;
      } else misses.push({ item, span: e.span });
    }
    warnings.forEach((w, k) => {
      if (matched.has(k)) return;
      // A second warning inside an expected span (two facts on one wrong word) is not a false alarm.
      if (expected.some((e) => w.start < e.end && e.start < w.end)) return;
      falseAlarms.push({ item, span: item.text.slice(w.start, w.end), message: w.message });
    });
  }
  return { items: items.length, ...rates(tp, falseAlarms.length, misses.length), misses, falseAlarms };
}

function section(set: FrozenSet, s: FrozenScore): string {
  const first = set.firstRun
    ? ` · first run (${set.firstRun.commit}) precision ${set.firstRun.precision.toFixed(3)} / recall ${set.firstRun.recall.toFixed(3)}`
    : '';
  const lines = [
    `### ${set.name}: ${s.items} items (${set.description})`,
    '',
    `now: precision ${s.precision.toFixed(3)} (${s.truePositives} right, ${s.falsePositives} false alarms) · recall ${s.recall.toFixed(3)} (${s.falseNegatives} missed)${first}`,
  ];
  if (s.falseAlarms.length) {
    lines.push('', 'False alarms:');
    for (const m of s.falseAlarms) lines.push(`- ${m.item.id} "${m.span}" in: ${m.item.text}`);
  }
  if (s.misses.length) {
    lines.push('', 'Missed:');
    for (const m of s.misses) lines.push(`- ${m.item.id} "${m.span}" in: ${m.item.text}`);
  }
  return lines.join('\n');
}

/** `npm run eval` section for the frozen sets. */
export function run(): string {
  const kb = loadBuiltKnowledge();
  return [
    '## Claim checker on the frozen sets (never tuned on)',
    '',
    ...FROZEN_SETS.flatMap((set) => [section(set, scoreFrozen(kb, readFrozen(set.file))), '']),
  ].join('\n');
}
