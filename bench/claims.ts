import { checkText } from '../src/core/claims';
import { prepare } from '../src/core/claims/prepared';
import { loadBenchKnowledge, measure, row, syntheticDraft, TABLE_HEAD } from './harness';

/**
 * A full claim check of 1 MB and 100 KB drafts built from the sources' own paragraphs (so nearly every sentence
 * mentions a fact's subject: a worst case for the deep analysis), against one precompiled case-insensitive RegExp
 * pass over the same text, measured in the same run. Also one paragraph, the unit an editor re-checks on a keystroke.
 */
export function run(): string {
  const kb = loadBenchKnowledge();
  const lines: string[] = ['### Claim checker', '', TABLE_HEAD];
  const triggers = [...new Set(kb.facts.flatMap((f) => (f as { triggers: string[] }).triggers))];
  const baselineRegExp = new RegExp(`\\b(?:${triggers.slice(0, 40).map(escapeRegExp).join('|')})\\b`, 'gi');
  for (const size of [1024 * 1024, 100 * 1024]) {
    const draft = syntheticDraft(kb, size) + '\n\nSouth Korea’s Supreme Court ruled in October 2016 against Japanese firms.\n';
    let findings = 0;
    const check = measure(() => (findings = checkText(kb, draft).length), 7, 2);
    const baseline = measure(() => draft.match(baselineRegExp)?.length ?? 0, 7, 2);
    const label = size >= 1024 * 1024 ? '1 MB' : '100 KB';
    lines.push(row(`full check of a ${label} draft (${findings} findings; baseline: RegExp of 40 trigger words)`, check, baseline, size >= 1024 * 1024 ? '< 50 ms' : ''));
  }
  // The checker's first pass alone (every fact's predicate found by the term matcher): the floor of this design.
  const big = syntheticDraft(kb, 1024 * 1024);
  const { triggerMatcher } = prepare(kb);
  const firstPass = measure(() => triggerMatcher.findAll(big).length, 7, 2);
  const firstBaseline = measure(() => big.match(baselineRegExp)?.length ?? 0, 7, 2);
  lines.push(row('of which the first pass over 1 MB (finding every predicate; baseline: the same RegExp)', firstPass, firstBaseline));
  const paragraph = 'Abe and Moon met in Beijing in December 2019 at the China-Japan-Korea trilateral summit. Suga became prime minister in August 2020, after Abe resigned. The Blue House threatened to terminate GSOMIA.';
  const one = measure(() => checkText(kb, paragraph), 50, 10);
  const oneBaseline = measure(() => paragraph.match(baselineRegExp)?.length ?? 0, 50, 10);
  lines.push(row('one paragraph (3 sentences, re-checked per edit; baseline: the same RegExp)', one, oneBaseline, '< 1 ms'));
  return lines.join('\n');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
