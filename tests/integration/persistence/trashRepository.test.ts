import { describe, expect, it } from 'vitest';
import { bpmnXml, openTestLibrary, seedProcessWithVariant, unwrap, variantMeta } from './helpers/testLibrary';

describe('TrashRepository', () => {
  it('should list deleted processes and variants and empty the trash for good', async () => {
    // given a deleted process, a deleted variant of a living process, and a living variant
    const { lib, db } = openTestLibrary();
    const gone = await seedProcessWithVariant(lib, 'Elterngeld');
    const living = await seedProcessWithVariant(lib, 'Wohngeld');
    const trashed = unwrap(await lib.variants.create(living.process.id, variantMeta({ modellart: 'SOLL' }), bpmnXml('s'), 'create', '', 'A')).variant;
    unwrap(await lib.decisions.add(gone.process.id, { kind: 'confirm', payload: {}, author: 'A' }));
    unwrap(await lib.processes.delete(gone.process.id));
    unwrap(await lib.variants.delete(trashed.id));

    // when the trash is listed and emptied
    const contents = unwrap(await lib.trash.list());
    const emptied = unwrap(await lib.trash.empty());

    // then
    expect(contents.processes.map((p) => p.id)).toEqual([gone.process.id]);
    expect(contents.variants.map((v) => v.id)).toEqual([trashed.id, gone.variant.id]);
    expect(emptied).toEqual({ processes: 1, variants: 2 });
    expect(unwrap(await lib.trash.list())).toEqual({ processes: [], variants: [] });
    expect(await db.processes.toCollection().primaryKeys()).toEqual([living.process.id]);
    expect(await db.variants.toCollection().primaryKeys()).toEqual([living.variant.id]);
    expect(await db.bodies.count()).toBe(1);
    expect(await db.compareDecisions.count()).toBe(0);
  });
});
