import { useState } from 'react';
import { memberKey, type Step } from '../../../../domain/compare/matching/matchTypes';
import { Dialog } from '../../../components/Dialog';
import { TEXTS } from '../compareTexts';

/** Assign each activity of a step to a part; part 1 stays, every further part becomes a step of its own. */
export function SplitDialog(props: { step: Step; variantNames: ReadonlyMap<string, string>; onSave(partOf: Map<string, number>): void; onClose(): void }) {
  const t = TEXTS.splitDialog;
  const members = props.step.members;
  const [parts, setParts] = useState<Map<string, number>>(() => new Map(members.map((m) => [memberKey(m), 0])));
  const maxPart = Math.min(members.length, 4);
  const splitOff = new Set(parts.values()).size >= 2;
  return (
    <Dialog
      title={t.title(props.step.name)}
      onClose={props.onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" data-close onClick={props.onClose}>
            {t.cancel}
          </button>
          <button type="button" className="btn primary" disabled={!splitOff} onClick={() => props.onSave(parts)}>
            {t.save}
          </button>
        </>
      }
    >
      <p>{t.hint}</p>
      <table className="split-table">
        <tbody>
          {members.map((m) => {
            const key = memberKey(m);
            const variant = props.variantNames.get(m.variantId) ?? m.variantId;
            return (
              <tr key={key}>
                <td>{variant}</td>
                <td>{m.label}</td>
                <td>
                  <select aria-label={t.partLabel(variant, m.label)} value={parts.get(key) ?? 0} onChange={(e) => setParts(new Map(parts).set(key, Number(e.target.value)))}>
                    {Array.from({ length: maxPart }, (_, i) => (
                      <option key={i} value={i}>
                        {t.part(i + 1)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!splitOff && <p className="muted">{t.nothing}</p>}
    </Dialog>
  );
}
