import type { Step } from '../../../../domain/compare/matching/matchTypes';
import type { MatrixCell, MatrixColumn } from '../../../../domain/compare/views/stepMatrix';
import { Dialog } from '../../../components/Dialog';
import { TEXTS } from '../compareTexts';

/** Details of one cell (the variant's activities in a step) and what a consultant can decide about it. */
export function CellDialog(props: {
  step: Step;
  column: MatrixColumn;
  cell: MatrixCell;
  canReject: boolean;
  onReject(): void;
  onConfirmStep(): void;
  onClose(): void;
}) {
  const { step, column, cell } = props;
  const t = TEXTS.cell;
  const members = step.members.filter((m) => m.variantId === column.variantId);
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
                </div>
              </td>
              <td>
                {t.confidence}: {Math.round(m.confidence * 100)} %{m.confirmed ? ' ✓' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
