import { describe, expect, it } from 'vitest';
import { bpmnXml, openTestLibrary, seedProcessWithVariant, unwrap, variantMeta } from './helpers/testLibrary';

describe('ProcessRepository', () => {
  it('should create a process with a UUID and list it by name', async () => {
    const { lib } = openTestLibrary();
    const b = unwrap(await lib.processes.create({ name: '  Wohngeld  ', prozessschluessel: '99001001' }));
    unwrap(await lib.processes.create({ name: 'Anmeldung einer Wohnung' }));

    expect(b.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.name).toBe('Wohngeld');
    expect(b.prozessschluessel).toBe('99001001');
    const list = unwrap(await lib.processes.list());
    expect(list.map((p) => p.name)).toEqual(['Anmeldung einer Wohnung', 'Wohngeld']);
  });

  it('should refuse an empty name with library/name-required and store nothing', async () => {
    const { lib } = openTestLibrary();
    const result = await lib.processes.create({ name: '   ' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('library/name-required');
    expect(unwrap(await lib.processes.list())).toEqual([]);
  });

  it('should rename a process and let its variants be found by the new name', async () => {
    const { lib } = openTestLibrary();
    const { process } = await seedProcessWithVariant(lib, 'Wohngeld');

    const renamed = unwrap(await lib.processes.rename(process.id, 'Wohngeld (Mietzuschuss)'));

    expect(renamed.name).toBe('Wohngeld (Mietzuschuss)');
    expect(renamed.updatedAt > process.updatedAt).toBe(true);
    expect(unwrap(await lib.variants.listSummaries({ text: 'mietzuschuss' }))).toHaveLength(1);
  });

  it('should update Prozessschlüssel and Politikfeld', async () => {
    const { lib } = openTestLibrary();
    const p = unwrap(await lib.processes.create({ name: 'Wohngeld' }));
    const updated = unwrap(await lib.processes.updateMeta(p.id, { politikfeld: 'Soziales' }));
    expect(updated.politikfeld).toBe('Soziales');
    expect(unwrap(await lib.processes.get(p.id)).politikfeld).toBe('Soziales');
  });

  it('should answer library/not-found for an unknown id', async () => {
    const { lib } = openTestLibrary();
    for (const result of [
      await lib.processes.get('nope'),
      await lib.processes.rename('nope', 'x'),
      await lib.processes.delete('nope'),
      await lib.processes.restore('nope')
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('library/not-found');
    }
  });

  it('should find an active process by name ignoring case and spacing', async () => {
    const { lib } = openTestLibrary();
    const p = unwrap(await lib.processes.create({ name: 'Hilfe zur Pflege' }));
    expect(unwrap(await lib.processes.findByName('hilfe  zur PFLEGE'))?.id).toBe(p.id);
    expect(unwrap(await lib.processes.findByName('Wohngeld'))).toBeNull();
  });

  it('should move a process with its variants to the trash as tombstones and restore exactly those', async () => {
    // given a process with two variants, one of them already in the trash on its own
    const { lib, db } = openTestLibrary();
    const { process, variant: ist } = await seedProcessWithVariant(lib, 'Wohngeld');
    const soll = unwrap(
      await lib.variants.create(process.id, variantMeta({ modellart: 'SOLL' }), bpmnXml('SOLL'), 'create', '', 'A')
    ).variant;
    const separately = unwrap(
      await lib.variants.create(process.id, variantMeta({ organisationseinheit: 'Bezirksamt Mitte' }), bpmnXml('M'), 'create', '', 'A')
    ).variant;
    unwrap(await lib.variants.delete(separately.id));

    // when the process is deleted
    const deleted = unwrap(await lib.processes.delete(process.id));

    // then it and its variants are tombstoned, not removed
    expect(deleted.deletedAt).toBeDefined();
    expect(unwrap(await lib.processes.list())).toEqual([]);
    expect(unwrap(await lib.variants.listSummaries())).toEqual([]);
    expect(await db.processes.count()).toBe(1);
    expect(await db.variants.count()).toBe(3);
    expect(unwrap(await lib.processes.listTrash()).map((p) => p.id)).toEqual([process.id]);

    // when it is restored, the variants that went with it come back; the one deleted before stays in the trash
    const restored = unwrap(await lib.processes.restore(process.id));
    expect(restored.deletedAt).toBeUndefined();
    const active = unwrap(await lib.variants.listSummaries()).map((v) => v.id).sort();
    expect(active).toEqual([ist.id, soll.id].sort());
    expect(unwrap(await lib.variants.listTrash()).map((v) => v.id)).toEqual([separately.id]);
  });

  it('should purge only a process in the trash, with every row that belongs to it', async () => {
    const { lib, db } = openTestLibrary();
    const { process, variant } = await seedProcessWithVariant(lib, 'Wohngeld');
    const other = await seedProcessWithVariant(lib, 'Elterngeld');
    unwrap(await lib.drafts.save(variant.id, bpmnXml('draft'), { expectedCounter: 0, writerId: 'tab', baseRevisionId: variant.headRevisionId }));
    unwrap(await lib.decisions.add(process.id, { kind: 'confirm', payload: { step: 's1' }, author: 'A' }));

    const notInTrash = await lib.processes.purge(process.id);
    expect(notInTrash.ok).toBe(false);
    if (!notInTrash.ok) expect(notInTrash.error.code).toBe('library/not-in-trash');

    unwrap(await lib.processes.delete(process.id));
    unwrap(await lib.processes.purge(process.id));

    expect(await db.processes.toCollection().primaryKeys()).toEqual([other.process.id]);
    expect(await db.variants.toCollection().primaryKeys()).toEqual([other.variant.id]);
    expect(await db.revisions.toCollection().primaryKeys()).toEqual([other.revision.id]);
    expect(await db.bodies.toCollection().primaryKeys()).toEqual([other.revision.id]);
    expect(await db.drafts.count()).toBe(0);
    expect(await db.compareDecisions.count()).toBe(0);
  });
});
