import { useMemo } from 'react';
import type { Finding } from '../../../domain/model/finding';
import type { ConventionModules } from './modelerServices';
import { FINDINGS_TEXTS as T, SEVERITY_LABELS } from './texts';

const day = (iso?: string) => (iso ? new Date(iso).toLocaleDateString('de-DE') : undefined);

/** One finding: click shows the element; quick fixes and waiver actions next to it. */
export function FindingItem(props: {
  finding: Finding;
  selected: boolean;
  modules: ConventionModules | null;
  onWaive(finding: Finding): void;
}) {
  const { finding: f, modules } = props;
  const fixes = useMemo(() => (modules && !f.waived ? modules.quickFixes.fixesFor(f) : []), [modules, f]);
  const canWaive = useMemo(() => !!modules && modules.gpmWaivers.canWaive(f), [modules, f]);
  const modelLevel = useMemo(() => !!modules && modules.lintMarkers.isModelLevel(f.elementId), [modules, f]);
  const element = modelLevel ? T.modelLevel : f.elementName || T.unnamed(f.elementId);
  return (
    <li
      className={`finding sev-${f.severity}${f.waived ? ' waived' : ''}${props.selected ? ' selected' : ''}`}
      data-testid="finding"
      data-rule={f.rule}
      data-element={f.elementId}
      data-waived={f.waived ? 'true' : 'false'}
    >
      <button className="finding-main" title={T.show} onClick={() => modules?.lintMarkers.reveal(f.elementId)}>
        <span className={`sev-dot ${f.waived ? 'waived' : f.severity}`} aria-label={f.waived ? T.waivedShort : SEVERITY_LABELS[f.severity]} />
        <span className="finding-text">
          <span className="finding-element">{element}</span>
          <span className="finding-message">{f.message}</span>
        </span>
      </button>
      {f.waived && (
        <div className="waived-note">
          {T.waivedBy(f.waived.author, day(f.waived.createdAt))}: „{f.waived.reason}“
        </div>
      )}
      {(fixes.length > 0 || canWaive) && (
        <div className="finding-actions">
          {fixes.map((fix) => (
            <button key={fix.id} className="btn small fix" data-fix={fix.id} onClick={() => modules?.quickFixes.apply(f, fix.id)}>
              ⚡ {fix.label}
            </button>
          ))}
          {canWaive && !f.waived && (
            <button className="btn small ghost" title={T.waiveTitle} onClick={() => props.onWaive(f)}>{T.waive}</button>
          )}
          {canWaive && f.waived && (
            <button className="btn small ghost" onClick={() => modules?.gpmWaivers.remove(f)}>{T.withdraw}</button>
          )}
        </div>
      )}
    </li>
  );
}
