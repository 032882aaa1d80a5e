import { checkDocument } from '../src/core/claims/document';
import { prepare } from '../src/core/claims/prepared';
import { fmt, loadBenchKnowledge, measure, row, TABLE_HEAD, uniqueParagraphDraft, escapeRegExp, writtenProseDraft } from './harness';

/**
 * A full claim check of 1 MB and 100 KB drafts in which no paragraph repeats, made of the sources' own sentences (so
 * nearly every sentence mentions a fact's subject: a worst case for the close reading), through `checkDocument`, the
 * path the CLI and the editor's first check take, against one precompiled case-insensitive RegExp pass over the same
 * text, measured in the same run.
 *
 * The first check in a process pays for V8's compilation of the checker, and V8 goes on optimising it for about thirty
 * more (measured: checks 6-20 of a process took 50-56 ms, checks 35-45 took 44-49 ms on this machine). The target row
 * is the steady state, after 30 checks; the first check and checks 2-11 are reported on lines of their own, since a
 * one-off `sourcebook check` pays the first and an editor session the first few.
 */
export function run(): string {
  const kb = loadBenchKnowledge();
  const lines: string[] = ['### Claim checker', '', TABLE_HEAD];
  const triggers = [...new Set(kb.facts.flatMap((f) => (f as { triggers: string[] }).triggers))];
  const baselineRegExp = new RegExp(`\\b(?:${triggers.slice(0, 40).map(escapeRegExp).join('|')})\\b`, 'gi');
  const planted = '\n\nSouth Korea’s Supreme Court ruled in October 2016 against Japanese firms.\n';
  const big = uniqueParagraphDraft(kb, 1024 * 1024) + planted;
  const first = timeOnce(() => checkDocument(kb, big));
  const early = measure(() => checkDocument(kb, big), 10, 0);
  for (const draft of [big, uniqueParagraphDraft(kb, 100 * 1024) + planted]) {
    let findings = 0;
    const check = measure(() => (findings = checkDocument(kb, draft).findings.length), 21, 20);
    const baseline = measure(() => draft.match(baselineRegExp)?.length ?? 0, 15, 5);
    const label = draft === big ? '1 MB' : '100 KB';
    lines.push(
      row(
        `full check of a ${label} draft (${findings} findings; baseline: RegExp of 40 trigger words)`,
        check,
        baseline,
        draft === big ? '≤ 100 ms' : '',
      ),
    );
  }
  // The statements read from the sources alone (--no-curated), and drafts in writers' own words, where no sentence
  // is a source's and every one is lined up with the passages.
  const prose = writtenProseDraft(1024 * 1024);
  const cases: [string, string, boolean][] = [
    ["1 MB draft of the sources' sentences, curated facts off", big, false],
    ["1 MB draft in writers' own words (the labelled sets' texts)", prose, true],
    ["1 MB draft in writers' own words, curated facts off", prose, false],
  ];
  for (const [label, draft, curatedFacts] of cases) {
    let findings = 0;
    const check = measure(() => (findings = checkDocument(kb, draft, { curatedFacts }).findings.length), 11, 10);
    const baseline = measure(() => draft.match(baselineRegExp)?.length ?? 0, 15, 5);
    lines.push(row(`full check of a ${label} (${findings} findings; baseline: the same RegExp)`, check, baseline, '≤ 100 ms'));
  }
  lines.push(`| the first full check of the 1 MB draft in this process (V8 still compiling the checker) | ${fmt(first)} | | | | |`);
  lines.push(`| checks 2-11 of the 1 MB draft in this process (V8 still optimising) | ${fmt(early.median)} | ${fmt(early.p95)} | | | |`);
  // The checker's first pass alone (every fact's predicate found by the term matcher): the floor of this design.
  const { triggerMatcher } = prepare(kb);
  const firstPass = measure(() => triggerMatcher.findAll(big).length, 15, 5);
  const firstBaseline = measure(() => big.match(baselineRegExp)?.length ?? 0, 15, 5);
  lines.push(row('of which the first pass over 1 MB (finding every predicate; baseline: the same RegExp)', firstPass, firstBaseline));
  const paragraph =
    'Abe and Moon met in Beijing in December 2019 at the China-Japan-Korea trilateral summit. Suga became prime minister in August 2020, after Abe resigned. The Blue House threatened to terminate GSOMIA.';
  const one = measure(() => checkDocument(kb, paragraph), 50, 10);
  const oneBaseline = measure(() => paragraph.match(baselineRegExp)?.length ?? 0, 50, 10);
  lines.push(row('one paragraph (3 sentences, re-checked per edit; baseline: the same RegExp)', one, oneBaseline, '< 1 ms'));
  return lines.join('\n');
}

function timeOnce(fn: () => unknown): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
