import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/persistence/openLibrary';
import { freshProfile, unwrap } from './helpers/testLibrary';

describe('openLibrary', () => {
  it('should open and upgrade the database and hand back working services', async () => {
    const lib = unwrap(await openLibrary({ name: 'app', ...freshProfile(), storageManager: {} }));
    const p = unwrap(await lib.processes.create({ name: 'Wohngeld' }));
    expect(unwrap(await lib.processes.get(p.id)).name).toBe('Wohngeld');
    expect(unwrap(await lib.storage.estimate())).toEqual({ supported: false, usageBytes: null, quotaBytes: null });
    lib.close();
  });

  it('should answer storage/unavailable when the browser has no IndexedDB', async () => {
    const broken = {
      open: () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      }
    };
    const result = await openLibrary({ name: 'app', indexedDB: broken, IDBKeyRange: freshProfile().IDBKeyRange });
    expect(result.ok ? '' : result.error.code).toBe('storage/unavailable');
  });

  it('should tell the app when another tab upgrades the schema', async () => {
    const profile = freshProfile();
    let told = 0;
    const lib = unwrap(await openLibrary({ name: 'app', ...profile, onVersionChange: () => told++ }));
    // another tab deletes/upgrades the database: this connection gets a versionchange event
    await new Promise<void>((resolve, reject) => {
      const req = profile.indexedDB.open('app', 1000);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    expect(told).toBe(1);
    lib.close();
  });
});
