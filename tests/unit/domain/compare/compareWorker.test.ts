import { describe, expect, it } from 'vitest';
import { handleCompareRequest } from '../../../../src/workers/compareWorker';
import { variant } from './graphFixture';

describe('compareWorker', () => {
  it('given graphs and decisions, when the worker handles a request, then it should answer with plain cloneable data', () => {
    const a = variant('A', ['Antrag prüfen', 'Bescheid erstellen']);
    const b = variant('B', ['Prüfung des Antrags', 'Bescheid erstellen']);
    const answer = handleCompareRequest({
      requestId: 'r1',
      variants: [a, b],
      decisions: [{ id: 'd1', kind: 'rename', members: ['A::T1'], name: 'Prüfen', author: 'x', createdAt: '2026-01-01T00:00:00Z' }]
    });
    expect(answer.ok).toBe(true);
    if (!answer.ok || !('result' in answer)) throw new Error('no comparison');
    expect(answer.requestId).toBe('r1');
    expect(answer.result.matrix.rows.map((r) => r.name)).toEqual(['Prüfen', 'Bescheid erstellen']);
    expect(structuredClone(answer)).toEqual(answer);
  });

  it('given an explain request, when the worker handles it, then it should answer with the signals of the pair', () => {
    const a = variant('A', ['Antrag prüfen']);
    const b = variant('B', ['Prüfung des Antrags']);
    const answer = handleCompareRequest({ requestId: 'r3', variants: [a, b], explain: [{ variantId: 'A', elementId: 'T1' }, { variantId: 'B', elementId: 'T1' }] });
    if (!answer.ok || !('explanation' in answer)) throw new Error('no explanation');
    expect(answer.explanation?.signals[0]).toMatchObject({ id: 'label', evidence: 1 });
  });

  it('given one variant, when the worker handles it, then it should answer with the German error code', () => {
    const answer = handleCompareRequest({ requestId: 'r2', variants: [variant('A', ['x'])] });
    expect(answer).toMatchObject({ requestId: 'r2', ok: false, error: { code: 'compare/too-few' } });
  });
});
