/**
 * The editor's side of the claim-checking worker thread: one check at a time, a newer request for a document
 * replacing its older queued one, and a time budget per check. A check that runs past its budget is abandoned: the
 * thread is terminated (which stops even a loop that never yields) and a fresh one starts for the next request.
 * Editor-independent (Node's worker_threads only), so the unit tests drive it as the extension does.
 */
import { Worker } from 'node:worker_threads';
import type { DocumentCheck } from '../core/claims/document';
import type { IgnoredClaims } from '../core/claims/suppressions';
import type { CheckRequest, ClaimWorkerData, ClaimWorkerReply, ClaimWorkerRequest } from './claimCheckProtocol';

/** How a requested check ended. */
export type CheckOutcome =
  | { status: 'done'; check: DocumentCheck; ms: number }
  /** A newer request for the same document arrived before this one ran, or the client was disposed. */
  | { status: 'superseded' }
  /** It ran past the budget and was stopped; the document's findings are unknown. */
  | { status: 'overBudget'; budgetMs: number }
  /** The checker threw, could not start, or its thread died (the message says why). */
  | { status: 'failed'; message: string };

export interface ClaimCheckClientOptions {
  /** The worker's script (dist/claimCheckWorker.js in the extension). */
  workerFile: string;
  /** The compiled knowledge the thread loads when it starts; `useKnowledge` points later threads elsewhere. */
  knowledgeFile: string;
  /** How long one check may take once the thread is ready. */
  budgetMs: number;
  /** How long a fresh thread may take to load the knowledge and compile the checker (default 30 s). */
  startupBudgetMs?: number;
  /**
   * Told each time a thread is ready, with how long it took to start (the knowledge is loaded from then on) and its
   * notes (a damaged cache rebuilt).
   */
  onReady?: (ms: number, notes: readonly string[]) => void;
}

interface Pending {
  request: CheckRequest;
  budgetMs: number;
  resolve: (outcome: CheckOutcome) => void;
}

interface RunningCheck {
  pending: Pending;
  started: number;
  timer?: ReturnType<typeof setTimeout>;
}

export class ClaimCheckClient {
  private worker: Worker | undefined;
  private ready = false;
  private startupTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly queue: Pending[] = [];
  private running: RunningCheck | undefined;
  private nextId = 1;
  private disposed = false;
  private knowledgeFile: string;

  constructor(private readonly options: ClaimCheckClientOptions) {
    this.knowledgeFile = options.knowledgeFile;
  }

  /** The knowledge file the current or next thread loads. */
  get currentKnowledgeFile(): string {
    return this.knowledgeFile;
  }

  /**
   * Checks against the knowledge in `file` from now on (the writer's sources were read or changed). The thread holding
   * the old knowledge is stopped (a check running in it ends as superseded: its findings belong to the old knowledge)
   * and the next check starts a fresh one. Calling it again with the same file, even one rewritten since, reloads.
   */
  useKnowledge(file: string): void {
    this.knowledgeFile = file;
    if (!this.worker) return;
    this.stopWorker();
    this.finish({ status: 'superseded' });
    this.pump();
  }

  /**
   * Checks `text` as the content of `document`; resolves when the check ends, however it ends. `budgetMs` overrides
   * the client's budget for this check.
   */
  check(
    document: string,
    text: string,
    options: { includeUnsupported: boolean; curatedFacts?: boolean; ignored?: IgnoredClaims; budgetMs?: number },
  ): Promise<CheckOutcome> {
    if (this.disposed) return Promise.resolve({ status: 'failed', message: 'the claim checker was shut down' });
    for (let k = this.queue.length - 1; k >= 0; k--) {
      if (this.queue[k].request.document !== document) continue;
      this.queue[k].resolve({ status: 'superseded' });
      this.queue.splice(k, 1);
    }
    const ignored =
      options.ignored && options.ignored.size > 0 ? { file: options.ignored.file, claims: [...options.ignored.claims] } : undefined;
    const request: CheckRequest = {
      kind: 'check',
      id: this.nextId++,
      document,
      text,
      includeUnsupported: options.includeUnsupported,
      curatedFacts: options.curatedFacts ?? true,
      ignored,
    };
    return new Promise((resolve) => {
      this.queue.push({ request, budgetMs: options.budgetMs ?? this.options.budgetMs, resolve });
      this.pump();
    });
  }

  /** Drops what the worker keeps for `document` (closed). */
  forget(document: string): void {
    if (this.worker) this.post({ kind: 'forget', document });
  }

  dispose(): void {
    this.disposed = true;
    for (const pending of this.queue.splice(0)) pending.resolve({ status: 'superseded' });
    this.finish({ status: 'superseded' });
    this.stopWorker();
  }

  /** Starts the next queued check once the thread is ready (starting a thread when there is none). */
  private pump(): void {
    if (this.running || this.disposed || this.queue.length === 0) return;
    if (!this.worker) this.startWorker();
    if (!this.ready) return;
    const pending = this.queue.shift()!;
    const { budgetMs } = pending;
    const running: RunningCheck = { pending, started: Date.now() };
    running.timer = setTimeout(() => {
      // Terminating the thread is the only way to stop synchronous code; its caches go with it.
      this.stopWorker();
      this.finish({ status: 'overBudget', budgetMs });
    }, budgetMs);
    this.running = running;
    this.post(pending.request);
  }

  private finish(outcome: CheckOutcome): void {
    const running = this.running;
    if (!running) return;
    clearTimeout(running.timer);
    this.running = undefined;
    running.pending.resolve(outcome);
    this.pump();
  }

  /** A thread that cannot start fails every queued check with its reason; the next request tries a fresh one. */
  private failAll(message: string): void {
    this.stopWorker();
    this.finish({ status: 'failed', message });
    for (const pending of this.queue.splice(0)) pending.resolve({ status: 'failed', message });
  }

  private post(message: ClaimWorkerRequest): void {
    this.worker?.postMessage(message);
  }

  private startWorker(): void {
    const data: ClaimWorkerData = { knowledgeFile: this.knowledgeFile };
    const worker = new Worker(this.options.workerFile, { workerData: data });
    this.worker = worker;
    this.ready = false;
    const startupBudgetMs = this.options.startupBudgetMs ?? 30_000;
    const started = Date.now();
    this.startupTimer = setTimeout(
      () => this.failAll(`the claim checker did not start within ${startupBudgetMs / 1000} s`),
      startupBudgetMs,
    );
    worker.on('message', (reply: ClaimWorkerReply) => {
      if (this.worker !== worker) return;
      if ('ready' in reply) {
        clearTimeout(this.startupTimer);
        this.ready = true;
        this.options.onReady?.(Date.now() - started, reply.notes ?? []);
        this.pump();
      } else if ('fatal' in reply) {
        this.failAll(reply.fatal);
      } else if (reply.id === this.running?.pending.request.id) {
        const ms = Date.now() - this.running.started;
        this.finish('error' in reply ? { status: 'failed', message: reply.error } : { status: 'done', check: reply.check, ms });
      }
    });
    worker.on('error', (err) => {
      if (this.worker === worker) this.failAll(`the claim checker's thread failed: ${err.message}`);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.failAll("the claim checker's thread ended unexpectedly");
    });
  }

  private stopWorker(): void {
    clearTimeout(this.startupTimer);
    const worker = this.worker;
    this.worker = undefined;
    this.ready = false;
    if (worker) void worker.terminate();
  }
}
