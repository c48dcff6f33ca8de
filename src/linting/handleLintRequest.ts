/**
 * The lint worker's work, as a plain async function (the worker file only wires it to
 * `postMessage`, so tests can call it directly): parse the XML with our moddle, lint, answer.
 */
import { createModdle } from '../bpmn/moddle';
import { appError } from '../shared/errors';
import { lintDefinitions } from './lintDefinitions';
import type { LintWorkerRequest, LintWorkerResponse } from './lintWorkerProtocol';

/** Parse and lint one request; bad XML comes back as a German `AppError`, never as a throw. */
export async function handleLintRequest(request: LintWorkerRequest): Promise<LintWorkerResponse> {
  const file = request.fileName ?? 'Modell';
  const t0 = performance.now();
  let definitions;
  try {
    definitions = (await createModdle().fromXML(request.xml, 'bpmn:Definitions')).rootElement;
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    return { id: request.id, ok: false, error: appError('import/invalid-bpmn', { file, reason }) };
  }
  if (!definitions || definitions.$type !== 'bpmn:Definitions') {
    return { id: request.id, ok: false, error: appError('import/not-bpmn', { file, root: definitions?.$type ?? '?' }) };
  }
  const t1 = performance.now();
  try {
    const result = lintDefinitions(definitions, { profile: request.profile, ruleOverrides: request.overrides, today: request.today });
    return { id: request.id, ok: true, result, parseMs: t1 - t0, lintMs: performance.now() - t1 };
  } catch (e) {
    // lintDefinitions isolates rule failures; anything else is a bug, reported as a value to the editor
    return { id: request.id, ok: false, error: appError('lint/worker-failed', { reason: e instanceof Error ? e.message : String(e) }, e) };
  }
}
