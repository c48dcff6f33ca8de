import { useState } from 'react';
import { Dialog } from '../../components/Dialog';

/** Ask for the comment of a new version. */
export function SaveVersionDialog({ onSave, onClose }: { onSave: (comment: string) => Promise<boolean>; onClose: () => void }) {
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const ok = await onSave(comment);
    setBusy(false);
    if (ok) onClose();
  };
  return (
    <Dialog
      title="Version speichern"
      onClose={onClose}
      footer={
        <>
          <button className="btn" onClick={onClose}>Abbrechen</button>
          <button className="btn primary" disabled={busy} onClick={submit}>Version speichern</button>
        </>
      }
    >
      <p style={{ margin: 0 }}>Eine Version ist ein unveränderlicher Stand, zu dem Sie jederzeit zurückkehren können.</p>
      <label className="field">
        Kommentar
        <textarea value={comment} onChange={(e) => setComment(e.target.value)} placeholder="z. B. Stand nach Workshop am 29.11." onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && submit()} />
      </label>
    </Dialog>
  );
}
