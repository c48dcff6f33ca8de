import { describe, expect, it } from 'vitest';
import { diffRevisions } from '../../../../src/domain/compare/views/diffRevisions';
import { linearGraph } from './graphFixture';

describe('diffRevisions', () => {
  it('given two revisions, when diffed, then added, removed, changed and moved-only elements should be told apart', () => {
    const before = linearGraph('A', ['Antrag prüfen', 'Bescheid erstellen', 'Akte anlegen']);
    const after = structuredClone(before);
    after.nodes.find((n) => n.id === 'T1')!.name = 'Antrag sorgfältig prüfen';
    after.nodes.find((n) => n.id === 'T2')!.x! += 40;
    after.nodes = after.nodes.filter((n) => n.id !== 'T3');
    after.nodes.push({ id: 'T9', kind: 'task', type: 'bpmn:Task', name: 'Neu', processId: 'P1', incoming: [], outgoing: [], x: 500, y: 100 });
    const d = diffRevisions(before, after);
    const kind = (id: string) => d.changes.find((c) => c.id === id)?.kind;
    expect(kind('T1')).toBe('changed');
    expect(d.changes.find((c) => c.id === 'T1')!.changes).toEqual(['Beschriftung „Antrag prüfen“ → „Antrag sorgfältig prüfen“']);
    expect(kind('T2')).toBe('moved');
    expect(kind('T3')).toBe('removed');
    expect(kind('T9')).toBe('added');
    expect(kind('S1')).toBeUndefined();
    expect(d.counts).toEqual({ added: 1, removed: 1, changed: 1, moved: 1 });
  });

  it('given a tiny shift below the tolerance, when diffed, then nothing should be reported', () => {
    const before = linearGraph('A', ['Antrag prüfen']);
    const after = structuredClone(before);
    after.nodes[1].x! += 1;
    expect(diffRevisions(before, after).changes).toEqual([]);
  });

  it('given a changed flow target and attribute, when diffed, then both should be described', () => {
    const before = linearGraph('A', ['Antrag prüfen', 'Bescheid erstellen']);
    const after = structuredClone(before);
    after.flows[0].targetId = 'T2';
    after.nodes.find((n) => n.id === 'T2')!.attributes = { medium: 'digital' };
    const d = diffRevisions(before, after);
    expect(d.changes.find((c) => c.id === after.flows[0].id)!.changes).toEqual(['Ziel T1 → T2']);
    expect(d.changes.find((c) => c.id === 'T2')!.changes).toEqual(['Attribut medium: – → "digital"']);
  });
});
