import { describe, expect, it } from 'vitest';
import { combinedScore, complianceScore } from '../../../../src/linting/report/complianceScore';
import { finding } from './reportFixtures';

describe('complianceScore', () => {
  it('should be 100 % without open errors or warnings, whatever the infos and waivers', () => {
    const score = complianceScore(
      [finding({ rule: 'a', elementId: 'T1', severity: 'info' }), finding({ rule: 'b', elementId: 'T2', waived: { reason: 'ok' } })],
      10
    );
    expect(score).toMatchObject({ percent: 100, elementsWithErrors: 0, elementsWithWarnings: 0 });
  });

  it('should count an element with an error fully and one with only warnings half', () => {
    const score = complianceScore(
      [
        finding({ rule: 'a', elementId: 'T1', severity: 'error' }),
        finding({ rule: 'b', elementId: 'T1', severity: 'warning' }),
        finding({ rule: 'b', elementId: 'T2', severity: 'warning' }),
        finding({ rule: 'c', elementId: 'T2', severity: 'warning' })
      ],
      10
    );
    // 1 − (1 + 0.5) / 10 = 85 %
    expect(score).toMatchObject({ percent: 85, elementsWithErrors: 1, elementsWithWarnings: 1, penalty: 1.5 });
  });

  it('should ignore rule errors', () => {
    expect(complianceScore([finding({ rule: 'rule-error', category: 'rule-error', elementId: 'D', severity: 'warning' })], 4).percent).toBe(100);
  });

  it('should never show 100 % while something is open', () => {
    expect(complianceScore([finding({ rule: 'a', elementId: 'T1', severity: 'warning' })], 1000).percent).toBe(99);
  });

  it('should not fall below 0 % when findings name more elements than were counted', () => {
    const score = complianceScore([finding({ rule: 'a', elementId: 'X' }), finding({ rule: 'a', elementId: 'Y' })], 1);
    expect(score).toMatchObject({ percent: 0, checkedElements: 2 });
  });

  it('should combine variants by summing penalties and checked elements', () => {
    const a = complianceScore([finding({ rule: 'a', elementId: 'T1' })], 10);
    const b = complianceScore([], 30);
    expect(combinedScore([a, b])).toMatchObject({ percent: 98, checkedElements: 40, elementsWithErrors: 1 });
  });
});
