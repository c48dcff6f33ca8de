import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MatrixRow, MatrixSort } from '../../../../domain/compare/views/stepMatrix';
import { confirmStep, mergeSteps, rejectCell, renameStep, splitStep, type DecisionIntent } from '../../../../state/compareDecisionIntents';
import type { CompareRun } from '../../../../state/compareService';
import { sortMatrixRows, stepsById } from '../../../../state/compareViews';
import { ModellartBadge } from '../../../components/Badges';
import { TEXTS } from '../compareTexts';
import { CellDialog } from './CellDialog';
import { MatrixRowView, type StepAction } from './MatrixRowView';
import { filterRows, matrixCounts } from './matrixViewModel';
import { reuseRows } from './stableRows';
import { ensureTabStop, moveFocus, targetCell } from './gridNavigation';
import { RenameDialog } from './RenameDialog';
import { SplitDialog } from './SplitDialog';

const NO_ROWS: readonly MatrixRow[] = [];

type OpenDialog = { type: 'cell'; stepId: string; column: number } | { type: 'rename'; stepId: string } | { type: 'split'; stepId: string };

const SORTS: MatrixSort[] = ['order', 'support', 'name', 'confidence'];

/**
 * The steps × variants matrix: sticky header (district + IST/SOLL) and step column, sortable and
 * filterable; row buttons confirm, rename and split a step, row checkboxes select steps to merge,
 * a cell opens its details with "lösen" (reject). Decisions go to the store, which stores them
 * and compares again.
 */
export function StepMatrixView({ run, busy, onDecide }: { run: CompareRun; busy: boolean; onDecide(intent: DecisionIntent): void }) {
  const t = TEXTS.matrix;
  const [sort, setSort] = useState<MatrixSort>('order');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  // the same columns keep one array across results (a prop of every memoised row)
  const columnsRef = useRef(run.result.matrix.columns);
  if (JSON.stringify(columnsRef.current) !== JSON.stringify(run.result.matrix.columns)) columnsRef.current = run.result.matrix.columns;
  const columns = columnsRef.current;
  const steps = useMemo(() => stepsById(run), [run]);
  // unchanged rows keep their identity across results, so the memoised rows skip re-rendering
  const rowIndex = useRef(new Map<string, { key: string; row: MatrixRow }>());
  const stable = useMemo(() => {
    const next = reuseRows(rowIndex.current, run.result.matrix.rows);
    rowIndex.current = next.index;
    return next.rows;
  }, [run]);
  const sorted = useMemo(() => sortMatrixRows(stable, sort), [stable, sort]);
  const filtered = useMemo(() => filterRows(sorted, deferredQuery), [sorted, deferredQuery]);
  // the first paint shows the toolbar at once; the rows render in an interruptible background pass
  const rows = useDeferredValue(filtered, NO_ROWS);
  const counts = useMemo(() => matrixCounts(run.result.matrix.rows), [run]);
  const variantNames = useMemo(() => new Map(columns.map((c) => [c.variantId, c.name])), [columns]);

  // callbacks stay stable across renders so the memoised rows do not re-render
  const latest = useRef({ steps, onDecide });
  latest.current = { steps, onDecide };
  const onToggle = useCallback((stepId: string, on: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(stepId);
      else next.delete(stepId);
      return next;
    });
  }, []);
  const onAction = useCallback((action: StepAction, stepId: string) => {
    const step = latest.current.steps.get(stepId);
    if (!step) return;
    if (action === 'confirm') latest.current.onDecide(confirmStep(step));
    else setDialog({ type: action, stepId });
  }, []);
  const onOpenCell = useCallback((stepId: string, column: number) => setDialog({ type: 'cell', stepId, column }), []);

  const tableRef = useRef<HTMLTableElement>(null);
  useEffect(() => ensureTabStop(tableRef.current), [rows]);
  const onGridKey = (e: KeyboardEvent<HTMLTableElement>) => {
    const from = e.target as HTMLElement;
    if (!(from instanceof HTMLButtonElement) || !from.classList.contains('cell-btn')) return;
    const to = targetCell(from, e.key, e.ctrlKey || e.metaKey);
    if (!to) return;
    e.preventDefault();
    moveFocus(from, to);
  };

  const selectedSteps = [...selected].map((id) => steps.get(id)).filter((s) => !!s);
  const merge = mergeSteps(selectedSteps);
  const dialogStep = dialog ? steps.get(dialog.stepId) : undefined;
  const decideAndClose = (intent: DecisionIntent | undefined) => {
    if (intent) onDecide(intent);
    setDialog(null);
  };

  return (
    <div className="matrix-view">
      <div className="toolbar-row matrix-toolbar">
        <label className="field inline">
          {t.sortLabel}
          <select value={sort} onChange={(e) => setSort(e.target.value as MatrixSort)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t.sort[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          {t.filterLabel}
          <input type="search" value={query} placeholder={t.filterPlaceholder} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <button
          type="button"
          className="btn"
          disabled={!merge || busy}
          onClick={() => {
            if (!merge) return;
            onDecide(merge);
            setSelected(new Set());
          }}
        >
          {t.merge(selectedSteps.length)}
        </button>
        {selected.size > 0 && (
          <button type="button" className="btn ghost" onClick={() => setSelected(new Set())}>
            {t.clearSelection}
          </button>
        )}
        <span className="matrix-legend" aria-label={t.legend}>
          <span className="legend-item"><span className="swatch gap" /> {t.legendGap}</span>
          <span className="legend-item"><span className="swatch low" /> {t.legendLow}</span>
          <span className="legend-item"><span className="split-badge">1:n</span> {t.legendSplit}</span>
          <span className="legend-item"><span className="event-badge">{t.eventBadge}</span> {t.legendEvent}</span>
          <span className="legend-item"><span className="conf-ok">✓</span> {t.legendConfirmed}</span>
        </span>
      </div>
      <div className="matrix-scroll" tabIndex={0} aria-label={t.caption(run.result.matrix.rows.length, columns.length)}>
        <table className="step-matrix" data-testid="step-matrix" ref={tableRef} onKeyDown={onGridKey} aria-describedby="matrix-keys">
          <caption className="visually-hidden">
            {t.caption(run.result.matrix.rows.length, columns.length)} – {t.captionCounts(counts.gaps, counts.low)}{' '}
            <span id="matrix-keys">{t.keys}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col" className="step-head">
                {t.stepHeader} <span className="muted">({rows.length})</span>
              </th>
              {columns.map((c) => (
                <th key={c.variantId} scope="col" className={c.variantId === run.result.sollId ? 'col-soll' : undefined}>
                  <span className="col-name">{c.name}</span> <ModellartBadge modellart={c.modellart} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <MatrixRowView key={row.stepId} row={row} columns={columns} selected={selected.has(row.stepId)} onToggle={onToggle} onAction={onAction} onOpenCell={onOpenCell} />
            ))}
          </tbody>
        </table>
        {filtered.length === 0 && <p className="empty">{t.empty}</p>}
      </div>
      {dialog?.type === 'cell' && dialogStep && run.result.matrix.rows.find((r) => r.stepId === dialog.stepId)?.cells[dialog.column] && (
        <CellDialog
          step={dialogStep}
          column={columns[dialog.column]}
          cell={run.result.matrix.rows.find((r) => r.stepId === dialog.stepId)!.cells[dialog.column]!}
          canReject={!!rejectCell(dialogStep, columns[dialog.column].variantId)}
          variantNames={variantNames}
          onReject={() => decideAndClose(rejectCell(dialogStep, columns[dialog.column].variantId))}
          onConfirmStep={() => decideAndClose(confirmStep(dialogStep))}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.type === 'rename' && dialogStep && <RenameDialog name={dialogStep.name} onSave={(name) => decideAndClose(renameStep(dialogStep, name))} onClose={() => setDialog(null)} />}
      {dialog?.type === 'split' && dialogStep && (
        <SplitDialog step={dialogStep} variantNames={variantNames} onSave={(partOf) => decideAndClose(splitStep(dialogStep, partOf))} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}
