import { useShallow } from 'zustand/react/shallow';
import { formatError } from '../../../shared/errors';
import { useAppState, useAppStore } from '../../../state/hooks';
import { Dialog } from '../../components/Dialog';
import { OrganisationseinheitInput } from './VariantDialogs';

/** Review of the files to import: prefilled process/OE/Modellart (changeable), refused files with their reason. */
export function ImportDialog() {
  const store = useAppStore();
  const { candidates, busy } = useAppState(useShallow((s) => ({ candidates: s.importCandidates, busy: s.importBusy })));
  if (!candidates) return null;
  const actions = store.getState();
  const importable = candidates.filter((c) => !c.error);
  const chosen = importable.filter((c) => c.include).length;
  return (
    <Dialog
      wide
      title="BPMN-Dateien importieren"
      onClose={() => actions.cancelImport()}
      footer={
        <>
          <button className="btn" onClick={() => actions.cancelImport()}>Abbrechen</button>
          <button className="btn primary" disabled={busy || chosen === 0} onClick={() => void actions.commitImport()}>
            {chosen === 1 ? '1 Modell importieren' : `${chosen} Modelle importieren`}
          </button>
        </>
      }
    >
      {candidates.map((c) => (
        <div key={c.id} data-testid="import-candidate" style={{ border: '1px solid var(--c-border)', borderRadius: 6, padding: 10 }}>
          <div style={{ display: 'flex', gap: 8, alignItems: 'center', fontWeight: 600 }}>
            {!c.error && (
              <input type="checkbox" checked={c.include} aria-label={`${c.fileName} importieren`} onChange={(e) => actions.updateCandidate(c.id, { include: e.target.checked })} />
            )}
            <span>{c.fileName}</span>
            {!c.error && <span className="meta" style={{ fontWeight: 400, color: 'var(--c-muted)' }}>{c.elementCount} Elemente</span>}
          </div>
          {c.error ? (
            <p role="alert" style={{ color: 'var(--c-danger)', margin: '6px 0 0' }}>{formatError(c.error)}</p>
          ) : (
            <>
              {c.laidOut && <p className="banner info" style={{ margin: '6px 0' }}>Die Datei enthielt keine Diagramminformationen; sie wurde automatisch angeordnet (bpmn-auto-layout). Lanes und Pools werden dabei nicht gezeichnet.</p>}
              {c.warnings.length > 0 && (
                <details style={{ margin: '6px 0', fontSize: 13 }}>
                  <summary>{c.warnings.length} Hinweise beim Einlesen</summary>
                  <ul>{c.warnings.slice(0, 20).map((w, i) => <li key={i}>{w}</li>)}</ul>
                </details>
              )}
              <div className="toolbar-row" style={{ margin: '8px 0 0' }}>
                <label className="field">
                  Prozess (Leistung)
                  <input value={c.processName} onChange={(e) => actions.updateCandidate(c.id, { processName: e.target.value })} />
                </label>
                <label className="field" htmlFor={`oe-${c.id}`}>
                  Organisationseinheit
                  <OrganisationseinheitInput id={`oe-${c.id}`} value={c.organisationseinheit} onChange={(v) => actions.updateCandidate(c.id, { organisationseinheit: v })} />
                </label>
                <label className="field">
                  Modellart
                  <select value={c.modellart} onChange={(e) => actions.updateCandidate(c.id, { modellart: e.target.value as 'IST' | 'SOLL' })}>
                    <option value="IST">IST</option>
                    <option value="SOLL">SOLL</option>
                  </select>
                </label>
              </div>
            </>
          )}
        </div>
      ))}
      {importable.length === 0 && <p>Keine der Dateien kann importiert werden. Die Bibliothek bleibt unverändert.</p>}
    </Dialog>
  );
}
