import type { StateCreator } from 'zustand';
import type { AppState } from './createAppStore';
import type { AppServices } from './services';

/** Persistent-storage permission and usage, shown in the top bar. */
export interface StorageSlice {
  persistence: 'granted' | 'denied' | 'unsupported' | 'unknown';
  usageBytes: number | null;
  quotaBytes: number | null;
  /** Ask for persistent storage (once at start) and read the usage. */
  refreshStorage(ask?: boolean): Promise<void>;
}

export function createStorageSlice(services: AppServices): StateCreator<AppState, [], [], StorageSlice> {
  return (set) => ({
    persistence: 'unknown',
    usageBytes: null,
    quotaBytes: null,
    refreshStorage: async (ask = false) => {
      const storage = services.library.storage;
      const state = ask ? await storage.requestPersistence() : await storage.isPersisted();
      const estimate = await storage.estimate();
      set({
        persistence: state.ok ? state.value : 'unknown',
        usageBytes: estimate.ok ? estimate.value.usageBytes : null,
        quotaBytes: estimate.ok ? estimate.value.quotaBytes : null
      });
      if (ask && state.ok) await services.library.settings.set('persistenceGranted', state.value === 'granted');
    }
  });
}
