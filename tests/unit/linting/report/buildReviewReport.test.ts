import { describe, expect, it } from 'vitest';
import { buildReviewReport } from '../../../../src/linting/report/buildReviewReport';
import { SCORE_DEFINITION_DE } from '../../../../src/linting/report/reportTexts';
import { finding, ruleInfo } from './reportFixtures';

const current = [
  finding({ rule: 'label-required', code: 'MK-NAME-01', category: 'naming', elementId: 'T1', severity: 'warning' }),
  finding({ rule: 'end-event', code: 'MK-STR-02', elementId: 'P1', elementName: 'Wohngeld', severity: 'error' }),
  finding({ rule: 'label-required', code: 'MK-NAME-01', category: 'naming', elementId: 'T2', elementName: 'Prüfen', severity: 'warning', waived: { reason: 'Workshop-Stand', author: 'A. B.' } }),
  finding({ rule: 'gateway-question', code: 'MK-NAME-06', category: 'naming', elementId: 'G1', severity: 'info' })
];
const previous = [
  finding({ rule: 'end-event', code: 'MK-STR-02', elementId: 'P1', elementName: 'Wohngeld', severity: 'error' }),
  finding({ rule: 'gateway-question', code: 'MK-NAME-06', category: 'naming', elementId: 'G7', elementName: 'Vollständig', severity: 'warning' })
];

const report = () =>
  buildReviewReport(
    [{ name: 'Wohngeld – Mitte', organisationseinheit: 'Bezirksamt Mitte', profile: 'basis', findings: current, checkedElements: 20, previous: { label: 'Version 2', findings: previous } }],
    { createdAt: '2025-03-12T13:05:00Z', reviewer: 'R. Prüfer', ruleInfo }
  );

describe('buildReviewReport', () => {
  it('should score each variant and carry the score definition', () => {
    const r = report();
    // P1 error (1) + T1 warning (0.5) of 20 → 92.5 → 93 %
    expect(r.variants[0].score.percent).toBe(93);
    expect(r.scoreDefinition).toBe(SCORE_DEFINITION_DE);
    expect(r.variants[0].open).toEqual({ error: 1, warning: 1, info: 1 });
    expect(r.variants[0].waived).toBe(1);
  });

  it('should group findings per rule with titles and element names, errors first, open before waived', () => {
    const rules = report().variants[0].rules;
    expect(rules.map((g) => [g.code, g.title, g.open, g.waived])).toEqual([
      ['MK-STR-02', 'Endereignis vorhanden', 1, 0],
      ['MK-NAME-01', 'Elemente sind beschriftet', 1, 1],
      ['MK-NAME-06', 'XOR-Gateway als Frage', 1, 0]
    ]);
    expect(rules[1].findings.map((f) => f.displayName)).toEqual(['ohne Namen (T1)', 'Prüfen']);
  });

  it('should list waivers with their reasons', () => {
    expect(report().variants[0].waivers).toEqual([
      expect.objectContaining({ rule: 'label-required', elementId: 'T2', displayName: 'Prüfen', reason: 'Workshop-Stand', author: 'A. B.', title: 'Elemente sind beschriftet' })
    ]);
  });

  it('should give the delta against the earlier revision and mark new findings', () => {
    const v = report().variants[0];
    expect(v.delta?.againstLabel).toBe('Version 2');
    expect(v.delta?.newFindings.map((f) => f.elementId)).toEqual(['T1', 'G1']);
    expect(v.delta?.fixedFindings.map((f) => [f.elementId, f.title])).toEqual([['G7', 'XOR-Gateway als Frage']]);
    expect(v.rules[0].findings[0].change).toBe('unchanged');
    expect(v.rules[1].findings[0].change).toBe('new');
  });

  it('should total a selection of variants', () => {
    const r = buildReviewReport(
      [
        { name: 'A', profile: 'basis', findings: current, checkedElements: 20 },
        { name: 'B', profile: 'soll', findings: [], checkedElements: 30 }
      ],
      { createdAt: '2025-03-12T13:05:00Z', ruleInfo }
    );
    expect(r.total.score.percent).toBe(97);
    expect(r.total.open).toEqual({ error: 1, warning: 1, info: 1 });
    expect(r.variants[1].profileLabel).toBe('SOLL (digitalisierungsfähig)');
    expect(r.variants[0].delta).toBeUndefined();
  });
});
