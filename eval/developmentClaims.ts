/**
 * The development sets (test/fixtures/claims/*.jsonl: the tuned and held-out sentences, the external sets 1–11, and set 12 of sentences and paragraphs)
 * scored by place, as the frozen sets are, with the curated facts on and off. Development data: the checker was
 * fixed against these, so their figures say what it does on writing like them, not on unseen writing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readJsonLines } from './jsonLines';
import { MODES, scoreFrozen, type FrozenItem } from './frozenClaims';
import { loadBuiltKnowledge, REPO_ROOT } from './repo';

const DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'claims');

/** `npm run eval` section: every development set together, per mode. */
export function run(): string {
  const kb = loadBuiltKnowledge();
  const items = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonLines<FrozenItem>(path.join(DIR, f)));
  const lines = [`## Claim checker on the development sets (${items.length} texts, tuned on), scored by place`, ''];
  for (const { label, curatedFacts } of MODES) {
    const s = scoreFrozen(kb, items, curatedFacts);
    lines.push(
      `- ${label}: precision ${s.precision.toFixed(3)} / recall ${s.recall.toFixed(3)} (${s.truePositives} right, ${s.falsePositives} false alarms, ${s.falseNegatives} missed); ` +
        `${s.evidenceRight} of the ${s.truePositives} right show the labelled evidence (${(s.evidenceRight / s.truePositives).toFixed(3)})`,
    );
  }
  return lines.join('\n');
}
