import type { MessageDirection } from '../../../../domain/compare/matching/matchable';
import type { MatrixCell, MatrixRow } from '../../../../domain/compare/views/stepMatrix';

/**
 * How the matrix shows a cell: pure, so it is tested without a browser and the memoised rows
 * only re-render when their data changes.
 */

/** Memberships below this confidence are marked as uncertain. */
export const LOW_CONFIDENCE = 0.6;

/** Display data of one cell. */
export interface CellView {
  className: string;
  /** Local label(s); several activities of one variant (1:n) joined by " + ". */
  label: string;
  /** Role · IT system · medium, whatever is known. */
  meta: string;
  confidencePct: number;
  low: boolean;
  split: number;
  /** The variant has the step only as a message event. */
  event?: MessageDirection;
}

/** Display data of a filled cell. */
export function cellView(cell: MatrixCell): CellView {
  const low = !cell.confirmed && cell.confidence < LOW_CONFIDENCE;
  const classes = ['cell'];
  if (low) classes.push('low');
  if (cell.split) classes.push('split');
  if (cell.confirmed) classes.push('confirmed');
  if (cell.event) classes.push('event');
  return {
    className: classes.join(' '),
    label: cell.labels.join(' + '),
    meta: [cell.roles.join(', '), cell.itSysteme.join(', '), cell.media.join(', ')].filter(Boolean).join(' · '),
    confidencePct: Math.round(cell.confidence * 100),
    low,
    split: cell.split ? cell.labels.length : 0,
    event: cell.event
  };
}

/** Fold text for searching: lower case, umlauts and ß spelled out, spaces collapsed. */
export function foldSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Rows whose step name or any local label contains every word of the query. */
export function filterRows(rows: readonly MatrixRow[], query: string): readonly MatrixRow[] {
  const words = foldSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((r) => {
    const text = foldSearch([r.name, ...r.cells.flatMap((c) => c?.labels ?? [])].join(' '));
    return words.every((w) => text.includes(w));
  });
}

/** Number of uncertain cells and gaps in the rows (for the caption). */
export function matrixCounts(rows: readonly MatrixRow[]): { gaps: number; low: number; split: number } {
  let gaps = 0;
  let low = 0;
  let split = 0;
  for (const r of rows) {
    for (const c of r.cells) {
      if (!c) gaps++;
      else {
        if (!c.confirmed && c.confidence < LOW_CONFIDENCE) low++;
        if (c.split) split++;
      }
    }
  }
  return { gaps, low, split };
}
