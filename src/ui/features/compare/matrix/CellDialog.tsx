import { useState } from 'react';
import type { Step } from '../../../../domain/compare/matching/matchTypes';
import type { MatrixCell, MatrixColumn } from '../../../../domain/compare/views/stepMatrix';
import { Dialog } from '../../../components/Dialog';
import { TEXTS } from '../compareTexts';
import { ExplainPanel } from './ExplainPanel';

/** Details of one cell (the variant's activities in a step) and what a consultant can decide about it. */
export function CellDialog(props: {
  step: Step;
  column: MatrixColumn;
  cell: MatrixCell;
  canReject: boolean;
  /** Column names by variant id (for the „Warum?“ table). */
  variantNames: ReadonlyMap<string, string>;
  onReject(): void;
  onConfirmStep(): void;
  onClose(): void;
}) {
  const { step, column, cell } = props;
  const t = TEXTS.cell;
  const members = step.members.filter((m) => m.variantId === column.variantId);
  const others = step.members.filter((m) => m.variantId !== column.variantId);
  const [explained, setExplained] = useState<string | null>(null);
  return (
    <Dialog
      title={t.title(column.name, step.name)}
      onClose={props.onClose}
      footer={
        <>
          {!step.confirmed && (
            <button type="button" className="btn" onClick={props.onConfirmStep}>
              {t.confirmStep}
            </button>
          )}
          <button type="button" className="btn danger" disabled={!props.canReject} onClick={props.onReject}>
            {t.reject}
          </button>
          <button type="button" className="btn" data-close onClick={props.onClose}>
            {t.close}
          </button>
        </>
      }
    >
      <table className="cell-details">
        <tbody>
          {members.map((m) => (
            <tr key={m.elementId}>
              <td>
                <strong>{m.label}</strong>
                <div className="muted">
                  {t.elementId}: {m.elementId}
                  {m.event ? ` · ${TEXTS.matrix.eventTitle(m.event)}` : ''}
                </div>
              </td>
              <td>
                {t.confidence}: {Math.round(m.confidence * 100)} %{m.confirmed ? ' ✓' : ''}
              </td>
              <td>
                <button
                  type="button"
                  className="btn ghost"
                  aria-expanded={explained === m.elementId}
                  aria-label={TEXTS.explain.buttonLabel(m.label)}
                  onClick={() => setExplained(explained === m.elementId ? null : m.elementId)}
                >
                  {TEXTS.explain.button}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {explained && (
        <ExplainPanel member={members.find((m) => m.elementId === explained) ?? members[0]} others={others} variantNames={props.variantNames} />
      )}
      <dl className="cell-facts">
        <dt>{t.role}</dt>
        <dd>{cell.roles.join(', ') || '–'}</dd>
        <dt>{t.it}</dt>
        <dd>{cell.itSysteme.join(', ') || '–'}</dd>
        <dt>{t.medium}</dt>
        <dd>{cell.media.join(', ') || '–'}</dd>
      </dl>
      <p className="muted">{props.canReject ? t.rejectHint : t.rejectUnavailable}</p>
    </Dialog>
  );
}
