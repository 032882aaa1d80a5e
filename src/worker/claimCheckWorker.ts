/**
 * The claim checker's thread in the editor (bundled as dist/claimCheckWorker.js). The checker is fast on every input
 * the test suite generates, but it is a large piece of text analysis: run on the extension host's own thread, one
 * input that makes it loop or crawl would freeze every extension in the window. Here it can only freeze itself, and
 * the editor side (`ClaimCheckClient`) stops the thread when a check runs past its time budget.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkDocument, type DocumentFinding } from '../core/claims/document';
import { ParagraphCache } from '../core/claims/incremental';
import { IgnoredClaims } from '../core/claims/suppressions';
import type { KnowledgeBase } from '../core/knowledge/knowledgeBase';
import { loadCheckerKnowledge } from '../node/library/checkerKnowledge';
import type { ClaimWorkerData, ClaimWorkerReply, ClaimWorkerRequest } from './claimCheckProtocol';

const { knowledgeFile } = workerData as ClaimWorkerData;
/** One paragraph cache per open document: a re-check after an edit analyses only the changed paragraphs. */
const caches = new Map<string, ParagraphCache<DocumentFinding>>();
const reply = (message: ClaimWorkerReply) => parentPort!.postMessage(message);

let kb: KnowledgeBase;
void (async () => {
  try {
    // The bundled knowledge, or a writer's library read from the sources cache with its statement index.
    const notes: string[] = [];
    kb = await loadCheckerKnowledge(knowledgeFile, (line) => notes.push(line));
    // V8 compiles the checker on its first run, which costs far more than a check: pay it before taking requests, so
    // the time budget of a check measures the check. Any passage of the sources serves as a warm-up text.
    checkDocument(
      kb,
      kb.passages
        .slice(0, 20)
        .map((p) => p.text)
        .join('\n\n'),
      { includeUnsupported: true },
    );
    reply({ ready: true, notes });
  } catch (err) {
    reply({ fatal: (err as Error).message });
  }
})();

parentPort!.on('message', (request: ClaimWorkerRequest) => {
  if (request.kind === 'forget') {
    caches.delete(request.document);
    return;
  }
  try {
    let cache = caches.get(request.document);
    if (!cache) caches.set(request.document, (cache = new ParagraphCache<DocumentFinding>()));
    const ignored = request.ignored && new IgnoredClaims(request.ignored.claims, request.ignored.file);
    reply({
      id: request.id,
      check: checkDocument(kb, request.text, {
        cache,
        includeUnsupported: request.includeUnsupported,
        curatedFacts: request.curatedFacts,
        ignored,
      }),
    });
  } catch (err) {
    reply({ id: request.id, error: (err as Error).message });
  }
});
