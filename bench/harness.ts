import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadKnowledgeFile } from '../src/node/knowledgeIndex';
import type { KnowledgeBase } from '../src/core/knowledge/knowledgeBase';
import { splitSentences } from '../src/core/text/sentences';

/** Repository root (benchmarks run from out/bench). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const KNOWLEDGE_PATH = path.join(REPO_ROOT, 'dist', 'knowledge.json');

/** Timing summary in milliseconds. */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and summarises. Median and p95, never a single sample. */
export function measure(fn: () => unknown, runs = 7, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return summarise(samples);
}

/** Median and 95th percentile of samples in ms. */
export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

/** A realistic Markdown draft of about `bytes` characters built from the five sources' paragraphs. */
export function syntheticDraft(kb: KnowledgeBase, bytes: number): string {
  const paragraphs = kb.sources.flatMap((s) => s.text.split(/\n+/).filter((p) => p.length > 80));
  return assembleDraft(bytes, (n) => paragraphs[n % paragraphs.length]);
}

/** The sources' sentences, from their paragraphs of more than 80 characters: what the bench's drafts are made of. */
export function sourceSentences(kb: KnowledgeBase): string[] {
  // Cut by the product's own splitter: a second, simpler one cut "U.S. Secretary" and "Donald J. Trump" apart and
  // glued the pieces into sentences no writer would write, which the checker then read on every run. Only whole
  // sentences: a seed's pieces that end no sentence (an article cut off at "… for Korean and", a byline ending in
  // "*", a photo credit, a link) ran on into whatever sentence was dealt after them, making a new run-on sentence
  // in each of some 160 documents of the generated library — passages no real library holds, each of which a check
  // of the own-words memo lined up with the draft's sentences one by one.
  return kb.sources.flatMap((s) =>
    s.text
      .split(/\n+/)
      .filter((p) => p.length > 80)
      .flatMap((p) => splitSentences(p).map((r) => p.slice(r.start, r.end)))
      .filter(endsSentence),
  );
}

/** Whether a piece of text ends as a sentence does: a full stop, question or exclamation mark, maybe in quotes. */
function endsSentence(text: string): boolean {
  return /[.!?]["”’)\]]*$/.test(text.trim());
}

/**
 * A draft of about `bytes` characters in which no paragraph repeats: the sources' sentences dealt into paragraphs of
 * three to six by a seeded shuffle. A draft of whole repeated paragraphs would let the paragraph cache serve 19 of
 * every 20 from memory, which no real draft allows; this one makes every paragraph a miss, and keeps the sources'
 * density of facts (nearly every sentence states one: the worst case for the checker).
 */
export function uniqueParagraphDraft(kb: KnowledgeBase, bytes: number): string {
  const sentences = sourceSentences(kb);
  const random = seededRandom(20261123);
  return assembleDraft(bytes, () => {
    const count = 3 + Math.floor(random() * 4);
    return Array.from({ length: count }, () => sentences[Math.floor(random() * sentences.length)]).join(' ');
  });
}

/**
 * The labelled sets the prose draft is dealt from: those there were when the list was fixed (2026-12-06). A set added
 * since would change the draft, and with it every figure measured on it, so that no two sessions' figures compare.
 */
const PROSE_SETS = [
  'external.jsonl',
  'external10.jsonl',
  'external11.jsonl',
  'external12-paragraphs.jsonl',
  'external12-sentences.jsonl',
  'external13-paragraphs.jsonl',
  'external13-sentences.jsonl',
  'external14-paragraphs.jsonl',
  'external14-sentences.jsonl',
  'external15-paragraphs.jsonl',
  'external15-sentences.jsonl',
  'external16-paragraphs.jsonl',
  'external16-sentences.jsonl',
  'external2.jsonl',
  'external3.jsonl',
  'external4.jsonl',
  'external5.jsonl',
  'external6.jsonl',
  'external7.jsonl',
  'external8.jsonl',
  'external9.jsonl',
  'labelled.jsonl',
];

/**
 * A draft of about `bytes` characters of memo prose written by people, not copied from the sources: the texts of the
 * labelled claim sets (test/fixtures/claims, sentences and paragraphs in writers' own words, a third of them with a
 * wrong detail) dealt into paragraphs of one to three by a seeded shuffle. Every sentence is read and lined up with
 * the passages, where a source's own sentence is recognised as a quote and passed over.
 */
export function writtenProseDraft(bytes: number): string {
  const dir = path.join(REPO_ROOT, 'test', 'fixtures', 'claims');
  const texts = PROSE_SETS.flatMap((f) =>
    fs
      .readFileSync(path.join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text: string }).text)
      // A text with a code fence would, dealt among others, fence off everything up to the next text's fence.
      .filter((t) => !/^\s*(?:```|~~~)/m.test(t)),
  );
  const random = seededRandom(20261205);
  return assembleDraft(bytes, () => {
    const count = 1 + Math.floor(random() * 3);
    return Array.from({ length: count }, () => texts[Math.floor(random() * texts.length)]).join(' ');
  });
}

/** A memo of about `bytes` characters: a title, then paragraph `n` for n = 0, 1, …, with a section heading every 17. */
function assembleDraft(bytes: number, paragraph: (n: number) => string): string {
  const parts: string[] = ['# Memo: trilateral cooperation\n'];
  let size = parts[0].length;
  for (let n = 0; size < bytes; n++) {
    const p = paragraph(n);
    const chunk = n % 17 === 0 ? `\n## Section ${n}\n\n${p}\n` : `\n${p}\n`;
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('').slice(0, bytes);
}

/** A small deterministic PRNG (mulberry32), so every run of the bench checks the same draft. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 2,000 spread positions in `draft`, each with the few lines around it: what a hover provider looks at. */
export function hoverWindows(draft: string): { text: string; offset: number }[] {
  const positions = Array.from({ length: 2000 }, (_, i) => Math.floor((((i * 7919) % 1000) / 1000) * draft.length));
  return positions.map((p) => {
    const start = Math.max(0, draft.lastIndexOf('\n', Math.max(0, p - 400)));
    const end = Math.min(draft.length, p + 400);
    return { text: draft.slice(start, end), offset: p - start };
  });
}

export function loadBenchKnowledge(): KnowledgeBase {
  return loadKnowledgeFile(KNOWLEDGE_PATH);
}

/** A table row: what, the figure, the baseline measured in the same run, and the ratio between them. */
export function row(what: string, t: Timing, baseline: Timing, target?: string): string {
  const ratio = baseline.median > 0 ? t.median / baseline.median : NaN;
  return `| ${what} | ${fmt(t.median)} | ${fmt(t.p95)} | ${fmt(baseline.median)} | ${ratio.toFixed(2)}× | ${target ?? ''} |`;
}

export const TABLE_HEAD = '| what | median | p95 | baseline median | × baseline | target |\n|---|---|---|---|---|---|';

export function fmt(ms: number): string {
  return ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

/** `s` as a RegExp matches it literally: what the baselines build their alternations from. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The term matcher's work per hover (`findAt` over the few lines around a position, for every window of `draft`),
 * beside a RegExp of the first 40 aliases tested on the same windows: per-lookup timings.
 */
export function hoverLookups(kb: KnowledgeBase, draft: string): { hover: Timing; baseline: Timing } {
  const windows = hoverWindows(draft);
  const aliases = kb.terms.flatMap((t) => t.aliases.map((a) => a.text));
  const forty = new RegExp(`\\b(?:${aliases.slice(0, 40).map(escapeRegExp).join('|')})\\b`, 'gi');
  kb.matcher.findAt(windows[0].text, windows[0].offset);
  const per = (t: Timing) => ({ median: t.median / windows.length, p95: t.p95 / windows.length, runs: t.runs });
  const hover = measure(() => {
    for (const w of windows) kb.matcher.findAt(w.text, w.offset);
  });
  const baseline = measure(() => {
    for (const w of windows) {
      forty.lastIndex = 0;
      forty.test(w.text);
    }
  });
  return { hover: per(hover), baseline: per(baseline) };
}
