import { memo } from 'react';
import type { MatrixColumn, MatrixRow } from '../../../../domain/compare/views/stepMatrix';
import { TEXTS } from '../compareTexts';
import { cellView } from './matrixViewModel';

/** Row-level actions of the matrix. */
export type StepAction = 'confirm' | 'rename' | 'split';

export interface MatrixRowViewProps {
  row: MatrixRow;
  columns: readonly MatrixColumn[];
  selected: boolean;
  /** Stable callbacks (the table keeps them in refs), so a row re-renders only when its data changes. */
  onToggle(stepId: string, selected: boolean): void;
  onAction(action: StepAction, stepId: string): void;
  onOpenCell(stepId: string, column: number): void;
}

/**
 * One step of the matrix. Memoised: hovering, selecting another row or typing in a dialog never
 * re-renders the other rows (hover is pure CSS).
 */
export const MatrixRowView = memo(function MatrixRowView({ row, columns, selected, onToggle, onAction, onOpenCell }: MatrixRowViewProps) {
  const t = TEXTS.matrix;
  const members = row.cells.reduce((n, c) => n + (c ? c.labels.length : 0), 0);
  return (
    <tr className={selected ? 'selected' : undefined} data-testid="matrix-row" data-step-id={row.stepId}>
      <th scope="row" className="step-head">
        <div className="step-name-line">
          <input type="checkbox" checked={selected} aria-label={t.select(row.name)} onChange={(e) => onToggle(row.stepId, e.target.checked)} />
          <span className="step-name">{row.name}</span>
        </div>
        <div className="step-line">
          <span className="support" title={t.supportTitle(row.support, columns.length)}>
            {row.support}/{columns.length}
          </span>
          {row.confirmed && <span className="badge ok">✓ {t.confirmed}</span>}
          <span className="step-actions">
            {!row.confirmed && (
              <button type="button" className="icon-btn" aria-label={t.confirmLabel(row.name)} title={t.confirm} onClick={() => onAction('confirm', row.stepId)}>
                ✓
              </button>
            )}
            <button type="button" className="icon-btn" aria-label={t.renameLabel(row.name)} title={t.rename} onClick={() => onAction('rename', row.stepId)}>
              ✎
            </button>
            <button type="button" className="icon-btn" aria-label={t.splitLabel(row.name)} title={t.splitAction} onClick={() => onAction('split', row.stepId)} disabled={members < 2}>
              ✂
            </button>
          </span>
        </div>
      </th>
      {row.cells.map((cell, i) => {
        const column = columns[i];
        if (!cell) {
          return (
            <td key={column.variantId} className="cell gap" title={t.gapTitle(column.name)}>
              <span aria-hidden="true">—</span>
              <span className="visually-hidden">{t.gapTitle(column.name)}</span>
            </td>
          );
        }
        const v = cellView(cell);
        return (
          <td key={column.variantId} className={v.className}>
            <button type="button" className="cell-btn" tabIndex={-1} aria-label={t.cellLabel(column.name, v.event ? `${v.label} (${t.legendEvent})` : v.label)} onClick={() => onOpenCell(row.stepId, i)} title={`${t.confidence(v.confidencePct)}${v.split ? ` · ${t.split(v.split)}` : ''}`}>
              <span className="cell-label">{v.label}</span>
              {v.meta && <span className="cell-meta">{v.meta}</span>}
              <span className="cell-foot">
                <span className={v.low ? 'conf low' : 'conf'}>{v.low ? `? ${t.lowConfidence} ` : ''}{v.confidencePct} %</span>
                {v.split > 0 && <span className="split-badge">1:{v.split}</span>}
                {v.event && <span className="event-badge" title={t.eventTitle(v.event)}>{t.eventBadge}</span>}
                {cell.confirmed && <span className="conf-ok" aria-label={t.confirmed}>✓</span>}
              </span>
            </button>
          </td>
        );
      })}
    </tr>
  );
});
