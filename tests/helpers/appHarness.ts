import { createServices } from '../../src/app/createServices';
import { createAppStore, type AppStore } from '../../src/state/createAppStore';
import { dumpDatabase, openTestLibrary, type TestLibrary } from '../integration/persistence/helpers/testLibrary';

/** The real store over real services and a fresh fake-indexeddb library (one "browser tab"). */
export interface AppHarness extends TestLibrary {
  store: AppStore;
  dump(): Promise<Record<string, unknown[]>>;
}

/** Build a store as the app does, on an isolated library. */
export function createAppHarness(): AppHarness {
  const t = openTestLibrary();
  const store = createAppStore(createServices(t.lib, 'test-tab'));
  return { ...t, store, dump: () => dumpDatabase(t.db) };
}

/** A File-like object for `prepareImport`. */
export function fileOf(name: string, text: string, size = new TextEncoder().encode(text).length) {
  return { name, size, text: async () => text };
}
