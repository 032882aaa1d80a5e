import * as fs from 'node:fs';
import { KnowledgeBase } from '../src/core/knowledge/knowledgeBase';
import { hoverWindows, KNOWLEDGE_PATH, loadBenchKnowledge, measure, row, syntheticDraft, TABLE_HEAD, escapeRegExp } from './harness';

/** Index load, all mentions in a 1 MB draft, and a hover lookup, each against a baseline from the same run. */
export function run(): string {
  const raw = fs.readFileSync(KNOWLEDGE_PATH, 'utf8');
  const lines: string[] = ['### Glossary and hover', '', TABLE_HEAD];

  // Index ready = read + parse + lookups + matcher built: everything before the first hover can answer.
  const load = measure(
    () => {
      const kb = KnowledgeBase.fromJson(fs.readFileSync(KNOWLEDGE_PATH, 'utf8'));
      return kb.matcher;
    },
    15,
    3,
  );
  const readOnly = measure(() => fs.readFileSync(KNOWLEDGE_PATH, 'utf8'), 15, 3);
  lines.push(row(`index ready (${(raw.length / 1024).toFixed(0)} KB index; baseline: reading the file)`, load, readOnly, '< 20 ms'));

  const kb = loadBenchKnowledge();
  const draft = syntheticDraft(kb, 1024 * 1024);
  const aliases = kb.terms.flatMap((t) => t.aliases.map((a) => a.text));
  // Baseline: one precompiled case-insensitive RegExp of 40 aliases, as in shared/notes/speed-pitfalls.md.
  const forty = new RegExp(`\\b(?:${aliases.slice(0, 40).map(escapeRegExp).join('|')})\\b`, 'gi');
  let mentions = 0;
  const all = measure(() => (mentions = kb.matcher.findAll(draft).length));
  const regex = measure(() => draft.match(forty)?.length ?? 0);
  lines.push(
    row(
      `all mentions in a 1 MB draft (${mentions} found, ${aliases.length} aliases; baseline: RegExp of 40 aliases)`,
      all,
      regex,
      '< 20 ms',
    ),
  );

  // Hover: the provider's work at a position — findAt over the few lines around it.
  const windows = hoverWindows(draft);
  const hover = measure(() => {
    for (const w of windows) kb.matcher.findAt(w.text, w.offset);
  });
  const hoverBaseline = measure(() => {
    for (const w of windows) {
      forty.lastIndex = 0;
      forty.test(w.text);
    }
  });
  const per = (t: typeof hover) => ({ median: t.median / windows.length, p95: t.p95 / windows.length, runs: t.runs });
  lines.push(
    row('hover lookup at a position (per lookup; baseline: RegExp test of the same window)', per(hover), per(hoverBaseline), '< 0.1 ms'),
  );
  return lines.join('\n');
}
