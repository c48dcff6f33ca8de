/**
 * The store's convention-check service over the lint engine: small models are linted on the
 * main thread, XML in Web Workers — one "latest wins" worker for the editor's big models, one
 * queued worker for background jobs (library counts, reports), so a background job never
 * supersedes the editor and vice versa. Without `Worker` (Node tests) XML is linted in-process.
 */
import type { ModdleElement } from '../bpmn/moddle';
import { REVIEW_REPORT_CSV_EXTENSION, REVIEW_REPORT_CSV_MIME, reviewReportToCsv } from '../export/reviewReportCsv';
import { REVIEW_REPORT_HTML_EXTENSION, REVIEW_REPORT_HTML_MIME, reviewReportToHtml } from '../export/reviewReportHtml';
import { handleLintRequest } from '../linting/handleLintRequest';
import { createIncrementalLinter, type IncrementalLinter } from '../linting/createIncrementalLinter';
import { createLintWorkerClient, type LintWorkerClient } from '../linting/lintWorkerClient';
import type { LintJob } from '../linting/lintWorkerProtocol';
import { profileForModellart } from '../linting/profiles';
import { buildReviewReport } from '../linting/report/buildReviewReport';
import { getPluginRegistry } from '../linting/ruleRegistry';
import type { LintRun, LintService } from '../state/lintService';

/** Lint in-process (no worker available). */
async function lintInProcess(job: LintJob): Promise<LintRun> {
  const response = await handleLintRequest({ ...job, id: 0 });
  return response.ok ? { status: 'done', result: response.result } : { status: 'failed', error: response.error };
}

/** Run jobs strictly one after the other. */
function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Build the service; `workers: false` lints XML in-process (tests, Node). */
export function createLintService(options: { workers?: boolean } = {}): LintService {
  const useWorkers = options.workers ?? typeof Worker !== 'undefined';
  let editorClient: LintWorkerClient | undefined;
  let backgroundClient: LintWorkerClient | undefined;
  const enqueue = serialQueue();
  /** One incremental linter per profile, reused across edits of the open model. */
  let live: { profile: string; linter: IncrementalLinter } | undefined;

  const viaClient = async (client: LintWorkerClient, job: LintJob): Promise<LintRun> => {
    const outcome = await client.lint(job);
    return outcome.status === 'done' ? { status: 'done', result: outcome.result } : outcome;
  };

  return {
    lintTree: (definitions, profile, changedIds) => {
      if (!live || live.profile !== profile) live = { profile, linter: createIncrementalLinter({ profile }) };
      // relint falls back to a full lint when the tree is not the one linted last
      return changedIds ? live.linter.relint(definitions as ModdleElement, changedIds) : live.linter.lint(definitions as ModdleElement);
    },

    lintXmlLatest: (xml, profile) => {
      if (!useWorkers) return lintInProcess({ xml, profile });
      editorClient ??= createLintWorkerClient();
      return viaClient(editorClient, { xml, profile });
    },

    lintXmlQueued: (xml, profile, fileName) =>
      enqueue(() => {
        if (!useWorkers) return lintInProcess({ xml, profile, fileName });
        backgroundClient ??= createLintWorkerClient();
        return viaClient(backgroundClient, { xml, profile, fileName });
      }),

    profileForModellart,

    ruleInfo: (ruleId) => {
      const record = getPluginRegistry().record(ruleId);
      if (!record) return undefined;
      return {
        id: record.id,
        ...(record.code ? { code: record.code } : {}),
        category: record.category,
        title: record.title?.de || record.id,
        ...(record.description?.de ? { description: record.description.de } : {}),
        ...(record.rationale ? { rationale: record.rationale } : {}),
        severity: { ...(record.severity ?? {}) }
      };
    },

    buildReport: (variants, reportOptions) => buildReviewReport(variants, reportOptions),

    exportReport: (report, format) =>
      format === 'html'
        ? { text: reviewReportToHtml(report), mime: REVIEW_REPORT_HTML_MIME, extension: REVIEW_REPORT_HTML_EXTENSION }
        : { text: reviewReportToCsv(report), mime: REVIEW_REPORT_CSV_MIME, extension: REVIEW_REPORT_CSV_EXTENSION }
  };
}
