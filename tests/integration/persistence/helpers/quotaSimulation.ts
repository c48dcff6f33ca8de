/**
 * Running out of storage, for real: IndexedDB itself reports a `QuotaExceededError`
 * DOMException, and Dexie and our repositories see exactly what a browser would hand them.
 *
 * Two ways browsers report it, both simulated on fake-indexeddb's object stores:
 * - 'request': the write request fails with QuotaExceededError (its error event aborts the transaction);
 * - 'commit':  the write seems to succeed, then the transaction aborts with QuotaExceededError
 *              (Chromium's behaviour when the quota check happens at commit).
 * This reaches into fake-indexeddb internals (`_execRequestAsync`, `_abort`); if an upgrade
 * renames them, these tests fail loudly rather than pass vacuously.
 */
import { IDBObjectStore } from 'fake-indexeddb';

/** How the simulated browser reports the full disk. */
export type QuotaMode = 'request' | 'commit';

/** Options: which stores are full, and how many writes to them still succeed first. */
export interface QuotaOptions {
  stores: readonly string[];
  mode: QuotaMode;
  writesBeforeFull?: number;
}

/** fake-indexeddb's transaction internals we hook into. */
interface FakeTransaction {
  _execRequestAsync(request: { operation: () => unknown; source: unknown }): unknown;
  _abort(errorName: string): void;
  _start(): void;
  _state: string;
  _requests: { request: { readyState: string } }[];
  quotaHooked?: boolean;
}

/**
 * Let the writes succeed, but abort the transaction with QuotaExceededError at the moment it
 * would commit (no request left to run) — what Chromium does when the quota check fails on commit.
 */
function failAtCommit(tx: FakeTransaction): void {
  if (tx.quotaHooked) return;
  tx.quotaHooked = true;
  const start = tx._start.bind(tx);
  tx._start = () => {
    const pending = tx._requests.some((r) => r.request.readyState !== 'done');
    if (!pending && tx._state !== 'finished') {
      tx._abort('QuotaExceededError');
      return;
    }
    start();
  };
}

type WriteMethod = (this: FakeStore, value: unknown, key?: unknown) => unknown;
interface FakeStore {
  name: string;
  transaction: FakeTransaction;
}

/** Make writes to the given stores fail with a real QuotaExceededError until `release()`. */
export function simulateQuota(options: QuotaOptions): { release(): void; failedWrites(): number } {
  const proto = IDBObjectStore.prototype as unknown as Record<'put' | 'add', WriteMethod>;
  const original = { put: proto.put, add: proto.add };
  let writes = 0;
  let failed = 0;

  const wrap = (method: 'put' | 'add'): WriteMethod =>
    function (this: FakeStore, value, key) {
      const args = key === undefined ? [value] : [value, key];
      if (!options.stores.includes(this.name) || writes++ < (options.writesBeforeFull ?? 0)) {
        return original[method].apply(this, args as [unknown, unknown?]);
      }
      failed++;
      if (options.mode === 'request') {
        return this.transaction._execRequestAsync({
          operation: () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          },
          source: this
        });
      }
      failAtCommit(this.transaction);
      return original[method].apply(this, args as [unknown, unknown?]);
    };

  proto.put = wrap('put');
  proto.add = wrap('add');
  return {
    release: () => {
      proto.put = original.put;
      proto.add = original.add;
    },
    failedWrites: () => failed
  };
}
