import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { appError } from '../../../src/shared/errors';
import { ExpectedFailure, guardStorage, isQuotaExceededError, toStorageError } from '../../../src/persistence/storageErrors';
import { ok } from '../../../src/shared/result';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storageErrors', () => {
  it('should recognise a quota error directly, as inner of an AbortError, and inside a BulkError', () => {
    expect(isQuotaExceededError(quota())).toBe(true);
    expect(isQuotaExceededError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isQuotaExceededError(new Dexie.BulkError('2 of 3 failed', { 1: quota() }))).toBe(true);
    expect(isQuotaExceededError({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaExceededError(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isQuotaExceededError(new Dexie.ConstraintError('Key already exists'))).toBe(false);
  });

  it('should map failures to storage codes with a reason', () => {
    expect(toStorageError(new Dexie.AbortError('aborted', quota())).code).toBe('storage/quota');
    expect(toStorageError(new Dexie.MissingAPIError('IndexedDB API missing'))).toMatchObject({ code: 'storage/unavailable' });
    const failed = toStorageError(new Dexie.ConstraintError('Key already exists'));
    expect(failed.code).toBe('storage/failed');
    expect(failed.params.reason).toContain('Key already exists');
    expect(toStorageError('weird').params.reason).toBe('weird');
  });

  it('should hand back the error of an ExpectedFailure unchanged', () => {
    const e = appError('library/not-found', { what: 'Die Variante' });
    expect(toStorageError(new ExpectedFailure(e))).toBe(e);
  });

  it('should turn a thrown failure into a Result and pass values through', async () => {
    expect(await guardStorage(async () => ok(1))).toEqual({ ok: true, value: 1 });
    const r = await guardStorage(async () => {
      throw new Dexie.AbortError('aborted', quota());
    });
    expect(r.ok ? '' : r.error.code).toBe('storage/quota');
  });
});
