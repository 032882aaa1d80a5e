/**
 * Runs in a worker thread under the fuzz test's watchdog: every analysis the editor and the CLI run over a draft's
 * text, for each input it is sent. A loop that never ends here cannot freeze the test run: the watchdog on the main
 * thread sees no progress message and terminates this thread, naming the input.
 */
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { CitationSearch } from '../../../src/core/citations/search';
import { citedKeys } from '../../../src/core/citations/citedKeys';
import { codeRanges } from '../../../src/core/citations/markdownCode';
import { scanFootnotes } from '../../../src/core/citations/footnotes';
import { checkText } from '../../../src/core/claims';
import { checkDocument, type DocumentFinding } from '../../../src/core/claims/document';
import { ParagraphCache } from '../../../src/core/claims/incremental';
import { readAsProse } from '../../../src/core/claims/markdown';
import { findIgnoreDirectives, sentenceAt } from '../../../src/core/claims/suppressions';
import { realKnowledge } from '../helpers/knowledge';

/** Messages to the watchdog. */
export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'start'; index: number }
  | { kind: 'done'; index: number; ms: number }
  | { kind: 'sizes'; results: { chars: number; ms: number }[] }
  | { kind: 'finished' };

/** What the watchdog sends: inputs to analyse one by one, or drafts to time whole (the linear-time check). */
export type WorkerRequest = { kind: 'inputs'; inputs: string[] } | { kind: 'sizes'; drafts: string[]; repeats: number };

const kb = realKnowledge();
const search = new CitationSearch(kb);
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

/** Every analysis of the text; the result is folded into a number so nothing is optimised away. */
function analyseAll(text: string): number {
  let seen = checkText(kb, text, { includeUnsupported: true }).length;
  // The editor's path: a cached check, an edit in the middle, and the re-check of the changed paragraphs only.
  const cache = new ParagraphCache<DocumentFinding>();
  seen += checkDocument(kb, text, { cache }).findings.length;
  const middle = Math.floor(text.length / 2);
  const edited = `${text.slice(0, middle)} It was signed in 2016.\n${text.slice(middle)}`;
  seen += checkDocument(kb, edited, { cache }).findings.length;
  // Hover's scan, the citation commands' readers and the ignore rules.
  seen += kb.matcher.findAll(text).length;
  for (const at of [0, middle, text.length])
    seen += kb.matcher.findAt(text, at, true).length + sentenceAt(text, { start: at, end: at }).length;
  seen += citedKeys(text).length + codeRanges(text).length + findIgnoreDirectives(text).length + readAsProse(text).length;
  seen += scanFootnotes(text).labels.size;
  seen += search.search(text.slice(middle, middle + 120), { limit: 5 }).length;
  return seen;
}

parentPort!.on('message', (request: WorkerRequest) => {
  if (request.kind === 'inputs') {
    request.inputs.forEach((text, index) => {
      post({ kind: 'start', index });
      // Slow once may be the machine (a collection, another process); the least of up to five runs is the code.
      let ms = Infinity;
      for (let attempt = 0; attempt < 5 && ms > 100; attempt++) {
        const started = performance.now();
        analyseAll(text);
        ms = Math.min(ms, performance.now() - started);
      }
      post({ kind: 'done', index, ms });
    });
  } else {
    const results = request.drafts.map((text, index) => {
      let ms = Infinity;
      for (let r = 0; r < request.repeats; r++) {
        post({ kind: 'start', index });
        const started = performance.now();
        checkDocument(kb, text);
        kb.matcher.findAll(text);
        citedKeys(text);
        findIgnoreDirectives(text);
        ms = Math.min(ms, performance.now() - started);
      }
      return { chars: text.length, ms };
    });
    post({ kind: 'sizes', results });
  }
  post({ kind: 'finished' });
});
post({ kind: 'ready' });
