import { describe, expect, it } from 'vitest';
import { createStorageInfo, estimateStorage, requestPersistence } from '../../../src/persistence/storageInfo';

describe('storageInfo', () => {
  it('should report used and available bytes from navigator.storage', async () => {
    const info = createStorageInfo({ estimate: async () => ({ usage: 1_234, quota: 1_000_000 }), persist: async () => true, persisted: async () => false });
    expect(await info.estimate()).toEqual({ ok: true, value: { supported: true, usageBytes: 1234, quotaBytes: 1_000_000 } });
    expect(await info.requestPersistence()).toEqual({ ok: true, value: 'granted' });
    expect(await info.isPersisted()).toEqual({ ok: true, value: 'denied' });
  });

  it('should answer "unsupported" where the Storage API is missing', async () => {
    expect(await estimateStorage(undefined)).toEqual({ ok: true, value: { supported: false, usageBytes: null, quotaBytes: null } });
    expect(await requestPersistence({})).toEqual({ ok: true, value: 'unsupported' });
    // Node has no navigator.storage: the defaults must not throw either
    expect((await createStorageInfo().requestPersistence()).ok).toBe(true);
  });

  it('should turn a failing estimate into an error value', async () => {
    const r = await estimateStorage({ estimate: async () => Promise.reject(new DOMException('denied', 'SecurityError')) });
    expect(r.ok ? '' : r.error.code).toBe('storage/failed');
  });
});
