/**
 * The Prüfprotokoll as one self-contained German HTML page that prints well to PDF.
 *
 * Security policy of this file: every text that comes from a model or a user (labels, names,
 * messages, reasons, authors) goes through `escapeHtml`; the page loads nothing from outside
 * and forbids scripts by its own Content-Security-Policy, so even a mistake in escaping could
 * not run a label's `<script>`.
 */
import type { Severity } from '../domain/model/finding';
import { CATEGORY_LABELS, REPORT_TEXTS as T, SEVERITY_LABELS } from '../linting/report/reportTexts';
import type { ReportFinding, ReviewReport, RuleFindings, VariantReview } from '../linting/report/reviewReportTypes';

export const REVIEW_REPORT_HTML_MIME = 'text/html;charset=utf-8';
export const REVIEW_REPORT_HTML_EXTENSION = '.html';

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A date/time in German notation, Berlin time ("12.03.2025, 14:05"); the input when unparsable. */
export function formatGermanDateTime(iso: string, withTime = true): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {})
  }).format(d);
}

const STYLE = `
  :root { --err: #b00020; --warn: #8a5a00; --info: #1f5fa8; --ok: #1b6e2d; --line: #c9ccd1; }
  * { box-sizing: border-box; }
  body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; font-size: 11pt; color: #1d1f23; margin: 2rem; line-height: 1.4; }
  h1 { font-size: 20pt; margin: 0 0 .3rem; } h2 { font-size: 15pt; margin: 1.6rem 0 .4rem; } h3 { font-size: 12pt; margin: 1.2rem 0 .3rem; }
  .meta { color: #4a4f57; margin: 0 0 1rem; }
  table { border-collapse: collapse; width: 100%; margin: .3rem 0 1rem; }
  th, td { border: 1px solid var(--line); padding: .25rem .45rem; text-align: left; vertical-align: top; }
  th { background: #eef0f3; } td.num, th.num { text-align: right; white-space: nowrap; }
  thead { display: table-header-group; } tr { break-inside: avoid; page-break-inside: avoid; }
  .sev-error { color: var(--err); font-weight: 600; } .sev-warning { color: var(--warn); font-weight: 600; } .sev-info { color: var(--info); }
  .score { font-size: 18pt; font-weight: 700; } .muted { color: #5b6068; } .id { font-family: Consolas, monospace; font-size: 9pt; color: #5b6068; }
  .definition { border-left: 4px solid var(--line); padding: .3rem .7rem; background: #f7f8fa; }
  .rule { break-inside: avoid-page; } .tag { display: inline-block; padding: 0 .35rem; border: 1px solid var(--line); border-radius: 3px; font-size: 9pt; }
  .variant { break-before: page; page-break-before: always; } .variant.first { break-before: auto; page-break-before: auto; }
  @page { size: A4; margin: 18mm 15mm; }
  @media print { body { margin: 0; font-size: 10pt; } a { color: inherit; text-decoration: none; } }
`;

const sevCell = (s: Severity) => `<span class="sev-${s}">${escapeHtml(SEVERITY_LABELS[s])}</span>`;

function element(f: { elementName: string; elementId: string }): string {
  const name = f.elementName ? escapeHtml(f.elementName) : `<em class="muted">${escapeHtml(T.unnamed)}</em>`;
  return `${name}<br><span class="id">${escapeHtml(f.elementId)}</span>`;
}

function statusCell(f: ReportFinding): string {
  if (f.waived) return `${escapeHtml(T.statusWaived)}: ${escapeHtml(f.waived.reason)}`;
  return escapeHtml(f.change === 'new' ? `${T.statusOpen} (neu)` : T.statusOpen);
}

function ruleSection(rule: RuleFindings): string {
  const head = `${rule.code ? `${escapeHtml(rule.code)} · ` : ''}${escapeHtml(rule.title)}`;
  const counts = `${rule.open} ${escapeHtml(T.statusOpen)}${rule.waived ? `, ${rule.waived} ${escapeHtml(T.statusWaived)}` : ''}`;
  const rows = rule.findings
    .map((f) => `<tr><td>${element(f)}</td><td>${escapeHtml(f.message)}</td><td>${sevCell(f.severity)}</td><td>${statusCell(f)}</td></tr>`)
    .join('\n');
  return `<section class="rule">
<h4>${head} <span class="tag">${escapeHtml(CATEGORY_LABELS[rule.category] ?? rule.category)}</span> <span class="muted">(${counts})</span></h4>
<p class="id">${escapeHtml(rule.rule)}</p>
<table><thead><tr><th>${escapeHtml(T.element)}</th><th>${escapeHtml(T.message)}</th><th>${escapeHtml(T.severity)}</th><th>${escapeHtml(T.status)}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>`;
}

function variantSection(v: VariantReview, index: number): string {
  const facts = [
    [T.organisationseinheit, v.organisationseinheit],
    ['Modellart', v.modellart],
    [T.revision, v.revisionLabel],
    [T.profile, v.profileLabel]
  ]
    .filter(([, value]) => value)
    .map(([label, value]) => `${escapeHtml(label)}: ${escapeHtml(value)}`)
    .join(' · ');

  const waivers = v.waivers.length
    ? `<table><thead><tr><th>${escapeHtml(T.rule)}</th><th>${escapeHtml(T.element)}</th><th>${escapeHtml(T.message)}</th><th>${escapeHtml(T.reason)}</th><th>${escapeHtml(T.author)}</th><th>${escapeHtml(T.date)}</th></tr></thead><tbody>
${v.waivers
  .map(
    (w) =>
      `<tr><td>${w.code ? `${escapeHtml(w.code)} · ` : ''}${escapeHtml(w.title)}</td><td>${element(w)}</td><td>${escapeHtml(w.message)}</td><td>${escapeHtml(w.reason)}</td><td>${escapeHtml(w.author ?? '')}</td><td>${escapeHtml(w.createdAt ? formatGermanDateTime(w.createdAt, false) : '')}</td></tr>`
  )
  .join('\n')}
</tbody></table>`
    : `<p>${escapeHtml(T.noWaivers)}</p>`;

  return `<section class="variant${index === 0 ? ' first' : ''}">
<h2>${escapeHtml(T.variant)}: ${escapeHtml(v.name)}</h2>
<p class="meta">${facts}</p>
<p><span class="score">${v.score.percent} %</span> ${escapeHtml(T.score)} · ${v.score.checkedElements} geprüfte Elemente ·
<span class="sev-error">${v.open.error} ${escapeHtml(SEVERITY_LABELS.error)}</span> ·
<span class="sev-warning">${v.open.warning} Warnungen</span> · <span class="sev-info">${v.open.info} Hinweise</span> ·
${v.waived} ${escapeHtml(T.waived)}${v.ruleErrors ? ` · ${v.ruleErrors} ${escapeHtml(T.ruleErrors)}` : ''}</p>
<h3>${escapeHtml(T.findingsPerRule)}</h3>
${v.rules.length ? v.rules.map(ruleSection).join('\n') : `<p>${escapeHtml(T.noFindings)}</p>`}
<h3>${escapeHtml(T.waived)}</h3>
${waivers}
<h3>${escapeHtml(T.delta)}</h3>
${deltaSection(v)}
</section>`;
}

function deltaSection(v: VariantReview): string {
  const d = v.delta;
  if (!d) return `<p>${escapeHtml(T.noDelta)}</p>`;
  const list = (items: Array<{ rule: string; code?: string; elementId: string; elementName: string; message: string; nowWaived?: boolean }>, empty: string) =>
    items.length
      ? `<ul>${items
          .map(
            (f) =>
              `<li>${f.code ? `${escapeHtml(f.code)} · ` : ''}${escapeHtml(f.elementName || `${T.unnamed} (${f.elementId})`)}: ${escapeHtml(f.message)}${f.nowWaived ? ` <em>(${escapeHtml(T.nowWaived)})</em>` : ''}</li>`
          )
          .join('')}</ul>`
      : `<p>${escapeHtml(empty)}</p>`;
  return `<p class="meta">${escapeHtml(T.deltaAgainst)}: ${escapeHtml(d.againstLabel)} · ${d.newFindings.length} neu · ${d.fixedFindings.length} behoben · ${d.unchanged} ${escapeHtml(T.unchanged.toLowerCase())}</p>
<h4>${escapeHtml(T.newFindings)}</h4>
${list(d.newFindings, T.noNew)}
<h4>${escapeHtml(T.fixedFindings)}</h4>
${list(d.fixedFindings, T.noFixed)}`;
}

/** Render the report as a complete HTML document (UTF-8, German, no external resources). */
export function reviewReportToHtml(report: ReviewReport): string {
  const summary = report.variants
    .map(
      (v) =>
        `<tr><td>${escapeHtml(v.name)}</td><td>${escapeHtml(v.organisationseinheit ?? '')}</td><td>${escapeHtml(v.profileLabel)}</td><td class="num">${v.score.percent} %</td><td class="num">${v.open.error}</td><td class="num">${v.open.warning}</td><td class="num">${v.open.info}</td><td class="num">${v.waived}</td></tr>`
    )
    .join('\n');
  const total = report.total;
  const totalRow =
    report.variants.length > 1
      ? `<tr><th>${escapeHtml(T.total)}</th><th></th><th></th><th class="num">${total.score.percent} %</th><th class="num">${total.open.error}</th><th class="num">${total.open.warning}</th><th class="num">${total.open.info}</th><th class="num">${total.waived}</th></tr>`
      : '';
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(report.title)}</h1>
<p class="meta">${escapeHtml(T.createdAt)}: ${escapeHtml(formatGermanDateTime(report.createdAt))}${report.reviewer ? ` · ${escapeHtml(T.reviewer)}: ${escapeHtml(report.reviewer)}` : ''}</p>
</header>
<h2>${escapeHtml(T.variants)}</h2>
<table><thead><tr><th>${escapeHtml(T.variant)}</th><th>${escapeHtml(T.organisationseinheit)}</th><th>${escapeHtml(T.profile)}</th><th class="num">${escapeHtml(T.score)}</th><th class="num">Fehler</th><th class="num">Warnungen</th><th class="num">Hinweise</th><th class="num">${escapeHtml(T.waived)}</th></tr></thead>
<tbody>
${summary}
${totalRow}
</tbody></table>
<p class="definition"><strong>${escapeHtml(T.scoreDefinition)}:</strong> ${escapeHtml(report.scoreDefinition)}</p>
${report.variants.map(variantSection).join('\n')}
</body>
</html>
`;
}
