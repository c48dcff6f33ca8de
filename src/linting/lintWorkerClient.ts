/**
 * A small typed client for the lint worker, for the editor: `lint(job)` returns a promise of the
 * outcome. Latest wins: at most one request is in the worker and at most one waits; a newer
 * `lint()` replaces the waiting one, and every request that is not the newest when its answer
 * would be delivered resolves as `superseded` — the editor only ever shows findings of the
 * latest model state. A crashed worker fails the in-flight request and is replaced on the next
 * call.
 */
import { appError, type AppError } from '../shared/errors';
import type { LintResult } from './lintTypes';
import type { LintJob, LintWorkerRequest, LintWorkerResponse } from './lintWorkerProtocol';

/** The part of `Worker` the client uses (a fake in tests). */
export interface LintWorkerPort {
  postMessage(message: LintWorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LintWorkerResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** What a `lint()` call ends with. */
export type LintOutcome =
  | { status: 'done'; result: LintResult; parseMs: number; lintMs: number }
  | { status: 'superseded' }
  | { status: 'failed'; error: AppError };

export interface LintWorkerClient {
  /** Lint a model in the worker; resolves `superseded` when a newer call overtook it. Never rejects. */
  lint(job: LintJob): Promise<LintOutcome>;
  /** Resolve everything pending as `superseded` and stop the worker. */
  dispose(): void;
}

/** The browser's lint worker (Vite bundles the module worker from this URL). */
export function createBrowserLintWorker(): LintWorkerPort {
  return new Worker(new URL('../workers/lintWorker.ts', import.meta.url), { type: 'module', name: 'gpm-lint' }) as unknown as LintWorkerPort;
}

interface Pending {
  id: number;
  job: LintJob;
  resolve(outcome: LintOutcome): void;
}

/** Create a client over a worker factory (called lazily, and again after a crash). */
export function createLintWorkerClient(createWorker: () => LintWorkerPort = createBrowserLintWorker): LintWorkerClient {
  let worker: LintWorkerPort | undefined;
  let nextId = 1;
  let latestId = 0;
  let inFlight: Pending | undefined;
  let waiting: Pending | undefined;

  const send = (p: Pending) => {
    inFlight = p;
    ensureWorker().postMessage({ ...p.job, id: p.id });
  };

  const finish = (outcome: LintOutcome) => {
    const done = inFlight;
    inFlight = undefined;
    if (done) done.resolve(done.id === latestId ? outcome : { status: 'superseded' });
    if (waiting) {
      const next = waiting;
      waiting = undefined;
      send(next);
    }
  };

  const ensureWorker = (): LintWorkerPort => {
    if (worker) return worker;
    const w = createWorker();
    w.addEventListener('message', (event: MessageEvent<LintWorkerResponse>) => {
      const response = event.data;
      if (!inFlight || response.id !== inFlight.id) return;
      finish(response.ok ? { status: 'done', result: response.result, parseMs: response.parseMs, lintMs: response.lintMs } : { status: 'failed', error: response.error });
    });
    w.addEventListener('error', (event: ErrorEvent) => {
      worker = undefined;
      w.terminate();
      finish({ status: 'failed', error: appError('lint/worker-failed', { reason: event.message || 'unbekannter Fehler' }) });
    });
    worker = w;
    return w;
  };

  return {
    lint(job) {
      return new Promise<LintOutcome>((resolve) => {
        const pending: Pending = { id: nextId++, job, resolve };
        latestId = pending.id;
        if (!inFlight) return send(pending);
        waiting?.resolve({ status: 'superseded' });
        waiting = pending;
      });
    },
    dispose() {
      latestId = -1;
      waiting?.resolve({ status: 'superseded' });
      waiting = undefined;
      inFlight?.resolve({ status: 'superseded' });
      inFlight = undefined;
      worker?.terminate();
      worker = undefined;
    }
  };
}
