import { afterEach, describe, expect, it } from 'vitest';
import type { DBCore, DBCoreTable } from 'dexie';
import type { Result } from '../../../src/shared/result';
import { formatError } from '../../../src/shared/errors';
import { simulateQuota, type QuotaMode } from './helpers/quotaSimulation';
import { bpmnXml, dumpDatabase, openTestLibrary, seedProcessWithVariant, unwrap, variantMeta } from './helpers/testLibrary';

let release: (() => void) | undefined;
afterEach(() => {
  release?.();
  release = undefined;
});

/** Expect a storage/quota error value (never a throw). */
function expectQuota(result: Result<unknown>) {
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe('storage/quota');
    expect(formatError(result.error)).toContain('Speicherplatz');
  }
}

describe.each<QuotaMode>(['request', 'commit'])('when the browser reports a full disk (%s)', (mode) => {
  it('should answer storage/quota for a new version and leave the library exactly as it was', async () => {
    // given a library with a variant and a draft
    const { lib, db } = openTestLibrary();
    const { variant, revision } = await seedProcessWithVariant(lib);
    unwrap(await lib.drafts.save(variant.id, 'draft', { expectedCounter: 0, writerId: 't', baseRevisionId: revision.id }));
    const before = await dumpDatabase(db);

    // when the disk is full while "Version speichern" writes the body
    const quota = simulateQuota({ stores: ['bodies'], mode });
    release = quota.release;
    const result = await lib.revisions.append(variant.id, bpmnXml('big', ['A', 'B', 'C']), { kind: 'version', author: 'A', parentRevisionId: revision.id });
    quota.release();

    // then a quota error comes back as a value, and nothing changed (the head did not move)
    expect(quota.failedWrites()).toBe(1);
    expectQuota(result);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('should answer storage/quota for an autosave and keep the previous draft', async () => {
    const { lib, db } = openTestLibrary();
    const { variant, revision } = await seedProcessWithVariant(lib);
    const first = unwrap(await lib.drafts.save(variant.id, 'first', { expectedCounter: 0, writerId: 't', baseRevisionId: revision.id }));
    const before = await dumpDatabase(db);

    const quota = simulateQuota({ stores: ['drafts'], mode });
    release = quota.release;
    const result = await lib.drafts.save(variant.id, 'second', { expectedCounter: first.counter, writerId: 't', baseRevisionId: revision.id });
    quota.release();

    expectQuota(result);
    expect(await dumpDatabase(db)).toEqual(before);
    // and once space is free again the same save succeeds
    expect(unwrap(await lib.drafts.save(variant.id, 'second', { expectedCounter: first.counter, writerId: 't', baseRevisionId: revision.id })).counter).toBe(2);
  });

  it('should import nothing when the disk fills up in the middle of a batch', async () => {
    // given a library and a batch of three files for a new process
    const { lib, db } = openTestLibrary();
    await seedProcessWithVariant(lib, 'Elterngeld');
    const before = await dumpDatabase(db);
    const batch = ['Mitte', 'Pankow', 'Spandau'].map((d) => ({
      process: { processName: 'Wohngeld' },
      meta: variantMeta({ organisationseinheit: `Bezirksamt ${d}` }),
      xml: bpmnXml(`Wohngeld ${d}`),
      author: 'A',
      fileName: `wohngeld-${d}.bpmn`
    }));

    // when the third body does not fit
    const quota = simulateQuota({ stores: ['bodies'], mode, writesBeforeFull: 2 });
    release = quota.release;
    const result = await lib.variants.importFiles(batch);
    quota.release();

    // then neither the process nor any variant was written
    expectQuota(result);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('quota errors raised inside Dexie (middleware)', () => {
  it('should map a QuotaExceededError from the DBCore stack to storage/quota and write nothing', async () => {
    // given a database whose mutate fails with a QuotaExceededError for variants
    const { lib, db } = openTestLibrary();
    let full = false;
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name: string): DBCoreTable => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req) =>
              full && name === 'variants'
                ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
                : table.mutate(req)
          };
        }
      })
    });
    const process = unwrap(await lib.processes.create({ name: 'Wohngeld' }));
    const before = await dumpDatabase(db);

    // when a variant is created while the disk is full
    full = true;
    const result = await lib.variants.create(process.id, variantMeta(), bpmnXml('x'), 'create', '', 'A');
    full = false;

    // then
    expectQuota(result);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
