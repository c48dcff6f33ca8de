import { describe, expect, it } from 'vitest';
import { summarizeFindings } from '../../../src/linting/summarizeFindings';
import { finding } from './report/reportFixtures';

describe('summarizeFindings', () => {
  it('should count open findings by severity, category and rule, waived and rule errors apart', () => {
    const s = summarizeFindings([
      finding({ rule: 'a', elementId: '1', severity: 'error', category: 'structure' }),
      finding({ rule: 'a', elementId: '2', severity: 'error', category: 'structure' }),
      finding({ rule: 'b', elementId: '3', severity: 'warning', category: 'naming' }),
      finding({ rule: 'c', elementId: '4', severity: 'info', category: 'layout' }),
      finding({ rule: 'b', elementId: '5', severity: 'warning', category: 'naming', waived: { reason: 'ok' } }),
      finding({ rule: 'rule-error', elementId: 'D', severity: 'warning', category: 'rule-error' })
    ]);
    expect(s).toEqual({
      errorCount: 2,
      warningCount: 1,
      infoCount: 1,
      waivedCount: 1,
      ruleErrorCount: 1,
      byCategory: { structure: 2, naming: 1, layout: 1 },
      byRule: { a: 2, b: 1, c: 1 }
    });
  });
});
