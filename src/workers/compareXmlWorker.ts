/// <reference lib="webworker" />
/**
 * Web Worker entry of the compare page: everything heavy happens here, off the main thread —
 * parsing the variants' BPMN XML into process graphs, matching and the views (`compareVariants`),
 * diffing two revisions of a variant, and explaining a pair. It takes XML, so the page never
 * parses on the main thread; parsed graphs are cached per variant
 * (same XML → no re-parse), so a re-run after a consultant's decision costs only the matching.
 * Progress messages go out between phases. Start it through `createCompareService`
 * (`src/app/compareServices.ts`), which keeps one request in flight (latest wins).
 */
import { parseBpmn } from '../bpmn/parseBpmn';
import { compareVariants, type ComparisonResult } from '../domain/compare/compareVariants';
import type { StepDecision } from '../domain/compare/decisions/stepDecision';
import { explainMatches, type MatchExplanation } from '../domain/compare/matching/explainMatch';
import type { ActivityRef, CompareVariant } from '../domain/compare/matching/matchTypes';
import { defaultLexicon } from '../domain/compare/text/lexicon';
import { diffRevisions, type RevisionDiff } from '../domain/compare/views/diffRevisions';
import type { Modellart } from '../domain/model/gpmAttributes';
import type { ProcessGraph } from '../domain/model/processGraph';
import type { AppError } from '../shared/errors';

/** One variant as the page sends it: library metadata and its current XML. */
export interface XmlVariantInput {
  id: string;
  /** Column name (the district). */
  name: string;
  modellart: Modellart;
  xml: string;
}

/** A variant that could not be read (it is left out of the comparison). */
export interface FailedVariant {
  variantId: string;
  name: string;
  error: AppError;
}

/** An error that is not an `AppError` (a bug in the worker): shown with its message. */
export interface InternalError {
  code: 'internal';
  message: string;
}

/** A request to the worker. */
export type CompareXmlRequest =
  | {
      type: 'compare';
      requestId: number;
      variants: XmlVariantInput[];
      decisions: StepDecision[];
      /** '' = no SOLL; absent = the only SOLL variant. */
      sollId?: string;
      /** Send every graph back, not only those parsed by this request (the sender lost its copies). */
      allGraphs?: boolean;
    }
  | { type: 'diff'; requestId: number; before: { xml: string; name: string }; after: { xml: string; name: string } }
  /** Why `a` is (not) one step with each of `others`, in the context of the last comparison. */
  | { type: 'explain'; requestId: number; a: ActivityRef; others: ActivityRef[] }
  /** Load the thesaurus now (while the page reads the models), so the first comparison does not wait for it. */
  | { type: 'warm'; requestId: number };

/** Phases the page shows while waiting. */
export interface CompareProgress {
  phase: 'parse' | 'match';
  done: number;
  total: number;
}

/** A message from the worker (progress, or the answer to a request). */
export type CompareXmlMessage =
  | ({ type: 'progress'; requestId: number } & CompareProgress)
  | {
      type: 'compared';
      requestId: number;
      ok: true;
      result: ComparisonResult;
      /** Graphs parsed by this request (the others did not change since the sender got them). */
      graphs: Record<string, ProcessGraph>;
      failed: FailedVariant[];
      parseMs: number;
      compareMs: number;
    }
  | { type: 'compared'; requestId: number; ok: false; error: AppError | InternalError; failed: FailedVariant[] }
  | { type: 'diffed'; requestId: number; ok: true; diff: RevisionDiff; before: ProcessGraph; after: ProcessGraph }
  | { type: 'diffed'; requestId: number; ok: false; error: AppError | InternalError }
  | { type: 'explained'; requestId: number; ok: true; explanations: Array<MatchExplanation | null> }
  | { type: 'explained'; requestId: number; ok: false; error: InternalError };

/** Parsed graphs by variant id, with the XML they came from. */
const graphCache = new Map<string, { xml: string; graph: ProcessGraph }>();
/** The variants of the last comparison (explanations are computed in its context). */
let lastVariants: CompareVariant[] = [];

/** Drop the cause (not cloneable, and only for debugging). */
function plain(error: AppError): AppError {
  return { code: error.code, params: { ...error.params } };
}

function internal(e: unknown): InternalError {
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

async function graphOf(v: { id: string; xml: string; name: string }): Promise<{ graph: ProcessGraph; fresh: boolean } | { error: AppError }> {
  const cached = graphCache.get(v.id);
  if (cached && cached.xml === v.xml) return { graph: cached.graph, fresh: false };
  const parsed = await parseBpmn(v.xml, `${v.name}.bpmn`, { allowMissingDiagram: true });
  if (!parsed.ok) return { error: plain(parsed.error) };
  graphCache.set(v.id, { xml: v.xml, graph: parsed.value.graph });
  return { graph: parsed.value.graph, fresh: true };
}

/**
 * Handle one request; `post` receives progress and the answer (exported so that Node tests and
 * the in-process fallback run exactly what the worker runs).
 */
export async function handleCompareXmlRequest(request: CompareXmlRequest, post: (message: CompareXmlMessage) => void): Promise<void> {
  if (request.type === 'warm') {
    defaultLexicon();
    return;
  }
  if (request.type === 'explain') {
    try {
      if (lastVariants.length === 0) throw new Error('Es ist noch kein Vergleich geladen.');
      const explanations = explainMatches(lastVariants, request.a, request.others).map((e) => e ?? null);
      return post({ type: 'explained', requestId: request.requestId, ok: true, explanations });
    } catch (e) {
      return post({ type: 'explained', requestId: request.requestId, ok: false, error: internal(e) });
    }
  }
  if (request.type === 'diff') {
    try {
      const before = await parseBpmn(request.before.xml, `${request.before.name}.bpmn`, { allowMissingDiagram: true });
      if (!before.ok) return post({ type: 'diffed', requestId: request.requestId, ok: false, error: plain(before.error) });
      const after = await parseBpmn(request.after.xml, `${request.after.name}.bpmn`, { allowMissingDiagram: true });
      if (!after.ok) return post({ type: 'diffed', requestId: request.requestId, ok: false, error: plain(after.error) });
      const diff = diffRevisions(before.value.graph, after.value.graph);
      return post({ type: 'diffed', requestId: request.requestId, ok: true, diff, before: before.value.graph, after: after.value.graph });
    } catch (e) {
      return post({ type: 'diffed', requestId: request.requestId, ok: false, error: internal(e) });
    }
  }
  const failed: FailedVariant[] = [];
  try {
    // 1. parse (cached per variant)
    const started = performance.now();
    const variants: CompareVariant[] = [];
    const graphs: Record<string, ProcessGraph> = {};
    const fresh: Record<string, ProcessGraph> = {};
    const total = request.variants.length;
    for (let i = 0; i < total; i++) {
      const v = request.variants[i];
      post({ type: 'progress', requestId: request.requestId, phase: 'parse', done: i, total });
      const parsed = await graphOf(v);
      if ('error' in parsed) {
        failed.push({ variantId: v.id, name: v.name, error: parsed.error });
        continue;
      }
      graphs[v.id] = parsed.graph;
      if (parsed.fresh || request.allGraphs) fresh[v.id] = parsed.graph;
      variants.push({ id: v.id, name: v.name, modellart: v.modellart, graph: parsed.graph });
    }
    for (const id of [...graphCache.keys()]) if (!request.variants.some((v) => v.id === id)) graphCache.delete(id);
    const parsedAt = performance.now();
    // 2. match, decisions, views
    post({ type: 'progress', requestId: request.requestId, phase: 'match', done: 0, total: variants.length });
    // '' = explicitly no SOLL; an unreadable SOLL falls back to the automatic choice
    const sollId = request.sollId === '' ? '' : request.sollId && graphs[request.sollId] ? request.sollId : undefined;
    lastVariants = variants;
    const result = compareVariants(variants, { decisions: request.decisions, ...(sollId !== undefined ? { sollId } : {}) });
    if (!result.ok) return post({ type: 'compared', requestId: request.requestId, ok: false, error: plain(result.error), failed });
    post({
      type: 'compared',
      requestId: request.requestId,
      ok: true,
      result: result.value,
      graphs: fresh,
      failed,
      parseMs: Math.round(parsedAt - started),
      compareMs: Math.round(performance.now() - parsedAt)
    });
  } catch (e) {
    post({ type: 'compared', requestId: request.requestId, ok: false, error: internal(e), failed });
  }
}

const scope = globalThis as unknown as DedicatedWorkerGlobalScope;
if (typeof (globalThis as { document?: unknown }).document === 'undefined' && typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined') {
  scope.addEventListener('message', (event: MessageEvent<CompareXmlRequest>) => {
    void handleCompareXmlRequest(event.data, (message) => scope.postMessage(message));
  });
}
