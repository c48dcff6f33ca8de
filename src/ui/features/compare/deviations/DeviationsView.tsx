import { useMemo, useState } from 'react';
import type { Deviation } from '../../../../domain/compare/views/compareToSoll';
import type { CompareRun } from '../../../../state/compareService';
import { TEXTS } from '../compareTexts';
import { DiagramViewer } from '../viewer/DiagramViewer';
import { DiffLegend } from '../viewer/DiffLegend';
import { xmlKey } from '../viewer/xmlKey';
import { coveragePct, deviationMarkers, groupDeviations } from './deviationViewModel';

/**
 * Each district against the SOLL: an overview of coverage, then for the chosen district its
 * missing SOLL steps (listed), extra steps, order and role differences (listed and marked on the
 * district's diagram).
 */
export function DeviationsView({ run, xml }: { run: CompareRun; xml: Record<string, string> }) {
  const t = TEXTS.deviations;
  const reports = run.result.deviations;
  const [chosen, setChosen] = useState<string>();
  const [focus, setFocus] = useState<string[]>([]);
  const report = reports.find((r) => r.variantId === chosen) ?? reports[0];
  const marks = useMemo(() => (report ? deviationMarkers(report) : undefined), [report]);
  const groups = useMemo(() => (report ? groupDeviations(report) : undefined), [report]);
  if (!run.result.sollId || reports.length === 0 || !report || !groups || !marks) return <p className="banner info">{t.noSoll}</p>;

  const item = (d: Deviation) => (
    <li key={`${d.kind}:${d.stepId}:${d.elementIds.join(',')}`}>
      {d.text}{' '}
      {d.elementIds.length > 0 && (
        <button type="button" className="btn small" onClick={() => setFocus([...d.elementIds])} aria-label={t.locate(d.stepName)}>
          {t.showShort}
        </button>
      )}
    </li>
  );
  const section = (title: string, list: Deviation[], hint?: string) => (
    <section className="deviation-group">
      <h3>
        {title} ({list.length})
      </h3>
      {hint && list.length > 0 && <p className="muted small">{hint}</p>}
      {list.length ? <ul>{list.map(item)}</ul> : <p className="muted">{t.none}</p>}
    </section>
  );

  return (
    <div className="deviations-view">
      <div className="deviations-side">
        <table className="coverage-table" aria-label={t.overview}>
          <caption>{t.overview}</caption>
          <tbody>
            {reports.map((r) => (
              <tr key={r.variantId} className={r.variantId === report.variantId ? 'selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-btn"
                    aria-label={t.showLabel(r.variantName)}
                    aria-pressed={r.variantId === report.variantId}
                    onClick={() => {
                      setChosen(r.variantId);
                      setFocus([]);
                    }}
                  >
                    {r.variantName}
                  </button>
                </th>
                <td className="coverage-cell">
                  <span className="coverage-bar" aria-hidden="true">
                    <span style={{ width: `${coveragePct(r)}%` }} />
                  </span>
                  {t.coverage(coveragePct(r), r.coveredCount, r.sollStepCount)}
                </td>
                <td className="muted">{r.deviations.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="deviation-lists" data-testid="deviation-lists">
          <h3 className="deviation-title">
            {report.variantName} ↔ {report.sollName}
          </h3>
          {report.deviations.length === 0 && <p>{t.noDeviations}</p>}
          {section(t.missing, groups.missing, t.missingHint)}
          {section(t.extra, groups.extra)}
          {section(t.order, groups.order)}
          {section(t.role, groups.role)}
        </div>
      </div>
      <div className="deviations-diagram">
        <DiffLegend kinds={['extra', 'order', 'role']} />
        {xml[report.variantId] && (
          <DiagramViewer
            xml={xml[report.variantId]}
            modelKey={xmlKey(report.variantId, xml[report.variantId])}
            markers={marks.markers}
            badges={marks.badges}
            selectedIds={focus}
            onSelect={setFocus}
            label={t.diagramLabel(report.variantName)}
            testId="deviation-diagram"
          />
        )}
      </div>
    </div>
  );
}
