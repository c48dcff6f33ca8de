import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../src/persistence/createRepositories';
import type { ImportItem } from '../../../src/persistence/planImport';
import { bpmnXml, dumpDatabase, openTestLibrary, seedProcessWithVariant, unwrap, variantMeta } from './helpers/testLibrary';

/** One file of the Wohngeld process from a district. */
function wohngeldFile(district: string, processName = 'Wohngeld'): ImportItem {
  return {
    process: { processName, prozessschluessel: '99001001' },
    meta: variantMeta({ organisationseinheit: `Bezirksamt ${district}`, name: `Wohngeld ${district}` }),
    xml: bpmnXml(`Wohngeld ${district}`),
    author: 'Erika Muster',
    fileName: `wohngeld-${district.toLowerCase()}.bpmn`
  };
}

describe('VariantRepository.importFiles', () => {
  it('should import several files of a new process as one process with one variant each', async () => {
    const { lib } = openTestLibrary();

    const imported = unwrap(await lib.variants.importFiles([wohngeldFile('Mitte'), wohngeldFile('Pankow', ' wohngeld '), wohngeldFile('Spandau')]));

    expect(imported).toHaveLength(3);
    const processes = unwrap(await lib.processes.list());
    expect(processes.map((p) => [p.name, p.prozessschluessel])).toEqual([['Wohngeld', '99001001']]);
    expect(imported.every((i) => i.processId === processes[0].id)).toBe(true);
    expect(imported.map((i) => i.processCreated)).toEqual([true, true, true]);
    const variants = unwrap(await lib.variants.listSummaries({ processId: processes[0].id }));
    expect(variants.map((v) => v.organisationseinheit).sort()).toEqual(['Bezirksamt Mitte', 'Bezirksamt Pankow', 'Bezirksamt Spandau']);
    const revision = unwrap(await lib.revisions.get(imported[0].revisionId));
    expect(revision).toMatchObject({ kind: 'import', parentRevisionId: null, author: 'Erika Muster', comment: 'Importiert aus „wohngeld-mitte.bpmn“' });
    expect(unwrap(await lib.revisions.getBody(imported[1].revisionId))).toBe(bpmnXml('Wohngeld Pankow'));
  });

  it('should add to an existing process, found by id or by name', async () => {
    const { lib } = openTestLibrary();
    const { process } = await seedProcessWithVariant(lib, 'Wohngeld');

    const imported = unwrap(
      await lib.variants.importFiles([wohngeldFile('Mitte'), { ...wohngeldFile('Pankow'), process: { processId: process.id } }])
    );

    expect(imported.map((i) => [i.processId, i.processCreated])).toEqual([
      [process.id, false],
      [process.id, false]
    ]);
    expect(unwrap(await lib.processes.list())).toHaveLength(1);
    expect(unwrap(await lib.variants.listSummaries())).toHaveLength(3);
  });

  it('should write nothing when one item of the batch is invalid', async () => {
    const { lib, db } = openTestLibrary();
    await seedProcessWithVariant(lib, 'Elterngeld');
    const before = await dumpDatabase(db);

    const badProcess = await lib.variants.importFiles([wohngeldFile('Mitte'), { ...wohngeldFile('Pankow'), process: { processId: 'gone' } }]);
    const badName = await lib.variants.importFiles([wohngeldFile('Mitte'), { ...wohngeldFile('Pankow'), meta: variantMeta({ name: ' ' }) }]);
    const noProcessName = await lib.variants.importFiles([{ ...wohngeldFile('Mitte'), process: { processName: '' } }]);

    expect([badProcess, badName, noProcessName].map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'library/not-found',
      'library/name-required',
      'library/name-required'
    ]);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('should roll the whole batch back when a write fails half-way (duplicate id)', async () => {
    // given ids that collide with an existing revision on the third row
    const { lib, db } = openTestLibrary();
    const { revision } = await seedProcessWithVariant(lib, 'Elterngeld');
    const before = await dumpDatabase(db);
    const ids = ['p-1', 'v-1', 'r-1', 'v-2', revision.id];
    const colliding = createRepositories(db, { newId: () => ids.shift() ?? crypto.randomUUID() });

    // when the batch is imported
    const result = await colliding.variants.importFiles([wohngeldFile('Mitte'), wohngeldFile('Pankow')]);

    // then it failed as storage/failed and left no trace
    expect(result.ok ? 'ok' : result.error.code).toBe('storage/failed');
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('should seed many variants with given times for benchmarks', async () => {
    const { lib } = openTestLibrary();
    const items = Array.from({ length: 5 }, (_, i) => ({ ...wohngeldFile(`D${i}`), kind: 'sample' as const, at: `2024-0${i + 1}-01T00:00:00.000Z` }));

    const seeded = unwrap(await lib.variants.bulkSeed(items));

    expect(seeded).toHaveLength(5);
    const listed = unwrap(await lib.variants.listSummaries());
    expect(listed.map((v) => v.updatedAt)).toEqual(items.map((i) => i.at).reverse());
    expect(unwrap(await lib.revisions.get(seeded[0].revisionId)).kind).toBe('sample');
  });
});
