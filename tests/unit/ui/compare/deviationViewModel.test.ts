import { describe, expect, it } from 'vitest';
import type { RevisionDiff } from '../../../../src/domain/compare/views/diffRevisions';
import { coveragePct, deviationMarkers, groupDeviations } from '../../../../src/ui/features/compare/deviations/deviationViewModel';
import { defaultRevisionPair, groupChanges, revisionMarkers } from '../../../../src/ui/features/compare/revisions/revisionDiffModel';
import { comparison, MITTE, PANKOW } from './fixtures';

describe('deviation view model', () => {
  const result = comparison();
  const mitte = result.deviations.find((r) => r.variantId === 'Mitte')!;
  const pankow = result.deviations.find((r) => r.variantId === 'Pankow')!;
  const idOf = (graph: typeof MITTE.graph, label: string) => graph.nodes.find((n) => n.name === label)!.id;

  it('should group a district’s deviations by kind', () => {
    const g = groupDeviations(mitte);
    expect(g.missing.map((d) => d.stepName)).toEqual(['Bescheid versenden']);
    expect(g.extra.map((d) => d.stepName)).toEqual(['Akte archivieren']);
    expect(g.role.map((d) => d.stepName)).toEqual(['Bescheid erstellen']);
    expect(coveragePct(mitte)).toBe(75);
  });

  it('should mark extra steps, order and role differences on the district’s activities, never missing ones', () => {
    const m = deviationMarkers(mitte);
    expect(m.markers.get(idOf(MITTE.graph, 'Akte archivieren'))).toEqual(['extra']);
    expect(m.markers.get(idOf(MITTE.graph, 'Bescheid erstellen'))).toEqual(['role']);
    expect(m.badges.get(idOf(MITTE.graph, 'Bescheid erstellen'))).toBe('Rolle');
    expect([...m.markers.values()].flat()).not.toContain('missing');
    const p = deviationMarkers(pankow);
    expect(p.markers.get(idOf(PANKOW.graph, 'Bescheid erstellen'))).toEqual(['order']);
    expect(p.badges.get(idOf(PANKOW.graph, 'Bescheid erstellen'))).toBe('Reihenfolge');
  });
});

describe('revision diff view model', () => {
  const diff: RevisionDiff = {
    changes: [
      { id: 'A', kind: 'added', elementKind: 'node', type: 'bpmn:Task', name: 'Neu', changes: [] },
      { id: 'R', kind: 'removed', elementKind: 'node', type: 'bpmn:Task', name: 'Alt', changes: [] },
      { id: 'C', kind: 'changed', elementKind: 'node', type: 'bpmn:Task', name: 'Geändert', changes: ['Beschriftung „x“ → „Geändert“'] },
      { id: 'M', kind: 'moved', elementKind: 'node', type: 'bpmn:Task', name: 'Verschoben', changes: ['verschoben um (40, 0) px'] },
      { id: 'F', kind: 'added', elementKind: 'flow', type: 'bpmn:SequenceFlow', name: '', changes: [] }
    ],
    counts: { added: 2, removed: 1, changed: 1, moved: 1 }
  };

  it('should mark removed elements on the older diagram and added, changed, moved ones on the newer', () => {
    const m = revisionMarkers(diff);
    expect([...m.before]).toEqual([['R', ['removed']], ['C', ['changed']]]);
    expect([...m.after]).toEqual([['A', ['added']], ['C', ['changed']], ['M', ['moved']], ['F', ['added']]]);
  });

  it('should list nodes before flows within each kind', () => {
    expect(groupChanges(diff).added.map((c) => c.id)).toEqual(['A', 'F']);
  });

  it('should compare the newest version with the one before, or the working state with the newest', () => {
    expect(defaultRevisionPair(['r3', 'r2', 'r1'])).toEqual({ before: 'r2', after: 'r3' });
    expect(defaultRevisionPair(['r3', 'r2'], 'work')).toEqual({ before: 'r3', after: 'work' });
    expect(defaultRevisionPair(['r1'])).toEqual({ before: undefined, after: 'r1' });
  });
});
