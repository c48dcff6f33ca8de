/** A notification shown bottom right; errors stay until closed. */
export interface Toast {
  id: string;
  kind: 'info' | 'success' | 'warning' | 'error';
  text: string;
}

/** The stack of notifications (live region, so screen readers announce them). */
export function Toasts({ toasts, onClose }: { toasts: Toast[]; onClose: (id: string) => void }) {
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast ${t.kind}`} role={t.kind === 'error' ? 'alert' : undefined}>
          <div className="text">{t.text}</div>
          <button className="btn small ghost" aria-label="Meldung schließen" onClick={() => onClose(t.id)}>✕</button>
        </div>
      ))}
    </div>
  );
}
