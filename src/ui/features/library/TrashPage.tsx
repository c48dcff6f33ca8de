import { useEffect } from 'react';
import { useAppState, useAppStore } from '../../../state/hooks';
import { routeHref } from '../../router';
import { formatDateTime } from './formatDate';

/** Deleted processes and variants: restore, or delete for good after confirmation. */
export function TrashPage() {
  const store = useAppStore();
  const contents = useAppState((s) => s.trash);
  const actions = store.getState();
  useEffect(() => {
    void store.getState().loadTrash();
  }, [store]);
  const empty = !contents || (contents.processes.length === 0 && contents.variants.length === 0);
  return (
    <div className="page" data-testid="trash">
      <div className="toolbar-row">
        <h1 style={{ margin: 0, marginRight: 'auto' }}>Papierkorb</h1>
        <a className="btn" href={routeHref({ page: 'library' })}>Zur Bibliothek</a>
        <button
          className="btn danger"
          disabled={empty}
          onClick={() => window.confirm('Papierkorb endgültig leeren? Gelöschte Modelle und alle ihre Versionen sind danach unwiederbringlich weg.') && void actions.emptyTrash()}
        >
          Papierkorb leeren
        </button>
      </div>
      {contents && empty && <div className="empty">Der Papierkorb ist leer.</div>}
      {contents && contents.processes.length > 0 && (
        <section className="process-card" aria-label="Gelöschte Prozesse">
          <header><h2>Prozesse</h2></header>
          <table className="variants">
            <tbody>
              {contents.processes.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>gelöscht {formatDateTime(p.deletedAt)}</td>
                  <td>
                    <div className="row-actions">
                      <button className="btn small" onClick={() => void actions.restoreProcess(p.id)}>Wiederherstellen</button>
                      <button className="btn small danger" onClick={() => window.confirm(`„${p.name}“ endgültig löschen?`) && void actions.purgeProcess(p.id)}>Endgültig löschen</button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {contents && contents.variants.length > 0 && (
        <section className="process-card" aria-label="Gelöschte Varianten">
          <header><h2>Varianten</h2></header>
          <table className="variants">
            <tbody>
              {contents.variants.map((v) => (
                <tr key={v.id}>
                  <td>{v.name}</td>
                  <td>gelöscht {formatDateTime(v.deletedAt)}</td>
                  <td>
                    <div className="row-actions">
                      <button className="btn small" onClick={() => void actions.restoreVariant(v.id)}>Wiederherstellen</button>
                      <button className="btn small danger" onClick={() => window.confirm(`„${v.name}“ endgültig löschen?`) && void actions.purgeVariant(v.id)}>Endgültig löschen</button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
