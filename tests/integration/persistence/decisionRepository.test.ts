import { describe, expect, it } from 'vitest';
import { openTestLibrary, unwrap } from './helpers/testLibrary';

describe('DecisionRepository', () => {
  it('should record decisions per process, oldest first, and withdraw them as tombstones kept in the log', async () => {
    // given two processes
    const { lib, db } = openTestLibrary();
    const wohngeld = unwrap(await lib.processes.create({ name: 'Wohngeld' }));
    const pflege = unwrap(await lib.processes.create({ name: 'Hilfe zur Pflege' }));

    // when consultants decide
    const confirm = unwrap(await lib.decisions.add(wohngeld.id, { kind: 'confirm', payload: { stepId: 's-1', members: ['a', 'b'] }, author: 'Erika' }));
    const rename = unwrap(await lib.decisions.add(wohngeld.id, { kind: 'rename', payload: { stepId: 's-1', name: 'Antrag prüfen' }, author: 'Max' }));
    unwrap(await lib.decisions.add(pflege.id, { kind: 'reject', payload: { stepId: 'x' }, author: 'Max' }));
    const withdrawn = unwrap(await lib.decisions.withdraw(confirm.id, 'Max'));

    // then
    expect(confirm.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(confirm).toMatchObject({ processId: wohngeld.id, kind: 'confirm', author: 'Erika', payload: { stepId: 's-1', members: ['a', 'b'] } });
    expect(withdrawn).toMatchObject({ id: confirm.id, withdrawnBy: 'Max' });
    expect(withdrawn.deletedAt).toBeDefined();
    expect(unwrap(await lib.decisions.list(wohngeld.id)).map((d) => d.id)).toEqual([rename.id]);
    const log = unwrap(await lib.decisions.list(wohngeld.id, { includeWithdrawn: true }));
    expect(log.map((d) => [d.kind, d.author, d.deletedAt !== undefined])).toEqual([
      ['confirm', 'Erika', true],
      ['rename', 'Max', false]
    ]);
    expect(await db.compareDecisions.count()).toBe(3);
  });

  it('should refuse a decision for an unknown process and an unknown decision', async () => {
    const { lib } = openTestLibrary();
    const add = await lib.decisions.add('nope', { kind: 'confirm', payload: {}, author: 'A' });
    const withdraw = await lib.decisions.withdraw('nope', 'A');
    expect([add, withdraw].map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['library/not-found', 'library/not-found']);
  });
});
