import { useState } from 'react';
import type { ProcessRecord, RevisionRecord, VariantRecord } from '../../../domain/model/library';
import type { ReviewReport } from '../../../linting/report/reviewReportTypes';
import { formatError } from '../../../shared/errors';
import { useAppStore } from '../../../state/hooks';
import { revisionLabel } from '../../../state/reviewSlice';
import { ModellartBadge } from '../../components/Badges';
import { Dialog } from '../../components/Dialog';
import { ReportExportButtons } from './ReportExportButtons';
import { ReportView } from './ReportView';
import { REPORT_UI_TEXTS as U } from './texts';

/** Tick variants of a process (each optionally compared with an earlier revision) and build one Prüfprotokoll. */
export function ProcessReportDialog({ process, variants, onClose }: { process: ProcessRecord; variants: readonly VariantRecord[]; onClose(): void }) {
  const store = useAppStore();
  const [ticked, setTicked] = useState<Record<string, boolean>>(() => Object.fromEntries(variants.map((v) => [v.id, true])));
  const [revisions, setRevisions] = useState<Record<string, RevisionRecord[]>>({});
  const [previous, setPrevious] = useState<Record<string, string>>({});
  const [report, setReport] = useState<ReviewReport>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const loadRevisions = async (variantId: string) => {
    if (revisions[variantId]) return;
    const list = await store.getState().listVariantRevisions(variantId);
    setRevisions((r) => ({ ...r, [variantId]: list }));
  };

  const build = async () => {
    const choices = variants.filter((v) => ticked[v.id]).map((v) => ({ variantId: v.id, ...(previous[v.id] ? { previousRevisionId: previous[v.id] } : {}) }));
    if (!choices.length) return setError(U.noneSelected);
    setBusy(true);
    setError(undefined);
    const r = await store.getState().buildVariantsReport(choices, U.reportTitle(process.name));
    setBusy(false);
    if (r.ok) setReport(r.value);
    else setError(formatError(r.error));
  };

  return (
    <Dialog title={U.processDialogTitle(process.name)} onClose={onClose} wide footer={<>{report && <ReportExportButtons report={report} />}<button className="btn" onClick={onClose} data-close>{U.close}</button></>}>
      <fieldset className="report-variants">
        <legend>{U.chooseVariants}</legend>
        {variants.map((v) => (
          <div key={v.id} className="report-variant-choice">
            <label className="check">
              <input type="checkbox" checked={!!ticked[v.id]} onChange={(e) => setTicked({ ...ticked, [v.id]: e.target.checked })} />
              <ModellartBadge modellart={v.modellart} /> {v.organisationseinheit}
            </label>
            <select
              aria-label={`${U.compareWith} (${v.organisationseinheit})`}
              value={previous[v.id] ?? ''}
              disabled={!ticked[v.id]}
              onFocus={() => void loadRevisions(v.id)}
              onMouseDown={() => void loadRevisions(v.id)}
              onChange={(e) => setPrevious({ ...previous, [v.id]: e.target.value })}
            >
              <option value="">{U.compareWith} {U.noComparison}</option>
              {(revisions[v.id] ?? []).map((r) => (
                <option key={r.id} value={r.id}>{revisionLabel(r)}</option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      <div className="report-controls">
        <button className="btn primary" disabled={busy} onClick={() => void build()}>{busy ? U.creating : report ? U.recreate : U.create}</button>
      </div>
      {error && <p className="field-error" role="alert">{U.failed} {error}</p>}
      {report && <ReportView report={report} />}
    </Dialog>
  );
}
