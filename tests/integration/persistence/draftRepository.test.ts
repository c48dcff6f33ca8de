import { describe, expect, it } from 'vitest';
import { dumpDatabase, freshProfile, openTestLibrary, seedProcessWithVariant, unwrap } from './helpers/testLibrary';

describe('DraftRepository', () => {
  it('should autosave a working copy that opens after a reload, newer than the head', async () => {
    // given a variant and an autosave
    const profile = freshProfile();
    const before = openTestLibrary(profile, 'reload');
    const { variant, revision } = await seedProcessWithVariant(before.lib);
    const saved = unwrap(await before.lib.drafts.save(variant.id, 'edited', { expectedCounter: 0, writerId: 'tab-1', baseRevisionId: revision.id }));
    const again = unwrap(
      await before.lib.drafts.save(variant.id, 'edited twice', { expectedCounter: saved.counter, writerId: 'tab-1', baseRevisionId: revision.id, elementCount: 42 })
    );
    before.db.close();

    // when the page reloads (a new connection)
    const after = openTestLibrary(profile, 'reload');
    const working = unwrap(await after.lib.drafts.openWorkingCopy(variant.id));

    // then the last autosave opens
    expect(saved.counter).toBe(1);
    expect(again.counter).toBe(2);
    expect(working).toMatchObject({ xml: 'edited twice', source: 'draft', counter: 2, baseRevisionId: revision.id });
    expect(unwrap(await after.lib.drafts.load(variant.id))).toMatchObject({ writerId: 'tab-1', counter: 2 });
    expect(unwrap(await after.lib.variants.get(variant.id))).toMatchObject({ updatedAt: again.savedAt, elementCount: 42 });
  });

  it('should open the head revision when there is no draft', async () => {
    const { lib } = openTestLibrary();
    const { variant, revision, xml } = await seedProcessWithVariant(lib);
    const working = unwrap(await lib.drafts.openWorkingCopy(variant.id));
    expect(working).toMatchObject({ xml, source: 'revision', counter: 0, baseRevisionId: revision.id });
    expect(working.staleDraft).toBeUndefined();
    expect(unwrap(await lib.drafts.load(variant.id))).toBeNull();
  });

  it('should refuse a save from a second tab that did not see the first tab’s save, and write nothing', async () => {
    // given two tabs that opened the same variant
    const profile = freshProfile();
    const tabA = openTestLibrary(profile, 'shared');
    const tabB = openTestLibrary(profile, 'shared');
    const { variant, revision } = await seedProcessWithVariant(tabA.lib);
    const openedA = unwrap(await tabA.lib.drafts.openWorkingCopy(variant.id));
    const openedB = unwrap(await tabB.lib.drafts.openWorkingCopy(variant.id));

    // when A autosaves, then B autosaves with what it knew
    const a = unwrap(await tabA.lib.drafts.save(variant.id, 'from A', { expectedCounter: openedA.counter, writerId: 'tab-A', baseRevisionId: revision.id }));
    const before = await dumpDatabase(tabB.db);
    const b = await tabB.lib.drafts.save(variant.id, 'from B', { expectedCounter: openedB.counter, writerId: 'tab-B', baseRevisionId: revision.id });

    // then B is told who wrote when, and A's draft is untouched
    expect(b.ok).toBe(false);
    if (!b.ok) {
      expect(b.error.code).toBe('storage/conflict');
      expect(b.error.params).toMatchObject({ reason: 'draft-changed', by: 'tab-A', at: a.savedAt, counter: 1 });
      expect(String(b.error.params.when)).toMatch(/\d{2}\.\d{2}\.\d{4}/);
    }
    expect(await dumpDatabase(tabB.db)).toEqual(before);
    expect(unwrap(await tabB.lib.drafts.load(variant.id))?.xml).toBe('from A');

    // and after B reloads the working copy it may save again
    const reloaded = unwrap(await tabB.lib.drafts.openWorkingCopy(variant.id));
    expect(reloaded.xml).toBe('from A');
    const b2 = unwrap(await tabB.lib.drafts.save(variant.id, 'from B', { expectedCounter: reloaded.counter, writerId: 'tab-B', baseRevisionId: reloaded.baseRevisionId }));
    expect(b2.counter).toBe(2);
  });

  it('should refuse a save based on a head that another tab replaced by saving a version', async () => {
    const profile = freshProfile();
    const tabA = openTestLibrary(profile, 'shared');
    const tabB = openTestLibrary(profile, 'shared');
    const { variant, revision } = await seedProcessWithVariant(tabA.lib);
    const r2 = unwrap(await tabA.lib.revisions.append(variant.id, 'version by A', { kind: 'version', author: 'Erika', parentRevisionId: revision.id }));

    const b = await tabB.lib.drafts.save(variant.id, 'from B', { expectedCounter: 0, writerId: 'tab-B', baseRevisionId: revision.id });

    expect(b.ok ? '' : b.error.code).toBe('storage/conflict');
    if (!b.ok) expect(b.error.params).toMatchObject({ reason: 'revision-added', by: 'Erika', at: r2.createdAt });
    expect(unwrap(await tabB.lib.drafts.load(variant.id))).toBeNull();
  });

  it('should open the new head, and offer the old draft, after a version was saved or restored', async () => {
    const { lib } = openTestLibrary();
    const { variant, revision } = await seedProcessWithVariant(lib);
    unwrap(await lib.drafts.save(variant.id, 'draft on r1', { expectedCounter: 0, writerId: 't', baseRevisionId: revision.id }));
    const r2 = unwrap(await lib.revisions.restore(revision.id, { author: 'A' }));

    const working = unwrap(await lib.drafts.openWorkingCopy(variant.id));

    expect(working.source).toBe('revision');
    expect(working.baseRevisionId).toBe(r2.id);
    expect(working.staleDraft?.xml).toBe('draft on r1');
    // saving on the new head replaces the stale draft
    const next = unwrap(await lib.drafts.save(variant.id, 'on r2', { expectedCounter: working.counter, writerId: 't', baseRevisionId: working.baseRevisionId }));
    expect(unwrap(await lib.drafts.openWorkingCopy(variant.id))).toMatchObject({ source: 'draft', xml: 'on r2', counter: next.counter });
  });

  it('should discard a draft so that the head opens again', async () => {
    const { lib } = openTestLibrary();
    const { variant, revision, xml } = await seedProcessWithVariant(lib);
    unwrap(await lib.drafts.save(variant.id, 'draft', { expectedCounter: 0, writerId: 't', baseRevisionId: revision.id }));
    unwrap(await lib.drafts.discard(variant.id));
    expect(unwrap(await lib.drafts.load(variant.id))).toBeNull();
    expect(unwrap(await lib.drafts.openWorkingCopy(variant.id))).toMatchObject({ xml, source: 'revision', counter: 0 });
  });

  it('should answer library/not-found for a draft of an unknown variant', async () => {
    const { lib } = openTestLibrary();
    const r = await lib.drafts.save('nope', 'x', { expectedCounter: 0, writerId: 't', baseRevisionId: 'r' });
    expect(r.ok ? '' : r.error.code).toBe('library/not-found');
    const w = await lib.drafts.openWorkingCopy('nope');
    expect(w.ok ? '' : w.error.code).toBe('library/not-found');
  });
});
