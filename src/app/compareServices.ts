/**
 * The store's comparison service over the compare worker (`src/workers/compareXmlWorker.ts`).
 * Policy: latest wins — at most one comparison is in the worker and at most one waits; a newer
 * `compare()` replaces the waiting one, and an answer that is not for the newest call resolves as
 * `superseded`, so the page only ever shows the result of the latest selection and decisions.
 * Revision diffs go to the same worker but never supersede (or get superseded by) comparisons.
 * A crashed worker fails what is pending and is replaced on the next call. Without `Worker`
 * (Node tests) the same handler runs in-process.
 */
import { buildBpmnXml } from '../bpmn/layout/buildBpmnXml';
import { formatError, isAppError } from '../shared/errors';
import { COMPARE_MESSAGES } from '../state/compareMessages';
import type { CompareOutcome, CompareProgressInfo, CompareService, ExplainAnswer, RevisionDiffRun } from '../state/compareService';
import type { CompareXmlMessage, CompareXmlRequest, InternalError } from '../workers/compareXmlWorker';
import type { AppError } from '../shared/errors';
import type { ProcessGraph } from '../domain/model/processGraph';

/** The part of `Worker` the service uses (a fake in tests). */
export interface CompareWorkerPort {
  postMessage(message: CompareXmlRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CompareXmlMessage>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** The browser's compare worker (Vite bundles the module worker from this URL). */
export function createBrowserCompareWorker(): CompareWorkerPort {
  return new Worker(new URL('../workers/compareXmlWorker.ts', import.meta.url), { type: 'module', name: 'gpm-compare' }) as unknown as CompareWorkerPort;
}

type DiffAnswer = { ok: true; value: RevisionDiffRun } | { ok: false; message: string };
type CompareRequest = Extract<CompareXmlRequest, { type: 'compare' }>;

interface PendingCompare {
  request: CompareRequest;
  onProgress?: (p: CompareProgressInfo) => void;
  resolve(outcome: CompareOutcome): void;
}

function messageOf(error: AppError | InternalError): string {
  return isAppError(error) ? formatError(error) : COMPARE_MESSAGES.internal((error as InternalError).message);
}

/**
 * Turn a worker answer into the service's outcome. The worker sends only graphs it parsed anew
 * (cloning a dozen unchanged graphs back after every decision would cost main-thread time);
 * `known` keeps the others, by variant id, in step with the worker's cache.
 */
function toOutcome(message: Extract<CompareXmlMessage, { type: 'compared' }>, request: CompareRequest, known: Map<string, ProcessGraph>): CompareOutcome {
  if (message.ok) {
    for (const [id, graph] of Object.entries(message.graphs)) known.set(id, graph);
    for (const id of [...known.keys()]) if (!request.variants.some((v) => v.id === id)) known.delete(id);
    const graphs: Record<string, ProcessGraph> = {};
    for (const v of message.result.match.variants) {
      const graph = known.get(v.id);
      if (graph) graphs[v.id] = graph;
    }
    return { status: 'done', run: { result: message.result, graphs, failed: message.failed, parseMs: message.parseMs, compareMs: message.compareMs } };
  }
  return { status: 'failed', message: messageOf(message.error), ...(isAppError(message.error) ? { error: message.error } : {}), failed: message.failed };
}

function toExplainAnswer(message: Extract<CompareXmlMessage, { type: 'explained' }>): ExplainAnswer {
  return message.ok ? { ok: true, value: message.explanations } : { ok: false, message: messageOf(message.error) };
}

function toDiffAnswer(message: Extract<CompareXmlMessage, { type: 'diffed' }>): DiffAnswer {
  return message.ok ? { ok: true, value: { diff: message.diff, before: message.before, after: message.after } } : { ok: false, message: messageOf(message.error) };
}

/** Build the service; `workers: false` runs everything in-process (tests, Node). */
export function createCompareService(options: { workers?: boolean; createWorker?: () => CompareWorkerPort } = {}): CompareService {
  const useWorkers = options.workers ?? typeof Worker !== 'undefined';
  const createWorker = options.createWorker ?? createBrowserCompareWorker;
  let nextId = 1;
  let latestCompareId = 0;
  let worker: CompareWorkerPort | undefined;
  let inFlight: PendingCompare | undefined;
  let waiting: PendingCompare | undefined;
  const diffs = new Map<number, (answer: DiffAnswer) => void>();
  const explains = new Map<number, (answer: ExplainAnswer) => void>();
  /** Graphs the worker sent, by variant id (it sends only those it parsed anew). */
  const known = new Map<string, ProcessGraph>();

  const finishCompare = (outcome: CompareOutcome) => {
    const done = inFlight;
    inFlight = undefined;
    if (done) done.resolve(done.request.requestId === latestCompareId ? outcome : { status: 'superseded' });
    if (waiting) {
      const next = waiting;
      waiting = undefined;
      sendCompare(next);
    }
  };

  const ensureWorker = (): CompareWorkerPort => {
    if (worker) return worker;
    const w = createWorker();
    w.addEventListener('message', (event: MessageEvent<CompareXmlMessage>) => {
      const m = event.data;
      if (m.type === 'progress') {
        if (inFlight && m.requestId === inFlight.request.requestId && m.requestId === latestCompareId) inFlight.onProgress?.({ phase: m.phase, done: m.done, total: m.total });
      } else if (m.type === 'compared') {
        if (inFlight && m.requestId === inFlight.request.requestId) finishCompare(toOutcome(m, inFlight.request, known));
      } else if (m.type === 'explained') {
        explains.get(m.requestId)?.(toExplainAnswer(m));
        explains.delete(m.requestId);
      } else {
        diffs.get(m.requestId)?.(toDiffAnswer(m));
        diffs.delete(m.requestId);
      }
    });
    w.addEventListener('error', (event: ErrorEvent) => {
      worker = undefined;
      known.clear();
      w.terminate();
      const reason = event.message || 'unbekannter Fehler';
      for (const resolve of diffs.values()) resolve({ ok: false, message: COMPARE_MESSAGES.workerFailed(reason) });
      diffs.clear();
      for (const resolve of explains.values()) resolve({ ok: false, message: COMPARE_MESSAGES.workerFailed(reason) });
      explains.clear();
      finishCompare({ status: 'failed', message: COMPARE_MESSAGES.workerFailed(reason), failed: [] });
    });
    worker = w;
    return w;
  };

  const sendCompare = (p: PendingCompare) => {
    inFlight = p;
    ensureWorker().postMessage(p.request);
  };

  const inProcess = async <T>(request: CompareXmlRequest, onMessage: (m: CompareXmlMessage) => T | undefined): Promise<T> => {
    // loaded on demand: the matcher and its thesaurus stay out of the page's bundle
    const { handleCompareXmlRequest } = await import('../workers/compareXmlWorker');
    let answer: T | undefined;
    await handleCompareXmlRequest(request, (m) => {
      const r = onMessage(m);
      if (r !== undefined) answer = r;
    });
    return answer!;
  };

  /** A request with one answer (diff, explanation): never superseded, answered by request id. */
  const oneShot = <A>(request: CompareXmlRequest, pending: Map<number, (answer: A) => void>, answerOf: (m: CompareXmlMessage) => A | undefined): Promise<A> => {
    if (!useWorkers) return inProcess<A>(request, answerOf);
    return new Promise<A>((resolve) => {
      pending.set(request.requestId, resolve);
      ensureWorker().postMessage(request);
    });
  };

  return {
    compare(input, onProgress) {
      const request: CompareRequest = {
        type: 'compare',
        requestId: nextId++,
        variants: input.variants,
        decisions: input.decisions,
        ...(input.sollId !== undefined ? { sollId: input.sollId } : {}),
        // a comparison that was overtaken may have left graphs in the worker that never reached us
        ...(input.variants.some((v) => !known.has(v.id)) ? { allGraphs: true } : {})
      };
      latestCompareId = request.requestId;
      if (!useWorkers) {
        return inProcess<CompareOutcome>(request, (m) => {
          if (m.type === 'progress') onProgress?.({ phase: m.phase, done: m.done, total: m.total });
          return m.type === 'compared' ? toOutcome(m, request, known) : undefined;
        }).then((outcome) => (request.requestId === latestCompareId ? outcome : { status: 'superseded' }));
      }
      return new Promise<CompareOutcome>((resolve) => {
        const pending: PendingCompare = { request, onProgress, resolve };
        if (!inFlight) return sendCompare(pending);
        waiting?.resolve({ status: 'superseded' });
        waiting = pending;
      });
    },

    diffRevisions(before, after) {
      return oneShot({ type: 'diff', requestId: nextId++, before, after }, diffs, (m) => (m.type === 'diffed' ? toDiffAnswer(m) : undefined));
    },

    explain(a, others) {
      return oneShot({ type: 'explain', requestId: nextId++, a, others }, explains, (m) => (m.type === 'explained' ? toExplainAnswer(m) : undefined));
    },

    warmUp() {
      if (useWorkers) ensureWorker().postMessage({ type: 'warm', requestId: nextId++ });
    },

    buildProcessXml: (spec) => buildBpmnXml(spec)
  };
}
