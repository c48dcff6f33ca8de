import { useState } from 'react';
import { BERLIN_DISTRICTS, type Modellart } from '../../../domain/model/gpmAttributes';
import { Dialog } from '../../components/Dialog';

/** OE input with the 12 Berlin districts as suggestions; free text allowed. */
export function OrganisationseinheitInput({ value, onChange, id }: { value: string; onChange: (v: string) => void; id: string }) {
  return (
    <>
      <input id={id} list={`${id}-list`} value={value} onChange={(e) => onChange(e.target.value)} placeholder="z. B. Bezirksamt Neukölln" autoComplete="off" />
      <datalist id={`${id}-list`}>
        {BERLIN_DISTRICTS.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
    </>
  );
}

/** Ask for Organisationseinheit and Modellart (new variant, duplicate). */
export function VariantTargetDialog(props: {
  title: string;
  confirmLabel: string;
  initial: { organisationseinheit: string; modellart: Modellart };
  hint?: string;
  onConfirm: (v: { organisationseinheit: string; modellart: Modellart }) => Promise<string | undefined>;
  onClose: () => void;
}) {
  const [oe, setOe] = useState(props.initial.organisationseinheit);
  const [modellart, setModellart] = useState<Modellart>(props.initial.modellart);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!oe.trim()) return setError('Bitte eine Organisationseinheit angeben.');
    setBusy(true);
    const problem = await props.onConfirm({ organisationseinheit: oe.trim(), modellart });
    setBusy(false);
    if (problem) setError(problem);
  };
  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      footer={
        <>
          <button className="btn" onClick={props.onClose}>Abbrechen</button>
          <button className="btn primary" disabled={busy} onClick={submit}>{props.confirmLabel}</button>
        </>
      }
    >
      {props.hint && <p style={{ margin: 0 }}>{props.hint}</p>}
      <label className="field" htmlFor="variant-oe">
        Organisationseinheit
        <OrganisationseinheitInput id="variant-oe" value={oe} onChange={setOe} />
      </label>
      <fieldset className="field" style={{ border: 'none', padding: 0, margin: 0 }}>
        <legend>Modellart</legend>
        <div style={{ display: 'flex', gap: 16 }}>
          {(['IST', 'SOLL'] as const).map((m) => (
            <label key={m} style={{ color: 'var(--c-text)' }}>
              <input type="radio" name="modellart" checked={modellart === m} onChange={() => setModellart(m)} /> {m === 'IST' ? 'IST (heutiger Ablauf)' : 'SOLL (künftiger Ablauf)'}
            </label>
          ))}
        </div>
      </fieldset>
      {error && <p role="alert" style={{ color: 'var(--c-danger)', margin: 0 }}>{error}</p>}
    </Dialog>
  );
}

/** Ask for a name (new process, rename). */
export function NameDialog(props: {
  title: string;
  label: string;
  initial: string;
  confirmLabel: string;
  extra?: 'process';
  onConfirm: (v: { name: string; prozessschluessel?: string; politikfeld?: string }) => Promise<string | undefined>;
  onClose: () => void;
}) {
  const [name, setName] = useState(props.initial);
  const [key, setKey] = useState('');
  const [feld, setFeld] = useState('');
  const [error, setError] = useState<string>();
  const submit = async () => {
    if (!name.trim()) return setError('Bitte einen Namen angeben.');
    const problem = await props.onConfirm({ name: name.trim(), prozessschluessel: key.trim() || undefined, politikfeld: feld.trim() || undefined });
    if (problem) setError(problem);
  };
  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      footer={
        <>
          <button className="btn" onClick={props.onClose}>Abbrechen</button>
          <button className="btn primary" onClick={submit}>{props.confirmLabel}</button>
        </>
      }
    >
      <label className="field">
        {props.label}
        <input value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && submit()} />
      </label>
      {props.extra === 'process' && (
        <>
          <label className="field">
            Prozess-/Leistungsschlüssel (optional)
            <input value={key} onChange={(e) => setKey(e.target.value)} />
          </label>
          <label className="field">
            Politikfeld (optional)
            <input value={feld} onChange={(e) => setFeld(e.target.value)} />
          </label>
        </>
      )}
      {error && <p role="alert" style={{ color: 'var(--c-danger)', margin: 0 }}>{error}</p>}
    </Dialog>
  );
}
