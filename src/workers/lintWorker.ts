/**
 * Web Worker entry: lints big models off the main thread. Receives `LintWorkerRequest`
 * (`{ id, xml, profile, overrides, today }`), answers with `LintWorkerResponse` (plain data).
 * Start it through `createLintWorkerClient` (`src/linting/lintWorkerClient.ts`), which sends one
 * request at a time and drops stale ones (latest wins).
 */
import { handleLintRequest } from '../linting/handleLintRequest';
import type { LintWorkerRequest } from '../linting/lintWorkerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<LintWorkerRequest>) => {
  void handleLintRequest(event.data).then((response) => scope.postMessage(response));
});
