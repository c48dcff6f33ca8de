import { describe, expect, it } from 'vitest';
import { profileForModellart, isProfile } from '../../../src/linting/profiles';
import { resolveRules, toSeverity } from '../../../src/linting/resolveRules';
import { testRegistry } from '../../fixtures/lint/testRules';

const registry = testRegistry();
const summary = (rules: ReturnType<typeof resolveRules>) => rules.map((r) => [r.id, r.severity, r.params]);

describe('resolveRules', () => {
  it('should take the rules, severities and parameters of a profile in catalog order', () => {
    expect(summary(resolveRules(registry, { profile: 'basis' }))).toEqual([
      ['task-needs-name', 'error', {}],
      ['duplicate-task-name', 'warning', {}],
      ['skip-sub-process', 'info', {}]
    ]);
    expect(summary(resolveRules(registry, { profile: 'soll' }))).toEqual([
      ['task-needs-name', 'error', {}],
      ['model-level', 'warning', { max: 5 }]
    ]);
  });

  it('should default to the basis profile', () => {
    expect(resolveRules(registry, {}).map((r) => r.id)).toEqual(resolveRules(registry, { profile: 'basis' }).map((r) => r.id));
  });

  it('should carry code and category from the catalog record', () => {
    const [first] = resolveRules(registry, { profile: 'basis' });
    expect(first).toMatchObject({ code: 'T-NAME-01', category: 'naming' });
  });

  it('should apply a team override of severity, parameters and membership', () => {
    const rules = resolveRules(registry, {
      profile: 'soll',
      ruleOverrides: {
        'task-needs-name': { severity: 'off' },
        'model-level': { severity: 'info', params: { max: 9 } },
        'echo-params': { severity: 'warning' }
      }
    });
    expect(summary(rules)).toEqual([
      ['model-level', 'info', { max: 9 }],
      // switched on by override: the catalog parameters of the rule for this profile
      ['echo-params', 'warning', { a: 1, b: 'x' }]
    ]);
  });

  it('should keep the profile severity when an override only changes parameters', () => {
    const rules = resolveRules(registry, { profile: 'experte', ruleOverrides: { 'echo-params': { params: { b: 'z' } } } });
    expect(summary(rules)).toEqual([['echo-params', 'info', { a: 1, b: 'z' }]]);
  });

  it('should accept an explicit bpmnlint-style config with numeric and array levels', () => {
    const rules = resolveRules(registry, { config: { rules: { 'task-needs-name': 2, 'duplicate-task-name': ['warn', { x: 1 }], 'skip-sub-process': 0, 'di-shape': 3 } } });
    expect(summary(rules)).toEqual([
      ['task-needs-name', 'error', {}],
      ['duplicate-task-name', 'warning', { x: 1 }],
      ['di-shape', 'info', {}]
    ]);
  });

  it('should accept rule ids with the plugin prefix of .bpmnlintrc files', () => {
    const rules = resolveRules(registry, { config: { rules: { 'gpm/task-needs-name': 'error' } }, ruleOverrides: { 'bpmnlint-plugin-gpm/task-needs-name': { severity: 'info' } } });
    expect(summary(rules)).toEqual([['task-needs-name', 'info', {}]]);
  });

  it('should map bpmnlint levels to severities', () => {
    expect([toSeverity('warn'), toSeverity('ERROR'), toSeverity(3), toSeverity('off'), toSeverity('nonsense')]).toEqual(['warning', 'error', 'info', 'off', undefined]);
  });
});

describe('profiles', () => {
  it('should pick basis for IST, soll for SOLL and basis when unknown', () => {
    expect(profileForModellart('IST')).toBe('basis');
    expect(profileForModellart('SOLL')).toBe('soll');
    expect(profileForModellart(' soll ')).toBe('soll');
    expect(profileForModellart(undefined)).toBe('basis');
  });

  it('should recognise profile names', () => {
    expect(['basis', 'experte', 'soll', 'fim', 'all', 3].map(isProfile)).toEqual([true, true, true, true, false, false]);
  });
});
