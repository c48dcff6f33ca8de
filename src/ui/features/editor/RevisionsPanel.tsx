import type { RevisionRecord } from '../../../domain/model/library';
import { formatDateTime } from '../library/formatDate';

const KIND_LABELS: Record<string, string> = {
  create: 'Angelegt',
  import: 'Importiert',
  version: 'Version',
  restore: 'Wiederhergestellt',
  duplicate: 'Kopie',
  sample: 'Beispiel'
};

/** Revision history of the open variant, newest first, each restorable (as a new revision). */
export function RevisionsPanel({ revisions, headRevisionId, onRestore }: { revisions: RevisionRecord[]; headRevisionId: string; onRestore: (id: string) => void }) {
  if (!revisions.length) return <div className="empty">Noch keine Versionen.</div>;
  return (
    <ol className="revision-list" aria-label="Versionen">
      {revisions.map((r) => (
        <li key={r.id} data-testid="revision">
          <div>
            <strong>{KIND_LABELS[r.kind] ?? r.kind}</strong>
            {r.id === headRevisionId && <span className="badge ok" style={{ marginLeft: 6 }}>aktuell</span>}
          </div>
          <div>{r.comment}</div>
          <div className="when">{formatDateTime(r.createdAt)} · {r.author} · {r.elementCount} Elemente</div>
          {r.id !== headRevisionId && (
            <button className="btn small" style={{ marginTop: 4 }} onClick={() => onRestore(r.id)} aria-label={`Version vom ${formatDateTime(r.createdAt)} wiederherstellen`}>
              Wiederherstellen
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
