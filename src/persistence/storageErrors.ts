/**
 * How storage failures become values: a quota error (also nested as `inner` of a Dexie
 * AbortError, or inside a BulkError's failures) becomes `storage/quota`; IndexedDB missing or
 * refusing to open becomes `storage/unavailable`; anything else `storage/failed`. Repositories
 * never throw for these; bugs in our own code still do.
 */
import { appError, type AppError } from '../shared/errors';
import { err, type Result } from '../shared/result';

/**
 * An expected failure raised inside a Dexie transaction (not found, conflict, …): throwing
 * aborts the transaction so nothing is written, and `guardStorage` turns it back into a value.
 */
export class ExpectedFailure extends Error {
  /** The error the caller gets. */
  readonly appError: AppError;

  constructor(error: AppError) {
    super(error.code);
    this.name = 'ExpectedFailure';
    this.appError = error;
  }
}

/** Abort the current transaction with an expected failure. */
export function fail(error: AppError): never {
  throw new ExpectedFailure(error);
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const UNAVAILABLE_NAMES = new Set(['MissingAPIError', 'OpenFailedError', 'DatabaseClosedError', 'InvalidStateError']);

/** The errors nested in a Dexie error: `inner`, `cause`, and the failures of a Bulk/ModifyError. */
function nestedErrors(e: unknown): unknown[] {
  if (typeof e !== 'object' || e === null) return [];
  const o = e as { inner?: unknown; cause?: unknown; failures?: unknown };
  const nested: unknown[] = [o.inner, o.cause];
  if (Array.isArray(o.failures)) nested.push(...o.failures);
  else if (o.failures && typeof o.failures === 'object') nested.push(...Object.values(o.failures));
  return nested.filter((x) => x !== undefined && x !== null);
}

/** True when `e` or an error nested in it (up to a few levels) is one of the given names. */
function hasErrorNamed(e: unknown, names: ReadonlySet<string>, depth = 0): boolean {
  if (depth > 4 || typeof e !== 'object' || e === null) return false;
  const name = (e as { name?: unknown }).name;
  if (typeof name === 'string' && names.has(name)) return true;
  // Legacy browsers report quota as DOMException code 22 with another name.
  if (names === QUOTA_NAMES && (e as { code?: unknown }).code === 22) return true;
  return nestedErrors(e).some((inner) => hasErrorNamed(inner, names, depth + 1));
}

/** True when the browser refused a write because the storage quota is exhausted. */
export function isQuotaExceededError(e: unknown): boolean {
  return hasErrorNamed(e, QUOTA_NAMES);
}

/** A short technical reason for the German message (the error's own text). */
function reasonOf(e: unknown): string {
  if (e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)) {
    const { name, message } = e as { name?: string; message?: string };
    return [name, message].filter(Boolean).join(': ') || 'unbekannter Fehler';
  }
  return String(e);
}

/** Map any failure caught around a storage call to an `AppError`. */
export function toStorageError(e: unknown): AppError {
  if (e instanceof ExpectedFailure) return e.appError;
  if (isQuotaExceededError(e)) return appError('storage/quota', {}, e);
  if (hasErrorNamed(e, UNAVAILABLE_NAMES)) return appError('storage/unavailable', { reason: reasonOf(e) }, e);
  return appError('storage/failed', { reason: reasonOf(e) }, e);
}

/** Run a storage operation; every thrown failure comes back as `err(AppError)`. */
export async function guardStorage<T>(operation: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await operation();
  } catch (e) {
    return err(toStorageError(e));
  }
}
