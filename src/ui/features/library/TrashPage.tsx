import { useEffect } from 'react';
import { useAppState, useAppStore } from '../../../state/hooks';
import { routeHref } from '../../router';
import { formatDateTime } from './formatDate';

interface TrashRow {
  id: string;
  name: string;
  deletedAt?: string;
}

/** One section of the trash: name, when deleted, restore or delete for good. */
function TrashTable(props: { title: string; rows: TrashRow[]; onRestore(id: string): void; onPurge(id: string): void }) {
  if (!props.rows.length) return null;
  return (
    <section className="process-card" aria-label={`Gelöschte ${props.title}`}>
      <header><h2>{props.title}</h2></header>
      <table className="variants">
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id}>
              <td>{row.name}</td>
              <td>gelöscht {formatDateTime(row.deletedAt)}</td>
              <td>
                <div className="row-actions">
                  <button className="btn small" onClick={() => props.onRestore(row.id)}>Wiederherstellen</button>
                  <button className="btn small danger" onClick={() => window.confirm(`„${row.name}“ endgültig löschen?`) && props.onPurge(row.id)}>Endgültig löschen</button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

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
      {contents && (
        <>
          <TrashTable title="Prozesse" rows={contents.processes} onRestore={(id) => void actions.restoreProcess(id)} onPurge={(id) => void actions.purgeProcess(id)} />
          <TrashTable title="Varianten" rows={contents.variants} onRestore={(id) => void actions.restoreVariant(id)} onPurge={(id) => void actions.purgeVariant(id)} />
        </>
      )}
    </div>
  );
}
