import { describe, expect, it } from 'vitest';
import { districtMatrix } from '../../../../src/ui/features/findings/districtMatrix';

describe('districtMatrix', () => {
  it('should sum findings per district and Modellart, sort districts by total, and list used categories in catalog order', () => {
    const m = districtMatrix([
      { organisationseinheit: 'Bezirksamt Mitte', modellart: 'IST', errorCount: 1, findingsByCategory: { naming: 2, structure: 1 } },
      { organisationseinheit: 'Bezirksamt Neukölln', modellart: 'IST', errorCount: 0, findingsByCategory: { naming: 9 } },
      { organisationseinheit: 'Bezirksamt Mitte', modellart: 'IST', errorCount: 0, findingsByCategory: { layout: 1 } },
      { organisationseinheit: 'Bezirksamt Mitte', modellart: 'SOLL', errorCount: 0, findingsByCategory: {} },
      { organisationseinheit: 'Bezirksamt Pankow', modellart: 'IST' }
    ]);
    expect(m.categories).toEqual(['structure', 'naming', 'layout']);
    expect(m.rows.map((r) => [r.organisationseinheit, r.modellart, r.total, r.checked])).toEqual([
      ['Bezirksamt Neukölln', 'IST', 9, true],
      ['Bezirksamt Mitte', 'IST', 4, true],
      ['Bezirksamt Mitte', 'SOLL', 0, true],
      ['Bezirksamt Pankow', 'IST', 0, false]
    ]);
    expect(m.rows[1].counts).toEqual({ naming: 2, structure: 1, layout: 1 });
    expect(m.max).toBe(9);
  });
});
