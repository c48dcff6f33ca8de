/**
 * Opening the library at start-up: create the database, run any pending upgrades, and hand
 * back the services — or `storage/unavailable` when the browser has no usable IndexedDB, so the
 * app can say so in German instead of failing later on the first write.
 */
import { err, ok, type Result } from '../shared/result';
import { createRepositories, type LibraryServices, type LibraryServicesOptions } from './createRepositories';
import { createDatabase, DEFAULT_DATABASE_NAME, type DatabaseOptions } from './db';
import { toStorageError } from './storageErrors';
import { appError } from '../shared/errors';

/** Where and how to open the library. */
export interface OpenLibraryOptions extends LibraryServicesOptions, Omit<DatabaseOptions, 'upToVersion'> {
  name?: string;
  /** Called when another tab upgrades the schema; this connection is closed then and the page should reload. */
  onVersionChange?: () => void;
}

/** Open (and upgrade) the library database and build its services. */
export async function openLibrary(options: OpenLibraryOptions = {}): Promise<Result<LibraryServices>> {
  const db = createDatabase(options.name ?? DEFAULT_DATABASE_NAME, options);
  if (options.onVersionChange) {
    const notify = options.onVersionChange;
    db.on('versionchange', () => {
      db.close();
      notify();
      return false;
    });
  }
  try {
    await db.open();
  } catch (e) {
    const error = toStorageError(e);
    return err(error.code === 'storage/failed' ? appError('storage/unavailable', error.params, e) : error);
  }
  return ok(createRepositories(db, options));
}
