/**
 * Quality of the claim checker on the labelled sentences in test/fixtures/claims/labelled.jsonl: precision and recall
 * of its warnings (`claim-conflict`), reported separately for the sentences it was tuned on and for the held-out
 * ones written in another style and never tuned on, with every miss and false alarm listed. The external set
 * (test/fixtures/claims/external.jsonl), written by someone who never read the checker, is reported on its own, and
 * so is the second external set (external2.jsonl), written after the fixes the first one prompted, and the third
 * (external3.jsonl), in other formats (Q&A answers, timelines, table rows, headlines, British spelling).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText, type ClaimFinding } from '../src/core/claims';
import type { KnowledgeBase } from '../src/core/knowledge/knowledgeBase';
import { loadKnowledgeFile } from '../src/core/knowledge/load';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const LABELLED_CLAIMS = path.join(REPO_ROOT, 'test', 'fixtures', 'claims', 'labelled.jsonl');
/** Sentences by an outside writer who never read the checker (split "external"). */
export const EXTERNAL_CLAIMS = path.join(REPO_ROOT, 'test', 'fixtures', 'claims', 'external.jsonl');
/** The external set's figures on its first run, before any fix prompted by it (exact-span scoring). */
export const EXTERNAL_FIRST_RUN = { precision: 0.865, recall: 0.696 };
/** A second outside writer's sentences, written after the fixes the first external set prompted (split "external"). */
export const EXTERNAL2_CLAIMS = path.join(REPO_ROOT, 'test', 'fixtures', 'claims', 'external2.jsonl');
/** The second external set's figures on its first run, before any fix prompted by it. */
export const EXTERNAL2_FIRST_RUN = { precision: 0.955, recall: 0.656 };
/** A third outside writer's sentences in other formats: Q&A, timelines, table rows, headlines, British spelling. */
export const EXTERNAL3_CLAIMS = path.join(REPO_ROOT, 'test', 'fixtures', 'claims', 'external3.jsonl');
/** The third external set's figures on its first run, before any fix prompted by it. */
export const EXTERNAL3_FIRST_RUN = { precision: 0.955, recall: 0.7 };
/**
 * The latest held-out batches, each written before the fixes it measures, with its first run: 239–263 (participle
 * asides, passive agents, Japanese name order, GOJ/ROK, dates of other predicates), then 264–283, written after those
 * fixes as a check that they generalise, then 284–298 (bullets, abbreviations, appositive posts, party names), then 299–323 (Q&A answers, timeline lines,
 * table rows, title-case headlines, British spelling and day-month dates, "not X but Y" corrections).
 */
export const HELDOUT_BATCHES = [
  { firstId: 239, lastId: 263, firstRun: { precision: 0.75, recall: 0.5 } },
  { firstId: 264, lastId: 283, firstRun: { precision: 1, recall: 0.6 } },
  { firstId: 284, lastId: 298, firstRun: { precision: 0.875, recall: 0.778 } },
  { firstId: 299, lastId: 323, firstRun: { precision: 0.75, recall: 0.462 } },
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
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as LabelledClaim;
      } catch (err) {
        throw new Error(`${file}:${i + 1}: ${(err as Error).message}`);
      }
    });
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
  const fp = falseAlarms.length;
  const fn = misses.length;
  return {
    sentences: items.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    misses,
    falseAlarms,
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
  const kb = loadKnowledgeFile(path.join(REPO_ROOT, 'dist', 'knowledge.json'));
  const items = readLabelledClaims();
  const heldout = items.filter((i) => i.split === 'heldout');
  const external = scoreClaims(kb, readLabelledClaims(EXTERNAL_CLAIMS));
  const external2 = scoreClaims(kb, readLabelledClaims(EXTERNAL2_CLAIMS));
  const external3 = scoreClaims(kb, readLabelledClaims(EXTERNAL3_CLAIMS));
  return [
    '## Claim checker (labelled sentences)',
    '',
    section('Tuned set', scoreClaims(kb, items.filter((i) => i.split === 'tune'))),
    '',
    section('Held-out set (different style; each batch written before the fixes it then prompted)', scoreClaims(kb, heldout)),
    '',
    ...HELDOUT_BATCHES.flatMap((batch) => {
      const score = scoreClaims(kb, heldout.filter((i) => inBatch(i, batch)));
      return [section(`Held-out batch heldout-${batch.firstId}–${batch.lastId} (written before the fixes it measures): ${beforeAfter(batch.firstRun, score)}`, score), ''];
    }),
    section(`External set (written without reading the checker, exact-span scoring): ${beforeAfter(EXTERNAL_FIRST_RUN, external)}`, external),
    '',
    section(`External set 2 (written after the last fixes, never read the code): ${beforeAfter(EXTERNAL2_FIRST_RUN, external2)}`, external2),
    '',
    section(`External set 3 (Q&A, timelines, tables, headlines; never read the code): ${beforeAfter(EXTERNAL3_FIRST_RUN, external3)}`, external3),
  ].join('\n');
}
