import type { SollDeviationReport } from '../views/compareToSoll';
import { toCsv } from './csv';
import { formatNumber } from './matrixCsv';

const KIND_DE = { missing: 'fehlt', extra: 'zusätzlich', order: 'Reihenfolge', role: 'Rolle' } as const;

/** The deviation reports (each variant against the SOLL) as one CSV: one row per deviation. */
export function deviationCsv(reports: readonly SollDeviationReport[]): string {
  const rows: Array<Array<string | number>> = [['Variante', 'SOLL', 'Abdeckung', 'Art', 'Schritt', 'Elemente', 'Beschreibung']];
  for (const r of reports) {
    if (r.deviations.length === 0) rows.push([r.variantName, r.sollName, formatNumber(r.coverage), '', '', '', 'keine Abweichungen']);
    for (const d of r.deviations) {
      rows.push([r.variantName, r.sollName, formatNumber(r.coverage), KIND_DE[d.kind], d.stepName, d.elementIds.join(' '), d.text]);
    }
  }
  return toCsv(rows);
}
