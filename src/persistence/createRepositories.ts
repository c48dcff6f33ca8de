/**
 * The composition of the storage layer: every repository over one database, as the single
 * `LibraryServices` object the app's store and the tests use. The store depends on these types
 * only; nothing else in the app touches Dexie.
 */
import type { GpmDatabase } from './db';
import { createDecisionRepository, type DecisionRepository } from './DecisionRepository';
import { createDraftRepository, type DraftRepository } from './DraftRepository';
import { createProcessRepository, type ProcessRepository } from './ProcessRepository';
import { createRepositoryContext, type RepositoryOptions } from './repositoryContext';
import { createRevisionRepository, type RevisionRepository } from './RevisionRepository';
import { createSettingsRepository, type SettingsRepository } from './SettingsRepository';
import { createStorageInfo, type StorageInfoService, type StorageManagerLike } from './storageInfo';
import { createTrashRepository, type TrashRepository } from './TrashRepository';
import { createVariantRepository, type VariantRepository } from './VariantRepository';

/** All repositories of the local library. */
export interface LibraryServices {
  processes: ProcessRepository;
  variants: VariantRepository;
  revisions: RevisionRepository;
  drafts: DraftRepository;
  settings: SettingsRepository;
  decisions: DecisionRepository;
  trash: TrashRepository;
  storage: StorageInfoService;
  /** Close the database connection (tests, or before deleting the database). */
  close(): void;
}

/** Options for `createRepositories`: clock and ids (tests), and the StorageManager (default: the browser's). */
export interface LibraryServicesOptions extends RepositoryOptions {
  storageManager?: StorageManagerLike;
}

/** Build every repository over one database. */
export function createRepositories(db: GpmDatabase, options: LibraryServicesOptions = {}): LibraryServices {
  const ctx = createRepositoryContext(db, options);
  return {
    processes: createProcessRepository(ctx),
    variants: createVariantRepository(ctx),
    revisions: createRevisionRepository(ctx),
    drafts: createDraftRepository(ctx),
    settings: createSettingsRepository(ctx),
    decisions: createDecisionRepository(ctx),
    trash: createTrashRepository(ctx),
    storage: createStorageInfo(options.storageManager),
    close: () => db.close()
  };
}
