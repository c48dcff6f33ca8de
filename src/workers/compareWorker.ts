/// <reference lib="webworker" />
/**
 * Web Worker entry of the comparison: receives variants (process graphs), decisions and options,
 * posts back the comparison result as plain data. No DOM; the page stays responsive while
 * matching runs. Usage: `new Worker(new URL('./compareWorker.ts', import.meta.url), { type: 'module' })`.
 */
import { compareVariants, type CompareOptions, type ComparisonResult } from '../domain/compare/compareVariants';
import { explainMatch, type MatchExplanation } from '../domain/compare/matching/explainMatch';
import type { StepDecision } from '../domain/compare/decisions/stepDecision';
import type { ActivityRef, CompareVariant } from '../domain/compare/matching/matchTypes';
import type { AppError } from '../shared/errors';

/** A request to the worker; `requestId` comes back with the answer. */
export interface CompareRequest {
  requestId: string;
  variants: CompareVariant[];
  decisions?: StepDecision[];
  options?: Pick<CompareOptions, 'sollId' | 'sort' | 'params'>;
  /** Instead of comparing, explain why these two activities are (not) one step. */
  explain?: [ActivityRef, ActivityRef];
}

/** The worker's answer. */
export type CompareResponse =
  | { requestId: string; ok: true; result: ComparisonResult; ms: number }
  | { requestId: string; ok: true; explanation: MatchExplanation | null; ms: number }
  | { requestId: string; ok: false; error: AppError | { code: 'internal'; message: string } };

/** Handle one request (exported for tests in Node). */
export function handleCompareRequest(request: CompareRequest): CompareResponse {
  const started = performance.now();
  try {
    if (request.explain) {
      const explanation = explainMatch(request.variants, request.explain[0], request.explain[1], { params: request.options?.params }) ?? null;
      return { requestId: request.requestId, ok: true, explanation, ms: Math.round(performance.now() - started) };
    }
    const result = compareVariants(request.variants, { ...request.options, decisions: request.decisions });
    if (!result.ok) return { requestId: request.requestId, ok: false, error: { ...result.error, cause: undefined } };
    return { requestId: request.requestId, ok: true, result: result.value, ms: Math.round(performance.now() - started) };
  } catch (e) {
    return { requestId: request.requestId, ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } };
  }
}

const scope = globalThis as unknown as DedicatedWorkerGlobalScope;
if (typeof scope.postMessage === 'function' && typeof (globalThis as { document?: unknown }).document === 'undefined' && 'onmessage' in scope) {
  scope.onmessage = (event: MessageEvent<CompareRequest>) => scope.postMessage(handleCompareRequest(event.data));
}
