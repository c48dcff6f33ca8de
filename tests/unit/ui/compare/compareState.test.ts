import { describe, expect, it } from 'vitest';
import { memberKey } from '../../../../src/domain/compare/matching/matchTypes';
import type { VariantRecord } from '../../../../src/domain/model/library';
import type { CompareDecisionRecord } from '../../../../src/persistence/storedRecords';
import { confirmStep, mergeSteps, rejectCell, renameStep, splitStep } from '../../../../src/state/compareDecisionIntents';
import { protocolEntries } from '../../../../src/state/compareLog';
import { columnNames, defaultIncluded, orderVariants, resolveSoll } from '../../../../src/state/compareSelection';
import { comparison, compareRun } from './fixtures';
import { sollProposalOf, votingCount } from '../../../../src/state/compareViews';

const v = (id: string, patch: Partial<VariantRecord> = {}): VariantRecord => ({
  id,
  processId: 'p',
  organisationseinheit: `Bezirksamt ${id}`,
  modellart: 'IST',
  status: 'entwurf',
  name: `Wohngeld – IST Bezirksamt ${id}`,
  headRevisionId: `r-${id}`,
  elementCount: 10,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  ...patch
});

describe('compare selection', () => {
  it('should take every variant outside the trash, SOLL first, then by Organisationseinheit', () => {
    const variants = [v('Pankow'), v('Mitte'), v('Std', { modellart: 'SOLL' }), v('Alt', { deletedAt: '2025-02-01T00:00:00Z' })];
    expect(orderVariants(variants).map((x) => x.id)).toEqual(['Std', 'Alt', 'Mitte', 'Pankow']);
    expect(defaultIncluded(variants)).toEqual(['Std', 'Mitte', 'Pankow']);
  });

  it('should choose the released SOLL before drafts and the oldest among equals, honour a choice and "none"', () => {
    const variants = [
      v('Vorschlag', { modellart: 'SOLL', createdAt: '2025-03-01T00:00:00Z' }),
      v('Standard', { modellart: 'SOLL', status: 'freigegeben', createdAt: '2025-05-01T00:00:00Z' }),
      v('Mitte')
    ];
    const all = variants.map((x) => x.id);
    expect(resolveSoll(variants, all, 'auto')).toBe('Standard');
    expect(resolveSoll(variants, ['Vorschlag', 'Mitte'], 'auto')).toBe('Vorschlag');
    expect(resolveSoll(variants, all, 'Mitte')).toBe('Mitte');
    expect(resolveSoll(variants, ['Standard', 'Vorschlag'], 'Mitte')).toBe('Standard');
    expect(resolveSoll(variants, all, 'none')).toBeUndefined();
    expect(resolveSoll([v('A'), v('B')], ['A', 'B'], 'auto')).toBeUndefined();
  });

  it('should name columns by district and tell equal districts apart', () => {
    const names = columnNames([v('Mitte'), v('S1', { organisationseinheit: 'Alle', modellart: 'SOLL' }), v('S2', { organisationseinheit: 'Alle', modellart: 'SOLL' }), v('I1', { organisationseinheit: 'Alle' })]);
    expect([...names.values()]).toEqual(['Bezirksamt Mitte', 'Alle – SOLL (1)', 'Alle – SOLL (2)', 'Alle – IST']);
  });
});

describe('decision intents', () => {
  const result = comparison();
  const step = (label: string) => result.match.steps.find((s) => s.members.some((m) => m.label === label))!;

  it('should confirm a step by all its member keys', () => {
    const s = step('Wohngeld berechnen');
    expect(confirmStep(s)).toEqual({ kind: 'confirm', payload: { members: s.members.map((m) => memberKey(m)) } });
  });

  it('should release one district’s activity from a step by naming another member to keep', () => {
    const s = step('Prüfung des Antrags');
    const intent = rejectCell(s, 'Mitte')!;
    const members = intent.payload.members as string[];
    expect(intent.kind).toBe('reject');
    expect(members[0].startsWith('Mitte::')).toBe(false);
    expect(members.slice(1).every((k) => k.startsWith('Mitte::'))).toBe(true);
    expect(rejectCell(step('Akte archivieren'), 'Mitte')).toBeUndefined();
  });

  it('should merge steps with one activity each, and need at least two steps', () => {
    const intent = mergeSteps([step('Akte archivieren'), step('Bescheid versenden')])!;
    expect(intent.kind).toBe('merge');
    expect(intent.payload.members).toHaveLength(2);
    expect(mergeSteps([step('Akte archivieren')])).toBeUndefined();
  });

  it('should split a step into parts, part 1 staying, and refuse a split that splits nothing', () => {
    const s = step('Wohngeld berechnen');
    const keys = s.members.map((m) => memberKey(m));
    const intent = splitStep(s, new Map([[keys[1], 1]]))!;
    expect(intent).toEqual({ kind: 'split', payload: { parts: [[keys[0], ...keys.slice(2)], [keys[1]]] } });
    expect(splitStep(s, new Map())).toBeUndefined();
    const allMoved = splitStep(s, new Map(keys.map((k, i) => [k, i === 0 ? 1 : 2])))!;
    expect(allMoved.payload.parts).toEqual([[], [keys[0]], keys.slice(1)]);
  });

  it('should rename with a cleaned name and ignore an empty or unchanged one', () => {
    const s = step('Wohngeld berechnen');
    expect(renameStep(s, '  Wohngeld   festsetzen ')!.payload).toMatchObject({ name: 'Wohngeld festsetzen' });
    expect(renameStep(s, '   ')).toBeUndefined();
    expect(renameStep(s, s.name)).toBeUndefined();
  });
});

describe('protocol', () => {
  it('should list active decisions with their status and withdrawn ones with who withdrew them, newest first', () => {
    const s = comparison().match.steps.find((x) => x.members.some((m) => m.label === 'Wohngeld berechnen'))!;
    const keys = s.members.map((m) => memberKey(m));
    const records: CompareDecisionRecord[] = [
      { id: 'd1', processId: 'p', kind: 'confirm', payload: { members: keys }, author: 'Erika', createdAt: '2025-01-01T08:00:00Z' },
      { id: 'd2', processId: 'p', kind: 'rename', payload: { members: keys, name: 'Festsetzen' }, author: 'Max', createdAt: '2025-01-01T09:00:00Z', deletedAt: '2025-01-01T10:00:00Z', withdrawnBy: 'Erika' },
      { id: 'd3', processId: 'p', kind: 'confirm', payload: { members: ['Weg::T9', 'Auch::T9'] }, author: 'Max', createdAt: '2025-01-01T11:00:00Z' }
    ];
    const run = compareRun(records.filter((r) => !r.deletedAt).map((r) => ({ id: r.id, kind: 'confirm', members: r.payload.members as string[], author: r.author, createdAt: r.createdAt })));
    const entries = protocolEntries(records, run.result.log);
    expect(entries.map((e) => [e.id, e.status, e.stale])).toEqual([
      ['d3', 'nicht anwendbar (Aktivitäten fehlen)', true],
      ['d2', 'zurückgenommen von Erika', false],
      ['d1', 'angewendet', false]
    ]);
    expect(entries[1]).toMatchObject({ withdrawn: true, withdrawnAt: '2025-01-01T10:00:00Z', author: 'Max' });
    expect(entries[1].text).toContain('Umbenannt in „Festsetzen“');
    expect(entries[2].text).toContain('Bestätigt');
  });
});

describe('SOLL proposal of a run', () => {
  it('should vote with the IST variants only and keep steps supported by at least k of them', () => {
    const run = compareRun();
    expect(votingCount(run)).toBe(2);
    const two = sollProposalOf(run, 2, 'Wohngeld');
    expect(two.support.map((s) => s.name)).toEqual(expect.arrayContaining(['Antrag prüfen', 'Wohngeld berechnen', 'Bescheid erstellen']));
    expect(two.support.every((s) => s.variantIds.length === 2)).toBe(true);
    const one = sollProposalOf(run, 1, 'Wohngeld');
    expect(one.support.length).toBeGreaterThan(two.support.length);
    expect(one.spec.name).toBe('Wohngeld');
  });
});
