import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { COMPARE_SHEETS, compareXlsx } from '../../../src/export/compareXlsx';
import { comparison } from '../ui/compare/fixtures';

/** Write the workbook, read it back with exceljs, as Excel would open it. */
async function roundTrip() {
  const result = comparison();
  const bytes = await compareXlsx({ processName: 'Wohngeld', matrix: result.matrix, deviations: result.deviations, similarity: result.similarity });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return { result, wb };
}

describe('compare XLSX export', () => {
  it('should write three sheets: matrix, deviations and similarity', async () => {
    const { wb } = await roundTrip();
    expect(wb.worksheets.map((w) => w.name)).toEqual([COMPARE_SHEETS.matrix, COMPARE_SHEETS.deviations, COMPARE_SHEETS.similarity]);
  });

  it('should lay out the matrix with merged variant headers, four columns per variant, frozen header and step column', async () => {
    const { wb, result } = await roundTrip();
    const ws = wb.getWorksheet('Matrix')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect(ws.getCell('F1').value).toBe('SOLL (SOLL)');
    expect(ws.getCell('F1').isMerged).toBe(true);
    expect(ws.getCell('E1').value).toBe('Bestätigt');
    expect([6, 7, 8, 9].map((c) => ws.getRow(2).getCell(c).value)).toEqual(['Aktivität', 'Rolle', 'IT-System', 'Medium']);
    expect(ws.rowCount).toBe(2 + result.matrix.rows.length);
    const names = result.matrix.rows.map((r) => r.name);
    expect(ws.getColumn(1).values.slice(3)).toEqual(names);
  });

  it('should mark uncertain assignments amber and note them and split cells (1:n)', async () => {
    const result = comparison();
    const cell = { elementIds: ['T1', 'T2'], labels: ['Antrag annehmen', 'Antrag erfassen'], roles: ['Bürgeramt'], itSysteme: [], media: [], confidence: 0.4, split: true, confirmed: false };
    const matrix = { columns: [{ variantId: 'A', name: 'Bezirk A', modellart: 'IST' as const }], rows: [{ stepId: 's', name: 'Antrag aufnehmen', support: 1, supportShare: 1, confirmed: false, confidence: 0.4, cells: [cell] }] };
    const bytes = await compareXlsx({ processName: 'x', matrix, deviations: [], similarity: result.similarity });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const label = wb.getWorksheet('Matrix')!.getCell('F3');
    expect(label.value).toBe('Antrag annehmen + Antrag erfassen');
    expect((label.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF1D6');
    expect(String(label.note)).toContain('unsichere Zuordnung (Konfidenz 40 %)');
    expect(JSON.stringify(label.note)).toContain('1:2');
  });

  it('should fill gaps red with a dash', async () => {
    const { wb, result } = await roundTrip();
    const ws = wb.getWorksheet('Matrix')!;
    const r = result.matrix.rows.findIndex((row) => row.name === 'Akte archivieren');
    const row = ws.getRow(3 + r);
    const sollFirst = 6;
    expect(row.getCell(sollFirst).value).toBe('—');
    expect((row.getCell(sollFirst).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFBE3E1');
    const mitte = sollFirst + 4;
    expect(row.getCell(mitte).value).toBe('Akte archivieren');
    expect(row.getCell(mitte + 1).value).toBe('Registratur');
  });

  it('should list one row per deviation with coverage as a percentage', async () => {
    const { wb, result } = await roundTrip();
    const ws = wb.getWorksheet('Abweichungen')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Variante', 'SOLL', 'Abdeckung', 'Art', 'Schritt', 'Elemente', 'Beschreibung']);
    const count = result.deviations.reduce((n, r) => n + Math.max(1, r.deviations.length), 0);
    expect(ws.rowCount).toBe(1 + count);
    const mitteRole = ws.getRows(2, count)!.find((row) => row.getCell(1).value === 'Mitte' && row.getCell(4).value === 'Rolle')!;
    expect(mitteRole.getCell(5).value).toBe('Bescheid erstellen');
    expect(mitteRole.getCell(3).value).toBe(result.deviations.find((d) => d.variantId === 'Mitte')!.coverage);
    expect(mitteRole.getCell(3).numFmt).toBe('0%');
  });

  it('should write the similarity matrix coloured like the heatmap, with the measure explained', async () => {
    const { wb, result } = await roundTrip();
    const ws = wb.getWorksheet('Ähnlichkeit')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Ähnlichkeit', 'SOLL', 'Mitte', 'Pankow']);
    expect(ws.getCell('B2').value).toBe(1);
    expect(ws.getCell('C2').value).toBe(result.similarity.cells[0][1].similarity);
    expect((ws.getCell('B2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF08306B');
    expect(ws.getCell('A6').value).toBe(result.similarity.explanation);
  });
});
