import { describe, expect, it } from 'vitest';
import { findingsDelta } from '../../../../src/linting/report/findingsDelta';
import { finding } from './reportFixtures';

describe('findingsDelta', () => {
  it('should list new and fixed findings matched by rule and element id', () => {
    const before = [finding({ rule: 'a', elementId: 'T1' }), finding({ rule: 'b', elementId: 'T2' })];
    const now = [finding({ rule: 'a', elementId: 'T1' }), finding({ rule: 'c', elementId: 'T3' })];
    const delta = findingsDelta(before, now);
    expect(delta.newFindings.map((f) => f.rule)).toEqual(['c']);
    expect(delta.fixedFindings.map((f) => f.rule)).toEqual(['b']);
    expect(delta.unchanged).toBe(1);
  });

  it('should fall back to rule and element name when the element id changed', () => {
    const before = [finding({ rule: 'a', elementId: 'Activity_0x1', elementName: 'Antrag prüfen' })];
    const now = [finding({ rule: 'a', elementId: 'Task_7', elementName: 'Antrag prüfen' })];
    expect(findingsDelta(before, now)).toMatchObject({ newFindings: [], fixedFindings: [], unchanged: 1 });
  });

  it('should not pair unnamed elements by their empty name', () => {
    const before = [finding({ rule: 'a', elementId: 'T1' })];
    const now = [finding({ rule: 'a', elementId: 'T9' })];
    const delta = findingsDelta(before, now);
    expect([delta.newFindings.length, delta.fixedFindings.length]).toEqual([1, 1]);
  });

  it('should pair two findings of one rule on one element by message first', () => {
    const before = [finding({ rule: 'a', elementId: 'T1', message: 'x' }), finding({ rule: 'a', elementId: 'T1', message: 'y' })];
    const now = [finding({ rule: 'a', elementId: 'T1', message: 'y' })];
    expect(findingsDelta(before, now).fixedFindings.map((f) => f.message)).toEqual(['x']);
  });

  it('should count a finding that is now waived as fixed and say so', () => {
    const before = [finding({ rule: 'a', elementId: 'T1' })];
    const now = [finding({ rule: 'a', elementId: 'T1', waived: { reason: 'fachlich so gewollt' } })];
    const delta = findingsDelta(before, now);
    expect(delta.fixedFindings).toEqual([expect.objectContaining({ rule: 'a', nowWaived: true })]);
    expect(delta.newFindings).toEqual([]);
  });

  it('should leave rule errors out', () => {
    const now = [finding({ rule: 'rule-error', category: 'rule-error', elementId: 'D' })];
    expect(findingsDelta([], now).newFindings).toEqual([]);
  });
});
