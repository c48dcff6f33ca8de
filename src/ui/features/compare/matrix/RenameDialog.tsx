import { useState } from 'react';
import { Dialog } from '../../../components/Dialog';
import { TEXTS } from '../compareTexts';

/** Ask for a step's new canonical name. */
export function RenameDialog(props: { name: string; onSave(name: string): void; onClose(): void }) {
  const [name, setName] = useState(props.name);
  const t = TEXTS.rename;
  const valid = name.trim() !== '' && name.trim() !== props.name;
  return (
    <Dialog
      title={t.title(props.name)}
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="btn" data-close onClick={props.onClose}>
            {t.cancel}
          </button>
          <button type="submit" form="rename-step" className="btn primary" disabled={!valid}>
            {t.save}
          </button>
        </>
      }
    >
      <form
        id="rename-step"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) props.onSave(name);
        }}
      >
        <label className="field">
          {t.label}
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        </label>
      </form>
    </Dialog>
  );
}
