import { IDBFactory } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../src/shared/result';
import { bpmnXml, freshProfile, openTestLibrary, seedProcessWithVariant, unwrap, variantMeta } from './helpers/testLibrary';

/** Resolve once `count` values were seen. */
function collector<T>(count: number) {
  const seen: T[] = [];
  let done: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => (done = resolve));
  return {
    seen,
    reached,
    listener: (result: Result<T>) => {
      seen.push(unwrap(result));
      if (seen.length === count) done();
    }
  };
}

describe('watching the library', () => {
  beforeAll(() => {
    // liveQuery only runs when Dexie saw a global IndexedDB at load time (always so in a browser);
    // our databases still use their own injected factories.
    Dexie.dependencies.indexedDB ??= new IDBFactory();
  });

  it('should tell a list watcher about the list now and after a change', async () => {
    const { lib } = openTestLibrary();
    const { process } = await seedProcessWithVariant(lib);
    const c = collector<unknown[]>(2);
    const unsubscribe = lib.variants.watchSummaries({ modellart: 'SOLL' }, (r) => c.listener(r));
    await new Promise((r) => setTimeout(r, 20));

    unwrap(await lib.variants.create(process.id, variantMeta({ modellart: 'SOLL' }), bpmnXml('SOLL'), 'create', '', 'A'));
    await c.reached;
    unsubscribe();

    expect(c.seen.map((list) => list.length)).toEqual([0, 1]);
  });

  it('should tell a tab watching a draft when another tab saves it', async () => {
    // given two tabs on the same database
    const profile = freshProfile();
    const tabA = openTestLibrary(profile, 'shared');
    const tabB = openTestLibrary(profile, 'shared');
    const { variant, revision } = await seedProcessWithVariant(tabA.lib);
    const c = collector<{ writerId: string } | null>(2);
    const unsubscribe = tabB.lib.drafts.watch(variant.id, (r) => c.listener(r));
    await new Promise((r) => setTimeout(r, 20));

    // when tab A autosaves
    unwrap(await tabA.lib.drafts.save(variant.id, 'a', { expectedCounter: 0, writerId: 'tab-A', baseRevisionId: revision.id }));
    await c.reached;
    unsubscribe();

    // then tab B heard of it
    expect(c.seen[0]).toBeNull();
    expect(c.seen[1]?.writerId).toBe('tab-A');
  });
});
