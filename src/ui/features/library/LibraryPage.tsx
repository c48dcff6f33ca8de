import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { BERLIN_DISTRICTS, MODEL_STATUSES, MODEL_STATUS_LABELS, type Modellart, type ModelStatus } from '../../../domain/model/gpmAttributes';
import type { ProcessRecord, VariantRecord } from '../../../domain/model/library';
import { formatError } from '../../../shared/errors';
import { useAppState, useAppStore } from '../../../state/hooks';
import { FindingCounts, ModellartBadge, StatusBadge } from '../../components/Badges';
import { navigate, routeHref } from '../../router';
import { DistrictCategoryOverview } from '../findings/DistrictCategoryOverview';
import { DISTRICT_TEXTS } from '../findings/texts';
import { ProcessReportDialog } from '../report/ProcessReportDialog';
import { formatDateTime } from './formatDate';
import { NameDialog, VariantTargetDialog } from './VariantDialogs';

/** "1 Variante" / "3 Varianten". */
function variantCountText(n: number): string {
  return n === 1 ? '1 Variante' : `${n} Varianten`;
}

type DialogState =
  | { kind: 'new-process' }
  | { kind: 'rename-process'; process: ProcessRecord }
  | { kind: 'new-variant'; process: ProcessRecord }
  | { kind: 'duplicate'; variant: VariantRecord }
  | { kind: 'rename-variant'; variant: VariantRecord }
  | { kind: 'report'; process: ProcessRecord }
  | null;

/** The start screen: processes with their variants, search and filters, and every library action. */
export function LibraryPage() {
  const store = useAppStore();
  const { processes, variants, filter, loaded, libraryLint } = useAppState(
    useShallow((s) => ({ processes: s.processes, variants: s.variants, filter: s.filter, loaded: s.libraryLoaded, libraryLint: s.libraryLint }))
  );
  const [dialog, setDialog] = useState<DialogState>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const actions = store.getState();

  const byProcess = useMemo(() => {
    const map = new Map<string, VariantRecord[]>();
    for (const v of variants) map.set(v.processId, [...(map.get(v.processId) ?? []), v]);
    return map;
  }, [variants]);
  const filtering = !!(filter.text || filter.organisationseinheit || filter.modellart || filter.status);
  const shownProcesses = processes.filter((p) => !filtering || byProcess.has(p.id));
  // variants without lint counts (e.g. samples after the first start) are checked in the background, one at a time
  useEffect(() => {
    if (loaded && variants.some((v) => v.errorCount === undefined)) void store.getState().lintUnlintedVariants();
  }, [loaded, variants, store]);
  const oes = useMemo(() => [...new Set([...BERLIN_DISTRICTS, ...variants.map((v) => v.organisationseinheit)])].sort((a, b) => a.localeCompare(b, 'de')), [variants]);

  return (
    <div className="page" data-testid="library">
      <div className="toolbar-row">
        <h1 style={{ margin: 0, marginRight: 'auto' }}>Prozessbibliothek</h1>
        <button className="btn primary" onClick={() => setDialog({ kind: 'new-process' })}>+ Neuer Prozess</button>
        <button className="btn" onClick={() => fileInput.current?.click()}>Importieren …</button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".bpmn,.xml,.bpmn2"
          aria-label="BPMN-Dateien importieren"
          className="visually-hidden"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) void actions.prepareImport(files);
          }}
        />
        <button className="btn" onClick={() => void actions.loadSamples()}>Beispiele laden</button>
        <a className="btn" href={routeHref({ page: 'trash' })}>Papierkorb</a>
      </div>
      {libraryLint.running && (
        <div className="muted small" role="status" data-testid="library-lint-progress">{DISTRICT_TEXTS.checking(libraryLint.done, libraryLint.total)}</div>
      )}

      <div className="toolbar-row" role="search" aria-label="Varianten filtern">
        <label className="field">
          Suche
          <input type="search" placeholder="Prozess, Bezirk, Name …" value={filter.text ?? ''} onChange={(e) => actions.setFilter({ text: e.target.value || undefined })} />
        </label>
        <label className="field">
          Organisationseinheit
          <select value={filter.organisationseinheit ?? ''} onChange={(e) => actions.setFilter({ organisationseinheit: e.target.value || undefined })}>
            <option value="">alle</option>
            {oes.map((o) => (
              <option key={o} value={o}>{o}</option>
            ))}
          </select>
        </label>
        <label className="field">
          Modellart
          <select value={filter.modellart ?? ''} onChange={(e) => actions.setFilter({ modellart: (e.target.value || undefined) as Modellart | undefined })}>
            <option value="">IST und SOLL</option>
            <option value="IST">IST</option>
            <option value="SOLL">SOLL</option>
          </select>
        </label>
        <label className="field">
          Status
          <select value={typeof filter.status === 'string' ? filter.status : ''} onChange={(e) => actions.setFilter({ status: (e.target.value || undefined) as ModelStatus | undefined })}>
            <option value="">alle</option>
            {MODEL_STATUSES.map((s) => (
              <option key={s} value={s}>{MODEL_STATUS_LABELS[s]}</option>
            ))}
          </select>
        </label>
        {filtering && (
          <button className="btn" style={{ alignSelf: 'flex-end' }} onClick={() => actions.setFilter({ text: undefined, organisationseinheit: undefined, modellart: undefined, status: undefined })}>
            Filter zurücksetzen
          </button>
        )}
      </div>

      {loaded && shownProcesses.length === 0 && (
        <div className="empty">
          {filtering ? 'Keine Variante passt zu den Filtern.' : 'Die Bibliothek ist leer. Legen Sie einen Prozess an, importieren Sie BPMN-Dateien (auch per Drag & Drop) oder laden Sie die Beispiele.'}
        </div>
      )}

      {shownProcesses.map((process) => (
        <section className="process-card" key={process.id} aria-label={`Prozess ${process.name}`}>
          <header>
            <h2>{process.name}</h2>
            <span className="meta">
              {[process.prozessschluessel, process.politikfeld, variantCountText((byProcess.get(process.id) ?? []).length)].filter(Boolean).join(' · ')}
            </span>
            <span style={{ marginLeft: 'auto', display: 'flex', gap: 6, flexWrap: 'wrap' }}>
              <button className="btn small" onClick={() => setDialog({ kind: 'new-variant', process })}>+ Variante</button>
              <a className="btn small" href={routeHref({ page: 'compare', processId: process.id })}>Vergleichen</a>
              <button className="btn small" onClick={() => setDialog({ kind: 'report', process })} aria-label={`Prüfprotokoll für ${process.name}`}>{DISTRICT_TEXTS.report}</button>
              <button className="btn small" onClick={() => setDialog({ kind: 'rename-process', process })}>Umbenennen</button>
              <button className="btn small danger" onClick={() => void actions.deleteProcess(process.id)} aria-label={`Prozess ${process.name} löschen`}>Löschen</button>
            </span>
          </header>
          <VariantTable
            variants={byProcess.get(process.id) ?? []}
            onDuplicate={(variant) => setDialog({ kind: 'duplicate', variant })}
            onRename={(variant) => setDialog({ kind: 'rename-variant', variant })}
            onDelete={(variant) => void actions.deleteVariant(variant.id)}
          />
          {(byProcess.get(process.id) ?? []).length > 0 && (
            <details className="district-overview">
              <summary>{DISTRICT_TEXTS.summary((byProcess.get(process.id) ?? []).reduce((n, v) => n + (v.errorCount ?? 0) + (v.warningCount ?? 0), 0))}</summary>
              <DistrictCategoryOverview variants={byProcess.get(process.id) ?? []} />
            </details>
          )}
        </section>
      ))}

      {dialog?.kind === 'new-process' && (
        <NameDialog
          title="Neuer Prozess"
          label="Name der Leistung, z. B. „Wohngeld“"
          initial=""
          confirmLabel="Anlegen"
          extra="process"
          onClose={() => setDialog(null)}
          onConfirm={async (v) => {
            const r = await actions.createProcess(v);
            if (!r.ok) return formatError(r.error);
            setDialog({ kind: 'new-variant', process: r.value });
            return undefined;
          }}
        />
      )}
      {dialog?.kind === 'rename-process' && (
        <NameDialog
          title="Prozess umbenennen"
          label="Name"
          initial={dialog.process.name}
          confirmLabel="Umbenennen"
          onClose={() => setDialog(null)}
          onConfirm={async (v) => {
            const r = await actions.renameProcess(dialog.process.id, v.name);
            if (!r.ok) return formatError(r.error);
            setDialog(null);
            return undefined;
          }}
        />
      )}
      {dialog?.kind === 'new-variant' && (
        <VariantTargetDialog
          title={`Neue Variante für „${dialog.process.name}“`}
          confirmLabel="Anlegen und öffnen"
          hint="Die Variante startet mit einer leeren Vorlage: Pool, Lane, Startereignis → Aufgabe → Endereignis."
          initial={{ organisationseinheit: '', modellart: 'IST' }}
          onClose={() => setDialog(null)}
          onConfirm={async (v) => {
            const r = await actions.createVariant(dialog.process.id, v);
            if (!r.ok) return formatError(r.error);
            setDialog(null);
            navigate({ page: 'editor', variantId: r.value.id });
            return undefined;
          }}
        />
      )}
      {dialog?.kind === 'duplicate' && (
        <VariantTargetDialog
          title={`„${dialog.variant.name}“ duplizieren`}
          confirmLabel="Duplizieren"
          hint="Die Kopie übernimmt den aktuellen Arbeitsstand; Organisationseinheit und Modellart werden im Modell-Steckbrief angepasst, der Status wird „Entwurf“."
          initial={{ organisationseinheit: dialog.variant.organisationseinheit, modellart: dialog.variant.modellart === 'IST' ? 'SOLL' : 'IST' }}
          onClose={() => setDialog(null)}
          onConfirm={async (v) => {
            const r = await actions.duplicateVariant(dialog.variant.id, v);
            if (!r.ok) return formatError(r.error);
            setDialog(null);
            actions.notify('success', `Kopie „${r.value.name}“ angelegt.`);
            return undefined;
          }}
        />
      )}
      {dialog?.kind === 'report' && (
        <ProcessReportDialog process={dialog.process} variants={byProcess.get(dialog.process.id) ?? []} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'rename-variant' && (
        <NameDialog
          title="Variante umbenennen"
          label="Name"
          initial={dialog.variant.name}
          confirmLabel="Umbenennen"
          onClose={() => setDialog(null)}
          onConfirm={async (v) => {
            const r = await actions.renameVariant(dialog.variant.id, v.name);
            if (!r.ok) return formatError(r.error);
            setDialog(null);
            return undefined;
          }}
        />
      )}
    </div>
  );
}

function VariantTable(props: { variants: VariantRecord[]; onDuplicate(v: VariantRecord): void; onRename(v: VariantRecord): void; onDelete(v: VariantRecord): void }) {
  if (!props.variants.length) return <div className="empty">Noch keine Variante.</div>;
  return (
    <table className="variants">
      <thead>
        <tr>
          <th scope="col">Organisationseinheit</th>
          <th scope="col">Art</th>
          <th scope="col">Status</th>
          <th scope="col">Prüfbefunde</th>
          <th scope="col">Elemente</th>
          <th scope="col">Letzte Änderung</th>
          <th scope="col"><span className="visually-hidden">Aktionen</span></th>
        </tr>
      </thead>
      <tbody>
        {props.variants.map((v) => (
          <tr key={v.id} data-testid="variant-row">
            <td>
              <a href={routeHref({ page: 'editor', variantId: v.id })} title={v.name}>{v.organisationseinheit}</a>
            </td>
            <td><ModellartBadge modellart={v.modellart} /></td>
            <td><StatusBadge status={v.status} /></td>
            <td><FindingCounts errors={v.errorCount} warnings={v.warningCount} /></td>
            <td>{v.elementCount}</td>
            <td>{formatDateTime(v.updatedAt)}</td>
            <td>
              <div className="row-actions">
                <a className="btn small" href={routeHref({ page: 'editor', variantId: v.id })} aria-label={`${v.name} öffnen`}>Öffnen</a>
                <button className="btn small" onClick={() => props.onDuplicate(v)} aria-label={`${v.name} duplizieren`}>Duplizieren</button>
                <button className="btn small" onClick={() => props.onRename(v)} aria-label={`${v.name} umbenennen`}>Umbenennen</button>
                <button className="btn small danger" onClick={() => props.onDelete(v)} aria-label={`${v.name} löschen`}>Löschen</button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
