import type { ReviewReport, VariantReview } from '../../../linting/report/reviewReportTypes';
import { CATEGORY_LABELS, REPORT_TEXTS as T, REPORT_UI_TEXTS as U, SEVERITY_LABELS, severityCount } from './texts';

const day = (iso?: string) => (iso ? new Date(iso).toLocaleDateString('de-DE') : '');

/** The Prüfprotokoll on screen (the same content as the HTML export, compact). */
export function ReportView({ report }: { report: ReviewReport }) {
  return (
    <div className="report-view" data-testid="report-view">
      <p className="muted">
        {T.createdAt}: {new Date(report.createdAt).toLocaleString('de-DE')}
        {report.reviewer ? ` · ${T.reviewer}: ${report.reviewer}` : ''}
      </p>
      {report.variants.length > 1 && (
        <p>
          <strong>{T.total}: {report.total.score.percent} %</strong> · {severityCount(report.total.open.error, 'error')} · {severityCount(report.total.open.warning, 'warning')} · {severityCount(report.total.open.info, 'info')} · {report.total.waived} {T.waived}
        </p>
      )}
      <details className="score-definition">
        <summary>{U.scoreHow}</summary>
        <p>{report.scoreDefinition}</p>
      </details>
      {report.variants.map((v) => (
        <VariantSection key={v.variantId ?? v.name} v={v} />
      ))}
    </div>
  );
}

function VariantSection({ v }: { v: VariantReview }) {
  return (
    <section className="report-variant" aria-label={v.name}>
      <h3>{v.name}</h3>
      <p className="muted">{[v.organisationseinheit, v.modellart, v.revisionLabel, `${T.profile}: ${v.profileLabel}`].filter(Boolean).join(' · ')}</p>
      <p className="report-score">
        <span className="score" data-testid="report-score">{v.score.percent} %</span> {T.score} · {U.checkedElements(v.score.checkedElements)} ·{' '}
        <span className="sev-error">{severityCount(v.open.error, 'error')}</span> · <span className="sev-warning">{severityCount(v.open.warning, 'warning')}</span> · {severityCount(v.open.info, 'info')} · {v.waived} {T.waived}
      </p>
      <h4>{T.findingsPerRule}</h4>
      {v.rules.length === 0 && <p>{T.noFindings}</p>}
      {v.rules.map((r) => (
        <details key={r.rule} className="report-rule">
          <summary>
            <span className={`sev-${r.severity}`}>{SEVERITY_LABELS[r.severity]}</span> {r.code ? `${r.code} · ` : ''}{r.title} <span className="muted">({CATEGORY_LABELS[r.category] ?? r.category}; {r.open} {T.statusOpen}{r.waived ? `, ${r.waived} ${T.statusWaived}` : ''})</span>
          </summary>
          <ul>
            {r.findings.map((f, i) => (
              <li key={i}>
                <strong>{f.displayName}</strong>: {f.message}
                {f.change === 'new' && <span className="badge warning"> {U.newBadge}</span>}
                {f.waived && <em> – {T.statusWaived}: {f.waived.reason}</em>}
              </li>
            ))}
          </ul>
        </details>
      ))}
      <h4>{T.waived}</h4>
      {v.waivers.length === 0 ? (
        <p>{T.noWaivers}</p>
      ) : (
        <table className="report-table">
          <thead><tr><th>{T.rule}</th><th>{T.element}</th><th>{T.reason}</th><th>{T.author}</th><th>{T.date}</th></tr></thead>
          <tbody>
            {v.waivers.map((w, i) => (
              <tr key={i}><td>{w.code ? `${w.code} · ` : ''}{w.title}</td><td>{w.displayName}</td><td>{w.reason}</td><td>{w.author ?? ''}</td><td>{day(w.createdAt)}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>{T.delta}</h4>
      {!v.delta ? (
        <p>{T.noDelta}</p>
      ) : (
        <>
          <p className="muted">{T.deltaAgainst}: {v.delta.againstLabel} · {U.newCount(v.delta.newFindings.length)} · {U.fixedCount(v.delta.fixedFindings.length)} · {U.unchangedCount(v.delta.unchanged)}</p>
          <h5>{T.newFindings}</h5>
          {v.delta.newFindings.length ? <ul>{v.delta.newFindings.map((f, i) => <li key={i}>{f.code ? `${f.code} · ` : ''}{f.elementName || `${T.unnamed} (${f.elementId})`}: {f.message}</li>)}</ul> : <p>{T.noNew}</p>}
          <h5>{T.fixedFindings}</h5>
          {v.delta.fixedFindings.length ? <ul>{v.delta.fixedFindings.map((f, i) => <li key={i}>{f.code ? `${f.code} · ` : ''}{f.elementName || `${T.unnamed} (${f.elementId})`}: {f.message}{f.nowWaived ? ` (${T.nowWaived})` : ''}</li>)}</ul> : <p>{T.noFixed}</p>}
        </>
      )}
    </section>
  );
}
