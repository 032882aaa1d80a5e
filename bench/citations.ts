import * as os from 'node:os';
import { citedKeys, CitationSearch, planCitationInsertion } from '../src/core/citations';
import { contentWords, foldForSearch } from '../src/core/citations/searchText';
import type { Passage } from '../src/core/knowledge/types';
import { readLabelledQueries } from '../eval/citations';
import { fmt, loadBenchKnowledge, measure, row, summarise, syntheticDraft, TABLE_HEAD, type Timing } from './harness';

const SYNTHETIC_PASSAGES = 100_000;

/**
 * Citation search latency per query (median and p95 over the labelled queries, several rounds) on the bundled
 * passages and on a synthetic corpus of 100,000 passages, each beside a baseline from the same run: a plain scan
 * that folds nothing at query time and only checks which passages `includes` every query word.
 */
export function run(): string {
  const kb = loadBenchKnowledge();
  const queries = readLabelledQueries().map((q) => q.query);
  const lines = ['### Citation search', '', TABLE_HEAD];

  const bundled = new CitationSearch(kb);
  const bundledBaseline = includesScan(kb.passages);
  const bundledTiming = perQuery(queries, (q) => bundled.search(q));
  const bundledCpu = lastCpu;
  lines.push(
    row(
      `search, ${kb.passages.length} bundled passages (per query; baseline: includes scan)`,
      bundledTiming,
      perQuery(queries, bundledBaseline),
      'p95 < 5 ms',
    ),
  );

  // Whole-draft scans the editor runs on demand: cited keys (bibliography export) and footnote numbering (insertion).
  const draft = syntheticDraft(kb, 1024 * 1024).replace(/\.\n/g, '. [@sakata2020, para. 3] `[@not-a-key]`[^1]\n');
  const anyAt = measure(() => draft.match(/@[\w-]+/g)?.length ?? 0);
  lines.push(
    row(
      'citedKeys, 1 MB draft with a citation, a code span and a footnote per paragraph (baseline: one /@[\\w-]+/g pass)',
      measure(() => citedKeys(draft)),
      anyAt,
    ),
  );
  lines.push(
    row(
      'footnote insertion plan, same draft (baseline: same RegExp pass)',
      measure(() =>
        planCitationInsertion(kb, draft, 1000, { source: 'sakata2020', passage: kb.passagesOf('sakata2020')[3].id }, 'footnote'),
      ),
      anyAt,
    ),
  );

  const synthetic = syntheticPassages(kb.passages, SYNTHETIC_PASSAGES);
  const t0 = process.hrtime.bigint();
  const big = CitationSearch.overPassages(synthetic, kb.sources);
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const bigBaseline = includesScan(synthetic);
  const bigTiming = perQuery(queries, (q) => big.search(q));
  const bigCpu = lastCpu;
  lines.push(
    row(
      `search, ${SYNTHETIC_PASSAGES.toLocaleString('en-US')} synthetic passages (per query; baseline: includes scan)`,
      bigTiming,
      perQuery(queries, bigBaseline),
      'p95 < 50 ms',
    ),
  );
  lines.push(
    '',
    `Index build over the synthetic corpus (once, not per query): ${fmt(buildMs)}. Wall-clock times; load average ` +
      `at the end of the run ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores (other work on the machine inflates the p95). ` +
      `CPU time per query, which load does not inflate: bundled median ${fmt(bundledCpu.median)}, p95 ${fmt(bundledCpu.p95)}; ` +
      `synthetic median ${fmt(bigCpu.median)}, p95 ${fmt(bigCpu.p95)}.`,
  );
  return lines.join('\n');
}

/** CPU time per query of the last `perQuery` run: unlike wall time, not inflated when other work takes the cores. */
let lastCpu: Timing = { median: NaN, p95: NaN, runs: 0 };

/** CPU time per query of the last `perQuery` run (see `lastCpu`). */
export function lastQueryCpu(): Timing {
  return lastCpu;
}

/** Wall-clock latency of each query, over five rounds after two warm-up rounds (so the JIT has settled). */
export function perQuery(queries: readonly string[], fn: (q: string) => unknown): Timing {
  for (let round = 0; round < 2; round++) for (const q of queries) fn(q);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      fn(q);
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  lastCpu = summarise(cpu);
  return summarise(samples);
}

/** The baseline: passages whose folded text contains every query word (folded once up front, like the index). */
export function includesScan(passages: readonly Passage[]): (q: string) => number {
  const folded = passages.map((p) => ` ${foldForSearch(p.text)} `);
  return (q) => {
    const words = contentWords(foldForSearch(q));
    let found = 0;
    for (const text of folded) if (words.every((w) => text.includes(w))) found++;
    return found;
  };
}

/**
 * `count` passages made of halves of real ones (deterministic), so word frequencies and sentence lengths stay those
 * of the sources while every passage is new.
 */
function syntheticPassages(real: readonly Passage[], count: number): Passage[] {
  let seed = 0x9e3779b9;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x100000000;
  };
  const out: Passage[] = [];
  for (let i = 0; i < count; i++) {
    const a = real[Math.floor(next() * real.length)];
    const b = real[Math.floor(next() * real.length)];
    const aw = a.text.split(' ');
    const bw = b.text.split(' ');
    const text = [...aw.slice(0, Math.ceil(aw.length / 2)), ...bw.slice(Math.floor(bw.length / 2))].join(' ');
    out.push({ id: `synthetic#${i}`, source: a.source, index: i, start: 0, end: text.length, text });
  }
  return out;
}
