import { MODEL_STATUS_LABELS, type Modellart, type ModelStatus } from '../../domain/model/gpmAttributes';

/** IST/SOLL badge. */
export function ModellartBadge({ modellart }: { modellart: Modellart }) {
  return <span className={`badge ${modellart === 'IST' ? 'ist' : 'soll'}`} title={modellart === 'IST' ? 'IST-Modell (heutiger Ablauf)' : 'SOLL-Modell (künftiger Ablauf)'}>{modellart}</span>;
}

/** Model status badge in German. */
export function StatusBadge({ status }: { status: ModelStatus }) {
  return <span className="badge status">{MODEL_STATUS_LABELS[status] ?? status}</span>;
}

/** Error/warning counts of the last convention check. */
export function FindingCounts({ errors, warnings }: { errors?: number; warnings?: number }) {
  if (errors === undefined && warnings === undefined) return <span className="badge status" title="Noch nicht geprüft">–</span>;
  if (!errors && !warnings) return <span className="badge ok" title="Keine Fehler oder Warnungen">✓ konform</span>;
  return (
    <span style={{ display: 'inline-flex', gap: 4 }}>
      {!!errors && <span className="badge error" title={`${errors} Fehler`}>{errors} Fehler</span>}
      {!!warnings && <span className="badge warning" title={`${warnings} Warnungen`}>{warnings} Warn.</span>}
    </span>
  );
}
