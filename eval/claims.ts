/**
 * Quality of the claim checker on the labelled sentences in test/fixtures/claims/labelled.jsonl: precision and recall
 * of its warnings (`claim-conflict`), reported separately for the sentences it was tuned on and for the held-out
 * ones written in another style and never tuned on, with every miss and false alarm listed. Each external set
 * (test/fixtures/claims/external*.jsonl), written by someone who never read the checker, is reported on its own with
 * its first run beside its current figures.
 */
import * as path from 'node:path';
import { checkText, type ClaimFinding } from '../src/core/claims';
import type { KnowledgeBase } from '../src/core/knowledge/knowledgeBase';
import { readJsonLines } from './jsonLines';
import { loadBuiltKnowledge, REPO_ROOT } from './repo';

export const LABELLED_CLAIMS = path.join(REPO_ROOT, 'test', 'fixtures', 'claims', 'labelled.jsonl');
/** A set of sentences by an outside writer who never read the checker (split "external"), with its first run. */
export interface ExternalSet {
  name: string;
  file: string;
  /** How it was written, for the report. */
  description: string;
  /** Its figures on its first run, before any fix it prompted (exact-span scoring): the honest estimate. */
  firstRun: { precision: number; recall: number };
}

const externalFile = (name: string) => path.join(REPO_ROOT, 'test', 'fixtures', 'claims', name);

/** Every external set, in the order they were written; each after the fixes its predecessors prompted. */
export const EXTERNAL_SETS: readonly ExternalSet[] = [
  {
    name: 'External set 1',
    file: externalFile('external.jsonl'),
    description: 'varied memo styles',
    firstRun: { precision: 0.865, recall: 0.696 },
  },
  {
    name: 'External set 2',
    file: externalFile('external2.jsonl'),
    description: 'bullets, abbreviations, name orders',
    firstRun: { precision: 0.955, recall: 0.656 },
  },
  {
    name: 'External set 3',
    file: externalFile('external3.jsonl'),
    description: 'Q&A, timelines, tables, headlines, British spelling',
    firstRun: { precision: 0.955, recall: 0.7 },
  },
  {
    name: 'External set 4',
    file: externalFile('external4.jsonl'),
    description: 'plain memo prose over 60 facts',
    firstRun: { precision: 1.0, recall: 0.946 },
  },
  // First run after the writer corrected three labels to the documented date rule (only the wrong part of a date).
  {
    name: 'External set 5',
    file: externalFile('external5.jsonl'),
    description: 'precision stress: same subjects, other events, ranges, reported speech',
    firstRun: { precision: 1.0, recall: 0.857 },
  },
  // Sets 6 and 7 were written at the same time, after code blocks stopped being checked, before any fix for either.
  {
    name: 'External set 6',
    file: externalFile('external6.jsonl'),
    description: 'recall under paraphrase: aliases, roles, dates placed anywhere, numbers in words, Markdown',
    firstRun: { precision: 0.927, recall: 0.704 },
  },
  {
    name: 'External set 7',
    file: externalFile('external7.jsonl'),
    description: 'memo paragraphs of 1–3 sentences: traps of other events, attributed claims, Markdown quotes and code',
    firstRun: { precision: 0.976, recall: 0.854 },
  },
  // Written while the fixes for sets 6 and 7 were being made; first run at commit 0a2aeb9, before any fix for it.
  {
    name: 'External set 8',
    file: externalFile('external8.jsonl'),
    description: "a week of an analyst's writing: bullets, chronology lines, captions, emails, footnotes, Pandoc citations",
    firstRun: { precision: 0.978, recall: 0.88 },
  },
  // Written after every fix for set 8; first run at commit c0670c8, before any fix for it.
  {
    name: 'External set 9',
    file: externalFile('external9.jsonl'),
    description:
      'precision stress II: myth corrections, counterfactuals, past posts, other countries\u2019 courts, numbers of other things',
    firstRun: { precision: 0.93, recall: 0.964 },
  },
  // Written at the same time as set 9, by another writer; first run at commit 8faf17d, before any fix for it.
  {
    name: 'External set 10',
    file: externalFile('external10.jsonl'),
    description: 'memo paragraphs of 2-5 sentences: references back, abbreviations, date formats, citations',
    firstRun: { precision: 0.983, recall: 0.838 },
  },
  // Written after every fix for sets 9 and 10; first run at commit dc7bb33, before any fix for it.
  {
    name: 'External set 11',
    file: externalFile('external11.jsonl'),
    description:
      'references across sentences: he, his, him, it, the court; traps where a careless checker links the pronoun to the wrong thing',
    firstRun: { precision: 1, recall: 0.375 },
  },
];
/**
 * The latest held-out batches, each written before the fixes it measures, with its first run: 239–263 (participle
 * asides, passive agents, Japanese name order, GOJ/ROK, dates of other predicates), then 264–283, written after those
 * fixes as a check that they generalise, then 284–298 (bullets, abbreviations, appositive posts, party names), then 299–323 (Q&A answers, timeline lines,
 * table rows, title-case headlines, British spelling and day-month dates, "not X but Y" corrections), then 324–338
 * (asides before "as" a post, other countries' normalization, dates in lists, reported speech, approximate shares,
 * Markdown links, agreement partners).
 */
export const HELDOUT_BATCHES = [
  { firstId: 239, lastId: 263, firstRun: { precision: 0.75, recall: 0.5 } },
  { firstId: 264, lastId: 283, firstRun: { precision: 1, recall: 0.6 } },
  { firstId: 284, lastId: 298, firstRun: { precision: 0.875, recall: 0.778 } },
  { firstId: 299, lastId: 323, firstRun: { precision: 0.75, recall: 0.462 } },
  { firstId: 324, lastId: 338, firstRun: { precision: 0.8, recall: 0.444 } },
];

/** One labelled draft sentence and the warnings it should get (none for consistent sentences and traps). */
export interface LabelledClaim {
  id: string;
  split: 'tune' | 'heldout' | 'external';
  kind: 'conflict' | 'consistent' | 'trap' | 'sources-differ';
  text: string;
  expect: { factId: string; span: string }[];
  /** For sources-differ sentences: the information finding they may get (never a warning). */
  differ?: { factId: string; span: string };
}

export interface ClaimMiss {
  item: LabelledClaim;
  /** What was expected and not found, or found and not expected. */
  expected?: { factId: string; span: string };
  got?: { factId: string; span: string; code: string };
}

export interface ClaimScore {
  sentences: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  misses: ClaimMiss[];
  falseAlarms: ClaimMiss[];
}

export function readLabelledClaims(file = LABELLED_CLAIMS): LabelledClaim[] {
  return readJsonLines<LabelledClaim>(file);
}

/**
 * Scores warnings only: a warning counts as right when it names the expected fact and underlines exactly the
 * expected words. Information findings (sources differ) never count against precision.
 */
export function scoreClaims(kb: KnowledgeBase, items: readonly LabelledClaim[]): ClaimScore {
  let tp = 0;
  const misses: ClaimMiss[] = [];
  const falseAlarms: ClaimMiss[] = [];
  for (const item of items) {
    const warnings = checkText(kb, item.text).filter((f) => f.code === 'claim-conflict');
    const got = warnings.map((f: ClaimFinding) => ({ factId: f.factId, span: item.text.slice(f.start, f.end), code: f.code }));
    const unmatched = [...got];
    for (const e of item.expect) {
      const at = unmatched.findIndex((g) => g.factId === e.factId && g.span === e.span);
      if (at >= 0) {
        tp++;
        unmatched.splice(at, 1);
      } else {
        misses.push({ item, expected: e });
      }
    }
    for (const g of unmatched) falseAlarms.push({ item, got: g });
  }
  return { sentences: items.length, ...rates(tp, falseAlarms.length, misses.length), misses, falseAlarms };
}

/** Counts with their precision and recall (1 where nothing was expected or found). */
export function rates(tp: number, fp: number, fn: number) {
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

function section(title: string, s: ClaimScore): string {
  const lines = [
    `### ${title}: ${s.sentences} sentences`,
    '',
    `precision ${s.precision.toFixed(3)} (${s.truePositives} right warnings, ${s.falsePositives} false alarms) · recall ${s.recall.toFixed(3)} (${s.falseNegatives} missed)`,
  ];
  if (s.falseAlarms.length) {
    lines.push('', 'False alarms:');
    for (const m of s.falseAlarms) lines.push(`- ${m.item.id} [${m.got!.factId}] "${m.got!.span}" in: ${m.item.text}`);
  }
  if (s.misses.length) {
    lines.push('', 'Missed:');
    for (const m of s.misses) lines.push(`- ${m.item.id} [${m.expected!.factId}] "${m.expected!.span}" in: ${m.item.text}`);
  }
  return lines.join('\n');
}

/** "first run precision 0.955 / recall 0.656; now 1.000 / 0.969": a set's figures before and after the fixes. */
function beforeAfter(first: { precision: number; recall: number }, now: ClaimScore): string {
  return `first run precision ${first.precision.toFixed(3)} / recall ${first.recall.toFixed(3)}; now ${now.precision.toFixed(3)} / ${now.recall.toFixed(3)}`;
}

/** Whether a labelled sentence belongs to a held-out batch ("heldout-239" … "heldout-263"). */
export function inBatch(item: LabelledClaim, batch: { firstId: number; lastId: number }): boolean {
  const n = Number(/^heldout-(\d+)$/.exec(item.id)?.[1]);
  return n >= batch.firstId && n <= batch.lastId;
}

/** `npm run eval` section: tuned, held-out and external figures, with the misses. */
export function run(): string {
  const kb = loadBuiltKnowledge();
  const items = readLabelledClaims();
  const heldout = items.filter((i) => i.split === 'heldout');
  return [
    '## Claim checker (labelled sentences)',
    '',
    section(
      'Tuned set',
      scoreClaims(
        kb,
        items.filter((i) => i.split === 'tune'),
      ),
    ),
    '',
    section('Held-out set (different style; each batch written before the fixes it then prompted)', scoreClaims(kb, heldout)),
    '',
    ...HELDOUT_BATCHES.flatMap((batch) => {
      const score = scoreClaims(
        kb,
        heldout.filter((i) => inBatch(i, batch)),
      );
      return [
        section(
          `Held-out batch heldout-${batch.firstId}–${batch.lastId} (written before the fixes it measures): ${beforeAfter(batch.firstRun, score)}`,
          score,
        ),
        '',
      ];
    }),
    ...EXTERNAL_SETS.flatMap((set) => {
      const score = scoreClaims(kb, readLabelledClaims(set.file));
      return [section(`${set.name} (${set.description}; never read the code): ${beforeAfter(set.firstRun, score)}`, score), ''];
    }),
  ].join('\n');
}
