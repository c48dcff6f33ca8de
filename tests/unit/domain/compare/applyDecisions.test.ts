import { describe, expect, it } from 'vitest';
import { applyDecisions } from '../../../../src/domain/compare/decisions/applyDecisions';
import { decisionLog } from '../../../../src/domain/compare/decisions/describeDecision';
import { fromStoredDecision, toDecisionPayload, type StepDecision } from '../../../../src/domain/compare/decisions/stepDecision';
import { matchVariants } from '../../../../src/domain/compare/matching/matchVariants';
import type { MatchResult } from '../../../../src/domain/compare/matching/matchTypes';
import { variant } from './graphFixture';

const a = variant('A', ['Antrag prüfen', 'Akte anlegen', 'Bescheid erstellen']);
const b = variant('B', ['Antrag prüfen', 'Termin vereinbaren', 'Bescheid erstellen']);
const base = { author: 'Beraterin', createdAt: '2026-01-01T10:00:00Z' };
const stepWith = (r: MatchResult, key: string) => r.steps.find((s) => s.members.some((m) => `${m.variantId}::${m.elementId}` === key))!;
const keys = (r: MatchResult, key: string) => stepWith(r, key).members.map((m) => `${m.variantId}::${m.elementId}`).sort();

describe('applyDecisions', () => {
  it('given a confirm of two separate activities, when applied, then they should form one confirmed step', () => {
    const raw = matchVariants([a, b]);
    expect(keys(raw, 'A::T2')).toEqual(['A::T2']);
    const d: StepDecision = { ...base, id: 'd1', kind: 'confirm', members: ['A::T2', 'B::T2'] };
    const { result, applied } = applyDecisions(raw, [d]);
    expect(keys(result, 'A::T2')).toEqual(['A::T2', 'B::T2']);
    expect(stepWith(result, 'A::T2').confirmed).toBe(true);
    expect(stepWith(result, 'A::T2').members.every((m) => m.confidence === 1)).toBe(true);
    expect(applied[0].status).toBe('applied');
  });

  it('given a reject of a matched step, when applied, then the members should be separate steps', () => {
    const raw = matchVariants([a, b]);
    expect(keys(raw, 'A::T1')).toEqual(['A::T1', 'B::T1']);
    const { result } = applyDecisions(raw, [{ ...base, id: 'd1', kind: 'reject', members: ['A::T1', 'B::T1'] }]);
    expect(keys(result, 'A::T1')).toEqual(['A::T1']);
    expect(keys(result, 'B::T1')).toEqual(['B::T1']);
  });

  it('given merge, split and rename, when applied in time order, then the last word should count', () => {
    const raw = matchVariants([a, b]);
    const decisions: StepDecision[] = [
      { ...base, id: 'd2', createdAt: '2026-01-02T00:00:00Z', kind: 'split', parts: [['A::T1'], ['B::T1']] },
      { ...base, id: 'd1', createdAt: '2026-01-01T00:00:00Z', kind: 'merge', members: ['A::T1', 'A::T2'] },
      { ...base, id: 'd3', createdAt: '2026-01-03T00:00:00Z', kind: 'rename', members: ['A::T1'], name: 'Eingangsprüfung' }
    ];
    const { result } = applyDecisions(raw, decisions);
    expect(keys(result, 'A::T1')).toEqual(['A::T1', 'A::T2']);
    expect(keys(result, 'B::T1')).toEqual(['B::T1']);
    expect(stepWith(result, 'A::T1').name).toBe('Eingangsprüfung');
    expect(stepWith(result, 'A::T1').renamed).toBe(true);
  });

  it('given decisions and a changed model, when re-matched, then the decisions should still apply by element id', () => {
    const decisions: StepDecision[] = [
      { ...base, id: 'd1', kind: 'confirm', members: ['A::T2', 'B::T2'] },
      { ...base, id: 'd2', kind: 'rename', members: ['B::T2'], name: 'Akte anlegen (digital)' }
    ];
    const changedB = variant('B', ['Antrag prüfen', { id: 'T2', label: 'Vorgang im System eröffnen' }, 'Unterlagen scannen', 'Bescheid erstellen']);
    const { result } = applyDecisions(matchVariants([a, changedB]), decisions);
    expect(keys(result, 'A::T2')).toEqual(['A::T2', 'B::T2']);
    expect(stepWith(result, 'A::T2').name).toBe('Akte anlegen (digital)');
  });

  it('given a decision about deleted activities, when applied, then it should be stale and noted, never thrown', () => {
    const { result, applied } = applyDecisions(matchVariants([a, b]), [{ ...base, id: 'd1', kind: 'merge', members: ['A::gone', 'B::gone'] }]);
    expect(applied[0].status).toBe('stale');
    expect(result.notes.some((n) => n.includes('nicht mehr gibt'))).toBe(true);
  });

  it('given applied decisions, when logged, then the log should say who decided what and when, newest first', () => {
    const raw = matchVariants([a, b]);
    const { applied } = applyDecisions(raw, [
      { ...base, id: 'd1', kind: 'confirm', members: ['A::T1', 'B::T1'] },
      { ...base, id: 'd2', createdAt: '2026-02-01T00:00:00Z', author: 'Berater', kind: 'rename', members: ['A::T1'], name: 'Prüfen' }
    ]);
    const log = decisionLog(applied, (k) => (k === 'A::T1' ? 'Antrag prüfen' : undefined));
    expect(log.map((e) => e.id)).toEqual(['d2', 'd1']);
    expect(log[0]).toMatchObject({ author: 'Berater', kind: 'rename', status: 'applied' });
    expect(log[1].text).toContain('Bestätigt: „Antrag prüfen“ (A)');
  });

  it('given a decision, when stored and read back, then it should be the same decision; withdrawn ones should be dropped', () => {
    const d: StepDecision = { ...base, id: 'd1', kind: 'split', parts: [['A::T1'], ['B::T1']] };
    const record = { id: d.id, kind: d.kind, payload: toDecisionPayload(d), author: d.author, createdAt: d.createdAt };
    expect(fromStoredDecision(record)).toEqual(d);
    expect(fromStoredDecision({ ...record, deletedAt: '2026-01-05T00:00:00Z' })).toBeUndefined();
    expect(fromStoredDecision({ ...record, payload: { parts: 'x' } })).toBeUndefined();
  });
});

describe('decision builders', () => {
  it('given steps as the UI shows them, when built into decisions and applied, then the steps should change accordingly', async () => {
    const { confirmStep, detachMember, mergeSteps, renameStep, splitStep } = await import('../../../../src/domain/compare/decisions/decisionBuilders');
    const raw = matchVariants([a, b]);
    const meta = (id: string, minute: number) => ({ id, author: 'B', createdAt: `2026-01-01T10:${String(minute).padStart(2, '0')}:00Z` });
    const check = stepWith(raw, 'A::T1');
    const alone = [stepWith(raw, 'A::T2'), stepWith(raw, 'B::T2')];
    const decisions = [
      confirmStep(check, meta('d1', 1)),
      mergeSteps(alone, meta('d2', 2)),
      renameStep(stepWith(raw, 'A::T2'), '  Akte anlegen  ', meta('d3', 3)),
      detachMember(check, 'B::T1', meta('d4', 4))
    ];
    const { result, applied } = applyDecisions(raw, decisions);
    expect(applied.every((x) => x.status === 'applied')).toBe(true);
    expect(keys(result, 'A::T2')).toEqual(['A::T2', 'B::T2']);
    expect(stepWith(result, 'A::T2').name).toBe('Akte anlegen');
    expect(keys(result, 'A::T1')).toEqual(['A::T1']);
    expect(splitStep([['A::T1'], []], meta('d5', 5)).parts).toEqual([['A::T1']]);
  });
});
