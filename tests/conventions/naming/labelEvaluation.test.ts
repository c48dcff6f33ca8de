import { describe, expect, it } from 'vitest';
import { evaluateLabels, readJudgedLabels } from '../../../bench/labels/labelEvaluation';
import { resolve } from 'node:path';

/**
 * Precision/recall floors measured on the hand-judged labels (`npm run bench:labels`), a little
 * below the achieved values, so that a regression in the label analysis fails.
 */
const FLOORS: Record<string, { precision: number; recall: number }> = {
  name02: { precision: 0.95, recall: 0.95 },
  name03: { precision: 0.9, recall: 0.85 },
  name04: { precision: 0.95, recall: 0.95 },
  name06: { precision: 0.95, recall: 0.95 },
  name10: { precision: 0.95, recall: 0.7 },
  name11: { precision: 0.95, recall: 0.8 }
};

describe('label rules on hand-judged real labels', () => {
  const scores = evaluateLabels();

  it('should evaluate at least 200 judged labels', () => {
    expect(readJudgedLabels().length).toBeGreaterThanOrEqual(200);
  });

  it.each(Object.entries(FLOORS))('should keep %s at or above its precision and recall floor', (column, floor) => {
    const score = scores.find((s) => s.column === column)!;
    expect(score.precision ?? 0).toBeGreaterThanOrEqual(floor.precision);
    expect(score.recall ?? 0).toBeGreaterThanOrEqual(floor.recall);
  });

  it('should judge the sample labels as the reviewer did (no false alarm, slips found)', () => {
    const samples = evaluateLabels(readJudgedLabels(resolve(__dirname, '../../fixtures/labels/labels-de-samples.tsv')));
    expect(samples.reduce((sum, s) => sum + s.fp, 0)).toBe(0);
    for (const s of samples) if (s.tp + s.fn > 0) expect(s.tp / (s.tp + s.fn), s.rule).toBeGreaterThanOrEqual(0.6);
  });

  it('should raise no more than one false alarm on the held-out labels', () => {
    const heldOut = evaluateLabels(readJudgedLabels(resolve(__dirname, '../../fixtures/labels/labels-de-heldout.tsv')));
    expect(heldOut.reduce((sum, s) => sum + s.fp, 0)).toBeLessThanOrEqual(1);
  });
});
