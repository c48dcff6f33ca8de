import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ReviewReport } from '../../../linting/report/reviewReportTypes';
import { formatError } from '../../../shared/errors';
import { revisionLabel } from '../../../state/reviewSlice';
import { useAppState, useAppStore } from '../../../state/hooks';
import { Dialog } from '../../components/Dialog';
import { ReportExportButtons } from './ReportExportButtons';
import { ReportView } from './ReportView';
import { REPORT_UI_TEXTS as U } from './texts';

/** The Prüfprotokoll of the open variant (its current findings), by default against its last saved version. */
export function OpenVariantReportDialog({ onClose, beforeBuild }: { onClose(): void; beforeBuild?: () => Promise<void> }) {
  const store = useAppStore();
  const { revisions, live, variantId } = useAppState(useShallow((s) => ({ revisions: s.revisions, live: s.liveLint, variantId: s.session?.variant.id })));
  const [previous, setPrevious] = useState<string>(revisions[0]?.id ?? '');
  const [report, setReport] = useState<ReviewReport>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const ready = !!live && live.variantId === variantId;

  const build = async () => {
    setBusy(true);
    setError(undefined);
    await beforeBuild?.();
    const r = await store.getState().buildOpenVariantReport(previous || undefined);
    setBusy(false);
    if (r.ok) setReport(r.value);
    else setError(formatError(r.error));
  };
  // build once on open (when findings are there)
  useEffect(() => {
    if (ready && !report && !busy) void build();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  return (
    <Dialog title={U.dialogTitle} onClose={onClose} wide footer={<>{report && <ReportExportButtons report={report} />}<button className="btn" onClick={onClose} data-close>{U.close}</button></>}>
      <div className="report-controls">
        <label className="field">
          {U.compareWith}
          <select value={previous} onChange={(e) => setPrevious(e.target.value)}>
            <option value="">{U.noComparison}</option>
            {revisions.map((r) => (
              <option key={r.id} value={r.id}>{revisionLabel(r)}</option>
            ))}
          </select>
        </label>
        <button className="btn" disabled={busy || !ready} onClick={() => void build()}>{busy ? U.creating : report ? U.recreate : U.create}</button>
      </div>
      {!ready && <p className="muted">{U.notYetChecked}</p>}
      {error && <p className="field-error" role="alert">{U.failed} {error}</p>}
      {report && <ReportView report={report} />}
    </Dialog>
  );
}
