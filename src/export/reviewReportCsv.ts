/**
 * The Prüfprotokoll as CSV for spreadsheets: one row per finding (open, waived, and fixed since
 * the earlier revision), `;`-separated, every field quoted, UTF-8 with BOM and CRLF line ends
 * so that German Excel opens it with umlauts intact.
 *
 * Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) get a
 * leading apostrophe: model labels are untrusted text.
 */
import type { Severity } from '../domain/model/finding';
import { CATEGORY_LABELS, REPORT_TEXTS as T, SEVERITY_LABELS } from '../linting/report/reportTexts';
import type { ReviewReport } from '../linting/report/reviewReportTypes';

export const REVIEW_REPORT_CSV_MIME = 'text/csv;charset=utf-8';
export const REVIEW_REPORT_CSV_EXTENSION = '.csv';

const BOM = '\uFEFF';

/** Quote one CSV field (`"` doubled) and defuse spreadsheet formulas. */
export function csvField(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

const HEADER = [
  T.variant,
  T.organisationseinheit,
  T.profile,
  `${T.score} (%)`,
  T.code,
  T.rule,
  'Regel-ID',
  T.category,
  T.severity,
  T.elementId,
  T.element,
  T.message,
  T.status,
  T.reason,
  T.author,
  T.date,
  'Veränderung'
];

/** Render the report as CSV text (with BOM). */
export function reviewReportToCsv(report: ReviewReport): string {
  const rows: unknown[][] = [HEADER];
  for (const v of report.variants) {
    const base = [v.name, v.organisationseinheit ?? '', v.profileLabel, v.score.percent];
    for (const rule of v.rules) {
      for (const f of rule.findings) {
        rows.push([
          ...base,
          rule.code ?? '',
          rule.title,
          rule.rule,
          CATEGORY_LABELS[rule.category] ?? rule.category,
          SEVERITY_LABELS[f.severity as Severity],
          f.elementId,
          f.elementName,
          f.message,
          f.waived ? T.statusWaived : T.statusOpen,
          f.waived?.reason ?? '',
          f.waived?.author ?? '',
          f.waived?.createdAt ?? '',
          f.change === 'new' ? 'neu' : f.change === 'unchanged' ? 'unverändert' : ''
        ]);
      }
    }
    for (const f of v.delta?.fixedFindings ?? []) {
      rows.push([
        ...base,
        f.code ?? '',
        f.title ?? f.rule,
        f.rule,
        CATEGORY_LABELS[f.category] ?? f.category,
        SEVERITY_LABELS[f.severity],
        f.elementId,
        f.elementName,
        f.message,
        f.nowWaived ? T.statusWaived : 'behoben',
        '',
        '',
        '',
        f.nowWaived ? `behoben (${T.nowWaived})` : 'behoben'
      ]);
    }
  }
  return BOM + rows.map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
}
