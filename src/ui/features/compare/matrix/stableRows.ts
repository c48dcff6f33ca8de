import type { MatrixRow } from '../../../../domain/compare/views/stepMatrix';

/**
 * Keep row objects whose content did not change between two comparison results, so that after a
 * decision (a new result from the worker) only the rows that really changed re-render. Rows are
 * compared by their serialised content (a few ms for hundreds of rows, far cheaper than
 * re-rendering them).
 */
export function reuseRows(previous: ReadonlyMap<string, { key: string; row: MatrixRow }>, next: readonly MatrixRow[]): { rows: MatrixRow[]; index: Map<string, { key: string; row: MatrixRow }> } {
  const index = new Map<string, { key: string; row: MatrixRow }>();
  const rows = next.map((row) => {
    const key = JSON.stringify(row);
    const old = previous.get(row.stepId);
    const kept = old && old.key === key ? old.row : row;
    index.set(row.stepId, { key, row: kept });
    return kept;
  });
  return { rows, index };
}
