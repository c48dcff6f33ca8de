import { describe, expect, it } from 'vitest';
import { sideBySideOf } from '../../../../src/state/compareViews';
import { defaultPair, sideMarkers, syncSelection } from '../../../../src/ui/features/compare/pair/sideBySideModel';
import { compareRun } from './fixtures';

describe('side by side view model', () => {
  const run = compareRun();
  const pair = sideBySideOf(run, 'SOLL', 'Mitte')!;

  it('should mark matched, differing and one-sided activities with their marker kinds', () => {
    const left = sideMarkers(pair.left);
    const right = sideMarkers(pair.right);
    expect(left.get(pair.left.find((e) => e.label === 'Wohngeld berechnen')!.elementId)).toEqual(['matched']);
    expect(left.get(pair.left.find((e) => e.label === 'Antrag prüfen')!.elementId)).toEqual(['differs']);
    expect(left.get(pair.left.find((e) => e.label === 'Bescheid versenden')!.elementId)).toEqual(['onlyLeft']);
    expect(right.get(pair.right.find((e) => e.label === 'Akte archivieren')!.elementId)).toEqual(['onlyRight']);
  });

  it('should select the partner on the other side when an activity is selected, in both directions', () => {
    const left = pair.left.find((e) => e.label === 'Antrag prüfen')!;
    const right = pair.right.find((e) => e.label === 'Prüfung des Antrags')!;
    expect(syncSelection({ side: 'left', ids: [left.elementId] }, pair.left, pair.right)).toEqual({ left: [left.elementId], right: [right.elementId] });
    expect(syncSelection({ side: 'right', ids: [right.elementId] }, pair.left, pair.right)).toEqual({ left: [left.elementId], right: [right.elementId] });
    const alone = pair.left.find((e) => e.status === 'onlyLeft')!;
    expect(syncSelection({ side: 'left', ids: [alone.elementId] }, pair.left, pair.right)).toEqual({ left: [alone.elementId], right: [] });
    expect(syncSelection(null, pair.left, pair.right)).toEqual({ left: [], right: [] });
  });

  it('should put the SOLL on the left and the first other variant on the right by default', () => {
    expect(defaultPair(['A', 'S', 'B'], 'S')).toEqual({ left: 'S', right: 'A' });
    expect(defaultPair(['A', 'B'])).toEqual({ left: 'A', right: 'B' });
    expect(defaultPair(['A'])).toEqual({ left: 'A', right: undefined });
  });

  it('should refuse a pair of one variant with itself or with an unknown variant', () => {
    expect(sideBySideOf(run, 'Mitte', 'Mitte')).toBeUndefined();
    expect(sideBySideOf(run, 'Mitte', 'Spandau')).toBeUndefined();
  });
});
