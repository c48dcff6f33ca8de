import { createStore, type StoreApi } from 'zustand/vanilla';
import { createCompareSlice, type CompareSlice } from './compareSlice';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createImportSlice, type ImportSlice } from './importSlice';
import { createLibrarySlice, type LibrarySlice } from './librarySlice';
import { createLintSlice, type LintSlice } from './lintSlice';
import { createNotificationsSlice, type NotificationsSlice } from './notificationsSlice';
import { createReviewSlice, type ReviewSlice } from './reviewSlice';
import type { AppServices } from './services';
import { createStorageSlice, type StorageSlice } from './storageSlice';
import { createTrashSlice, type TrashSlice } from './trashSlice';

/** The whole app state: one zustand store built from slices. */
export type AppState = LibrarySlice & EditorSlice & ImportSlice & NotificationsSlice & StorageSlice & TrashSlice & LintSlice & ReviewSlice & CompareSlice;

export type AppStore = StoreApi<AppState>;

/** Build the store over the given services (the composition root passes real ones, tests fakes or fake-indexeddb). */
export function createAppStore(services: AppServices): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createNotificationsSlice(...a),
    ...createLibrarySlice(services)(...a),
    ...createImportSlice(services)(...a),
    ...createEditorSlice(services)(...a),
    ...createStorageSlice(services)(...a),
    ...createTrashSlice(services)(...a),
    ...createLintSlice(services)(...a),
    ...createReviewSlice(services)(...a),
    ...createCompareSlice(services)(...a)
  }));
}
