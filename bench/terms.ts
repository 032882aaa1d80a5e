import * as fs from 'node:fs';
import { KnowledgeBase } from '../src/core/knowledge/knowledgeBase';
import { mentionsAt, readDraft } from '../src/core/terms/lookup';
import { hoverLookups, KNOWLEDGE_PATH, loadBenchKnowledge, measure, row, syntheticDraft, TABLE_HEAD, escapeRegExp } from './harness';

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
  const { hover, baseline: hoverBaseline } = hoverLookups(kb, draft);
  lines.push(row('hover lookup at a position (per lookup; baseline: RegExp test of the same window)', hover, hoverBaseline, '< 0.1 ms'));

  // Hover as the provider now does it: the draft read once per version by the Markdown reader, then per hover a few
  // lines around the position, markup blanked, folded and scanned. The draft carries markup: a link and a code span in
  // every fifth paragraph, a fenced block and a comment every twentieth.
  const marked = markedUpDraft(draft);
  const reading = measure(() => readDraft(marked), 7, 2);
  lines.push(row('reading a 1 MB Markdown draft, once per version (baseline: all mentions in it)', reading, all, '< 50 ms'));
  const read = readDraft(marked);
  const positions = Array.from({ length: 2000 }, (_, i) => Math.floor((((i * 7919) % 1000) / 1000) * marked.length));
  const prose = measure(() => {
    for (const p of positions) mentionsAt(kb, read, p);
  });
  lines.push(
    row(
      'hover in prose at a position of that draft (per hover, reading kept; baseline: findAt over a window)',
      { median: prose.median / positions.length, p95: prose.p95 / positions.length, runs: prose.runs },
      hover,
      '< 0.1 ms',
    ),
  );
  return lines.join('\n');
}

/** `draft` with Markdown markup dealt into its paragraphs, as a writer's memo has: links, code, fences, comments. */
function markedUpDraft(draft: string): string {
  return draft
    .split('\n\n')
    .map((p, k) => {
      if (k % 20 === 0) return `${p}\n\n\`\`\`text\nexport log line\nanother line\n\`\`\`\n\n<!-- a note to self -->`;
      if (k % 5 === 0) return `${p} See [the report](https://example.org/report.pdf) and \`notes.txt\`.`;
      return p;
    })
    .join('\n\n');
}
