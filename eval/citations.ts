/**
 * Ranking quality of the citation search on the labelled queries in test/fixtures/citations/labelled-queries.json:
 * the share of queries whose expected passage comes first (top-1) and among the first three (top-3), and the misses.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CitationSearch } from '../src/core/citations';
import type { KnowledgeBase } from '../src/core/knowledge/knowledgeBase';
import { loadKnowledgeFile } from '../src/core/knowledge/load';
import { foldTypography } from '../src/core/text/normalize';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const LABELLED_QUERIES = path.join(REPO_ROOT, 'test', 'fixtures', 'citations', 'labelled-queries.json');

/** One labelled query: what a writer types, and quotes from the passages that should come first. */
export interface LabelledQuery {
  kind: string;
  query: string;
  expected: { source: string; quote: string }[];
}

export interface RankingMiss {
  query: LabelledQuery;
  /** 1-based rank of the first expected passage, or undefined when it was not among the first ten. */
  rank: number | undefined;
  /** The passage that came first instead. */
  top: string | undefined;
}

export interface RankingReport {
  total: number;
  top1: number;
  top3: number;
  misses: RankingMiss[];
}

export function readLabelledQueries(file = LABELLED_QUERIES): LabelledQuery[] {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { queries: LabelledQuery[] }).queries;
}

/** Passage ids holding an expected quote (every copy, when a source repeats a sentence). */
export function expectedIds(kb: KnowledgeBase, q: LabelledQuery): Set<string> {
  const ids = new Set<string>();
  for (const e of q.expected) {
    const quote = foldTypography(e.quote);
    for (const p of kb.passagesOf(e.source)) if (foldTypography(p.text).includes(quote)) ids.add(p.id);
  }
  if (ids.size === 0) throw new Error(`labelled query "${q.query}": no passage of ${q.expected.map((e) => e.source).join(', ')} holds the expected quote`);
  return ids;
}

/** Runs every labelled query through a `CitationSearch` over `kb` and counts where the expected passage lands. */
export function rankLabelledSet(kb: KnowledgeBase, queries = readLabelledQueries()): RankingReport {
  const search = new CitationSearch(kb);
  const report: RankingReport = { total: queries.length, top1: 0, top3: 0, misses: [] };
  for (const q of queries) {
    const ids = expectedIds(kb, q);
    const hits = search.search(q.query, { limit: 10 });
    const at = hits.findIndex((h) => ids.has(h.passage.id));
    if (at === 0) report.top1++;
    if (at >= 0 && at < 3) report.top3++;
    if (at !== 0) report.misses.push({ query: q, rank: at >= 0 ? at + 1 : undefined, top: hits[0]?.passage.id });
  }
  return report;
}

function percent(n: number, total: number): string {
  return `${((100 * n) / total).toFixed(1)}%`;
}

/** `npm run eval` section: top-1 and top-3 shares and every miss. */
export function run(): string {
  const kb = loadKnowledgeFile(path.join(REPO_ROOT, 'dist', 'knowledge.json'));
  const r = rankLabelledSet(kb);
  const lines = [
    '### Citation search (labelled queries)',
    '',
    `${r.total} queries: top-1 ${r.top1}/${r.total} (${percent(r.top1, r.total)}, target ≥ 85%), top-3 ${r.top3}/${r.total} (${percent(r.top3, r.total)}, target ≥ 95%)`,
  ];
  if (r.misses.length > 0) {
    lines.push('', 'Not first:');
    for (const m of r.misses) {
      lines.push(`- [${m.query.kind}] "${m.query.query}": expected ${m.query.expected.map((e) => e.source).join(', ')} at rank ${m.rank ?? '>10'}; first was ${m.top ?? 'nothing'}`);
    }
  }
  return lines.join('\n');
}

if (require.main === module) console.log(run());
