import { describe, expect, it } from 'vitest';
import { dumpDatabase, openTestLibrary, seedProcessWithVariant, unwrap } from './helpers/testLibrary';

describe('RevisionRepository', () => {
  it('should append immutable revisions, move the head and list them newest first without bodies', async () => {
    const { lib } = openTestLibrary();
    const { variant, revision: r1, xml } = await seedProcessWithVariant(lib);

    const r2 = unwrap(await lib.revisions.append(variant.id, 'xml v2', { kind: 'version', comment: 'Workshop 1', author: 'Erika', parentRevisionId: r1.id, elementCount: 9 }));
    const r3 = unwrap(await lib.revisions.append(variant.id, 'xml v3', { kind: 'version', comment: 'Workshop 2', author: 'Max', parentRevisionId: r2.id }));

    expect(r2).toMatchObject({ variantId: variant.id, parentRevisionId: r1.id, kind: 'version', comment: 'Workshop 1', author: 'Erika', elementCount: 9, size: 6 });
    expect(r3.parentRevisionId).toBe(r2.id);
    expect(r3.elementCount).toBe(9);
    const head = unwrap(await lib.variants.get(variant.id));
    expect(head.headRevisionId).toBe(r3.id);
    expect(head.elementCount).toBe(9);
    const listed = unwrap(await lib.revisions.list(variant.id));
    expect(listed.map((r) => r.id)).toEqual([r3.id, r2.id, r1.id]);
    expect(listed.every((r) => !('xml' in r))).toBe(true);
    expect(unwrap(await lib.revisions.getBody(r1.id))).toBe(xml);
    expect(unwrap(await lib.revisions.getBody(r2.id))).toBe('xml v2');
    expect(unwrap(await lib.revisions.get(r2.id))).toEqual(r2);
  });

  it('should restore an old revision as a NEW revision and leave every earlier one untouched', async () => {
    // given three revisions
    const { lib, db } = openTestLibrary();
    const { variant, revision: r1, xml } = await seedProcessWithVariant(lib);
    const r2 = unwrap(await lib.revisions.append(variant.id, 'xml v2', { kind: 'version', author: 'A', parentRevisionId: r1.id }));
    const before = await db.revisions.toArray();
    const bodiesBefore = await db.bodies.toArray();

    // when r1 is restored
    const r3 = unwrap(await lib.revisions.restore(r1.id, { author: 'Erika', expectedHeadRevisionId: r2.id }));

    // then a new head carries r1's body, with r2 as parent and r1 as source
    expect(r3).toMatchObject({ kind: 'restore', parentRevisionId: r2.id, sourceRevisionId: r1.id, author: 'Erika', variantId: variant.id });
    expect(r3.comment).toContain('Wiederhergestellt');
    expect(unwrap(await lib.revisions.getBody(r3.id))).toBe(xml);
    expect(unwrap(await lib.variants.get(variant.id)).headRevisionId).toBe(r3.id);
    // and nothing that existed was changed
    expect((await db.revisions.toArray()).filter((r) => r.id !== r3.id)).toEqual(before);
    expect((await db.bodies.toArray()).filter((b) => b.revisionId !== r3.id)).toEqual(bodiesBefore);
    expect(unwrap(await lib.revisions.list(variant.id)).map((r) => r.id)).toEqual([r3.id, r2.id, r1.id]);
  });

  it('should refuse an append on top of a head another tab has moved, and write nothing', async () => {
    const { lib, db } = openTestLibrary();
    const { variant, revision: r1 } = await seedProcessWithVariant(lib);
    unwrap(await lib.revisions.append(variant.id, 'other tab', { kind: 'version', author: 'Tab B', parentRevisionId: r1.id }));
    const before = await dumpDatabase(db);

    const stale = await lib.revisions.append(variant.id, 'this tab', { kind: 'version', author: 'Tab A', parentRevisionId: r1.id });
    const staleRestore = await lib.revisions.restore(r1.id, { author: 'Tab A', expectedHeadRevisionId: r1.id });

    for (const result of [stale, staleRestore]) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('storage/conflict');
        expect(result.error.params).toMatchObject({ reason: 'revision-added', by: 'Tab B' });
      }
    }
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('should answer library/not-found for unknown variants and revisions', async () => {
    const { lib } = openTestLibrary();
    const results = [
      await lib.revisions.append('nope', 'x', { kind: 'version', author: 'A' }),
      await lib.revisions.get('nope'),
      await lib.revisions.getBody('nope'),
      await lib.revisions.restore('nope', { author: 'A' })
    ];
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(Array(4).fill('library/not-found'));
    expect(unwrap(await lib.revisions.list('nope'))).toEqual([]);
  });
});
