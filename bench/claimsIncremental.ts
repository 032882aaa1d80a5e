import { checkDocument, type DocumentFinding } from '../src/core/claims/document';
import { ParagraphCache } from '../src/core/claims/incremental';
import { loadBenchKnowledge, measure, row, TABLE_HEAD, uniqueParagraphDraft } from './harness';

/**
 * What the editor pays per keystroke burst: re-checking a 1 MB draft after one paragraph changed, through the
 * paragraph cache, against a full check of the same draft measured in the same run.
 */
export function run(): string {
  const kb = loadBenchKnowledge();
  const draft = uniqueParagraphDraft(kb, 1024 * 1024);
  // Alternate between two versions of one paragraph mid-document, so every measured re-check has one real miss.
  const middle = draft.indexOf('\n\n', draft.length / 2) + 2;
  const versions = [draft, `${draft.slice(0, middle)}Japan and South Korea normalized relations in 1966.\n\n${draft.slice(middle)}`];
  const cache = new ParagraphCache<DocumentFinding>();
  checkDocument(kb, draft, { cache });
  let turn = 0;
  let analysed = 0;
  const incremental = measure(
    () => {
      const check = checkDocument(kb, versions[++turn % 2], { cache });
      analysed = check.stats.analysed;
      return check;
    },
    9,
    2,
  );
  let findings = 0;
  const full = measure(() => (findings = checkDocument(kb, draft).findings.length), 9, 3);
  return [
    '### Claim checking (editor re-checks)',
    '',
    TABLE_HEAD,
    row(
      `re-check of a 1 MB draft after a one-paragraph edit (${analysed} paragraph analysed; baseline: full check, ${findings} findings)`,
      incremental,
      full,
      '< 0.5× baseline',
    ),
  ].join('\n');
}
