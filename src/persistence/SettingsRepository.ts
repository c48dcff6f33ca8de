/**
 * Local settings of this browser (author name, whether the samples were loaded, …): a small
 * key/value table, typed by `LibrarySettings`. Settings are per browser and never synced.
 */
import { ok, type Result } from '../shared/result';
import type { RepositoryContext } from './repositoryContext';
import { guardStorage } from './storageErrors';

/** Known settings; add a key here when a feature stores one (unknown keys read as `unknown`). */
export interface LibrarySettings {
  /** Name written as author of revisions and decisions. */
  authorName?: string;
  /** True once the sample models were loaded into an empty library (not loaded again on start). */
  samplesLoaded?: boolean;
  /** The answer of `navigator.storage.persist()` the last time it was asked. */
  persistenceGranted?: boolean;
  [key: string]: unknown;
}

/** The only way to read and write settings. */
export interface SettingsRepository {
  /** One setting, or undefined when it was never set. */
  get<K extends keyof LibrarySettings & string>(key: K): Promise<Result<LibrarySettings[K] | undefined>>;
  /** Store one setting (any structured-cloneable value). */
  set<K extends keyof LibrarySettings & string>(key: K, value: LibrarySettings[K]): Promise<Result<void>>;
  /** Remove one setting. */
  remove(key: string): Promise<Result<void>>;
  /** All settings at once (e.g. at start-up). */
  getAll(): Promise<Result<LibrarySettings>>;
}

/** Build the settings repository over a repository context. */
export function createSettingsRepository(ctx: RepositoryContext): SettingsRepository {
  const { db } = ctx;
  return {
    get: (key) => guardStorage(async () => ok((await db.settings.get(key))?.value as never)),

    set: (key, value) =>
      guardStorage(async () => {
        await db.settings.put({ key, value, updatedAt: ctx.now() });
        return ok(undefined);
      }),

    remove: (key) =>
      guardStorage(async () => {
        await db.settings.delete(key);
        return ok(undefined);
      }),

    getAll: () =>
      guardStorage(async () => {
        const all: LibrarySettings = {};
        for (const row of await db.settings.toArray()) all[row.key] = row.value;
        return ok(all);
      })
  };
}
