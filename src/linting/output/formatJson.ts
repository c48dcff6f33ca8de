/**
 * `gpm lint --format json`: an array of `{ file, findings: [{ rule, category, severity,
 * elementId, elementName, message }], error? }` — exactly these keys (documented in the README).
 * Waived findings are accepted and therefore not listed; rule errors are (rule `rule-error`).
 */
import type { FileLintReport } from './fileLintReport';

/** Serialize the reports as the documented JSON array (pretty-printed, trailing newline). */
export function formatJson(reports: readonly FileLintReport[]): string {
  const out = reports.map((r) => ({
    file: r.file,
    findings: (r.result?.findings ?? [])
      .filter((f) => !f.waived)
      .map((f) => ({ rule: f.rule, category: f.category, severity: f.severity, elementId: f.elementId, elementName: f.elementName, message: f.message })),
    ...(r.error !== undefined ? { error: r.error } : {})
  }));
  return JSON.stringify(out, null, 2) + '\n';
}
