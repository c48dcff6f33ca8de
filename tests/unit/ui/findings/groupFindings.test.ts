import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/domain/model/finding';
import { countFindings, filterFindings, groupFindings, keyFindings } from '../../../../src/ui/features/findings/groupFindings';

const f = (rule: string, category: Finding['category'], severity: Finding['severity'], elementId: string, extra: Partial<Finding> = {}): Finding => ({
  rule,
  category,
  severity,
  elementId,
  elementName: elementId,
  message: `${rule} at ${elementId}`,
  ...extra
});

const FINDINGS: Finding[] = [
  f('label-required', 'naming', 'error', 'Task_1'),
  f('xor-gateway-question', 'naming', 'warning', 'Gw_1'),
  f('xor-gateway-question', 'naming', 'warning', 'Gw_2', { waived: { reason: 'abgestimmt' } }),
  f('end-event-required', 'structure', 'error', 'Process_1'),
  f('edge-routing', 'layout', 'info', 'Flow_1'),
  f('label-form', 'naming', 'info', 'Task_1'),
  f('rule-error', 'rule-error', 'warning', 'Defs_1')
];
const title = (rule: string) => ({ title: `Titel ${rule}`, code: rule === 'end-event-required' ? 'MK-STR-02' : undefined });
const all = { severities: ['error', 'warning', 'info'] as const, showWaived: true };

describe('countFindings', () => {
  it('should count open findings per severity and waived findings apart', () => {
    expect(countFindings(FINDINGS)).toEqual({ error: 2, warning: 2, info: 2, waived: 1 });
  });
});

describe('keyFindings', () => {
  it('should give equal findings of two runs the same key and number repeated ones', () => {
    const twice = [FINDINGS[0], { ...FINDINGS[0] }];
    const keys = keyFindings(twice).map((k) => k.key);
    expect(keys[0]).toBe('label-required|Task_1|label-required at Task_1');
    expect(keys[1]).toBe(`${keys[0]}#1`);
    expect(keyFindings([{ ...FINDINGS[0] }])[0].key).toBe(keys[0]);
  });
});

describe('filterFindings', () => {
  const keyed = keyFindings(FINDINGS);

  it('should keep only the chosen severities', () => {
    const shown = filterFindings(keyed, { ...all, severities: ['error'] });
    expect(shown.map((k) => k.finding.rule)).toEqual(['label-required', 'end-event-required']);
  });

  it('should hide waived findings unless asked to show them', () => {
    expect(filterFindings(keyed, { ...all, showWaived: false }).some((k) => k.finding.waived)).toBe(false);
    expect(filterFindings(keyed, all).filter((k) => k.finding.waived)).toHaveLength(1);
  });

  it('should filter by category and by the selected elements', () => {
    expect(filterFindings(keyed, { ...all, category: 'layout' }).map((k) => k.finding.elementId)).toEqual(['Flow_1']);
    expect(filterFindings(keyed, { ...all, elementIds: ['Task_1'] }).map((k) => k.finding.rule)).toEqual(['label-required', 'label-form']);
  });
});

describe('groupFindings', () => {
  const keyed = keyFindings(FINDINGS);

  it('should group by category in catalog order with counts', () => {
    const groups = groupFindings(keyed, 'category', title);
    expect(groups.map((g) => g.key)).toEqual(['structure', 'naming', 'layout', 'rule-error']);
    const naming = groups[1];
    expect(naming.counts).toEqual({ error: 1, warning: 1, info: 1, waived: 1 });
    // most severe rule first; the waived finding after the open one
    expect(naming.rules.map((r) => r.rule)).toEqual(['label-required', 'xor-gateway-question', 'label-form']);
    const question = naming.rules[1];
    expect(question.counts).toEqual({ error: 0, warning: 1, info: 0, waived: 1 });
    expect(question.findings.map((k) => !!k.finding.waived)).toEqual([false, true]);
    expect(question.title).toBe('Titel xor-gateway-question');
  });

  it('should group by severity, errors first, and carry catalog codes', () => {
    const groups = groupFindings(keyed, 'severity', title);
    expect(groups.map((g) => g.key)).toEqual(['error', 'warning', 'info']);
    expect(groups[0].rules.find((r) => r.rule === 'end-event-required')?.code).toBe('MK-STR-02');
  });

  it('should put a rule whose findings are all waived after rules with open findings', () => {
    const groups = groupFindings(keyFindings([f('a-rule', 'naming', 'error', 'X', { waived: { reason: 'r' } }), f('b-rule', 'naming', 'info', 'Y')]), 'category', title);
    expect(groups[0].rules.map((r) => r.rule)).toEqual(['b-rule', 'a-rule']);
  });
});
