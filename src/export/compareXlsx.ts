import ExcelJS from 'exceljs';
import type { SollDeviationReport } from '../domain/compare/views/compareToSoll';
import { cellLabels, type StepMatrix } from '../domain/compare/views/stepMatrix';
import type { SimilarityMatrix } from '../domain/compare/views/variantSimilarity';
import { heatColor, heatTextColor } from './compareHeatmapSvg';

/**
 * The comparison as one Excel workbook, the table consultants used to build by hand:
 * 1. "Matrix" — steps × variants; per variant four columns (Aktivität, Rolle, IT-System, Medium)
 *    under the merged variant name; gaps filled red with "—", uncertain assignments amber, split
 *    steps (1:n) noted; the two header rows and the step column frozen, an auto filter.
 * 2. "Abweichungen" — one row per deviation from the SOLL (coverage in percent), auto filter.
 * 3. "Ähnlichkeit" — the similarity matrix in percent, coloured like the heatmap, with the
 *    explanation of the measure and its three parts per pair.
 */
export interface CompareWorkbookInput {
  processName: string;
  matrix: StepMatrix;
  deviations: readonly SollDeviationReport[];
  similarity: SimilarityMatrix;
  /** Assignments below this confidence are marked (default 0.6, as on the page). */
  lowConfidence?: number;
}

/** Sheet names (German, as Excel shows them). */
export const COMPARE_SHEETS = { matrix: 'Matrix', deviations: 'Abweichungen', similarity: 'Ähnlichkeit' } as const;

/** MIME type of `.xlsx`. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const GAP_FILL = 'FFFBE3E1';
const LOW_FILL = 'FFFFF1D6';
const HEAD_FILL = 'FFE6ECF3';
const KIND_DE = { missing: 'fehlt', extra: 'zusätzlich', order: 'Reihenfolge', role: 'Rolle' } as const;

const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** Build the workbook (pure data; write it with `compareXlsx` or `workbook.xlsx.writeBuffer()`). */
export function buildCompareWorkbook(input: CompareWorkbookInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'GPM Workbench';
  wb.title = `Variantenvergleich ${input.processName}`;
  addMatrixSheet(wb, input);
  addDeviationSheet(wb, input.deviations);
  addSimilaritySheet(wb, input.similarity);
  return wb;
}

/** The workbook as `.xlsx` bytes. */
export async function compareXlsx(input: CompareWorkbookInput): Promise<Uint8Array> {
  const buffer = await buildCompareWorkbook(input).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addMatrixSheet(wb: ExcelJS.Workbook, input: CompareWorkbookInput): void {
  const { matrix } = input;
  const low = input.lowConfidence ?? 0.6;
  const ws = wb.addWorksheet(COMPARE_SHEETS.matrix, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  const fixed = ['Schritt', 'Unterstützung', 'Anteil', 'Konfidenz', 'Bestätigt'];
  const top: string[] = [...fixed];
  const sub: string[] = [...fixed];
  for (const c of matrix.columns) {
    top.push(`${c.name} (${c.modellart})`, '', '', '');
    sub.push('Aktivität', 'Rolle', 'IT-System', 'Medium');
  }
  ws.addRow(top);
  ws.addRow(sub);
  fixed.forEach((_, i) => ws.mergeCells(1, i + 1, 2, i + 1));
  matrix.columns.forEach((_, k) => ws.mergeCells(1, fixed.length + 1 + k * 4, 1, fixed.length + 4 + k * 4));
  for (const r of [1, 2]) {
    ws.getRow(r).eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = fill(HEAD_FILL);
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
  }
  for (const row of matrix.rows) {
    const values: Array<string | number> = [row.name, row.support, row.supportShare, row.confidence, row.confirmed ? 'ja' : 'nein'];
    for (const cell of row.cells) {
      if (!cell) values.push('—', '', '', '');
      else values.push(cellLabels(cell), cell.roles.join(', '), cell.itSysteme.join(', '), cell.media.join(', '));
    }
    const added = ws.addRow(values);
    added.getCell(3).numFmt = '0%';
    added.getCell(4).numFmt = '0%';
    row.cells.forEach((cell, k) => {
      const first = fixed.length + 1 + k * 4;
      if (!cell) {
        for (let c = first; c < first + 4; c++) added.getCell(c).fill = fill(GAP_FILL);
        return;
      }
      const label = added.getCell(first);
      const notes: string[] = [];
      if (!cell.confirmed && cell.confidence < low) {
        label.fill = fill(LOW_FILL);
        notes.push(`unsichere Zuordnung (Konfidenz ${Math.round(cell.confidence * 100)} %)`);
      }
      if (cell.split) notes.push(`1:${cell.labels.length} – in ${cell.labels.length} Aktivitäten aufgeteilt`);
      if (notes.length) label.note = notes.join('; ');
    });
  }
  ws.getColumn(1).width = 42;
  for (let c = 2; c <= fixed.length; c++) ws.getColumn(c).width = 12;
  matrix.columns.forEach((_, k) => {
    const first = fixed.length + 1 + k * 4;
    ws.getColumn(first).width = 34;
    ws.getColumn(first + 1).width = 20;
    ws.getColumn(first + 2).width = 18;
    ws.getColumn(first + 3).width = 10;
  });
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + matrix.rows.length, column: top.length } };
}

function addDeviationSheet(wb: ExcelJS.Workbook, reports: readonly SollDeviationReport[]): void {
  const ws = wb.addWorksheet(COMPARE_SHEETS.deviations, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'Variante', key: 'variant', width: 34 },
    { header: 'SOLL', key: 'soll', width: 30 },
    { header: 'Abdeckung', key: 'coverage', width: 12, style: { numFmt: '0%' } },
    { header: 'Art', key: 'kind', width: 14 },
    { header: 'Schritt', key: 'step', width: 36 },
    { header: 'Elemente', key: 'elements', width: 30 },
    { header: 'Beschreibung', key: 'text', width: 80 }
  ];
  ws.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = fill(HEAD_FILL);
  });
  for (const r of reports) {
    if (r.deviations.length === 0) ws.addRow({ variant: r.variantName, soll: r.sollName, coverage: r.coverage, kind: '', step: '', elements: '', text: 'keine Abweichungen' });
    for (const d of r.deviations) {
      ws.addRow({ variant: r.variantName, soll: r.sollName, coverage: r.coverage, kind: KIND_DE[d.kind], step: d.stepName, elements: d.elementIds.join(' '), text: d.text });
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ws.rowCount), column: 7 } };
}

function addSimilaritySheet(wb: ExcelJS.Workbook, similarity: SimilarityMatrix): void {
  const ws = wb.addWorksheet(COMPARE_SHEETS.similarity, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const n = similarity.names.length;
  ws.addRow(['Ähnlichkeit', ...similarity.names]).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = fill(HEAD_FILL);
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  similarity.cells.forEach((row, i) => {
    const added = ws.addRow([similarity.names[i], ...row.map((c) => c.similarity)]);
    added.getCell(1).font = { bold: true };
    row.forEach((c, j) => {
      const cell = added.getCell(j + 2);
      cell.numFmt = '0%';
      cell.fill = fill(argb(heatColor(c.similarity)));
      cell.font = { color: { argb: argb(heatTextColor(c.similarity)) } };
      cell.note = `Schritte ${Math.round(c.sharedSteps * 100)} % · Struktur ${Math.round(c.structure * 100)} % · Reihenfolge ${Math.round(c.order * 100)} % · ${c.sharedCount} gemeinsame Schritte`;
    });
  });
  ws.addRow([]);
  const explanation = ws.addRow([similarity.explanation]);
  ws.mergeCells(explanation.number, 1, explanation.number, Math.max(2, n + 1));
  explanation.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  explanation.height = 48;
  ws.addRow([]);
  ws.addRow(['Variante A', 'Variante B', 'Ähnlichkeit', 'Gemeinsame Schritte', 'Struktur', 'Reihenfolge', 'Anzahl gemeinsamer Schritte']).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = fill(HEAD_FILL);
  });
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const c = similarity.cells[i][j];
      const added = ws.addRow([similarity.names[i], similarity.names[j], c.similarity, c.sharedSteps, c.structure, c.order, c.sharedCount]);
      for (const k of [3, 4, 5, 6]) added.getCell(k).numFmt = '0%';
    }
  }
  ws.getColumn(1).width = 34;
  for (let j = 2; j <= Math.max(7, n + 1); j++) ws.getColumn(j).width = 16;
}
