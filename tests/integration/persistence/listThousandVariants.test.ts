import { describe, expect, it } from 'vitest';
import { BERLIN_DISTRICTS } from '../../../src/domain/model/gpmAttributes';
import type { ImportItem } from '../../../src/persistence/planImport';
import { bpmnXml, openTestLibrary, unwrap, variantMeta } from './helpers/testLibrary';

describe('a library of 1,000 variants', () => {
  it('should list, sort and filter 1,000 seeded variants correctly from metadata alone', async () => {
    // given 1,000 variants of 50 processes across the 12 districts, with bodies of ~20 KB
    const { lib, db } = openTestLibrary();
    const body = bpmnXml('Gross', Array.from({ length: 300 }, (_, i) => `Schritt ${i} bearbeiten`));
    const items: ImportItem[] = Array.from({ length: 1000 }, (_, i) => ({
      process: { processName: `Leistung ${i % 50}` },
      meta: variantMeta({
        organisationseinheit: BERLIN_DISTRICTS[i % 12],
        modellart: i % 10 === 0 ? 'SOLL' : 'IST',
        status: i % 4 === 0 ? 'freigegeben' : 'entwurf',
        name: `Variante ${i}`,
        elementCount: 300
      }),
      xml: body,
      author: 'Benchmark',
      kind: 'sample',
      at: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()
    }));
    unwrap(await lib.variants.bulkSeed(items));
    expect(body.length).toBeGreaterThan(10_000);

    // when the start screen lists them
    const all = unwrap(await lib.variants.listSummaries());

    // then all 1,000 come back newest first, without XML
    expect(all).toHaveLength(1000);
    expect(all[0].name).toBe('Variante 999');
    expect(all[999].name).toBe('Variante 0');
    expect(all.every((v, i) => i === 0 || all[i - 1].updatedAt >= v.updatedAt)).toBe(true);
    expect(all.some((v) => 'xml' in v || 'searchText' in v)).toBe(false);
    expect(await db.bodies.count()).toBe(1000);

    // and filters narrow them as expected
    const mitteSoll = unwrap(await lib.variants.listSummaries({ organisationseinheit: 'Bezirksamt Mitte', modellart: 'SOLL' }));
    expect(mitteSoll.length).toBe(items.filter((it) => it.meta.organisationseinheit === 'Bezirksamt Mitte' && it.meta.modellart === 'SOLL').length);
    expect(unwrap(await lib.variants.listSummaries({ status: 'freigegeben' }))).toHaveLength(250);
    expect(unwrap(await lib.variants.listSummaries({ text: 'Variante 999' })).map((v) => v.name)).toEqual(['Variante 999']);
    const process7 = unwrap(await lib.processes.findByName('Leistung 7'));
    expect(unwrap(await lib.variants.listSummaries({ processId: process7?.id }))).toHaveLength(20);
    expect(unwrap(await lib.processes.list())).toHaveLength(50);
  });
});
