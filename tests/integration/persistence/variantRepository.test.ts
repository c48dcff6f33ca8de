import { describe, expect, it } from 'vitest';
import { bpmnXml, dumpDatabase, openTestLibrary, seedProcessWithVariant, unwrap, variantMeta } from './helpers/testLibrary';

describe('VariantRepository', () => {
  it('should create a variant, its first immutable revision and its body in one go', async () => {
    const { lib, db } = openTestLibrary();
    const { process, variant, revision, xml } = await seedProcessWithVariant(lib, 'Wohngeld', {
      organisationseinheit: '  Bezirksamt   Neukölln ',
      elementCount: 7
    });

    expect(variant).toMatchObject({
      processId: process.id,
      organisationseinheit: 'Bezirksamt Neukölln',
      modellart: 'IST',
      status: 'entwurf',
      headRevisionId: revision.id,
      elementCount: 7
    });
    expect(variant).not.toHaveProperty('searchText');
    expect(revision).toMatchObject({
      variantId: variant.id,
      parentRevisionId: null,
      kind: 'create',
      comment: 'Neu angelegt',
      author: 'Erika Muster',
      elementCount: 7,
      size: xml.length
    });
    expect(unwrap(await lib.revisions.getBody(revision.id))).toBe(xml);
    // list data never carries the XML
    expect(JSON.stringify(await db.variants.toArray())).not.toContain('<bpmn:');
    expect(JSON.stringify(await db.revisions.toArray())).not.toContain('<bpmn:');
  });

  it('should refuse a variant for a missing or deleted process and write nothing', async () => {
    const { lib, db } = openTestLibrary();
    const p = unwrap(await lib.processes.create({ name: 'Wohngeld' }));
    unwrap(await lib.processes.delete(p.id));
    const before = await dumpDatabase(db);

    for (const processId of ['missing', p.id]) {
      const result = await lib.variants.create(processId, variantMeta(), bpmnXml('x'), 'create', '', 'A');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('library/not-found');
    }
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('should list summaries newest change first and filter by text, OE, IST/SOLL, status and process', async () => {
    // given two processes with variants in several districts
    const { lib } = openTestLibrary();
    const wohngeld = unwrap(await lib.processes.create({ name: 'Wohngeld' }));
    const pflege = unwrap(await lib.processes.create({ name: 'Hilfe zur Pflege' }));
    const add = async (processId: string, oe: string, modellart: 'IST' | 'SOLL', name: string) =>
      unwrap(await lib.variants.create(processId, variantMeta({ organisationseinheit: oe, modellart, name }), bpmnXml(name), 'create', '', 'A')).variant;
    const neukoelln = await add(wohngeld.id, 'Bezirksamt Neukölln', 'IST', 'Wohngeldantrag bearbeiten');
    const mitte = await add(wohngeld.id, 'Bezirksamt Mitte', 'IST', 'Wohngeld Mitte');
    const soll = await add(wohngeld.id, 'Senatsverwaltung', 'SOLL', 'Wohngeld SOLL');
    const pflegeMitte = await add(pflege.id, 'Bezirksamt Mitte', 'IST', 'Pflegeantrag prüfen');
    unwrap(await lib.variants.updateMeta(mitte.id, { status: 'in_pruefung' }));

    const ids = async (filter?: Parameters<typeof lib.variants.listSummaries>[0]) =>
      unwrap(await lib.variants.listSummaries(filter)).map((v) => v.id);

    // then: newest change first (Mitte was just changed)
    expect(await ids()).toEqual([mitte.id, pflegeMitte.id, soll.id, neukoelln.id]);
    // text: case, umlauts and the process name count; all words must occur
    expect(await ids({ text: 'NEUKÖLLN' })).toEqual([neukoelln.id]);
    expect(await ids({ text: 'neukoelln wohngeld' })).toEqual([neukoelln.id]);
    expect(await ids({ text: 'pflege mitte' })).toEqual([pflegeMitte.id]);
    expect(await ids({ text: 'prüfen' })).toEqual([pflegeMitte.id]);
    expect(await ids({ organisationseinheit: 'Bezirksamt  Mitte' })).toEqual([mitte.id, pflegeMitte.id]);
    expect(await ids({ modellart: 'SOLL' })).toEqual([soll.id]);
    expect(await ids({ status: 'in_pruefung' })).toEqual([mitte.id]);
    expect(await ids({ status: ['entwurf', 'freigegeben'] })).toEqual([pflegeMitte.id, soll.id, neukoelln.id]);
    expect(await ids({ processId: wohngeld.id, modellart: 'IST' })).toEqual([mitte.id, neukoelln.id]);
  });

  it('should duplicate IST as SOLL from the working state, with a first revision pointing at the source', async () => {
    // given an IST variant with an autosaved draft newer than its head
    const { lib } = openTestLibrary();
    const { process, variant: ist, revision } = await seedProcessWithVariant(lib, 'Wohngeld', { errorCount: 2 });
    const draftXml = bpmnXml('Wohngeld', ['Antrag prüfen', 'Bescheid erstellen']);
    unwrap(await lib.drafts.save(ist.id, draftXml, { expectedCounter: 0, writerId: 'tab-1', baseRevisionId: revision.id }));

    // when it is duplicated as SOLL
    const { variant: soll, revision: first } = unwrap(
      await lib.variants.duplicate(ist.id, { modellart: 'SOLL', author: 'Max Berater' })
    );

    // then the copy is a new SOLL variant of the same process with the draft's content
    expect(soll.id).not.toBe(ist.id);
    expect(soll).toMatchObject({ processId: process.id, modellart: 'SOLL', organisationseinheit: ist.organisationseinheit, status: 'entwurf', errorCount: 2 });
    expect(first).toMatchObject({ variantId: soll.id, kind: 'duplicate', parentRevisionId: revision.id, sourceRevisionId: revision.id, author: 'Max Berater' });
    expect(first.comment).toContain('Kopie von');
    expect(unwrap(await lib.revisions.getBody(first.id))).toBe(draftXml);
    // and the source is untouched
    expect(unwrap(await lib.variants.get(ist.id)).headRevisionId).toBe(revision.id);
    expect(unwrap(await lib.revisions.list(ist.id))).toHaveLength(1);
  });

  it('should duplicate to another district with the XML the app rewrote, dropping stale lint counts', async () => {
    const { lib } = openTestLibrary();
    const { variant, xml } = await seedProcessWithVariant(lib, 'Wohngeld', { errorCount: 4, warningCount: 1 });
    const rewritten = xml.replace('Wohngeld', 'Wohngeld Spandau');

    const { variant: copy, revision } = unwrap(
      await lib.variants.duplicate(variant.id, { organisationseinheit: 'Bezirksamt Spandau', xml: rewritten, author: 'A', comment: 'Für Spandau' })
    );

    expect(copy.organisationseinheit).toBe('Bezirksamt Spandau');
    expect(copy.errorCount).toBeUndefined();
    expect(copy.warningCount).toBeUndefined();
    expect(revision.comment).toBe('Für Spandau');
    expect(unwrap(await lib.revisions.getBody(revision.id))).toBe(rewritten);
  });

  it('should duplicate from the head when the draft is stale (based on an older head)', async () => {
    const { lib } = openTestLibrary();
    const { variant, revision } = await seedProcessWithVariant(lib);
    unwrap(await lib.drafts.save(variant.id, 'old draft', { expectedCounter: 0, writerId: 't', baseRevisionId: revision.id }));
    const v2 = unwrap(await lib.revisions.append(variant.id, 'version 2', { kind: 'version', author: 'A', parentRevisionId: revision.id }));

    const { revision: first } = unwrap(await lib.variants.duplicate(variant.id, { modellart: 'SOLL', author: 'A' }));

    expect(first.parentRevisionId).toBe(v2.id);
    expect(unwrap(await lib.revisions.getBody(first.id))).toBe('version 2');
  });

  it('should rename a variant, and refuse an empty name', async () => {
    const { lib } = openTestLibrary();
    const { variant } = await seedProcessWithVariant(lib);
    const renamed = unwrap(await lib.variants.rename(variant.id, ' Wohngeld Neukölln 2025 '));
    expect(renamed.name).toBe('Wohngeld Neukölln 2025');
    expect(unwrap(await lib.variants.listSummaries({ text: '2025' })).map((v) => v.id)).toEqual([variant.id]);
    const empty = await lib.variants.rename(variant.id, '');
    expect(empty.ok ? '' : empty.error.code).toBe('library/name-required');
  });

  it('should update metadata; lint counts alone do not count as a change in the list', async () => {
    const { lib } = openTestLibrary();
    const { variant } = await seedProcessWithVariant(lib);

    const linted = unwrap(
      await lib.variants.updateMeta(variant.id, { errorCount: 3, warningCount: 5, findingsByCategory: { benennung: 4, attribute: 4 }, elementCount: 12 })
    );
    expect(linted).toMatchObject({ errorCount: 3, warningCount: 5, elementCount: 12, findingsByCategory: { benennung: 4, attribute: 4 } });
    expect(linted.updatedAt).toBe(variant.updatedAt);

    const moved = unwrap(await lib.variants.updateMeta(variant.id, { status: 'freigegeben', organisationseinheit: 'Bezirksamt  Pankow' }));
    expect(moved).toMatchObject({ status: 'freigegeben', organisationseinheit: 'Bezirksamt Pankow', errorCount: 3 });
    expect(moved.updatedAt > variant.updatedAt).toBe(true);
    expect(unwrap(await lib.variants.listSummaries({ text: 'pankow' }))).toHaveLength(1);
  });

  it('should move a variant to the trash as a tombstone and restore it', async () => {
    const { lib, db } = openTestLibrary();
    const { variant } = await seedProcessWithVariant(lib);

    const deleted = unwrap(await lib.variants.delete(variant.id));

    expect(deleted.deletedAt).toBeDefined();
    expect(unwrap(await lib.variants.listSummaries())).toEqual([]);
    expect(unwrap(await lib.variants.listTrash()).map((v) => v.id)).toEqual([variant.id]);
    expect(await db.variants.get(variant.id)).toBeDefined();
    expect(await db.bodies.count()).toBe(1);

    const restored = unwrap(await lib.variants.restore(variant.id));
    expect(restored.deletedAt).toBeUndefined();
    expect(unwrap(await lib.variants.listSummaries()).map((v) => v.id)).toEqual([variant.id]);
    expect(unwrap(await lib.variants.listTrash())).toEqual([]);
  });

  it('should bring the process back when a variant of a deleted process is restored', async () => {
    const { lib } = openTestLibrary();
    const { process, variant } = await seedProcessWithVariant(lib);
    unwrap(await lib.processes.delete(process.id));

    unwrap(await lib.variants.restore(variant.id));

    expect(unwrap(await lib.processes.list()).map((p) => p.id)).toEqual([process.id]);
  });

  it('should purge a variant in the trash with its revisions, bodies and draft, and nothing else', async () => {
    const { lib, db } = openTestLibrary();
    const { variant, revision } = await seedProcessWithVariant(lib);
    const keep = await seedProcessWithVariant(lib, 'Elterngeld');
    unwrap(await lib.revisions.append(variant.id, 'v2', { kind: 'version', author: 'A', parentRevisionId: revision.id }));
    unwrap(await lib.drafts.save(variant.id, 'draft', { expectedCounter: 0, writerId: 't', baseRevisionId: unwrap(await lib.variants.get(variant.id)).headRevisionId }));

    const refused = await lib.variants.purge(variant.id);
    expect(refused.ok ? '' : refused.error.code).toBe('library/not-in-trash');

    unwrap(await lib.variants.delete(variant.id));
    unwrap(await lib.variants.purge(variant.id));

    expect(await db.variants.toCollection().primaryKeys()).toEqual([keep.variant.id]);
    expect(await db.revisions.toCollection().primaryKeys()).toEqual([keep.revision.id]);
    expect(await db.bodies.toCollection().primaryKeys()).toEqual([keep.revision.id]);
    expect(await db.drafts.count()).toBe(0);
    const gone = await lib.variants.get(variant.id);
    expect(gone.ok ? '' : gone.error.code).toBe('library/not-found');
  });
});
