/**
 * The browser library's IndexedDB schema (Dexie). This file owns the storage boundary: every
 * schema change adds a version here, with an `upgrade` that carries the data over, and a test in
 * `tests/integration/persistence/` that opens a database of the previous version WITH DATA and
 * finds all of it afterwards. Only the repositories in this folder touch these tables.
 *
 * Tables (list data apart from model bodies — listing must never read XML):
 * - `processes`        ProcessRecord (a public service); tombstone `deletedAt`.
 * - `variants`         VariantRecord metadata only (OE, Modellart, status, counts, head revision);
 *                      tombstone `deletedAt`; since v2 also `searchText`.
 * - `revisions`        RevisionRecord metadata, immutable, append-only (parent, author, time, size).
 * - `bodies`           revisionId → XML of that revision (immutable).
 * - `drafts`           variantId → autosaved XML working copy with `counter` and `writerId`.
 * - `settings`         key → value, local preferences of this browser (author name, sample flag).
 * - `compareDecisions` (v2) consultant decisions on matched steps per process; tombstone `deletedAt`.
 *
 * Versions:
 * - v1  the library (processes, variants, revisions, bodies, drafts, settings).
 * - v2  adds `compareDecisions`; upgrade normalises whitespace in `variants.organisationseinheit`
 *       and fills `variants.searchText` (folded name · OE · Modellart · process name).
 *
 * Rules: every record id is a UUID (never auto-increment); inside a transaction await only Dexie.
 */
import { Dexie, type Table, type Transaction } from 'dexie';
import type { DraftRecord, ProcessRecord, RevisionRecord } from '../domain/model/library';
import type { BodyRecord, CompareDecisionRecord, SettingRecord, StoredVariant } from './storedRecords';
import { buildSearchText, normalizeOrganisationseinheit } from './searchText';

/** The newest schema version this code writes. */
export const LATEST_SCHEMA_VERSION = 2;

/** One schema version: the tables it changes (Dexie keeps the others) and its data upgrade. */
interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** v2 upgrade: tidy OE spelling and fill the search text, reading process names in the same transaction. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const processNames = new Map<string, string>();
  await tx.table('processes').each((p: ProcessRecord) => {
    processNames.set(p.id, p.name);
  });
  await tx.table('variants').toCollection().modify((v: StoredVariant) => {
    v.organisationseinheit = normalizeOrganisationseinheit(v.organisationseinheit ?? '');
    v.searchText = buildSearchText(v, processNames.get(v.processId) ?? '');
  });
}

/** Every version ever shipped, oldest first. Never edit a shipped entry; append a new one. */
const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      processes: 'id, name, updatedAt, deletedAt',
      variants: 'id, processId, organisationseinheit, modellart, status, updatedAt, deletedAt, sampleKey',
      revisions: 'id, variantId, [variantId+createdAt], parentRevisionId, createdAt',
      bodies: 'revisionId, variantId',
      drafts: 'variantId, savedAt',
      settings: 'key'
    }
  },
  {
    version: 2,
    stores: {
      compareDecisions: 'id, processId, [processId+createdAt], kind, deletedAt'
    },
    upgrade: upgradeToV2
  }
];

/** Where Dexie finds IndexedDB; tests pass fake-indexeddb's factory so each test gets its own database. */
export interface DatabaseOptions {
  indexedDB?: { open: Function };
  IDBKeyRange?: { bound: Function; lowerBound: Function; upperBound: Function };
  /** Declare versions only up to this one (migration tests build an old database). Default: latest. */
  upToVersion?: number;
}

/** The workbench's Dexie database with one typed property per table. */
export class GpmDatabase extends Dexie {
  processes!: Table<ProcessRecord, string>;
  variants!: Table<StoredVariant, string>;
  revisions!: Table<RevisionRecord, string>;
  bodies!: Table<BodyRecord, string>;
  drafts!: Table<DraftRecord, string>;
  settings!: Table<SettingRecord, string>;
  compareDecisions!: Table<CompareDecisionRecord, string>;

  constructor(name: string, options: DatabaseOptions = {}) {
    super(name, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {})
    });
    const upTo = options.upToVersion ?? LATEST_SCHEMA_VERSION;
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

/** The default database name in the browser. */
export const DEFAULT_DATABASE_NAME = 'gpm-workbench';

/** Create (not yet open) the library database; Dexie opens it on first use. */
export function createDatabase(name: string = DEFAULT_DATABASE_NAME, options: DatabaseOptions = {}): GpmDatabase {
  return new GpmDatabase(name, options);
}
