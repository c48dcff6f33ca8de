import { describe, expect, it } from 'vitest';
import { explainMatch } from '../../../../src/domain/compare/matching/explainMatch';
import { matchVariants } from '../../../../src/domain/compare/matching/matchVariants';
import { variant } from './graphFixture';

const a = variant('A', [{ label: 'Antrag prüfen', role: 'Sachbearbeitung' }, { label: 'Bescheid erstellen', role: 'Sachbearbeitung' }]);
const b = variant('B', [{ label: 'Prüfung des Antrags', role: 'Sachbearbeitung' }, { label: 'Akte anlegen', role: 'Registratur' }]);

describe('explainMatch', () => {
  it('given a matched pair, when explained, then the signals should add up to the score above the threshold', () => {
    const e = explainMatch([a, b], { variantId: 'A', elementId: 'T1' }, { variantId: 'B', elementId: 'T1' })!;
    expect(e.termsA.sort()).toEqual(e.termsB.sort());
    expect(e.signals[0]).toMatchObject({ id: 'label', kind: 'base', evidence: 1 });
    expect(e.signals.find((s) => s.id === 'role')!.contribution).toBeGreaterThan(0);
    const sum = e.signals.reduce((s, x) => s + x.contribution, 0);
    expect(e.score).toBeCloseTo(Math.min(1, sum), 2);
    expect(e.score).toBeGreaterThanOrEqual(e.threshold);
  });

  it('given an unrelated pair, when explained, then the score should stay below the threshold', () => {
    const e = explainMatch([a, b], { variantId: 'A', elementId: 'T2' }, { variantId: 'B', elementId: 'T2' })!;
    expect(e.score).toBeLessThan(e.threshold);
    expect(matchVariants([a, b]).steps.find((s) => s.members.some((m) => m.label === 'Akte anlegen'))!.support).toBe(1);
  });

  it('given an unknown element, when explained, then it should return undefined', () => {
    expect(explainMatch([a, b], { variantId: 'A', elementId: 'nope' }, { variantId: 'B', elementId: 'T1' })).toBeUndefined();
  });
});
