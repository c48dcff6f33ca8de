import { describe, expect, it } from 'vitest';
import type { MatrixCell, MatrixRow } from '../../../../src/domain/compare/views/stepMatrix';
import { cellView, filterRows, foldSearch, LOW_CONFIDENCE, matrixCounts } from '../../../../src/ui/features/compare/matrix/matrixViewModel';
import { reuseRows } from '../../../../src/ui/features/compare/matrix/stableRows';
import { compareRun } from './fixtures';

const cell = (patch: Partial<MatrixCell> = {}): MatrixCell => ({
  elementIds: ['T1'],
  labels: ['Antrag prüfen'],
  roles: ['Sachbearbeitung'],
  itSysteme: ['Fachverfahren'],
  media: ['digital'],
  confidence: 0.9,
  split: false,
  confirmed: false,
  ...patch
});

describe('matrix view model', () => {
  it('should show label, role, IT system and medium of a cell with its confidence in percent', () => {
    expect(cellView(cell())).toEqual({ className: 'cell', label: 'Antrag prüfen', meta: 'Sachbearbeitung · Fachverfahren · digital', confidencePct: 90, low: false, split: 0 });
  });

  it('should mark an uncertain assignment unless a consultant confirmed it', () => {
    expect(cellView(cell({ confidence: LOW_CONFIDENCE - 0.01 }))).toMatchObject({ low: true, className: 'cell low' });
    expect(cellView(cell({ confidence: 0.2, confirmed: true }))).toMatchObject({ low: false, className: 'cell confirmed' });
  });

  it('should join the activities of a split cell (1:n) and say how many there are', () => {
    const v = cellView(cell({ labels: ['Antrag annehmen', 'Antrag erfassen'], elementIds: ['T1', 'T2'], split: true, itSysteme: [], media: [] }));
    expect(v).toMatchObject({ label: 'Antrag annehmen + Antrag erfassen', split: 2, meta: 'Sachbearbeitung', className: 'cell split' });
  });

  it('should filter rows by step name or local label, ignoring case and umlauts', () => {
    const run = compareRun();
    const rows = run.result.matrix.rows;
    expect(filterRows(rows, '')).toBe(rows);
    expect(filterRows(rows, 'PRUEFUNG').map((r) => r.name)).toEqual(['Antrag prüfen']);
    expect(filterRows(rows, 'bescheid vers').map((r) => r.name)).toEqual(['Bescheid versenden']);
    expect(foldSearch('  Prüfung   Größe ')).toBe('pruefung groesse');
  });

  it('should count gaps, uncertain and split cells', () => {
    const rows: MatrixRow[] = [
      { stepId: 'a', name: 'A', support: 1, supportShare: 0.5, confirmed: false, confidence: 0.5, cells: [cell({ confidence: 0.3 }), null] },
      { stepId: 'b', name: 'B', support: 2, supportShare: 1, confirmed: false, confidence: 0.9, cells: [cell({ split: true, labels: ['x', 'y'] }), cell()] }
    ];
    expect(matrixCounts(rows)).toEqual({ gaps: 1, low: 1, split: 1 });
  });

  it('should keep unchanged rows as the same objects when a new result arrives, so they do not re-render', () => {
    const first = compareRun().result.matrix.rows;
    const a = reuseRows(new Map(), first);
    const second = compareRun().result.matrix.rows.map((r, i) => (i === 0 ? { ...r, name: 'Umbenannt' } : r));
    const b = reuseRows(a.index, second);
    expect(b.rows[0]).not.toBe(a.rows[0]);
    expect(b.rows[0].name).toBe('Umbenannt');
    for (let i = 1; i < first.length; i++) expect(b.rows[i]).toBe(a.rows[i]);
  });
});
