import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src/persistence/planImport';
import type { RepositoryContext } from '../../../src/persistence/repositoryContext';
import type { ProcessRecord } from '../../../src/domain/model/library';

/** A context that never touches a database (planning is pure). */
function context(): RepositoryContext {
  let n = 0;
  return { db: undefined as never, now: () => '2025-01-01T00:00:00.000Z', newId: () => `id-${++n}` };
}

const meta = { organisationseinheit: 'Bezirksamt Mitte', modellart: 'IST' as const, name: 'Wohngeld', elementCount: 3 };
const existing: ProcessRecord[] = [
  { id: 'p-old', name: 'Wohngeld', createdAt: 'x', updatedAt: 'x' },
  { id: 'p-gone', name: 'Elterngeld', createdAt: 'x', updatedAt: 'x', deletedAt: 'y' }
];

describe('planImport', () => {
  it('should reuse an active process by name and create a deleted one’s namesake anew, once per batch', () => {
    const plan = planImport(
      context(),
      [
        { process: { processName: 'WOHNGELD' }, meta, xml: '<a/>', author: 'A' },
        { process: { processName: 'Elterngeld' }, meta, xml: '<b/>', author: 'A', fileName: 'b.bpmn' },
        { process: { processName: ' elterngeld' }, meta, xml: '<c/>', author: 'A' }
      ],
      existing
    );
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.value.newProcesses.map((p) => p.name)).toEqual(['Elterngeld']);
    expect(plan.value.imported.map((i) => [i.processId === 'p-old', i.processCreated])).toEqual([
      [true, false],
      [false, true],
      [false, true]
    ]);
    expect(plan.value.rows[1].revision.comment).toBe('Importiert aus „b.bpmn“');
    expect(plan.value.rows.map((r) => r.body.xml)).toEqual(['<a/>', '<b/>', '<c/>']);
  });

  it('should fail the whole batch on a deleted process id', () => {
    const plan = planImport(context(), [{ process: { processId: 'p-gone' }, meta, xml: '', author: 'A' }], existing);
    expect(plan.ok ? '' : plan.error.code).toBe('library/not-found');
  });
});
