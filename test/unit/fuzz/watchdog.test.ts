import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerMessage, WorkerRequest } from './analysisWorker';
import { MarkdownFuzzer } from './markdownFuzz';
import { realKnowledge } from '../helpers/knowledge';

/**
 * Every analysis of a draft must return, quickly, on any Markdown a writer can produce. A loop that never advances
 * is invisible to mocha's timeout (it cannot interrupt synchronous code), so the analyses run in a worker thread and
 * this watchdog ends the thread when an input makes no progress, and names the input.
 */

/** No progress message for this long means a hang (the slowest real input takes a few milliseconds). */
const HANG_MS = 5_000;
/** The issue's bound for a draft of up to 1 KB; a slow input is run again, up to five times, and its least time counts, so noise rarely does. */
const SMALL_INPUT_MS = 100;

const WORKER = path.join(__dirname, 'analysisWorker.js');

/** Sends one request and collects the messages until the worker finishes it, or reports the input it hung on. */
function runGuarded(request: WorkerRequest): Promise<WorkerMessage[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER);
    const messages: WorkerMessage[] = [];
    let current: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Loading the knowledge takes a moment; the clock starts once the worker says it is ready.
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
        const input = request.kind === 'inputs' && current !== undefined ? request.inputs[current] : undefined;
        reject(new Error(`no progress for ${HANG_MS} ms${input !== undefined ? ` on input ${current}: ${JSON.stringify(input)}` : ''}`));
      }, HANG_MS);
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'ready') {
        arm();
        worker.postMessage(request);
        return;
      }
      arm();
      if (message.kind === 'start') current = message.index;
      else if (message.kind === 'finished') {
        clearTimeout(timer);
        void worker.terminate();
        resolve(messages);
      } else messages.push(message);
    });
    worker.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

function sourceSentences(): string[] {
  return realKnowledge().passages.map((p) => p.text);
}

describe('analysis of generated Markdown, under a watchdog', function () {
  this.timeout(120_000);

  it('returns on the Markdown shapes that once hung the checker', async () => {
    const inputs = [
      '# Memo\nGSOMIA was terminated in 2016.',
      '> quote\nGSOMIA was terminated in 2016.',
      '- x\nwomen',
      '1. x\nSuga became prime minister in 2019.',
    ];
    const done = await runGuarded({ kind: 'inputs', inputs });
    assert.equal(done.length, inputs.length);
  });

  it('analyses 1,500 generated drafts of up to 1 KB, each in under 100 ms', async () => {
    const sentences = sourceSentences();
    const inputs: string[] = [];
    for (let seed = 1; inputs.length < 1500; seed++) {
      const fuzzer = new MarkdownFuzzer(sentences, seed);
      for (let k = 0; k < 10; k++) inputs.push(fuzzer.draft(1024));
    }
    const done = await runGuarded({ kind: 'inputs', inputs });
    assert.equal(done.length, inputs.length);
    // The first inputs pay for compiling the analysis; they are not what this measures.
    const slow = done.filter((m) => m.kind === 'done' && m.index >= 20 && m.ms > SMALL_INPUT_MS);
    assert.deepEqual(
      slow.map((m) => m.kind === 'done' && { ms: Math.round(m.ms), input: inputs[m.index] }),
      [],
    );
  });

  it('takes time in proportion to a 1 MB draft\u2019s length, not to its square', async () => {
    const sentences = sourceSentences();
    for (const seed of [7, 8]) {
      const whole = new MarkdownFuzzer(sentences, seed).longDraft(1_048_576);
      const quarter = whole.slice(0, whole.length / 4);
      // Warm-up first (the same drafts, untimed by the comparison), then the least of three runs of each.
      const [message] = await runGuarded({ kind: 'sizes', drafts: [quarter, quarter, whole], repeats: 3 });
      assert.ok(message.kind === 'sizes');
      const [, small, large] = message.results;
      const ratio = large.ms / small.ms;
      // Four times the text: linear work takes about 4x; quadratic work would take 16x.
      assert.ok(ratio < 8, `seed ${seed}: 1 MB took ${large.ms.toFixed(1)} ms, 256 KB ${small.ms.toFixed(1)} ms (${ratio.toFixed(1)}x)`);
    }
  });
});
