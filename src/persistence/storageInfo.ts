/**
 * How much the browser lets us store and whether it may evict our data: wrappers around
 * `navigator.storage.estimate()` and `navigator.storage.persist()` that also work (answering
 * "unsupported") where the Storage API is missing — Node, old browsers, some private modes.
 */
import { err, ok, type Result } from '../shared/result';
import { toStorageError } from './storageErrors';

/** The part of the browser's StorageManager we use. */
export interface StorageManagerLike {
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

/** Storage used and available for this origin, in bytes (null when the browser does not say). */
export interface StorageEstimate {
  supported: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/** Whether the browser keeps our data when it runs short of space. */
export type PersistenceState = 'granted' | 'denied' | 'unsupported';

/** The browser's StorageManager, or undefined outside a browser. */
function browserStorage(): StorageManagerLike | undefined {
  const nav = (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator;
  return nav?.storage;
}

/** Ask how much storage is used and how much is allowed. */
export async function estimateStorage(storage: StorageManagerLike | undefined = browserStorage()): Promise<Result<StorageEstimate>> {
  if (!storage || typeof storage.estimate !== 'function') return ok({ supported: false, usageBytes: null, quotaBytes: null });
  try {
    const { usage, quota } = await storage.estimate();
    return ok({ supported: true, usageBytes: usage ?? null, quotaBytes: quota ?? null });
  } catch (e) {
    return err(toStorageError(e));
  }
}

/** Ask the browser to keep our data (it may prompt or decide silently). */
export async function requestPersistence(storage: StorageManagerLike | undefined = browserStorage()): Promise<Result<PersistenceState>> {
  if (!storage || typeof storage.persist !== 'function') return ok('unsupported');
  try {
    return ok((await storage.persist()) ? 'granted' : 'denied');
  } catch (e) {
    return err(toStorageError(e));
  }
}

/** Whether persistence was already granted, without asking. */
export async function isStoragePersisted(storage: StorageManagerLike | undefined = browserStorage()): Promise<Result<PersistenceState>> {
  if (!storage || typeof storage.persisted !== 'function') return ok('unsupported');
  try {
    return ok((await storage.persisted()) ? 'granted' : 'denied');
  } catch (e) {
    return err(toStorageError(e));
  }
}

/** The storage information service, bound to one StorageManager. */
export interface StorageInfoService {
  /** See `estimateStorage`. */
  estimate(): Promise<Result<StorageEstimate>>;
  /** See `requestPersistence`. */
  requestPersistence(): Promise<Result<PersistenceState>>;
  /** See `isStoragePersisted`. */
  isPersisted(): Promise<Result<PersistenceState>>;
}

/** Bind the storage functions to a StorageManager (default: the browser's, looked up on each call). */
export function createStorageInfo(storage?: StorageManagerLike): StorageInfoService {
  const current = () => storage ?? browserStorage();
  return {
    estimate: () => estimateStorage(current()),
    requestPersistence: () => requestPersistence(current()),
    isPersisted: () => isStoragePersisted(current())
  };
}
