import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/domain/model/finding';
import { computeMarkers, diffMarkers, markerKey } from '../../../../src/bpmn/modules/lint-markers/markerState';

const f = (elementId: string, severity: Finding['severity'], waived = false): Finding => ({
  rule: 'r',
  category: 'naming',
  severity,
  elementId,
  elementName: '',
  message: 'm',
  ...(waived ? { waived: { reason: 'x' } } : {})
});

describe('computeMarkers', () => {
  it('should mark each element with its highest open severity and its counts', () => {
    const m = computeMarkers([f('A', 'info'), f('A', 'error'), f('A', 'warning', true), f('B', 'warning', true)]);
    expect(m.get('A')).toEqual({ severity: 'error', open: 2, waived: 1 });
    expect(m.get('B')).toEqual({ open: 0, waived: 1 });
  });

  it('should leave out waived findings when asked and never mark rule errors', () => {
    const m = computeMarkers([f('B', 'warning', true), { ...f('Defs', 'warning'), rule: 'rule-error', category: 'rule-error' }], { showWaived: false });
    expect(m.size).toBe(0);
  });
});

describe('diffMarkers', () => {
  it('should touch only elements whose marker changed', () => {
    const drawn = new Map([
      ['A', markerKey({ severity: 'error', open: 1, waived: 0 })],
      ['B', markerKey({ severity: 'warning', open: 1, waived: 0 })],
      ['C', markerKey({ severity: 'info', open: 2, waived: 0 })]
    ]);
    const wanted = computeMarkers([f('A', 'error'), f('B', 'warning'), f('B', 'warning'), f('D', 'info')]);
    const diff = diffMarkers(drawn, wanted);
    expect(diff.removed).toEqual(['C']);
    expect(diff.changed.map(([id]) => id)).toEqual(['B', 'D']);
  });
});
