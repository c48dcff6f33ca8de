import { cellLabels, type StepMatrix } from '../views/stepMatrix';
import { toCsv } from './csv';

/**
 * The steps × variants matrix as CSV: one row per step (name, support, confidence), then per
 * variant four columns: label, role, IT system, medium (several activities joined by " + ").
 */
export function matrixCsv(matrix: StepMatrix): string {
  const header: string[] = ['Schritt', 'Unterstützung', 'Anteil', 'Konfidenz', 'Bestätigt'];
  for (const c of matrix.columns) header.push(`${c.name}: Aktivität`, `${c.name}: Rolle`, `${c.name}: IT-System`, `${c.name}: Medium`);
  const rows = matrix.rows.map((r) => {
    const row: Array<string | number> = [r.name, r.support, formatNumber(r.supportShare), formatNumber(r.confidence), r.confirmed ? 'ja' : 'nein'];
    for (const cell of r.cells) {
      if (!cell) row.push('', '', '', '');
      else row.push(cellLabels(cell), cell.roles.join(', '), cell.itSysteme.join(', '), cell.media.join(', '));
    }
    return row;
  });
  return toCsv([header, ...rows]);
}

/** Numbers with a decimal comma, as German Excel expects. */
export function formatNumber(x: number): string {
  return String(Math.round(x * 1000) / 1000).replace('.', ',');
}
